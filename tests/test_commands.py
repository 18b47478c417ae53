"""One test (or more) per scene command, each playing a tiny scene headless on the test map."""

import json
import textwrap

import pytest

from game.boot import build_context
from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation

NONE = InputFrame()
CONFIRM = InputFrame(frozenset({Action.CONFIRM}), frozenset({Action.CONFIRM}))
SKIP = InputFrame(frozenset({Action.SKIP}))


class RecordingAudio:
    def __init__(self):
        self.calls = []
        self.bed = None

    def play_music(self, track, *, fade_ms=500, loop=True):
        self.calls.append(("music", track))

    def stop_music(self, *, fade_ms=500):
        self.calls.append(("stop", None))

    def play_sound(self, name):
        self.calls.append(("sound", name))

    def set_volumes(self, *a):
        pass

    def set_ambient(self, bed, *, fade_ms=1500):  # the world asks every tick (tests: test_ambient)
        self.bed = bed or None

    def stop_ambient(self, *, fade_ms=1500):
        self.bed = None


@pytest.fixture
def make(content, tmp_path):
    counter = [0]

    def build(*scenes, chapters=""):
        d = content / "dialogue"
        for text in scenes:
            counter[0] += 1
            (d / f"s{counter[0]}.yaml").write_text(textwrap.dedent(text))
        (d / "actors.yaml").write_text(
            "girl: {name: Polly, sprite: girl_a}\nhero: {name: Kathy, sprite: hero}\n"
        )
        if chapters:
            (d / "chapters.yaml").write_text(textwrap.dedent(chapters))
        ctx = build_context(tmp_path / f"data{counter[0]}", headless=True, root=content, quiet=True)
        assert not ctx.notices.lines, ctx.notices.lines
        ctx.audio = RecordingAudio()
        sim = Simulation(ctx, WorldScreen(Play(ctx, "room", "start")))
        for _ in range(20):  # let the entry fade finish
            sim.tick()
        return ctx, sim, sim.stack.top

    return build


def run(sim, screen, scene_id, limit=600, frame=NONE):
    assert screen.director.start(scene_id)
    for n in range(limit):
        if screen.director.run is None:
            return n
        sim.tick(frame)
    raise AssertionError("scene did not end")


def test_goto_leaves_the_scene(make):
    _, sim, screen = make(
        "scene: a\nsteps:\n  - goto: b\n  - set: {never: true}\n",
        "scene: b\nsteps:\n  - set: {in_b: true}\n  - if: never\n    then: []\n",
    )
    run(sim, screen, "a")
    assert screen.state.visited == ["a", "b"] and screen.state.flags == {"in_b": True}


def test_wait_counts_ticks_and_skip_fast_forwards(make):
    _, sim, screen = make("scene: w\nsteps:\n  - wait: 120\n")
    assert 119 <= run(sim, screen, "w") <= 122
    assert run(sim, screen, "w", frame=SKIP) <= 17


def test_end_stops_the_scene_and_its_caller(make):
    _, sim, screen = make(
        "scene: outer\nsteps:\n  - call: inner\n  - set: {after: true}\n",
        "scene: inner\nsteps:\n  - end: done here\n  - set: {never: true}\n  - if: never\n    then: []\n",
    )
    run(sim, screen, "outer")
    assert screen.state.flags == {}


def test_end_chapter_enters_the_next_chapter(make):
    _, sim, screen = make(
        "scene: finale\nsteps:\n  - end_chapter: two\n",
        "scene: two_start\nsteps:\n  - set: {chapter_two: true}\n",
        chapters="two: {title: Two, map: hall, spawn: from_room, sprite: hero_big, scene: two_start}\n",
    )
    run(sim, screen, "finale")
    for _ in range(5):
        sim.tick()
    assert screen.state.chapter == "two" and screen.world.map.name == "hall"
    assert screen.world.player.sprite == "hero_big"
    for _ in range(5):
        sim.tick()
    assert screen.state.flags["chapter_two"] is True


def test_end_chapter_without_a_next_shows_the_end_card(make):
    _, sim, screen = make("scene: last\nsteps:\n  - end_chapter: ''\n")
    run(sim, screen, "last")
    sim.tick()
    sim.tick()
    assert type(sim.stack.top).__name__ == "EndCard"


def test_face_a_direction_and_another_actor(make):
    _, sim, screen = make(
        "scene: f\nsteps:\n  - face: {actor: girl, to: up}\n  - face: {actor: hero, to: girl}\n"
    )
    run(sim, screen, "f")
    assert screen.world.actors["girl"].facing == "up"
    assert screen.world.player.facing == "right"  # the girl stands to the right of the start


def test_emote_shows_and_goes(make):
    _, sim, screen = make("scene: e\nsteps:\n  - emote: {actor: girl, icon: question, ticks: 30}\n")
    run(sim, screen, "e")
    assert screen.director.emotes["girl"][0] == "question"
    for _ in range(31):
        sim.tick()
    assert "girl" not in screen.director.emotes


def test_emote_that_waits(make):
    _, sim, screen = make(
        "scene: e\nsteps:\n  - emote: {actor: girl, icon: heart, ticks: 40, wait: true}\n"
    )
    assert run(sim, screen, "e") >= 40


def test_show_and_hide(make):
    _, sim, screen = make(  # the girl goes first: `corner` is next to her (see test_staging)
        "scene: s\nsteps:\n  - hide: girl\n  - show: {actor: miss_x, at: corner, facing: left}\n"
    )
    run(sim, screen, "s")
    new = screen.world.actors["miss_x"]
    assert (new.x // 16, new.y // 16, new.facing, new.visible) == (170, 30, "left", True)
    assert screen.world.actors["girl"].visible is False


def test_costume_changes_the_sprite_and_is_remembered(make):
    _, sim, screen = make("scene: c\nsteps:\n  - costume: {actor: hero, sprite: hero_grown}\n")
    run(sim, screen, "c")
    assert screen.world.player.sprite == "hero_grown"
    assert screen.state.flags["_player_sprite"] == "hero_grown"


def test_walk_along_a_path_and_face(make):
    _, sim, screen = make(
        "scene: w\nsteps:\n  - walk: {actor: girl, path: [corner, start], face: down}\n"
    )
    screen.world.place_player(120, 90)  # off `start`, or she would step aside from Kathy
    run(sim, screen, "w")
    girl = screen.world.actors["girl"]
    assert (girl.x // 16, girl.y // 16, girl.facing) == (40, 40, "down")


def test_walk_without_waiting_lets_the_scene_go_on(make):
    _, sim, screen = make(
        "scene: w\nsteps:\n  - walk: {actor: girl, to: start, wait: false}\n  - set: {went_on: true}\n"
    )
    screen.director.start("w")
    sim.tick()
    assert screen.state.flags.get("went_on") is True and "girl" in screen.director.walkers


def test_camera_pan_waits_and_returns_to_follow(make):
    _, sim, screen = make("scene: c\nsteps:\n  - camera: {pan: corner, ticks: 30}\n  - wait: 5\n")
    director = screen.director
    director.start("c")
    start = director.focus()
    for _ in range(15):
        sim.tick()
    middle = director.focus()
    assert middle != start and director.camera.mode == "pan"
    for _ in range(20):
        sim.tick()
    assert director.focus() == (170, 30)
    for _ in range(10):
        sim.tick()
    assert director.run is None and director.camera.mode == "follow"


def test_camera_shake_counts_down(make):
    _, sim, screen = make("scene: c\nsteps:\n  - camera: {shake: 20}\n")
    run(sim, screen, "c")
    assert 0 < screen.director.camera.shake <= 20
    for _ in range(25):
        sim.tick()
    assert screen.director.camera.shake == 0


def test_follow_and_support(make):
    _, sim, screen = make(
        "scene: f\nsteps:\n  - follow: {actor: girl, mode: follow}\n",
        "scene: s\nsteps:\n  - follow: {actor: girl, mode: support}\n",
        "scene: o\nsteps:\n  - follow: {actor: girl, mode: 'off'}\n",
    )
    run(sim, screen, "f")
    right = InputFrame(frozenset({Action.RIGHT}))
    x0 = screen.world.player.x
    for _ in range(40):
        sim.tick(right)
    normal = screen.world.player.x - x0
    girl = screen.world.actors["girl"]
    assert girl.y == screen.world.player.y and girl.x < screen.world.player.x  # trailing behind her
    run(sim, screen, "s")
    x1 = screen.world.player.x
    for _ in range(40):
        sim.tick(InputFrame(frozenset({Action.LEFT})))
    assert x1 - screen.world.player.x < normal * 0.7  # a careful pace
    run(sim, screen, "o")
    assert screen.director.followers.modes == {}


def test_a_follower_comes_through_a_door_behind_her_not_inside_her(make):
    from game.world.spacing import crowds

    _, sim, screen = make("scene: f\nsteps:\n  - follow: {actor: girl, mode: follow}\n")
    run(sim, screen, "f")
    del screen.world.actors["girl"]  # a place she is not in: she comes through the door with Kathy
    screen.play._bring_followers()
    player, girl = screen.world.player, screen.world.actors["girl"]
    assert not crowds(girl.x, girl.y, player.x, player.y)  # standing beside her, not in her
    start = (girl.x, girl.y)
    right = InputFrame(frozenset({Action.RIGHT}))
    for _ in range(3):
        sim.tick(right)
    moved = abs(girl.x - start[0]) + abs(girl.y - start[1])
    assert 0 < moved <= 3 * 2 * 16  # walks on from where she stood: no jump


def test_a_follower_is_seen_where_the_map_keeps_a_hidden_npc_of_hers(make):
    _, sim, screen = make("scene: f\nsteps:\n  - follow: {actor: girl, mode: follow}\n")
    run(sim, screen, "f")
    screen.world.actors["girl"].visible = False  # the map's girl, there only at other times
    screen.play._bring_followers()
    assert screen.director.actor("girl").visible  # the one walking with Kathy


def test_fade_to_black_and_back(make):
    _, sim, screen = make(
        "scene: f\nsteps:\n  - fade: {to: black, ticks: 20}\n  - set: {dark: true}\n  - fade: in\n"
    )
    screen.director.start("f")
    for _ in range(10):
        sim.tick()
    assert screen.fade.level > 0 and "dark" not in screen.state.flags
    for _ in range(12):
        sim.tick()
    assert screen.state.flags.get("dark") is True
    for _ in range(45):
        sim.tick()
    assert screen.fade.level == 0 and screen.director.run is None


def test_music_and_sound(make):
    ctx, sim, screen = make(
        "scene: m\nsteps:\n  - music: {play: hailsham}\n  - sound: door\n  - music: {stop: true}\n"
    )
    run(sim, screen, "m")
    assert ctx.audio.calls == [("music", "hailsham"), ("sound", "door"), ("stop", None)]


def test_warp_moves_her_and_waits_for_the_fade(make):
    _, sim, screen = make(
        "scene: w\nsteps:\n  - warp: {map: hall, spawn: from_room}\n  - set: {arrived: true}\n"
    )
    screen.director.start("w")
    for _ in range(16):
        sim.tick()
    assert screen.world.map.name == "hall" and "arrived" not in screen.state.flags
    for _ in range(20):
        sim.tick()
    assert screen.state.flags.get("arrived") is True


def test_title_card_waits_then_confirm_can_dismiss(make):
    _, sim, screen = make(
        "scene: t\nsteps:\n  - title: {text: 'Somewhere, 1978', sub: One, ticks: 600}\n"
    )
    screen.director.start("t")
    for _ in range(70):
        sim.tick()
    assert screen.director.card.text == "Somewhere, 1978"
    sim.tick(CONFIRM)
    sim.tick()
    assert screen.director.run is None


def test_memory_collects_once(make):
    _, sim, screen = make("scene: m\nsteps:\n  - memory: marble\n  - memory: marble\n")
    run(sim, screen, "m")
    assert screen.state.memories == ["marble"]
    assert screen.director.toast == [] or screen.director.toast[0] == "marble"


def test_runaway_scene_is_stopped_not_hung(make):
    ctx, sim, screen = make("scene: loop\nsteps:\n  - set: {x: 1}\n  - goto: loop\n")
    run(sim, screen, "loop", limit=5)
    assert any("without waiting" in n for n in ctx.notices.lines)


def test_calls_nest_only_so_deep(make):
    # A scene that calls itself after a wait used to grow the call stack (and every save) for good.
    ctx, sim, screen = make("scene: deep\nsteps:\n  - wait: 1\n  - call: deep\n")
    screen.director.start("deep")
    for _ in range(200):
        sim.tick()
    assert screen.director.run is None
    assert any("more than 32 deep" in n and ".yaml" in n for n in ctx.notices.lines), (
        ctx.notices.lines
    )
    from game.save.savegame import capture

    assert len(json.dumps(capture(ctx, screen.play))) < 20_000


def test_footsteps_follow_the_walk_and_the_map_floor(make):
    ctx, sim, screen = make("scene: quiet\nsteps:\n  - wait: 1\n")
    right = InputFrame(frozenset({Action.RIGHT}))
    for _ in range(36):
        sim.tick(right)
    steps = [c for c in ctx.audio.calls if c[0] == "sound" and c[1].startswith("step_")]
    assert len(steps) == 2 and steps[0] == (
        "sound",
        "step_floor",
    )  # one every 18 ticks; no map property: floor
    screen.world.map.props["steps"] = "grass"
    for _ in range(18):
        sim.tick(right)
    assert ctx.audio.calls[-1] == ("sound", "step_grass")


def test_tint_stays_across_doors_and_can_be_cleared(make):
    _, sim, screen = make(
        "scene: n\nsteps:\n  - tint: night\n", "scene: d\nsteps:\n  - tint: none\n"
    )
    run(sim, screen, "n")
    assert screen.state.flags["_tint"] == "night"
    run(sim, screen, "d")
    assert "_tint" not in screen.state.flags


def test_camera_glides_back_to_the_player_after_a_pan(make):
    _, sim, screen = make(
        "scene: c\nsteps:\n  - camera: {pan: corner, ticks: 20}\n  - camera: {follow: hero, ticks: 30}\n  - set: {back: true}\n"
    )
    director = screen.director
    director.start("c")
    for _ in range(21):
        sim.tick()
    fx, fy = director.focus()
    assert abs(fx - 170) <= 2 and abs(fy - 30) <= 2  # reached the point; the glide back just began
    for _ in range(13):
        sim.tick()
    player = screen.world.player.pixel
    halfway = director.focus()
    assert halfway not in ((170, 30), player) and director.camera.mode == "return"
    assert "back" not in screen.state.flags  # the scene waits for the glide
    for _ in range(25):
        sim.tick()
    assert director.camera.mode == "follow" and director.focus() == player
    assert screen.state.flags.get("back") is True
