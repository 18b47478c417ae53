"""The engine pieces Chapter 3 brought: `steady` (holding someone up while walking them along)
and the Memories screen's heading words from `suffix_when`. Each plays on a small test map,
headless."""

from __future__ import annotations

import textwrap

import pytest

from game.boot import build_context
from game.input.actions import Action, InputFrame
from game.play import talk
from game.play.play import Play
from game.screens.menus.memories import heading
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation
from game.story.commands.steady import FLAG, Section
from tests.mapkit import write_map

NONE = InputFrame()
RIGHT = InputFrame(frozenset({Action.RIGHT}))
LEFT = InputFrame(frozenset({Action.LEFT}))
HELD_RIGHT = InputFrame(frozenset({Action.RIGHT, Action.CONFIRM}))
HELD_LEFT = InputFrame(frozenset({Action.LEFT, Action.CONFIRM}))

PATH = ["####################"] + ["#..................#"] * 6 + ["####################"]
OBJECTS = [
    ("spawn", "start", 40, 40, 0, 0, {"facing": "right"}),
    ("point", "beside", 26, 40, 0, 0, {}),  # as close at her side as people stand
]
ACTORS = (
    "leaner: {name: Someone, sprite: girl_a, talk: [{scene: stop}]}\n"  # a word when Z finds her
)
BEGIN = """\
scene: begin
steps:
  - show: {actor: leaner, at: beside}
  - follow: {actor: leaner, mode: support}
  - set: {stumbles: 0}
  - steady: {hold: confirm, patience: 20, stumble: stumble, stumbles: stumbles}
"""
STUMBLE = "scene: stumble\nsteps:\n  - wait: 10\n"
STOP = "scene: stop\nsteps:\n  - steady: {stop: true}\n"


@pytest.fixture
def make(content, tmp_path):
    write_map(content / "maps" / "path.tmx", PATH, OBJECTS)
    d = content / "dialogue"
    (d / "actors.yaml").write_text(ACTORS)
    for n, text in enumerate((BEGIN, STUMBLE, STOP)):
        (d / f"s{n}.yaml").write_text(textwrap.dedent(text))
    ctx = build_context(tmp_path / "data", headless=True, root=content, quiet=True)
    assert not ctx.content.problems, ctx.content.problems
    sim = Simulation(ctx, WorldScreen(Play(ctx, "path", "start")))
    for _ in range(5):
        sim.tick()
    screen = sim.stack.top
    screen.director.start("begin")
    for _ in range(5):
        sim.tick()
    assert screen.director.run is None
    return ctx, sim, screen


def walk(sim, frames, ticks):
    """Walk back and forth (the little map is narrow) with the frames given, `ticks` ticks."""
    for n in range(ticks):
        sim.tick(frames[(n // 40) % 2])


def test_walking_without_holding_on_makes_her_stumble(make):
    _ctx, sim, screen = make
    walk(sim, (RIGHT, LEFT), 19)
    assert screen.director.run is None  # not yet: patience is 20 ticks
    walk(sim, (RIGHT, LEFT), 1)
    assert screen.director.run is not None and screen.director.run.scene.id == "stumble"
    assert screen.state.flags["stumbles"] == 1
    for _ in range(20):
        sim.tick()  # the stumble plays out; then she can go on
    assert screen.director.run is None and FLAG in screen.state.flags


def test_holding_on_while_walking_keeps_her_up(make):
    _ctx, sim, screen = make
    walk(sim, (HELD_RIGHT, HELD_LEFT), 400)
    assert screen.state.flags["stumbles"] == 0
    assert screen.world.player.walked >= 400  # she walked all the while


def test_stopping_and_holding_let_the_count_fall_back(make):
    _ctx, sim, screen = make
    for _ in range(10):
        walk(sim, (RIGHT, LEFT), 15)  # a few unheld steps at a time ...
        walk(sim, (HELD_RIGHT, HELD_LEFT), 10)  # ... then holding on again
        walk(sim, (NONE, NONE), 5)
    assert screen.state.flags["stumbles"] == 0
    section = Section.parse(screen.state.flags[FLAG])
    assert section is not None and section.loose < 20


def test_the_section_is_kept_in_the_state_and_stops(make):
    _ctx, sim, screen = make
    walk(sim, (RIGHT, LEFT), 12)
    section = Section.parse(screen.state.flags[FLAG])
    assert section is not None and section.loose == 12 and section.stumble == "stumble"
    assert Section.parse(section.dump()) == section
    assert Section.parse("nonsense|1") is None and Section.parse("jump|1|a|b|0") is None
    screen.director.start("stop")
    sim.tick()
    assert FLAG not in screen.state.flags
    walk(sim, (RIGHT, LEFT), 100)
    assert screen.state.flags["stumbles"] == 0  # no section, no stumbles


def test_a_heading_gains_its_words_once_the_flag_is_true(make):
    ctx, _sim, _screen = make
    ctx.content.chapters["one"] = {"title": "School", "suffix_when": {"shut": " (closed)"}}
    assert heading(ctx, "one", {}) == "School"
    assert heading(ctx, "one", {"shut": False}) == "School"
    assert heading(ctx, "one", {"shut": True}) == "School (closed)"
    ctx.content.chapters["two"] = {"title": "Farm", "suffix_when": "not a mapping"}
    assert heading(ctx, "two", {"shut": True}) == "Farm"


def test_the_shipped_hailsham_heading_comes_from_chapters_yaml():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    import yaml

    chapters = yaml.safe_load((root / "dialogue" / "chapters.yaml").read_text(encoding="utf-8"))
    assert chapters["hailsham"]["suffix_when"] == {"hailsham_closed": " (closed)"}


def test_someone_walking_at_her_side_is_never_in_her_way(make):
    """The person she supports (or who follows her) does not block her: she can turn back
    through where they stand (they fall in behind her again)."""
    _ctx, sim, screen = make
    player = screen.world.player
    leaner = screen.director.actor("leaner")
    assert leaner.x < player.x and abs(leaner.y - player.y) < 10 * 16  # at her left side
    x0 = player.x
    for _ in range(40):
        sim.tick(HELD_LEFT)
    assert player.x < leaner.x or player.x < x0 - 16 * 16  # she went on through, not stopped


def test_the_held_key_does_not_talk_to_the_one_she_holds_up(make):
    """Z is the hold while `steady` runs: the person at her side is not offered to talk to (in
    play, pressing Z to take Ruth's arm kept opening Tommy's line and stopping the walk)."""
    _ctx, _sim, screen = make
    assert "leaner" not in [obj.name for obj, _actor, _box in talk.talkers(screen.play)]
    screen.director.start("stop")
    _sim.tick()
    assert "leaner" in [obj.name for obj, _actor, _box in talk.talkers(screen.play)]
