"""The node tree that `game.story.yamlsrc` reads YAML into, and reading values out of it.

Every node keeps its line and column, so a problem anywhere in a scene file is reported as
``file:line:col: CODE message``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Pos:
    line: int
    col: int


@dataclass
class YNode:
    pos: Pos


@dataclass
class YScalar(YNode):
    text: str  # the scalar's content as YAML reads it (quotes removed, escapes applied)
    style: str  # 'plain' | 'single' | 'double' | 'literal' | 'folded'
    value: object  # what YAML 1.1 makes of it: str, int, float, bool, None, date or datetime
    kind: str = "str"  # the resolved type: str int float bool null timestamp (merge, value)
    end: Pos | None = None  # just after the scalar in the file

    def pos_at(self, index: int) -> Pos:
        """File position of ``text[index]`` (e.g. a column inside a condition), exact when
        the scalar sits on one line without escapes; otherwise the scalar's own position."""
        quotes = {"plain": 0, "single": 2, "double": 2}.get(self.style)
        end = self.end
        if (
            quotes is not None
            and end is not None
            and end.line == self.pos.line
            and end.col - self.pos.col == len(self.text) + quotes
            and 0 <= index <= len(self.text)
        ):
            return Pos(self.pos.line, self.pos.col + quotes // 2 + index)
        return self.pos


@dataclass
class YMap(YNode):
    items: list[tuple[YScalar, YNode]] = field(default_factory=list)

    def get(self, key: str) -> YNode | None:
        item = self.get_item(key)
        return item[1] if item else None

    def get_item(self, key: str) -> tuple[YScalar, YNode] | None:
        """The key node (for its position) and the value node."""
        for k, v in self.items:
            if k.text == key:
                return k, v
        return None

    def keys(self) -> list[str]:
        return [k.text for k, _ in self.items]


@dataclass
class YSeq(YNode):
    items: list[YNode] = field(default_factory=list)


@dataclass(frozen=True)
class YamlProblem:
    line: int
    col: int
    code: str
    message: str

    def format(self, path: str) -> str:
        return f"{path}:{self.line}:{self.col}: {self.code} {self.message}"


# --- reading values ----------------------------------------------------------------------------


def describe(node: YNode) -> str:
    """A few words for messages: 'a mapping', 'a list', 'text', 'the number 3', ..."""
    if isinstance(node, YMap):
        return "a mapping"
    if isinstance(node, YSeq):
        return "a list"
    assert isinstance(node, YScalar)
    return {
        "str": "text",
        "bool": f"the boolean {str(node.value).lower()}",
        "null": "null (no value)",
        "int": f"the number {clip(str(node.value))}",
        "float": f"the number {clip(str(node.value))}",
        "timestamp": "a date",
    }.get(node.kind, "text")


_NOT_TEXT = ("bool", "null", "int", "float", "timestamp")


def is_text(node: YNode) -> bool:
    """True for a scalar YAML reads as a string (quoted, block, or plain that is no
    bool/null/number/date; an invalid date such as 2024-13-45 still counts as a date)."""
    return isinstance(node, YScalar) and node.kind not in _NOT_TEXT


def clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def misread(node: YScalar, what: str) -> str:
    if node.kind == "null" and node.text == "":
        return f"{what} is missing here (it is empty)"
    return f"YAML reads `{clip(node.text)}` as {describe(node)} here, but {what} must be text"


def expect_text(node: YNode) -> tuple[str | None, YamlProblem | None]:
    """The text of a field meant as text, or a Y010 problem saying what YAML read instead."""
    pos = node.pos
    if isinstance(node, YScalar):
        if is_text(node):
            return node.text, None
        if node.kind == "null" and node.text == "":
            return None, YamlProblem(pos.line, pos.col, "Y010", "expected text here, found nothing")
        message = (
            f"YAML reads `{clip(node.text)}` as {describe(node)} here; "
            "put it in quotes if you mean the text"
        )
        return None, YamlProblem(pos.line, pos.col, "Y010", message)
    found = f"expected text here, found {describe(node)}"
    return None, YamlProblem(pos.line, pos.col, "Y010", found)


def to_python(node: YNode | None) -> object:
    """Plain dicts, lists and values (positions dropped), built without recursion."""
    if node is None:
        return None

    def make(n: YNode) -> object:
        if isinstance(n, YMap):
            return {}
        if isinstance(n, YSeq):
            return []
        return n.value  # type: ignore[attr-defined]

    root = make(node)
    stack: list[tuple[YNode, object]] = [(node, root)]
    while stack:
        n, out = stack.pop()
        if isinstance(n, YMap):
            for k, v in n.items:
                child = make(v)
                out[k.text] = child  # type: ignore[index]
                stack.append((v, child))
        elif isinstance(n, YSeq):
            for v in n.items:
                child = make(v)
                out.append(child)  # type: ignore[attr-defined]
                stack.append((v, child))
    return root
