"""Settings: sound, text, display, language and controls. Every change applies at once (volumes,
window, language) and is written to the settings file shortly after (and when the screen closes)."""

from __future__ import annotations

from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.screens.menus.common import (
    MenuOverlay,
    back_clicked,
    draw_back,
    draw_scroll_marks,
    persist_settings,
    play_for,
)
from game.screens.menus.options import Option, choice_index, options
from game.screens.menus.rebind import RebindScreen
from game.screens.menus.text_entry import TextEntryScreen
from game.settings import host_problem, port_problem
from game.speedrun.mode import locked_settings
from game.story.library import languages, load_library
from game.ui import palette, prompts
from game.ui.widgets import (
    ListBox,
    draw_cursor_row,
    draw_slider,
    draw_toggle,
    inside,
    slider_fraction_at,
)

PANEL = pygame.Rect(14, 10, 452, 250)
ROW_H = 14
VISIBLE = 13
LIST_X, LIST_Y, LIST_W = PANEL.x + 8, PANEL.y + 28, PANEL.w - 16
VALUE_X = LIST_X + 214  # where values start: fixed, so clicks never depend on text widths
VALUE_W = 150
SAVE_AFTER = 40  # ticks without a change before the file is written


def find_languages(ctx: Context) -> list[str]:
    """Language codes with a file under dialogue/lang/ (or a mod's lang/), sorted."""
    return languages(ctx.paths.dialogue, ctx.mods)


DEFAULTS = {
    "auto_speed": 100,
    "text_size": "normal",
    "high_contrast": False,
    "skip_mode": "hold",
    "speedrun_clock": "",
    "livesplit": False,
    "show_inputs": False,
}


def text_entry(ctx: Context, option: Option) -> TextEntryScreen:
    """The box that edits a text setting (the LiveSplit host or port), checked before it is kept."""
    is_port = option.key == "livesplit_port"

    def keep(ctx: Context, text: str) -> str | None:
        value: Any = text
        if is_port:
            if not text.isdigit() or len(text) > 5:
                return "a port is a number from 1 to 65535"
            value = int(text)
        problem = (port_problem if is_port else host_problem)(value)
        if problem:
            return problem
        setattr(ctx.settings, option.key, value)
        persist_settings(ctx)
        return None

    alphabet = "0123456789" if is_port else "abcdefghijklmnopqrstuvwxyz0123456789.-:"
    return TextEntryScreen(
        option.label,
        str(get(ctx, option.key)),
        keep,
        alphabet=alphabet,
        limit=5 if is_port else 253,
    )


def get(ctx: Context, key: str) -> Any:
    return getattr(ctx.settings, key, DEFAULTS.get(key))


class SettingsScreen(MenuOverlay):
    def __init__(self) -> None:
        self.rows: list[Option] = options([])
        self.list = self._make_list()
        self.dirty = 0  # ticks since the last unsaved change (0: nothing to save)

    def _make_list(self) -> ListBox:
        enabled = [o.kind != "heading" for o in self.rows]
        return ListBox(LIST_X, LIST_Y, LIST_W, ROW_H, VISIBLE, enabled, horizontal=True)

    def on_enter(self, ctx: Context) -> None:
        ctx.audio.play_sound("page")
        largest = getattr(ctx.display, "largest_scale", lambda: 6)()
        self.rows = options(find_languages(ctx), largest)
        self.list = self._make_list()

    def on_exit(self, ctx: Context) -> None:
        if self.dirty:
            persist_settings(ctx)
            self.dirty = 0

    # -- the tick ------------------------------------------------------------------------------------
    def update(self, frame: InputFrame, ctx: Context) -> None:
        if self.dirty:
            self.dirty += 1
            if self.dirty > SAVE_AFTER:
                persist_settings(ctx)
                self.dirty = 0
        if back_clicked(frame, PANEL):
            ctx.audio.play_sound("menu_cancel")
            self.stack.pop()
            return
        event = self.list.update(frame)
        if event.index is None or event.kind in ("", "cancel"):
            play_for(ctx, event)
            if event.kind == "cancel":
                self.stack.pop()
            return
        option = self.rows[event.index]
        if event.kind == "move":
            play_for(ctx, event)
        elif event.kind == "adjust":
            self.adjust(ctx, option, event.delta)
        elif event.kind == "choose":
            self.choose(ctx, option, event.index, event.x)

    def choose(self, ctx: Context, option: Option, index: int, x: int | None) -> None:
        """Confirm or click: toggles flip, choices step on, sliders take the clicked position."""
        if option.kind == "text":
            ctx.audio.play_sound("menu_confirm")
            self.stack.push(text_entry(ctx, option))
        elif option.kind == "button":
            ctx.audio.play_sound("menu_confirm")
            self.stack.push(RebindScreen(option.key))
        elif option.kind == "toggle":
            self.set(ctx, option.key, not bool(get(ctx, option.key)))
        elif option.kind == "choice":
            back = x is not None and x < VALUE_X + 12  # the "<" end steps back
            self.adjust(ctx, option, -1 if back else 1, wrap=True)
        elif option.kind == "slider" and x is not None:
            rect = self.list.row_rect(index)
            track = _track(rect) if rect else None
            if track and inside((track[0] - 2, rect[1], track[2] + 4, ROW_H), (x, rect[1])):
                self.set(ctx, option.key, round(slider_fraction_at(track, x) * 10) / 10)

    def adjust(self, ctx: Context, option: Option, delta: int, *, wrap: bool = False) -> None:
        if option.kind == "slider":
            value = round(float(get(ctx, option.key)) * 10) + delta
            self.set(ctx, option.key, max(0, min(10, value)) / 10)
        elif option.kind == "toggle":
            self.set(ctx, option.key, delta > 0)
        elif option.kind == "choice":
            i = choice_index(option, get(ctx, option.key)) + delta
            n = len(option.choices)
            i = i % n if wrap else max(0, min(n - 1, i))
            self.set(ctx, option.key, option.choices[i][0])

    def set(self, ctx: Context, key: str, value: Any) -> None:
        """Change one setting and apply it at once (not those a speedrun locks)."""
        if get(ctx, key) == value:
            return
        if key in locked_settings(ctx):
            ctx.audio.play_sound("menu_cancel")
            return
        setattr(ctx.settings, key, value)
        ctx.audio.play_sound("menu_move")
        self.dirty = 1
        s = ctx.settings
        if key.endswith("_volume"):
            ctx.audio.set_volumes(s.master_volume, s.music_volume, s.sound_volume, s.ambient_volume)
        elif key == "window_scale":
            s.fullscreen = False  # a window size is a window
            if ctx.display is not None:
                ctx.display.set_scale(int(value))
        elif key == "fullscreen":
            if ctx.display is not None and bool(ctx.display.fullscreen) != bool(value):
                ctx.display.toggle_fullscreen()
        elif key == "language":
            apply_language(ctx)

    # -- drawing -------------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        self.draw_frame(surface, ctx, PANEL, "Settings", self.hint(ctx))
        draw_back(surface, ctx, PANEL)
        font, small = ctx.assets.font("regular"), ctx.assets.font("small")
        for i, option in enumerate(self.rows):
            rect = self.list.row_rect(i)
            if rect is None:
                continue
            x, y, w, _h = rect
            if option.kind == "heading":
                small.draw(surface, option.label.upper(), (x + 2, y + 5), palette.BOX_EDGE)
                lx = x + 6 + small.measure(option.label.upper())
                pygame.draw.line(surface, palette.BOX_EDGE, (lx, y + 9), (x + w - 4, y + 9))
                continue
            selected = i == self.list.cursor
            if selected:
                draw_cursor_row(surface, rect)
            color = palette.MENU_SELECTED if selected else palette.MENU
            font.draw(surface, option.label, (x + 12, y + 1), color, shadow=palette.SHADOW)
            self._draw_value(surface, ctx, option, rect, selected)
        draw_scroll_marks(surface, self.list)
        option = self.rows[self.list.cursor]
        help_text = option.help
        if option.key in locked_settings(ctx):
            help_text = "Locked during a speedrun: every run plays by the same rules."
        if help_text:
            y = LIST_Y + VISIBLE * ROW_H + 4
            small.draw(surface, help_text, (LIST_X + 12, y), palette.SUBTITLE)

    def hint(self, ctx: Context) -> str:
        return prompts.hint(
            (prompts.key(ctx, Action.CONFIRM), "choose"),
            (prompts.arrows(ctx, Action.LEFT, Action.RIGHT), "change"),
            (prompts.key(ctx, Action.CANCEL), "back"),
        )

    def _draw_value(
        self, surface: pygame.Surface, ctx: Context, option: Option, rect: Any, selected: bool
    ) -> None:
        font, small = ctx.assets.font("regular"), ctx.assets.font("small")
        value = get(ctx, option.key)
        y = rect[1]
        color = palette.MENU_SELECTED if selected else palette.TEXT
        locked = locked_settings(ctx)
        if option.key in locked:
            color = palette.HINT
            value = locked[option.key]
            small.draw(surface, "locked", (VALUE_X + VALUE_W - 40, y + 3), palette.NOTICE)
        if option.kind == "slider":
            draw_slider(surface, _track(rect), float(value), focused=selected)
            pct = f"{round(float(value) * 100)}%"
            small.draw(surface, pct, (VALUE_X + 110, y + 3), color)
        elif option.kind == "toggle":
            draw_toggle(surface, (VALUE_X + 1, y + 3, 9, 9), bool(value), focused=selected)
            font.draw(surface, "On" if value else "Off", (VALUE_X + 16, y + 1), color)
        elif option.kind == "choice":
            i = choice_index(option, value)
            label = option.choices[i][1]
            font.draw(surface, "<", (VALUE_X + 1, y + 1), color if i > 0 else palette.HINT)
            font.draw(surface, label, (VALUE_X + 14, y + 1), color, shadow=palette.SHADOW)
            last = i == len(option.choices) - 1
            font.draw(surface, ">", (VALUE_X + VALUE_W, y + 1), palette.HINT if last else color)
        elif option.kind == "text":
            font.draw(surface, str(value)[:24], (VALUE_X + 14, y + 1), color, shadow=palette.SHADOW)
        elif option.kind == "button":
            opener = prompts.key(ctx, Action.CONFIRM) + (
                " / click" if prompts.mouse_words(ctx) else ""
            )
            small.draw(surface, f"{opener} to open", (VALUE_X + 14, y + 3), palette.HINT)

    def snapshot(self) -> dict[str, Any]:
        return {"list": self.list.snapshot(), "dirty": self.dirty}


def _track(rect: Any) -> tuple[int, int, int, int]:
    """A slider's bar inside its row (fixed geometry)."""
    return (VALUE_X + 1, rect[1] + 4, 101, 7)


def apply_language(ctx: Context) -> None:
    """Read the story again in the chosen language (the current line keeps its text until the next)."""
    library = load_library(ctx.paths.dialogue, mods=ctx.mods, language=ctx.settings.language)
    for problem in library.problems:
        ctx.notices.report(problem)
    ctx.content = library
