"""A fade to or from a colour, counted in ticks (simulation state, so replays see the same fade).

Drawing it is `game.render.fade.draw_fade`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Fade:
    level: int = 0  # 0 clear .. length fully covered
    length: int = 18  # ticks for a full fade
    target: int = 0  # where the level is heading: 0 or length
    color: tuple[int, int, int] = (0, 0, 0)

    def out(self, ticks: int = 18, color: tuple[int, int, int] = (0, 0, 0)) -> None:
        self.level = self.level * max(1, ticks) // max(1, self.length)
        self.length, self.target, self.color = max(1, ticks), max(1, ticks), color

    def into(self, ticks: int = 18) -> None:
        self.level = self.level * max(1, ticks) // max(1, self.length)
        self.length, self.target = max(1, ticks), 0

    def covered(self, ticks: int = 18, color: tuple[int, int, int] = (0, 0, 0)) -> None:
        self.length = self.level = self.target = max(1, ticks)
        self.color = color

    def step(self) -> None:
        if self.level < self.target:
            self.level += 1
        elif self.level > self.target:
            self.level -= 1

    def finish(self) -> None:
        self.level = self.target

    @property
    def done(self) -> bool:
        return self.level == self.target

    @property
    def opaque(self) -> bool:
        return self.level >= self.length

    def snapshot(self) -> list[object]:
        return [self.level, self.length, self.target, list(self.color)]
