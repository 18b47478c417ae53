"""The settings file: read leniently around `Settings.from_data`, written atomically.

A file that does not parse or holds bad values gives defaults for the bad parts only, one message,
and is kept beside the repaired file as `settings.json.bad-<n>`; an unreadable file falls back to
the previous copy (`settings.json.bak`) before defaults.
"""

from __future__ import annotations

import json
from pathlib import Path

from game.save.store import StoreError, backup_path, read_json, repair, write_atomic
from game.settings import Settings

MAX_SETTINGS_BYTES = 1_000_000
MAX_SETTINGS_VALUES = 5_000  # a settings file holds about a hundred


def load_settings(path: Path, *, writable: bool = True) -> tuple[Settings, list[str]]:
    """The settings at `path` (defaults when there is no file) and at most one problem message.
    Without `writable` (another copy of the game holds the folder) nothing is repaired on disk."""
    path = Path(path)
    data, why = read_json(path, max_bytes=MAX_SETTINGS_BYTES, max_values=MAX_SETTINGS_VALUES)
    if why == "missing":
        return Settings(), []
    reasons = []
    if data is None:
        reasons.append(f"could not be read: {why}")
        data, _ = read_json(
            backup_path(path), max_bytes=MAX_SETTINGS_BYTES, max_values=MAX_SETTINGS_VALUES
        )
        if data is not None:
            reasons.append("using the previous copy")
    settings, problems = Settings.from_data(data if data is not None else {})
    problems = [p.removeprefix("settings: ").replace("; using", ", using") for p in problems]
    if not reasons and not problems:
        return settings, []
    if not writable:
        return settings, [f"{path.name}: " + "; ".join(reasons + problems) + "."]
    # The repair does not replace the backup: it holds the last settings that were whole.
    return settings, [repair(path, reasons + problems, lambda: _write(path, settings, False))]


def save_settings(path: Path, settings: Settings) -> None:
    """Write durably, the previous version kept as `settings.json.bak`. Raises StoreError."""
    _write(Path(path), settings, True)


def _write(path: Path, settings: Settings, keep_backup: bool) -> None:
    try:
        text = json.dumps(settings.to_data(), ensure_ascii=False, allow_nan=False, indent=2)
    except (TypeError, ValueError, RecursionError) as exc:
        raise StoreError(f"cannot save settings: not plain data ({type(exc).__name__})") from exc
    write_atomic(path, (text + "\n").encode("utf-8"), keep_backup=keep_backup)
