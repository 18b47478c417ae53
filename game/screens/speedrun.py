"""Speedrun mode's menu: full game, chapter select, practice from any beat, splits export (.lss).

The categories are the game's own (`game.play.start.categories`: a placeholder chapter is none).
Each row shows the personal best; the full game also its sum of best and attempts. The results
card a run ends on is `game.screens.results`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pygame

from game import __version__
from game.context import Context
from game.input.actions import InputFrame
from game.input.menu import Menu
from game.play.start import (
    WHOLE_GAME,
    category_chapters,
    chapter_title,
    run_chapters,
    start_of,
    whole_game_categories,
)
from game.save.fingerprint import content_fingerprint
from game.screens.menus.confirm import ConfirmScreen
from game.screens.menus.options import in_words
from game.screens.stack import Screen
from game.speedrun import bests as bestlib
from game.speedrun import practice
from game.speedrun.mode import LOCKED
from game.speedrun.timer import format_igt
from game.ui import palette
from game.ui.sceneview import draw_panel
from game.ui.widgets import shade

VISIBLE_ROWS = 9
RULES = "Instant text. Hold Skip: a line a tick, the fastest way. No auto. Choices never skipped."


def reached(ctx: Context, chapter: str) -> bool:
    """Chapters a player has reached (all of them when there is no profile: tools and tests)."""
    profile = ctx.profile
    return profile is None or chapter in profile.chapters or chapter == ctx.manifest.start_chapter


class SpeedrunScreen(Screen):
    """Pick a category. Each row is (label, action); the page changes what the rows are."""

    opaque = True

    def __init__(self, page: str = "main", chapter: str = "", focus: str = "") -> None:
        """``focus``: the row to put the cursor on (the category a results card came back from)."""
        self.page, self.chapter, self.focus = page, chapter, focus
        self.rows: list[tuple[str, str]] = []
        self.beats: list[practice.Beat] = []
        self.menu = Menu(["Back"])
        self.message = ""
        self._fingerprint = ""

    def on_enter(self, ctx: Context) -> None:
        self._build(ctx)

    def _build(self, ctx: Context) -> None:
        bests = bestlib.load_bests(ctx)

        def pb(category: str) -> str:
            t = bestlib.personal_best(bests, category)
            return f"  PB {format_igt(t)}" if t else ""

        chapters = run_chapters(ctx)
        if self.page == "main":
            self.rows = []
            for category in whole_game_categories(ctx):
                sob = bestlib.sum_of_best(bests, chapters, category)
                extra = f"  SoB {format_igt(sob)}" if sob else ""
                tries = bestlib.attempts(bests, category)
                extra += f"  ({tries} attempts)" if tries else ""
                label = category_name(ctx, category)
                self.rows.append((label + pb(category) + extra, f"run:{category}"))
            self.rows += [("Chapter select", "page:chapters"), ("Practice", "page:practice")]
            self.rows += [("Export splits (.lss)", "export"), ("Back", "back")]
        elif self.page in ("chapters", "practice"):
            verb = "run" if self.page == "chapters" else "page:beats"
            self.rows = [
                (
                    chapter_title(ctx, c) + (pb(f"chapter:{c}") if verb == "run" else ""),
                    f"{verb}:{c}",
                )
                for c in chapters
            ] + [("Back", "page:main")]
        else:  # the beats of one chapter, for practice
            self.beats = practice.beats(ctx, self.chapter)
            self.rows = [(f"{b.beat}  {b.name}", f"practice:{i}") for i, b in enumerate(self.beats)]
            self.rows.append(("Back", "page:practice"))
        enabled = [self._enabled(ctx, action) for _, action in self.rows]
        self.menu = Menu([label for label, _ in self.rows], enabled)
        if self.focus:
            found = [i for i, (_, action) in enumerate(self.rows) if action == self.focus]
            if found and enabled[found[0]]:
                self.menu.cursor = found[0]
            self.focus = ""

    def _enabled(self, ctx: Context, action: str) -> bool:
        kind, _, arg = action.partition(":")
        if kind == "run" and arg not in WHOLE_GAME:
            return reached(ctx, arg)
        if kind == "page" and arg.startswith("beats:"):
            return reached(ctx, arg.removeprefix("beats:"))
        return True

    def update(self, frame: InputFrame, ctx: Context) -> None:
        action, index = self.menu.update(frame)
        if action == "move":
            ctx.audio.play_sound("menu_move")
        if action == "cancel":
            self._do(ctx, "back" if self.page == "main" else "page:main")
        elif action == "choose" and index is not None:
            ctx.audio.play_sound("menu_confirm")
            self._do(ctx, self.rows[index][1])

    def start_run(self, ctx: Context, category: str, start: str) -> None:
        play, problem = ctx.speedrun.start(category, start)
        if play is not None:
            self.stack.to_play(play)
        self.message = problem or ""

    def _do(self, ctx: Context, action: str) -> None:
        kind, _, arg = action.partition(":")
        if kind == "back":
            self.stack.to_title()
        elif kind == "page":
            if arg.startswith("beats:"):
                self.page, self.chapter = "beats", arg.removeprefix("beats:")
            else:
                self.page = arg
            self._build(ctx)
        elif kind == "run":
            category = arg if arg in WHOLE_GAME else f"chapter:{arg}"
            self.start_run(ctx, category, start_of(category))
        elif kind == "practice":
            beat = self.beats[int(arg)]
            self.start_run(ctx, f"practice:{self.chapter}", beat.start)
        elif kind == "export":
            self.export(ctx)

    def export(self, ctx: Context) -> None:
        """Write one .lss per category, asking first when that replaces files already there."""
        existing = [p for p in lss_paths(ctx).values() if p.exists()]

        def write(ctx: Context) -> None:
            self.message = export_splits(ctx)

        if not existing:
            write(ctx)
            return
        names = ", ".join(p.name for p in existing[:2]) + (" ..." if len(existing) > 2 else "")
        self.stack.push(
            ConfirmScreen("Replace the splits files?", write, detail=names, yes="Replace")
        )

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        res = ctx.assets
        backdrop = res.image("title/backdrop.png")
        surface.fill(palette.NIGHT)
        if (
            backdrop is not None
        ):  # the title's picture, dimmed: this is still the front door of the game
            surface.blit(backdrop, (0, 0))
            shade(surface, 170, (10, 10, 18))
        big, font, small = res.font("large"), res.font("regular"), res.font("small")
        w = surface.get_width()
        draw_panel(surface, pygame.Rect(8, 6, w - 16, 224), alpha=215)
        big.draw(surface, "Speedrun", (16, 10), palette.TITLE, shadow=palette.SHADOW)
        small.draw(surface, RULES, (16, 32), palette.SUBTITLE)
        first = max(0, min(self.menu.cursor - VISIBLE_ROWS // 2, len(self.rows) - VISIBLE_ROWS))
        for row, i in enumerate(range(first, min(len(self.rows), first + VISIBLE_ROWS))):
            selected = i == self.menu.cursor
            color = palette.MENU_SELECTED if selected else palette.MENU
            label = self.menu.items[i]
            if not self.menu.enabled[i]:
                color, label = palette.HINT, label + "  (not reached yet)"
            y = 52 + row * (font.line_height + 3)
            if selected:
                font.draw(surface, "\u00b7", (18, y), color, shadow=palette.SHADOW)
            font.draw(surface, label, (28, y), color, shadow=palette.SHADOW)
        if self.message:
            for j, part in enumerate(small.wrap(self.message, w - 32)[:2]):
                small.draw(surface, part, (16, 212 + j * small.line_height), palette.NOTICE)
        rect = pygame.Rect(8, 236, w - 16, 30)
        draw_panel(surface, rect)
        for j, line in enumerate(self._info(ctx)):
            small.draw(
                surface, line, (rect.x + 6, rect.y + 4 + j * small.line_height), palette.HINT
            )

    def _info(self, ctx: Context) -> list[str]:
        """The version, content and mods, and the locked settings: shown on screen, as the rules say."""
        if not self._fingerprint:
            self._fingerprint = content_fingerprint(ctx.paths.root)
        mods = ", ".join(f"{m.id} {m.version}" for m in getattr(ctx.mods, "mods", [])) or "none"
        return [
            f"version {__version__}   content {self._fingerprint}   mods: {mods}",
            locked_words(),
        ]

    def snapshot(self) -> dict[str, Any]:
        return {"page": self.page, "chapter": self.chapter, "menu": self.menu.snapshot()}


def locked_words() -> str:
    """The settings every run plays with, as the settings screen words them."""
    return "Locked in runs: " + ", ".join(in_words(k, v) for k, v in LOCKED.items())


WHOLE_GAME_NAMES = {"full": "Full game", "memories": "All memories"}


def category_name(ctx: Context, category: str) -> str:
    if category in WHOLE_GAME_NAMES:
        return WHOLE_GAME_NAMES[category]
    return chapter_title(ctx, category.partition(":")[2])


def lss_paths(ctx: Context) -> dict[str, Path]:
    """Where each category's splits file goes: `<data>/speedrun/<game> - <category>.lss`."""
    out = {}
    for category in [*whole_game_categories(ctx), *(f"chapter:{c}" for c in run_chapters(ctx))]:
        name = f"{ctx.manifest.title} - {category_name(ctx, category)}"
        safe = "".join(ch if ch.isalnum() or ch in " -,.'" else "_" for ch in name)
        out[category] = ctx.paths.data / "speedrun" / f"{safe}.lss"
    return out


def export_splits(ctx: Context) -> str:
    """Write every category's splits as a .lss file; returns a message for the screen."""
    from game.speedrun.lss import Attempt, Segment, build_lss, write_lss  # XML, only when exporting

    bests = bestlib.load_bests(ctx)
    variables = {"Game version": __version__, "Content": content_fingerprint(ctx.paths.root)}
    paths = lss_paths(ctx)
    for category, path in paths.items():
        chapters = category_chapters(ctx, category)
        pbs = bestlib.pb_splits(bests, category)
        rtas = bestlib.pb_split_rta(bests, category)
        segments = [
            Segment(
                chapter_title(ctx, c),
                pbs.get(c),
                bestlib.best_segment(bests, c, category),
                rtas.get(c),
                c,
            )
            for c in chapters
        ]
        history = [a for h in bestlib.history(bests, category) if (a := Attempt.from_data(h))]
        text = build_lss(
            ctx.manifest.title,
            category_name(ctx, category),
            segments,
            bestlib.attempts(bests, category),
            history,
            variables=variables,
        )
        try:
            write_lss(path, text)
        except OSError as exc:
            return f"cannot write {path}: {exc}"
    return f"Splits written to {paths['full'].parent} ({len(paths)} files)"
