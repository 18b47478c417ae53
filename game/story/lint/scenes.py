"""Checks over scenes: references by parameter kind, conditions, line ids, line lengths, flags,
reachability and beat coverage. Every pass is linear in the number of commands."""

from __future__ import annotations

import re
from pathlib import Path

from game.paths import content_root
from game.story.library import _effects, conditions_of
from game.story.lint.content import Content, guarded
from game.story.lint.refs import Refs, check_condition
from game.story.model import Command, Scene
from game.text.metrics import FontMetrics

TEXT_WIDTH = 444  # px of the text box without a portrait
TEXT_WIDTH_PORTRAIT = 386
TEXT_WIDTH_ASIDE = 392  # a line from the game itself (an actor with `box: aside`, e.g. a hint)
MAX_LINES = 4
_REPO = content_root()  # the checkout, or an installed game's own content


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
            if c.wants(scene.file):
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
                for name in values:
                    self.sets.setdefault(name, (scene.file, where.line, where.col))
            for name, param in type(cmd).params.items():
                if param.kind == "ref:scene" and isinstance(cmd.args.get(name), str):
                    self.reached.add(cmd.args[name])

    def second_pass(self, scene: Scene) -> None:
        for cmd in scene.walk():
            self.command(scene, cmd)

    def command(self, scene: Scene, cmd: Command) -> None:
        c, cls, file = self.c, type(cmd), scene.file
        actor = cmd.args.get(actor_param(cls) or "")
        map_arg = next((cmd.args[n] for n, p in cls.params.items() if p.kind == "ref:map"), None)
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
            self.length(file, cmd, cmd.args.get(key), actor)
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

    def length(self, file: str, cmd: Command, text: object, actor: object) -> None:
        if self.fit is None or not isinstance(text, str):
            return
        info = self.c.lib.actors.get(actor) if isinstance(actor, str) else None
        width = TEXT_WIDTH_PORTRAIT if info is not None and info.portrait else TEXT_WIDTH
        if info is not None and info.box == "aside":
            width = TEXT_WIDTH_ASIDE
        count = self.fit.lines(text, width)
        if count > MAX_LINES:
            shown = "more than 5" if count > MAX_LINES + 1 else str(count)
            self.c.add(
                file, cmd.line, cmd.col, "L032",
                f"line needs {shown} lines in the text box (at most {MAX_LINES} fit); split it",
            )  # fmt: skip
        missing = sorted(
            {ch for ch in text[:2000] if ch != "\n" and not self.fit.font.has_glyph(ch)}
        )
        if missing:
            shown_chars = " ".join(repr(ch) for ch in missing[:8])
            self.c.add(
                file, cmd.line, cmd.col, "L033",
                f"the game's font has no letter for {shown_chars}: it would show as a box",
            )  # fmt: skip

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
