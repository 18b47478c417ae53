"""The simulation: the screen stack advanced by one input frame per tick, and its state hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from game.context import Context
from game.input.actions import NO_INPUT, InputFrame
from game.screens.stack import Screen, ScreenStack
from game.speedrun.mode import Speedrun


class Simulation:
    def __init__(self, ctx: Context, first: Screen) -> None:
        self.ctx = ctx
        self.stack = ScreenStack(ctx)
        ctx.stack = self.stack
        self.tick_count = 0
        # Speedrun hooks: the in-game timer and runs. They watch ticks; only a run filters input.
        self.speedrun = Speedrun(ctx)
        ctx.speedrun = self.speedrun
        self.stack.push(first)
        self.stack.apply()

    def tick(self, frame: InputFrame = NO_INPUT) -> None:
        frame = self.speedrun.before_tick(self.stack, frame)
        self.stack.update(frame)
        self.tick_count += 1
        self.speedrun.after_tick(self.stack)

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
