"""Chapter select: the chapters this player has reached (from the profile), to start one again."""

from __future__ import annotations

from collections.abc import Callable
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
    profile_list,
)
from game.ui import palette, prompts
from game.ui.widgets import ListBox, draw_cursor_row

ROW_H = 16
VISIBLE = 8


def panel_for(count: int) -> pygame.Rect:
    """The panel fits the rows shown (a fixed layout from the count, never from text widths)."""
    h = 28 + max(3, min(count, VISIBLE)) * ROW_H + 30
    return pygame.Rect(120, (270 - h) // 2, 240, h)


def reached_chapters(ctx: Context) -> list[str]:
    """Chapters in the content's order that the profile says were reached."""
    reached = set(profile_list(ctx, "chapters"))
    known = list(ctx.content.chapters) if ctx.content else []
    return [c for c in known if c in reached]


def memory_count(ctx: Context, chapter: str, found: set[str]) -> str:
    """ "2/5": the chapter's memories this player has ever found, of all it has ("" if none)."""
    memories = getattr(ctx.content, "memories", {}) if ctx.content else {}
    ids = [m for m, info in memories.items() if getattr(info, "chapter", "") == chapter]
    return f"{len(found.intersection(ids))}/{len(ids)}" if ids else ""


class ChapterSelectScreen(MenuOverlay):
    """Lists ``chapters``; choosing one pops this screen and calls ``on_choose(ctx, chapter_id)``."""

    def __init__(self, chapters: list[str], on_choose: Callable[[Context, str], None]) -> None:
        self.chapters = list(chapters)
        self.on_choose = on_choose
        self.panel = panel = panel_for(len(self.chapters))
        self.list = ListBox(
            panel.x + 8, panel.y + 28, panel.w - 16, ROW_H, VISIBLE, [True] * len(self.chapters)
        )

    def update(self, frame: InputFrame, ctx: Context) -> None:
        index = self.chosen(ctx, frame, self.list, leave=back_clicked(frame, self.panel))
        if index is not None:
            self.stack.pop()
            self.on_choose(ctx, self.chapters[index])

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        self.draw_frame(surface, ctx, self.panel, "Chapter Select", self.hint(ctx))
        draw_back(surface, ctx, self.panel)
        font, small = ctx.assets.font("regular"), ctx.assets.font("small")
        if (
            ctx.profile is not None and ctx.profile.finished
        ):  # the whole story has been played through once
            mark = "complete"
            right = self.panel.right - 30 - small.measure(mark)
            small.draw(surface, mark, (right, self.panel.y + 10), palette.SUBTITLE)
        found = set(profile_list(ctx, "memories"))
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
            count = memory_count(ctx, chapter, found)
            if count:
                small.draw(
                    surface,
                    count,
                    (rect[0] + rect[2] - 6 - small.measure(count), rect[1] + 4),
                    palette.HINT,
                )
        draw_scroll_marks(surface, self.list)

    def hint(self, ctx: Context) -> str:
        return prompts.hint(
            (prompts.key(ctx, Action.CONFIRM), "start"), (prompts.key(ctx, Action.CANCEL), "back")
        )

    def snapshot(self) -> dict[str, Any]:
        return {"list": self.list.snapshot(), "chapters": self.chapters}
