"""Memories: what one is, and each chapter's, found (in any play, and this one) with their title
and text; the others as "? ? ?" so the player knows how many are still out there.

An unfound memory's place (the map that gives it) is a hint: shown for a chapter the player has
finished, and on request (Confirm on its row) for the chapter still being played.
"""

from __future__ import annotations

from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.screens.menus.common import (
    MenuOverlay,
    back_clicked,
    chapter_title,
    draw_back,
    draw_scroll_marks,
    play_for,
    profile_list,
)
from game.story.memory_hints import memory_places, place_words
from game.ui import palette, prompts
from game.ui.sceneview import draw_panel
from game.ui.widgets import ListBox, draw_cursor_row, row_color

PANEL = pygame.Rect(14, 10, 452, 250)
ROW_H = 15
VISIBLE = 12
LIST_Y = PANEL.y + 40
TEXT = pygame.Rect(PANEL.x + 190, PANEL.y + 38, 254, 184)
UNKNOWN = "? ? ?"
WHAT = "A memory comes back when Kathy looks closely at something. None is needed to finish."


class MemoriesScreen(MenuOverlay):
    def __init__(
        self, found: list[str], chapter: str = "", flags: dict[str, Any] | None = None
    ) -> None:
        """``found``: memories found in any play and this one; ``chapter``: the one being played;
        ``flags``: the play's, for headings that change as the story goes on."""
        self.found = list(found)
        self.chapter = chapter
        self.flags = dict(flags or {})
        self.ids: list[str] = []  # the memories, in the content's order
        self.rows: list[tuple[str, str]] = []  # ("chapter", id) headings and ("memory", id)
        self.asked: list[str] = []  # unfound memories whose place the player asked for
        self.list = ListBox(PANEL.x + 8, LIST_Y, 172, ROW_H, VISIBLE, [])

    def on_enter(self, ctx: Context) -> None:
        ctx.audio.play_sound("page")
        memories = ctx.content.memories if ctx.content else {}
        self.ids = list(memories)
        chapters = list(ctx.content.chapters) if ctx.content else []
        for info in memories.values():  # memories of no chapter (or an unknown one) go last
            if info.chapter not in chapters:
                chapters.append(info.chapter)
        self.rows = []
        for chapter in chapters:
            mine = [m for m in self.ids if memories[m].chapter == chapter]
            if mine and (chapter or len(chapters) > 1):
                self.rows.append(("chapter", chapter))
            self.rows += [("memory", m) for m in mine]
        self.list.set_enabled([kind == "memory" for kind, _ in self.rows])

    def done(self, ctx: Context, chapter: str) -> bool:
        """Whether the player has gone on past ``chapter`` (in any play): its hints are free."""
        order = list(ctx.content.chapters) if ctx.content else []
        if chapter not in order:
            return False
        reached = [*profile_list(ctx, "chapters"), self.chapter]
        furthest = max((order.index(c) for c in reached if c in order), default=-1)
        return order.index(chapter) < furthest

    def place_hint(self, ctx: Context, memory_id: str) -> str:
        """Where an unfound memory is, if the player may know it now ("" if not, or unknown)."""
        info = ctx.content.memories.get(memory_id)
        if info is None or memory_id in self.found:
            return ""
        if memory_id not in self.asked and not self.done(ctx, info.chapter):
            return ""
        return place_words(memory_places(ctx).get(memory_id, [])) or "Nothing tells where."

    def update(self, frame: InputFrame, ctx: Context) -> None:
        if back_clicked(frame, PANEL):
            ctx.audio.play_sound("menu_cancel")
            self.stack.pop()
            return
        event = self.list.update(frame)
        if event.kind == "choose" and event.index is not None:
            _kind, memory_id = self.rows[event.index]
            if memory_id not in self.found and memory_id not in self.asked:
                self.asked.append(memory_id)  # "where is it?": the place, on request
                ctx.audio.play_sound("menu_confirm")
            return  # choosing a found one only selects it; its text is already shown
        play_for(ctx, event)
        if event.kind == "cancel":
            self.stack.pop()

    def hint(self, ctx: Context) -> str:
        return prompts.hint(
            (prompts.key(ctx, Action.CANCEL), "back"),
            (prompts.arrows(ctx, Action.UP, Action.DOWN), "move"),
        )

    # -- drawing -------------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        total, have = len(self.ids), sum(1 for m in self.ids if m in self.found)
        self.draw_frame(surface, ctx, PANEL, "Memories", self.hint(ctx))
        font, small = ctx.assets.font("regular"), ctx.assets.font("small")
        count = f"{have} of {total} found"
        small.draw(
            surface, count, (PANEL.right - 10 - small.measure(count), PANEL.y + 9), palette.SUBTITLE
        )
        small.draw(surface, WHAT, (PANEL.x + 12, PANEL.y + 25), palette.SUBTITLE)
        draw_back(surface, ctx, PANEL)
        if not self.ids:
            font.draw(
                surface, "There are no memories to find.", (PANEL.x + 16, LIST_Y), palette.HINT
            )
            return
        for i, (kind, key) in enumerate(self.rows):
            rect = self.list.row_rect(i)
            if rect is not None:
                self._draw_row(surface, ctx, i, kind, key, rect)
        draw_scroll_marks(surface, self.list)
        self._draw_text(surface, ctx)

    def _draw_row(
        self, surface: pygame.Surface, ctx: Context, i: int, kind: str, key: str, rect: Any
    ) -> None:
        font, small = ctx.assets.font("regular"), ctx.assets.font("small")
        x, y, w, _h = rect
        if kind == "chapter":
            mine = [
                m for k, m in self.rows if k == "memory" and ctx.content.memories[m].chapter == key
            ]
            have = sum(1 for m in mine if m in self.found)
            title = heading(ctx, key, self.flags).upper()
            small.draw(surface, _clip(small, title, w - 40), (x + 2, y + 5), palette.BOX_EDGE)
            tally = f"{have}/{len(mine)}"
            small.draw(surface, tally, (x + w - 4 - small.measure(tally), y + 5), palette.BOX_EDGE)
            return
        selected = i == self.list.cursor
        if selected:
            draw_cursor_row(surface, rect)
        known = key in self.found
        label = ctx.content.memories[key].title if known else UNKNOWN
        color = row_color(selected=selected, enabled=known)
        font.draw(surface, _clip(font, label, w - 12), (x + 6, y + 2), color, shadow=palette.SHADOW)

    def _draw_text(self, surface: pygame.Surface, ctx: Context) -> None:
        draw_panel(surface, TEXT, contrast=getattr(ctx.settings, "high_contrast", False))
        kind, memory_id = self.rows[self.list.cursor] if self.rows else ("", "")
        if kind != "memory":
            return
        x, y = TEXT.x + 10, TEXT.y + 8
        big, font, small = (ctx.assets.font(n) for n in ("large", "regular", "small"))
        info = ctx.content.memories[memory_id]
        if memory_id not in self.found:
            big.draw(surface, UNKNOWN, (x, y), palette.HINT, shadow=palette.SHADOW)
            where = chapter_title(ctx, info.chapter)
            small.draw(
                surface,
                f"Not found yet{' in ' + where if where else ''}.",
                (x, y + 22),
                palette.HINT,
            )
            place = self.place_hint(ctx, memory_id)
            if place:
                for j, line in enumerate(font.wrap(place, TEXT.w - 20)[:3]):
                    font.draw(surface, line, (x, y + 38 + j * font.line_height), palette.TEXT)
            else:
                ask = f"{prompts.key(ctx, Action.CONFIRM)}: a hint of where to look"
                small.draw(surface, ask, (x, y + 38), palette.SUBTITLE)
            return
        lines = big.wrap(info.title, TEXT.w - 20)[:2]
        for line in lines:
            big.draw(surface, line, (x, y), palette.TITLE, shadow=palette.SHADOW)
            y += big.line_height
        where = chapter_title(ctx, info.chapter)
        if where:
            small.draw(surface, where, (x, y + 2), palette.SUBTITLE)
            y += small.line_height + 2
        pygame.draw.line(surface, palette.BOX_EDGE, (x, y + 5), (TEXT.right - 10, y + 5))
        y += 10
        limit = (TEXT.bottom - 6 - y) // font.line_height
        for line in font.wrap(info.text or "", TEXT.w - 20)[:limit]:
            font.draw(surface, line, (x, y), palette.NARRATION, shadow=palette.SHADOW)
            y += font.line_height

    def snapshot(self) -> dict[str, Any]:
        return {"list": self.list.snapshot(), "found": self.found, "asked": self.asked}


def _clip(font: Any, text: str, width: int) -> str:
    if font.measure(text) <= width:
        return text
    while text and font.measure(text + "\u2026") > width:
        text = text[:-1]
    return text + "\u2026"


def heading(ctx: Context, chapter: str, flags: dict[str, Any]) -> str:
    """A chapter's heading: its title, and the words its `suffix_when` (chapters.yaml: flag ->
    text) adds for each flag that is true in this play (a place that has closed since)."""
    title = chapter_title(ctx, chapter) or "Elsewhere"
    info = ctx.content.chapters.get(chapter) if ctx.content else None
    suffixes = info.get("suffix_when") if isinstance(info, dict) else None
    if isinstance(suffixes, dict):
        title += "".join(str(text) for flag, text in suffixes.items() if flags.get(flag) is True)
    return title
