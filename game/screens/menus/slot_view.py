"""How the save and load screens look: the thirteen slots, the details of the one under the cursor
(its picture, chapter, place, play time and date, or why it is damaged) and the Delete button.

Drawing only: `SlotView` is the part of `SlotScreen` (game/screens/menus/slots.py) that reads its
state and never changes it. Everything is at fixed positions, so the mouse never depends on text.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action
from game.screens.menus.common import MenuOverlay, chapter_title, draw_back, play_time
from game.ui import palette, prompts
from game.ui.sceneview import draw_panel
from game.ui.widgets import ListBox, draw_button, draw_cursor_row, row_color

SLOTS = ("quick", "auto1", "auto2", "auto3", *(str(i) for i in range(1, 10)))
PANEL = pygame.Rect(14, 10, 452, 250)
ROW_H = 15
LIST_X, LIST_Y, LIST_W = PANEL.x + 8, PANEL.y + 26, 246
DETAIL = pygame.Rect(PANEL.x + 262, PANEL.y + 26, 182, 196)
THUMB = pygame.Rect(DETAIL.x + 11, DETAIL.y + 8, 160, 90)
DELETE = (DETAIL.right - 11 - 56, DETAIL.bottom - 20, 56, 14)  # the Delete button (fixed layout)
MESSAGE_TICKS = 180
Thumbnail = Callable[[Context], bytes | None]  # draws the play small, for a slot (None: no window)


def slot_label(slot: str) -> str:
    if slot == "quick":
        return "Quicksave"
    if slot.startswith("auto"):
        return f"Autosave {slot[4:]}"
    return f"Slot {slot}"


def format_date(saved_at: Any) -> str:
    """A save's date for people (local time); accepts epoch seconds or an ISO string."""
    if isinstance(saved_at, int | float) and not isinstance(saved_at, bool) and saved_at > 0:
        try:
            return time.strftime("%d %b %Y  %H:%M", time.localtime(saved_at))
        except (OverflowError, OSError, ValueError):
            return ""
    if isinstance(saved_at, str) and saved_at:
        try:
            return datetime.fromisoformat(saved_at).strftime("%d %b %Y  %H:%M")
        except ValueError:
            return saved_at[:16].replace("T", " ")
    return ""


class SlotView(MenuOverlay):
    """The drawing of a slot screen: `mode`, `list`, `info(slot)`, `on_delete`, `deletable` and
    `message` come from the screen."""

    mode: str
    list: ListBox
    message: str
    on_delete: bool
    _thumbs: dict[str, tuple[int, pygame.Surface | None]]

    def info(self, slot: str) -> Any:
        raise NotImplementedError

    def deletable(self, slot: str) -> bool:
        raise NotImplementedError

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        title = "Save" if self.mode == "save" else "Load"
        self.draw_frame(surface, ctx, PANEL, title, self.hint(ctx))
        draw_back(surface, ctx, PANEL)
        font, small = ctx.assets.font("regular"), ctx.assets.font("small")
        for i, slot in enumerate(SLOTS):
            rect = self.list.row_rect(i)
            if rect is None:
                continue
            selected = i == self.list.cursor and not self.on_delete
            if selected:
                draw_cursor_row(surface, rect)
            enabled = self.list.enabled[i]
            x, y, w, _h = rect
            font.draw(
                surface,
                slot_label(slot),
                (x + 6, y + 2),
                row_color(selected=selected, enabled=enabled),
                shadow=palette.SHADOW,
            )
            status, color = self._row_status(ctx, slot)
            small.draw(surface, status, (x + 80, y + 4), color)
            if slot == self.newest_auto:  # the three autosaves take turns: mark the last written
                tag = "newest"
                small.draw(surface, tag, (x + w - 44 - small.measure(tag), y + 4), palette.NOTICE)
            info = self.info(slot)
            if info is not None and getattr(info, "exists", False) and getattr(info, "ok", False):
                t = play_time(getattr(info, "play_ticks", 0))
                small.draw(surface, t, (x + w - 6 - small.measure(t), y + 4), palette.SUBTITLE)
        self._draw_detail(surface, ctx)

    def hint(self, ctx: Context) -> str:
        return prompts.hint(
            (prompts.key(ctx, Action.CONFIRM), "choose"),
            (prompts.key(ctx, Action.RIGHT), "delete"),
            (prompts.key(ctx, Action.CANCEL), "back"),
        )

    def _row_status(self, ctx: Context, slot: str) -> tuple[str, tuple[int, int, int]]:
        info = self.info(slot)
        if info is None or not getattr(info, "exists", False):
            return "\u2014 empty \u2014", palette.HINT
        if not getattr(info, "ok", False):
            return "damaged", palette.NOTICE
        return _clip(ctx, chapter_title(ctx, getattr(info, "chapter", "")), 100), palette.TEXT

    def _draw_detail(self, surface: pygame.Surface, ctx: Context) -> None:
        draw_panel(surface, DETAIL, contrast=getattr(ctx.settings, "high_contrast", False))
        font, small = ctx.assets.font("regular"), ctx.assets.font("small")
        slot = SLOTS[self.list.cursor]
        info = self.info(slot)
        pygame.draw.rect(surface, palette.SHADOW, THUMB)
        pygame.draw.rect(surface, palette.BOX_EDGE, THUMB.inflate(2, 2), 1)
        thumb = self._thumbnail(slot, info)
        if thumb is not None:
            surface.blit(thumb, THUMB.topleft)
        y = THUMB.bottom + 8
        x = DETAIL.x + 11
        width = DETAIL.w - 22
        if info is None or not getattr(info, "exists", False):
            font.draw(surface, slot_label(slot), (x, y), palette.TITLE, shadow=palette.SHADOW)
            small.draw(surface, "Nothing saved here yet.", (x, y + 16), palette.HINT)
        elif not getattr(info, "ok", False):
            font.draw(surface, "Damaged", (x, y), palette.NOTICE, shadow=palette.SHADOW)
            lines = small.wrap(str(getattr(info, "problem", "") or "unreadable"), width)[:3]
            for j, line in enumerate(lines):
                small.draw(surface, line, (x, y + 15 + j * small.line_height), palette.TEXT)
            y += 21 + len(lines) * small.line_height
            backup = (
                f"Its backup can be loaded: {prompts.key(ctx, Action.CONFIRM)}."
                if getattr(info, "has_backup", False) and getattr(info, "backup_ok", False)
                else "No usable backup."
            )
            small.draw(surface, backup, (x, y), palette.SUBTITLE)
        else:
            title = _clip(ctx, chapter_title(ctx, getattr(info, "chapter", "")) or "\u2014", width)
            font.draw(surface, title, (x, y), palette.TITLE, shadow=palette.SHADOW)
            rows = (
                str(getattr(info, "place", "") or ""),
                "Play time " + play_time(getattr(info, "play_ticks", 0)),
                format_date(getattr(info, "saved_at", None)),
            )
            for j, text in enumerate(r for r in rows if r):
                small.draw(surface, _clip(ctx, text, width), (x, y + 15 + j * 10), palette.TEXT)
        bottom = DETAIL.bottom - 6
        if self.deletable(slot):
            draw_button(surface, small, DELETE, "Delete", selected=self.on_delete)
            bottom = DELETE[1] - 3
        if self.message:
            lines = small.wrap(self.message, width)[:3]
            for j, line in enumerate(lines):
                small.draw(
                    surface,
                    line,
                    (x, bottom - (len(lines) - j) * small.line_height),
                    palette.MENU_SELECTED,
                )

    def _thumbnail(self, slot: str, info: Any) -> pygame.Surface | None:
        """The slot's picture, decoded once per listing; a bad picture is simply not shown."""
        data = getattr(info, "thumbnail", None) if info is not None else None
        if not data or not getattr(info, "ok", False):
            return None
        cached = self._thumbs.get(slot)
        if cached is not None and cached[0] == id(data):
            return cached[1]
        try:
            image = pygame.image.load(io.BytesIO(bytes(data)), "thumb.png")
            try:
                image = pygame.transform.smoothscale(image, THUMB.size)
            except ValueError:  # smoothscale wants 24 or 32 bits a pixel
                image = pygame.transform.scale(image, THUMB.size)
        except (pygame.error, ValueError, TypeError, MemoryError):
            image = None
        self._thumbs[slot] = (id(data), image)
        return image


def _clip(ctx: Context, text: str, width: int) -> str:
    """Shorten text to fit a width, with an ellipsis (drawing only)."""
    font = ctx.assets.font("small")
    if font.measure(text) <= width:
        return text
    while text and font.measure(text + "\u2026") > width:
        text = text[:-1]
    return text + "\u2026"
