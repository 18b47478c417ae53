"""The prologue and Chapter 1 played from New Game by the committed input frames, headless.

The frames were recorded by tests/autoplay.py; regenerate them when the content changes
(`python tests/autoplay.py`). The run must reach every beat's scene in the story's order, collect
the memory on the way, spend tokens at the Sale, and end the chapter into the next one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.boot import build_context
from game.screens.title import TitleScreen
from game.simulation import Simulation
from tests.playkit import play_input, story_beats

ROOT = Path(__file__).resolve().parents[1]
INPUT = ROOT / "tests" / "data" / "chapter1.input"
BEATS = ["p01", "p02"] + [f"h{i:02d}" for i in range(1, 16)]


@pytest.fixture(scope="module")
def played(tmp_path_factory):
    ctx = build_context(tmp_path_factory.mktemp("data"), headless=True, root=ROOT, quiet=True)
    sim = Simulation(ctx, TitleScreen())
    state, trail = play_input(sim, INPUT)
    return ctx, sim, state, trail


def test_the_content_loads_without_problems(played) -> None:
    ctx, *_ = played
    assert not ctx.content.problems, ctx.content.problems[:5]


def test_every_beat_is_reached_in_story_order(played) -> None:
    ctx, _sim, _state, trail = played
    order: list[str] = []
    for scene, _chapter in trail:
        beat = ctx.content.scenes[scene].beat
        if beat and beat[0] in "ph" and beat not in order:  # the input ends as Chapter 2 begins
            order.append(beat)
    assert story_beats("ph", BEATS) == BEATS
    assert order == BEATS, f"reached {order}"


def test_the_chapter_hands_over_to_the_next(played) -> None:
    ctx, _sim, state, trail = played
    chapters = [c for _s, c in trail]
    assert chapters[0] == "prologue" and "hailsham" in chapters
    opening = ctx.content.chapters["cottages"]["scene"]
    assert (opening, "cottages") in trail  # Chapter 2 was entered and began
    assert state.chapter == "cottages"


def test_the_sale_memories_and_gift(played) -> None:
    _ctx, _sim, state, _trail = played
    assert "lost_property" in state.memories
    assert state.items.get("cassette") == 1
    bought = {"wooden_train", "music_box"} & set(state.items)
    assert bought, state.items
    assert state.flags.get("wrist_scanned") is True
