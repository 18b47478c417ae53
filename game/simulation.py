"""The simulation: the screens over a play, advanced by one input frame per tick, and its hash.

The screen stack routes each frame (to a menu, or through the world screen to its play); the
speedrun hooks watch every tick. This is what the window, headless runs, `verify` and the tests
tick, so the same frames give the same hash everywhere.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from game.context import Context
from game.input.actions import NO_INPUT, InputFrame
from game.play.play import Play
from game.screens.stack import Screen, ScreenStack
from game.screens.world_screen import WorldScreen
from game.speedrun.mode import Speedrun


class Simulation:
    def __init__(self, ctx: Context, first: Screen | Play) -> None:
        """``first`` is the first screen, or a play to show (a run, a save, a test's room)."""
        self.ctx = ctx
        self.stack = ScreenStack(ctx, title=title_screen, view=WorldScreen)
        self.tick_count = 0
        # Speedrun hooks: the in-game timer and runs. They watch ticks; only a run filters input.
        self.speedrun = Speedrun(ctx)
        ctx.speedrun = self.speedrun
        self.stack.push(WorldScreen(first) if isinstance(first, Play) else first)
        self.stack.apply()

    def tick(self, frame: InputFrame = NO_INPUT) -> None:
        frame = self.speedrun.before_tick(self.stack, frame)
        self.stack.update(frame)
        self.tick_count += 1
        ended = self.speedrun.after_tick(self.stack)
        if ended is not None and ended.finished and self.speedrun.show_results:
            from game.screens.results import ResultsScreen  # start-up: verify never shows it

            self.stack.push(ResultsScreen(ended.result))
            self.stack.apply()  # between ticks: shown from the next frame drawn

    def start_run(self, category: str, start: str, *, seed: int = 0) -> str | None:
        """Start a run between ticks (tools, tests); returns a problem, or None when it started."""
        play, problem = self.speedrun.start(category, start, seed=seed)
        if play is not None:
            self.stack.to_play(play)
            self.stack.apply()
        return problem

    def run(self, frames: Iterable[InputFrame], ticks: int) -> None:
        """Run exactly ``ticks`` ticks, taking frames from the iterable (then no input)."""
        it = iter(frames)
        for _ in range(ticks):
            if self.ctx.quit_requested:
                break
            self.tick(next(it, NO_INPUT))

    def snapshot(self) -> dict[str, Any]:
        return {"tick": self.tick_count, "stack": self.stack.snapshot()}

    def state_hash(self) -> str:
        """A hash of everything that matters, identical across runs, processes and machines."""
        text = json.dumps(self.snapshot(), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        return hashlib.sha256(text.encode("ascii")).hexdigest()[:16]


def title_screen() -> Screen:
    """The title, for a menu going back to it (verify and runs from a save never need it)."""
    from game.screens.title import TitleScreen  # start-up: loaded the first time it is shown

    return TitleScreen()
