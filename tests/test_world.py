"""Maps, collision, interaction and doors on small test maps."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation
from game.world.actor import SUB, Actor
from game.world.mapdata import MapError, load_map
from game.world.world import World
from tests.mapkit import HALL, ROOM, ROOM_OBJECTS, write_map


def hold(*actions, press=()):
    return InputFrame(frozenset(actions), frozenset(press))


def world_at(ctx, px, py):
    data = ctx.maps.get("room")
    return World(data, Actor.at_pixel("hero", "hero", px, py))


# -- loading ---------------------------------------------------------------------------------------
def test_map_objects_and_solid_tiles(ctx):
    m = ctx.maps.get("room")
    assert (m.width, m.height, m.tile_w) == (12, 9, 16)
    assert m.is_solid_tile(0, 0) and not m.is_solid_tile(1, 1) and m.is_solid_tile(5, 3)
    assert m.is_solid_tile(-1, 4) and m.is_solid_tile(12, 4)  # off the map is a wall
    kinds = sorted({o.kind for o in m.objects})
    assert kinds == ["door", "look", "memory", "npc", "point", "solid", "spawn", "trigger"]
    door = next(o for o in m.objects if o.kind == "door")
    assert door.prop("map") == "hall" and door.prop("spawn") == "from_room"
    assert m.spawn("from_hall").prop("facing") == "up"
    assert m.point("corner").rect.x == 170


def test_class_attribute_is_read_like_type(tmp_path):
    path = write_map(tmp_path / "m.tmx", ["...", "..."], [("spawn", "s", 8, 8, 0, 0, {})])
    path.write_text(path.read_text().replace('type="spawn"', 'class="spawn"'))
    assert load_map(path).spawn("s") is not None


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (None, "no such map file"),
        ("", "not valid XML"),
        ("<map><layer", "not valid XML"),
        (
            '<?xml version="1.0"?><map version="1.8" orientation="orthogonal" width="2" height="2" '
            'tilewidth="16" tileheight="16" infinite="1"></map>',
            "infinite",
        ),
    ],
)
def test_broken_maps_give_file_and_reason(tmp_path, text, needle):
    path = tmp_path / "broken.tmx"
    if text is not None:
        path.write_text(text)
    with pytest.raises(MapError) as err:
        load_map(path)
    assert str(err.value).startswith(str(path) + ": ") and needle in str(err.value)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=400))
def test_garbage_maps_only_ever_raise_map_error(tmp_path_factory, blob):
    path = tmp_path_factory.mktemp("g") / "g.tmx"
    path.write_bytes(b'<?xml version="1.0"?><map ' + blob)
    with pytest.raises(MapError):
        load_map(path)


# -- collision -------------------------------------------------------------------------------------
def test_walls_stop_her_flush(ctx):
    w = world_at(ctx, 24, 24)
    for _ in range(60):
        w.walk(w.player, -1, 0)
    box = w.player.box()
    assert box.x == 16 * SUB  # flush against the left wall, not a sub-pixel short or inside
    for _ in range(60):
        w.walk(w.player, 0, -1)
    assert w.player.box().y == 16 * SUB


def test_diagonal_into_a_corner_never_enters_walls(ctx):
    w = world_at(ctx, 120, 40)
    for _ in range(200):
        w.walk(w.player, 1, -1)  # into the top-right corner
        box = w.player.box()
        assert not w.blocked_for(w.player)(box)
    box = w.player.box()
    assert box.right == 11 * 16 * SUB and box.y == 16 * SUB


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.integers(-1, 1), st.integers(-1, 1), st.integers(1, 40)), max_size=12))
def test_no_walk_sequence_ever_ends_inside_a_wall(ctx_factory_room, moves):
    w = ctx_factory_room()
    blocked = w.blocked_for(w.player)
    for dx, dy, n in moves:
        for _ in range(n):
            w.walk(w.player, dx, dy)
            assert not blocked(w.player.box())


@pytest.fixture
def ctx_factory_room(ctx):
    return lambda: world_at(ctx, 40, 40)


def test_pillar_corner_nudges_her_round(ctx):
    # Walking up just beside the pillar's edge, she is nudged sideways and slips past.
    pillar_left = 5 * 16
    w = world_at(ctx, pillar_left - 5 + 3, 90)  # feet box overlaps the pillar by 3 px horizontally
    start_y = w.player.y
    for _ in range(60):
        w.walk(w.player, 0, -1)
    assert w.player.y < start_y - 20 * SUB
    assert w.player.box().right <= pillar_left * SUB


def test_npcs_and_solid_rects_block(ctx):
    w = world_at(ctx, 130, 32)
    for _ in range(60):
        w.walk(w.player, 1, 0)
    assert w.player.box().right <= w.actors["girl"].box().x
    w2 = world_at(ctx, 168, 60)
    for _ in range(60):
        w2.walk(w2.player, 0, 1)
    assert w2.player.box().bottom <= 80 * SUB


def test_walking_up_to_someone_never_puts_her_inside_them(ctx):
    from game.world.spacing import crowds

    girl = None
    for start, (dx, dy) in (((130, 32), (1, 0)), ((130, 30), (1, 1)), ((130, 36), (1, -1))):
        w = world_at(ctx, *start)
        girl = w.actors["girl"]
        for _ in range(90):
            w.walk(w.player, dx, dy)
        assert not crowds(w.player.x, w.player.y, girl.x, girl.y)  # beside her, a body apart
    assert girl is not None


def test_facing_and_walk_animation(ctx):
    w = world_at(ctx, 40, 40)
    w.walk(w.player, 0, 1)
    assert w.player.facing == "down"
    w.walk(w.player, 1, 1)  # diagonal keeps a facing that is part of it
    assert w.player.facing == "down"
    w.walk(w.player, -1, 0)
    assert w.player.facing == "left"
    frames = set()
    for _ in range(40):
        w.walk(w.player, 1, 0)
        frames.add(w.player.frame)
    assert frames == {0, 1, 2}
    w.walk(w.player, 0, 0)
    assert w.player.frame == 0 and not w.player.moving


# -- interaction -----------------------------------------------------------------------------------
def test_interact_finds_what_she_faces(ctx):
    w = world_at(ctx, 148, 32)
    w.player.facing = "right"
    obj, actor = w.facing_target()
    assert obj.kind == "npc" and actor is w.actors["girl"]
    w = world_at(ctx, 144, 32)  # a step back: no longer touching her
    w.player.facing = "left"
    assert w.facing_target() is None
    w = world_at(ctx, 72, 64)
    w.player.facing = "right"
    assert w.facing_target()[0].name == "pillar"
    w = world_at(ctx, 40, 88)
    w.player.facing = "left"
    assert w.facing_target()[0].kind == "memory"


def test_trigger_fires_once_on_entry(ctx):
    w = world_at(ctx, 40, 50)
    kinds = []
    for _ in range(30):
        kinds += [e.obj.name for e in w.step(hold(Action.DOWN), control=True)]
    assert kinds == ["centre"]


# -- doors through the world screen ----------------------------------------------------------------
def test_door_fades_to_the_other_map_and_back(ctx):
    sim = Simulation(ctx, WorldScreen(Play(ctx, "room", "from_hall")))
    screen = sim.stack.top
    assert screen.world.map.name == "room"
    ticks = 0
    while screen.world.map.name == "room" and ticks < 60:
        sim.tick(hold(Action.DOWN))
        ticks += 1
    assert screen.world.map.name == "hall" and ticks > 14  # after the fade out
    assert screen.world.player.facing == "down"  # the spawn's facing
    assert screen.pending_warp is not None  # still fading in: no control yet
    for _ in range(30):
        sim.tick(hold(Action.RIGHT))
    assert screen.fade.level == 0 and screen.pending_warp is None
    assert screen.world.player.pixel[0] > 64  # control came back after the fade
    for _ in range(90):
        sim.tick(hold(Action.DOWN, Action.LEFT))
    assert screen.world.map.name == "room"


def test_door_to_a_missing_map_reports_and_keeps_playing(ctx, content):
    (content / "maps" / "hall.tmx").unlink()
    ctx.maps.forget()
    sim = Simulation(ctx, WorldScreen(Play(ctx, "room", "from_hall")))
    for _ in range(80):
        sim.tick(hold(Action.DOWN))
    screen = sim.stack.top
    assert screen.world.map.name == "room"
    assert any("hall.tmx: no such map file" in n for n in ctx.notices.lines)
    for _ in range(40):
        sim.tick(hold(Action.UP))
    assert screen.pending_warp is None and screen.fade.level == 0


def test_unknown_spawn_is_a_map_error(ctx):
    with pytest.raises(MapError, match="no spawn named 'nowhere'"):
        WorldScreen(Play(ctx, "room", "nowhere"))


def test_layouts_are_closed():
    for layout in (ROOM, HALL):
        assert set(layout[0]) == {"#"}
    assert ROOM_OBJECTS


def room_with_door(content, **props):
    """The test room again, its door to the hall given extra properties."""
    door = ("door", "to_hall", 80, 112, 32, 8, {"map": "hall", "spawn": "from_room", **props})
    objects = [door if o[0] == "door" else o for o in ROOM_OBJECTS]
    write_map(content / "maps" / "room.tmx", ROOM, objects)


def test_a_door_with_a_condition_stays_shut_and_says_why(content, tmp_path):
    from game.boot import build_context

    room_with_door(content, condition="may_leave", scene="not_now")
    d = content / "dialogue"
    (d / "not_now.yaml").write_text(
        'scene: not_now\nsteps:\n  - narrate: {id: n.1, text: "Not now."}\n'
    )
    (d / "allow.yaml").write_text("scene: allow\nsteps:\n  - set: {may_leave: true}\n")
    ctx = build_context(tmp_path / "d", headless=True, root=content, quiet=True)
    sim = Simulation(ctx, WorldScreen(Play(ctx, "room", "from_hall")))
    screen = sim.stack.top
    for _ in range(40):
        sim.tick(hold(Action.DOWN))
    assert screen.world.map.name == "room" and screen.director.run.scene.id == "not_now"
    screen.director.run = None
    screen.state.flags["may_leave"] = True
    for _ in range(10):
        sim.tick(hold(Action.UP))
    for _ in range(40):
        sim.tick(hold(Action.DOWN))
    assert screen.world.map.name == "hall"


def test_a_door_label_shows_when_she_comes_near(content, tmp_path):
    from pathlib import Path

    import pygame

    from game.boot import build_context
    from game.render.resources import Resources

    room_with_door(content, label="The hall")
    ctx = build_context(tmp_path / "d", headless=True, root=content, quiet=True)
    ctx.maps.images = True
    ctx.assets = Resources(Path(__file__).resolve().parent.parent / "assets", ctx.notices.report)
    sim = Simulation(ctx, WorldScreen(Play(ctx, "room", "start")))
    screen = sim.stack.top
    screen.fade.finish()
    with_label, without = pygame.Surface((480, 270)), pygame.Surface((480, 270))
    screen.world.place_player(96, 100, "down")
    screen.draw(with_label, ctx)
    door = next(o for o in screen.world.map.objects if o.kind == "door")
    label = door.props.pop("label")
    screen.draw(without, ctx)
    door.props["label"] = label
    changed = [
        (x, y)
        for x in range(480)
        for y in range(270)
        if with_label.get_at((x, y)) != without.get_at((x, y))
    ]
    assert len(changed) > 100
    cam = screen.camera((480, 270))
    assert all(y < door.rect.y - cam[1] + 4 for _x, y in changed)  # drawn just above the doorway
    screen.world.place_player(40, 40, "down")  # far away: no label
    screen.draw(with_label, ctx)
    door.props.pop("label")
    screen.draw(without, ctx)
    assert with_label.get_at((96, 90)) == without.get_at((96, 90))
