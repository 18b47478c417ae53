"""The lines a player has seen, kept in their profile and written as it grows.

An append-only text file (one id a line), flushed and synced after each new id, so a crash loses
none of it; a torn last line from a crash is ignored when read.
"""

from __future__ import annotations

import os
from pathlib import Path


class SeenLog:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._ids: set[str] = set()
        self._file = None
        if path is not None and path.exists():
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                text = ""
            lines = text.split("\n")
            # Only complete lines count: the last one may have been cut by a crash.
            self._ids.update(line for line in lines[:-1] if line and len(line) <= 200)

    def has(self, line_id: str) -> bool:
        return line_id in self._ids

    def add(self, line_id: str) -> None:
        if not line_id or line_id in self._ids:
            return
        self._ids.add(line_id)
        if self.path is None:
            return
        try:
            if self._file is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._file = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 - kept open on purpose
            self._file.write(line_id + "\n")
            self._file.flush()
            os.fsync(self._file.fileno())
        except OSError:
            self._file = None  # a full disk must not stop the game; the id is still in memory

    def __len__(self) -> int:
        return len(self._ids)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
