"""Capture and restore: the state after loading equals the state before, at every line of a scene."""

import pytest

from game.boot import build_context
from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.save import savegame
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation
from tests.test_scenes import ACTORS, MEMORIES, SAMPLE, SMALL

PRESS = InputFrame(frozenset({Action.CONFIRM}), frozenset({Action.CONFIRM}))


@pytest.fixture
def story(content, tmp_path):
    d = content / "dialogue"
    (d / "talk.yaml").write_text(SAMPLE)
    (d / "small.yaml").write_text(SMALL)
    (d / "actors.yaml").write_text(ACTORS)
    (d / "memories.yaml").write_text(MEMORIES)
    (d / "items.yaml").write_text("tokens: {name: Tokens}\n")
    return build_context(tmp_path / "data", headless=True, root=content, quiet=True)


def comparable(screen):
    snap = screen.snapshot()
    # What a save deliberately does not keep: the typewriter's progress on the current line, the
    # last thing touched, and transient animation counters.
    director = snap["director"]
    director["box"] = director["box"][:4] if director["box"] else None
    if director["run"]:
        director["run"]["wait"] = None
    snap["last"] = None
    snap["world"]["player"][5] = snap["world"]["actors"] = None
    snap["world"]["inside"] = None
    snap["fade"] = None
    return snap


def test_round_trip_at_every_line(story):
    sim = Simulation(story, WorldScreen(Play(story, "room", "start")))
    screen = sim.stack.top
    screen.director.start("talk_girl")
    checked = 0
    for _ in range(2500):
        director = screen.director
        if director.run is None:
            break
        if director.box is not None and director.box.ticks == 1:
            data = savegame.capture(story, screen.play)
            restored, problem = savegame.restore(story, data)
            assert problem is None
            restored.director.tick(InputFrame())  # runs the waiting command again: the line shows
            assert restored.director.box.line_id == director.box.line_id
            a, b = comparable(screen), comparable(restored)
            assert a["state"] == b["state"]
            assert a["director"]["box"] == b["director"]["box"]
            assert a["director"]["run"]["frames"] == b["director"]["run"]["frames"]
            assert a["world"]["player"][:5] == b["world"]["player"][:5]
            checked += 1
        ready = (
            director.box is not None and director.box.complete and director.box.ticks % 7 == 0
        ) or (director.choices and screen.state.play_ticks % 11 == 0)
        sim.tick(PRESS if ready else InputFrame())
    assert checked >= 6 and screen.director.run is None


def test_line_gone_after_an_update_restarts_the_scene_and_says_so(story, content):
    sim = Simulation(story, WorldScreen(Play(story, "room", "start")))
    screen = sim.stack.top
    screen.director.start("talk_girl")
    for _ in range(200):
        sim.tick()
        if screen.director.box is not None and screen.director.box.line_id == "t.girl.1":
            break
    data = savegame.capture(story, screen.play)
    (content / "dialogue" / "talk.yaml").write_text(SAMPLE.replace("t.girl.1", "t.girl.99"))
    ctx2 = build_context(content.parent / "d2", headless=True, root=content, quiet=True)
    restored, problem = savegame.restore(ctx2, data)
    assert problem is None
    assert "starts again" in restored.director.toast[0]
    assert restored.director.run.scene.id == "talk_girl"


def test_line_moved_is_found_by_id(story, content):
    sim = Simulation(story, WorldScreen(Play(story, "room", "start")))
    screen = sim.stack.top
    screen.director.start("talk_girl")
    for _ in range(300):
        d = screen.director
        ready = (d.box is not None and d.box.complete and d.box.ticks % 5 == 0) or (
            d.choices and d.choice_cursor == 0 and screen.state.play_ticks % 9 == 0
        )
        sim.tick(PRESS if ready else InputFrame())
        if screen.director.box is not None and screen.director.box.line_id == "t.girl.2":
            break
    data = savegame.capture(story, screen.play)
    moved = SAMPLE.replace(
        "  - narrate: {id: t.narrate.1", "  - wait: 1\n  - narrate: {id: t.narrate.1"
    )
    (content / "dialogue" / "talk.yaml").write_text(moved)
    ctx2 = build_context(content.parent / "d3", headless=True, root=content, quiet=True)
    restored, _ = savegame.restore(ctx2, data)
    restored.director.tick(InputFrame())
    assert restored.director.box.line_id == "t.girl.2"
    assert not restored.director.toast


def test_garbage_saves_never_crash(story):
    for data in (
        {},
        {"world": {"map": "nowhere"}},
        {"world": {"map": "room", "player": "x"}, "scene": {"frames": [[1]]}},
        {
            "state": {"flags": "no"},
            "world": {"map": "room"},
            "scene": {"frames": [["talk_girl", "9.x", 99, 0]]},
        },
    ):
        screen, problem = savegame.restore(story, data)
        assert screen is not None or problem
