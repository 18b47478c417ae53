"""The window: a 480x270 canvas scaled by the largest whole factor that fits, letterboxed."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pygame

CANVAS = (480, 270)
MIN_WINDOW = CANVAS


def fit_scale(window: tuple[int, int], canvas: tuple[int, int] = CANVAS) -> int:
    return max(1, min(window[0] // canvas[0], window[1] // canvas[1]))


def letterbox(window: tuple[int, int], canvas: tuple[int, int] = CANVAS) -> pygame.Rect:
    k = fit_scale(window, canvas)
    w, h = canvas[0] * k, canvas[1] * k
    return pygame.Rect((window[0] - w) // 2, (window[1] - h) // 2, w, h)


def desktop_scale(scale: int) -> int:
    """``scale`` itself, or for 0 the largest that fits the desktop with room for window decorations."""
    if scale > 0:
        return scale
    sizes = pygame.display.get_desktop_sizes()
    desk = sizes[0] if sizes else (1280, 720)
    return max(1, fit_scale((desk[0] - 80, desk[1] - 120)))


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
    ) -> None:
        pygame.display.set_caption(title)
        if icon is not None:
            set_icon(icon)
        self.vsync = vsync
        self.fullscreen = False
        self.canvas = pygame.Surface(CANVAS)
        self.windowed_size = (CANVAS[0] * desktop_scale(scale), CANVAS[1] * desktop_scale(scale))
        self.window = self._open(self.windowed_size, fullscreen)
        self._scaled: pygame.Surface | None = None

    def _open(self, size: tuple[int, int], fullscreen: bool) -> pygame.Surface:
        self.fullscreen = fullscreen
        flags = pygame.FULLSCREEN if fullscreen else pygame.RESIZABLE
        size = (0, 0) if fullscreen else size
        try:
            return pygame.display.set_mode(size, flags, vsync=1 if self.vsync else 0)
        except pygame.error:  # vsync is not available everywhere
            return pygame.display.set_mode(size, flags)

    def toggle_fullscreen(self) -> None:
        self.window = self._open(self.windowed_size, not self.fullscreen)
        self._scaled = None

    def resized(self, size: tuple[int, int]) -> None:
        if not self.fullscreen:
            self.windowed_size = (max(size[0], MIN_WINDOW[0]), max(size[1], MIN_WINDOW[1]))
        self.window = pygame.display.get_surface()
        self._scaled = None

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

    def present(self) -> None:
        """Scale the canvas crisply (nearest neighbour) into the letterboxed window."""
        box = letterbox(self.window.get_size())
        if self._scaled is None or self._scaled.get_size() != box.size:
            self.window.fill((0, 0, 0))  # the letterbox bars, once per size
            self._scaled = self.window.subsurface(box)
        # Scale straight into the window's letterboxed area: no intermediate copy.
        pygame.transform.scale(self.canvas, box.size, self._scaled)
        pygame.display.flip()
