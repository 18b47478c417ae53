"""The results card a run ends on: IGT, RTA, the personal best and the difference, each chapter's
time against its gold, and what identifies the run (category, version, content, run id) so a video
can be matched to its .run file. Retry starts the same run again; Back returns to the menu page the
run came from, its row chosen."""

from __future__ import annotations

from typing import Any

import pygame

from game.context import Context
from game.input.actions import InputFrame
from game.input.menu import Menu
from game.play.start import chapter_title
from game.screens.speedrun import WHOLE_GAME_NAMES, SpeedrunScreen
from game.screens.stack import Screen
from game.speedrun.timer import format_diff, format_igt, format_ms
from game.ui import palette

WAIT_TICKS = 30  # the card takes no press for half a second (a held Confirm must not skip it)
GOLD = (236, 200, 90)
AHEAD, BEHIND, EVEN = (140, 220, 140), (235, 130, 120), (200, 200, 200)


def diff_colour(ticks: int) -> tuple[int, int, int]:
    """Ahead green, behind red, a tie neither: a tie is not a loss."""
    return AHEAD if ticks < 0 else BEHIND if ticks > 0 else EVEN


def diff_text(ticks: int) -> str:
    return "\u00b10:00.000" if ticks == 0 else format_diff(ticks)


class ResultsScreen(Screen):
    opaque = True

    def __init__(self, result: Any, *, replay: bool = False) -> None:
        self.result = result
        self.replay = replay  # `python -m game replay`: the recorded run, no Retry
        self.ticks = 0
        self.menu = Menu(["Retry", "Back"] if not replay else ["Close"])

    def update(self, frame: InputFrame, ctx: Context) -> None:
        self.ticks += 1
        if self.ticks <= WAIT_TICKS:
            return
        action, index = self.menu.update(frame)
        if action == "cancel" or (action == "choose" and self.menu.items[index or 0] != "Retry"):
            if self.replay:
                ctx.quit_requested = True
            else:
                self.stack.clear_to(self.back_to())
        elif action == "choose":
            play, problem = ctx.speedrun.start(self.result.category, self.result.start)
            if play is not None:
                self.stack.to_play(play)
            else:
                ctx.notices.report(f"Cannot start the run again: {problem}")

    def back_to(self) -> SpeedrunScreen:
        """The menu page the run was started from, with its row chosen."""
        category = self.result.category
        if category in WHOLE_GAME_NAMES:
            return SpeedrunScreen("main", focus=f"run:{category}")
        kind, _, chapter = category.partition(":")
        if kind == "chapter":
            return SpeedrunScreen("chapters", focus=f"run:{chapter}")
        return SpeedrunScreen("beats", chapter)

    def lines(self, ctx: Context) -> list[tuple[str, str, tuple[int, int, int] | None]]:
        """(label, value, colour) rows; also what tests read."""
        r = self.result
        rta = "RTA (recorded)" if self.replay else "RTA"
        rows: list[tuple[str, str, Any]] = [
            ("IGT", format_igt(r.igt), None),
            (rta, format_ms(r.rta_ms) if r.rta_ms is not None else "not recorded", None),
        ]
        if r.practice:
            return [*rows, ("", "Practice: never counts as a record", palette.MENU_SELECTED)]
        if r.missing:
            found = r.memories_total - len(r.missing)
            rows.append(("Memories", f"{found} of {r.memories_total}: not a finished run", None))
        elif r.memories_total:
            rows.append(("Memories", f"all {r.memories_total}", None))
        rows.append(("Personal best", format_igt(r.pb) if r.pb else "none yet", None))
        if r.pb:
            rows.append(("Difference", diff_text(r.igt - r.pb), diff_colour(r.igt - r.pb)))
        for split in r.splits:
            gold = r.best_segments.get(split.chapter)
            # The first time a chapter is done it is its best; a replay compares with the player's.
            is_gold = split.segment < gold if gold is not None else not self.replay
            shown = format_igt(min(split.segment, gold or split.segment))
            mark = "  gold" if is_gold else ""
            rows.append(
                (
                    chapter_title(ctx, split.chapter),
                    f"{format_igt(split.segment)}  best {shown}{mark}",
                    GOLD if is_gold else None,
                )
            )
        if r.new_pb:
            rows.append(("", "New personal best!", palette.MENU_SELECTED))
        return rows

    def identity(self) -> str:
        r = self.result
        run = f"run {r.run_id}" if r.run_id else "run not saved"
        return f"{r.category}   v{r.version}   content {r.content}   {run}"

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        surface.fill((0, 0, 0))
        res = ctx.assets
        big, font, small = res.font("large"), res.font("regular"), res.font("small")
        w = surface.get_width()
        r = self.result
        title = "Practice" if r.practice else WHOLE_GAME_NAMES.get(r.category, "Chapter")
        if r.category.startswith(("chapter:", "practice:")):
            title += ": " + chapter_title(ctx, r.category.partition(":")[2])
        if self.replay:
            title = "Replay \u00b7 " + title
        big.draw(surface, title, ((w - big.measure(title)) // 2, 14), palette.TITLE)
        y = 44
        for label, value, colour in self.lines(ctx)[:11]:
            font.draw(surface, label, (60, y), palette.SUBTITLE)
            font.draw(surface, value, (200, y), colour or palette.TEXT)
            y += font.line_height + 3
        ident = self.identity()
        small.draw(surface, ident, ((w - small.measure(ident)) // 2, 226), palette.HINT)
        if self.ticks > WAIT_TICKS:
            x = (w - 70 * len(self.menu.items)) // 2
            for i, item in enumerate(self.menu.items):
                selected = i == self.menu.cursor
                colour = palette.MENU_SELECTED if selected else palette.MENU
                label = ("\u00b7 " if selected else "  ") + item
                font.draw(surface, label, (x + i * 70, 244), colour, shadow=palette.SHADOW)

    def snapshot(self) -> dict[str, Any]:
        r = self.result
        return {"ticks": self.ticks, "category": r.category, "igt": r.igt, "menu": self.menu.cursor}
