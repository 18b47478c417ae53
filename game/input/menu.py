"""A vertical menu: cursor movement with held-key repeat, counted in ticks (simulation state)."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.input.actions import Action, InputFrame

REPEAT_DELAY = 18  # ticks a direction is held before it repeats
REPEAT_EVERY = 6


@dataclass
class Repeater:
    """Turns held directions into repeated presses, the way menus on every console behave."""

    held_for: dict[str, int] = field(default_factory=dict)

    def fire(self, frame: InputFrame, action: Action) -> bool:
        if action not in frame.held:
            self.held_for.pop(action.value, None)
            return False
        n = self.held_for.get(action.value, 0) + 1
        self.held_for[action.value] = n
        if action in frame.pressed or n == 1:
            return True
        return n > REPEAT_DELAY and (n - REPEAT_DELAY) % REPEAT_EVERY == 0


@dataclass
class Menu:
    items: list[str]
    enabled: list[bool] = field(default_factory=list)
    cursor: int = 0
    repeat: Repeater = field(default_factory=Repeater)

    def __post_init__(self) -> None:
        if len(self.enabled) != len(self.items):
            self.enabled = [True] * len(self.items)
        if not self.enabled[self.cursor]:
            self.move(1)

    def move(self, delta: int) -> bool:
        """Move to the next enabled item (wrapping); returns whether the cursor changed."""
        n = len(self.items)
        for step in range(1, n + 1):
            i = (self.cursor + delta * step) % n
            if self.enabled[i]:
                changed = i != self.cursor
                self.cursor = i
                return changed
        return False

    def update(self, frame: InputFrame) -> tuple[str, int | None]:
        """One tick. Returns ("choose", index), ("cancel", None), ("move", None) or ("", None)."""
        if frame.was_pressed(Action.CONFIRM) and self.enabled[self.cursor]:
            return "choose", self.cursor
        if frame.was_pressed(Action.CANCEL):
            return "cancel", None
        moved = False
        if self.repeat.fire(frame, Action.UP):
            moved |= self.move(-1)
        if self.repeat.fire(frame, Action.DOWN):
            moved |= self.move(1)
        return ("move", None) if moved else ("", None)

    def snapshot(self) -> list[object]:
        return [self.cursor, sorted(self.repeat.held_for.items())]
