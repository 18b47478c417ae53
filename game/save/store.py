"""Durable files: atomic replace with a whole backup, and JSON reading that explains what went wrong.

A write goes to a temporary file in the same folder, is flushed and fsynced, and then renamed over
the real name; the folder is fsynced so the rename itself survives a power cut. The previous version
is first hard-linked (or copied) to a temporary name and renamed onto `<name>.bak`, so at every
instant both the file and its backup are each some whole version, never a torn one. Folders the
write creates are fsynced into their parents, so they survive a power cut too.

A temporary file's name carries the writing process's id: a write removes the leftovers of its own
process and of processes that are gone, never those of another game writing at the same moment.
Every failure is a StoreError whose message says what went wrong in the player's words (the disk is
full, the folder is read-only ...).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from game.paths import fsync_dir, make_dirs

TMP_SUFFIX = ".tmp"
LARGE_FILE = 8_000_000  # a kept bad file this big is moved aside, not copied


class StoreError(Exception):
    """A file could not be written (or a write was refused); the message is for the player."""


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def failure(exc: OSError) -> str:
    """What went wrong with a file, in the player's words."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "the disk is full"
    if code == errno.EROFS:
        return "the folder is on a read-only disk"
    if code in (errno.EACCES, errno.EPERM):
        return "the folder is read-only (permission denied)"
    if code in (errno.ENOTDIR, errno.EEXIST) or isinstance(exc, NotADirectoryError):
        where = f" ({Path(exc.filename).name})" if exc.filename else ""
        return f"a file is where a folder should be{where}"
    if isinstance(exc, FileNotFoundError):
        return "the file being written was removed by another program"
    return str(exc.strerror or exc)


def write_all(fd: int, data: bytes) -> None:
    """Write every byte (os.write may write fewer than asked). Raises OSError."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _temp_file(path: Path) -> tuple[int, Path]:
    prefix = f".{path.name}.{os.getpid()}-"
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=TMP_SUFFIX, dir=path.parent)
    return fd, Path(name)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # our own leftovers: no write of ours is in progress while we clean up
    if sys.platform == "win32":
        return True  # no safe way to ask there (os.kill would end the process): keep theirs
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists (another user's)
    return True


def _writer(name: str, prefix: str) -> int | None:
    """The process id in a temporary file's name, None for names without one (older games)."""
    pid, dash, _rest = name[len(prefix) :].partition("-")
    return int(pid) if dash and pid.isascii() and pid.isdigit() and len(pid) < 12 else None


def _remove_stale_temps(path: Path) -> None:
    """Temporary files left by a write that was killed halfway: never read, safe to drop. Those of
    a process still running (another copy of the game, mid-write) are left alone."""
    prefix = f".{path.name}."
    with contextlib.suppress(OSError), os.scandir(path.parent) as entries:
        for entry in entries:
            if entry.name.startswith(prefix) and entry.name.endswith(TMP_SUFFIX):
                pid = _writer(entry.name, prefix)
                if pid is not None and _alive(pid):
                    continue
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
        make_dirs(path.parent)
        _remove_stale_temps(path)
        fd, tmp = _temp_file(path)
        try:
            try:
                write_all(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            if keep_backup and path.is_file():
                _snapshot_backup(path)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        fsync_dir(path.parent)
        # and once more after: nothing of an interrupted write outlives this one
        _remove_stale_temps(path)
    except OSError as exc:
        raise StoreError(f"could not write {path.name}: {failure(exc)}") from exc


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def read_json(
    path: Path, *, max_bytes: int = 8_000_000, max_values: int = 50_000
) -> tuple[dict | None, str | None]:
    """(data, None) for a file holding a JSON object, else (None, a short reason). Never raises.

    Bounded: a file over `max_bytes` is not read, and one holding more than about `max_values`
    values (counted by their commas, before parsing) is not parsed. Parsing costs per value, not
    per byte: two megabytes of `{},{},...` take a hundred times longer than two megabytes of text,
    and no file the game writes comes near either cap."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > max_bytes:
                return None, f"too large ({size:,} bytes)"
            raw = f.read(max_bytes + 1)
    except (FileNotFoundError, NotADirectoryError):  # a file where its folder should be: not there
        return None, "missing"
    except IsADirectoryError:
        return None, "unreadable (a folder, not a file)"
    except OSError as exc:
        return None, f"unreadable ({exc.strerror or exc})"
    if len(raw) > max_bytes:  # grew while we read it
        return None, f"too large (over {max_bytes:,} bytes)"
    if not raw.strip():
        return None, "empty"
    values = raw.count(b",")
    if values > max_values:
        return None, f"not usable (over {max_values:,} values)"
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
