"""Staging that acts: poses, gestures and pace as simulation state (saved, hashed, drawn), and
people who never stand inside each other."""

import textwrap

import pygame
import pytest

from game.boot import build_context
from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.render.actors import PoseSheets, draw_actor, frame_name, gesture_step
from game.save import savegame
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation
from game.world.actor import SUB, Actor
from game.world.spacing import BODY_W, crowds
from tests.mapkit import write_map

NONE = InputFrame()
SKIP = InputFrame(frozenset({Action.SKIP}))

# A common room: a bench (solid) along the top wall with a seat point on it, a bed on the left
# with its pillow point, and floor to stand on.
STAGE = [
    "############",
    "#..........#",
    "#..........#",
    "#.#........#",
    "#.#........#",
    "#..........#",
    "#..........#",
    "############",
]
STAGE_OBJECTS = [
    ("spawn", "start", 120, 88, 0, 0, {}),
    ("npc", "ruth", 152, 40, 16, 16, {"actor": "ruth", "facing": "down"}),
    ("npc", "tommy", 88, 72, 16, 16, {"actor": "tommy", "facing": "left"}),
    ("npc", "reader", 104, 16, 16, 16, {"actor": "tommy", "pose": "sit", "condition": "false"}),
    ("solid", "bench", 96, 16, 32, 16, {}),
    ("point", "seat", 104, 24, 0, 0, {"poses": "sit"}),
    ("point", "pillow", 40, 56, 0, 0, {"poses": "lie,sit"}),
    ("point", "by_bed", 56, 72, 0, 0, {}),
    ("point", "on_ruth", 154, 46, 0, 0, {}),
    ("point", "bench_front", 112, 44, 0, 0, {}),
]
ACTORS = """hero: {name: Kathy, sprite: kathy_child}
ruth: {name: Ruth, sprite: ruth_child, pace: 40}
tommy: {name: Tommy, sprite: tommy_child}
"""


@pytest.fixture
def stage(content, tmp_path):
    write_map(content / "maps" / "stage.tmx", STAGE, STAGE_OBJECTS)
    (content / "dialogue" / "actors.yaml").write_text(ACTORS)
    counter = [0]

    def build(*scenes):
        for text in scenes:
            counter[0] += 1
            path = content / "dialogue" / f"st{counter[0]}.yaml"
            path.write_text(textwrap.dedent(text))
        ctx = build_context(tmp_path / f"d{counter[0]}", headless=True, root=content, quiet=True)
        assert not ctx.notices.lines, ctx.notices.lines
        sim = Simulation(ctx, WorldScreen(Play(ctx, "stage", "start")))
        for _ in range(20):
            sim.tick()
        return ctx, sim, sim.stack.top

    return build


def play(sim, screen, scene_id, limit=900, frame=NONE):
    assert screen.director.start(scene_id)
    for _ in range(limit):
        if screen.director.run is None:
            return
        sim.tick(frame)
    raise AssertionError("scene did not end")


def px(actor):
    return actor.x // SUB, actor.y // SUB


def test_sit_at_a_point_and_stand_back_where_she_came_from(stage):
    _ctx, sim, screen = stage(
        "scene: sit\nsteps:\n  - walk: {actor: tommy, to: bench_front}\n"
        "  - pose: {actor: tommy, pose: sit, at: seat, facing: down}\n",
        "scene: up\nsteps:\n  - pose: {actor: tommy, pose: stand}\n",
    )
    tommy = screen.director.actor("tommy")
    before = (112, 44)
    play(sim, screen, "sit")
    assert (tommy.pose, px(tommy), tommy.facing) == ("sit", (104, 24), "down")
    play(sim, screen, "up")
    assert (tommy.pose, px(tommy)) == ("stand", before)


def test_getting_up_far_from_home_lands_on_floor_not_furniture(stage):
    _, sim, screen = stage(
        "scene: sit\nsteps:\n  - pose: {actor: ruth, pose: sit, at: seat}\n"
        "  - show: {actor: ruth, at: seat}\n  - pose: {actor: ruth, pose: sit, at: seat}\n"
        "  - pose: {actor: ruth, pose: stand}\n"
    )
    ruth = screen.director.actor("ruth")
    play(sim, screen, "sit")
    assert ruth.pose == "stand"
    assert not screen.world.static_blocked(ruth.box())  # stepped off the bench


def test_an_npc_can_be_found_sitting(stage):
    _, _sim, screen = stage()
    reader = screen.world.actors["reader"]
    assert reader.pose == "sit" and px(reader) == (112, 24)


def test_lie_crouch_kneel_and_facing(stage):
    _, sim, screen = stage(
        """\
        scene: poses
        steps:
          - pose: {actor: hero, pose: lie, at: pillow, facing: left}
          - set: {lay: true}
          - pose: {actor: tommy, pose: kneel, facing: up}
          - pose: {actor: ruth, pose: crouch}
        """
    )
    play(sim, screen, "poses")
    hero = screen.world.player
    assert (hero.pose, px(hero), hero.facing) == ("lie", (40, 56), "left")
    assert screen.director.actor("tommy").pose == "kneel"
    assert screen.director.actor("tommy").facing == "up"
    assert screen.director.actor("ruth").pose == "crouch"


def test_lying_down_is_on_the_back_unless_told(stage):
    _, sim, screen = stage(
        "scene: lie\nsteps:\n  - face: {actor: hero, to: left}\n"
        "  - pose: {actor: hero, pose: lie, at: pillow}\n"
    )
    play(sim, screen, "lie")
    assert (screen.world.player.pose, screen.world.player.facing) == ("lie", "down")


def test_a_hug_from_behind_keeps_the_far_face_in_view(stage):
    _, sim, screen = stage(
        "scene: hug\nsteps:\n  - pose: {actor: ruth, pose: hug, with: hero, facing: up}\n"
    )
    play(sim, screen, "hug")
    hero, ruth = screen.world.player, screen.director.actor("ruth")
    assert (ruth.facing, hero.facing, ruth.x) == ("up", "down", hero.x)
    assert ruth.y - hero.y == 9 * SUB  # she is the near one, her back to us


def test_hug_turns_two_people_face_to_face_and_walking_lets_go(stage):
    _, sim, screen = stage(
        "scene: hug\nsteps:\n  - pose: {actor: hero, pose: hug, with: tommy}\n",
        "scene: let_go\nsteps:\n  - walk: {actor: tommy, to: by_bed}\n",
    )
    hero, tommy = screen.world.player, screen.director.actor("tommy")
    play(sim, screen, "hug")
    assert (hero.pose, tommy.pose) == ("hug", "hug")
    assert (hero.partner, tommy.partner) == ("tommy", hero.id)
    assert hero.y == tommy.y and abs(hero.x - tommy.x) < BODY_W * SUB  # close, arms round
    assert {hero.facing, tommy.facing} == {"left", "right"}
    assert (hero.facing == "left") == (hero.x > tommy.x)  # turned towards each other
    play(sim, screen, "let_go")
    assert (hero.pose, tommy.pose) == ("stand", "stand")


def test_the_player_gets_up_off_the_bench_and_can_walk_away(stage):
    _, sim, screen = stage(
        "scene: sit\nsteps:\n  - show: {actor: hero, at: bench_front}\n"
        "  - pose: {actor: hero, pose: sit, at: seat}\n"
    )
    play(sim, screen, "sit")
    hero = screen.world.player
    assert screen.world.static_blocked(hero.box())  # the seat is on the (solid) bench
    for _ in range(20):
        sim.tick(InputFrame(frozenset({Action.DOWN})))
    assert hero.pose == "stand" and not screen.world.static_blocked(hero.box())
    assert hero.y // SUB > 44  # walked off, down from where she got up


def test_the_player_walking_off_stands_up(stage):
    _, sim, screen = stage("scene: sit\nsteps:\n  - pose: {actor: hero, pose: kneel}\n")
    play(sim, screen, "sit")
    assert screen.world.player.pose == "kneel"
    sim.tick(InputFrame(frozenset({Action.UP})))
    assert screen.world.player.pose == "stand"


def test_gesture_runs_for_its_ticks_and_wait_waits(stage):
    _, sim, screen = stage(
        "scene: g\nsteps:\n  - gesture: {actor: tommy, gesture: stamp, ticks: 30, wait: true}\n"
        "  - set: {after: true}\n"
    )
    tommy = screen.director.actor("tommy")
    screen.director.start("g")
    sim.tick()
    assert tommy.gesture == "stamp" and tommy.gesture_left == 30  # counts from the next tick
    for _ in range(20):
        sim.tick()
    assert screen.state.flags.get("after") is None and tommy.gesture == "stamp"
    for _ in range(15):
        sim.tick()
    assert screen.state.flags.get("after") is True and tommy.gesture == ""


def test_a_gesture_skips_with_the_scene(stage):
    _, sim, screen = stage(
        "scene: g\nsteps:\n  - gesture: {actor: tommy, gesture: shake, ticks: 80, wait: true}\n"
    )
    screen.director.start("g")
    for _ in range(12):
        sim.tick(SKIP)
    assert screen.director.run is None and screen.director.actor("tommy").gesture == ""


def test_pace_from_actors_yaml_and_the_pace_command(stage):
    _, sim, screen = stage(
        "scene: slow\nsteps:\n  - walk: {actor: ruth, to: by_bed, wait: false}\n",
        "scene: hero_slow\nsteps:\n  - pace: {actor: hero, percent: 50}\n",
        "scene: back\nsteps:\n  - pace: {actor: hero, percent: 0}\n",
    )
    director = screen.director
    play(sim, screen, "slow")
    assert director.walkers["ruth"].speed == 8  # 40 % of 20 sub-pixels a tick
    right = InputFrame(frozenset({Action.RIGHT}))  # the clear way: people stand to her left here
    x0 = screen.world.player.x
    for _ in range(10):
        sim.tick(right)
    normal = screen.world.player.x - x0
    play(sim, screen, "hero_slow")
    x1 = screen.world.player.x
    for _ in range(10):
        sim.tick(InputFrame(frozenset({Action.LEFT})))  # back the way she came
    assert normal == 200 and x1 - screen.world.player.x == normal // 2
    play(sim, screen, "back")
    assert screen.world.player.pace == 0


def test_show_onto_someone_steps_aside_the_same_way_every_time(stage):
    _, sim, screen = stage("scene: s\nsteps:\n  - show: {actor: tommy, at: on_ruth}\n")
    play(sim, screen, "s")
    tommy, ruth = screen.director.actor("tommy"), screen.director.actor("ruth")
    assert not crowds(tommy.x, tommy.y, ruth.x, ruth.y)
    assert not screen.world.static_blocked(tommy.box())
    first = px(tommy)
    _, sim2, screen2 = stage()
    play(sim2, screen2, "s")
    assert px(screen2.director.actor("tommy")) == first
    assert first[1] == 46  # sideways first: people stand in rows


def test_walking_onto_someone_ends_beside_them(stage):
    _, sim, screen = stage("scene: w\nsteps:\n  - walk: {actor: tommy, to: on_ruth}\n")
    play(sim, screen, "w")
    tommy, ruth = screen.director.actor("tommy"), screen.director.actor("ruth")
    assert not crowds(tommy.x, tommy.y, ruth.x, ruth.y) and not tommy.moving


def test_staging_survives_save_and_load(stage):
    ctx, sim, screen = stage(
        """\
        scene: set_up
        steps:
          - pose: {actor: tommy, pose: sit, at: seat}
          - pose: {actor: hero, pose: hug, with: ruth}
          - pace: {actor: ruth, percent: 60}
          - gesture: {actor: tommy, gesture: nod, ticks: 200}
        """
    )
    play(sim, screen, "set_up")
    data = savegame.capture(ctx, screen.play)
    restored, problem = savegame.restore(ctx, data)
    assert problem is None
    for name in ("tommy", "ruth", "hero"):
        a, b = screen.director.actor(name), restored.director.actor(name)
        assert a.staging() == b.staging() and px(a) == px(b)
    assert restored.director.actor("tommy").staging()["gesture"][0] == "nod"
    assert restored.world.snapshot() == screen.world.snapshot()


def test_old_saves_load_with_everyone_standing(stage):
    ctx, sim, screen = stage("scene: s\nsteps:\n  - pose: {actor: tommy, pose: kneel}\n")
    play(sim, screen, "s")
    data = savegame.capture(ctx, screen.play)
    del data["world"]["staging"]
    restored, _ = savegame.restore(ctx, data)
    assert restored.director.actor("tommy").pose == "stand"


@pytest.mark.parametrize(
    "bad", [{"pose": "fly"}, {"gesture": ["stamp", 5, 2]}, {"pace": -3}, {"home": "x"}, []]
)
def test_malformed_staging_in_a_save_is_ignored(bad):
    actor = Actor("a", "s", 0, 0)
    actor.restore_staging(bad)
    assert actor.staging() == {}


def test_standing_actors_hash_as_before():
    """No pose, gesture or pace: the snapshot is the old 8 fields (recorded runs keep verifying)."""
    actor = Actor("a", "s", 16, 32)
    assert len(actor.snapshot()) == 8
    actor.pose = "sit"
    assert actor.snapshot()[-1] == {"pose": "sit"}


def test_same_scene_same_hash_and_poses_change_it(stage):
    scene = "scene: p\nsteps:\n  - pose: {actor: tommy, pose: crouch}\n  - wait: 5\n"
    _, sim, screen = stage(scene)
    play(sim, screen, "p")
    _, sim2, screen2 = stage()
    play(sim2, screen2, "p")
    assert sim.state_hash() == sim2.state_hash()
    screen2.director.actor("tommy").pose = "kneel"
    assert sim.state_hash() != sim2.state_hash()


# -- drawing ----------------------------------------------------------------------------------------
REPO_ASSETS = __import__("pathlib").Path(__file__).resolve().parents[1] / "assets"


def sheets():
    return PoseSheets(REPO_ASSETS, lambda m: pytest.fail(m))


def test_gesture_steps_loop_or_hold():
    seq = (("a", 3), ("b", 2))
    assert [gesture_step(seq, t) for t in range(7)] == ["a", "a", "a", "b", "b", "a", "a"]
    held = (("up", 2), ("face", 0))
    assert [gesture_step(held, t) for t in (0, 1, 2, 50)] == ["up", "up", "face", "face"]


def test_frame_names_follow_pose_and_gesture():
    layout = sheets().layout
    actor = Actor("a", "kathy_child", 0, 0)
    assert frame_name(actor, layout) == ""  # standing: the walk sheet
    actor.pose = "sit"
    assert frame_name(actor, layout) == "sit"
    actor.gesture, actor.gesture_left, actor.gesture_total = "hands_to_face", 30, 60
    assert frame_name(actor, layout) == "sit.hands_to_face.1"
    actor.gesture = "stamp"  # no seated stamp: she stays seated
    assert frame_name(actor, layout) == "sit"
    actor.pose = "stand"
    assert frame_name(actor, layout).startswith("stamp.")


def test_drawing_a_pose_uses_the_pose_sheet():
    class Res:
        shadow = pygame.Surface((12, 5))
        poses = sheets()

        def actor_frame(self, *a):
            raise AssertionError("a posed actor is drawn from the walk sheet")

    target = pygame.Surface((64, 64), pygame.SRCALPHA)
    actor = Actor.at_pixel("k", "kathy_child", 32, 32)
    actor.pose, actor.facing = "lie", "down"
    draw_actor(target, Res(), actor, (0, 0))
    assert target.get_bounding_rect().height > 12


def test_every_character_has_a_full_pose_sheet():
    import sys

    sys.path.insert(0, str(REPO_ASSETS / "tools"))
    import sprites

    layout = sheets().layout
    w, h = layout.cell
    for ch in sprites.load_characters():
        image = pygame.image.load(str(REPO_ASSETS / "sprites" / "poses" / f"{ch.ident}.png"))
        assert image.get_size() == (w * len(layout.frames), h * 4), ch.ident
        for name, (col, _anchor) in layout.frames.items():
            for row in range(4):
                cell = image.subsurface((col * w, row * h, w, h))
                assert cell.get_bounding_rect().height >= 8, (ch.ident, name, row)


def test_layout_covers_every_pose_and_gesture():
    from game.world.actor import GESTURES, POSES

    layout = sheets().layout
    assert set(POSES) - {"stand"} <= set(layout.frames)
    assert set(GESTURES) == set(layout.gestures)
    for steps in layout.gestures.values():
        assert all(not f or f in layout.frames for f, _ in steps)
