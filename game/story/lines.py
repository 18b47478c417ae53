"""A spoken or narrated line on screen, and waiting on it: typewriter, skip and auto-advance.

The director shows lines (`show_line`) for the `say` and `narrate` commands; drawing reads the
`LineBox` and never changes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from game.input.actions import Action, InputFrame

if TYPE_CHECKING:
    from game.story.runner import SceneRun

SKIP_LINE_TICKS = 1  # while skipping, a line a tick: mashing Confirm needs two (the fastest way)
AUTO_BASE_TICKS = 50
AUTO_TICKS_PER_CHAR = 3


@dataclass
class LineBox:
    """The line on screen (drawing reads this; the simulation owns it)."""

    kind: str  # "say" or "narrate"
    speaker: str  # actor id, "" for narration
    name: str
    portrait: str  # sprite key of the portrait, "" for none
    expression: str
    text: str
    line_id: str
    shown: int = 0  # characters revealed so far, times 60 (sub-character precision)
    ticks: int = 0

    @property
    def chars(self) -> int:
        return min(len(self.text), self.shown // 60)

    @property
    def complete(self) -> bool:
        return self.chars >= len(self.text)

    def snapshot(self) -> list[Any]:
        return [
            self.kind,
            self.speaker,
            self.expression,
            self.line_id,
            self.text,
            self.shown,
            self.ticks,
        ]


@dataclass
class LineWait:
    box: LineBox
    skip_ticks: int = 0
    auto_ticks: int = 0

    def update(self, run: SceneRun, frame: InputFrame) -> bool:
        host, box = run.host, self.box
        box.ticks += 1
        if host.skipping_line(frame, box.line_id):
            box.shown = len(box.text) * 60
            self.skip_ticks += 1
            return self._finish(run) if self.skip_ticks >= SKIP_LINE_TICKS else False
        self.skip_ticks = 0
        if not box.complete:
            before = box.chars
            box.shown += host.text_speed()
            if frame.was_pressed(Action.CONFIRM):
                box.shown = len(box.text) * 60
            elif box.chars // 3 != before // 3 and box.text[before : box.chars].strip():
                host.ctx.audio.play_sound("text_blip")
            return False
        if frame.was_pressed(Action.CONFIRM):
            return self._finish(run)
        if host.auto:
            self.auto_ticks += 1
            pace = max(25, host.ctx.settings.auto_speed)
            if (
                self.auto_ticks * pace
                >= (AUTO_BASE_TICKS + AUTO_TICKS_PER_CHAR * len(box.text)) * 100
            ):
                return self._finish(run)
        return False

    def _finish(self, run: SceneRun) -> bool:
        run.host.seen.add(self.box.line_id)
        run.host.last_box = self.box
        run.host.box = None
        return True

    def snapshot(self) -> list[Any]:
        return ["line", self.box.snapshot(), self.skip_ticks, self.auto_ticks]
