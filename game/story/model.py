"""Scenes and commands: the shape of a scene file once read.

Every command is one class with typed parameters (``params``) and a docstring; the format reference,
the JSON Schema and the linter are all generated from these, so they cannot drift apart.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from game.story.params import Param, Problem, Reader
from game.story.yamlsrc import YMap, YNode, YScalar, YSeq

if TYPE_CHECKING:
    from game.story.runner import SceneRun, Wait

REGISTRY: dict[str, type[Command]] = {}


class Command:
    """Base of every scene command."""

    key: ClassVar[str] = ""
    params: ClassVar[dict[str, Param]] = {}
    short: ClassVar[str | None] = None  # the parameter a plain value fills: `- wait: 30`
    inline: ClassVar[bool] = False  # parameters sit beside the key: `- if: ...` / `then:` / `else:`
    whole: ClassVar[bool] = (
        False  # the value, even a mapping, is the short parameter: `set: {a: 1}`
    )
    category: ClassVar[str] = "other"
    example: ClassVar[str] = ""
    scene_id: str = ""  # the scene it belongs to (set once the file is read): id-less lines use it

    def __init__(self, args: dict[str, Any], line: int, col: int, path: str) -> None:
        self.args = args
        self.line, self.col, self.path = line, col, path

    def __init_subclass__(cls, **kw: Any) -> None:
        super().__init_subclass__(**kw)
        if cls.key:
            REGISTRY[cls.key] = cls

    def __getitem__(self, name: str) -> Any:
        return self.args.get(name, self.params[name].default)

    def build(self, reader: Reader, nodes: dict[str, YNode]) -> None:
        """Read parameters of kinds the generic reader leaves as nodes (nested steps, options)."""

    def children(self) -> list[tuple[str, list[Command]]]:
        """Nested step lists, each with its path suffix (for saving a position and for the linter)."""
        return []

    def start(self, run: SceneRun) -> Wait | None:
        """Do the command; return a Wait if the scene must wait for it."""
        raise NotImplementedError

    def line_id(self) -> str | None:
        return None

    def auto_id(self, path: str | None = None) -> str:
        """The id of a line written without one: unique across all scenes (`@scene:path`), so
        the backlog, skip-seen and saves never mistake one id-less line for another."""
        return f"@{self.scene_id}:{self.path if path is None else path}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.args!r})"


@dataclass
class Scene:
    id: str
    file: str
    beat: str | None
    chapter: str | None
    steps: list[Command]
    line: int = 1
    source: str = "base"  # "base" or the mod that supplied it
    meta: dict[str, Any] = field(default_factory=dict)

    def walk(self) -> list[Command]:
        """Every command in the scene, depth first, in file order."""
        out: list[Command] = []
        stack = [iter(self.steps)]
        while stack:
            cmd = next(stack[-1], None)
            if cmd is None:
                stack.pop()
                continue
            out.append(cmd)
            for _suffix, steps in reversed(cmd.children()):
                stack.append(iter(steps))  # the first child list ends up on top: file order
        return out

    def steps_at(self, path: str) -> list[Command] | None:
        """The step list a path names ("" is the top level)."""
        if path == "":
            return self.steps
        for cmd in self.walk():
            for suffix, steps in cmd.children():
                if f"{cmd.path}.{suffix}" == path:
                    return steps
        return None

    def find_line(self, line_id: str) -> Command | None:
        return next((c for c in self.walk() if c.line_id() == line_id), None)


def parse_steps(node: YNode, reader: Reader, path: str) -> list[Command]:
    if not isinstance(node, YSeq):
        reader.problem(node, "S002", "`steps` must be a list of commands")
        return []
    out = []
    for i, item in enumerate(node.items):
        cmd = parse_command(item, reader, f"{path}.{i}" if path else str(i))
        if cmd is not None:
            out.append(cmd)
    return out


def parse_command(node: YNode, reader: Reader, path: str) -> Command | None:
    if not isinstance(node, YMap) or not node.items:
        reader.problem(node, "S003", "each step must be a command such as `say: {...}`")
        return None
    keys = [k for k, _ in node.items if k.text in REGISTRY]
    if not keys:
        first = node.items[0][0]
        hint = difflib.get_close_matches(first.text, list(REGISTRY), n=1)
        tip = f" (did you mean `{hint[0]}`?)" if hint else ""
        reader.problem(first, "S001", f"unknown command `{first.text}`{tip}")
        return None
    key = keys[0]
    cls = REGISTRY[key.text]
    if len(keys) > 1 and not cls.inline:
        reader.problem(
            keys[1], "S004", f"one command per step: found `{key.text}` and `{keys[1].text}`"
        )
    value = node.get(key.text)
    assert value is not None
    raw: dict[str, tuple[YScalar, YNode]] = {}
    if cls.inline:
        for k, v in node.items:
            raw[k.text if k is not key else cls.short or key.text] = (k, v)
    elif isinstance(value, YMap) and not cls.whole:
        raw = {k.text: (k, v) for k, v in value.items}
    elif cls.short is not None:
        raw = {cls.short: (key, value)}
    else:
        reader.problem(value, "S005", f"`{key.text}` takes a mapping of parameters")
        return None
    return _bind(cls, raw, key, reader, path)


def _bind(
    cls: type[Command],
    raw: dict[str, tuple[YScalar, YNode]],
    key: YScalar,
    reader: Reader,
    path: str,
) -> Command | None:
    args: dict[str, Any] = {}
    nodes: dict[str, YNode] = {}
    for name, (knode, vnode) in raw.items():
        param = cls.params.get(name)
        if param is None:
            hint = difflib.get_close_matches(name, list(cls.params), n=1)
            tip = f" (did you mean `{hint[0]}`?)" if hint else ""
            allowed = ", ".join(cls.params)
            reader.problem(
                knode, "S006", f"`{cls.key}` has no parameter `{name}`{tip}; it takes: {allowed}"
            )
            continue
        nodes[name] = vnode
        if param.kind in ("steps", "options", "any") or param.kind.startswith("custom"):
            continue
        value = reader.read(param.kind, vnode, name, param)
        if value is not None:
            args[name] = value
    for name, param in cls.params.items():
        if param.required and name not in raw:
            reader.problem(key, "S007", f"`{cls.key}` needs `{name}`")
    # The command is kept even when a parameter was bad, so later steps still parse; the problems
    # already mark the file as broken (the library leaves such a file out).
    cmd = cls(args, key.pos.line, key.pos.col, path)
    cmd.build(reader, nodes)
    return cmd


def read_steps_param(
    cmd: Command, reader: Reader, nodes: dict[str, YNode], name: str
) -> list[Command]:
    node = nodes.get(name)
    if node is None:
        return []
    return parse_steps(node, reader, f"{cmd.path}.{name}")


__all__ = ["REGISTRY", "Command", "Param", "Problem", "Scene", "parse_command", "parse_steps"]
