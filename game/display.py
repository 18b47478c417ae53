"""The window: a 480x270 canvas scaled by the largest whole factor that fits, letterboxed.

A window is never made larger than the desktop, and one that changes size is moved back onto the
desktop when part of it would be off it. Whoever listens to `on_change` hears of every change of
size or mode (the mouse's place on the canvas moves with it, though the mouse did not).
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Callable
from pathlib import Path

import pygame

CANVAS = (480, 270)
MIN_WINDOW = CANVAS
MAX_SCALE = 8
DECORATIONS = (80, 120)  # room left on the desktop for a title bar, borders and a task bar


def fit_scale(window: tuple[int, int], canvas: tuple[int, int] = CANVAS) -> int:
    return max(1, min(window[0] // canvas[0], window[1] // canvas[1]))


def letterbox(window: tuple[int, int], canvas: tuple[int, int] = CANVAS) -> pygame.Rect:
    k = fit_scale(window, canvas)
    w, h = canvas[0] * k, canvas[1] * k
    return pygame.Rect((window[0] - w) // 2, (window[1] - h) // 2, w, h)


def desktop_size() -> tuple[int, int]:
    try:
        sizes = pygame.display.get_desktop_sizes()
    except pygame.error:
        sizes = []
    return tuple(sizes[0]) if sizes else (1280, 720)


def largest_scale(desk: tuple[int, int] | None = None) -> int:
    """The largest whole scale whose window fits the desktop with its decorations."""
    desk = desk or desktop_size()
    room = (desk[0] - DECORATIONS[0], desk[1] - DECORATIONS[1])
    return max(1, min(MAX_SCALE, fit_scale(room)))


def desktop_scale(scale: int, desk: tuple[int, int] | None = None) -> int:
    """``scale``, never larger than fits the desktop; for 0 the largest that fits."""
    largest = largest_scale(desk)
    return largest if scale <= 0 else min(scale, largest)


def on_desktop(pos: tuple[int, int], size: tuple[int, int], desk: tuple[int, int]) -> bool:
    """Whether a window at ``pos`` of ``size`` lies wholly on a desktop of ``desk``."""
    return (
        pos[0] >= 0 and pos[1] >= 0 and pos[0] + size[0] <= desk[0] and pos[1] + size[1] <= desk[1]
    )


ICON = Path("icon") / "hailsham.png"  # under assets/: built by assets/tools/build_icon.py


def set_icon(path: Path) -> None:
    """The window's icon (set before the window opens, as some systems read it only then). A
    missing or unreadable file leaves the system's default: never a reason not to start."""
    with contextlib.suppress(pygame.error, OSError):
        pygame.display.set_icon(pygame.image.load(str(path)))


class Display:
    def __init__(
        self,
        scale: int = 0,
        fullscreen: bool = False,
        vsync: bool = True,
        title: str = "",
        icon: Path | None = None,
        *,
        fit_desktop: bool = True,
    ) -> None:
        """``fit_desktop`` False keeps ``scale`` as it is (the benchmark's fixed 1920x1080)."""
        pygame.display.set_caption(title)
        if icon is not None:
            set_icon(icon)
        self.vsync = vsync
        self.fullscreen = False
        self.canvas = pygame.Surface(CANVAS)
        k = desktop_scale(scale) if fit_desktop or scale <= 0 else scale
        self.windowed_size = (CANVAS[0] * k, CANVAS[1] * k)
        self._scaled: pygame.Surface | None = None
        self.on_change: Callable[[], None] = lambda: None  # the app: hover waits for a real move
        self.window = self._open(self.windowed_size, fullscreen)

    def _open(self, size: tuple[int, int], fullscreen: bool) -> pygame.Surface:
        self.fullscreen = fullscreen
        flags = pygame.FULLSCREEN if fullscreen else pygame.RESIZABLE
        size = (0, 0) if fullscreen else size
        try:
            window = pygame.display.set_mode(size, flags, vsync=1 if self.vsync else 0)
        except pygame.error:  # vsync is not available everywhere
            window = pygame.display.set_mode(size, flags)
        if not fullscreen:
            keep_on_desktop(size)
        self.on_change()
        return window

    def toggle_fullscreen(self) -> None:
        self.window = self._open(self.windowed_size, not self.fullscreen)
        self._scaled = None

    def resized(self, size: tuple[int, int]) -> None:
        if not self.fullscreen:
            self.windowed_size = (max(size[0], MIN_WINDOW[0]), max(size[1], MIN_WINDOW[1]))
        self.window = pygame.display.get_surface()
        self._scaled = None
        self.on_change()

    def to_canvas(self, pos: tuple[int, int]) -> tuple[int, int]:
        """Window pixels to canvas pixels (for the mouse); outside the canvas gives negative or large values."""
        box = letterbox(self.window.get_size())
        k = max(1, box.w // CANVAS[0])
        return (pos[0] - box.x) // k, (pos[1] - box.y) // k

    def set_scale(self, scale: int) -> None:
        """A window of the canvas times ``scale`` (0: fit the desktop); leaves fullscreen if in it."""
        scale = desktop_scale(scale)
        self.windowed_size = (CANVAS[0] * scale, CANVAS[1] * scale)
        self.window = self._open(self.windowed_size, False)
        self._scaled = None

    def largest_scale(self) -> int:
        """The largest window size (a scale of the canvas) the settings may offer."""
        return largest_scale()

    def present(self) -> None:
        """Scale the canvas crisply (nearest neighbour) into the letterboxed window."""
        box = letterbox(self.window.get_size())
        if self._scaled is None or self._scaled.get_size() != box.size:
            self.window.fill((0, 0, 0))  # the letterbox bars, once per size
            self._scaled = self.window.subsurface(box)
        # Scale straight into the window's letterboxed area: no intermediate copy.
        pygame.transform.scale(self.canvas, box.size, self._scaled)
        pygame.display.flip()


def keep_on_desktop(size: tuple[int, int]) -> None:
    """Centre the window when part of it is off the desktop (it grew past an edge)."""
    make = getattr(getattr(pygame, "Window", None), "from_display_module", None)
    if make is None:  # an older pygame-ce: the window manager places it
        return
    try:
        with warnings.catch_warnings():  # pygame-ce 2.5 marks this bridge to the Window API
            warnings.simplefilter("ignore", DeprecationWarning)
            window = make()
        if not on_desktop(tuple(window.position), size, desktop_size()):
            window.position = pygame.WINDOWPOS_CENTERED
    except (pygame.error, AttributeError, TypeError):
        pass  # some video drivers cannot move windows; the window stays where it is
