"""A short, stable hash of the content a save was made with (scenes and maps).

A save records it so that loading can tell when the content changed since (an update, a mod) and a
saved line may be gone. Newlines are normalised so a checkout on Windows hashes the same.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

FINGERPRINT_LENGTH = 16  # hex characters: plenty to tell versions apart, short enough to show


def content_files(root: Path) -> list[Path]:
    """The files that count, in a fixed order: dialogue/**/*.yaml, then maps/*.tmx."""
    files = sorted(
        (root / "dialogue").rglob("*.yaml"), key=lambda p: p.relative_to(root).as_posix()
    )
    files += sorted((root / "maps").glob("*.tmx"), key=lambda p: p.name)
    return [p for p in files if p.is_file()]


def content_fingerprint(root: Path) -> str:
    """Hex digest over each file's path (relative, POSIX) and bytes; unreadable files count as empty."""
    root = Path(root)
    digest = hashlib.sha256()
    for path in content_files(root):
        try:
            data = path.read_bytes().replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        except OSError:
            data = b""
        name = path.relative_to(root).as_posix().encode("utf-8")
        # Lengths frame each part, so moving bytes between a name and a file changes the hash.
        digest.update(b"%d:%s%d:" % (len(name), name, len(data)))
        digest.update(data)
    return digest.hexdigest()[:FINGERPRINT_LENGTH]
