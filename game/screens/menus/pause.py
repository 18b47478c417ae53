"""The pause menu over the world: resume, a hint, save, load, backlog, memories, settings, quit."""

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
from game.screens.menus.dev import DevMenu
from game.screens.menus.memories import MemoriesScreen
from game.screens.menus.settings import SettingsScreen
from game.screens.menus.slots import SlotScreen, Thumbnail
from game.speedrun.session import in_run
from game.story import hints
from game.ui import palette, prompts
from game.ui.sceneview import draw_panel
from game.ui.widgets import ListBox, draw_cursor_row, row_color

ITEMS = ("Resume", "Hint", "Save", "Load", "Backlog", "Memories", "Settings", "Quit to title")
DEV_ITEM = "Dev tools"  # with --dev only
PANEL = pygame.Rect(28, 44, 148, 168)
INFO = pygame.Rect(196, 44, 256, 107)
ROW_H = 16


class PauseScreen(MenuOverlay):
    def __init__(self, play: Play, thumbnail: Thumbnail | None = None) -> None:
        """``thumbnail`` draws the play small for a save slot (the world screen's picture)."""
        self.play, self.thumbnail = play, thumbnail
        self.items: tuple[str, ...] = ITEMS
        self.panel = PANEL
        self.list = ListBox(
            PANEL.x + 8, PANEL.y + 28, PANEL.w - 16, ROW_H, len(ITEMS), [True] * len(ITEMS)
        )
        self.ticks = 0

    def on_enter(self, ctx: Context) -> None:
        ctx.audio.play_sound("page")
        if ctx.dev:  # the writer's tools, a row before Quit
            self.panel = PANEL.inflate(0, ROW_H).move(0, ROW_H // 2)
            n = len(ITEMS) + 1
            self.list = ListBox(
                self.panel.x + 8, self.panel.y + 28, PANEL.w - 16, ROW_H, n, [True] * n
            )
        self.refresh(ctx)

    def on_resume(self, ctx: Context) -> None:
        self.refresh(ctx)

    def refresh(self, ctx: Context) -> None:
        """Hint waits for the scene on screen to end; Load needs a slot with something in it."""
        loadable = any(getattr(s, "exists", False) for s in list_slots(ctx))
        # In a speedrun nothing is saved (a run never writes over the player's saves): the row
        # starts the run again instead.
        running = in_run(ctx)
        rows = (*ITEMS[:-1], DEV_ITEM, ITEMS[-1]) if ctx.dev else ITEMS
        self.items = tuple("Restart run" if i == "Save" and running else i for i in rows)
        free = self.play.director.run is None and self.play.pending_warp is None
        enabled = dict.fromkeys(self.items, True) | {"Hint": free, "Load": loadable}
        self.list.set_enabled([enabled[item] for item in self.items])

    def update(self, frame: InputFrame, ctx: Context) -> None:
        self.ticks += 1
        index = self.chosen(ctx, frame, self.list, leave=frame.was_pressed(Action.MENU))
        if index is not None:
            self.choose(self.items[index], ctx)

    def choose(self, item: str, ctx: Context) -> None:
        play = self.play
        if item == "Resume":
            self.stack.pop()
        elif item == "Restart run":
            ctx.speedrun.request_restart()
            self.stack.pop()
        elif item == "Hint":
            self.stack.pop()
            play_hint(ctx, play)
        elif item in ("Save", "Load"):
            self.stack.push(SlotScreen(item.lower(), play, self.thumbnail))
        elif item == "Backlog":
            self.stack.push(BacklogScreen(play.state))
        elif item == "Memories":
            self.stack.push(
                MemoriesScreen(found_memories(ctx, play), play.state.chapter, play.state.flags)
            )
        elif item == "Settings":
            self.stack.push(SettingsScreen())
        elif item == DEV_ITEM:
            self.stack.replace(DevMenu(play))
        elif item == "Quit to title":
            quit_to_title(self, ctx)

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        self.draw_frame(surface, ctx, self.panel, "Paused", "")
        font = ctx.assets.font("regular")
        for i, label in enumerate(self.items):
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
        small.draw(
            surface,
            self.hint(ctx),
            (self.panel.x, self.panel.bottom + 6),
            palette.HINT,
            shadow=palette.SHADOW,
        )

    def hint(self, ctx: Context) -> str:
        return prompts.hint(
            (prompts.key(ctx, Action.CONFIRM), "choose"),
            (prompts.keys(ctx, Action.CANCEL, Action.MENU), "resume"),
            prompts.mouse_words(ctx),
        )

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
            ("Autosave", autosave_words(ctx, self.play)),
        )
        for i, (label, value) in enumerate(rows):
            y = INFO.y + 32 + i * (font.line_height + 3)
            small.draw(surface, label, (INFO.x + 10, y + 2), palette.SUBTITLE)
            font.draw(surface, value, (INFO.x + 80, y), palette.TEXT, shadow=palette.SHADOW)

    def snapshot(self) -> dict[str, Any]:
        return {"list": self.list.snapshot(), "ticks": self.ticks}


def autosave_words(ctx: Context, play: Play) -> str:
    """Whether this play writes the story's autosaves, and if not, why."""
    if in_run(ctx):
        return "off in a speedrun"
    if not play.is_story:
        return "off in Chapter Select"
    return "at each scene's end"


def play_hint(ctx: Context, play: Play) -> None:
    """Play the chapter's hint scene in the world, or say quietly that this chapter has none."""
    scene = hints.hint_scene(ctx.content, play.state.chapter)
    if scene and play.director.run is None:
        play.director.start(scene)
    else:
        play.director.toast = [hints.NO_HINT, hints.NOTICE_TICKS]


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

    if in_run(ctx):
        stack.push(
            ConfirmScreen(
                "Leave the run?", leave, detail="The attempt ends here.", yes="Leave", no="Stay"
            )
        )
    elif savegame.has_unsaved_progress(menu.play):
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
