"""Save slots: manual, rotating autosaves and a quicksave, each a JSON file with a whole backup.

A slot file is the game's save dict plus a header (format, game version, content fingerprint, time
saved, serial number) and an optional base64 PNG thumbnail. Reading a slot never raises: a file
that is missing, torn, not JSON, from a newer game or lacking the fields a menu shows is reported
with a reason, and its backup (the version it replaced) is offered. A damaged slot is never
overwritten unless asked, and then the damaged file is first kept beside it (`<slot>.json.bad-N`).

Which save is newest (Continue, the autosave to reuse) is told by the serial number each save
carries, one more than the highest in the folder: the clock can be wrong, a save can come from
another machine, but the order the game wrote them in cannot. Saves from before serial numbers
fall back to the time they record.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from game import __version__
from game.save.migrate import FORMAT_VERSION, SaveError, migrate
from game.save.store import (
    StoreError,
    backup_path,
    failure,
    keep_aside,
    read_json,
    write_atomic,
)

AUTOSAVE_SLOTS = ("auto1", "auto2", "auto3")
MANUAL_SLOTS = tuple(str(n) for n in range(1, 10))
SLOTS = ("quick", *AUTOSAVE_SLOTS, *MANUAL_SLOTS)

# What read_json accepts, and a save is never written larger than it can be read. A save at the
# end of Chapter 1 is 24 KB holding 1,200 values; a full backlog with long lines and a picture stays
# under 200 KB and 3,000 values. Parsing costs per value more than per byte: at these caps thirteen
# slots and their backups, each torn at its last byte, still list in a small part of a second.
MAX_SAVE_BYTES = 1_000_000
MAX_SAVE_VALUES = 20_000
MAX_THUMBNAIL_BYTES = 256_000
MAX_SERIAL = 2**53  # serial numbers above this are not trusted (a hand-edited save)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
THUMBNAIL_KEY = "thumbnail"
HEADER_KEYS = ("format", "game_version", "content", "saved_at", "serial")
# What every save must hold, and the type it must have: the slot menu shows these.
REQUIRED: dict[str, type] = {"chapter": str, "place": str, "play_ticks": int}


@dataclass(frozen=True)
class SlotInfo:
    slot: str
    exists: bool  # the slot's file is there (whole or damaged)
    ok: bool  # it loads
    problem: str | None  # why it does not load, for the player; None when ok or empty
    chapter: str
    place: str
    play_ticks: int
    saved_at: str  # ISO 8601 local time with offset, for display only
    thumbnail: bytes | None = field(repr=False)  # PNG bytes, or None
    has_backup: bool  # <slot>.json.bak is there
    backup_ok: (
        bool  # and it loads (looked at only when the slot itself does not: then it is offered)
    )
    serial: int = 0  # the order saves were written in (0: a save from before serial numbers)


def _refuse(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} is not a JSON value")


def _check_fields(doc: dict[str, Any]) -> str | None:
    for key, kind in REQUIRED.items():
        value = doc.get(key)
        if not isinstance(value, kind) or isinstance(value, bool):
            return f"missing or bad '{key}'"
    if doc["play_ticks"] < 0:
        return "bad 'play_ticks'"
    return None


def _thumbnail(doc: dict[str, Any]) -> bytes | None:
    """The PNG in a save, or None (a bad thumbnail is not worth calling the save damaged)."""
    text = doc.get(THUMBNAIL_KEY)
    if not isinstance(text, str) or len(text) > MAX_THUMBNAIL_BYTES * 2:
        return None
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if data.startswith(PNG_SIGNATURE) else None


def _timestamp(saved_at: str) -> float:
    try:
        when = datetime.fromisoformat(saved_at[:40])
        if when.tzinfo is None:
            when = when.astimezone()  # naive: read as local time
        return when.timestamp()
    except (ValueError, OverflowError, OSError):
        return 0.0


def _serial(doc: dict[str, Any]) -> int:
    value = doc.get("serial")
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_SERIAL:
        return 0
    return value


def read_save(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    """The migrated save in `path` (with its thumbnail field), or None and why. Never raises."""
    doc, problem = read_json(path, max_bytes=MAX_SAVE_BYTES, max_values=MAX_SAVE_VALUES)
    if doc is None:
        return None, problem
    try:
        doc = migrate(doc)
    except SaveError as exc:
        return None, str(exc)
    except Exception as exc:  # a migration tripping over odd data must not crash the menu
        return None, f"could not be upgraded ({type(exc).__name__})"
    problem = _check_fields(doc)
    return (None, problem) if problem else (doc, None)


class SaveStore:
    """The slots in one folder (`Paths.saves`). Every method but `save` and `delete` never raises."""

    def __init__(self, saves_dir: Path) -> None:
        self.dir = Path(saves_dir)
        # What the menus show of each file, by path, with the file's identity when it was read:
        # listing the slots again (the title, the pause menu, after each save) reads only files
        # that changed.
        self._seen: dict[Path, tuple[tuple[int, int, int], SlotInfo]] = {}

    def path(self, slot: str) -> Path:
        if slot not in SLOTS:
            raise StoreError(f"unknown save slot {slot!r}")
        return self.dir / f"{slot}.json"

    # Reading

    def list(self) -> list[SlotInfo]:
        return [self.info(slot) for slot in SLOTS]

    def info(self, slot: str, *, backup: bool = False) -> SlotInfo:
        """What a menu shows for the slot; with `backup`, for its backup file instead."""
        if slot not in SLOTS:
            return SlotInfo(slot, False, False, "unknown slot", "", "", 0, "", None, False, False)
        path = self.path(slot)
        bak = backup_path(path)
        if backup:
            return self._read_info(slot, bak, False, False)
        info = self._read_info(slot, path, bak.is_file(), False)
        if info.ok or not info.has_backup:
            return info  # a backup is read only when it is needed: listing reads one file a slot
        return replace(info, backup_ok=self._read_info(slot, bak, False, False).ok)

    def _read_info(self, slot: str, path: Path, has_backup: bool, backup_ok: bool) -> SlotInfo:
        try:
            st = path.stat()
            identity = (st.st_ino, st.st_size, st.st_mtime_ns)
        except OSError:
            identity = (0, -1, 0)
        cached = self._seen.get(path)
        if cached is not None and cached[0] == identity and identity[1] >= 0:
            info = cached[1]
        else:
            info = _summary(slot, path)
            self._seen[path] = (identity, info)
        return replace(info, has_backup=has_backup, backup_ok=backup_ok)

    def load(self, slot: str, *, backup: bool = False) -> tuple[dict | None, str | None]:
        """The save brought to the current format (header kept, thumbnail left out), or None and why."""
        if slot not in SLOTS:
            return None, "unknown slot"
        path = self.path(slot)
        doc, problem = read_save(backup_path(path) if backup else path)
        if doc is None:
            return None, problem
        doc.pop(THUMBNAIL_KEY, None)
        return doc, None

    def latest(self, among: tuple[str, ...] = SLOTS) -> SlotInfo | None:
        """The most recently saved slot that loads (for Continue), of ``among`` (all slots)."""
        usable = [info for info in (self.info(slot) for slot in among) if info.ok]
        return max(usable, key=self._age_key) if usable else None

    # Writing

    def save(
        self,
        slot: str,
        save: dict,
        *,
        thumbnail: bytes | None = None,
        overwrite_damaged: bool = False,
    ) -> None:
        """Write `save` to the slot durably, the old version kept as backup. Raises StoreError."""
        path = self.path(slot)
        if not isinstance(save, dict):
            raise StoreError("a save must be a dict")
        problem = _check_fields(save)
        if problem:
            raise StoreError(f"cannot save: {problem}")
        infos = self.list()
        current = infos[SLOTS.index(slot)]
        if current.exists and not current.ok:
            if not overwrite_damaged:
                raise StoreError(
                    f"slot {slot} is damaged ({current.problem}); not overwritten unless asked"
                )
            if keep_aside(path) is None:  # the damaged file is kept before anything replaces it
                raise StoreError(f"slot {slot} is damaged and could not be kept aside first")
        content = save.get("content")
        header = {
            "format": FORMAT_VERSION,
            "game_version": __version__,
            "content": content if isinstance(content, str) else "",
            "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "serial": min(MAX_SERIAL, 1 + max(i.serial for i in infos)),
        }
        doc = {**header, **{k: v for k, v in save.items() if k not in header}}
        doc.pop(THUMBNAIL_KEY, None)
        if (
            isinstance(thumbnail, bytes | bytearray)
            and thumbnail.startswith(PNG_SIGNATURE)
            and len(thumbnail) <= MAX_THUMBNAIL_BYTES
        ):
            doc[THUMBNAIL_KEY] = base64.b64encode(thumbnail).decode("ascii")
        try:
            text = json.dumps(
                doc, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_refuse
            )
            data = text.encode("utf-8")
        except (TypeError, ValueError, RecursionError) as exc:
            raise StoreError(f"cannot save: the game state is not plain data ({exc})") from exc
        if len(data) > MAX_SAVE_BYTES or data.count(b",") > MAX_SAVE_VALUES:
            raise StoreError(f"cannot save: too large ({len(data):,} bytes)")
        # Replacing a damaged file (the player agreed): it was kept aside above, and whatever backup
        # there is stays the backup (a damaged file is never made one).
        keep_backup = current.ok
        write_atomic(path, data, keep_backup=keep_backup)

    def autosave(self, save: dict, *, thumbnail: bytes | None = None) -> str:
        """Save to the next autosave slot (an empty one, else the oldest); returns the slot used.

        Damaged autosaves are never overwritten (nobody was asked); StoreError if all three are.
        """
        infos = [self.info(slot) for slot in AUTOSAVE_SLOTS]
        empty = [i for i in infos if not i.exists]
        usable = empty or [i for i in infos if i.ok]
        if not usable:
            raise StoreError(
                "every autosave slot is damaged; delete one in the Load menu to autosave again"
            )
        target = usable[0].slot if empty else min(usable, key=self._age_key).slot
        self.save(target, save, thumbnail=thumbnail)
        return target

    def delete(self, slot: str) -> None:
        """Remove the slot and its backup. Raises StoreError."""
        path = self.path(slot)
        try:
            for p in (path, backup_path(path)):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(p)
        except OSError as exc:
            raise StoreError(f"could not delete slot {slot}: {failure(exc)}") from exc

    def _age_key(self, info: SlotInfo) -> tuple[int, float, int]:
        # The serial number first (the order the game wrote them in, whatever the clocks said);
        # saves from before serial numbers by their recorded time, then the file's time.
        try:
            mtime = self.path(info.slot).stat().st_mtime_ns
        except OSError:
            mtime = 0
        return info.serial, _timestamp(info.saved_at), mtime


def _summary(slot: str, path: Path) -> SlotInfo:
    """What a menu shows of one save file (has_backup and backup_ok left False)."""
    doc, problem = read_save(path)
    if doc is None:
        exists = problem != "missing"
        return SlotInfo(
            slot, exists, False, problem if exists else None, "", "", 0, "", None, False, False
        )
    saved_at = doc.get("saved_at")
    return SlotInfo(
        slot=slot,
        exists=True,
        ok=True,
        problem=None,
        chapter=doc["chapter"][:200],
        place=doc["place"][:200],
        play_ticks=doc["play_ticks"],
        saved_at=saved_at[:40] if isinstance(saved_at, str) else "",
        thumbnail=_thumbnail(doc),
        has_backup=False,
        backup_ok=False,
        serial=_serial(doc),
    )
