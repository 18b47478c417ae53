"""The title screen: the game's name over Hailsham at dusk, and the main menu.

Continue (the newest save; disabled when there is none), New Game, Load, Chapter Select (chapters
reached), Settings, Credits, Quit. Leaving for a game fades out first; the rest open menus on top.
"""

from __future__ import annotations

from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.play.fade import Fade
from game.play.start import StartError, chapter_ids, chapter_select, new_game, tells_a_beat
from game.render.fade import draw_fade
from game.screens.menus.chapters import reached_chapters
from game.screens.menus.common import latest_slot, list_slots, load_play, play_for
from game.screens.stack import Screen
from game.screens.world_screen import WorldScreen
from game.ui import palette, prompts
from game.ui.sceneview import draw_panel
from game.ui.widgets import ListBox, draw_cursor_row, row_color
from game.world.mapdata import MapError

ITEMS = (
    "Continue",
    "New Game",
    "Load",
    "Chapter Select",
    "Speedrun",
    "Settings",
    "Credits",
    "Quit",
)
MENU = pygame.Rect(20, 100, 136, 137)  # the panel over the dark tree on the left
ROW_H = 15


def title_picture(ctx: Context) -> str:
    """The title's picture: the house at dusk; once the game is finished, the same house shut up,
    its windows dark (the manifest's `finished_backdrop`)."""
    extra = ctx.manifest.extra if isinstance(ctx.manifest.extra, dict) else {}
    closed = extra.get("finished_backdrop")
    if (ctx.profile is not None and ctx.profile.finished) and isinstance(closed, str) and closed:
        return closed
    return "title/backdrop.png"


class TitleScreen(Screen):
    opaque = True

    def __init__(self) -> None:
        self.menu = ListBox(
            MENU.x + 6, MENU.y + 8, MENU.w - 12, ROW_H, len(ITEMS), [True] * len(ITEMS)
        )
        self.ticks = 0
        self.fade = Fade()
        self.fade.covered(40)
        self.fade.into(40)
        self.leaving: str | None = None
        self.chapter: str | None = None  # the chapter Chapter Select starts
        # What can be played, while some chapters are still being written (None: not known until
        # the story has been read, which the title never waits for).
        self.so_far: str | None = ""

    def on_enter(self, ctx: Context) -> None:
        if ctx.manifest.title_music:
            ctx.audio.play_music(ctx.manifest.title_music)
        self.refresh(ctx)
        self.menu.cursor = 0 if self.menu.enabled[0] else 1  # Continue when there is a save

    def on_resume(self, ctx: Context) -> None:
        self.refresh(ctx)

    def refresh(self, ctx: Context) -> None:
        """What can be chosen depends on the player's files: saves and chapters reached."""
        can_continue = latest_slot(ctx) is not None
        any_slot = any(getattr(s, "exists", False) for s in list_slots(ctx))
        chapters = bool(reached_chapters(ctx))
        self.menu.set_enabled([can_continue, True, any_slot, chapters, True, True, True, True])
        self.so_far = playable_words(ctx) if _story_loaded(ctx) else None

    def update(self, frame: InputFrame, ctx: Context) -> None:
        self.ticks += 1
        if self.so_far is None and _story_loaded(ctx):  # told once the story has been read
            self.so_far = playable_words(ctx)
        self.fade.step()
        if self.leaving:
            if self.fade.done:
                self._leave(ctx)
            return
        event = self.menu.update(frame)
        if event.kind == "cancel":
            return  # the title has nowhere to go back to
        play_for(ctx, event)
        if event.kind == "choose" and event.index is not None:
            self.choose(ctx, ITEMS[event.index])

    def choose(self, ctx: Context, item: str) -> None:
        if item in ("Continue", "New Game", "Quit"):
            self.leaving = item
            self.fade.out(20)
        elif item == "Load":
            from game.screens.menus.slots import (
                SlotScreen,  # loaded when first opened: headless runs and verify start without it
            )

            self.stack.push(SlotScreen("load"))
        elif item == "Chapter Select":
            from game.screens.menus.chapters import (
                ChapterSelectScreen,  # loaded when first opened: headless runs and verify start without it
            )

            self.stack.push(ChapterSelectScreen(reached_chapters(ctx), self.start_chapter))
        elif item == "Speedrun":
            from game.screens.speedrun import (
                SpeedrunScreen,  # loaded when first opened: headless runs and verify start without it
            )

            self.stack.push(SpeedrunScreen())
        elif item == "Settings":
            from game.screens.menus.settings import (
                SettingsScreen,  # loaded when first opened: headless runs and verify start without it
            )

            self.stack.push(SettingsScreen())
        elif item == "Credits":
            from game.screens.menus.credits import (
                CreditsScreen,  # loaded when first opened: headless runs and verify start without it
            )

            self.stack.push(CreditsScreen())

    def start_chapter(self, ctx: Context, chapter: str) -> None:
        """Chapter Select's choice: fade out, then start a new game at that chapter."""
        self.chapter = chapter
        self.leaving = "Chapter"
        self.fade.out(20)

    def _leave(self, ctx: Context) -> None:
        choice, self.leaving = self.leaving, None
        if choice == "Quit":
            ctx.quit_requested = True
            return
        if choice == "Continue":
            self._continue(ctx)
            return
        try:  # a chapter starts where it starts, carrying its declared `start` state
            play = chapter_select(ctx, self.chapter or "") if choice == "Chapter" else new_game(ctx)
        except (MapError, StartError) as exc:
            ctx.notices.report(str(exc))
            self.fade.into(20)
            return
        ctx.audio.stop_music(fade_ms=800)
        self.stack.replace(WorldScreen(play))

    def _continue(self, ctx: Context) -> None:
        """Load the newest save; on any problem say so and stay on the title."""
        info = latest_slot(ctx)
        problem = "there is no save to continue"
        if info is not None:
            play, problem = load_play(ctx, str(info.slot), from_title=True)
            if play is not None:
                self.stack.to_play(play)
                return
        ctx.notices.report(f"Cannot continue: {problem}")
        self.fade.into(20)
        self.refresh(ctx)

    # -- drawing -------------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        res = ctx.assets
        backdrop = res.image(title_picture(ctx))
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
        so_far = self.so_far
        if so_far:
            small.draw(
                surface,
                so_far,
                (MENU.x, MENU.bottom + 6),  # under the menu, on the dark grass
                palette.SUBTITLE,
                shadow=palette.SHADOW,
            )
        self._draw_menu(surface, ctx)
        if self.is_top():  # a menu opened over the title has its own hints
            hint = self.hint(ctx)
            small.draw(
                surface,
                hint,
                (w - 8 - small.measure(hint), 258),
                palette.TITLE,
                shadow=palette.SHADOW,
            )
        names = list(getattr(ctx.mods, "names", []) or [])
        if names:
            mods = "Mods: " + ", ".join(names)
            small.draw(surface, mods, (8, 4), palette.SUBTITLE, shadow=palette.SHADOW)
        draw_fade(surface, self.fade)

    def hint(self, ctx: Context) -> str:
        return prompts.hint(
            (prompts.arrows(ctx, Action.UP, Action.DOWN), "move"),
            (prompts.key(ctx, Action.CONFIRM), "choose"),
            "or use the mouse" if prompts.mouse_words(ctx) else "",
        )

    def _draw_menu(self, surface: pygame.Surface, ctx: Context) -> None:
        draw_panel(surface, MENU, alpha=170)
        font = ctx.assets.font("regular")
        for i, label in enumerate(ITEMS):
            rect = self.menu.row_rect(i)
            if rect is None:
                continue
            selected = i == self.menu.cursor
            if selected:
                draw_cursor_row(surface, rect)
                bob = (self.ticks // 20) % 2
                font.draw(surface, "\u00b7", (rect[0] + 3 + bob, rect[1] + 2), palette.TITLE)
            color = row_color(selected=selected, enabled=self.menu.enabled[i])
            font.draw(surface, label, (rect[0] + 11, rect[1] + 2), color, shadow=palette.SHADOW)

    def snapshot(self) -> dict[str, Any]:
        return {
            "menu": self.menu.snapshot(),
            "ticks": self.ticks,
            "leaving": self.leaving,
            "chapter": self.chapter,
            "fade": self.fade.snapshot(),
        }


def _story_loaded(ctx: Context) -> bool:
    return bool(getattr(ctx.content, "loaded", True))


def playable_words(ctx: Context) -> str:
    """What can be played, while some chapter is still a placeholder (a chapter that tells no
    beat): "Playable so far: Prologue, Hailsham, The Cottages. More is being written." """
    if ctx.content is None:
        return ""
    chapters = chapter_ids(ctx)
    told = [c for c in chapters if tells_a_beat(ctx, c)]
    if not chapters or len(told) == len(chapters):
        return ""
    names = [str(ctx.content.chapters[c].get("title") or c).split(",")[0] for c in told]
    return f"Playable so far: {', '.join(names)}. More is being written." if names else ""
