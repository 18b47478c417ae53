"""Chapter 2, the Cottages, played from its chapter-select start by the committed input frames.

The frames were recorded by tests/autoplay.py (`python tests/autoplay.py --chapter cottages`);
record them again when the chapter's content changes. The run must reach c01 to c11 in the
story's order, carry its choices into the flags Chapters 3 and 4 read, and hand over to Chapter 3.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.boot import build_context
from game.play.start import chapter_start
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation
from tests.playkit import play_input, story_beats

ROOT = Path(__file__).resolve().parents[1]
INPUT = ROOT / "tests" / "data" / "cottages.input"
BEATS = [f"c{i:02d}" for i in range(1, 12)]


@pytest.fixture(scope="module")
def played(tmp_path_factory):
    ctx = build_context(tmp_path_factory.mktemp("data"), headless=True, root=ROOT, quiet=True)
    sim = Simulation(ctx, WorldScreen(chapter_start(ctx, "cottages")))
    state, trail = play_input(sim, INPUT)
    return ctx, sim, state, trail


def test_every_beat_is_reached_in_story_order(played) -> None:
    ctx, _sim, _state, trail = played
    order: list[str] = []
    for scene, chapter in trail:
        beat = ctx.content.scenes[scene].beat if chapter == "cottages" else ""
        if beat and beat not in order:
            order.append(beat)
    assert story_beats("c", BEATS) == BEATS
    assert order == BEATS, f"reached {order}"


def test_the_chapter_hands_over_to_chapter_three(played) -> None:
    _ctx, _sim, state, trail = played
    assert trail[0] == ("c01_leaving", "cottages")
    assert trail[-1][1] == "completion" and state.chapter == "completion"
    assert ("d01_road", "completion") in trail or state.visited[-1] == "c11_form"


def test_the_case_the_evenings_and_the_choices_are_carried_forward(played) -> None:
    _ctx, _sim, state, _trail = played
    flags, items = state.flags, state.items
    # c01: the tape, the collection box and the poems went in; what she left is remembered
    assert items.get("cassette") == 1 and items.get("keepsakes") == 1 and items.get("poems") == 1
    assert "music_box" not in items and flags.get("left_music_box") is True
    assert "wooden_train" not in items and flags.get("left_wooden_train") is True
    assert flags.get("left_cassette") is None
    # the flags Chapters 3 and 4 read
    assert flags.get("evening_with") == "tommy"  # the last evening chosen
    assert flags.get("raised_gesture") == "bluntly"
    assert flags.get("hoped") is True
    # c02: the bot laughs a little after each laugh: every one joined, a beat behind
    assert flags.get("laughs") == 4 and flags.get("laughs_early") == 0
    assert flags.get("laughs_late") == 4 * 18
    assert flags.get("pointed_at") == "cake"


def test_memories_on_the_way(played) -> None:
    _ctx, _sim, state, _trail = played
    assert {"cot_drawer", "cot_coat"} <= set(state.memories)
    assert "lost_property" in state.memories  # carried in from Chapter 1 (the chapter's start)


def test_nothing_of_the_scene_ui_is_left_over(played) -> None:
    _ctx, _sim, state, _trail = played
    assert "_picture" not in state.flags and "_prompt" not in state.flags
