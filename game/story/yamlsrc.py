"""YAML read safely, keeping the line and column of every node.

Scene files are written by anyone, and every problem in them must be reported as
``file:line:col: CODE message``. So instead of ``yaml.safe_load`` we walk PyYAML's event stream
(``yaml.parse`` with the SafeLoader) and build our own small node tree without recursion, so
deep nesting cannot exhaust the stack. Aliases are never expanded (no billion laughs), tags are
refused (no object construction), and scalar values are resolved the way YAML 1.1 would, so
that the classic pitfalls (``no`` is false, ``1.0`` is a number, ``2024-01-01`` is a date)
can be pointed out to the author with :func:`expect_text`.

Problem codes (lines and columns are 1-based):

- ``Y001`` syntax error, at PyYAML's mark, with a one-line message.
- ``Y002`` duplicate key; points at the second one and names the first one's line.
  The first one is kept.
- ``Y003`` anchors (``&a``), aliases (``*a``) and merge keys (``<<``) are not allowed.
  An alias reads as an empty value; a merge key's item is dropped.
- ``Y004`` tab characters used for indentation.
- ``Y005`` mapping key that is not a plain string (a list, a mapping, ``yes``, ``1``, ``null``);
  the item is dropped.
- ``Y006`` file too large (more than :data:`MAX_CHARS` characters); nothing is parsed.
- ``Y007`` nesting deeper than :data:`MAX_DEPTH` mappings/lists; parsing stops.
- ``Y008`` more than one document in the file; the rest after the first is ignored.
- ``Y009`` tags (``!!python/...``, ``!foo``, ``!!str``) are not allowed; the tag is ignored.
- ``Y010`` (from :func:`expect_text`) a value meant as text that YAML reads as something else.
- ``Y011`` text that cannot be written as UTF-8 (a lone surrogate such as ``"\\ud800"``): saves,
  the backlog and translations could not hold it. The characters are replaced by U+FFFD.

Recoverable problems (Y002 to Y005, Y009) do not stop the walk, so one pass reports them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from game.story.yamlnodes import (
    Pos,
    YamlProblem,
    YMap,
    YNode,
    YScalar,
    YSeq,
    clip,
    describe,
    expect_text,
    is_text,
    misread,
    to_python,
)

MAX_CHARS = 2_000_000  # about 2 MB of text; scene files are tiny
MAX_DEPTH = 100  # nested mappings/lists

_STYLES = {None: "plain", "'": "single", '"': "double", "|": "literal", ">": "folded"}
_YAML_TAG = "tag:yaml.org,2002:"
# YAML counts these as line breaks (so PyYAML's marks do too); str.splitlines counts more.
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")  # only an escape in a quoted scalar can make one


# --- scalar resolution -------------------------------------------------------------------------

_RESOLVER = Resolver()
_CONSTRUCTOR = SafeConstructor()


def _resolve(text: str, style: str) -> tuple[str, object]:
    """(kind, value) the way PyYAML's SafeLoader would read this scalar."""
    if style != "plain":
        return "str", text
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
    kind = tag.removeprefix(_YAML_TAG)
    build = SafeConstructor.yaml_constructors.get(tag)
    if kind == "str" or build is None:
        return kind, text
    try:
        return kind, build(_CONSTRUCTOR, yaml.ScalarNode(tag, text))
    except (ValueError, OverflowError, ArithmeticError, yaml.YAMLError):
        # e.g. 2024-13-45 (no such date) or an int with too many digits: YAML would fail.
        return kind, text


def _show_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(_YAML_TAG) if tag.startswith(_YAML_TAG) else tag


# --- building the tree -------------------------------------------------------------------------


@dataclass
class _Frame:
    node: YMap | YSeq
    key: YScalar | None = None
    has_key: bool = False  # a key was read and its value is awaited
    skip: bool = False  # the awaited value belongs to a dropped item
    seen: dict[str, int] = field(default_factory=dict)  # key -> line of first use


class _Builder:
    def __init__(self) -> None:
        self.problems: list[YamlProblem] = []
        self.stack: list[_Frame] = []
        self.root: YNode | None = None
        self.scalar_lines: set[int] = set()  # lines inside multi-line scalars (tabs allowed)

    def report(self, pos: Pos, code: str, message: str) -> None:
        self.problems.append(YamlProblem(pos.line, pos.col, code, message))

    def attach(self, node: YNode) -> None:
        if not self.stack:
            self.root = node
            return
        top = self.stack[-1]
        if isinstance(top.node, YSeq):
            top.node.items.append(node)
        elif not top.has_key:
            top.has_key, top.skip, top.key = True, True, None
            if self.key_ok(node, top):
                top.skip, top.key = False, node  # type: ignore[assignment]
        else:
            if not top.skip and top.key is not None:
                top.node.items.append((top.key, node))
            top.has_key, top.key = False, None

    def key_ok(self, node: YNode, top: _Frame) -> bool:
        if not isinstance(node, YScalar):
            what = "mapping" if isinstance(node, YMap) else "list"
            self.report(node.pos, "Y005", f"a mapping key must be text, not a {what}")
            return False
        if node.style == "plain" and node.text == "<<":
            self.report(node.pos, "Y003", "merge keys (<<) are not allowed; write the keys out")
            return False
        if not is_text(node):
            self.report(node.pos, "Y005", misread(node, "a mapping key") + "; quote the key")
            return False
        first = top.seen.get(node.text)
        if first is not None:
            key = clip(node.text)
            self.report(node.pos, "Y002", f"duplicate key {key!r} (first used on line {first})")
            return False
        top.seen[node.text] = node.pos.line
        return True

    def event(self, ev: yaml.Event) -> bool:
        """Handle one event; False means stop reading."""
        mark = ev.start_mark
        pos = Pos(mark.line + 1, mark.column + 1)
        if isinstance(ev, yaml.DocumentStartEvent):
            if self.root is not None or self.stack:
                self.report(pos, "Y008", "only one document per file; remove this '---'")
                return False
            return True
        anchor = getattr(ev, "anchor", None)
        if isinstance(ev, yaml.AliasEvent):
            self.report(pos, "Y003", f"aliases (*{anchor}) are not allowed; write the value out")
            self.attach(YScalar(pos, "", "plain", None, "null"))
            return True
        if anchor is not None:
            self.report(pos, "Y003", f"anchors (&{anchor}) are not allowed; write values out")
        tag = getattr(ev, "tag", None)
        if tag is not None:
            self.report(pos, "Y009", f"tags ({_show_tag(tag)}) are not allowed; quote text instead")
        if isinstance(ev, yaml.ScalarEvent):
            style = _STYLES.get(ev.style, "plain")
            if _SURROGATE.search(ev.value):
                self.report(pos, "Y011", "text with a lone surrogate (\\ud800 ...) is not UTF-8")
                ev.value = _SURROGATE.sub("\ufffd", ev.value)
            kind, value = _resolve(ev.value, style)
            end = ev.end_mark
            last = end.line if end.column > 0 else end.line - 1
            self.scalar_lines.update(range(mark.line + 2, last + 2))
            end_pos = Pos(end.line + 1, end.column + 1)
            self.attach(YScalar(pos, ev.value, style, value, kind, end_pos))
        elif isinstance(ev, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if len(self.stack) >= MAX_DEPTH:
                self.report(pos, "Y007", f"nested too deeply (more than {MAX_DEPTH} levels)")
                self.root = None
                return False
            node = YMap(pos) if isinstance(ev, yaml.MappingStartEvent) else YSeq(pos)
            self.stack.append(_Frame(node))
        elif isinstance(ev, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            self.attach(self.stack.pop().node)
        return True


_TAB_MESSAGE = "tab used for indentation; YAML needs spaces"


def _tab_lines(lines: list[str]) -> list[YamlProblem]:
    """Y004 for every line whose indentation (before some content) holds a tab."""
    problems = []
    for number, line in enumerate(lines, start=1):
        indent = len(line) - len(line.lstrip(" \t"))
        tab = line.find("\t", 0, indent)
        if tab >= 0 and indent < len(line):
            problems.append(YamlProblem(number, tab + 1, "Y004", _TAB_MESSAGE))
    return problems


def _tab_fault(lines: list[str], failed: YamlProblem) -> YamlProblem | None:
    """The syntax error as a Y004 if it points at a tab in a line's leading whitespace
    (e.g. a blank line holding only a tab, which the pre-scan leaves alone)."""
    line = lines[failed.line - 1] if failed.line <= len(lines) else ""
    head = line[: failed.col]
    if head.endswith("\t") and not head.strip(" \t"):
        return YamlProblem(failed.line, failed.col, "Y004", _TAB_MESSAGE)
    return None


def _position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character index, counting breaks as YAML does."""
    line, start = 1, 0
    for m in _LINE_BREAK.finditer(text, 0, index):
        line, start = line + 1, m.end()
    return line, index - start + 1


def _syntax_problem(text: str, exc: yaml.YAMLError) -> YamlProblem:
    if isinstance(exc, yaml.reader.ReaderError):
        line, col = _position(text, exc.position)
        char = f"U+{exc.character:04X}" if isinstance(exc.character, int) else "a character"
        return YamlProblem(line, col, "Y001", f"{char} is not allowed in a YAML file")
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = str(getattr(exc, "problem", None) or "YAML syntax error")
    context, cmark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    message = problem
    if context and cmark and (cmark.line, cmark.column) != (line - 1, col - 1):
        message += f" ({context} at line {cmark.line + 1}, col {cmark.column + 1})"
    if "mapping values are not allowed" in problem:
        message += "; if this is text containing ': ', put it in quotes"
    return YamlProblem(line, col, "Y001", " ".join(message.split()))


# libyaml's parser, where PyYAML has it, reads clean files several times faster (same events, same marks).
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _build(text: str, loader: type) -> tuple[_Builder, YamlProblem | None]:
    builder = _Builder()
    try:
        for ev in yaml.parse(text, Loader=loader):
            if not builder.event(ev):
                break  # Y007 (root stays None) or Y008 (the first document is kept)
    except yaml.YAMLError as exc:
        return builder, _syntax_problem(text, exc)
    return builder, None


def load_yaml(text: str) -> tuple[YNode | None, list[YamlProblem]]:
    """Parse one YAML document into positioned nodes. Never raises: every problem is
    returned (sorted by position). The root is None for an empty document, a syntax
    error, or nesting beyond MAX_DEPTH."""
    if not isinstance(text, str):
        return None, [YamlProblem(1, 1, "Y001", "expected YAML text (a str)")]
    if len(text) > MAX_CHARS:
        size = f"{len(text)} characters, at most {MAX_CHARS}"
        return None, [YamlProblem(1, 1, "Y006", f"file too large ({size})")]
    lines = _LINE_BREAK.split(text) if "\t" in text else []
    tabs = _tab_lines(lines)
    builder, failed = _build(text, _FAST_LOADER)
    if failed is not None and _FAST_LOADER is not yaml.SafeLoader:
        # libyaml is fast but words its errors differently (and has its own depth limit): read a
        # broken file again with the pure-Python parser for the messages this module documents.
        builder, failed = _build(text, yaml.SafeLoader)
    root = builder.root if failed is None else None
    problems = builder.problems
    tabs = [p for p in tabs if p.line not in builder.scalar_lines]
    problems.extend(tabs)
    if failed is not None and not any(p.line == failed.line for p in tabs):
        # a parse error on a tab-indented line is that tab's fault
        problems.append(_tab_fault(lines, failed) or failed)
    problems.sort(key=lambda p: (p.line, p.col))
    return root, problems


# The nodes and the value readers live in yamlnodes; they are part of what this module offers.
__all__ = [
    "MAX_CHARS",
    "MAX_DEPTH",
    "Pos",
    "YMap",
    "YNode",
    "YScalar",
    "YSeq",
    "YamlProblem",
    "describe",
    "expect_text",
    "is_text",
    "load_yaml",
    "to_python",
]
