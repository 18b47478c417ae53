"""The pause menu over the world: resume, save, load, backlog, memories, settings, quit to title."""

from __future__ import annotations

from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.save import savegame
from game.screens.backlog import BacklogScreen
from game.screens.menus.common import (
    MenuOverlay,
    chapter_title,
    list_slots,
    play_time,
    profile_list,
)
from game.screens.menus.confirm import ConfirmScreen
from game.screens.menus.memories import MemoriesScreen
from game.screens.menus.settings import SettingsScreen
from game.screens.menus.slots import SlotScreen, Thumbnail
from game.ui import palette
from game.ui.sceneview import draw_panel
from game.ui.widgets import ListBox, draw_cursor_row, row_color

ITEMS = ("Resume", "Save", "Load", "Backlog", "Memories", "Settings", "Quit to title")
PANEL = pygame.Rect(28, 52, 148, 152)
INFO = pygame.Rect(196, 52, 256, 92)
ROW_H = 16


class PauseScreen(MenuOverlay):
    def __init__(self, play: Play, thumbnail: Thumbnail | None = None) -> None:
        """``thumbnail`` draws the play small for a save slot (the world screen's picture)."""
        self.play, self.thumbnail = play, thumbnail
        self.list = ListBox(PANEL.x + 8, PANEL.y + 28, PANEL.w - 16, ROW_H, len(ITEMS), [True] * 7)
        self.ticks = 0

    def on_enter(self, ctx: Context) -> None:
        ctx.audio.play_sound("page")
        self.refresh(ctx)

    def on_resume(self, ctx: Context) -> None:
        self.refresh(ctx)

    def refresh(self, ctx: Context) -> None:
        """Load needs a slot with something in it."""
        loadable = any(getattr(s, "exists", False) for s in list_slots(ctx))
        self.list.set_enabled([True, True, loadable, True, True, True, True])

    def update(self, frame: InputFrame, ctx: Context) -> None:
        self.ticks += 1
        index = self.chosen(ctx, frame, self.list, leave=frame.was_pressed(Action.MENU))
        if index is not None:
            self.choose(ITEMS[index], ctx)

    def choose(self, item: str, ctx: Context) -> None:
        play = self.play
        if item == "Resume":
            self.stack.pop()
        elif item in ("Save", "Load"):
            self.stack.push(SlotScreen(item.lower(), play, self.thumbnail))
        elif item == "Backlog":
            self.stack.push(BacklogScreen(play.state))
        elif item == "Memories":
            self.stack.push(MemoriesScreen(found_memories(ctx, play)))
        elif item == "Settings":
            self.stack.push(SettingsScreen())
        elif item == "Quit to title":
            quit_to_title(self, ctx)

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        self.draw_frame(surface, ctx, PANEL, "Paused", "")
        font = ctx.assets.font("regular")
        for i, label in enumerate(ITEMS):
            rect = self.list.row_rect(i)
            if rect is None:
                continue
            selected = i == self.list.cursor
            if selected:
                draw_cursor_row(surface, rect)
            color = row_color(selected=selected, enabled=self.list.enabled[i])
            font.draw(surface, label, (rect[0] + 8, rect[1] + 2), color, shadow=palette.SHADOW)
        self._draw_info(surface, ctx)
        small = ctx.assets.font("small")
        hint = "Z choose   X / Tab resume   mouse: click"
        small.draw(surface, hint, (PANEL.x, PANEL.bottom + 6), palette.HINT, shadow=palette.SHADOW)

    def _draw_info(self, surface: pygame.Surface, ctx: Context) -> None:
        """Where and when the player is: chapter, place, play time, memories found."""
        draw_panel(surface, INFO, contrast=getattr(ctx.settings, "high_contrast", False))
        state = self.play.state
        font, small = ctx.assets.font("regular"), ctx.assets.font("small")
        chapter = chapter_title(ctx, state.chapter) or "\u2014"
        ctx.assets.font("large").draw(
            surface, chapter, (INFO.x + 10, INFO.y + 8), palette.TITLE, shadow=palette.SHADOW
        )
        total = len(ctx.content.memories) if ctx.content else 0
        found = len(found_memories(ctx, self.play))
        rows = (
            ("Place", self.play.place_name()),
            ("Play time", play_time(state.play_ticks)),
            ("Memories", f"{found} of {total}" if total else "none yet"),
        )
        for i, (label, value) in enumerate(rows):
            y = INFO.y + 32 + i * (font.line_height + 3)
            small.draw(surface, label, (INFO.x + 10, y + 2), palette.SUBTITLE)
            font.draw(surface, value, (INFO.x + 80, y), palette.TEXT, shadow=palette.SHADOW)

    def snapshot(self) -> dict[str, Any]:
        return {"list": self.list.snapshot(), "ticks": self.ticks}


def found_memories(ctx: Context, play: Play) -> list[str]:
    """Memories found in any play (the profile) and in this one, in the order the content lists them."""
    found = set(profile_list(ctx, "memories")) | set(play.state.memories)
    known = list(ctx.content.memories) if ctx.content else []
    return [m for m in known if m in found] + sorted(found - set(known))


def quit_to_title(menu: PauseScreen, ctx: Context) -> None:
    """Back to the title, asking first when there is unsaved progress."""
    stack = menu.stack

    def leave(ctx: Context) -> None:
        ctx.audio.stop_music(fade_ms=600)
        stack.to_title()

    if savegame.has_unsaved_progress(menu.play):
        stack.push(
            ConfirmScreen(
                "Quit to the title?",
                leave,
                detail="Progress since your last save will be lost.",
                yes="Quit",
                no="Stay",
            )
        )
    else:
        leave(ctx)
