"""The writer's menu (`--dev`, F2 or the pause menu's Dev row): jump to any chapter or scene, set
flags and items while playing, show the flag and state inspector (F3).

Nothing here exists without `--dev`; what it changes is the play in front of the writer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.play.devstart import flag_values, scene_start
from game.play.play import Play
from game.play.start import StartError, chapter_start, chapter_title
from game.screens.menus.common import MenuOverlay, draw_scroll_marks
from game.state import GameState
from game.story.graph import build_graph, story_order
from game.ui import palette, prompts
from game.ui.widgets import ListBox, draw_cursor_row
from game.world.mapdata import MapError

ROW_H = 14
VISIBLE = 12
PANEL = pygame.Rect(60, 24, 360, 28 + VISIBLE * ROW_H + 24)


class PickScreen(MenuOverlay):
    """A long list to choose from (scenes, chapters): rows of (label, note), scrolled."""

    def __init__(
        self, title: str, rows: list[tuple[str, str]], on_choose: Callable[[Context, int], None]
    ) -> None:
        self.title, self.rows, self.on_choose = title, rows, on_choose
        self.list = ListBox(
            PANEL.x + 8, PANEL.y + 28, PANEL.w - 16, ROW_H, VISIBLE, [True] * len(rows)
        )

    def update(self, frame: InputFrame, ctx: Context) -> None:
        # Left and right turn a page: lists of every scene are long.
        for action, delta in ((Action.LEFT, -VISIBLE), (Action.RIGHT, VISIBLE)):
            if frame.was_pressed(action) and self.rows and not self.list.horizontal:
                self.list.go_to(self.list.cursor + delta)
        index = self.chosen(ctx, frame, self.list)
        if index is not None:
            self.on_choose(ctx, index)

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        self.draw_frame(surface, ctx, PANEL, self.title, self.hint(ctx))
        font, small = ctx.assets.font("regular"), ctx.assets.font("small")
        for i, (label, note) in enumerate(self.rows):
            rect = self.list.row_rect(i)
            if rect is None:
                continue
            selected = i == self.list.cursor
            if selected:
                draw_cursor_row(surface, rect)
            color = palette.MENU_SELECTED if selected else palette.MENU
            font.draw(surface, label, (rect[0] + 6, rect[1] + 1), color, shadow=palette.SHADOW)
            small.draw(
                surface,
                note,
                (rect[0] + rect[2] - 6 - small.measure(note), rect[1] + 3),
                palette.HINT,
            )
        draw_scroll_marks(surface, self.list)

    def hint(self, ctx: Context) -> str:
        return prompts.hint(
            (prompts.key(ctx, Action.CONFIRM), "choose"),
            (prompts.key(ctx, Action.CANCEL), "back"),
            (prompts.arrows(ctx, Action.LEFT, Action.RIGHT), "page"),
        )

    def snapshot(self) -> dict[str, Any]:
        return {"list": self.list.snapshot()}


class DevMenu(PickScreen):
    """The writer's tools over the play."""

    ITEMS = (
        ("Jump to a scene", "on its map, keeping the flags"),
        ("Jump to a chapter", "from its declared start"),
        ("Set flags and items", "while playing"),
        ("Flags and state", "the inspector (F3)"),
    )

    def __init__(self, play: Play) -> None:
        self.play = play
        super().__init__("Writer's tools (--dev)", list(self.ITEMS), self.pick)

    def pick(self, ctx: Context, index: int) -> None:
        if index == 0:
            graph = build_graph(ctx.content.scenes, {}, ctx.content.chapters)
            ids = story_order(graph, ctx.content.scenes, list(ctx.content.chapters))
            scenes = [ctx.content.scenes[i] for i in ids]
            rows = [(s.id, chapter_title(ctx, s.chapter) if s.chapter else "") for s in scenes]
            self.stack.push(
                PickScreen("Jump to a scene", rows, lambda c, i: self.jump_scene(c, ids[i]))
            )
        elif index == 1:
            chapters = list(ctx.content.chapters)
            rows = [(chapter_title(ctx, c), c) for c in chapters]
            self.stack.push(
                PickScreen(
                    "Jump to a chapter", rows, lambda c, i: self.jump_chapter(c, chapters[i])
                )
            )
        elif index == 2:
            self.stack.push(FlagScreen(self.play))
        else:
            ctx.dev_overlay = not ctx.dev_overlay
            self.stack.pop()

    def jump_scene(self, ctx: Context, scene_id: str) -> None:
        """Same chapter: the flags as they are now; another chapter: its declared start."""
        scene = ctx.content.scenes[scene_id]
        now = self.play.state
        state = GameState.from_data(now.to_data()) if scene.chapter == now.chapter else None
        self._go(ctx, lambda: scene_start(ctx, scene_id, state=state)[0], scene_id)

    def jump_chapter(self, ctx: Context, chapter: str) -> None:
        self._go(ctx, lambda: chapter_start(ctx, chapter), chapter)

    def _go(self, ctx: Context, make: Callable[[], Play], what: str) -> None:
        try:
            play = make()
        except (StartError, MapError) as exc:
            ctx.notices.report(f"cannot jump to {what}: {exc}")
            return
        self.stack.to_play(play)


class FlagScreen(PickScreen):
    """Flags the content sets, and items: Z or left/right changes the value at once."""

    def __init__(self, play: Play) -> None:
        self.play = play
        self.names: list[tuple[str, str]] = []  # (kind, name)
        self.values: dict[str, list[Any]] = {}
        super().__init__("Set flags and items", [], self.change)
        self.list.horizontal = True

    def on_enter(self, ctx: Context) -> None:
        self.values = flag_values(ctx.content)
        self.names = [("flag", n) for n in self.values] + [("item", i) for i in ctx.content.items]
        self.refresh()

    def refresh(self) -> None:
        state = self.play.state
        self.rows = []
        for kind, name in self.names:
            value = state.items.get(name, 0) if kind == "item" else state.flags.get(name, "\u2014")
            self.rows.append((name, f"{'has ' if kind == 'item' else ''}{value!s}"))
        if len(self.list.enabled) != len(self.rows):
            self.list.set_enabled([True] * len(self.rows))

    def update(self, frame: InputFrame, ctx: Context) -> None:
        event = self.list.update(frame)
        if event.kind == "cancel":
            self.stack.pop()
        elif event.kind in ("choose", "adjust") and event.index is not None:
            self.step(event.index, event.delta or 1)
            self.play.refresh_people()
            self.refresh()

    def change(self, ctx: Context, index: int) -> None:
        self.step(index, 1)

    def step(self, index: int, delta: int) -> None:
        kind, name = self.names[index]
        state = self.play.state
        if kind == "item":
            count = max(0, state.items.get(name, 0) + delta)
            if count:
                state.items[name] = count
            else:
                state.items.pop(name, None)
            return
        known = self.values.get(name) or [True]
        current = state.flags.get(name)
        if all(type(v) is int for v in known):
            state.flags[name] = (current if type(current) is int else 0) + delta
        elif all(type(v) is bool for v in known):
            state.flags[name] = not bool(current)
        else:
            choices = [v for v in known if type(v) is str]
            at = choices.index(current) if current in choices else -1
            state.flags[name] = choices[(at + delta) % len(choices)]
