"""Disk faults for tests, injected where the game writes (the `os` calls), for one folder only.

`DiskFaults(monkeypatch, folder)` then `.full()`, `.read_only()`, `.vanishing_temps()` or `.fine()`:
- full: every write into a file under the folder fails with ENOSPC, and so does making a folder;
- read_only: opening a file there for writing, making, renaming, linking or removing anything
  there fails with EROFS (as root, chmod cannot make a folder read-only: this can);
- vanishing_temps: another copy of the game removes each temporary file just before it is
  renamed into place (what happened before the lock: about one save in thirty failed).

Reads are never touched, and nothing outside the folder is. tests/test_real_disk.py does the same
on a real, tiny, full or read-only file system where the machine allows one.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


class DiskFaults:
    def __init__(self, monkeypatch, folder: Path) -> None:
        self.folder = os.path.realpath(folder)
        self.mode = "fine"
        self.fds: dict[int, str] = {}  # files opened under the folder, while open
        self.failed: list[str] = []  # what was refused, for the test to look at
        real = {
            name: getattr(os, name)
            for name in ("open", "write", "close", "mkdir", "replace", "rename", "link", "unlink")
        }
        self.real = real

        def inside(path) -> bool:
            try:
                full = os.path.realpath(os.fspath(path))
            except TypeError:
                return False
            return full == self.folder or full.startswith(self.folder + os.sep)

        def fail(code: int, what: str, path) -> None:
            self.failed.append(f"{what} {os.path.basename(os.fspath(path))}")
            raise OSError(code, os.strerror(code), os.fspath(path))

        def open_(path, flags, mode=0o777, *, dir_fd=None):
            if self.mode == "read_only" and flags & WRITE_FLAGS and inside(path):
                fail(errno.EROFS, "open", path)
            fd = real["open"](path, flags, mode, dir_fd=dir_fd)
            if inside(path):
                self.fds[fd] = os.fspath(path)
            return fd

        def write(fd, data):
            if self.mode == "full" and fd in self.fds:
                fail(errno.ENOSPC, "write", self.fds[fd])
            return real["write"](fd, data)

        def close(fd):
            self.fds.pop(fd, None)
            return real["close"](fd)

        def mkdir(path, mode=0o777, *, dir_fd=None):
            if self.mode in ("full", "read_only") and inside(path):
                fail(errno.ENOSPC if self.mode == "full" else errno.EROFS, "mkdir", path)
            return real["mkdir"](path, mode, dir_fd=dir_fd)

        def moving(name):
            def move(src, dst, *args, **kwargs):
                if self.mode == "read_only" and (inside(src) or inside(dst)):
                    fail(errno.EROFS, name, dst)
                if (
                    self.mode == "vanishing_temps"
                    and name == "replace"
                    and inside(src)
                    and os.path.basename(os.fspath(src)).endswith(".tmp")
                ):
                    real["unlink"](src)  # the other copy's clean-up, just before our rename
                    self.failed.append(f"vanished {os.path.basename(os.fspath(src))}")
                return real[name](src, dst, *args, **kwargs)

            return move

        def unlink(path, *, dir_fd=None):
            if self.mode == "read_only" and inside(path):
                fail(errno.EROFS, "unlink", path)
            return real["unlink"](path, dir_fd=dir_fd)

        monkeypatch.setattr(os, "open", open_)
        monkeypatch.setattr(os, "write", write)
        monkeypatch.setattr(os, "close", close)
        monkeypatch.setattr(os, "mkdir", mkdir)
        monkeypatch.setattr(os, "replace", moving("replace"))
        monkeypatch.setattr(os, "rename", moving("rename"))
        monkeypatch.setattr(os, "link", moving("link"))
        monkeypatch.setattr(os, "unlink", unlink)

    def full(self) -> DiskFaults:
        self.mode = "full"
        return self

    def read_only(self) -> DiskFaults:
        self.mode = "read_only"
        return self

    def vanishing_temps(self) -> DiskFaults:
        self.mode = "vanishing_temps"
        return self

    def fine(self) -> DiskFaults:
        self.mode = "fine"
        return self


def files(folder: Path) -> dict[str, bytes]:
    """Every file under a folder and its bytes (what must not be lost)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(Path(folder).rglob("*"))
        if p.is_file() and p.name != ".lock"
    }
