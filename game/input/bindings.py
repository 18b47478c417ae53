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
# Without one of these a player cannot start a game, leave a menu or pause: a binding that leaves
# any of them with no key (or no button) is refused, and that action keeps its defaults.
REQUIRED: tuple[Action, ...] = (Action.CONFIRM, Action.CANCEL, Action.MENU)
MAX_PER_ACTION = 8  # the rebinding screen offers three; a file may hold a few more
MAX_NAME = 32  # "left ctrl", "rightshoulder": key and button names are short


def clean_bindings(data: object) -> tuple[dict[str, dict[str, list[str]]], list[str]]:
    """Bindings from a settings file, made plain and bounded: the problems found, each part that
    is wrong at its default. Never recurses into what it does not expect (a file nesting lists
    500 deep is simply a bad value)."""
    problems: list[str] = []
    b = Bindings()
    if not isinstance(data, Mapping):
        return b.to_data(), ["expected an object; using the defaults"]
    by_name = {a.value: a for a in Action}
    for attr, device, defaults in (
        ("keys", "key", DEFAULT_KEYS),
        ("buttons", "button", DEFAULT_BUTTONS),
    ):
        section = data.get(attr)
        if section is None:
            continue
        if not isinstance(section, Mapping):
            problems.append(f"{attr}: expected an object; using the defaults")
            continue
        table: dict[Action, tuple[str, ...]] = getattr(b, attr)
        for name, value in section.items():
            action = by_name.get(str(name)[:MAX_NAME])
            if action is None:
                continue  # an action this version does not have (or a newer one's)
            names = _names(value)
            if names is None:
                problems.append(
                    f"{attr}: {action.value}: expected a list of names; using the defaults"
                )
                continue
            table[action] = names
        for action in REQUIRED:
            if not table.get(action):
                table[action] = defaults[action]
                for other, names in table.items():  # the default keys are this action's again
                    if other != action:
                        table[other] = tuple(n for n in names if n not in defaults[action])
                problems.append(
                    f"{attr}: nothing is bound to {action.value}; using the default {device}s"
                )
        if any(not table.get(action) for action in REQUIRED):  # the repair took another's keys
            setattr(b, attr, dict(defaults))
    return b.to_data(), problems


def _names(value: object) -> tuple[str, ...] | None:
    if not isinstance(value, list | tuple) or len(value) > MAX_PER_ACTION:
        return None
    if not all(isinstance(v, str) and 0 < len(v) <= MAX_NAME for v in value):
        return None
    return tuple(dict.fromkeys(v.lower() for v in value))


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
