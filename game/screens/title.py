"""The title screen: the game's name over Hailsham at dusk, and a menu."""

from __future__ import annotations

from typing import Any

import pygame

from game.context import Context
from game.input.actions import InputFrame
from game.screens.fade import Fade
from game.screens.stack import Screen
from game.ui import palette
from game.ui.menu import Menu
from game.world.mapdata import MapError

ITEMS = ("New Game", "Quit")


class TitleScreen(Screen):
    opaque = True

    def __init__(self) -> None:
        self.menu = Menu(list(ITEMS))
        self.ticks = 0
        self.fade = Fade()
        self.fade.covered(40)
        self.fade.into(40)
        self.leaving: str | None = None

    def on_enter(self, ctx: Context) -> None:
        if ctx.manifest.title_music:
            ctx.audio.play_music(ctx.manifest.title_music)

    def update(self, frame: InputFrame, ctx: Context) -> None:
        self.ticks += 1
        self.fade.step()
        if self.leaving:
            if self.fade.done:
                self._leave(ctx)
            return
        action, index = self.menu.update(frame)
        if action == "move":
            ctx.audio.play_sound("menu_move")
        elif action == "choose" and index is not None:
            ctx.audio.play_sound("menu_confirm")
            self.leaving = ITEMS[index]
            self.fade.out(20)

    def _leave(self, ctx: Context) -> None:
        choice, self.leaving = self.leaving, None
        if choice == "Quit":
            ctx.quit_requested = True
            return
        from game.screens.world_screen import WorldScreen

        try:
            world = WorldScreen(ctx, ctx.manifest.start_map, ctx.manifest.start_spawn)
        except MapError as exc:
            ctx.notices.report(str(exc))
            self.fade.into(20)
            return
        if ctx.manifest.start_chapter:
            world.pending_chapter = ctx.manifest.start_chapter
        ctx.audio.stop_music(fade_ms=800)
        ctx.stack.replace(world)

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        res = ctx.assets
        backdrop = res.image("title/backdrop.png")
        if backdrop is not None:
            surface.blit(backdrop, (0, 0))
        else:
            surface.fill(palette.NIGHT)
        w = surface.get_width()
        big = res.font("large")
        title = ctx.manifest.title
        big.draw(
            surface,
            title,
            ((w - big.measure(title)) // 2, 44),
            palette.TITLE,
            shadow=palette.SHADOW,
        )
        small = res.font("small")
        if ctx.manifest.subtitle:
            sub = ctx.manifest.subtitle
            small.draw(
                surface,
                sub,
                ((w - small.measure(sub)) // 2, 66),
                palette.SUBTITLE,
                shadow=palette.SHADOW,
            )
        font = res.font("regular")
        top = 200
        for i, label in enumerate(self.menu.items):
            selected = i == self.menu.cursor
            color = palette.MENU_SELECTED if selected else palette.MENU
            x = (w - font.measure(label)) // 2
            y = top + i * (font.line_height + 4)
            if selected:
                bob = (self.ticks // 20) % 2
                font.draw(surface, "\u00b7", (x - 10 - bob, y), color, shadow=palette.SHADOW)
            font.draw(surface, label, (x, y), color, shadow=palette.SHADOW)
        hint = "Z / Enter: choose    arrows: move"
        small.draw(surface, hint, ((w - small.measure(hint)) // 2, 254), palette.HINT)
        self.fade.draw(surface)

    def snapshot(self) -> dict[str, Any]:
        return {
            "menu": self.menu.snapshot(),
            "ticks": self.ticks,
            "leaving": self.leaving,
            "fade": self.fade.snapshot(),
        }
