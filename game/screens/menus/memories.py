"""Memories: the ones found (in any play, and this one) with their title and text; the others as
"? ? ?" so the player knows how many are still out there."""

from __future__ import annotations

from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.screens.menus.common import (
    MenuOverlay,
    back_clicked,
    chapter_title,
    draw_back,
    draw_scroll_marks,
    play_for,
)
from game.ui import palette, prompts
from game.ui.sceneview import draw_panel
from game.ui.widgets import ListBox, draw_cursor_row, row_color

PANEL = pygame.Rect(14, 10, 452, 250)
ROW_H = 15
VISIBLE = 13
TEXT = pygame.Rect(PANEL.x + 190, PANEL.y + 26, 254, 196)
UNKNOWN = "? ? ?"


class MemoriesScreen(MenuOverlay):
    def __init__(self, found: list[str]) -> None:
        self.found = list(found)
        self.ids: list[str] = []
        self.list = ListBox(PANEL.x + 8, PANEL.y + 28, 172, ROW_H, VISIBLE, [])

    def on_enter(self, ctx: Context) -> None:
        ctx.audio.play_sound("page")
        # Content order (the memories file), found ones only known by id if the content lost them.
        self.ids = list(ctx.content.memories) if ctx.content else []
        self.list.set_enabled([True] * len(self.ids))

    def update(self, frame: InputFrame, ctx: Context) -> None:
        if back_clicked(frame, PANEL):
            ctx.audio.play_sound("menu_cancel")
            self.stack.pop()
            return
        event = self.list.update(frame)
        if event.kind == "choose":
            return  # choosing only selects; the text is already shown
        play_for(ctx, event)
        if event.kind == "cancel":
            self.stack.pop()

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        total, have = len(self.ids), sum(1 for m in self.ids if m in self.found)
        self.draw_frame(surface, ctx, PANEL, "Memories", self.hint(ctx))
        font, small = ctx.assets.font("regular"), ctx.assets.font("small")
        count = f"{have} of {total} found"
        small.draw(
            surface, count, (PANEL.right - 10 - small.measure(count), PANEL.y + 9), palette.SUBTITLE
        )
        draw_back(surface, ctx, PANEL)
        if not self.ids:
            font.draw(
                surface,
                "There are no memories to find.",
                (PANEL.x + 16, PANEL.y + 32),
                palette.HINT,
            )
            return
        for i, memory_id in enumerate(self.ids):
            rect = self.list.row_rect(i)
            if rect is None:
                continue
            selected = i == self.list.cursor
            if selected:
                draw_cursor_row(surface, rect)
            known = memory_id in self.found
            label = ctx.content.memories[memory_id].title if known else UNKNOWN
            color = row_color(selected=selected, enabled=known)
            font.draw(
                surface,
                _clip(font, label, rect[2] - 12),
                (rect[0] + 6, rect[1] + 2),
                color,
                shadow=palette.SHADOW,
            )
        draw_scroll_marks(surface, self.list)
        self._draw_text(surface, ctx)

    def hint(self, ctx: Context) -> str:
        return prompts.hint(
            (prompts.key(ctx, Action.CANCEL), "back"),
            (prompts.arrows(ctx, Action.UP, Action.DOWN), "move"),
        )

    def _draw_text(self, surface: pygame.Surface, ctx: Context) -> None:
        draw_panel(surface, TEXT, contrast=getattr(ctx.settings, "high_contrast", False))
        memory_id = self.ids[self.list.cursor]
        x, y = TEXT.x + 10, TEXT.y + 8
        big, font, small = (ctx.assets.font(n) for n in ("large", "regular", "small"))
        if memory_id not in self.found:
            big.draw(surface, UNKNOWN, (x, y), palette.HINT, shadow=palette.SHADOW)
            small.draw(surface, "Not found yet.", (x, y + 22), palette.HINT)
            return
        info = ctx.content.memories[memory_id]
        lines = big.wrap(info.title, TEXT.w - 20)[:2]
        for line in lines:
            big.draw(surface, line, (x, y), palette.TITLE, shadow=palette.SHADOW)
            y += big.line_height
        where = chapter_title(ctx, info.chapter)
        if where:
            small.draw(surface, where, (x, y + 2), palette.SUBTITLE)
            y += small.line_height + 2
        pygame.draw.line(surface, palette.BOX_EDGE, (x, y + 5), (TEXT.right - 10, y + 5))
        y += 10
        limit = (TEXT.bottom - 6 - y) // font.line_height
        for line in font.wrap(info.text or "", TEXT.w - 20)[:limit]:
            font.draw(surface, line, (x, y), palette.NARRATION, shadow=palette.SHADOW)
            y += font.line_height

    def snapshot(self) -> dict[str, Any]:
        return {"list": self.list.snapshot(), "found": self.found}


def _clip(font: Any, text: str, width: int) -> str:
    if font.measure(text) <= width:
        return text
    while text and font.measure(text + "\u2026") > width:
        text = text[:-1]
    return text + "\u2026"
