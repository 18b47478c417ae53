"""Chapter 3, Completion, played from its chapter-select start by the committed input frames.

The frames were recorded by tests/autoplay.py (`python tests/autoplay.py --chapter completion`);
record them again when the chapter's content changes. The run must reach d01 to d08 in the
story's order (the scanner beeping by itself, Ruth stumbling once on the beach path and then
held), find the chapter's memories, give Chapter 4 what it reads, and hand over to Chapter 4.
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
INPUT = ROOT / "tests" / "data" / "completion.input"
BEATS = [f"d{i:02d}" for i in range(1, 9)]


@pytest.fixture(scope="module")
def played(tmp_path_factory):
    ctx = build_context(tmp_path_factory.mktemp("data"), headless=True, root=ROOT, quiet=True)
    sim = Simulation(
        ctx, WorldScreen(chapter_start(ctx, "completion"))
    )  # what Chapter Select starts
    sprites: set[str] = set()  # what the player was drawn as
    stumbling = [0]  # ticks Ruth stood still on the beach path while a stumble played

    def watch(top) -> None:
        sprites.add(top.world.player.sprite)
        run = top.director.run
        if run is not None and run.scene.id == "d05_stumble":
            stumbling[0] += 1

    state, trail = play_input(sim, INPUT, watch)
    ruth_stopped = stumbling[0]
    return ctx, sim, state, trail, sprites, ruth_stopped


def test_the_content_loads_without_problems(played) -> None:
    ctx, *_ = played
    assert not ctx.content.problems, ctx.content.problems[:5]


def test_every_beat_is_reached_in_story_order(played) -> None:
    ctx, _sim, _state, trail, _s, _r = played
    order: list[str] = []
    for scene, chapter in trail:
        beat = ctx.content.scenes[scene].beat if chapter == "completion" else ""
        if beat and beat not in order:
            order.append(beat)
    assert story_beats("d", BEATS) == BEATS
    assert order == BEATS, f"reached {order}"
    assert trail[0] == ("d01_road", "completion")  # the chapter's own opening, from Chapter Select


def test_the_chapter_hands_over_to_chapter_four(played) -> None:
    _ctx, _sim, state, trail, _s, _r = played
    assert state.chapter == "deferral"
    chapter_three = [scene for scene, chapter in trail if chapter == "completion"]
    assert chapter_three[-1] == "d08_good" or "d08_good" in chapter_three


def test_she_drove_then_walked(played) -> None:
    _ctx, _sim, _state, trail, sprites, _r = played
    assert {"car_kathy", "kathy_adult"} <= sprites  # the car on the road, herself at Halbury
    assert ("d01_scanner", "completion") in trail  # the box by the door read her pass unasked


def test_ruth_stumbled_once_and_was_held_after(played) -> None:
    _ctx, _sim, state, trail, _s, ruth_stopped = played
    assert state.flags.get("stumbles") == 1  # the route lets go until she stumbles, then holds on
    assert ruth_stopped > 30  # she stopped, and the scene took its time
    assert "_steady" not in state.flags  # the section ended at the boat
    scenes = [s for s, _c in trail]
    assert scenes.index("d05_path") < scenes.index("d05_stumble") < scenes.index("d05_boat")


def test_what_chapter_four_reads(played) -> None:
    _ctx, _sim, state, _trail, _s, _r = played
    flags = state.flags
    assert flags.get("took_ruths_hand") is True and flags.get("praised_drawings") is True
    assert flags.get("hailsham_closed") is True
    assert state.items.get("madame_address") == 1


def test_the_memories_are_detours(played) -> None:
    """The chapter's route passes its memories by (only the all-memories run takes them): there
    are at least five, each given by a scene of the chapter."""
    ctx, _sim, state, _trail, _s, _r = played
    assert not [m for m in state.memories if m.startswith("com_")]
    assert "lost_property" in state.memories  # carried in (the chapter's start)
    mine = [m for m, info in ctx.content.memories.items() if info.chapter == "completion"]
    assert len(mine) >= 5 and all(m.startswith("com_") for m in mine)
    given = {
        cmd["id"]
        for scene in ctx.content.scenes.values()
        if scene.chapter == "completion"
        for cmd in scene.walk()
        if cmd.key == "memory"
    }
    assert set(mine) <= given


def test_nothing_of_the_scene_ui_is_left_over(played) -> None:
    _ctx, _sim, state, _trail, _s, _r = played
    assert "_picture" not in state.flags and "_prompt" not in state.flags
    assert state.flags.get("_player_sprite") in (None, "kathy_31")  # Chapter 4 dresses her
