"""The speedrun clock overlay: IGT (and RTA during a run) in a corner of the canvas.

Drawn on the 480x270 canvas with the small font, so it scales with the window by a whole factor and
stays sharp and legible at every size. Reads the timer; never changes anything.
"""

from __future__ import annotations

import time
from typing import Any

import pygame

from game.speedrun import bests as bestlib
from game.speedrun.timer import format_diff, format_igt, format_ms
from game.ui import palette

MODES = ("off", "chapter", "file", "both")
SPLIT_SHOWN_TICKS = 240  # how long a full run's split stays under the clock
AHEAD, BEHIND = (140, 220, 140), (235, 130, 120)


def clock_mode(ctx: Any, running: bool) -> str:
    """The `speedrun_clock` setting; a run shows both clocks unless the player chose otherwise."""
    mode = getattr(ctx.settings, "speedrun_clock", None)
    if mode not in MODES:
        return "both" if running else "off"
    return mode


def clock_lines(ctx: Any, timer: Any, now_ns: int | None = None) -> list[tuple[str, tuple]]:
    """The lines to show (text, colour): what `draw_clock` draws, testable without a window."""
    session = timer.session
    mode = clock_mode(ctx, session is not None)
    if mode == "off":
        return []
    game = timer.timer
    lines: list[tuple[str, tuple]] = []
    if session is not None:
        if mode in ("file", "both"):
            tag = "PRACTICE " if session.practice else "IGT "
            lines.append((tag + format_igt(session.igt), palette.TITLE))
        if mode in ("chapter", "both"):
            lines.append(("CH " + format_igt(game.chapter_ticks), palette.SUBTITLE))
        now = time.perf_counter_ns() if now_ns is None else now_ns
        lines.append(("RTA " + format_ms((now - session.rta_start) // 1_000_000), palette.HINT))
        if session.splits and session.ticks - session.split_tick < SPLIT_SHOWN_TICKS:
            lines.append(_split_line(ctx, session))
        return lines
    if game.world is None:
        return []
    if mode in ("file", "both"):
        lines.append(("IGT " + format_igt(game.file_ticks), palette.TITLE))
    if mode in ("chapter", "both"):
        lines.append(("CH " + format_igt(game.chapter_ticks), palette.SUBTITLE))
    return lines


def _split_line(ctx: Any, session: Any) -> tuple[str, tuple]:
    split = session.splits[-1]
    pb = bestlib.pb_splits(session.pb_snapshot).get(split.chapter)
    if pb is None:
        return (format_igt(split.total), palette.TEXT)
    diff = split.total - pb
    return (format_diff(diff), AHEAD if diff < 0 else BEHIND)


def draw_clock(surface: pygame.Surface, ctx: Any, timer: Any) -> None:
    """Draw the clock in the top-right corner. `timer` is the Simulation's `speedrun` hooks."""
    if timer is None or ctx.assets is None:
        return
    lines = clock_lines(ctx, timer)
    if not lines:
        return
    font = ctx.assets.font("small")
    width = max(font.measure(text) for text, _ in lines) + 8
    height = len(lines) * font.line_height + 5
    x = surface.get_width() - width - 3
    plate = pygame.Surface((width, height), pygame.SRCALPHA)
    plate.fill((*palette.SHADOW, 190))
    surface.blit(plate, (x, 3))
    for i, (text, color) in enumerate(lines):
        # Right-aligned, so the digits do not shift as the width of the numbers changes.
        tx = x + width - 4 - font.measure(text)
        font.draw(surface, text, (tx, 5 + i * font.line_height), color, shadow=palette.SHADOW)
