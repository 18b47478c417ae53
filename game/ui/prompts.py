"""Key prompts in the player's own bindings: "Z choose   X back" becomes "Esc back" after X was
moved to another action, and "A choose   B back" once a gamepad was the last thing touched.

Drawing only: reads the settings' bindings and which device was used last (`ctx.devices`), never
the simulation.
"""

from __future__ import annotations

import re
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


# -- keys inside lines ------------------------------------------------------------------------------
# A line of the game's own (a hint) may name a key by its action: "<confirm> talks". The story keeps
# the token (so the simulation, its saves and hashes never depend on anyone's bindings); drawing
# puts the player's key in its place. `<move>` is the four directions together.
TOKEN = re.compile(r"<(move|" + "|".join(a.value for a in Action) + r")>")


def move_words(ctx: Any) -> str:
    """The four directions as one: "the arrow keys", "the D-pad", or "W/A/S/D"."""
    dev = device(ctx)
    firsts = [
        (_names(ctx, a, dev) or ("",))[0]
        for a in (Action.UP, Action.LEFT, Action.DOWN, Action.RIGHT)
    ]
    if dev == "pad" and all(n.startswith("dpad_") for n in firsts):
        return "the D-pad"
    if dev == "key" and firsts == ["up", "left", "down", "right"]:
        return "the arrow keys"
    return "/".join(key(ctx, a) for a in (Action.UP, Action.LEFT, Action.DOWN, Action.RIGHT))


def _label(ctx: Any, name: str) -> str:
    return move_words(ctx) if name == "move" else key(ctx, Action(name))


def with_keys(ctx: Any, text: str, shown: int | None = None) -> tuple[str, int | None]:
    """``text`` with each key token replaced by the player's key, and how much of it to show for
    ``shown`` characters of the source revealed (a token appears whole once it is reached)."""
    if "<" not in text:
        return text, shown
    out: list[str] = []
    count, at = 0, 0
    for match in TOKEN.finditer(text):
        literal = text[at : match.start()]
        label = _label(ctx, match.group(1))
        if shown is not None:
            count += max(0, min(len(literal), shown - at))
            if shown >= match.end():
                count += len(label)
        out += [literal, label]
        at = match.end()
    out.append(text[at:])
    if shown is not None:
        count += max(0, min(len(text) - at, shown - at))
    return "".join(out), (count if shown is not None else None)
