"""Checks over maps (object kinds, needed properties, references, conditions) and the data files
(manifest, chapters, actors, memories). They also record which scenes are reached, and from which
maps, for the scene checks that follow."""

from __future__ import annotations

import re
from typing import Any

from game.story import expr
from game.story.commands.keepsake import LOOKS
from game.story.lint.content import Content, guarded
from game.story.lint.refs import Refs, check_condition
from game.story.yamlsrc import YMap, YNode, YScalar
from game.world.mapdata import OBJECT_KINDS, MapData

# What each object kind needs to work (see docs/DESIGN map conventions).
REQUIRED: dict[str, tuple[str, ...]] = {
    "door": ("map", "spawn"),
    "warp": ("map", "spawn"),
    "trigger": ("scene",),
    "look": ("scene",),
    "npc": ("actor",),
    "memory": ("memory",),
}
NAMED = ("spawn", "point")
_OBJECT_RE = re.compile(r"<object\b[^>]*?\bid=\"(\d+)\"")


def _map_prop_line(text: str, name: str) -> int:
    """The line of a map-level `<property name="...">` (before the first layer), else 1."""
    head = text.split("<layer", 1)[0].split("<objectgroup", 1)[0]
    at = head.find(f'<property name="{name}"')
    return head.count("\n", 0, at) + 1 if at >= 0 else 1


def object_lines(text: str) -> dict[int, int]:
    """Object id -> line of its <object> tag in the TMX text (one linear scan)."""
    out: dict[int, int] = {}
    line, last = 1, 0
    for m in _OBJECT_RE.finditer(text):
        line += text.count("\n", last, m.start())
        last = m.start()
        out.setdefault(int(m[1]), line)
    return out


class WorldChecks:
    def __init__(self, c: Content, refs: Refs) -> None:
        self.c, self.refs = c, refs
        self.reads: set[str] = set()
        self.reached: set[str] = set()
        self.scene_maps: dict[str, set[str]] = {}

    def run(self) -> None:
        c = self.c
        for data in c.maps.values():
            guarded(c, data.path, self.map, data)
        guarded(c, c.manifest_path, self.manifest)
        guarded(c, c.dialogue / "chapters.yaml", self.chapters)
        guarded(c, c.dialogue / "actors.yaml", self.actors)
        guarded(c, c.dialogue / "memories.yaml", self.memories)

    def map(self, data: MapData) -> None:
        c, file = self.c, str(data.path)
        self.map_sound(data, file)
        lines = object_lines(c.map_texts.get(data.name, ""))
        seen: dict[tuple[str, str], int] = {}
        for obj in data.objects:
            line = lines.get(obj.obj_id, 1)
            label = f"{obj.kind or 'object'} `{obj.name or obj.obj_id}`"
            if obj.kind not in OBJECT_KINDS:
                what = f"unknown kind `{obj.kind}`" if obj.kind else "no type (class)"
                c.add(file, line, 1, "L051", f"object `{obj.name or obj.obj_id}` has {what}; "
                      f"kinds: {', '.join(OBJECT_KINDS)}")  # fmt: skip
                continue
            for prop in REQUIRED.get(obj.kind, ()):
                if not str(obj.prop(prop, "")).strip():
                    c.add(file, line, 1, "L052", f"{label} needs a `{prop}` property")
            if obj.kind in NAMED:
                if not obj.name:
                    c.add(file, line, 1, "L052", f"a {obj.kind} needs a name")
                elif (obj.kind, obj.name) in seen:
                    first = seen[(obj.kind, obj.name)]
                    c.add(file, line, 1, "L053", f"{label} is also on line {first}")
                else:
                    seen[(obj.kind, obj.name)] = line
            self.props(data, obj.props, file, line, label)

    def map_sound(self, data: MapData, file: str) -> None:
        """The map's own sound: its `ambient` bed and its footstep family (`steps`)."""
        bed = str(data.props.get("ambient", "") or "").strip()
        line = _map_prop_line(self.c.map_texts.get(data.name, ""), "ambient")
        if bed:
            self.refs.check("ambient", bed, file, line, 1)
        steps = str(data.props.get("steps", "") or "").strip()
        if steps and f"step_{steps}" not in self.c.sounds:
            families = sorted(s[5:] for s in self.c.sounds if s.startswith("step_"))
            line = _map_prop_line(self.c.map_texts.get(data.name, ""), "steps")
            self.c.add(file, line, 1, "L017", f"unknown footstep family `{steps}` (no sound "
                       f"`step_{steps}`; families: {', '.join(families)})")  # fmt: skip

    def props(self, data: MapData, props: dict[str, Any], file: str, line: int, label: str) -> None:
        c, refs = self.c, self.refs
        text = {k: str(v) for k, v in props.items() if isinstance(v, str) and v.strip()}
        if "scene" in text:
            self.reached.add(text["scene"])
            self.scene_maps.setdefault(text["scene"], set()).add(data.name)
            refs.check("scene", text["scene"], file, line, 1)
        if "map" in text:
            refs.check("map", text["map"], file, line, 1)
            if "spawn" in text:
                refs.check("spawn", text["spawn"], file, line, 1, text["map"])
        if "actor" in text:
            refs.check("actor", text["actor"], file, line, 1)
        if "memory" in text:
            refs.check("memory", text["memory"], file, line, 1)
        if "condition" in text:
            before = len(c.findings)
            try:
                tree = expr.parse(text["condition"])
            except expr.ExprError as exc:
                c.add(file, line, 1, "E001", f"{label} condition: {exc.message} (col {exc.col})")
                return
            check_condition(c, tree, file, line, 1, self.reads, None)
            for i in range(before, len(c.findings)):  # name the object in its condition problems
                f = c.findings[i]
                c.findings[i] = type(f)(
                    f.file, f.line, 1, f.code, f"{label} condition: {f.message}"
                )

    # -- data files ------------------------------------------------------------------------------
    def manifest(self) -> None:
        root, file = self.c.manifest, str(self.c.manifest_path)
        if not isinstance(root, YMap):
            return
        new_game = _get(root, "new_game")
        start_map = _text(_get(new_game, "map"))
        for section, key in (("new_game", "map"), ("new_game", "spawn"), ("player", "actor")):
            if not _text(_get(_get(root, section), key)):
                self.c.add(file, root.pos.line, root.pos.col, "L060", f"needs `{section}.{key}`")
        self._ref(root, ("new_game", "map"), "map", file)
        self._ref(root, ("new_game", "spawn"), "spawn", file, start_map)
        self._ref(root, ("player", "sprite"), "sprite", file)
        self._ref(root, ("title_music",), "music", file)
        stack: list[YNode] = [root]
        while stack:  # any `scene:` anywhere in the manifest starts that scene
            node = stack.pop()
            if isinstance(node, YMap):
                for key, value in node.items:
                    if key.text == "scene" and _text(value):
                        self.reached.add(_text(value))
                        if start_map:
                            self.scene_maps.setdefault(_text(value), set()).add(start_map)
                        self.refs.check("scene", _text(value), file, value.pos.line, value.pos.col)
                    stack.append(value)

    def _ref(
        self, root: YMap, keys: tuple[str, ...], what: str, file: str, map_name: str = ""
    ) -> None:
        node: YNode | None = root
        for key in keys:
            node = _get(node, key)
        value = _text(node)
        if node is not None and value:
            self.refs.check(what, value, file, node.pos.line, node.pos.col, map_name or None)

    def chapters(self) -> None:
        file = str(self.c.dialogue / "chapters.yaml")
        for cid, data in self.c.lib.chapters.items():
            line = int(data.get("_line", 1))
            where = str(data.get("map", "") or "")
            for key, what in (
                ("map", "map"),
                ("spawn", "spawn"),
                ("scene", "scene"),
                ("hint", "scene"),
                ("sprite", "sprite"),
            ):
                value = data.get(key)
                if isinstance(value, str) and value:
                    self.refs.check(what, value, file, line, 1, where)
            if isinstance(data.get("hint"), str) and data["hint"]:
                self.reached.add(data["hint"])  # played from the pause menu, on any map
            if isinstance(data.get("scene"), str) and data["scene"]:
                self.reached.add(data["scene"])
                if where:
                    self.scene_maps.setdefault(data["scene"], set()).add(where)
            del cid

    def actors(self) -> None:
        for actor in self.c.lib.actors.values():
            file, line = self.c.table_place("actors", actor.id)
            if actor.sprite:
                self.refs.check("sprite", actor.sprite, str(file), line, 1)
            if actor.portrait and actor.portrait not in self.c.portraits:
                self.c.add(
                    file,
                    line,
                    1,
                    "L014",
                    f"no portrait sheet `{actor.portrait}` in assets/portraits",
                )
            self.talk(actor.id, file, line)

    def talk(self, actor_id: str, file: str, line: int) -> None:
        """An actor's `talk:` list: each entry's scene exists and its `if` is a condition."""
        for scene, cond in self.c.lib.actors[actor_id].talk:
            self.reached.add(scene)
            self.refs.check("scene", scene, file, line, 1)
            if cond:
                try:
                    tree = expr.parse(cond)
                except expr.ExprError as exc:
                    self.c.add(file, line, 1, "E001", f"`{actor_id}` talk if: {exc.message}")
                    continue
                check_condition(self.c, tree, file, line, 1, self.reads, None)

    def memories(self) -> None:
        for memory in self.c.lib.memories.values():
            file, line = self.c.table_place("memories", memory.id)
            if memory.chapter and self.c.lib.chapters:
                self.refs.check("chapter", memory.chapter, file, line, 1)
            self.keepsake(file, line, memory.id, memory.fence_look)
        for item in self.c.lib.items.values():
            file, line = self.c.table_place("items", item.id)
            self.keepsake(file, line, item.id, item.fence_look)

    def keepsake(self, file: str, line: int, ident: str, look: str) -> None:
        """How a memory or a kept thing hangs in the wire at the end (commands/keepsake.py)."""
        if look and look not in LOOKS:
            self.c.add(file, line, 1, "L037",
                       f"`{ident}`: no keepsake look `{look}` (one of {', '.join(LOOKS)})")  # fmt: skip


def _get(node: YNode | None, key: str) -> YNode | None:
    return node.get(key) if isinstance(node, YMap) else None


def _text(node: YNode | None) -> str:
    return node.text if isinstance(node, YScalar) and node.kind == "str" else ""
