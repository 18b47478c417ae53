"""The hint on request: the pause menu plays the chapter's `hint` scene (chapters.yaml) in the game's
own voice; a quiet notice offers it after a long while without progress; a chapter with no hint says
so without fuss."""

from __future__ import annotations

import pytest

from game.boot import build_context
from game.input.actions import Action, InputFrame
from game.screens.menus.pause import ITEMS, PauseScreen
from game.screens.title import TitleScreen
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation
from game.story import hints
from game.story import lint as linter
from tests.mapkit import make_content

GAME = """title: Test
new_game: {chapter: one, map: room, spawn: start}
player: {actor: hero, sprite: hero}
"""
ACTORS = """hero: {name: Kathy, sprite: hero}
girl_a: {name: Polly, sprite: girl_a}
hint: {name: Hint, color: "#b0b0b8", box: aside}
"""
HINT = """scene: hint_one
chapter: one
steps:
  - if: "not visited(\\"talk_girl\\")"
    then:
      - say: {id: hint_one.hint.1, who: hint, text: "Polly is waiting by the window."}
    else:
      - say: {id: hint_one.hint.2, who: hint, text: "Try the door at the bottom."}
"""
TALK = """scene: talk_girl
chapter: one
steps:
  - say: {id: talk_girl.girl_a.1, who: girl_a, text: "Hello."}
"""


def press(*actions: Action) -> InputFrame:
    return InputFrame(frozenset(actions), frozenset(actions))


def content_with(tmp_path, chapters: str):
    root = make_content(tmp_path / "content")
    d = root / "dialogue"
    (d / "game.yaml").write_text(GAME)
    (d / "actors.yaml").write_text(ACTORS)
    (d / "chapters.yaml").write_text(chapters)
    (d / "hint_one.yaml").write_text(HINT)
    (d / "talk_girl.yaml").write_text(TALK)
    return root


@pytest.fixture
def with_hint(tmp_path):
    return content_with(tmp_path, "one: {title: One, map: room, spawn: start, hint: hint_one}\n")


@pytest.fixture
def without_hint(tmp_path):
    return content_with(tmp_path, "one: {title: One, map: room, spawn: start}\n")


def start(root, tmp_path) -> tuple[Simulation, WorldScreen]:
    ctx = build_context(tmp_path / "data", headless=True, root=root, quiet=True)
    sim = Simulation(ctx, TitleScreen())
    sim.tick(press(Action.CONFIRM))  # New Game
    for _ in range(80):
        sim.tick(InputFrame())
    world = sim.stack.top
    assert isinstance(world, WorldScreen) and world.state.chapter == "one"
    assert world.director.run is None
    return sim, world


def choose_hint(sim: Simulation) -> PauseScreen:
    sim.tick(press(Action.MENU))
    pause = sim.stack.top
    assert isinstance(pause, PauseScreen)
    pause.list.cursor = ITEMS.index("Hint")
    sim.tick(press(Action.CONFIRM))
    return pause


def test_the_pause_menu_plays_the_chapters_hint_in_its_own_voice(with_hint, tmp_path):
    sim, world = start(with_hint, tmp_path)
    choose_hint(sim)
    assert sim.stack.top is world
    sim.tick(InputFrame())
    box = world.director.box
    assert box is not None and box.speaker == "hint" and box.portrait == ""
    assert box.line_id == "hint_one.hint.1"
    assert world.director.content.actor("hint").box == "aside"
    while world.director.run is not None:  # read it to the end; then the player walks again
        sim.tick(press(Action.CONFIRM))
        sim.tick(InputFrame())
    world.state.visit("talk_girl")
    choose_hint(sim)
    sim.tick(InputFrame())
    assert world.director.box.line_id == "hint_one.hint.2"  # the hint follows the story


def test_a_chapter_without_a_hint_says_so_gracefully(without_hint, tmp_path):
    sim, world = start(without_hint, tmp_path)
    choose_hint(sim)
    assert sim.stack.top is world and world.director.run is None
    assert world.director.toast and world.director.toast[0] == hints.NO_HINT
    sim.tick(InputFrame())  # and the game goes on
    assert sim.stack.top is world and world.director.run is None


def test_the_hint_waits_while_a_scene_is_on(with_hint, tmp_path):
    sim, world = start(with_hint, tmp_path)
    world.director.start("talk_girl")
    sim.tick(InputFrame())
    sim.tick(press(Action.MENU))
    pause = sim.stack.top
    assert isinstance(pause, PauseScreen)
    assert not pause.list.enabled[ITEMS.index("Hint")]


def test_the_idle_notice_comes_after_the_set_ticks_and_not_before(with_hint, tmp_path, monkeypatch):
    monkeypatch.setattr(hints, "IDLE_TICKS", 240)
    sim, world = start(with_hint, tmp_path)
    start_idle = world.state.idle_ticks
    for _ in range(240 - start_idle - 1):
        sim.tick(InputFrame())
    assert world.director.toast == [] or world.director.toast[0] != hints.NOTICE
    sim.tick(InputFrame())
    assert world.director.toast and world.director.toast[0] == hints.NOTICE
    for _ in range(hints.NOTICE_TICKS):  # it shows for a while, then goes
        sim.tick(InputFrame())
    assert not world.director.toast
    for _ in range(400):  # once per stretch: it does not come back by itself
        sim.tick(InputFrame())
        assert not world.director.toast


def test_progress_restarts_the_wait_and_scenes_do_not_count(with_hint, tmp_path, monkeypatch):
    monkeypatch.setattr(hints, "IDLE_TICKS", 240)
    sim, world = start(with_hint, tmp_path)
    for _ in range(200):
        sim.tick(InputFrame())
    world.director.start("talk_girl")  # a new scene: progress
    for _ in range(300):  # the line waits for a press: time in a scene is not time lost
        sim.tick(InputFrame())
    assert world.state.idle_ticks == 0
    assert not world.director.toast
    sim.tick(press(Action.CONFIRM))  # the scene ends: she walks free from this tick
    for _ in range(238):
        sim.tick(InputFrame())
    assert not world.director.toast
    sim.tick(InputFrame())
    assert world.director.toast and world.director.toast[0] == hints.NOTICE


def test_no_notice_in_a_chapter_without_a_hint(without_hint, tmp_path, monkeypatch):
    monkeypatch.setattr(hints, "IDLE_TICKS", 120)
    sim, world = start(without_hint, tmp_path)
    for _ in range(400):
        sim.tick(InputFrame())
        assert not world.director.toast


def test_the_linter_checks_the_hint_scene(with_hint, tmp_path):
    (with_hint / "dialogue" / "chapters.yaml").write_text(
        "one: {title: One, map: room, spawn: start, hint: hint_onw}\n"
    )
    found = [f"{f.code} {f.message}" for f in linter.lint(with_hint).findings]
    assert any("L001" in f and "hint_onw" in f for f in found), found
    (with_hint / "dialogue" / "chapters.yaml").write_text(
        "one: {title: One, map: room, spawn: start, hint: hint_one}\n"
    )
    found = [f"{f.code} {f.file} {f.message}" for f in linter.lint(with_hint).findings]
    assert not any("hint_one" in f for f in found), found  # reached: not an orphan
