"""The lines a player has seen, kept in their profile and written as it grows.

An append-only text file (one id a line), flushed and synced after each new id, so a crash loses
none of it. Reading is bounded and linear: at most MAX_BYTES are read, a line at a time, so a huge
or hostile file costs a fixed amount of time and memory; a file over that is compacted (the old
one kept beside it). A torn last line (a power cut mid-write) is ignored, and the next id starts a
line of its own. The file is opened without following links: a link planted where the log goes
is never written through. When the game may not write (another copy holds the data folder, the
disk is full), new ids wait in memory and are written once it can.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable
from pathlib import Path

from game.paths import make_dirs

MAX_ID = 200  # characters in a line id (longer lines are not ids)
MAX_BYTES = 2_000_000  # read at most this much: a whole game's ids with mods are a few hundred KB
MAX_IDS = 50_000  # the four chapters have a few thousand lines; mods add hundreds
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)

Writable = Callable[[], str | None]  # None when the game may write now, else why not
Report = Callable[[str], None]


class SeenLog:
    def __init__(
        self,
        path: Path | None,
        *,
        writable: Writable | None = None,
        report: Report | None = None,
        compact: Callable[[Path, list[str], str], None] | None = None,
    ) -> None:
        """``compact(path, ids, why)`` rewrites a log that was too large (keeping the old file)."""
        self.path = path
        self._ids: set[str] = set()
        self._order: list[str] = []  # in the order seen, for compacting
        self._pending: list[str] = []  # seen while the game could not write
        self._fd: int | None = None
        self._writable = writable or (lambda: None)
        self._report = report or (lambda message: None)
        self._broken = False  # the file cannot be used (a link, a folder): said once, not retried
        if path is None:
            return
        over = self._read(path)
        if over and compact is not None and self._writable() is None:
            compact(path, self._order, over)

    # -- reading -----------------------------------------------------------------------------------
    def _read(self, path: Path) -> str:
        """Read the ids; returns why the file should be compacted ("" when it need not be)."""
        try:
            fd = os.open(path, os.O_RDONLY | NOFOLLOW)
        except (FileNotFoundError, NotADirectoryError):  # none yet (or no folder to hold one)
            return ""
        except OSError as exc:
            link = exc.errno == errno.ELOOP or path.is_symlink()
            self._refuse("is a link" if link else f"cannot be read ({exc.strerror or exc})")
            return ""
        if path.is_symlink():  # systems without O_NOFOLLOW
            os.close(fd)
            self._refuse("is a link")
            return ""
        with os.fdopen(fd, "rb") as f:
            data = f.read(MAX_BYTES)
            more = bool(f.read(1))
        lines = data.split(b"\n")
        lines.pop()  # after the last line end: a torn line, or one cut by the cap; never an id
        for n, raw in enumerate(lines, start=1):
            if len(raw) <= MAX_ID * 4:  # longer is no id (and not worth decoding)
                self._take(raw.decode("utf-8", errors="replace").rstrip("\r"))
                if len(self._ids) >= MAX_IDS and (more or n < len(lines)):
                    return f"holds more than {MAX_IDS:,} line ids"
        return f"is larger than {MAX_BYTES:,} bytes" if more else ""

    def _take(self, line_id: str) -> None:
        if line_id and len(line_id) <= MAX_ID and line_id not in self._ids:
            self._ids.add(line_id)
            self._order.append(line_id)

    def _refuse(self, why: str) -> None:
        self._broken = True
        self._report(f"{self.path}: {why}; the lines you see are not remembered in it.")

    # -- the log -----------------------------------------------------------------------------------
    def has(self, line_id: str) -> bool:
        return line_id in self._ids

    def add(self, line_id: str) -> None:
        if not line_id or line_id in self._ids:
            return
        self._ids.add(line_id)
        if len(self._order) < MAX_IDS:
            self._order.append(line_id)
        if self.path is None or self._broken:
            return
        self._pending.append(line_id)
        self.flush()

    def flush(self) -> None:
        """Write the ids waiting to be written, if the game may write now."""
        if not self._pending or self.path is None or self._broken or self._writable() is not None:
            return
        try:
            fd = self._open()
            os.write(fd, "".join(i + "\n" for i in self._pending).encode("utf-8"))
            os.fsync(fd)
            self._pending.clear()
        except OSError:  # a full disk must not stop the game; the ids wait in memory
            self.close()

    def _open(self) -> int:
        if self._fd is None:
            assert self.path is not None
            make_dirs(self.path.parent)
            torn = _ends_torn(self.path)
            flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | NOFOLLOW
            try:
                fd = os.open(self.path, flags, 0o644)
            except OSError as exc:
                if self.path.is_symlink() or os.path.isdir(self.path):
                    self._refuse("is a link or a folder, not the log")
                raise exc
            if torn:  # a line cut by a crash: the next id starts on a line of its own
                os.write(fd, b"\n")
            self._fd = fd
        return self._fd

    def __len__(self) -> int:
        return len(self._ids)

    def close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None


def _ends_torn(path: Path) -> bool:
    """Whether the file's last line has no line end (cut short by a crash)."""
    try:
        fd = os.open(path, os.O_RDONLY | NOFOLLOW)
    except OSError:
        return False
    try:
        size = os.fstat(fd).st_size
        if size == 0:
            return False
        os.lseek(fd, size - 1, os.SEEK_SET)
        return os.read(fd, 1) != b"\n"
    finally:
        os.close(fd)
