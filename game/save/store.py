"""Durable files: atomic replace with a whole backup, and JSON reading that explains what went wrong.

A write goes to a temporary file in the same folder, is flushed and fsynced, and then renamed over
the real name; the folder is fsynced so the rename itself survives a power cut. The previous version
is first hard-linked (or copied) to a temporary name and renamed onto `<name>.bak`, so at every
instant both the file and its backup are each some whole version, never a torn one.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

TMP_SUFFIX = ".tmp"
LARGE_FILE = 8_000_000  # a kept bad file this big is moved aside, not copied


class StoreError(Exception):
    """A file could not be written (or a write was refused); the message is for the player."""


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _fsync_dir(folder: Path) -> None:
    # Makes renames in the folder durable. Not possible on some platforms (Windows): best effort.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _temp_file(path: Path) -> tuple[int, Path]:
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TMP_SUFFIX, dir=path.parent)
    return fd, Path(name)


def _remove_stale_temps(path: Path) -> None:
    """Temporary files left by a write that was killed halfway: never read, safe to drop."""
    prefix = f".{path.name}."
    with contextlib.suppress(OSError), os.scandir(path.parent) as entries:
        for entry in entries:
            if entry.name.startswith(prefix) and entry.name.endswith(TMP_SUFFIX):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _snapshot_backup(path: Path) -> None:
    """Put a whole copy of the current `path` at `path.bak`, replacing the old backup atomically."""
    fd, tmp = _temp_file(path)
    os.close(fd)
    try:
        try:
            os.unlink(tmp)
            os.link(path, tmp)  # same bytes, no copy; the file is never written in place later
        except OSError:
            shutil.copyfile(path, tmp)  # file systems without hard links
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
        os.replace(tmp, backup_path(path))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_atomic(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
    """Replace `path` with `data` so that a crash at any moment leaves the old or the new file whole.

    With `keep_backup`, the version being replaced stays as `<name>.bak`. Raises StoreError.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_temps(path)
        fd, tmp = _temp_file(path)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            if keep_backup and path.is_file():
                _snapshot_backup(path)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        _fsync_dir(path.parent)
        _remove_stale_temps(
            path
        )  # and once more after: nothing of an interrupted write outlives this one
    except OSError as exc:
        raise StoreError(f"could not write {path.name}: {exc.strerror or exc}") from exc


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def read_json(path: Path, *, max_bytes: int = 8_000_000) -> tuple[dict | None, str | None]:
    """(data, None) for a file holding a JSON object, else (None, a short reason). Never raises."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > max_bytes:
                return None, f"too large ({size:,} bytes)"
            raw = f.read(max_bytes + 1)
    except FileNotFoundError:
        return None, "missing"
    except IsADirectoryError:
        return None, "unreadable (a folder, not a file)"
    except OSError as exc:
        return None, f"unreadable ({exc.strerror or exc})"
    if len(raw) > max_bytes:  # grew while we read it
        return None, f"too large (over {max_bytes:,} bytes)"
    if not raw.strip():
        return None, "empty"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"not text (bad byte at offset {exc.start})"
    if "\x00" in text:
        return None, "not text (contains zero bytes)"
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            return None, f"truncated (ends at line {exc.lineno}, column {exc.colno})"
        return None, f"not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
    except RecursionError:
        return None, "not usable (nested too deeply)"
    except ValueError as exc:  # NaN/Infinity, or an integer too long to convert
        return None, f"not usable ({exc})"
    if not isinstance(data, dict):
        return None, f"not an object (the file holds a {type(data).__name__})"
    return data, None


def keep_aside(path: Path, *, limit: int = 99) -> Path | None:
    """Keep the file at `path` (one we could not read) as `<name>.bad-<n>`, so it is never lost.

    Returns the copy's path, an existing identical copy's path, or None when nothing could be kept.
    A copy, not a link: an editor saving in place must not change the kept file too.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    free = None
    for n in range(1, limit + 1):
        target = path.with_name(f"{path.name}.bad-{n}")
        if not target.exists() and not target.is_symlink():
            free = target
            break
        if _same_bytes(path, target, size):
            return target  # kept already (the repair could not be written last time)
    if free is None:
        return None
    try:
        if size > LARGE_FILE:
            os.replace(path, free)  # too big to copy at start-up; the repair writes a new file
        else:
            write_atomic(free, path.read_bytes(), keep_backup=False)
    except (OSError, StoreError):
        return None
    return free


def _same_bytes(a: Path, b: Path, size: int) -> bool:
    try:
        if b.stat().st_size != size or size > LARGE_FILE:
            return False
        return a.read_bytes() == b.read_bytes()
    except OSError:
        return False


def repair(path: Path, problems: list[str], write: Callable[[], None]) -> str:
    """Keep the file we could not fully read aside, then `write` the repaired one; one message.

    When the file cannot be kept, the repair is not written either (so it is never lost), and the
    message will come again next time.
    """
    kept = keep_aside(path)
    message = f"{path.name}: " + "; ".join(problems) + ". Defaults are used for the bad parts"
    if kept is None:
        return message + "; the file could not be copied, so it was left as it is."
    message += f"; the old file is kept as {kept.name}."
    try:
        write()
    except StoreError as exc:
        message += f" {exc}."
    return message
