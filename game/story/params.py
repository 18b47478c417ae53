"""Typed command parameters: how each kind of value is read from YAML and what it refers to.

A parameter's ``kind`` says how to read it (text, a number, a condition, nested steps ...) and, for
references (``ref:scene``, ``ref:actor`` ...), what the linter must find for it to be valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from game.story import expr
from game.story.words import WordsError, has_markup, parse_words
from game.story.yamlsrc import YMap, YNode, YScalar, YSeq, expect_text

ID_RE = re.compile(r"^[a-z0-9_][a-z0-9_.\-]*$")
FACINGS = ("down", "left", "right", "up")
# Every whole number a scene gives has a range, checked when the file is read (so the linter and
# the game refuse the same files): a parameter names its own, else it is 0..INT_MAX.
INT_MAX = 36_000  # ten minutes of ticks: longer than any wait, fade or pan a scene needs
FLAG_INT_MAX = 1_000_000_000  # a counter set or added by a scene (`set: {n: 3}`)
MAX_TEXT = 1_000  # characters in one line of dialogue (the linter measures what fits the box)
MAX_LIST = 100  # items in one list parameter (watchers, path points ...)


@dataclass(frozen=True)
class Param:
    kind: str  # text | line | id | int | bool | condition | steps | facing | values | ref:<what> | list:<kind> | any
    required: bool = False
    default: Any = None
    doc: str = ""
    choices: tuple[str, ...] = ()
    lo: int | None = None  # ints: the smallest value allowed (default 0)
    hi: int | None = None  # ints: the largest value allowed (default INT_MAX)
    min_items: int = 0  # lists: how many items at least

    @property
    def bounds(self) -> tuple[int, int]:
        return (0 if self.lo is None else self.lo, INT_MAX if self.hi is None else self.hi)


@dataclass(frozen=True)
class Problem:
    line: int
    col: int
    code: str
    message: str

    def format(self, path: str) -> str:
        return f"{path}:{self.line}:{self.col}: {self.code} {self.message}"


@dataclass(frozen=True)
class Condition:
    """A parsed condition, kept with its text and position for late type checks and messages."""

    text: str
    tree: expr.Expr
    line: int
    col: int  # column of the first character of the expression in the file


class Reader:
    """Reads values of a kind from nodes, collecting problems instead of raising."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, node: YNode, code: str, message: str) -> None:
        self.problems.append(Problem(node.pos.line, node.pos.col, code, message))

    def read(self, kind: str, node: YNode, name: str, param: Param | None = None) -> Any:
        """The value, or None after reporting why it cannot be used."""
        if kind.startswith("list:"):
            if not isinstance(node, YSeq):
                if isinstance(node, YScalar):  # a single value where a list is allowed
                    one = self.read(kind[5:], node, name)
                    return None if one is None else [one]
                self.problem(node, "S010", f"`{name}` must be a list")
                return None
            if param is not None and len(node.items) < param.min_items:
                self.problem(node, "S024", f"`{name}` needs at least {param.min_items} item(s)")
                return None
            if len(node.items) > MAX_LIST:
                self.problem(
                    node, "S024", f"`{name}` has {len(node.items)} items (at most {MAX_LIST})"
                )
                return None
            items = [self.read(kind[5:], item, name) for item in node.items]
            return None if any(i is None for i in items) else items
        if kind in ("text", "line") or kind == "id" or kind.startswith("ref:") or kind == "facing":
            return self._text(kind, node, name, param)
        if kind == "int":
            if isinstance(node, YScalar) and node.kind == "int" and isinstance(node.value, int):
                lo, hi = param.bounds if param is not None else (0, INT_MAX)
                if not lo <= node.value <= hi:
                    shown = node.text if len(node.text) <= 24 else node.text[:20] + "..."
                    self.problem(node, "S024", f"`{name}` must be from {lo} to {hi}, not {shown}")
                    return None
                return int(node.value)
            self.problem(node, "S011", f"`{name}` must be a whole number")
            return None
        if kind == "bool":
            if isinstance(node, YScalar) and node.kind == "bool":
                return bool(node.value)
            self.problem(node, "S011", f"`{name}` must be true or false")
            return None
        if kind == "condition":
            return self._condition(node, name)
        if kind == "values":
            return self._values(node, name)
        if kind == "any":
            return node
        raise AssertionError(f"unknown parameter kind {kind}")

    def _text(self, kind: str, node: YNode, name: str, param: Param | None) -> str | None:
        text, problem = expect_text(node)
        if problem is not None:
            self.problems.append(
                Problem(problem.line, problem.col, problem.code, f"`{name}`: {problem.message}")
            )
            return None
        assert text is not None
        if kind in ("text", "line"):
            if not text.strip():
                self.problem(node, "S012", f"`{name}` is empty")
                return None
            if len(text) > MAX_TEXT:
                self.problem(
                    node, "S025", f"`{name}` is {len(text)} characters long (at most {MAX_TEXT})"
                )
                return None
            if kind == "line" and has_markup(text):
                try:
                    parse_words(text)
                except WordsError as exc:
                    quoted = isinstance(node, YScalar) and node.style in ("single", "double")
                    col = node.pos.col + (1 if quoted else 0) + exc.col - 1
                    self.problems.append(Problem(node.pos.line, col, "S027", exc.message))
                    return None
            return text
        if text == "" and param is not None and param.default == "" and kind != "facing":
            return text  # an optional reference left empty on purpose (`end_chapter: ""` ends the game)
        if kind == "facing" and text not in FACINGS:
            self.problem(
                node, "S013", f"`{name}` must be one of {', '.join(FACINGS)}, not {text!r}"
            )
            return None
        if param is not None and param.choices and text not in param.choices:
            self.problem(
                node, "S013", f"`{name}` must be one of {', '.join(param.choices)}, not {text!r}"
            )
            return None
        if kind != "facing" and not ID_RE.match(text):
            self.problem(
                node,
                "S014",
                f"`{name}` must be an id (lower case letters, digits, _ . -), not {text!r}",
            )
            return None
        return text

    def _condition(self, node: YNode, name: str) -> Condition | None:
        text, problem = expect_text(node)
        if problem is not None or text is None:
            if isinstance(node, YScalar) and node.kind == "bool":  # `if: true` is allowed
                return Condition(
                    str(node.value).lower(),
                    expr.parse(str(node.value).lower()),
                    node.pos.line,
                    node.pos.col,
                )
            self.problem(node, "S015", f"`{name}` must be a condition written as text")
            return None
        col = node.pos.col + (
            1 if isinstance(node, YScalar) and node.style in ("single", "double") else 0
        )
        try:
            tree = expr.parse(text)
        except expr.ExprError as exc:
            self.problems.append(Problem(node.pos.line, col + exc.col - 1, "E001", exc.message))
            return None
        return Condition(text, tree, node.pos.line, col)

    def _values(self, node: YNode, name: str) -> dict[str, bool | int | str] | None:
        if not isinstance(node, YMap) or not node.items:
            self.problem(
                node,
                "S016",
                f"`{name}` must be a mapping of names to values, e.g. {{told_lucy: true}}",
            )
            return None
        out: dict[str, bool | int | str] = {}
        for key, value in node.items:
            if not re.match(r"^[a-z_][a-z0-9_]*$", key.text):
                self.problem(
                    key, "S017", f"{key.text!r} is not a valid flag name (lower case, digits, _)"
                )
                continue
            if not isinstance(value, YScalar) or value.kind not in ("bool", "int", "str"):
                self.problem(
                    value, "S018", f"`{key.text}` must be true/false, a whole number or text"
                )
                continue
            if value.kind == "int" and not (
                isinstance(value.value, int) and abs(value.value) <= FLAG_INT_MAX
            ):
                self.problem(
                    value, "S024", f"`{key.text}` must be from -{FLAG_INT_MAX} to {FLAG_INT_MAX}"
                )
                continue
            if value.kind == "str" and len(value.text) > MAX_TEXT:
                self.problem(value, "S025", f"`{key.text}` is longer than {MAX_TEXT} characters")
                continue
            out[key.text] = value.value  # type: ignore[assignment]
        return out
