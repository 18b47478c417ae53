"""The backlog: what has been said in this play, grouped by chapter, scrollable."""

from __future__ import annotations

from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.input.menu import Repeater
from game.screens.stack import Screen
from game.state import GameState
from game.ui import palette, prompts
from game.ui.sceneview import draw_panel
from game.ui.widgets import shade

PANEL = pygame.Rect(24, 16, 432, 238)


class BacklogScreen(Screen):
    opaque = False
    counts_time = False  # reading back is not playing (speedrun timing rules)

    def __init__(self, state: GameState) -> None:
        self.state = state
        self.scroll = 0  # entries up from the newest
        self.repeat = Repeater()

    def on_enter(self, ctx: Context) -> None:
        ctx.audio.play_sound("page")

    def update(self, frame: InputFrame, ctx: Context) -> None:
        if (
            frame.was_pressed(Action.CANCEL)
            or frame.was_pressed(Action.BACKLOG)
            or frame.was_pressed(Action.MENU)
        ):
            self.stack.pop()
            return
        newest = len(self.state.backlog) - 1
        if self.repeat.fire(frame, Action.UP):
            self.scroll = min(max(0, newest), self.scroll + 1)
        if self.repeat.fire(frame, Action.DOWN):
            self.scroll = max(0, self.scroll - 1)
        if self.repeat.fire(frame, Action.LEFT):
            self.scroll = min(max(0, newest), self.scroll + 5)
        if self.repeat.fire(frame, Action.RIGHT):
            self.scroll = max(0, self.scroll - 5)

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        shade(surface, 150)
        draw_panel(
            surface, PANEL, contrast=getattr(ctx.settings, "high_contrast", False), alpha=255
        )
        font, small = ctx.assets.font("regular"), ctx.assets.font("small")
        small.draw(surface, "Backlog", (PANEL.x + 10, PANEL.y + 6), palette.SUBTITLE)
        hint = self.hint(ctx)
        small.draw(
            surface, hint, (PANEL.right - 10 - small.measure(hint), PANEL.y + 6), palette.HINT
        )
        entries = self.state.backlog
        if not entries:
            font.draw(
                surface, "Nothing has been said yet.", (PANEL.x + 12, PANEL.y + 30), palette.HINT
            )
            return
        # Lay out from the bottom (the newest shown entry) upwards.
        y = PANEL.bottom - 10
        top = PANEL.y + 20
        width = PANEL.w - 24
        index = len(entries) - 1 - self.scroll
        while index >= 0 and y > top:
            chapter, name, text, _line_id = entries[index]
            text, _ = prompts.with_keys(ctx, text)  # "<confirm>": the player's key
            lines = font.wrap(text, width - 60)
            block = len(lines) * font.line_height + 4
            if y - block < top:
                break
            y -= block
            if name:
                small.draw(surface, name, (PANEL.x + 12, y + 2), palette.SUBTITLE)
            color = palette.TEXT if name else palette.NARRATION
            font.draw(surface, "\n".join(lines), (PANEL.x + 72, y), color)
            prev = entries[index - 1][0] if index > 0 else None
            if prev != chapter and chapter:
                y -= small.line_height + 4
                if y > top:
                    title = str(ctx.content.chapters.get(chapter, {}).get("title", chapter))
                    small.draw(
                        surface, f"\u2014 {title} \u2014", (PANEL.x + 12, y + 2), palette.BOX_EDGE
                    )
            index -= 1

    def hint(self, ctx: Context) -> str:
        return prompts.hint(
            (prompts.arrows(ctx, Action.UP, Action.DOWN), "scroll"),
            (prompts.key(ctx, Action.CANCEL), "close"),
        )

    def snapshot(self) -> dict[str, Any]:
        return {"scroll": self.scroll, "repeat": sorted(self.repeat.held_for.items())}
