"""The in-game timer: which ticks count, chapter splits, and the time formats.

IGT is counted in whole simulation ticks (60 a second), so it is exact and the same on every machine.
A tick counts when, at its start, the top screen counts time (the world, not a menu, card or title)
and the world is not handing over between chapters, and the world then really advanced (a tick spent
opening the pause menu or the backlog is not play). A chapter ends on the tick its last line is
dismissed: that is the tick the world's `pending_chapter` becomes set, and that tick still counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TICKS_PER_SECOND = 60


def ticks_to_ms(ticks: int) -> int:
    """Exact, rounded down: the same integer on every machine."""
    return ticks * 1000 // TICKS_PER_SECOND


def format_ms(ms: int) -> str:
    sign, ms = ("-", -ms) if ms < 0 else ("", ms)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{sign}{h}:{m:02}:{s:02}.{ms:03}"


def format_igt(ticks: int) -> str:
    """``H:MM:SS.mmm`` from ticks (the way every screen and tool shows IGT)."""
    return format_ms(ticks_to_ms(ticks))


def format_diff(ticks: int) -> str:
    """A signed difference, short: ``-0:01.250``, ``+1:02:03.000``."""
    ms = ticks_to_ms(abs(ticks))
    sign = "-" if ticks < 0 else "+"
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{sign}{h}:{m:02}:{s:02}.{ms:03}" if h else f"{sign}{m}:{s:02}.{ms:03}"


def livesplit_time(ticks: int) -> str:
    """LiveSplit's ``[[h:]mm:]ss.fffffff`` (seven fraction digits), from the same milliseconds."""
    ms = ticks_to_ms(ticks)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h}:{m:02}:{s:02}.{ms:03}0000"


def parse_igt(text: str) -> int:
    """Milliseconds from ``H:MM:SS.mmm``; raises ValueError."""
    hms, _, frac = text.strip().partition(".")
    parts = hms.split(":")
    if len(parts) != 3 or len(frac) != 3 or not all(p.isdigit() for p in [*parts, frac]):
        raise ValueError(f"not a time like 0:01:23.456: {text!r}")
    h, m, s = (int(p) for p in parts)
    return ((h * 60 + m) * 60 + s) * 1000 + int(frac)


@dataclass(frozen=True)
class Split:
    chapter: str
    segment: int  # this chapter's ticks
    total: int = 0  # the run's ticks up to here (set by the run, 0 outside one)
    next: str = field(default="", compare=False)  # the chapter handed over to ("": the end)


@dataclass
class TickReport:
    """What one tick meant to the timer."""

    counted: bool = False
    entered: str | None = None  # a chapter began (its first tick is the next one)
    split: Split | None = None  # a chapter ended on this tick
    world: Any = None  # the play the tick belonged to (None: no world on top)


def _world_of(screen: Any) -> Any:
    """The play a screen shows (a world screen's), else None. A screen that is itself a world
    (it has a state and a chapter hand-over) is its own play (the timer's tests use such)."""
    play = getattr(screen, "play", screen)
    if play is not None and hasattr(play, "pending_chapter") and hasattr(play, "state"):
        return play
    return None


@dataclass
class _Before:
    world: Any
    counts: bool
    pending: str | None
    play: int
    chapter: str
    card: bool  # a title card was on when the tick began


@dataclass
class GameTimer:
    """Watches every tick (never changes the game). Feeds the clock and the runs."""

    world: Any = None  # the play being timed
    chapter: str = ""
    chapter_ticks: int = 0
    file_ticks: int = 0
    opening: bool = False  # a chapter just began and may open on a card (between chapters)
    _pre: _Before | None = field(default=None, repr=False)

    def before_tick(self, top: Any) -> None:
        world = _world_of(top)
        if world is None:
            self._pre = None
            return
        if world is not self.world:  # a new game, a loaded save, a chapter select
            self.world = world
            self.chapter = world.state.chapter
            self.chapter_ticks = 0
            self.file_ticks = int(getattr(world.state, "igt_ticks", world.state.play_ticks))
        counts = bool(getattr(top, "counts_time", False)) and world.pending_chapter is None
        card = world.director.card is not None
        pre = _Before(
            world, counts, world.pending_chapter, world.state.play_ticks, self.chapter, card
        )
        self._pre = pre

    def after_tick(self, stack: Any) -> TickReport:
        pre, self._pre = self._pre, None
        if pre is None:
            return TickReport()
        world = pre.world
        report = TickReport(world=world)
        counts = pre.counts
        if self.opening:  # until a tick begins and ends with no card, the chapter has not begun
            card = pre.card or world.director.card is not None
            self.opening = card
            counts = counts and not card
        if counts and world.state.play_ticks > pre.play:
            report.counted = True
            self.chapter_ticks += 1
            self.file_ticks += 1
        # The hand-over may happen within the tick the last line is dismissed (the chapter changes,
        # or the world gives way to the end card), or wait a few ticks (pending_chapter stays set).
        changed = world.state.chapter != pre.chapter and world.pending_chapter is None
        gone = not any(_world_of(s) is world for s in stack) and _world_of(stack.top) is None
        if pre.pending is None and (world.pending_chapter is not None or changed or gone):
            nxt = world.state.chapter if changed else (world.pending_chapter or "")
            report.split = Split(pre.chapter, self.chapter_ticks, next=nxt)
        handed = (
            pre.pending and world.pending_chapter is None and world.state.chapter == pre.pending
        )
        if (changed or handed) and world.state.chapter and not gone:
            self.chapter, self.chapter_ticks = world.state.chapter, 0
            self.opening = True
            report.entered = self.chapter
        return report
