"""Speedrun mode's screens: the entry menu (full game, chapter select, practice, splits export) and
the results card shown when a run ends."""

from __future__ import annotations

from typing import Any

import pygame

from game import __version__
from game.context import Context
from game.input.actions import Action, InputFrame
from game.input.menu import Menu
from game.play.start import NEW_GAME, chapter_ids, chapter_title, scenes_of
from game.save.fingerprint import content_fingerprint
from game.screens.stack import Screen
from game.speedrun import bests as bestlib
from game.speedrun.mode import LOCKED
from game.speedrun.timer import format_diff, format_igt, format_ms
from game.ui import palette
from game.ui.sceneview import draw_panel
from game.ui.widgets import shade

VISIBLE_ROWS = 9
RULES = "Instant text. Hold Skip: all text, one line per 3 ticks. No auto. Choices never skipped."


def reached(ctx: Context, chapter: str) -> bool:
    """Chapters a player has reached (all of them when there is no profile: tools and tests)."""
    profile = ctx.profile
    return profile is None or chapter in profile.chapters or chapter == ctx.manifest.start_chapter


class SpeedrunScreen(Screen):
    """Pick a category. Each row is (label, action); the page changes what the rows are."""

    opaque = True

    def __init__(self, page: str = "main", chapter: str = "") -> None:
        self.page, self.chapter = page, chapter
        self.rows: list[tuple[str, str]] = []
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

        chapters = chapter_ids(ctx)
        if self.page == "main":
            self.rows = [("Full game" + pb("full"), "run:full")]
            self.rows += [("Chapter select", "page:chapters"), ("Practice", "page:practice")]
            self.rows += [("Export splits (.lss)", "export"), ("Back", "back")]
        elif self.page in ("chapters", "practice"):
            verb = "run" if self.page == "chapters" else "page:scenes"
            self.rows = [
                (
                    chapter_title(ctx, c) + (pb(f"chapter:{c}") if verb == "run" else ""),
                    f"{verb}:{c}",
                )
                for c in chapters
            ] + [("Back", "page:main")]
        else:  # the scenes of one chapter, for practice
            self.rows = [(s, f"practice:{s}") for s in scenes_of(ctx, self.chapter)]
            self.rows.append(("Back", "page:practice"))
        enabled = [self._enabled(ctx, action) for _, action in self.rows]
        self.menu = Menu([label for label, _ in self.rows], enabled)

    def _enabled(self, ctx: Context, action: str) -> bool:
        kind, _, arg = action.partition(":")
        if kind == "run" and arg != "full":
            return reached(ctx, arg)
        if kind == "page" and arg.startswith("scenes:"):
            return reached(ctx, arg.removeprefix("scenes:"))
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
            if arg.startswith("scenes:"):
                self.page, self.chapter = "scenes", arg.removeprefix("scenes:")
            else:
                self.page = arg
            self._build(ctx)
        elif kind == "run":
            start = NEW_GAME if arg == "full" else f"chapter:{arg}"
            category = "full" if arg == "full" else f"chapter:{arg}"
            self.start_run(ctx, category, start)
        elif kind == "practice":
            start = f"scene:{self.chapter}:{arg}"
            self.start_run(ctx, f"practice:{self.chapter}", start)
        elif kind == "export":
            self.message = export_splits(ctx)

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
        locked = ", ".join(f"{k}={v}" for k, v in LOCKED.items())
        return [
            f"version {__version__}   content {self._fingerprint}   mods: {mods}",
            f"locked: {locked}",
        ]

    def snapshot(self) -> dict[str, Any]:
        return {"page": self.page, "chapter": self.chapter, "menu": self.menu.snapshot()}


def export_splits(ctx: Context) -> str:
    """Write the full-game splits as a .lss file; returns a message for the screen."""
    from game.speedrun.lss import Segment, build_lss, write_lss  # XML, only when exporting

    bests = bestlib.load_bests(ctx)
    pbs = bestlib.pb_splits(bests)
    segments = [
        Segment(chapter_title(ctx, c), pbs.get(c), bestlib.best_segment(bests, c))
        for c in chapter_ids(ctx)
    ]
    attempts = int(bests.get("attempts", {}).get("full", 0))
    path = ctx.paths.data / "speedrun" / f"{ctx.manifest.title}.lss"
    try:
        write_lss(path, build_lss(ctx.manifest.title, "Full game", segments, attempts))
    except OSError as exc:
        return f"cannot write {path}: {exc}"
    return f"Splits written to {path}"


class ResultsScreen(Screen):
    """The card after a run: IGT, RTA, personal best, difference, best segment(s)."""

    opaque = True

    def __init__(self, result: Any) -> None:
        self.result = result
        self.ticks = 0

    def update(self, frame: InputFrame, ctx: Context) -> None:
        self.ticks += 1
        if self.ticks > 30 and (
            frame.was_pressed(Action.CONFIRM) or frame.was_pressed(Action.CANCEL)
        ):
            self.stack.clear_to(SpeedrunScreen())

    def lines(self, ctx: Context) -> list[tuple[str, str]]:
        """(label, value) rows, also what tests read."""
        r = self.result
        rows = [("IGT", format_igt(r.igt)), ("RTA", format_ms(r.rta_ms))]
        if r.practice:
            return [*rows, ("", "Practice: never counts as a record")]
        rows.append(("Personal best", format_igt(r.pb) if r.pb else "none yet"))
        if r.pb:
            rows.append(("Difference", format_diff(r.igt - r.pb)))
        for split in r.splits:
            best = r.best_segments.get(split.chapter)
            mark = "  (best)" if best is None or split.segment < best else ""
            shown = format_igt(min(split.segment, best or split.segment))
            rows.append(
                (
                    chapter_title(ctx, split.chapter),
                    f"{format_igt(split.segment)}  best {shown}{mark}",
                )
            )
        if r.new_pb:
            rows.append(("", "New personal best!"))
        return rows

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        surface.fill((0, 0, 0))
        res = ctx.assets
        big, font, small = res.font("large"), res.font("regular"), res.font("small")
        w = surface.get_width()
        r = self.result
        title = "Practice" if r.practice else ("Full game" if r.category == "full" else "Chapter")
        if r.category.startswith(("chapter:", "practice:")):
            title += ": " + chapter_title(ctx, r.category.partition(":")[2])
        big.draw(surface, title, ((w - big.measure(title)) // 2, 20), palette.TITLE)
        y = 56
        for label, value in self.lines(ctx)[:12]:
            font.draw(surface, label, (60, y), palette.SUBTITLE)
            font.draw(surface, value, (200, y), palette.TEXT if label else palette.MENU_SELECTED)
            y += font.line_height + 3
        if self.ticks > 30:
            hint = "Z / Enter: continue"
            small.draw(surface, hint, ((w - small.measure(hint)) // 2, 254), palette.HINT)

    def snapshot(self) -> dict[str, Any]:
        r = self.result
        return {"ticks": self.ticks, "category": r.category, "igt": r.igt}
