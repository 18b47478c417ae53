"""Checks over scenes: references by parameter kind, conditions, line ids, line lengths, flags,
reachability and beat coverage. Every pass is linear in the number of commands."""

from __future__ import annotations

import re
from pathlib import Path

from game.story import expr
from game.story.library import _effects, conditions_of
from game.story.lint.content import Content, guarded
from game.story.lint.refs import Refs, check_condition
from game.story.model import Command, Scene
from game.story.runner import FUNCTIONS
from game.story.words import WordsError, expressions, has_markup, parse_words, widest
from game.text.layout import (
    CHOICE_ROWS,
    CHOICE_TEXT_WIDTH,
    MAX_LINES,
    TEXT_WIDTH,
    TEXT_WIDTH_ASIDE,
    TEXT_WIDTH_PORTRAIT,
)
from game.text.metrics import FontMetrics

_REPO = Path(__file__).resolve().parents[3]


def line_param(cls: type[Command]) -> str | None:
    """The parameter holding a spoken/narrated line (kind `line`), if the command shows one."""
    return next((n for n, p in cls.params.items() if p.kind == "line"), None)


def actor_param(cls: type[Command]) -> str | None:
    return next((n for n, p in cls.params.items() if p.kind == "ref:actor"), None)


class LineFit:
    """Does a line fit the text box? Wrapped with the game's real font, results cached."""

    def __init__(self, root: Path) -> None:
        fonts = root / "assets" / "fonts"
        if not (fonts / "regular.json").is_file():
            fonts = _REPO / "assets" / "fonts"
        self.font = FontMetrics.load(fonts, "regular")
        advances = [g.advance for g in self.font.glyphs.values() if g.advance > 0]
        self.min_advance = max(1, min(advances, default=1))
        self.cache: dict[tuple[str, int], int] = {}

    def problems(self, text: str, width: int, *, option: bool = False) -> list[tuple[str, str]]:
        """(code, message) for a line that does not fit the text box (an option: one row of the
        choice panel), and for letters the font lacks."""
        out = []
        if option:
            wide = self.font.measure(text[:400])
            if "\n" in text or wide > width:
                out.append(("L034", f"option is {wide} px wide; the choice panel shows {width} px "
                            "on one row: shorten it"))  # fmt: skip
        else:
            count = self.lines(text, width)
            if count > MAX_LINES:
                shown = "more than 5" if count > MAX_LINES + 1 else str(count)
                out.append(("L032", f"line needs {shown} lines in the text box (at most "
                            f"{MAX_LINES} fit); split it"))  # fmt: skip
        missing = sorted({ch for ch in text[:2000] if ch != "\n" and not self.font.has_glyph(ch)})
        if missing:
            shown_chars = " ".join(repr(ch) for ch in missing[:8])
            out.append(
                ("L033", f"the game's font has no letter for {shown_chars}: it would show as a box")
            )
        return out

    def lines(self, text: str, width: int) -> int:
        if len(text) * self.min_advance > (width + self.min_advance) * (MAX_LINES + 1):
            return MAX_LINES + 1  # certainly too long; never wrap a huge hostile string
        key = (text, width)
        if key not in self.cache:
            if "\n" not in text and self.font.measure(text) <= width:
                self.cache[key] = 1
            else:
                self.cache[key] = len(self.font.wrap(text, width))
        return self.cache[key]


class SceneChecks:
    def __init__(self, c: Content, refs: Refs, reads: set[str], reached: set[str]) -> None:
        self.c, self.refs = c, refs
        self.reads = reads  # flags read anywhere (maps add theirs before)
        self.reached = reached  # scenes something refers to
        self.line_ids: dict[str, tuple[str, int, int]] = {}
        self.sets: dict[str, tuple[str, int, int]] = {}  # flag -> first place it is set
        self.texts: dict[str, str] = {}  # text flag -> its longest value (lines showing it)
        self.fit: LineFit | None = None
        self.scene_maps: dict[str, set[str]] = {}
        self.id_set: set[str] = set()

    def run(self, scene_maps: dict[str, set[str]]) -> None:
        c = self.c
        self.fit = guarded(c, c.root / "assets" / "fonts", LineFit, c.root)
        scenes = list(c.lib.scenes.values())
        for scene in scenes:
            guarded(c, scene.file, self.first_pass, scene)
        self.id_set = set(self.line_ids)
        self.scene_maps = propagate(scene_maps, c.lib.scenes)
        for scene in scenes:
            guarded(c, scene.file, self.second_pass, scene)
        for name, (file, line, col) in sorted(self.sets.items()):
            if name not in self.reads:
                c.add(file, line, col, "L030", f"flag `{name}` is set but no condition reads it")
        for scene in scenes:
            if scene.id not in self.reached:
                c.add(
                    scene.file,
                    scene.line,
                    1,
                    "L031",
                    f"nothing reaches scene `{scene.id}` (no map object, goto/call or chapter)",
                )
        guarded(c, c.story or c.dialogue, self.beats, scenes)
        guarded(c, c.dialogue, self.call_loops, scenes)

    def call_loops(self, scenes: list[Scene]) -> None:
        """A `call` that comes back round to its own scene nests calls until the game stops it
        (32 deep): warn at each call that closes such a loop."""
        calls: dict[str, list[tuple[str, Command]]] = {}
        for scene in scenes:
            for cmd in scene.walk():
                if cmd.key == "call" and isinstance(cmd.args.get("scene"), str):
                    calls.setdefault(scene.id, []).append((cmd.args["scene"], cmd))
        for scene in scenes:
            for target, cmd in calls.get(scene.id, []):
                seen, todo = {target}, [target]
                while todo and scene.id not in seen:
                    for nxt, _cmd in calls.get(todo.pop(), []):
                        if nxt not in seen:
                            seen.add(nxt)
                            todo.append(nxt)
                if scene.id in seen:
                    self.c.add(scene.file, cmd.line, cmd.col, "L036", f"`call: {target}` comes back "
                               f"round to `{scene.id}`: calls nest until the game stops them "
                               "(use goto to go round)")  # fmt: skip

    def first_pass(self, scene: Scene) -> None:
        """Line ids, flags set and scenes referenced: needed before any command is checked."""
        for cmd in scene.walk():
            ids = []
            if line_param(type(cmd)) and cmd.args.get("id"):
                ids.append((cmd.args["id"], cmd.line, cmd.col))
            for option in getattr(cmd, "options", []):
                node = getattr(option, "node", None)
                line, col = (
                    (node.pos.line, node.pos.col) if node is not None else (cmd.line, cmd.col)
                )
                if not option.id.startswith("@"):
                    ids.append((option.id, line, col))
            for ident, line, col in ids:
                first = self.line_ids.get(ident)
                if first is None:
                    self.line_ids[ident] = (scene.file, line, col)
                    continue
                where = f"{first[0]}:{first[1]}:{first[2]}"
                self.c.add(
                    scene.file, line, col, "L020", f"line id `{ident}` is also used at {where}"
                )
                self.c.add(
                    first[0], first[1], first[2], "L020",
                    f"line id `{ident}` is also used at {scene.file}:{line}:{col}",
                )  # fmt: skip
            for _kind, values, where in _effects(cmd):
                for name, value in values.items():
                    self.sets.setdefault(name, (scene.file, where.line, where.col))
                    if isinstance(value, str) and len(value) > len(self.texts.get(name, "")):
                        self.texts[name] = value
            for name, param in type(cmd).params.items():
                if param.kind == "ref:scene" and isinstance(cmd.args.get(name), str):
                    self.reached.add(cmd.args[name])

    def second_pass(self, scene: Scene) -> None:
        for cmd in scene.walk():
            self.command(scene, cmd)

    def command(self, scene: Scene, cmd: Command) -> None:
        c, cls, file = self.c, type(cmd), scene.file
        actor = cmd.args.get(actor_param(cls) or "")
        map_arg = next(
            (cmd.args.get(n) for n, p in cls.params.items() if p.kind == "ref:map"), None
        )
        for name, param in cls.params.items():
            value = cmd.args.get(name)
            if value is None:
                continue
            kind = param.kind.removeprefix("list:")
            if not kind.startswith("ref:"):
                continue
            for item in value if isinstance(value, list) else [value]:
                if not isinstance(item, str) or not item:
                    continue
                self.reference(scene, cmd, kind[4:], item, actor, map_arg)
        item_refs = getattr(cmd, "item_refs", None)  # commands with custom item lists (shop)
        for item in item_refs() if callable(item_refs) else []:
            self.refs.check("item", item, file, cmd.line, cmd.col)
        key = line_param(cls)
        if key is not None:
            if not cmd.args.get("id"):
                c.add(file, cmd.line, cmd.col, "L021", "line has no id (run `python -m game ids`)")
            self.length(file, cmd, self.shown(file, cmd.line, cmd.col, cmd.args.get(key)), actor)
        self.options(file, cmd)
        for option in getattr(cmd, "options", []):
            if option.id.startswith("@"):
                node = getattr(option, "node", None)
                pos = (node.pos.line, node.pos.col) if node is not None else (cmd.line, cmd.col)
                c.add(file, *pos, "L021", "option has no id (run `python -m game ids`)")
        for cond in conditions_of(cmd):
            check_condition(c, cond.tree, file, cond.line, cond.col, self.reads, self.id_set)

    def reference(
        self, scene: Scene, cmd: Command, what: str, value: str, actor: object, map_arg: object
    ) -> None:
        c, file = self.c, scene.file
        if what == "portrait":
            info = c.lib.actors.get(actor) if isinstance(actor, str) else None
            if info is not None and value not in info.expressions:
                shown = ", ".join(info.expressions)
                c.add(
                    file,
                    cmd.line,
                    cmd.col,
                    "L003",
                    f"`{actor}` has no expression `{value}` ({shown})",
                )
            return
        if what == "point" and value in self.refs.points:
            runs_in = self.scene_maps.get(scene.id, set())
            if runs_in and not (self.refs.points[value] & runs_in):
                maps = ", ".join(sorted(runs_in))
                c.add(file, cmd.line, cmd.col, "L005", f"point `{value}` is not in {maps}")
            return
        self.refs.check(
            what, value, file, cmd.line, cmd.col, map_arg if isinstance(map_arg, str) else None
        )

    def shown(self, file: str, line: int, col: int, text: object) -> object:
        """Check the words inside a line (`{mood}`, `{if ...}`) and give the longest text it can
        show, for measuring; plain lines come back as they are."""
        if not isinstance(text, str) or not has_markup(text):
            return text
        try:
            parts = parse_words(text)
        except WordsError:
            return text  # the reader has reported it (S027)
        for tree, _col, want in expressions(parts):
            before = len(self.c.findings)
            check_condition(self.c, tree, file, line, col, self.reads, self.id_set, want)
            if (
                want is None
                and expr.check(tree, self.c.lib.flag_types, FUNCTIONS, want=expr.Type.BOOL) == []
            ):
                self.c.add(file, line, col, "E003", "a true/false value cannot be shown in a line: "
                           "use {if ...}...{/if}")  # fmt: skip
            for i in range(before, len(self.c.findings)):  # say which words the problem is in
                f = self.c.findings[i]
                self.c.findings[i] = type(f)(
                    f.file, f.line, col, f.code, f"in {{{expr.unparse(tree)}}}: {f.message}"
                )
        return widest(parts, self.widest_value)

    def widest_value(self, tree: expr.Expr) -> str:
        """The longest a value shown in a line can be: a text flag's longest value, a number's
        six digits."""
        if isinstance(tree, expr.Name) and tree.name in self.texts:
            return self.texts[tree.name]
        kind = None
        for want in (expr.Type.INT, expr.Type.STR):
            if not expr.check(tree, self.c.lib.flag_types, FUNCTIONS, want=want):
                kind = want
        return "999999" if kind is expr.Type.INT else "m" * 16

    def length(self, file: str, cmd: Command, text: object, actor: object) -> None:
        if self.fit is None or not isinstance(text, str):
            return
        for code, message in self.fit.problems(text, text_width(self.c, actor)):
            self.c.add(file, cmd.line, cmd.col, code, message)

    def options(self, file: str, cmd: Command) -> None:
        """Each option fits one row of the choice panel; more than it shows at once scroll."""
        options = getattr(cmd, "options", [])
        if len(options) > CHOICE_ROWS:
            self.c.add(file, cmd.line, cmd.col, "L035", f"{len(options)} options: the panel "
                       f"shows {CHOICE_ROWS} at once and scrolls through the rest")  # fmt: skip
        for option in options:
            node = getattr(option, "node", None)
            pos = (node.pos.line, node.pos.col) if node is not None else (cmd.line, cmd.col)
            text = self.shown(file, *pos, option.text)
            if self.fit is None or not isinstance(text, str):
                continue
            for code, message in self.fit.problems(text, CHOICE_TEXT_WIDTH, option=True):
                self.c.add(file, *pos, code, message)

    def beats(self, scenes: list[Scene]) -> None:
        c = self.c
        declared: set[str] = set()
        for scene in scenes:
            if scene.beat is None:
                continue
            declared.add(scene.beat)
            if c.beats and scene.beat not in c.beats:
                line = _key_line(Path(scene.file), "beat") or scene.line
                c.add(scene.file, line, 1, "L041", f"beat `{scene.beat}` is not in {c.story}")
        if c.story is None:
            return
        for beat, (line, col) in c.beats.items():
            if beat not in declared:
                c.add(c.story, line, col, "L040", f"no scene declares beat `{beat}`")


def _key_line(path: Path, key: str) -> int | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    m = re.search(rf"^{key}\s*:", text, re.MULTILINE)
    return text.count("\n", 0, m.start()) + 1 if m else None


def text_width(c: Content, actor: object) -> int:
    """How wide a line may run in the text box: narrower beside the speaker's portrait."""
    info = c.lib.actors.get(actor) if isinstance(actor, str) else None
    if info is not None and info.box == "aside":  # a line from the game itself (a hint)
        return TEXT_WIDTH_ASIDE
    return TEXT_WIDTH_PORTRAIT if info is not None and info.portrait else TEXT_WIDTH


def propagate(start: dict[str, set[str]], scenes: dict[str, Scene]) -> dict[str, set[str]]:
    """Maps each scene can run in: where it is started, plus where goto/call/warp lead."""
    out = {k: set(v) for k, v in start.items()}
    edges: dict[str, list[str]] = {}
    for scene in scenes.values():
        for cmd in scene.walk():
            for name, param in type(cmd).params.items():
                value = cmd.args.get(name)
                if param.kind == "ref:scene" and isinstance(value, str):
                    edges.setdefault(scene.id, []).append(value)
                elif param.kind == "ref:map" and isinstance(value, str):
                    out.setdefault(scene.id, set()).add(value)  # points after a warp
    work = sorted(out)
    while work:
        sid = work.pop()
        for target in edges.get(sid, []):
            have = out.setdefault(target, set())
            if not out[sid] <= have:
                have |= out[sid]
                work.append(target)
    return out
