"""Player settings: read leniently (a bad value falls back to its default), written as JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from game.input.bindings import Bindings, clean_bindings

# Settings that take one of a few values; anything else falls back to the default (and is said).
CHOICES: dict[str, tuple[str, ...]] = {
    "text_size": ("normal", "large"),
    "skip_mode": ("hold", "toggle"),
    "speedrun_clock": ("", "off", "chapter", "file", "both"),
}


def shown(value: Any, limit: int = 24) -> str:
    """A value from a file, said briefly (a list or an object by its kind, never in full)."""
    if isinstance(value, list | dict):
        return "a list" if isinstance(value, list) else "an object"
    text = repr(value[: limit + 1] if isinstance(value, str) else value)
    return text if len(text) <= limit else text[:limit] + "..."


def language_problem(value: Any) -> str | None:
    """Why a value is not a language id ("" for the source text, else a code like `de` or `pt_br`).
    Whether the game or a mod ships that language is checked when the story is loaded."""
    if value == "":
        return None
    if not isinstance(value, str) or not 2 <= len(value) <= 12:
        return "a language is a short code such as `de`"
    head, _, tail = value.partition("_")
    if not (head.isascii() and head.isalpha() and head.islower() and 2 <= len(head) <= 3):
        return "a language is a short code such as `de`"
    if tail and not (tail.isascii() and tail.isalnum() and len(tail) <= 8):
        return "a language is a short code such as `de` or `pt_br`"
    return None


HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]_")


def host_problem(value: Any) -> str | None:
    """Why a value is not a host name (a DNS name is at most 253 characters) or an IP address."""
    if not isinstance(value, str) or not 1 <= len(value) <= 253:
        return "a host name is 1 to 253 characters"
    if not set(value) <= HOST_CHARS:
        return "a host name has letters, digits, dots and hyphens (or an IP address)"
    return None


def port_problem(value: Any) -> str | None:
    if type(value) is not int or not 1 <= value <= 65535:
        shown = repr(value) if len(repr(value)) <= 20 else repr(value)[:20] + "..."
        return f"port {shown} is not 1 to 65535"
    return None


# Settings checked as a whole (a bad one is refused and said, never clamped into something else).
CHECKED = {"livesplit_host": host_problem, "livesplit_port": port_problem}


@dataclass
class Settings:
    master_volume: float = 0.8
    music_volume: float = 0.7
    sound_volume: float = 0.8
    ambient_volume: float = 0.7  # the beds of place sound: rain, wind, a clock, the sea
    window_scale: int = 0  # 0: fit the screen
    fullscreen: bool = False
    vsync: bool = True
    text_speed: int = 45  # characters a second; 0 shows lines at once
    skip_all: bool = False  # skip unseen lines too
    reduced_motion: bool = False
    language: str = ""  # "" plays the source text; else a code with dialogue/lang/<code>.yaml
    auto_speed: int = 100  # auto-advance pace in percent (higher waits less)
    text_size: str = "normal"  # "normal" or "large"
    high_contrast: bool = False  # a solid black text box with white text
    skip_mode: str = "hold"  # "hold" the skip key, or "toggle" it
    speedrun_clock: str = (
        ""  # "" (during runs only), off, chapter, file or both: the timer in a corner
    )
    livesplit: bool = False  # talk to LiveSplit's server while running
    livesplit_host: str = "127.0.0.1"  # a DNS name (up to 253 characters) or an IP address
    livesplit_port: int = 16834  # 1 to 65535
    show_inputs: bool = False  # draw the actions held each tick in a corner (for run videos)
    bindings: dict[str, Any] = field(default_factory=lambda: Bindings().to_data())

    def input_bindings(self) -> Bindings:
        return Bindings.from_data(self.bindings)

    @classmethod
    def from_data(cls, data: Any) -> tuple[Settings, list[str]]:
        """Settings from parsed JSON; returns the problems found (each bad field keeps its default)."""
        settings, problems = cls(), []
        if not isinstance(data, dict):
            return settings, ["settings: expected an object; using defaults"]
        for f in fields(cls):
            if f.name not in data:
                continue
            value, default = data[f.name], getattr(settings, f.name)
            if f.name == "bindings":
                settings.bindings, found = clean_bindings(value)
                problems += [f"settings: bindings: {p}" for p in found]
            elif f.name == "language":
                problem = language_problem(value)
                if problem:
                    problems.append(f"settings: language: {problem}; using the source text")
                else:
                    settings.language = value
            elif f.name in CHOICES:
                if value in CHOICES[f.name]:
                    setattr(settings, f.name, value)
                else:
                    problems.append(
                        f"settings: {f.name}: bad value {shown(value)}; using {default!r}"
                    )
            elif isinstance(default, bool) and isinstance(value, bool):
                setattr(settings, f.name, value)
            elif (
                isinstance(default, float)
                and isinstance(value, int | float)
                and not isinstance(value, bool)
            ):
                setattr(settings, f.name, min(1.0, max(0.0, float(value))))
            elif f.name in CHECKED:
                problem = CHECKED[f.name](value)
                if problem:
                    problems.append(f"settings: {f.name}: {problem}; using {default!r}")
                else:
                    setattr(settings, f.name, value)
            elif isinstance(default, int) and not isinstance(default, bool) and type(value) is int:
                limit = {"window_scale": 8}.get(f.name, 1000)
                setattr(settings, f.name, max(0, min(limit, value)))
            elif isinstance(default, str) and isinstance(value, str) and len(value) <= 16:
                setattr(settings, f.name, value)
            else:
                problems.append(f"settings: {f.name}: bad value {shown(value)}; using {default!r}")
        return settings, problems

    def to_data(self) -> dict[str, Any]:
        return asdict(self)
