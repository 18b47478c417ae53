"""Credits: who made the game and with what, scrolling slowly up the screen; any key returns.

The lines come from the manifest's optional ``credits`` list (``"# Heading"`` for a heading, ``""``
for a gap); without one, a plain default says who made the game and how.
"""

from __future__ import annotations

from typing import Any

import pygame

from game.context import Context
from game.input.actions import InputFrame
from game.screens.stack import Screen
from game.ui import palette
from game.ui.widgets import shade

TICKS_PER_PIXEL = 3  # 20 pixels a second: slow enough to read, quick enough not to bore
LINE_GAP = {"title": 22, "sub": 14, "head": 14, "text": 12, "gap": 10}

DEFAULT_CREDITS = (
    "# Made by",
    "The engineers of the {title} project:",
    "story, scenes and maps · engine · art · music and sound · menus and saves",
    "",
    "# Made with",
    "Python, pygame-ce, pytmx, PyYAML and platformdirs",
    "Tiled for the maps",
    "",
    "# Art, music and text",
    "All art, music, sound and text were made for this game,",
    "with tools written for it and kept beside it.",
)


def credit_lines(ctx: Context) -> list[tuple[str, str]]:
    """(style, text) pairs from the top: title, subtitle, the credits, the mods, a thank-you."""
    lines = [("title", ctx.manifest.title)]
    if ctx.manifest.subtitle:
        lines.append(("sub", ctx.manifest.subtitle))
    lines += [("gap", ""), ("gap", "")]
    custom = ctx.manifest.extra.get("credits") if isinstance(ctx.manifest.extra, dict) else None
    source = (
        [str(c) for c in custom]
        if isinstance(custom, list) and all(isinstance(c, str) for c in custom)
        else list(DEFAULT_CREDITS)
    )
    for text in source:
        if not text.strip():
            lines.append(("gap", ""))
        elif text.startswith("#"):
            lines.append(("head", text.lstrip("# ").strip()))
        else:
            lines.append(("text", text.replace("{title}", ctx.manifest.title)))
    names = list(getattr(ctx.mods, "names", []) or [])
    if names:
        lines += [("gap", ""), ("head", "Mods in use"), *(("text", n) for n in names)]
    lines += [("gap", ""), ("gap", ""), ("gap", ""), ("sub", "Thank you for playing.")]
    return lines


def draw_credit_lines(surface: pygame.Surface, ctx: Context, offset: int) -> None:
    """The credits, centred, scrolled up by ``offset`` pixels from the bottom edge (the credits
    screen and the ending roll the same lines the same way)."""
    fonts = {
        "title": ctx.assets.font("large"),
        "sub": ctx.assets.font("regular"),
        "head": ctx.assets.font("small"),
        "text": ctx.assets.font("regular"),
    }
    colors = {
        "title": palette.TITLE,
        "sub": palette.SUBTITLE,
        "head": palette.BOX_EDGE,
        "text": palette.TEXT,
    }
    w, h = surface.get_size()
    y = h - offset
    for style, text in credit_lines(ctx):
        if style != "gap" and -20 < y < h:
            font = fonts[style]
            label = text.upper() if style == "head" else text
            x = (w - font.measure(label)) // 2
            font.draw(surface, label, (x, y), colors[style], shadow=palette.SHADOW)
        y += LINE_GAP[style]


def block_height(lines: list[tuple[str, str]]) -> int:
    return sum(LINE_GAP[style] for style, _text in lines)


class CreditsScreen(Screen):
    opaque = True
    counts_time = False

    def __init__(self) -> None:
        self.ticks = 0
        self.height = 0  # the credits' height in pixels (fixed gaps per line, never text widths)

    def on_enter(self, ctx: Context) -> None:
        self.height = block_height(credit_lines(ctx))

    @property
    def offset(self) -> int:
        """How far the credits have risen; they stop once the thank-you reaches the middle."""
        return min(self.ticks // TICKS_PER_PIXEL, 270 // 2 + self.height - 6)

    def update(self, frame: InputFrame, ctx: Context) -> None:
        self.ticks += 1
        if frame.pressed or frame.click:
            ctx.audio.play_sound("menu_cancel")
            self.stack.pop()

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        backdrop = ctx.assets.image("title/backdrop.png")
        if backdrop is not None:
            surface.blit(backdrop, (0, 0))
            shade(surface, 205)
        else:
            surface.fill(palette.NIGHT)
        draw_credit_lines(surface, ctx, self.offset)
        w, h = surface.get_size()
        small = ctx.assets.font("small")
        hint = "any key: back"
        small.draw(surface, hint, (w - 8 - small.measure(hint), h - 12), palette.HINT)

    def snapshot(self) -> dict[str, Any]:
        return {"ticks": self.ticks}
