"""Key prompts in the player's own bindings: "Z choose   X back" becomes "Esc back" after X was
moved to another action, and "A choose   B back" once a gamepad was the last thing touched.

Drawing only: reads the settings' bindings and which device was used last (`ctx.devices`), never
the simulation.
"""

from __future__ import annotations

from typing import Any

from game.input.actions import Action
from game.input.bindings import Bindings
from game.input.names import input_label

GAP = "   "  # between the parts of a prompt


def device(ctx: Any) -> str:
    """ "pad" when a gamepad was used last, else "key" (also with no window: tests, tools)."""
    return "pad" if getattr(getattr(ctx, "devices", None), "last_device", "key") == "pad" else "key"


def _names(ctx: Any, action: Action, dev: str) -> tuple[str, ...]:
    try:
        bindings = ctx.settings.input_bindings()
    except AttributeError:  # a bare context (tools): the defaults
        bindings = Bindings()
    table = bindings.buttons if dev == "pad" else bindings.keys
    return tuple(table.get(action, ()))


def key(ctx: Any, action: Action, *, count: int = 1) -> str:
    """The first ``count`` inputs bound to ``action`` on the device in use, "Z" or "Enter / Z".

    An action with no button on the pad (quick save) names its key; one bound to nothing says so.
    """
    dev = device(ctx)
    names = _names(ctx, action, dev)
    if not names and dev == "pad":
        dev, names = "key", _names(ctx, action, "key")
    if not names:
        return "(unbound)"
    return " / ".join(input_label(dev, n) for n in names[:count])


def keys(ctx: Any, *actions: Action) -> str:
    """Several actions' first inputs, "X / Tab" (each once)."""
    seen: list[str] = []
    for action in actions:
        label = key(ctx, action)
        if label not in seen:
            seen.append(label)
    return " / ".join(seen)


def arrows(ctx: Any, first: Action, second: Action) -> str:
    """A pair of directions: "arrows" when both are arrow keys, "D-pad" on a pad, else "W/S"."""
    dev = device(ctx)
    a, b = _names(ctx, first, dev), _names(ctx, second, dev)
    if dev == "pad" and a and b and a[0].startswith("dpad_") and b[0].startswith("dpad_"):
        return "D-pad"
    arrow_keys = ("up", "down", "left", "right")
    if dev == "key" and a and b and a[0] in arrow_keys and b[0] in arrow_keys:
        return f"{input_label('key', a[0])}/{input_label('key', b[0])}"
    return f"{key(ctx, first)}/{key(ctx, second)}"


def hint(*parts: tuple[str, str] | str) -> str:
    """A prompt from (keys, what they do) pairs and plain words: "Z choose   X back"."""
    return GAP.join(p if isinstance(p, str) else f"{p[0]} {p[1]}" for p in parts if p)


def mouse_words(ctx: Any) -> str:
    """ "mouse: click" for keyboard players; nothing on a pad (the mouse is not in their hands)."""
    return "" if device(ctx) == "pad" else "mouse: click"
