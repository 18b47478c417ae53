"""A short text field in a box: the LiveSplit host and port in the settings.

Typed on a keyboard (letters, digits, `.` `-` `:`; Backspace; Enter keeps it, Escape leaves it), or
spelled with a gamepad or the arrow keys: up and down turn the character under the cursor through
a blank and the letters (a blank is taken out: that is how a character is deleted), left and right
move, past the end a turn adds one; Confirm keeps, Cancel leaves. The value
is checked before it is kept, and the reason shown when it cannot be.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.input.menu import Repeater
from game.screens.menus.common import MenuOverlay
from game.ui import palette, prompts

PANEL = pygame.Rect(40, 80, 400, 96)
KEYPAD = {f"[{c}]": c for c in "0123456789."}


class TextEntryScreen(MenuOverlay):
    def __init__(
        self,
        title: str,
        value: str,
        keep: Callable[[Context, str], str | None],
        *,
        alphabet: str,
        limit: int,
    ) -> None:
        """``keep(ctx, text)`` stores the text, or returns why it cannot (the box stays open)."""
        self.title, self.text, self.keep = title, value, keep
        self.alphabet, self.limit = alphabet, limit
        self.cursor = len(value)
        self.problem = ""
        self.repeat = Repeater()
        self.typing = False  # a keyboard is in use: its keys are read by name, not as actions

    def update(self, frame: InputFrame, ctx: Context) -> None:
        raw = list(ctx.devices.raw) if ctx.devices is not None else []
        keys = [r[4:] for r in raw if r.startswith("key:")]
        if keys:
            self.typing = True
            if ctx.devices is not None:
                ctx.devices.raw.clear()
            for key in keys:
                self._key(ctx, key)
            return
        if self.typing:
            return  # the same keys also arrive as actions (A is left, X is cancel): not twice
        if frame.was_pressed(Action.CONFIRM):
            self._done(ctx)
        elif frame.was_pressed(Action.CANCEL):
            self.stack.pop()
        elif self.repeat.fire(frame, Action.UP) or self.repeat.fire(frame, Action.DOWN):
            self._turn(1 if frame.is_held(Action.UP) else -1)
        elif self.repeat.fire(frame, Action.RIGHT):
            self.cursor = min(len(self.text), self.cursor + 1)
        elif self.repeat.fire(frame, Action.LEFT):
            self.cursor = max(0, self.cursor - 1)

    def _turn(self, delta: int) -> None:
        if self.cursor >= len(self.text):
            if len(self.text) >= self.limit:
                return
            self.text += " "  # a blank: a new character, turned from nothing
        wheel = " " + self.alphabet
        ch = self.text[self.cursor]
        i = wheel.find(ch)
        ch = wheel[(i + delta) % len(wheel)]
        self.text = self.text[: self.cursor] + ch + self.text[self.cursor + 1 :]

    def _key(self, ctx: Context, key: str) -> None:
        key = KEYPAD.get(key, key)
        if key in ("return", "enter"):
            self._done(ctx)
        elif key == "escape":
            self.stack.pop()
        elif key == "backspace" and self.cursor > 0:
            self.text = self.text[: self.cursor - 1] + self.text[self.cursor :]
            self.cursor -= 1
        elif key in ("up", "down"):
            self._turn(1 if key == "up" else -1)
        elif key == "left":
            self.cursor = max(0, self.cursor - 1)
        elif key == "right":
            self.cursor = min(len(self.text), self.cursor + 1)
        elif len(key) == 1 and key in self.alphabet and len(self.text) < self.limit:
            self.text = self.text[: self.cursor] + key + self.text[self.cursor :]
            self.cursor += 1

    def _done(self, ctx: Context) -> None:
        self.text = self.text.replace(" ", "")  # blanks left by the wheel are no characters
        self.cursor = min(self.cursor, len(self.text))
        problem = self.keep(ctx, self.text)
        if problem:
            self.problem = problem
            ctx.audio.play_sound("menu_cancel")
        else:
            ctx.audio.play_sound("menu_confirm")
            self.stack.pop()

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        self.draw_frame(surface, ctx, PANEL, self.title, self.hint(ctx))
        font, small = ctx.assets.font("regular"), ctx.assets.font("small")
        width = PANEL.w - 24
        shown, start = self.text, 0
        while font.measure(shown[start:]) > width and start < self.cursor:
            start += 1  # scroll a long host name so the cursor stays in view
        x, y = PANEL.x + 12, PANEL.y + 32
        pygame.draw.rect(surface, (20, 20, 26), (x - 3, y - 2, width + 6, 16))
        font.draw(surface, shown[start:], (x, y), palette.TEXT)
        cx = x + font.measure(shown[start : self.cursor])
        pygame.draw.line(surface, palette.MENU_SELECTED, (cx, y + 12), (cx + 5, y + 12))
        help_text = (
            "Up and down change a letter; left and right move."
            if prompts.device(ctx) == "pad"
            else "Type, or use up/down to change a letter and left/right to move."
        )
        small.draw(surface, help_text, (x, y + 20), palette.SUBTITLE)
        if self.problem:
            small.draw(surface, self.problem, (x, y + 32), palette.NOTICE)

    def hint(self, ctx: Context) -> str:
        if self.typing:  # the keyboard's own Enter and Esc, read by name while typing
            return prompts.hint(("Enter", "keep"), ("Esc", "leave"))
        return prompts.hint(
            (prompts.key(ctx, Action.CONFIRM), "keep"), (prompts.key(ctx, Action.CANCEL), "leave")
        )

    def snapshot(self) -> dict[str, Any]:
        return {"text": self.text, "cursor": self.cursor, "problem": self.problem}
