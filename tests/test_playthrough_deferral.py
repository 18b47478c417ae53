"""Chapter 4, Deferral, played from its chapter-select start by the committed input frames, headless.

The frames were recorded by tests/autoplay.py (`python tests/autoplay.py --chapter deferral`);
regenerate them when the chapter's content changes. The run must reach every beat of the chapter
in the story's order, find the chapter's memories, answer as the route answered, stand at the wire
while someone comes across the field, fade to white, and, once still, start the credits.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.boot import build_context
from game.play.start import chapter_start
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation
from game.story.commands.keepsake import keepsakes
from tests.playkit import play_input, story_beats

ROOT = Path(__file__).resolve().parents[1]
INPUT = ROOT / "tests" / "data" / "deferral.input"
BEATS = ["e01", "e02", "e03", "e04", "e05", "e06"]


@pytest.fixture(scope="module")
def played(tmp_path_factory):
    ctx = build_context(tmp_path_factory.mktemp("data"), headless=True, root=ROOT, quiet=True)
    sim = Simulation(ctx, WorldScreen(chapter_start(ctx, "deferral")))  # what Chapter Select starts
    white = [0]  # ticks the world spent (all but) faded to white

    def watch(top) -> None:
        fade = top.fade
        if fade.level * 100 >= fade.length * 99 and sum(fade.color) > 600:
            white[0] += 1  # (the tick it is all white, the chapter hands over to the end)

    state, visits = play_input(sim, INPUT, watch)
    trail, whites = [scene for scene, _chapter in visits], white[0]
    return ctx, sim, state, trail, whites


def test_the_content_loads_without_problems(played) -> None:
    ctx, *_ = played
    assert not ctx.content.problems, ctx.content.problems[:5]


def test_every_beat_is_reached_in_story_order(played) -> None:
    ctx, _sim, _state, trail, _w = played
    order: list[str] = []
    for scene in trail:
        beat = ctx.content.scenes[scene].beat
        if beat and beat not in order:
            order.append(beat)
    assert story_beats("e", BEATS) == BEATS
    assert order == BEATS, f"reached {order}"
    assert trail[0] == "e01_arrive"  # the chapter's own opening, from Chapter Select


def test_the_choices_and_the_memories(played) -> None:
    _ctx, _sim, state, trail, _w = played
    flags = state.flags
    assert flags["drawings"] == 3
    assert flags.get("chose_boat") and flags.get("chose_kathy") and flags.get("chose_hare")
    assert not flags.get("chose_ruth")
    assert flags.get("asked_fence") and flags.get("asked_art") and flags.get("done_asking")
    assert flags.get("asked_lucy")  # the chapter's start says she showed Miss Lucy at the Sale
    assert flags["kept_drawings"] is True
    assert flags["field_answer"] == "mattered"
    assert flags.get("tried_look_away") and flags.get("watched_tommy")
    found = [m for m in state.memories if m.startswith("def_")]
    assert found == ["def_postcard", "def_own_picture", "def_coat", "def_gate", "def_cup"]
    assert "e06_wire" in trail  # she looked at something caught in the wire


def test_the_wire_holds_what_she_found_and_kept(played) -> None:
    ctx, _sim, state, _trail, _w = played
    hung = keepsakes(state, ctx.content)
    memories = [k.id for k in hung if k.kind == "memory"]
    assert memories == state.memories  # every memory, in the order found
    items = {k.id: k.look for k in hung if k.kind == "item"}
    assert items.get("cassette") == "tape"  # the tape, kept since Hailsham
    assert all(k.line for k in hung)


def test_he_came_only_while_she_stood_still_then_white_then_the_credits(played) -> None:
    _ctx, sim, state, trail, whites = played
    assert trail.index("e06_the_wire") < trail.index("e06_last")
    assert "_approach" not in state.flags  # the figure arrived and the section ended
    assert whites > 0  # the last scene faded to white
    top = sim.stack.top
    assert type(top).__name__ == "EndCredits"
    assert top.phase == "rolling" and top.ticks > 0  # she kept still, and the credits began
    assert state.chapter == "deferral"


def test_the_bot_plays_from_new_game_through_every_chapter_to_the_credits(tmp_path) -> None:
    """From New Game, the chapters hand over one to the next (placeholders included) until this
    one's end: the white, then the credits rolling."""
    autoplay = pytest.importorskip("tests.autoplay")
    bot = autoplay.Bot(tmp_path / "data")
    sim = bot.play()
    top = sim.stack.top
    assert type(top).__name__ == "EndCredits" and top.phase != "white"
    order = autoplay.beats_in_order(bot.last_state.visited, bot.ctx.content.scenes)
    assert order[:2] == ["p01", "p02"] and order[-6:] == BEATS
