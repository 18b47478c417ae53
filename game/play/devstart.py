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
from game.world.actor import SUB
from game.world.mapdata import MapError, MapObject

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
    where, spawn, _obj = scene_place(ctx, scene_id)
    return where, spawn


def scene_place(ctx: Any, scene_id: str) -> tuple[str, str, MapObject | None]:
    """(map, spawn, the map object that plays it or leads to it, if any)."""
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
    where, label = place_of(graph, scene_id) or (None, "")
    chapter = ctx.content.chapters.get(scene.chapter or "") or {}
    if where is None and chapter.get("map"):
        return str(chapter["map"]), str(chapter.get("spawn") or ""), None
    if where is None or where not in maps:
        raise StartError(f"nothing says where scene {scene_id!r} plays (no map object or chapter)")
    obj = next((o for o in maps[where].objects if (o.name or str(o.obj_id)) == label), None)
    if chapter.get("map") == where:
        return where, str(chapter.get("spawn") or ""), obj
    spawns = maps[where].of_kind("spawn")
    return where, spawns[0].name if spawns else "", obj


def stand_at(play: Play, obj: MapObject) -> None:
    """Put Kathy where the player would be when the object plays its scene: inside a trigger or a
    door, else on free floor beside the thing or person, facing it."""
    world, player = play.world, play.world.player
    r = obj.rect
    if obj.kind in ("trigger", "door", "warp"):
        spots = [(r.center, player.facing)]
    else:
        cx, cy = r.center if r.w or r.h else (r.x, r.y)
        half_w, half_h = max(r.w // 2, 4), max(r.h // 2, 4)
        spots = [((cx, cy + half_h + 6), "up"), ((cx, cy - half_h - 4), "down"),
                 ((cx - half_w - 8, cy), "right"), ((cx + half_w + 8, cy), "left")]  # fmt: skip
    for (x, y), facing in spots:
        if not world.static_blocked(player.box(x * SUB, y * SUB)):
            player.x, player.y = world.clear_spot(player, x * SUB, y * SUB)
            player.facing = facing
            world.place_player(player.x // SUB, player.y // SUB, facing)
            return


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
    where, spawn, obj = scene_place(ctx, scene_id)
    play = Play(ctx, where, spawn, state)
    if obj is not None:
        stand_at(play, obj)
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
