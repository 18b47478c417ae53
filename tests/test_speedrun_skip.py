"""Skip is strictly the fastest way through text (SPEEDRUN.md, "Speedrun mode"): holding it passes a
line a tick; no way of pressing Confirm (mashing every tick with three keys, turbo, Confirm and Skip
together) passes one in fewer than two. Checked by trying every input for the first ticks of a line."""

from __future__ import annotations

import itertools

import pytest

from game.boot import build_context
from game.input.actions import Action, InputFrame
from game.simulation import Simulation
from tests.test_speedrun_content import make_speedrun_content

C, S = Action.CONFIRM, Action.SKIP
INPUTS = {
    "none": InputFrame(),
    "press": InputFrame(frozenset({C}), frozenset({C})),
    "hold": InputFrame(frozenset({C})),
    "skip": InputFrame(frozenset({S})),
    "skip+press": InputFrame(frozenset({S, C}), frozenset({C})),
}


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    root = make_speedrun_content(tmp_path_factory.mktemp("content"))
    return build_context(tmp_path_factory.mktemp("data"), headless=True, root=root, quiet=True)


def at_a_line(ctx) -> Simulation:
    """A chapter run of Part Two, ticked until its first line is on screen."""
    sim = Simulation(ctx, _blank(ctx))
    assert sim.start_run("chapter:two", "chapter:two") is None
    for _ in range(300):
        sim.tick()
        if sim.stack.top.director.box is not None:
            return sim
    raise AssertionError("no line appeared")


def _blank(ctx):
    from game.screens.title import TitleScreen

    return TitleScreen()


def ticks_to_pass(ctx, names: tuple[str, ...]) -> int | None:
    """How many of these inputs it takes to get the line off the screen (None: not within them)."""
    sim = at_a_line(ctx)
    first = sim.stack.top.director.box
    for n, name in enumerate(names, start=1):
        sim.tick(INPUTS[name])
        if sim.stack.top.director.box is not first:
            return n
    return None


def test_skip_passes_a_line_a_tick_and_nothing_else_does(ctx):
    fastest: dict[int, set[str]] = {}
    for length in (1, 2):
        for names in itertools.product(INPUTS, repeat=length):
            n = ticks_to_pass(ctx, names)
            if n == length:
                fastest.setdefault(n, set()).add(names[0])
    assert fastest[1] <= {"skip", "skip+press"}, fastest  # one tick: only with Skip held
    assert "press" in fastest[2]  # Confirm needs two: a tick to appear, a press to go


def test_mashing_never_beats_holding_skip(ctx):
    """Through a whole scene: Skip held against Confirm pressed every tick (three keys in turn)."""

    def through(frame_for) -> int:
        sim = at_a_line(ctx)
        for t in range(2000):
            sim.tick(frame_for(t))
            if sim.speedrun.session is None:
                return t
        raise AssertionError("the chapter did not end")

    held = through(lambda t: INPUTS["skip"])
    mashed = through(lambda t: INPUTS["press"])
    alternate = through(lambda t: INPUTS["press"] if t % 2 else INPUTS["none"])
    both = through(lambda t: INPUTS["skip+press"])
    assert held < mashed <= alternate
    assert both == held  # pressing Confirm while skipping changes nothing
