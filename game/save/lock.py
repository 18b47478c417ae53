"""One game at a time writes a data folder: a lock held for as long as the game runs.

The first copy of the game to open a data folder takes the lock and writes as usual. A second copy
on the same folder cannot take it: it says so and plays without writing anything (saves, settings,
the profile, the seen-lines log), so neither erases what the other wrote. It asks again before each
write, and takes over as soon as the first copy has closed.

The lock is an OS file lock (`flock`, or `msvcrt.locking` on Windows) on `<data>/.lock`, let go by
the system when the process ends however it ends, so a crash never leaves the folder locked.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from game.paths import make_dirs
from game.save.store import failure

LOCK_NAME = ".lock"

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
try:
    import msvcrt
except ImportError:  # everywhere else
    msvcrt = None  # type: ignore[assignment]


class DataLock:
    """The lock on one data folder. `problem()` is None while this game may write there."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / LOCK_NAME
        self._fd: int | None = None
        self.held = False
        self.reason = ""  # why it is not held, for the player (said once, when the game starts)
        self.short = ""  # the same in a few words (said with each save that is refused)

    def acquire(self) -> bool:
        """Take the lock if it is free; True when held (now or already). Never raises."""
        if self.held:
            return True
        try:
            if self._fd is None:
                make_dirs(self.folder)
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o644)
            _lock(self._fd)
        except BlockingIOError:
            self.reason = (
                "Hailsham is already open with these saves: this copy will not save. "
                "Close the other one to save here."
            )
            self.short = "another copy of Hailsham has these saves open"
            return False
        except OSError as exc:
            self.short = failure(exc)
            self.reason = f"Nothing can be saved in {self.folder}: {self.short}."
            self._close()
            return False
        self.held, self.reason, self.short = True, "", ""
        with contextlib.suppress(OSError):  # who holds it, for people looking at the folder
            os.ftruncate(self._fd, 0)
            os.write(self._fd, f"{os.getpid()}\n".encode())
        return True

    def problem(self) -> str | None:
        """None when this game may write the folder (taking the lock if it has become free), else
        why not in a few words."""
        return None if self.acquire() else self.short

    def release(self) -> None:
        if self.held and self._fd is not None:
            with contextlib.suppress(OSError):
                _unlock(self._fd)
        self.held = False
        self._close()

    def _close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _lock(fd: int) -> None:
    """Raises BlockingIOError when another process holds the lock."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    elif msvcrt is not None:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            raise BlockingIOError(str(exc)) from exc


def _unlock(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
    elif msvcrt is not None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
