"""The timer rules, tick by tick: what counts (play, lines, choices, cutscenes) and what does not
(menus, the pause menu, the backlog, chapter hand-overs, opening cards, the title)."""

from pathlib import Path
from types import SimpleNamespace

import pytest

from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.screens.stack import Screen, ScreenStack
from game.speedrun.timer import (
    GameTimer,
    format_diff,
    format_igt,
    livesplit_time,
    parse_igt,
    ticks_to_ms,
)


@pytest.mark.parametrize(
    ("ticks", "text"),
    [
        (0, "0:00:00.000"),
        (1, "0:00:00.016"),  # 16.67 ms, rounded down
        (2, "0:00:00.033"),
        (59, "0:00:00.983"),
        (60, "0:00:01.000"),
        (61, "0:00:01.016"),
        (60 * 60 * 60, "1:00:00.000"),
        (60 * 3599 + 59, "0:59:59.983"),
        (60 * 60 * 60 * 12 + 7, "12:00:00.116"),
    ],
)
def test_igt_format_is_exact(ticks, text):
    assert format_igt(ticks) == text
    assert parse_igt(text) == ticks_to_ms(ticks)


def test_other_formats():
    assert livesplit_time(5 * 60 + 30) == "0:00:05.5000000"
    assert livesplit_time(83 * 60 + 27) == "0:01:23.4500000"
    assert format_diff(-75) == "-0:01.250"
    assert format_diff(90) == "+0:01.500"
    assert format_diff(60 * 3600 + 60) == "+1:00:01.000"
    with pytest.raises(ValueError):
        parse_igt("1:2:3")


NONE = InputFrame()


class FakeWorld(Screen):
    """Just what the timer reads from a world: counts_time, pending_chapter, state, director.card."""

    counts_time = True

    def __init__(self, chapter="one"):
        self.state = SimpleNamespace(chapter=chapter, play_ticks=0)
        self.pending_chapter = None
        self.director = SimpleNamespace(card=None)
        self.menu_next = False

    def update(self, frame, ctx):
        if self.menu_next:  # like the real world: the tick that opens a menu is spent on it
            self.menu_next = False
            ctx.stack.push(Menu())
            return
        self.state.play_ticks += 1


class Menu(Screen):
    counts_time = False
    opaque = False

    def update(self, frame, ctx):
        if frame.was_pressed(Action.CANCEL):
            ctx.stack.pop()


class Harness:
    def __init__(self, world):
        self.ctx = SimpleNamespace()
        self.stack = ScreenStack(self.ctx)
        self.ctx.stack = self.stack
        self.stack.push(world)
        self.stack.apply()
        self.timer = GameTimer()
        self.reports = []

    def tick(self, frame=NONE, before=None):
        self.timer.before_tick(self.stack.top)
        self.stack.update(frame)
        if before:
            before()
        self.reports.append(self.timer.after_tick(self.stack))
        return self.reports[-1]


CANCEL = InputFrame(frozenset({Action.CANCEL}), frozenset({Action.CANCEL}))


def test_play_counts_every_tick():
    h = Harness(FakeWorld())
    for _ in range(10):
        assert h.tick().counted
    assert h.timer.chapter_ticks == 10 and h.timer.file_ticks == 10


def test_pause_menu_counts_nothing_from_the_tick_it_opens_to_the_tick_it_closes():
    world = FakeWorld()
    h = Harness(world)
    h.tick()
    world.menu_next = True
    assert not h.tick().counted  # the tick spent opening the menu
    for _ in range(30):
        assert not h.tick().counted  # the menu is on top
    assert not h.tick(CANCEL).counted  # the tick that closes it belongs to the menu
    assert h.tick().counted
    assert h.timer.chapter_ticks == 2


def test_chapter_hand_over_and_opening_card_are_not_counted():
    world = FakeWorld("one")
    h = Harness(world)
    h.tick()
    # The tick the last line is dismissed: the chapter ends, and that tick counts.
    report = h.tick(before=lambda: setattr(world, "pending_chapter", "two"))
    assert report.counted and report.split.chapter == "one" and report.split.segment == 2
    for _ in range(5):  # loading: the hand-over waits
        assert not h.tick().counted

    def enter():
        world.pending_chapter = None
        world.state.chapter = "two"
        world.director.card = "Part Two"

    report = h.tick(before=enter)
    assert not report.counted and report.entered == "two"
    for _ in range(20):  # the chapter's opening card, between chapters
        assert not h.tick().counted
    assert not h.tick(before=lambda: setattr(world.director, "card", None)).counted  # its last tick
    assert h.tick().counted  # the first tick of the chapter
    assert h.timer.chapter_ticks == 1 and h.timer.file_ticks == 3
    world.director.card = "A place, a year"  # a card inside the chapter is a cutscene: it counts
    assert h.tick().counted


def test_hand_over_within_one_tick_and_the_end():
    world = FakeWorld("one")
    h = Harness(world)
    h.tick()

    def same_tick():
        world.state.chapter = "two"  # the hand-over happened within the tick

    report = h.tick(before=same_tick)
    assert report.counted and report.split.chapter == "one" and report.split.next == "two"
    assert report.entered == "two"
    assert h.tick().counted  # no opening card: the chapter's first tick counts

    def the_end():
        h.stack.replace(Menu())  # the world gives way to the end card
        h.stack.apply()

    h.tick()
    report = h.tick(before=the_end)
    assert report.split.chapter == "two" and report.split.segment == 3 and report.split.next == ""
    assert not h.tick().counted


def test_title_and_other_screens_never_count():
    h = Harness(Menu())
    for _ in range(5):
        assert not h.tick().counted
    assert h.timer.world is None


def test_real_world_backlog_and_pause_hold_the_clock(ctx):
    from game.screens.world_screen import WorldScreen
    from game.simulation import Simulation

    sim = Simulation(ctx, WorldScreen(Play(ctx, "room", "start")))
    timer = sim.speedrun.timer
    for _ in range(10):
        sim.tick()
    assert timer.file_ticks == 10
    press = InputFrame(frozenset({Action.BACKLOG}), frozenset({Action.BACKLOG}))
    sim.tick(press)
    assert type(sim.stack.top).__name__ == "BacklogScreen"
    for _ in range(20):
        sim.tick()
    sim.tick(press)  # closes it
    assert type(sim.stack.top).__name__ == "WorldScreen"
    assert timer.file_ticks == 10
    sim.tick()
    assert timer.file_ticks == 11


def test_clock_modes(ctx):
    from game.screens.world_screen import WorldScreen
    from game.simulation import Simulation
    from game.ui.clock import clock_lines

    sim = Simulation(ctx, WorldScreen(Play(ctx, "room", "start")))
    for _ in range(90):
        sim.tick()
    assert clock_lines(ctx, sim.speedrun) == []  # off by default outside a run
    texts = {}
    for mode in ("off", "chapter", "file", "both"):
        ctx.settings.speedrun_clock = mode
        texts[mode] = [text for text, _ in clock_lines(ctx, sim.speedrun)]
    assert texts["off"] == []
    assert texts["chapter"] == ["CH 0:00:01.500"]
    assert texts["file"] == ["IGT 0:00:01.500"]
    assert texts["both"] == ["IGT 0:00:01.500", "CH 0:00:01.500"]
    # The drawing itself: a plate in the top-right corner, nothing elsewhere.
    import pygame

    from game.render.resources import Resources
    from game.ui.clock import draw_clock

    ctx.assets = Resources(Path(__file__).parent.parent / "assets", lambda m: None)
    canvas = pygame.Surface((480, 270))
    draw_clock(canvas, ctx, sim.speedrun)
    assert canvas.get_at((470, 8))[:3] != (0, 0, 0)
    assert canvas.get_at((10, 260))[:3] == (0, 0, 0)


def test_split_deltas_ties_and_golds():
    """Under the clock after a split: green ahead, red behind, grey for a tie (never a loss), gold
    when the chapter beat its best segment; against the PB of the run's own category."""
    from game.speedrun.timer import Split
    from game.ui.clock import AHEAD, BEHIND, EVEN, GOLD, _split_line

    book = {"chapter:one": {"igt": 600, "splits": [["one", 600, 600, 10_000]]}}

    def line(total: int, gold: bool = False):
        session = SimpleNamespace(
            splits=[Split("one", total, total)], pb_snapshot=book, category="chapter:one", gold=gold
        )
        return _split_line(None, session)

    assert line(600) == ("\u00b10:00.000", EVEN)
    assert line(590) == ("-0:00.166", AHEAD)
    assert line(630) == ("+0:00.500", BEHIND)
    assert line(590, gold=True)[1] == GOLD
