"""Actions and input frames: the only input the simulation ever sees.

A tick receives one InputFrame: the actions held during the tick and those newly pressed since the
previous tick. Keys and buttons never reach the simulation; bindings turn them into actions first.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Action(Enum):
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    CONFIRM = "confirm"
    CANCEL = "cancel"
    MENU = "menu"
    SKIP = "skip"
    AUTO = "auto"
    BACKLOG = "backlog"
    QUICKSAVE = "quicksave"
    QUICKLOAD = "quickload"
    RESTART = "restart"  # speedrun: start the run again (does nothing outside a run)


# A fixed order for serialising sets of actions (enum definition order, never set order).
ACTION_ORDER: tuple[Action, ...] = tuple(Action)
_INDEX = {a: i for i, a in enumerate(ACTION_ORDER)}
DIRECTIONS: tuple[Action, ...] = (Action.UP, Action.DOWN, Action.LEFT, Action.RIGHT)


def ordered(actions: frozenset[Action]) -> list[Action]:
    """The actions in their canonical order."""
    return sorted(actions, key=_INDEX.__getitem__)


@dataclass(frozen=True, slots=True)
class InputFrame:
    """What the player did during one tick."""

    held: frozenset[Action] = frozenset()
    pressed: frozenset[Action] = frozenset()
    # The mouse, in canvas pixels, only on ticks when it moved or clicked (menus hover and click by it).
    pointer: tuple[int, int] | None = None
    click: bool = False
    wheel: int = 0  # scroll steps this tick (+ up, - down)

    def __post_init__(self) -> None:
        # A press within a tick counts as held for that tick, so pressed is always part of held.
        if not self.pressed <= self.held:
            object.__setattr__(self, "held", self.held | self.pressed)

    # Most frames hold or press nothing: the emptiness test spares hashing the action (an Enum's
    # hash is Python code), which the tick asks about a dozen times.
    def is_held(self, action: Action) -> bool:
        return bool(self.held) and action in self.held

    def was_pressed(self, action: Action) -> bool:
        return bool(self.pressed) and action in self.pressed

    def axis(self) -> tuple[int, int]:
        """Held direction as (dx, dy) in {-1, 0, 1}; opposite directions cancel."""
        dx = (Action.RIGHT in self.held) - (Action.LEFT in self.held)
        dy = (Action.DOWN in self.held) - (Action.UP in self.held)
        return dx, dy

    @property
    def empty(self) -> bool:
        return not self.held and not self.pressed and self.pointer is None and not self.wheel


NO_INPUT = InputFrame()
