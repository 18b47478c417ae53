"""Maps load, objects are well formed, links resolve, and nobody can walk off the edge."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import pytest
import pytmx
import yaml

ROOT = Path(__file__).resolve().parents[1]
MAPS = sorted((ROOT / "maps").glob("*.tmx"))
KINDS = {"spawn", "door", "warp", "trigger", "npc", "look", "memory", "point", "solid"}
ACTORS = yaml.safe_load((ROOT / "dialogue" / "actors.yaml").read_text(encoding="utf-8"))
REQUIRED = {
    "door": {"map", "spawn"},
    "warp": {"map", "spawn"},
    "trigger": {"scene"},
    "npc": {"actor", "facing", "scene"},
    "look": {"scene"},
    "memory": {"memory", "scene"},
}


def load(path: Path) -> pytmx.TiledMap:
    return pytmx.TiledMap(str(path))


def kind(obj: pytmx.TiledObject) -> str:
    return obj.type or getattr(obj, "class", "") or ""


def spawns(path: Path) -> set[str]:
    return {o.name for o in load(path).objects if kind(o) == "spawn"}


def test_required_maps_exist() -> None:
    names = {p.stem for p in MAPS}
    assert {"hailsham_grounds", "main_house_hall"} <= names


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_objects_are_known_and_complete(path: Path) -> None:
    tmx = load(path)
    assert [g.name for g in tmx.objectgroups] == ["objects"]
    for obj in tmx.objects:
        assert kind(obj) in KINDS, f"{obj.name}: unknown type {kind(obj)!r}"
        missing = REQUIRED.get(kind(obj), set()) - set(obj.properties)
        assert not missing, f"{obj.name}: missing {missing}"
        if kind(obj) == "npc":
            assert obj.properties["facing"] in {"down", "left", "right", "up"}
            assert (obj.width, obj.height) == (16, 16)
    assert any(kind(o) == "spawn" for o in tmx.objects)
    npc_names = [o.name for o in tmx.objects if kind(o) == "npc"]
    assert len(npc_names) == len(set(npc_names))


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_doors_and_npcs_resolve(path: Path) -> None:
    for obj in load(path).objects:
        if kind(obj) in ("door", "warp"):
            target = ROOT / "maps" / f"{obj.properties['map']}.tmx"
            assert target.exists(), f"{obj.name}: no map {target.name}"
            assert obj.properties["spawn"] in spawns(target)
        if kind(obj) == "npc":
            # an npc's `actor` is an actor id; the engine draws it with that actor's sprite
            actor = ACTORS.get(obj.properties["actor"])
            assert actor is not None, f"{obj.name}: no actor {obj.properties['actor']!r}"
            sheet = ROOT / "assets" / "sprites" / f"{actor.get('sprite')}.png"
            assert sheet.exists(), f"{obj.name}: no sprite {sheet.name}"


def blocked(tmx: pytmx.TiledMap) -> set[tuple[int, int]]:
    """Cells with a solid tile on any layer drawn below the actors, or a solid rect."""
    cells = set()
    for layer in tmx.visible_layers:
        if not isinstance(layer, pytmx.TiledTileLayer) or layer.name.startswith("above"):
            continue
        for x, y, gid in layer.iter_data():
            if gid and (tmx.get_tile_properties_by_gid(gid) or {}).get("solid"):
                cells.add((x, y))
    for obj in tmx.objects:
        if kind(obj) == "solid":
            for y in range(int(obj.y // 16), int((obj.y + obj.height - 1) // 16) + 1):
                for x in range(int(obj.x // 16), int((obj.x + obj.width - 1) // 16) + 1):
                    cells.add((x, y))
    return cells


def covered_by_exit(tmx: pytmx.TiledMap, x: int, y: int) -> bool:
    cx, cy = x * 16 + 8, y * 16 + 8
    return any(
        kind(o) in ("door", "warp") and o.x <= cx < o.x + o.width and o.y <= cy < o.y + o.height
        for o in tmx.objects
    )


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_border_is_closed(path: Path) -> None:
    tmx = load(path)
    solid = blocked(tmx)
    w, h = tmx.width, tmx.height
    edge = {(x, y) for x in range(w) for y in (0, h - 1)} | {
        (x, y) for y in range(h) for x in (0, w - 1)
    }
    open_cells = sorted(c for c in edge if c not in solid and not covered_by_exit(tmx, *c))
    assert not open_cells, f"walkable edge cells: {open_cells[:10]}"


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_spawns_and_npcs_stand_on_walkable_ground(path: Path) -> None:
    tmx = load(path)
    solid = blocked(tmx)
    for obj in tmx.objects:
        if obj.properties.get("poses") or obj.properties.get("pose"):
            continue  # a seat or a bed: someone sits or lies on the furniture itself
        if kind(obj) in ("spawn", "npc", "point"):
            cell = (int(obj.x // 16), int(obj.y // 16))
            assert cell not in solid, f"{obj.name} at {cell} is inside something solid"


def test_grounds_has_the_places_scenes_need() -> None:
    objs = {o.name: o for o in load(ROOT / "maps" / "hailsham_grounds.tmx").objects}
    for name in ("start", "from_hall", "scanner", "fence_gap", "field_centre", "pavilion_steps"):
        assert name in objs, name
    npcs = [o for o in objs.values() if kind(o) == "npc"]
    assert 2 <= len(npcs) <= 6
    # people who wait somewhere for part of the chapter say when (a condition), the rest are always there
    assert sum(1 for o in npcs if o.properties.get("condition")) >= len(npcs) - 2


def test_hospital_corridor_is_a_hospital_with_the_theatre_window() -> None:
    """The prologue's corridor uses the hospital tiles and shows the theatre through its window."""
    tmx = load(ROOT / "maps" / "hospital_corridor.tmx")
    assert [ts.name for ts in tmx.tilesets] == ["hospital"]
    names = set()
    for layer in tmx.visible_layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            for _x, _y, gid in layer.iter_data():
                if gid:
                    names.add(str((tmx.get_tile_properties_by_gid(gid) or {}).get("name", "")))
    for part in ("theatre_window/0,0", "theatre_window/5,1", "doors_double/0,0", "station/0,1"):
        assert part in names, part
    objs = {o.name: o for o in tmx.objects}
    assert {"window_spot", "theatre_door", "east_door"} <= set(objs)
