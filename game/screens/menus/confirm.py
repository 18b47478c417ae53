"""A yes/no question in a small box (overwrite this save? quit without saving?)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.input.menu import Repeater
from game.screens.stack import Screen
from game.ui import palette
from game.ui.sceneview import draw_panel
from game.ui.widgets import draw_button, inside, shade

BOX_W = 280
BUTTON_W, BUTTON_H = 96, 16


class ConfirmScreen(Screen):
    """Asks ``question``; Yes pops this box then calls ``on_yes(ctx)``; No or cancel just pops it.

    The cursor starts on No: a stray confirm never destroys anything.
    """

    opaque = False
    counts_time = False

    def __init__(
        self,
        question: str,
        on_yes: Callable[[Context], None],
        *,
        detail: str = "",
        yes: str = "Yes",
        no: str = "No",
    ) -> None:
        self.question, self.detail = question, detail
        self.labels = (yes, no)
        self.on_yes = on_yes
        self.cursor = 1
        self.repeat = Repeater()
        self.answer: str | None = None

    # Fixed layout: the box is centred and sized by line counts known up front.
    def box(self) -> pygame.Rect:
        h = 78 if self.detail else 60
        return pygame.Rect((480 - BOX_W) // 2, (270 - h) // 2, BOX_W, h)

    def buttons(self) -> list[tuple[int, int, int, int]]:
        box = self.box()
        y = box.bottom - BUTTON_H - 8
        gap = 16
        left = box.centerx - BUTTON_W - gap // 2
        return [(left, y, BUTTON_W, BUTTON_H), (box.centerx + gap // 2, y, BUTTON_W, BUTTON_H)]

    def update(self, frame: InputFrame, ctx: Context) -> None:
        if frame.pointer is not None:
            for i, rect in enumerate(self.buttons()):
                if inside(rect, frame.pointer):
                    if i != self.cursor:
                        self.cursor = i
                        ctx.audio.play_sound("menu_move")
                    if frame.click:
                        self._answer(ctx, i)
                        return
        if frame.was_pressed(Action.CANCEL):
            self._answer(ctx, 1)
            return
        if frame.was_pressed(Action.CONFIRM):
            self._answer(ctx, self.cursor)
            return
        for action in (Action.LEFT, Action.RIGHT, Action.UP, Action.DOWN):
            if self.repeat.fire(frame, action):
                self.cursor = 1 - self.cursor
                ctx.audio.play_sound("menu_move")

    def _answer(self, ctx: Context, choice: int) -> None:
        self.answer = "yes" if choice == 0 else "no"
        ctx.audio.play_sound("menu_confirm" if choice == 0 else "menu_cancel")
        self.stack.pop()
        if choice == 0:
            self.on_yes(ctx)

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        shade(surface, 110)
        box = self.box()
        draw_panel(surface, box, contrast=getattr(ctx.settings, "high_contrast", False), alpha=255)
        font, small = ctx.assets.font("regular"), ctx.assets.font("small")
        y = box.y + 9
        for line in font.wrap(self.question, BOX_W - 24)[:1]:
            font.draw(
                surface,
                line,
                (box.centerx - font.measure(line) // 2, y),
                palette.TITLE,
                shadow=palette.SHADOW,
            )
            y += font.line_height
        if self.detail:
            for line in small.wrap(self.detail, BOX_W - 24)[:2]:
                small.draw(
                    surface, line, (box.centerx - small.measure(line) // 2, y + 2), palette.SUBTITLE
                )
                y += small.line_height
        for i, rect in enumerate(self.buttons()):
            draw_button(surface, font, rect, self.labels[i], selected=i == self.cursor)

    def snapshot(self) -> dict[str, Any]:
        return {"cursor": self.cursor, "answer": self.answer, "question": self.question}
