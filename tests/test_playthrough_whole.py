"""The whole game, New Game to the credits, played headless by committed input frames.

The frames were recorded by tests/autoplay.py (`python tests/autoplay.py --whole`); regenerate them
whenever any chapter's content changes. The run must reach all 42 beats of the story in order, enter
every chapter in turn, carry what the earlier chapters gave into the later ones, hang what Kathy
found and kept on the wire, and end with the credits rolling.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.boot import build_context
from game.screens.title import TitleScreen
from game.simulation import Simulation
from game.story.commands.keepsake import keepsakes
from tests.playkit import play_input, story_beats

ROOT = Path(__file__).resolve().parents[1]
INPUT = ROOT / "tests" / "data" / "whole_game.input"
BEATS = (
    ["p01", "p02"]
    + [f"h{i:02d}" for i in range(1, 16)]
    + [f"c{i:02d}" for i in range(1, 12)]
    + [f"d{i:02d}" for i in range(1, 9)]
    + [f"e{i:02d}" for i in range(1, 7)]
)
CHAPTERS = ["prologue", "hailsham", "cottages", "completion", "deferral"]


@pytest.fixture(scope="module")
def played(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    ctx = build_context(data, headless=True, root=ROOT, quiet=True)
    sim = Simulation(ctx, TitleScreen())
    state, trail = play_input(sim, INPUT)
    return ctx, sim, state, trail


def test_all_42_beats_in_the_storys_order(played) -> None:
    ctx, _sim, _state, trail = played
    order: list[str] = []
    for scene, _chapter in trail:
        beat = ctx.content.scenes[scene].beat
        if beat and beat not in order:
            order.append(beat)
    assert len(BEATS) == 42 and story_beats("", BEATS) == BEATS
    assert order == BEATS, f"reached {order}"


def test_every_chapter_in_turn_with_no_placeholder(played) -> None:
    ctx, _sim, _state, trail = played
    entered = [c for i, (_s, c) in enumerate(trail) if i == 0 or trail[i - 1][1] != c]
    assert entered == CHAPTERS
    assert list(ctx.content.chapters) == CHAPTERS
    for chapter in CHAPTERS:  # each chapter tells beats: none is a card saying "being written"
        assert any(s.chapter == chapter and s.beat for s in ctx.content.scenes.values()), chapter


def test_what_the_chapters_hand_on(played) -> None:
    _ctx, _sim, state, _trail = played
    flags = state.flags
    for flag in ("took_ruths_hand", "praised_drawings", "hailsham_closed"):
        assert flag in flags, flag  # set by Chapter 3, read by Chapter 4
    assert state.items.get("cassette") == 1  # the tape, from the Sale to the end
    assert state.items.get("madame_address") == 1  # Ruth's gift on the sand
    chapters = {m.partition("_")[0] for m in state.memories}
    # The route's own finds (the all-memories detours are runs/memories.run's): early ones still
    # held at the end.
    assert {"lost", "cot", "def"} <= chapters, state.memories


def test_the_wire_and_the_credits(played) -> None:
    ctx, sim, state, _trail = played
    hung = keepsakes(state, ctx.content)
    assert [k.id for k in hung if k.kind == "memory"] == state.memories
    assert all(k.line for k in hung)
    top = sim.stack.top
    assert type(top).__name__ == "EndCredits" and top.phase == "rolling"
