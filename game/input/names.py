"""Keys and gamepad buttons as people say them ("Esc", "Left Ctrl", "D-pad up", "Start").

Bindings keep pygame's key names and SDL's controller button names; every prompt and the
rebinding tables show them through `input_label`.
"""

from __future__ import annotations

KEY_NAMES = {
    "return": "Enter",
    "escape": "Esc",
    "backspace": "Backspace",
    "space": "Space",
    "tab": "Tab",
    "left ctrl": "Left Ctrl",
    "right ctrl": "Right Ctrl",
    "left shift": "Left Shift",
    "right shift": "Right Shift",
    "left alt": "Left Alt",
    "right alt": "Right Alt",
}
PAD_NAMES = {
    "dpad_up": "D-pad up",
    "dpad_down": "D-pad down",
    "dpad_left": "D-pad left",
    "dpad_right": "D-pad right",
    "leftshoulder": "LB / L1",
    "rightshoulder": "RB / R1",
    "leftstick": "Left stick",
    "rightstick": "Right stick",
}


def input_label(device: str, name: str) -> str:
    """A key (``device`` "key") or button ("pad") name as people say it; a dash for none."""
    if not name:
        return "\u2014"
    if device == "pad":
        if len(name) == 1:
            return name.upper()  # the face buttons: A B X Y
        return PAD_NAMES.get(name, name.replace("_", " ").capitalize())
    if len(name) == 1:
        return name.upper()
    return KEY_NAMES.get(name, name.title() if not name.startswith("f") else name.upper())
