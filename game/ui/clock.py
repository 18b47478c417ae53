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
SPLIT_SHOWN_TICKS = 240  # how long a split's delta stays under the clock
AHEAD, BEHIND, EVEN = (140, 220, 140), (235, 130, 120), (200, 200, 200)
GOLD = (236, 200, 90)  # a segment faster than the best it had (LiveSplit's gold)


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
    """The last split against the personal best's split (a tie is even, never a loss); gold
    when the chapter beat its best segment."""
    split = session.splits[-1]
    pb = bestlib.pb_splits(session.pb_snapshot, session.category).get(split.chapter)
    if pb is None:
        return (format_igt(split.total), GOLD if session.gold else palette.TEXT)
    diff = split.total - pb
    text = "\u00b10:00.000" if diff == 0 else format_diff(diff)
    colour = GOLD if session.gold else AHEAD if diff < 0 else BEHIND if diff > 0 else EVEN
    return (text, colour)


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


# The input display: each action as a small cap, lit while held (for run videos: `show_inputs`).
INPUT_CAPS = (
    ("up", 1, 0), ("left", 0, 1), ("down", 1, 1), ("right", 2, 1),
    ("confirm", 3.5, 1), ("cancel", 4.5, 1), ("skip", 5.5, 1), ("menu", 6.5, 1),
)  # fmt: skip
CAP_LABELS = {"up": "^", "left": "<", "down": "v", "right": ">", "confirm": "Z", "cancel": "X",
              "skip": "S", "menu": "M"}  # fmt: skip


def draw_inputs(surface: pygame.Surface, ctx: Any, timer: Any) -> None:
    """The actions the game saw last tick, bottom left, during a run (drawn only; never read)."""
    if timer is None or ctx.assets is None or not getattr(ctx.settings, "show_inputs", False):
        return
    if timer.session is None:
        return  # menus before any run: nothing to prove
    frame = timer.last_frame
    held = {a.value for a in frame.held}
    font = ctx.assets.font("small")
    x0, y0, size = 4, 4, 11  # top left: the text box and the clock keep their corners
    for name, cx, cy in INPUT_CAPS:
        rect = pygame.Rect(x0 + int(cx * (size + 1)), y0 + cy * (size + 1), size, size)
        lit = name in held
        pygame.draw.rect(surface, (236, 226, 190) if lit else (40, 40, 48), rect)
        pygame.draw.rect(surface, palette.SHADOW, rect, 1)
        label = CAP_LABELS[name]
        tx = rect.x + (size - font.measure(label)) // 2
        font.draw(surface, label, (tx, rect.y + 1), (20, 20, 24) if lit else palette.HINT)
