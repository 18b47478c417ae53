"""The play on its own: no screen, no window. It ticks on input frames, hashes the same as the
world screen that shows it, saves and restores, and asks its view for what it cannot do itself."""

from __future__ import annotations

import hashlib
import json

import pytest

from game.boot import build_context
from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.play.start import chapter_start
from game.save import savegame
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation
from tests.mapkit import ROOM, ROOM_OBJECTS, write_map
from tests.test_savegame import comparable
from tests.test_scenes import ACTORS, MEMORIES, SAMPLE, SMALL

PRESS = InputFrame(frozenset({Action.CONFIRM}), frozenset({Action.CONFIRM}))
RIGHT = InputFrame(frozenset({Action.RIGHT}))


@pytest.fixture
def story(content, tmp_path):
    d = content / "dialogue"
    (d / "talk.yaml").write_text(SAMPLE)
    (d / "small.yaml").write_text(SMALL)
    (d / "actors.yaml").write_text(ACTORS)
    (d / "memories.yaml").write_text(MEMORIES)
    (d / "items.yaml").write_text("tokens: {name: Tokens}\n")
    return build_context(tmp_path / "data", headless=True, root=content, quiet=True)


def digest(data: object) -> str:
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def frames() -> list[InputFrame]:
    return [RIGHT] * 40 + [InputFrame()] * 10 + [PRESS, InputFrame()] * 30


def test_a_play_ticks_alone_exactly_as_under_its_screen(story) -> None:
    alone = Play(story, "room", "start")
    sim = Simulation(story, Play(story, "room", "start"))
    alone.director.start("talk_girl")
    sim.stack.top.director.start("talk_girl")
    for frame in frames():
        alone.tick(frame)
        sim.tick(frame)
    assert isinstance(sim.stack.top, WorldScreen)
    assert digest(alone.snapshot()) == digest(sim.stack.top.snapshot())
    assert alone.state.play_ticks == len(frames())


def test_a_play_saves_and_restores_without_a_screen(story) -> None:
    play = Play(story, "room", "start")
    play.director.start("talk_girl")
    for frame in frames()[:45]:
        play.tick(frame)
    data = savegame.capture(story, play)
    json.dumps(data)  # plain data
    restored, problem = savegame.restore(story, data)
    assert problem is None and isinstance(restored, Play)
    restored.director.tick(InputFrame())  # the waiting line shows again
    play.director.tick(InputFrame())
    assert comparable(restored)["state"] == comparable(play)["state"]
    assert comparable(restored)["world"] == comparable(play)["world"]


def test_a_play_asks_for_an_autosave_when_a_scene_ends(story) -> None:
    play = Play(story, "room", "start")
    play.director.start("talk_girl")
    for _ in range(400):
        play.tick(PRESS if play.state.play_ticks % 2 else InputFrame())
        if play.director.run is None:
            break
    assert play.director.run is None and play.autosave_due  # the view saves, then clears it


def test_a_chapter_start_carries_its_declared_state(tmp_path) -> None:
    from tests.test_speedrun_content import make_speedrun_content

    root = make_speedrun_content(tmp_path / "content")
    ctx = build_context(tmp_path / "data", headless=True, root=root, quiet=True)
    play = chapter_start(ctx, "two")
    assert play.state.flags == {"brave": True} and play.state.items == {"tokens": 2}
    assert play.pending_chapter == "two"
    play.tick(InputFrame())
    assert play.state.chapter == "two" and play.director.run is not None


def test_someone_whose_condition_starts_to_hold_appears_without_leaving(content, tmp_path):

    objects = [
        o if o[1] != "girl" else (*o[:6], {**o[6], "condition": "called"}) for o in ROOM_OBJECTS
    ]
    write_map(content / "maps" / "room.tmx", ROOM, objects)
    d = content / "dialogue"
    (d / "call.yaml").write_text("scene: call\nsteps:\n  - set: {called: true}\n  - wait: 2\n")
    (d / "leave.yaml").write_text("scene: leave\nsteps:\n  - set: {called: false}\n")
    ctx = build_context(tmp_path / "data", headless=True, root=content, quiet=True)
    play = Play(ctx, "room", "start")
    girl = play.world.actors["girl"]
    assert not girl.visible
    play.director.start("call")
    play.tick(InputFrame())
    assert not girl.visible  # not while the scene plays
    for _ in range(5):
        play.tick(InputFrame())
    assert girl.visible and play.director.run is None
    play.director.start("leave")
    for _ in range(3):
        play.tick(InputFrame())
    assert not girl.visible
