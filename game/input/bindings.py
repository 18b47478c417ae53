"""Bindings: which keys and gamepad buttons mean which action.

Bindings are data (key names as pygame spells them, controller button names), so settings can store and
rebind them. Several keys may map to one action; a key maps to one action.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from game.input.actions import Action

DEFAULT_KEYS: dict[Action, tuple[str, ...]] = {
    Action.UP: ("up", "w"),
    Action.DOWN: ("down", "s"),
    Action.LEFT: ("left", "a"),
    Action.RIGHT: ("right", "d"),
    Action.CONFIRM: ("z", "return", "space"),
    Action.CANCEL: ("x", "escape", "backspace"),
    Action.MENU: ("tab", "p"),
    Action.SKIP: ("left ctrl", "c"),
    Action.AUTO: ("v",),
    Action.BACKLOG: ("l",),
    Action.QUICKSAVE: ("f5",),
    Action.QUICKLOAD: ("f9",),
    Action.RESTART: ("r",),
}

# SDL game-controller button names (pygame.CONTROLLER_BUTTON_<NAME>), in SDL's standard layout.
DEFAULT_BUTTONS: dict[Action, tuple[str, ...]] = {
    Action.UP: ("dpad_up",),
    Action.DOWN: ("dpad_down",),
    Action.LEFT: ("dpad_left",),
    Action.RIGHT: ("dpad_right",),
    Action.CONFIRM: ("a",),
    Action.CANCEL: ("b",),
    Action.MENU: ("start",),
    Action.SKIP: ("rightshoulder",),
    Action.AUTO: ("x",),
    Action.BACKLOG: ("y",),
    Action.QUICKSAVE: (),
    Action.QUICKLOAD: (),
    Action.RESTART: ("back",),
}

STICK_DEAD_ZONE = 0.35  # of full deflection; below this the stick is at rest


@dataclass
class Bindings:
    keys: dict[Action, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_KEYS))
    buttons: dict[Action, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_BUTTONS))
    dead_zone: float = STICK_DEAD_ZONE

    def key_table(self) -> dict[str, Action]:
        return {name: action for action, names in self.keys.items() for name in names}

    def button_table(self) -> dict[str, Action]:
        return {name: action for action, names in self.buttons.items() for name in names}

    def conflicts(self) -> list[tuple[str, list[Action]]]:
        """Keys or buttons bound to more than one action, in a stable order."""
        found: list[tuple[str, list[Action]]] = []
        for prefix, table in (("key", self.keys), ("button", self.buttons)):
            owners: dict[str, list[Action]] = {}
            for action in Action:
                for name in table.get(action, ()):
                    owners.setdefault(name, []).append(action)
            found += [(f"{prefix} {n}", acts) for n, acts in owners.items() if len(acts) > 1]
        return found

    @classmethod
    def from_data(cls, data: Mapping[str, object]) -> Bindings:
        """Build from settings data, ignoring unknown actions; missing actions keep their defaults."""
        b = cls()
        by_name = {a.value: a for a in Action}
        for attr in ("keys", "buttons"):
            section = data.get(attr)
            if not isinstance(section, Mapping):
                continue
            table = getattr(b, attr)
            for name, value in section.items():
                action = by_name.get(str(name))
                if action is not None and isinstance(value, list | tuple):
                    table[action] = tuple(str(v).lower() for v in value)
        return b

    def to_data(self) -> dict[str, dict[str, list[str]]]:
        return {
            "keys": {a.value: list(self.keys.get(a, ())) for a in Action},
            "buttons": {a.value: list(self.buttons.get(a, ())) for a in Action},
        }
