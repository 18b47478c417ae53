"""A full-screen card between parts of the game (the end of the content that exists)."""

from __future__ import annotations

from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.screens.stack import Screen
from game.ui import palette


class EndCard(Screen):
    opaque = True

    def __init__(self, title: str, sub: str = "") -> None:
        self.title, self.sub = title, sub
        self.ticks = 0

    def update(self, frame: InputFrame, ctx: Context) -> None:
        self.ticks += 1
        if self.ticks > 90 and (
            frame.was_pressed(Action.CONFIRM) or frame.was_pressed(Action.CANCEL)
        ):
            self.stack.to_title()

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

    def snapshot(self) -> dict[str, Any]:
        return {"ticks": self.ticks, "title": self.title}
