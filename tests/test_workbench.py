"""The writer's workbench (issue 14): straight into a scene with flags, jumps and flags from the
dev menu, the inspector."""

from __future__ import annotations

import pytest

from game.boot import build_context
from game.input.actions import Action, InputFrame
from game.play.devstart import flag_values, parse_flags, scene_map, scene_start
from game.play.start import StartError
from game.screens.menus.dev import DevMenu, FlagScreen
from game.simulation import Simulation
from game.ui.inspector import inspector_lines

CONFIRM = InputFrame(frozenset({Action.CONFIRM}), frozenset({Action.CONFIRM}))
DOWN = InputFrame(frozenset({Action.DOWN}), frozenset({Action.DOWN}))
RIGHT = InputFrame(frozenset({Action.RIGHT}), frozenset({Action.RIGHT}))


@pytest.fixture
def wctx(content, tmp_path):
    d = content / "dialogue"
    (d / "actors.yaml").write_text("girl_a: {name: Polly, sprite: girl_a}\n")
    (d / "items.yaml").write_text("tokens: {name: Tokens}\n")
    (d / "chapters.yaml").write_text(
        "school: {title: School, map: hall, spawn: from_room, scene: opening}\n"
    )
    scenes = {
        "opening": "chapter: school\nsteps:\n  - narrate: {id: o.1, text: Hi.}\n",
        "talk_girl": 'chapter: school\nsteps:\n  - set: {met: true, mood: "glad"}\n  - call: aside\n',
        "aside": 'chapter: school\nsteps:\n  - if: "met and count(\\"tokens\\") > 1"\n    then:\n'
        '      - set: {mood: "sad"}\n  - add: {visits: 1}\n  - narrate: {id: a.1, text: "{mood}"}\n',
    }
    for sid, body in scenes.items():
        (d / f"{sid}.yaml").write_text(f"scene: {sid}\n{body}")
    ctx = build_context(tmp_path / "data", headless=True, root=content, quiet=True)
    assert not ctx.notices.lines, ctx.notices.lines
    return ctx


def test_flags_are_read_from_the_command_line():
    assert parse_flags("a=true, b=3,c=quiet,d,e=false") == {
        "a": True, "b": 3, "c": "quiet", "d": True, "e": False,
    }  # fmt: skip
    with pytest.raises(StartError):
        parse_flags("Bad Name=1")


def test_a_scene_plays_on_the_map_that_leads_to_it(wctx):
    assert scene_map(wctx, "talk_girl")[0] == "room"  # the npc's map
    assert scene_map(wctx, "aside")[0] == "room"  # called from a scene played there
    assert scene_map(wctx, "opening") == ("hall", "from_room")  # the chapter's opening


def test_straight_into_a_scene_with_flags_and_items(wctx):
    play, problems = scene_start(wctx, "aside", parse_flags("met=true,tokens=3,unknown=1"))
    assert problems == ["--flags: no scene sets `unknown` (set anyway)"]
    assert play.world.map.name == "room" and play.state.items == {"tokens": 3}
    for _ in range(3):
        play.tick(InputFrame())
    assert play.state.flags["mood"] == "sad" and play.director.run.scene.id == "aside"


def test_the_dev_menu_jumps_and_sets_flags(wctx):
    play, _ = scene_start(wctx, "opening")
    sim = Simulation(wctx, play)
    sim.stack.push(DevMenu(play))
    sim.stack.apply()
    sim.tick(CONFIRM)  # Jump to a scene
    scenes = sim.stack.top
    target = [r[0] for r in scenes.rows].index("talk_girl")
    for _ in range(target):
        sim.tick(DOWN)
        sim.tick()
    sim.tick(CONFIRM)
    sim.stack.apply()
    world = sim.stack.top
    assert world.play.world.map.name == "room" and world.play.director.run.scene.id == "talk_girl"

    flags = FlagScreen(world.play)
    sim.stack.push(flags)
    sim.tick()
    names = [r[0] for r in flags.rows]
    assert names[:3] == ["met", "mood", "visits"] and names[-1] == "tokens"
    sim.tick(CONFIRM)  # met: false -> true
    sim.tick(DOWN)
    sim.tick(RIGHT)  # mood: through the values the content sets
    sim.tick()
    assert world.play.state.flags["met"] is True and world.play.state.flags["mood"] in (
        "glad",
        "sad",
    )
    assert flag_values(wctx.content)["mood"] == ["glad", "sad"]


def test_the_inspector_shows_place_scene_flags_and_items(wctx):
    play, _ = scene_start(wctx, "aside", {"met": True, "tokens": 2})
    play.tick(InputFrame())
    text = "\n".join(t for t, _c in inspector_lines(play))
    assert "room  (" in text and "scene aside" in text
    assert "met = true" in text and "items: tokens 2" in text and "line a.1" in text


def test_she_starts_beside_the_thing_that_plays_the_scene(wctx):
    play, _ = scene_start(wctx, "talk_girl")
    girl = play.world.actors["girl"]
    player = play.world.player
    assert abs(player.x - girl.x) <= 16 * 16 and 0 < player.y - girl.y <= 24 * 16
    assert player.facing == "up"
    play, _ = scene_start(wctx, "aside")  # called from talk_girl: the same place
    assert abs(play.world.player.x - girl.x) <= 16 * 16


def test_the_pause_menu_has_the_dev_tools_only_with_dev(wctx):
    from game.screens.menus.pause import PauseScreen

    play, _ = scene_start(wctx, "opening")
    sim = Simulation(wctx, play)
    for dev in (False, True):
        wctx.dev = dev
        pause = PauseScreen(play)
        sim.stack.push(pause)
        sim.stack.apply()
        assert ("Dev tools" in pause.items) is dev and len(pause.list.enabled) == len(pause.items)
        sim.stack.pop()
        sim.stack.apply()
    wctx.dev = True
    pause = PauseScreen(play)
    sim.stack.push(pause)
    sim.stack.apply()
    pause.choose("Dev tools", wctx)
    sim.stack.apply()
    assert isinstance(sim.stack.top, DevMenu)
