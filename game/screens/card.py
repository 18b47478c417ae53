"""A full-screen card between parts of the game (the end of the content that exists).

It waits for a key, and after a moment says so: a card that sits on black with nothing moving
looks frozen.
"""

from __future__ import annotations

from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.screens.stack import Screen
from game.ui import palette, prompts

READY_TICKS = 90  # the card takes no key for a moment (a held Confirm must not skip it)
PROMPT_TICKS = 180  # then, a little later, it says which key goes on
PROMPT_FADE = 60


class EndCard(Screen):
    opaque = True

    def __init__(self, title: str, sub: str = "") -> None:
        self.title, self.sub = title, sub
        self.ticks = 0

    def update(self, frame: InputFrame, ctx: Context) -> None:
        self.ticks += 1
        if self.ticks > READY_TICKS and (
            frame.was_pressed(Action.CONFIRM) or frame.was_pressed(Action.CANCEL)
        ):
            self.stack.to_title()

    def prompt(self, ctx: Context) -> str:
        """What the card says once it has waited a moment ("" before then)."""
        if self.ticks < PROMPT_TICKS:
            return ""
        return prompts.hint((prompts.key(ctx, Action.CONFIRM), "back to the title"))

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        surface.fill((0, 0, 0))
        big, small = ctx.assets.font("large"), ctx.assets.font("small")
        w, h = surface.get_size()
        big.draw(
            surface, self.title, ((w - big.measure(self.title)) // 2, h // 2 - 14), palette.TITLE
        )
        if self.sub:
            small.draw(
                surface,
                self.sub,
                ((w - small.measure(self.sub)) // 2, h // 2 + 8),
                palette.SUBTITLE,
            )
        draw_waiting(surface, ctx, self.prompt(ctx), self.ticks - PROMPT_TICKS)

    def snapshot(self) -> dict[str, Any]:
        return {"ticks": self.ticks, "title": self.title}


def draw_waiting(surface: pygame.Surface, ctx: Context, text: str, shown: int) -> None:
    """A card's quiet "press a key" line, bottom right, faded in over a second (``shown`` ticks)."""
    if not text:
        return
    small = ctx.assets.font("small")
    layer = pygame.Surface((small.measure(text) + 2, small.line_height + 2), pygame.SRCALPHA)
    small.draw(layer, text, (0, 0), palette.HINT)
    layer.set_alpha(min(255, max(0, shown) * 255 // PROMPT_FADE))
    w, h = surface.get_size()
    surface.blit(layer, (w - 10 - layer.get_width(), h - 16))
