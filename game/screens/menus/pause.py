"""The pause menu over the world: resume, a hint, save, load, backlog, memories, settings, quit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.screens.menus.common import (
    MenuOverlay,
    chapter_title,
    chosen,
    list_slots,
    play_time,
    profile_list,
    savegame_module,
)
from game.story import hints
from game.ui import palette
from game.ui.sceneview import draw_panel
from game.ui.widgets import ListBox, draw_cursor_row, row_color

if TYPE_CHECKING:
    from game.screens.world_screen import WorldScreen

ITEMS = ("Resume", "Hint", "Save", "Load", "Backlog", "Memories", "Settings", "Quit to title")
PANEL = pygame.Rect(28, 44, 148, 168)
INFO = pygame.Rect(196, 44, 256, 92)
ROW_H = 16


def place_name(world_screen: Any) -> str:
    """A readable name for where the player is (the same name the save slots show)."""
    from game.savegame import place_name as saved_place

    return saved_place(world_screen)


class PauseScreen(MenuOverlay):
    def __init__(self, world_screen: WorldScreen) -> None:
        self.world_screen = world_screen
        self.list = ListBox(
            PANEL.x + 8, PANEL.y + 28, PANEL.w - 16, ROW_H, len(ITEMS), [True] * len(ITEMS)
        )
        self.ticks = 0

    def on_enter(self, ctx: Context) -> None:
        ctx.audio.play_sound("page")
        self.refresh(ctx)

    def on_resume(self, ctx: Context) -> None:
        self.refresh(ctx)

    def refresh(self, ctx: Context) -> None:
        """Hint waits for the scene on screen to end; Save needs the save module; Load needs a slot
        with something in it."""
        saving = savegame_module() is not None
        loadable = any(getattr(s, "exists", False) for s in list_slots(ctx)) if saving else False
        free = self.world_screen.director.run is None and self.world_screen.pending_warp is None
        self.list.set_enabled([True, free, saving, loadable, True, True, True, True])

    def update(self, frame: InputFrame, ctx: Context) -> None:
        self.ticks += 1
        index = chosen(ctx, frame, self.list, leave=frame.was_pressed(Action.MENU))
        if index is not None:
            self.choose(ITEMS[index], ctx)

    def choose(self, item: str, ctx: Context) -> None:
        world = self.world_screen
        if item == "Resume":
            ctx.stack.pop()
        elif item == "Hint":
            ctx.stack.pop()
            play_hint(ctx, world)
        elif item in ("Save", "Load"):
            from game.screens.menus.slots import SlotScreen

            ctx.stack.push(SlotScreen(item.lower(), world))
        elif item == "Backlog":
            from game.screens.backlog import BacklogScreen

            ctx.stack.push(BacklogScreen(world.state))
        elif item == "Memories":
            from game.screens.menus.memories import MemoriesScreen

            ctx.stack.push(MemoriesScreen(found_memories(ctx, world)))
        elif item == "Settings":
            from game.screens.menus.settings import SettingsScreen

            ctx.stack.push(SettingsScreen())
        elif item == "Quit to title":
            quit_to_title(ctx, world)

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
        state = self.world_screen.state
        font, small = ctx.assets.font("regular"), ctx.assets.font("small")
        chapter = chapter_title(ctx, state.chapter) or "\u2014"
        ctx.assets.font("large").draw(
            surface, chapter, (INFO.x + 10, INFO.y + 8), palette.TITLE, shadow=palette.SHADOW
        )
        total = len(ctx.content.memories) if ctx.content else 0
        found = len(found_memories(ctx, self.world_screen))
        rows = (
            ("Place", place_name(self.world_screen)),
            ("Play time", play_time(state.play_ticks)),
            ("Memories", f"{found} of {total}" if total else "none yet"),
        )
        for i, (label, value) in enumerate(rows):
            y = INFO.y + 32 + i * (font.line_height + 3)
            small.draw(surface, label, (INFO.x + 10, y + 2), palette.SUBTITLE)
            font.draw(surface, value, (INFO.x + 80, y), palette.TEXT, shadow=palette.SHADOW)

    def snapshot(self) -> dict[str, Any]:
        return {"list": self.list.snapshot(), "ticks": self.ticks}


def play_hint(ctx: Context, world_screen: Any) -> None:
    """Play the chapter's hint scene in the world, or say quietly that this chapter has none."""
    scene = hints.hint_scene(ctx.content, world_screen.state.chapter)
    if scene and world_screen.director.run is None:
        world_screen.director.start(scene)
    else:
        world_screen.director.toast = [hints.NO_HINT, hints.NOTICE_TICKS]


def found_memories(ctx: Context, world_screen: Any) -> list[str]:
    """Memories found in any play (the profile) and in this one, in the order the content lists them."""
    found = set(profile_list(ctx, "memories")) | set(world_screen.state.memories)
    known = list(ctx.content.memories) if ctx.content else []
    return [m for m in known if m in found] + sorted(found - set(known))


def unsaved(ctx: Context, world_screen: Any) -> bool:
    """Whether quitting now would lose progress (True when the save module cannot tell)."""
    module = savegame_module()
    if module is None:
        return True
    try:
        return bool(module.has_unsaved_progress(world_screen))
    except Exception:
        return True


def quit_to_title(ctx: Context, world_screen: Any) -> None:
    """Back to the title, asking first when there is unsaved progress."""
    from game.screens.title import TitleScreen

    def leave(ctx: Context) -> None:
        ctx.audio.stop_music(fade_ms=600)
        ctx.stack.clear_to(TitleScreen())

    if unsaved(ctx, world_screen):
        from game.screens.menus.confirm import ConfirmScreen

        ctx.stack.push(
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
