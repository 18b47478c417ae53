"""The fixed-step clock: how many simulation ticks a drawn frame should run.

Pure integer arithmetic, so it is exact and testable without a window. The wall clock is read by the
caller (the app) and never by the simulation.
"""

from __future__ import annotations

from dataclasses import dataclass

TICKS_PER_SECOND = 60
_UNIT = 1_000_000  # the accumulator counts microseconds times TICKS_PER_SECOND: one tick is _UNIT
TICK_US = _UNIT / TICKS_PER_SECOND  # for callers that want a duration (16666.67 us)


@dataclass
class FixedStep:
    """An accumulator that turns elapsed real time into whole ticks.

    ``max_frame_us`` clamps one frame's elapsed time (a stall, a dragged window, a breakpoint), and
    ``max_steps`` caps catch-up ticks per frame so a slow machine degrades to slow motion instead of a
    spiral of ever longer frames.
    """

    max_frame_us: int = 250_000
    max_steps: int = 5
    accumulator: int = 0  # microseconds * TICKS_PER_SECOND
    dropped_us: int = 0  # time thrown away by the clamp or the cap (for diagnostics)

    def advance(self, elapsed_us: int) -> int:
        elapsed_us = max(0, int(elapsed_us))
        if elapsed_us > self.max_frame_us:
            self.dropped_us += elapsed_us - self.max_frame_us
            elapsed_us = self.max_frame_us
        self.accumulator += elapsed_us * TICKS_PER_SECOND
        steps = self.accumulator // _UNIT
        if steps > self.max_steps:
            self.dropped_us += (steps - self.max_steps) * _UNIT // TICKS_PER_SECOND
            steps = self.max_steps
            self.accumulator = self.accumulator % _UNIT
        else:
            self.accumulator -= steps * _UNIT
        return steps

    @property
    def alpha(self) -> float:
        """How far between the last tick and the next one this frame is (0..1), for drawing only."""
        return self.accumulator / _UNIT
