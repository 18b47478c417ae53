"""`python -m game ids [PATH...] [--check]`: give every spoken line and choice option a stable id.

Ids look like ``<beat or scene>.<speaker | narrate | choice>.<n>`` with ``n`` the smallest number
not used by any id in all content. The file is edited by inserting text only (``id: ..., `` after
the ``{`` of a flow mapping, or an ``id:`` line before the first key of a block mapping), so
comments, quoting, order and line endings stay as they were. Existing ids are never changed, and
a second run changes nothing.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from game.story import loader  # noqa: F401  (registers the commands)
from game.story.lint import default_root
from game.story.loader import scene_files
from game.story.model import REGISTRY
from game.story.yamlsrc import YMap, YNode, YScalar, YSeq, load_yaml

_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_SAFE = re.compile(r"[^a-z0-9_]+")


def line_commands() -> dict[str, str | None]:
    """Commands that show a line (a `line` parameter and an `id` parameter) -> speaker param."""
    out: dict[str, str | None] = {}
    for key, cls in REGISTRY.items():
        kinds = {p.kind for p in cls.params.values()}
        if "line" in kinds and cls.params.get("id") and cls.params["id"].kind == "id":
            who = next((n for n, p in cls.params.items() if p.kind == "ref:actor"), None)
            out[key] = who
    return out


def option_commands() -> set[str]:
    return {
        key
        for key, cls in REGISTRY.items()
        if any(p.kind == "options" for p in cls.params.values())
    }


@dataclass
class Slot:
    """A mapping that needs an id: where to insert, and the id's stem (`h02.lucy`)."""

    node: YMap
    stem: str


def _text(node: YNode | None) -> str:
    return node.text if isinstance(node, YScalar) else ""


def scan(root: YNode) -> tuple[list[Slot], list[str], str]:
    """Mappings lacking ids, ids already used, and the file's prefix (beat, else scene id)."""
    prefix = ""
    if isinstance(root, YMap):
        prefix = _text(root.get("beat")) or _text(root.get("scene"))
    lines, options = line_commands(), option_commands()
    slots: list[Slot] = []
    used: list[str] = []
    stack: list[YNode] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, YSeq):
            stack.extend(reversed(node.items))
            continue
        if not isinstance(node, YMap):
            continue
        for key, value in node.items:
            if key.text in lines and isinstance(value, YMap):
                who = _text(value.get(lines[key.text])) if lines[key.text] else key.text
                _want(value, f"{prefix}.{_SAFE.sub('_', who.lower()) or key.text}", slots, used)
            elif key.text in options:
                seq = value.get("options") if isinstance(value, YMap) else value
                for item in seq.items if isinstance(seq, YSeq) else []:
                    if isinstance(item, YMap) and item.get("text") is not None:
                        _want(item, f"{prefix}.choice", slots, used)
        stack.extend(reversed([v for _, v in node.items]))
    slots.sort(key=lambda s: (s.node.pos.line, s.node.pos.col))
    return slots, used, prefix


def _want(node: YMap, stem: str, slots: list[Slot], used: list[str]) -> None:
    ident = node.get("id")
    if ident is None:
        slots.append(Slot(node, stem))
    elif isinstance(ident, YScalar):
        used.append(ident.text)


def _offsets(text: str) -> list[int]:
    """Start offset of every line, counting line breaks the way YAML (and its marks) do."""
    return [0] + [m.end() for m in _BREAK.finditer(text)]


def insertion(
    text: str, starts: list[int], node: YMap, ident: str, newline: str
) -> tuple[int, str]:
    at = starts[node.pos.line - 1] + node.pos.col - 1
    if text.startswith("{", at):  # flow mapping: right after the brace
        return at + 1, f"id: {ident}, " if node.items else f"id: {ident}"
    first = node.items[0][0].pos if node.items else node.pos
    at = starts[first.line - 1] + first.col - 1
    return at, f"id: {ident}{newline}{' ' * (first.col - 1)}"


def next_id(stem: str, used: set[str]) -> str:
    n = 1
    while f"{stem}.{n}" in used:
        n += 1
    return f"{stem}.{n}"


def assign(text: str, used: set[str]) -> tuple[str, list[tuple[int, int, str]]]:
    """The text with ids added, and (line, col, id) of each one. ``used`` grows with them."""
    root, problems = load_yaml(text)
    if root is None or any(p.code in ("Y001", "Y007") for p in problems):
        return text, []
    slots, own, prefix = scan(root)
    used.update(own)  # the file's own ids count even when the caller did not collect them
    if not prefix or not slots:
        return text, []
    starts = _offsets(text)
    newline = "\r\n" if "\r\n" in text else "\n"
    edits = []
    for slot in slots:
        ident = next_id(slot.stem, used)
        used.add(ident)
        edits.append((*insertion(text, starts, slot.node, ident, newline), slot, ident))
    out = text
    for at, piece, _slot, _ident in sorted(edits, key=lambda e: e[0], reverse=True):
        out = out[:at] + piece + out[at:]
    return out, [(s.node.pos.line, s.node.pos.col, i) for _a, _p, s, i in edits]


def _read(path: Path) -> str | None:
    try:
        with path.open(encoding="utf-8", newline="") as fh:  # keep \r\n as it is
            return fh.read()
    except (OSError, UnicodeDecodeError):
        return None


def _files(paths: list[Path], root: Path) -> list[Path]:
    if not paths:
        return scene_files(root / "dialogue")
    out: list[Path] = []
    for p in paths:
        out += [p] if p.is_file() else scene_files(p)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m game ids", description=__doc__.splitlines()[0])
    p.add_argument(
        "paths", nargs="*", type=Path, help="scene files or folders (default: dialogue/)"
    )
    p.add_argument("--check", action="store_true", help="only list lines without ids")
    p.add_argument("--root", type=Path, help="content root (holds dialogue/)")
    args = p.parse_args(list(sys.argv[1:] if argv is None else argv))

    root = (args.root or default_root()).resolve()
    targets = _files(args.paths, root)
    used: set[str] = set()
    for path in sorted({*targets, *_files([], root)}):  # every id in all content counts
        text = _read(path)
        tree = load_yaml(text)[0] if text is not None else None
        if tree is not None:
            used.update(scan(tree)[1])
    missing = changed = 0
    for path in targets:
        text = _read(path)
        if text is None:
            print(f"{path}:1:1: S105 cannot read as UTF-8 text", file=sys.stderr)
            continue
        new, added = assign(text, used if not args.check else set(used))
        missing += len(added)
        for line, col, ident in added:
            print(
                f"{path}:{line}:{col}: L021 {'needs an id' if args.check else 'added id ' + ident}"
            )
        if added and not args.check:
            path.write_bytes(new.encode("utf-8"))
            changed += 1
    if args.check:
        print(
            f"{missing} lines without ids" if missing else "every line has an id", file=sys.stderr
        )
        return 1 if missing else 0
    print(f"added {missing} ids in {changed} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
