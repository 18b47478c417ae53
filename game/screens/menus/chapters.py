"""Chapter select: the chapters this player has reached (from the profile), to start one again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pygame

from game.context import Context
from game.input.actions import InputFrame
from game.screens.menus.common import (
    MenuOverlay,
    back_clicked,
    chapter_title,
    draw_back,
    draw_scroll_marks,
    play_for,
    profile_list,
)
from game.ui import palette
from game.ui.widgets import ListBox, draw_cursor_row

PANEL = pygame.Rect(120, 40, 240, 190)
ROW_H = 16
VISIBLE = 8


def reached_chapters(ctx: Context) -> list[str]:
    """Chapters in the content's order that the profile says were reached."""
    reached = set(profile_list(ctx, "chapters"))
    known = list(ctx.content.chapters) if ctx.content else []
    return [c for c in known if c in reached]


class ChapterSelectScreen(MenuOverlay):
    """Lists ``chapters``; choosing one pops this screen and calls ``on_choose(ctx, chapter_id)``."""

    def __init__(self, chapters: list[str], on_choose: Callable[[Context, str], None]) -> None:
        self.chapters = list(chapters)
        self.on_choose = on_choose
        self.list = ListBox(
            PANEL.x + 8, PANEL.y + 28, PANEL.w - 16, ROW_H, VISIBLE, [True] * len(self.chapters)
        )

    def update(self, frame: InputFrame, ctx: Context) -> None:
        if back_clicked(frame, PANEL):
            ctx.audio.play_sound("menu_cancel")
            ctx.stack.pop()
            return
        event = self.list.update(frame)
        play_for(ctx, event)
        if event.kind == "cancel":
            ctx.stack.pop()
        elif event.kind == "choose" and event.index is not None:
            ctx.stack.pop()
            self.on_choose(ctx, self.chapters[event.index])

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        self.draw_frame(surface, ctx, PANEL, "Chapter Select", "Z start   X back")
        draw_back(surface, ctx, PANEL)
        font, small = ctx.assets.font("regular"), ctx.assets.font("small")
        for i, chapter in enumerate(self.chapters):
            rect = self.list.row_rect(i)
            if rect is None:
                continue
            selected = i == self.list.cursor
            if selected:
                draw_cursor_row(surface, rect)
            color = palette.MENU_SELECTED if selected else palette.MENU
            small.draw(surface, f"{i + 1}", (rect[0] + 6, rect[1] + 4), palette.HINT)
            title = chapter_title(ctx, chapter)
            font.draw(surface, title, (rect[0] + 20, rect[1] + 2), color, shadow=palette.SHADOW)
        draw_scroll_marks(surface, self.list)

    def snapshot(self) -> dict[str, Any]:
        return {"list": self.list.snapshot(), "chapters": self.chapters}
