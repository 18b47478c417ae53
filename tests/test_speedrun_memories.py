"""The all-memories category: the whole game from New Game, splitting at every chapter like any%,
finished only with every memory found; its golds are its own; verify holds a run to it."""

from __future__ import annotations

import pytest

from game.boot import build_context
from game.input.actions import Action, InputFrame
from game.play.start import categories, category_chapters, memories_missing, start_of
from game.screens.results import ResultsScreen
from game.screens.speedrun import SpeedrunScreen, category_name
from game.simulation import Simulation
from game.speedrun import bests as bestlib
from game.speedrun.runfile import RunFile
from game.speedrun.timer import Split
from game.verify import verify
from tests.test_speedrun_content import bot_frame, make_speedrun_content

CONFIRM = InputFrame(frozenset({Action.CONFIRM}), frozenset({Action.CONFIRM}))
DOWN = InputFrame(frozenset({Action.DOWN}), frozenset({Action.DOWN}))
NOWHERE = 'shell: {title: "A shell", chapter: one, text: "Nobody ever finds this one."}\n'


def _context(tmp_path, memories: str | None):
    root = make_speedrun_content(tmp_path / "content")
    if memories is not None:
        (root / "dialogue" / "memories.yaml").write_text(memories, encoding="utf-8")
    ctx = build_context(tmp_path / "data", headless=True, root=root, quiet=True)
    return ctx, root


def _run_memories(ctx):
    """Choose "All memories" (the second row) and let the bot play to the end."""
    sim = Simulation(ctx, SpeedrunScreen())
    sim.tick(DOWN)
    sim.tick(CONFIRM)
    session = sim.speedrun.session
    assert session is not None and session.category == "memories"
    for t in range(5000):
        sim.tick(bot_frame(sim, t))
        if sim.speedrun.last is session:
            return sim, session
    raise AssertionError("the run never ended")


def test_the_category_is_offered_and_starts_from_new_game(tmp_path):
    ctx, _root = _context(tmp_path, None)
    assert categories(ctx)[:2] == ["full", "memories"]
    assert start_of("memories") == "new_game"
    assert category_chapters(ctx, "memories") == ["one", "two"]
    assert category_name(ctx, "memories") == "All memories"
    screen = SpeedrunScreen()
    screen.on_enter(ctx)
    assert [action for _label, action in screen.rows[:2]] == ["run:full", "run:memories"]


def test_a_run_that_found_every_memory_is_a_record_and_verifies(tmp_path):
    ctx, root = _context(tmp_path, None)  # no memories at all: every one is found
    sim, session = _run_memories(ctx)
    result = session.result
    assert session.finished and not result.missing and result.new_pb
    assert [s.chapter for s in session.splits] == ["one", "two"]
    assert isinstance(sim.stack.top, ResultsScreen)
    assert bestlib.personal_best(bestlib.load_bests(ctx), "memories") == session.igt
    assert bestlib.personal_best(bestlib.load_bests(ctx), "full") is None  # not an any% record
    run = RunFile.from_text(result.path.read_text(encoding="utf-8"))
    assert run.category == "memories" and run.start == "new_game"
    checked = verify(run, root)
    assert checked.ok, checked.problem


def test_a_run_that_missed_a_memory_is_no_record_and_fails_verify(tmp_path):
    ctx, root = _context(tmp_path, NOWHERE)
    sim, session = _run_memories(ctx)
    result = session.result
    assert result.missing == ["shell"] and result.memories_total == 1 and not result.new_pb
    assert bestlib.personal_best(bestlib.load_bests(ctx), "memories") is None
    words = dict((label, value) for label, value, _colour in sim.stack.top.lines(ctx))
    assert words["Memories"] == "0 of 1: not a finished run"
    run = RunFile.from_text(result.path.read_text(encoding="utf-8"))
    checked = verify(run, root)
    assert not checked.ok and "found 0 of 1" in checked.problem and "shell" in checked.problem


def test_missing_memories_are_listed_in_the_games_order():
    from types import SimpleNamespace

    ctx = SimpleNamespace(content=SimpleNamespace(memories={"a": 1, "b": 2, "c": 3}))
    assert memories_missing(ctx, "memories", ["c"]) == ["a", "b"]
    assert memories_missing(ctx, "full", []) == []


def test_all_memories_golds_are_kept_apart_from_any_percent():
    book: dict = {}
    fast, slow = Split("one", 100, 100, "two"), Split("one", 400, 400, "two")
    bestlib.record(book, "full", 100, 1000, [fast])
    bestlib.record(book, "memories", 400, 4000, [slow])
    assert bestlib.best_segment(book, "one") == 100
    assert bestlib.best_segment(book, "one", "memories") == 400
    assert bestlib.sum_of_best(book, ["one"], "memories") == 400


@pytest.mark.parametrize("category", ["memories", "full"])
def test_the_run_length_limit_is_the_whole_games(category):
    from game.speedrun.runfile import max_ticks

    assert max_ticks(category) == max_ticks("full") > max_ticks("chapter:one")


def test_no_all_memories_category_while_a_chapter_is_a_placeholder(tmp_path):
    """A chapter still being written hides its memories: the category waits for the whole story."""
    ctx, _root = _context(tmp_path, None)
    chapters = (ctx.paths.dialogue / "chapters.yaml").read_text(encoding="utf-8")
    (ctx.paths.dialogue / "chapters.yaml").write_text(
        chapters + "three: {title: Three, map: hall, spawn: start, scene: nothing_yet}\n",
        encoding="utf-8",
    )
    ctx = build_context(tmp_path / "data2", headless=True, root=_root, quiet=True)
    assert "three" in ctx.content.chapters
    assert categories(ctx)[:2] == ["full", "chapter:one"]
