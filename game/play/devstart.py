"""The writer's starts (`--dev`): straight into any scene, on its map, with chosen flags; a jump
to a scene or a chapter from the dev menu; flags set while playing.

`hailsham --dev --scene h05_art --flags told_lucy=true,mood=quiet,tokens=3` builds the play here:
the scene's chapter and its declared start state, the flags laid over it, on the map the scene
plays in (the map whose object plays it, or that of the scene that leads to it).
"""

from __future__ import annotations

import re
from typing import Any

from game.play.play import Play
from game.play.start import StartError, declared_state
from game.state import GameState
from game.story.graph import build_graph, place_of
from game.story.library import _effects
from game.world.mapdata import MapError

FLAG = re.compile(r"^[a-z_][a-z0-9_]*$")


def parse_flags(text: str) -> dict[str, bool | int | str]:
    """`a=true,b=3,c=quiet,d` -> {a: True, b: 3, c: "quiet", d: True}; StartError if malformed."""
    out: dict[str, bool | int | str] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        name, eq, raw = part.partition("=")
        name = name.strip()
        if not FLAG.match(name):
            raise StartError(f"--flags: {name!r} is not a flag name (lower case, digits, _)")
        out[name] = _value(raw.strip()) if eq else True
    return out


def _value(raw: str) -> bool | int | str:
    if raw in ("true", "false"):
        return raw == "true"
    if re.fullmatch(r"-?\d{1,9}", raw):
        return int(raw)
    return raw.strip("\"'")


def apply_flags(ctx: Any, state: GameState, flags: dict[str, bool | int | str]) -> list[str]:
    """Set flags (and items: a name from items.yaml sets how many she has); problems as text."""
    problems = []
    items = ctx.content.items if ctx.content else {}
    types = ctx.content.flag_types if ctx.content else {}
    for name, value in flags.items():
        if name in items:
            if type(value) is not int or value < 0:
                problems.append(f"--flags: {name} is an item: give a count ({name}=2)")
                continue
            if value:
                state.items[name] = value
            else:
                state.items.pop(name, None)
            continue
        if name not in types:
            problems.append(f"--flags: no scene sets `{name}` (set anyway)")
        state.flags[name] = value
    return problems


def scene_map(ctx: Any, scene_id: str) -> tuple[str, str]:
    """(map, spawn) where a scene plays; StartError when nothing says."""
    scene = ctx.content.scenes.get(scene_id)
    if scene is None:
        raise StartError(f"no scene {scene_id!r}")
    maps = {}
    for path in sorted(ctx.paths.maps.glob("*.tmx")) + _mod_maps(ctx):
        try:
            maps[path.stem] = ctx.maps.get(path.stem)
        except MapError:
            continue  # reported where it is played
    graph = build_graph(ctx.content.scenes, maps, ctx.content.chapters)
    where = place_of(graph, scene_id)
    chapter = ctx.content.chapters.get(scene.chapter or "") or {}
    if where is None and chapter.get("map"):
        return str(chapter["map"]), str(chapter.get("spawn") or "")
    if where is None or where not in maps:
        raise StartError(f"nothing says where scene {scene_id!r} plays (no map object or chapter)")
    if chapter.get("map") == where:
        return where, str(chapter.get("spawn") or "")
    spawns = maps[where].of_kind("spawn")
    return where, spawns[0].name if spawns else ""


def _mod_maps(ctx: Any) -> list:
    mods = getattr(ctx.mods, "mods", []) or []
    return [p for m in mods if m.maps.is_dir() for p in sorted(m.maps.glob("*.tmx"))]


def scene_start(
    ctx: Any,
    scene_id: str,
    flags: dict[str, bool | int | str] | None = None,
    state: GameState | None = None,
) -> tuple[Play, list[str]]:
    """A play straight into ``scene_id`` on its map: the chapter's declared start state (or
    ``state``), ``flags`` over it. Raises StartError or MapError."""
    scene = ctx.content.scenes.get(scene_id)
    if scene is None:
        raise StartError(f"no scene {scene_id!r}")
    info = ctx.content.chapters.get(scene.chapter or "") or {}
    if state is None:
        state = declared_state(info, 0)
        state.chapter = scene.chapter or ""
        if info.get("sprite"):
            state.flags["_player_sprite"] = str(info["sprite"])
    problems = apply_flags(ctx, state, flags or {})
    play = Play(ctx, *scene_map(ctx, scene_id), state)
    play.director.start(scene_id)
    return play, problems


def flag_values(lib: Any) -> dict[str, list[bool | int | str]]:
    """Every flag the content sets, with the values it is set to (for the dev flag editor)."""
    out: dict[str, list[bool | int | str]] = {}
    for scene in lib.scenes.values():
        for cmd in scene.walk():
            for kind, values, _where in _effects(cmd):
                for name, value in values.items():
                    known = out.setdefault(name, [])
                    if kind == "set" and value not in known:
                        known.append(value)
    return {k: sorted(v, key=repr) for k, v in sorted(out.items())}
