"""The window, opened at once with a simple loading picture, before the rest of the game loads.

The first start can take seconds (the story, maps and sounds are read, Python compiles the game);
a window that appears at once with the game's name on it says the game is coming. With no display
to open a window on (no X or Wayland session: SDL falls back to drawing nowhere), the game says so
and stops instead of running invisibly.
"""

from __future__ import annotations

import os
from pathlib import Path

import pygame

from game.content import ContentError, load_manifest
from game.display import ICON, Display
from game.paths import Paths
from game.settings_file import load_settings
from game.ui import palette
from game.ui.font import BitmapFont

# SDL's drivers that draw into memory only: a window there is seen by nobody.
INVISIBLE_DRIVERS = ("offscreen", "dummy", "evdev")
LOADING = "Loading\u2026"


class NoDisplay(RuntimeError):
    """There is no display to open the game's window on; the message says what to do."""


def check_display() -> None:
    """Start SDL's video; NoDisplay when it has nothing to show a window on (unless the player
    asked for such a driver with SDL_VIDEODRIVER, as tests and recordings do)."""
    try:
        pygame.display.init()
    except pygame.error as exc:
        raise NoDisplay(_no_display(str(exc))) from None
    driver = pygame.display.get_driver()
    if driver in INVISIBLE_DRIVERS and not os.environ.get("SDL_VIDEODRIVER"):
        pygame.display.quit()
        raise NoDisplay(_no_display(f"only the {driver!r} video driver is available"))


def _no_display(why: str) -> str:
    return (
        f"hailsham: no display to open the game's window on ({why}).\n"
        "Start it from a desktop session (DISPLAY or WAYLAND_DISPLAY set), or run the game "
        "without a window: hailsham --headless --ticks 600"
    )


def open_loading_window(data_dir: Path | None, root: Path | None = None) -> Display:
    """The game's window as the settings ask for it, showing the loading picture. Raises
    NoDisplay; a broken settings file or manifest is left to the full start-up to report."""
    check_display()
    paths = Paths.create(data_dir, root)
    settings, _problems = load_settings(paths.settings_file)
    try:
        title = load_manifest(paths.dialogue).title
    except ContentError:
        title = ""
    icon = paths.assets / ICON
    display = Display(settings.window_scale, settings.fullscreen, settings.vsync, title, icon)
    draw_loading(display.canvas, paths.assets, title)
    display.present()
    pygame.event.pump()  # let the window system show it now
    return display


def draw_loading(canvas: pygame.Surface, assets: Path, title: str) -> None:
    """The loading picture: the game's name where the title screen puts it, and a quiet word."""
    canvas.fill((0, 0, 0))
    fonts = Path(assets) / "fonts"
    w, h = canvas.get_size()
    try:
        big, small = BitmapFont.load(fonts, "large"), BitmapFont.load(fonts, "small")
        if title:
            big.draw(canvas, title, ((w - big.measure(title)) // 2, 44), palette.TITLE)
        small.draw(canvas, LOADING, (w - 10 - small.measure(LOADING), h - 16), palette.HINT)
    except (OSError, ValueError, KeyError, pygame.error):
        pass  # no fonts: a black window still says the game has started
