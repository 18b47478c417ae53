"""The settings' rows (what each is called, its choices and help) and a setting put in words
("Text speed: Instant"), for the settings screen and for any screen that shows a setting."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LANGUAGE_NAMES = {
    "de": "Deutsch",
    "fr": "Français",
    "it": "Italiano",
    "nl": "Nederlands",
    "pt": "Português",
    "sv": "Svenska",
    "da": "Dansk",
}


@dataclass(frozen=True)
class Option:
    """One row. ``kind``: heading, slider (0..1 in tenths), toggle, choice, button."""

    key: str
    label: str
    kind: str
    help: str = ""
    choices: tuple[tuple[Any, str], ...] = ()


def options(languages: list[str], largest: int = 6) -> list[Option]:
    """The rows; ``largest`` is the largest window scale that fits the desktop."""
    langs = (("", "English"), *((c, LANGUAGE_NAMES.get(c, c.upper())) for c in languages))
    sizes = tuple((k, f"{k}x  ({480 * k}x{270 * k})") for k in range(1, max(1, largest) + 1))
    return [
        Option("", "Sound", "heading"),
        Option("master_volume", "Master volume", "slider", "Everything at once."),
        Option("music_volume", "Music", "slider", "The music, under the master volume."),
        Option("sound_volume", "Sound effects", "slider", "Doors, steps, menus and text."),
        Option("ambient_volume", "Ambience", "slider", "Rain, wind, the sea: the sound of places."),
        Option("", "Text", "heading"),
        Option(
            "text_speed",
            "Text speed",
            "choice",
            "How fast lines are typed out.",
            ((25, "Slow"), (45, "Normal"), (70, "Fast"), (120, "Very fast"), (0, "Instant")),
        ),
        Option(
            "auto_speed",
            "Auto-advance",
            "choice",
            "How long auto mode waits after a line.",
            ((50, "Slow"), (75, "Relaxed"), (100, "Normal"), (150, "Quick"), (200, "Quickest")),
        ),
        Option(
            "text_size",
            "Text size",
            "choice",
            "The size of the letters in the text box.",
            (("normal", "Normal"), ("large", "Large")),
        ),
        Option("high_contrast", "High-contrast text box", "toggle", "Black box, white letters."),
        Option(
            "skip_all",
            "Skip",
            "choice",
            "Which lines the skip key passes over.",
            ((False, "Seen lines only"), (True, "All lines")),
        ),
        Option(
            "skip_mode",
            "Skip key",
            "choice",
            "Hold the skip key, or press it once to start and again to stop.",
            (("hold", "Hold"), ("toggle", "Press to toggle")),
        ),
        Option("", "Display", "heading"),
        Option(
            "window_scale",
            "Window size",
            "choice",
            "The window as a whole multiple of 480x270.",
            ((0, "Fit the screen"), *sizes),
        ),
        Option("fullscreen", "Fullscreen", "toggle", "Also F11 or Alt+Enter."),
        Option("reduced_motion", "Reduced motion", "toggle", "No shaking, flashes or fast fades."),
        Option("", "Speedrun", "heading"),
        Option(
            "speedrun_clock",
            "Speedrun clock",
            "choice",
            "The in-game timer in a corner: this chapter, the whole file, or both.",
            (
                ("", "During runs"),
                ("off", "Off"),
                ("chapter", "Chapter"),
                ("file", "File"),
                ("both", "Both"),
            ),
        ),
        Option(
            "livesplit",
            "LiveSplit",
            "toggle",
            "Send splits and game time to LiveSplit's server (Control > Start TCP Server).",
        ),
        Option("livesplit_host", "LiveSplit host", "text", "The computer LiveSplit runs on."),
        Option("livesplit_port", "LiveSplit port", "text", "LiveSplit's server port (16834)."),
        Option("show_inputs", "Show inputs", "toggle", "The keys held, drawn in a corner (video)."),
        Option("", "Language", "heading"),
        Option("language", "Language", "choice", "The language of the story's text.", langs),
        Option("", "Controls", "heading"),
        Option("keys", "Keyboard controls", "button", "Change which keys do what."),
        Option("pad", "Gamepad controls", "button", "Change which buttons do what."),
    ]


def in_words(key: str, value: Any) -> str:
    """A setting as the settings screen shows it: "Text speed: Instant" (not text_speed=0)."""
    option = next((o for o in options([]) if o.key == key), None)
    if option is None:
        return f"{key.replace('_', ' ').capitalize()}: {value}"
    if option.kind == "toggle":
        shown = "On" if value else "Off"
    elif option.kind == "choice":
        shown = option.choices[choice_index(option, value)][1]
    elif option.kind == "slider":
        shown = f"{round(float(value) * 100)}%"
    else:
        shown = str(value)
    return f"{option.label}: {shown}"


def choice_index(option: Option, value: Any) -> int:
    """The choice showing ``value``: exact match, else the nearest number, else the first."""
    for i, (v, _label) in enumerate(option.choices):
        if v == value and type(v) is type(value):
            return i
    numbers = [
        (abs(v - value), i)
        for i, (v, _l) in enumerate(option.choices)
        if isinstance(v, int) and isinstance(value, int) and not isinstance(v, bool) and v
    ]
    return min(numbers)[1] if numbers else 0
