"""Rebinding keys or gamepad buttons: up to three per action, captured from the next key pressed.

A key already used by another action is swapped clearly (that action gets this slot's old key) and
the message says so; a swap that would leave a needed action (moving, confirm, cancel, menu) with
nothing is refused. Conflicts already in the settings file are listed at the top.
"""

from __future__ import annotations

from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.input.bindings import DEFAULT_BUTTONS, DEFAULT_KEYS, Bindings
from game.input.names import input_label
from game.screens.menus.common import (
    MenuOverlay,
    back_clicked,
    draw_back,
    draw_scroll_marks,
    persist_settings,
    play_for,
)
from game.screens.menus.confirm import ConfirmScreen
from game.ui import palette, prompts
from game.ui.widgets import ListBox, draw_cursor_row

PANEL = pygame.Rect(14, 10, 452, 250)
ROW_H = 13
VISIBLE = 13  # rows that fit above the notes and the Back button
LIST_X, LIST_Y, LIST_W = PANEL.x + 8, PANEL.y + 36, PANEL.w - 16
COL_X, COL_W, COLUMNS = LIST_X + 120, 104, 3
WAIT_TICKS = 300  # five seconds to press a key, then nothing changes
ACTIONS: tuple[Action, ...] = tuple(Action)
ROWS = len(ACTIONS) + 1  # the actions, then "Reset to defaults" (X or the Back button leave)
NEEDED = {Action.UP, Action.DOWN, Action.LEFT, Action.RIGHT, Action.CONFIRM, Action.CANCEL}
NEEDED |= {Action.MENU}


def action_label(action: Action) -> str:
    return {
        Action.QUICKSAVE: "Quick save",
        Action.QUICKLOAD: "Quick load",
        Action.RESTART: "Restart run",
    }.get(action, action.value.capitalize())


def assign(
    bindings: Bindings, device: str, action: Action, column: int, name: str
) -> tuple[bool, str]:
    """Bind ``name`` to ``action`` in ``column``; returns (changed, message for the player)."""
    table = bindings.keys if device == "keys" else bindings.buttons
    dev = "pad" if device == "pad" else "key"
    mine = [*table.get(action, ()), "", "", ""][:COLUMNS]
    label = input_label(dev, name)
    if name in mine:  # already this action's: just move it to the chosen column
        j = mine.index(name)
        mine[j], mine[column] = mine[column], mine[j]
        table[action] = tuple(n for n in mine if n)
        return j != column, f"{label} stays on {action_label(action)}."
    owner = next((a for a in ACTIONS if a != action and name in table.get(a, ())), None)
    message = f"{label} now does {action_label(action)}."
    if owner is not None:
        theirs = list(table.get(owner, ()))
        old = mine[column]
        if old:
            theirs[theirs.index(name)] = old
        else:
            theirs.remove(name)
        if not theirs and owner in NEEDED:
            return False, (
                f"{label} is the only one for {action_label(owner)}: "
                f"give {action_label(owner)} another first."
            )
        table[owner] = tuple(theirs)
        swapped = f"; {action_label(owner)} now uses {input_label(dev, old)}" if old else ""
        message = f"{label} moved from {action_label(owner)} to {action_label(action)}{swapped}."
    mine[column] = name
    table[action] = tuple(n for n in mine if n)
    return True, message


class RebindScreen(MenuOverlay):
    """``device`` is "keys" (keyboard) or "pad" (gamepad buttons)."""

    def __init__(self, device: str) -> None:
        self.device = device
        self.list = ListBox(
            LIST_X, LIST_Y, LIST_W, ROW_H, min(ROWS, VISIBLE), [True] * ROWS, horizontal=True
        )
        self.column = 0
        self.waiting = 0  # ticks left to press a key (0: not waiting)
        self.message = ""

    def on_enter(self, ctx: Context) -> None:
        ctx.audio.play_sound("page")

    @property
    def prefix(self) -> str:
        return "pad:" if self.device == "pad" else "key:"

    def bindings(self, ctx: Context) -> Bindings:
        return ctx.settings.input_bindings()

    def table(self, ctx: Context) -> dict[Action, tuple[str, ...]]:
        b = self.bindings(ctx)
        return b.buttons if self.device == "pad" else b.keys

    # -- the tick ------------------------------------------------------------------------------------
    def update(self, frame: InputFrame, ctx: Context) -> None:
        if self.waiting:
            self._capture(frame, ctx)
            return
        if back_clicked(frame, PANEL):
            ctx.audio.play_sound("menu_cancel")
            self.stack.pop()
            return
        if frame.pointer is not None and frame.pointer[0] >= COL_X:
            row = self.list.hit(frame.pointer)
            if row is not None and row < len(ACTIONS):
                self.column = min(COLUMNS - 1, (frame.pointer[0] - COL_X) // COL_W)
        event = self.list.update(frame)
        play_for(ctx, event)
        if event.kind == "cancel":
            self.stack.pop()
        elif event.kind == "adjust":
            self.column = max(0, min(COLUMNS - 1, self.column + event.delta))
            ctx.audio.play_sound("menu_move")
        elif event.kind == "choose" and event.index is not None:
            self._choose(ctx, event.index, event.x)

    def _choose(self, ctx: Context, index: int, x: int | None) -> None:
        if index == len(ACTIONS):
            what = "gamepad buttons" if self.device == "pad" else "keys"
            self.stack.push(
                ConfirmScreen(f"Reset all {what} to the defaults?", self.reset, yes="Reset")
            )
        else:
            if x is not None and x >= COL_X:
                self.column = min(COLUMNS - 1, (x - COL_X) // COL_W)
            if ctx.devices is None:
                self.message = "No keyboard or gamepad to read from."
                return
            ctx.devices.raw.clear()  # the key that chose this row is not the new binding
            self.waiting = WAIT_TICKS
            self.message = ""

    def _capture(self, frame: InputFrame, ctx: Context) -> None:
        """Waiting for a key: everything else is ignored (the key pressed may mean cancel)."""
        self.waiting -= 1
        raw = list(ctx.devices.raw) if ctx.devices is not None else []
        if ctx.devices is not None:
            ctx.devices.raw.clear()
        name = next((r[len(self.prefix) :] for r in raw if r.startswith(self.prefix)), None)
        if name and name != "?":
            self.waiting = 0
            b = self.bindings(ctx)
            changed, self.message = assign(
                b, self.device, ACTIONS[self.list.cursor], self.column, name
            )
            ctx.audio.play_sound("menu_confirm" if changed else "menu_cancel")
            if changed:
                self.apply(ctx, b)
        elif frame.click or not self.waiting:
            self.waiting = 0
            self.message = "Nothing changed."
            ctx.audio.play_sound("menu_cancel")

    def apply(self, ctx: Context, bindings: Bindings) -> None:
        """Use the new bindings at once and write them to the settings file."""
        ctx.settings.bindings = bindings.to_data()
        if ctx.devices is not None:
            ctx.devices.rebind(ctx.settings.input_bindings())
        persist_settings(ctx)

    def reset(self, ctx: Context) -> None:
        b = self.bindings(ctx)
        if self.device == "pad":
            b.buttons = dict(DEFAULT_BUTTONS)
        else:
            b.keys = dict(DEFAULT_KEYS)
        self.apply(ctx, b)
        self.message = "Back to the defaults."

    # -- drawing -------------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        title = "Gamepad controls" if self.device == "pad" else "Keyboard controls"
        self.draw_frame(surface, ctx, PANEL, title, self.hint(ctx))
        draw_back(surface, ctx, PANEL)
        font, small = ctx.assets.font("regular"), ctx.assets.font("small")
        dev = "pad" if self.device == "pad" else "key"
        for c in range(COLUMNS):
            head = ("Main", "Second", "Third")[c]
            small.draw(surface, head, (COL_X + c * COL_W + 6, LIST_Y - 10), palette.SUBTITLE)
        table = self.table(ctx)
        for i in range(ROWS):
            rect = self.list.row_rect(i)
            if rect is None:
                continue
            x, y, _w, h = rect
            selected = i == self.list.cursor
            color = palette.MENU_SELECTED if selected else palette.MENU
            if i >= len(ACTIONS):
                if selected:
                    draw_cursor_row(surface, rect)
                font.draw(
                    surface, "Reset to defaults", (x + 12, y + 1), color, shadow=palette.SHADOW
                )
                continue
            action = ACTIONS[i]
            font.draw(surface, action_label(action), (x + 12, y + 1), color, shadow=palette.SHADOW)
            names = [*table.get(action, ()), "", "", ""][:COLUMNS]
            for c, name in enumerate(names):
                cell = (COL_X + c * COL_W, y, COL_W - 4, h)
                focused = selected and c == self.column
                if focused:
                    draw_cursor_row(surface, cell)
                text = input_label(dev, name)
                if focused and self.waiting:
                    text = f"press\u2026 {(self.waiting + 59) // 60}"
                tint = palette.MENU_SELECTED if focused else palette.TEXT if name else palette.HINT
                font.draw(surface, text, (cell[0] + 6, y + 1), tint, shadow=palette.SHADOW)
        draw_scroll_marks(surface, self.list)
        self._draw_notes(surface, ctx, small)

    def hint(self, ctx: Context) -> str:
        return prompts.hint(
            (prompts.key(ctx, Action.CONFIRM), "change"),
            (prompts.arrows(ctx, Action.LEFT, Action.RIGHT), "column"),
            (prompts.key(ctx, Action.CANCEL), "back"),
        )

    def _draw_notes(self, surface: pygame.Surface, ctx: Context, small: Any) -> None:
        y = LIST_Y + min(ROWS, VISIBLE) * ROW_H + 6
        x = LIST_X + 12
        if self.waiting:
            text = "Press the new " + ("button" if self.device == "pad" else "key")
            small.draw(surface, text + " (click to keep the old one).", (x, y), palette.TITLE)
        elif self.message:
            small.draw(surface, self.message, (x, y), palette.MENU_SELECTED)
        kind = "button" if self.device == "pad" else "key"
        for j, (name, actions) in enumerate(
            c for c in self.bindings(ctx).conflicts() if c[0].startswith(kind)
        ):
            who = " and ".join(action_label(a) for a in actions)
            shown = input_label("pad" if kind == "button" else "key", name.split(" ", 1)[1])
            warn = f"Conflict: {shown} is used by {who}."
            small.draw(surface, warn, (x, y + 9 + j * 9), palette.NOTICE)
            break  # one line fits above the Back button; fixing it shows the next

    def snapshot(self) -> dict[str, Any]:
        return {
            "device": self.device,
            "list": self.list.snapshot(),
            "column": self.column,
            "waiting": self.waiting,
            "message": self.message,
        }
