"""Parsed YAML kept on disk, so reading a scene file the game has read before skips the parser.

One small JSON file per scene file, named by the SHA-256 of the file's bytes, in a folder named by
the cache format and the reader's own version (so a change to the YAML reader, or another game
version, starts a fresh folder). An entry holds the node tree of `game.story.yamlsrc` (positions,
text, style, resolved kind and value) and its problems; it is data, never code (no pickle). Every
entry is checked as it is read: one that is unreadable, malformed, or for other bytes is ignored,
parsed afresh and written again. Writes are atomic (a temporary file, then a rename) and never
stop the game: a cache that cannot be written is simply not kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from game import __version__
from game.story import yamlnodes, yamlsrc
from game.story.yamlnodes import Pos, YamlProblem, YMap, YNode, YScalar, YSeq

FORMAT = 1
MAX_ENTRY_BYTES = 8 * 1024 * 1024
_JSON_VALUES = (str, int, float, bool, type(None))


def _reader_version() -> str:
    """The game version and a hash of the YAML reader's source, where the source is readable."""
    digest = hashlib.sha256(__version__.encode())
    for module in (yamlsrc, yamlnodes):
        with contextlib.suppress(OSError, TypeError):
            digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()[:12]


class CacheError(ValueError):
    """An entry that is not what the cache writes: it is parsed afresh instead."""


# -- the node tree as JSON ------------------------------------------------------------------------
def encode(node: YNode) -> list[Any]:
    if isinstance(node, YScalar):
        end = node.end or node.pos
        if node.kind == "str" and node.value == node.text:
            value: list[Any] = []
        elif isinstance(node.value, _JSON_VALUES):
            value = [node.value]
        else:  # a date: resolved again from its text when read
            value = ["?"]
        return ["s", node.pos.line, node.pos.col, node.text, node.style, node.kind,
                end.line, end.col, *value]  # fmt: skip
    if isinstance(node, YMap):
        flat = [part for key, value in node.items for part in (encode(key), encode(value))]
        return ["m", node.pos.line, node.pos.col, flat]
    assert isinstance(node, YSeq)
    return ["q", node.pos.line, node.pos.col, [encode(item) for item in node.items]]


def _int(x: Any) -> int:
    if type(x) is not int:
        raise CacheError("not a number")
    return x


def _str(x: Any) -> str:
    if type(x) is not str:
        raise CacheError("not text")
    return x


def decode(data: Any, depth: int = 0) -> YNode:
    if depth > yamlsrc.MAX_DEPTH + 1 or not isinstance(data, list) or len(data) < 4:
        raise CacheError("not a node")
    kind, pos = data[0], Pos(_int(data[1]), _int(data[2]))
    if kind == "s":
        if len(data) not in (8, 9):
            raise CacheError("not a scalar")
        text, style, resolved = _str(data[3]), _str(data[4]), _str(data[5])
        end = Pos(_int(data[6]), _int(data[7]))
        if len(data) == 8:
            value: Any = text
        elif data[8] == "?":  # a date (no JSON for it): resolved again from its text
            value = yamlsrc._resolve(text, style)[1]
        elif isinstance(data[8], _JSON_VALUES):
            value = data[8]
        else:
            raise CacheError("not a value")
        return YScalar(pos, text, style, value, resolved, end)
    if not isinstance(data[3], list):
        raise CacheError("no items")
    if kind == "q":
        return YSeq(pos, [decode(item, depth + 1) for item in data[3]])
    if kind == "m" and len(data[3]) % 2 == 0:
        items = data[3]
        pairs = []
        for i in range(0, len(items), 2):
            key = decode(items[i], depth + 1)
            if not isinstance(key, YScalar):
                raise CacheError("a key that is not a scalar")
            pairs.append((key, decode(items[i + 1], depth + 1)))
        return YMap(pos, pairs)
    raise CacheError("not a node")


# -- the folder -----------------------------------------------------------------------------------
class DiskCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder / f"yaml-{FORMAT}-{_reader_version()}"
        self.hits = self.misses = 0
        self._forget_others(folder)

    def _forget_others(self, folder: Path) -> None:
        """Entries of another reader or game version are never read again: remove them."""
        with contextlib.suppress(OSError):
            for old in folder.glob("yaml-*"):
                if old != self.folder and old.is_dir():
                    shutil.rmtree(old, ignore_errors=True)

    def _path(self, digest: str) -> Path:
        return self.folder / digest[:2] / f"{digest}.json"

    def get(self, digest: str) -> tuple[YNode | None, list[YamlProblem]] | None:
        """The parsed tree of the file with these bytes, or None (absent or not to be trusted)."""
        path = self._path(digest)
        try:
            if path.stat().st_size > MAX_ENTRY_BYTES:
                raise CacheError("too large")
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or set(data) != {"sha256", "root", "problems"}:
                raise CacheError("not an entry")
            if data["sha256"] != digest or not isinstance(data["problems"], list):
                raise CacheError("for other bytes")
            root = None if data["root"] is None else decode(data["root"])
            problems = [
                YamlProblem(_int(p[0]), _int(p[1]), _str(p[2]), _str(p[3]))
                for p in data["problems"]
            ]
        except (OSError, ValueError, CacheError, RecursionError, TypeError, IndexError, KeyError):
            self.misses += 1
            return None
        self.hits += 1
        return root, problems

    def put(self, digest: str, root: YNode | None, problems: list[YamlProblem]) -> None:
        data = {
            "sha256": digest,
            "root": None if root is None else encode(root),
            "problems": [[p.line, p.col, p.code, p.message] for p in problems],
        }
        path = self._path(digest)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                "w", dir=path.parent, delete=False, encoding="utf-8", suffix=".tmp"
            ) as f:
                json.dump(data, f, separators=(",", ":"))
            os.replace(f.name, path)
        except (OSError, ValueError, RecursionError):
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(f.name)


def parse(
    text: str, digest: str, cache: DiskCache | None
) -> tuple[YNode | None, list[YamlProblem]]:
    """`yamlsrc.load_yaml(text)`, served from the cache when it holds these bytes."""
    if cache is not None:
        hit = cache.get(digest)
        if hit is not None:
            return hit
    root, problems = yamlsrc.load_yaml(text)
    if cache is not None:
        cache.put(digest, root, problems)
    return root, problems
