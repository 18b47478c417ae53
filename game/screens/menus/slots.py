"""Save and load screens: the thirteen slots with chapter, place, play time, date and thumbnail.

A damaged slot is shown as damaged with the reason and its backup is offered; overwriting anything
asks first; a bad slot never takes the game down (every call into the save module is guarded).
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.save import savegame
from game.save.slots import AUTOSAVE_SLOTS
from game.screens.menus.common import (
    MenuOverlay,
    back_clicked,
    chapter_title,
    draw_back,
    latest_slot,
    list_slots,
    load_play,
    play_time,
)
from game.screens.menus.confirm import ConfirmScreen
from game.ui import palette, prompts
from game.ui.sceneview import draw_panel
from game.ui.widgets import ListBox, draw_cursor_row, row_color

SLOTS = ("quick", "auto1", "auto2", "auto3", *(str(i) for i in range(1, 10)))
PANEL = pygame.Rect(14, 10, 452, 250)
ROW_H = 15
LIST_X, LIST_Y, LIST_W = PANEL.x + 8, PANEL.y + 26, 246
DETAIL = pygame.Rect(PANEL.x + 262, PANEL.y + 26, 182, 196)
THUMB = pygame.Rect(DETAIL.x + 11, DETAIL.y + 8, 160, 90)
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


class SlotScreen(MenuOverlay):
    """``mode`` is "save" (needs the ``play``) or "load" (from the title, or the pause menu over a
    ``play``)."""

    def __init__(
        self, mode: str, play: Play | None = None, thumbnail: Thumbnail | None = None
    ) -> None:
        self.mode = mode
        self.play, self.thumbnail = play, thumbnail
        self.infos: dict[str, Any] = {}
        self.newest_auto = ""  # the autosave written last: the three take turns, so it is marked
        self.list = ListBox(LIST_X, LIST_Y, LIST_W, ROW_H, len(SLOTS), self._enabled())
        self.message = ""
        self.message_ticks = 0
        self._thumbs: dict[str, tuple[int, pygame.Surface | None]] = {}  # drawing cache only

    def _enabled(self) -> list[bool]:
        # Autosaves are the game's own; the player saves into the quicksave and the nine slots.
        return [self.mode == "load" or not s.startswith("auto") for s in SLOTS]

    def on_enter(self, ctx: Context) -> None:
        self.refresh(ctx)
        if self.mode == "load":  # start on the newest save
            newest = latest_slot(ctx)
            if newest is not None and str(newest.slot) in SLOTS:
                self.list.cursor = SLOTS.index(str(newest.slot))
                self.list.set_enabled(self.list.enabled)

    def on_resume(self, ctx: Context) -> None:
        self.refresh(ctx)

    def refresh(self, ctx: Context) -> None:
        self.infos = {str(getattr(i, "slot", "")): i for i in list_slots(ctx)}
        self.newest_auto = newest_autosave(ctx)
        self._thumbs.clear()

    def info(self, slot: str) -> Any:
        return self.infos.get(slot)

    def say(self, text: str) -> None:
        self.message, self.message_ticks = text, MESSAGE_TICKS

    # -- the tick ------------------------------------------------------------------------------------
    def update(self, frame: InputFrame, ctx: Context) -> None:
        if self.message_ticks:
            self.message_ticks -= 1
            if not self.message_ticks:
                self.message = ""
        index = self.chosen(ctx, frame, self.list, leave=back_clicked(frame, PANEL))
        if index is not None:
            slot = SLOTS[index]
            if self.mode == "save":
                self.choose_save(ctx, slot)
            else:
                self.choose_load(ctx, slot)

    def choose_save(self, ctx: Context, slot: str) -> None:
        info = self.info(slot)
        if info is None or not getattr(info, "exists", False):
            self.save(ctx, slot)
            return
        detail = (
            "It holds a save from " + (chapter_title(ctx, info.chapter) or "an earlier play") + "."
            if getattr(info, "ok", False)
            else f"It is damaged ({info.problem}); its backup is kept."
        )
        self.stack.push(
            ConfirmScreen(
                f"Overwrite {slot_label(slot)}?",
                lambda c: self.save(c, slot),
                detail=detail,
                yes="Overwrite",
                no="Keep",
            )
        )

    def save(self, ctx: Context, slot: str) -> None:
        if self.play is None:
            self.say("Saving is not available.")
            return
        try:
            picture = self.thumbnail(ctx) if self.thumbnail is not None else None
            problem = savegame.save_to_slot(ctx, self.play, slot, picture)
        except Exception as exc:  # never lose the game to a failing save
            problem = f"could not save: {exc}"
        self.say(f"Not saved: {problem}" if problem else f"Saved to {slot_label(slot)}.")
        self.refresh(ctx)

    def choose_load(self, ctx: Context, slot: str) -> None:
        info = self.info(slot)
        if info is None or not getattr(info, "exists", False):
            ctx.audio.play_sound("menu_cancel")
            self.say("This slot is empty.")
            return
        if not getattr(info, "ok", False):
            if getattr(info, "has_backup", False) and getattr(info, "backup_ok", False):
                self.stack.push(
                    ConfirmScreen(
                        "Load the backup instead?",
                        lambda c: self.load(c, slot, backup=True),
                        detail=f"This save is damaged: {info.problem}",
                        yes="Load backup",
                        no="Cancel",
                    )
                )
            else:
                self.say(f"Damaged, and no usable backup: {info.problem}")
            return
        if self.play is not None and savegame.has_unsaved_progress(self.play):
            self.stack.push(
                ConfirmScreen(
                    f"Load {slot_label(slot)}?",
                    lambda c: self.load(c, slot),
                    detail="Progress since your last save will be lost.",
                    yes="Load",
                    no="Cancel",
                )
            )
            return
        self.load(ctx, slot)

    def load(self, ctx: Context, slot: str, *, backup: bool = False) -> None:
        play, problem = load_play(ctx, slot, backup=backup, from_title=self.play is None)
        if play is not None:
            self.stack.to_play(play)
        elif problem:
            self.say(f"Not loaded: {problem}")
            self.refresh(ctx)

    # -- drawing -------------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        title = "Save" if self.mode == "save" else "Load"
        self.draw_frame(surface, ctx, PANEL, title, self.hint(ctx))
        draw_back(surface, ctx, PANEL)
        font, small = ctx.assets.font("regular"), ctx.assets.font("small")
        for i, slot in enumerate(SLOTS):
            rect = self.list.row_rect(i)
            if rect is None:
                continue
            selected = i == self.list.cursor
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
            if slot == self.newest_auto:
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
            (prompts.key(ctx, Action.CANCEL), "back"),
            (prompts.arrows(ctx, Action.UP, Action.DOWN), "move"),
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
            lines = small.wrap(str(getattr(info, "problem", "") or "unreadable"), width)[:4]
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
        if self.message:
            lines = small.wrap(self.message, width)[:2]
            for j, line in enumerate(lines):
                small.draw(
                    surface,
                    line,
                    (x, DETAIL.bottom - 6 - (len(lines) - j) * small.line_height),
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

    def snapshot(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "list": self.list.snapshot(),
            "message": self.message,
            "message_ticks": self.message_ticks,
        }


def newest_autosave(ctx: Context) -> str:
    """The autosave slot written last ("" when none loads); never raises."""
    try:
        info = savegame.store(ctx).latest(AUTOSAVE_SLOTS)
    except Exception as exc:  # a broken save folder must not take the menu down
        ctx.notices.report(f"saves: cannot find the newest autosave: {exc}")
        return ""
    return str(info.slot) if info is not None else ""


def _clip(ctx: Context, text: str, width: int) -> str:
    """Shorten text to fit a width, with an ellipsis (drawing only)."""
    font = ctx.assets.font("small")
    if font.measure(text) <= width:
        return text
    while text and font.measure(text + "\u2026") > width:
        text = text[:-1]
    return text + "\u2026"
