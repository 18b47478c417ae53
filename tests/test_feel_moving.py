"""How moving feels on the real maps: props block at their drawn feet, doors take Kathy from off-centre.

Headless: the worlds are built from the committed maps and walked one tick at a time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.world.actor import FOOT_H, FOOT_W, SUB, Actor
from game.world.geometry import Rect
from game.world.mapdata import MapData, load_map
from game.world.world import World

ROOT = Path(__file__).resolve().parents[1]
# The places of the prologue and Chapter 1 (the maps their scenes and doors lead to).
FIRST_MAPS = (
    "hospital_corridor",
    "main_house_hall",
    "hailsham_grounds",
    "dormitory",
    "assembly_hall",
    "assembly_hall_sale",
    "art_room",
    "classroom",
    "infirmary",
    "guardians_corridor",
)
STEPS = {"down": (0, 1), "up": (0, -1), "left": (-1, 0), "right": (1, 0)}


def _map(name: str) -> MapData:
    return load_map(ROOT / "maps" / f"{name}.tmx")


def _world(data: MapData, px: int, py: int) -> World:
    world = World(data, Actor.at_pixel("hero", "hero", px, py))
    world.actors.clear()  # the doors themselves are under test, not who stands near them
    return world


def _approach(world: World, door: Rect) -> tuple[str, int, int] | None:
    """The side a person walks into ``door`` from: (direction to walk, start x, start y)."""
    cx, cy = door.center
    for away in (20, 12, 6, 2):
        for facing, (vx, vy) in STEPS.items():
            # start a little out on the side opposite the walking direction, clear of the door
            sx = cx - vx * (door.w // 2 + FOOT_W // 2 + away)
            sy = cy - vy * (door.h // 2 + FOOT_H // 2 + away)
            if not world.static_blocked(world.player.box(sx * SUB, sy * SUB)):
                return facing, sx, sy
    return None


def _doors(name: str) -> list[tuple[str, Rect]]:
    return [(o.name, o.rect) for o in _map(name).of_kind("door", "warp")]


CASES = [(name, door) for name in FIRST_MAPS for door, _ in _doors(name)]


def test_chapter_one_has_doors_to_walk_through() -> None:
    assert len(CASES) >= 10


@pytest.mark.parametrize(("name", "door_name"), CASES)
@pytest.mark.parametrize("off", [-100, -60, -30, 0, 30, 60, 100])
def test_every_door_takes_her_from_off_centre(name: str, door_name: str, off: int) -> None:
    """``off`` in percent of half the door's width: at +-100 her middle is at the door's edge
    (half of her over the wall beside it), where a player lines up by eye."""
    data = _map(name)
    door = next(o.rect for o in data.of_kind("door", "warp") if o.name == door_name)
    probe = _world(data, 0, 0)
    found = _approach(probe, door)
    assert found, f"{name}:{door_name}: nowhere to walk in from"
    facing, sx, sy = found
    vx, vy = STEPS[facing]
    # off-centre across the walking direction (where the start is free; walls may be right there)
    half = (door.w if vy else door.h) // 2
    sx, sy = (sx + off * half // 100, sy) if vy else (sx, sy + off * half // 100)
    world = _world(data, sx, sy)
    if world.static_blocked(world.player.box()):
        pytest.skip("that start is inside a wall")
    for _ in range(200):
        world.walk(world.player, vx, vy)
        if world.player.box().overlaps(door.scaled(SUB)):
            return
    raise AssertionError(f"{name}:{door_name}: walking {facing} from {off:+} px never reached it")


def _prop_cells(data: MapData) -> list[tuple[int, int]]:
    return [(c % data.width, c // data.width) for c in sorted(data.feet)]


def test_props_block_at_their_feet_not_their_whole_tile() -> None:
    data = _map("hailsham_grounds")
    cells = _prop_cells(data)
    assert cells, "the grounds have lamps, benches, shrubs and a birdbath"
    for tx, ty in cells:
        for part in data.feet[ty * data.width + tx]:
            assert part.w * part.h < data.tile_w * data.tile_h  # less than the whole tile
    # Somewhere a prop stands, Kathy can put her feet in the top of its tile.
    world = _world(data, 0, 0)
    roomy = 0
    for tx, ty in cells:
        x = tx * 16 + 8
        y = ty * 16 + FOOT_H // 2  # feet box in the tile's top rows
        if not world.static_blocked(world.player.box(x * SUB, y * SUB)):
            roomy += 1
    assert roomy > 0


def test_walking_into_a_prop_stops_at_its_drawn_feet() -> None:
    data = _map("hailsham_grounds")
    world = _world(data, 0, 0)
    for tx, ty in _prop_cells(data):
        (part,) = data.feet[ty * data.width + tx][:1]
        x = part.x + part.w // 2  # the feet are in map pixels
        y0 = ty * 16 - 24  # from above, walking down onto it
        if world.static_blocked(world.player.box(x * SUB, y0 * SUB)):
            continue
        world.player.x, world.player.y = x * SUB, y0 * SUB
        for _ in range(60):
            world.walk(world.player, 0, 1)
        bottom = world.player.box().bottom // SUB
        if bottom == part.y:  # stopped flush against the feet, not the tile's top
            return
    raise AssertionError("no prop on the grounds stopped her at its feet")


def test_feet_property_is_checked(tmp_path: Path) -> None:
    from game.world.mapdata import MapError, _feet

    assert _feet("3,9,10,6", 16, 16, "m") == Rect(3, 9, 10, 6)
    assert _feet(None, 16, 16, "m") is None
    for bad in ("3,9", "a,b,c,d", "0,0,17,4", "-1,0,4,4"):
        with pytest.raises(MapError, match="feet"):
            _feet(bad, 16, 16, "m.tmx")


def test_someone_behind_a_prop_is_hidden_by_it_not_drawn_over_it(tmp_path: Path) -> None:
    import pygame

    from game.boot import build_context
    from game.input.actions import Action, InputFrame
    from game.play.play import Play
    from game.render.resources import Resources
    from game.screens.world_screen import WorldScreen
    from game.simulation import Simulation

    ctx = build_context(tmp_path / "d", headless=False, root=ROOT, quiet=True)
    ctx.assets = Resources(ROOT / "assets", ctx.notices.report)
    play = Play(ctx, "hailsham_grounds", "from_hall")
    screen = WorldScreen(play)
    sim = Simulation(ctx, screen)
    for _ in range(40):
        sim.tick()
    for _ in range(60):  # down the path onto the birdbath: she stops behind it
        sim.tick(InputFrame(frozenset({Action.DOWN})))
    world = play.world
    p = world.player
    cell = (p.y // SUB + 8) // 16 * world.map.width + p.x // SUB // 16
    assert cell in world.map.feet_tiles, "she stands just behind the birdbath"
    with_prop = pygame.Surface((480, 270))
    screen.draw_place(with_prop, ctx)
    feet = world.map.feet[cell]
    world.map.feet_tiles.pop(cell)  # the same frame without drawing the birdbath again
    without = pygame.Surface((480, 270))
    screen.draw_place(without, ctx)
    cam = screen.camera((480, 270))
    bowl = (feet[0].x + feet[0].w // 2 - cam[0], feet[0].y - 3 - cam[1])  # above its feet
    assert with_prop.get_at(bowl) != without.get_at(bowl)
