"""Resolving references (scene, actor, map, sound ...) and checking conditions, for every checker.

Kept apart so scenes, maps and data files all resolve names the same way and with the same codes.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from game.story import expr
from game.story.lint.content import Content
from game.story.runner import FUNCTIONS
from game.story.yamlsrc import YMap, YScalar

# ref kind -> (code, noun used in messages)
REF_CODES = {
    "scene": ("L001", "scene"),
    "actor": ("L002", "actor"),
    "point": ("L004", "point"),
    "map": ("L006", "map"),
    "spawn": ("L007", "spawn"),
    "music": ("L008", "music track"),
    "sound": ("L009", "sound"),
    "item": ("L010", "item"),
    "memory": ("L011", "memory"),
    "chapter": ("L012", "chapter"),
    "sprite": ("L013", "sprite sheet"),
    "ambient": ("L016", "ambient bed"),
    "picture": ("L018", "picture"),
}


_HINT_BUDGET = [500]  # did-you-mean lookups per run: hostile files must stay fast


def _hint(value: str, pool: Iterable[str]) -> str:
    if _HINT_BUDGET[0] <= 0:
        return ""
    names = sorted(pool)
    if len(names) > 2000:
        return ""
    _HINT_BUDGET[0] -= 1
    close = difflib.get_close_matches(value, names, n=1)
    return f" (did you mean `{close[0]}`?)" if close else ""


def reset_hints() -> None:
    _HINT_BUDGET[0] = 500


class Refs:
    """Name lookups over loaded content, built once (sets, so each lookup is O(1))."""

    def __init__(self, c: Content) -> None:
        self.c = c
        self.points: dict[str, set[str]] = {}  # point/spawn name -> maps that have it
        for name, data in c.maps.items():
            for obj in data.objects:
                if obj.kind in ("point", "spawn") and obj.name:
                    self.points.setdefault(obj.name, set()).add(name)
        self.player = ""
        if isinstance(c.manifest, YMap):
            player = c.manifest.get("player")
            actor = player.get("actor") if isinstance(player, YMap) else None
            if isinstance(actor, YScalar):
                self.player = actor.text

    def pool(self, what: str, map_name: str | None = None) -> Iterable[str] | None:
        c = self.c
        pools: dict[str, Iterable[str]] = {
            "scene": c.lib.scenes,
            "actor": [*c.lib.actors, self.player] if self.player else c.lib.actors,
            "point": self.points,
            "map": c.maps,
            "music": c.music,
            "sound": c.sounds,
            "item": c.lib.items,
            "memory": c.lib.memories,
            "chapter": c.lib.chapters,
            "sprite": c.sprites,
            "ambient": c.ambient,
            "picture": c.pictures,
        }
        if what == "spawn":
            data = c.maps.get(map_name or "")
            if data is None:
                return None  # the map itself is reported
            return {o.name for o in data.objects if o.kind == "spawn"}
        return pools.get(what)

    def problem(self, what: str, value: str, map_name: str | None = None) -> tuple[str, str] | None:
        """(code, message) when ``value`` names no known ``what``; None when fine or unknowable."""
        if what not in REF_CODES:
            return None
        pool = self.pool(what, map_name)
        if pool is None or value in pool:
            return None
        code, noun = REF_CODES[what]
        where = f" in map `{map_name}`" if what == "spawn" else ""
        return code, f"unknown {noun} `{value}`{where}{_hint(value, pool)}"

    def check(
        self, what: str, value: str, file: str, line: int, col: int, map_name: str | None = None
    ) -> None:
        found = self.problem(what, value, map_name)
        if found is not None:
            self.c.add(file, line, col, *found)


def check_condition(
    c: Content,
    tree: expr.Expr,
    file: str,
    line: int,
    col: int,
    reads: set[str],
    line_ids: set[str] | None,
    want: expr.Type | None = expr.Type.BOOL,
) -> None:
    """Type-check a parsed condition (or, with ``want`` None, a value shown in a line), note the
    flags it reads, and check literal ids it names."""
    reads.update(name for name, _ in expr.names(tree))
    for err in expr.check(tree, c.lib.flag_types, FUNCTIONS, want=want):
        message = err.message
        if message.startswith("unknown name"):
            code, message = "E002", message + " (no scene sets this flag)"
        elif message.startswith("unknown function"):
            code = "E004"
        else:
            code = "E003"
        c.add(file, line, col + err.col - 1, code, message)
    for name, args, fcol in expr.calls(tree):
        if len(args) != 1 or not isinstance(args[0], str):
            continue
        arg, where = args[0], col + fcol - 1
        if name == "seen" and line_ids is not None and arg not in line_ids:
            c.add(file, line, where, "L015", f"no line has the id `{arg}`{_hint(arg, line_ids)}")
        elif name == "found" and arg not in c.lib.memories:
            c.add(file, line, where, "L011", f"unknown memory `{arg}`{_hint(arg, c.lib.memories)}")
        elif name in ("has", "count") and arg not in c.lib.items:
            c.add(file, line, where, "L010", f"unknown item `{arg}`{_hint(arg, c.lib.items)}")
        elif name == "visited" and arg not in c.lib.scenes:
            c.add(file, line, where, "L001", f"unknown scene `{arg}`{_hint(arg, c.lib.scenes)}")
