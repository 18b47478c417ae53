"""Drawing a fade (the state and its timing are `game.play.fade.Fade`)."""

from __future__ import annotations

import pygame

from game.play.fade import Fade

SOFT_WHITE = (120, 116, 108)
_OVERLAYS: dict[tuple[tuple[int, int], tuple[int, int, int]], pygame.Surface] = {}


def draw_fade(surface: pygame.Surface, fade: Fade, *, soft: bool = False) -> None:
    """``soft`` (reduced motion): a fade to white is drawn as a dim warm grey, never a flash.
    Only the picture changes, never the timing, so runs and replays are the same either way."""
    if fade.level <= 0:
        return
    color = SOFT_WHITE if soft and sum(fade.color) > 600 else fade.color
    key = (surface.get_size(), color)
    overlay = _OVERLAYS.get(key)
    if overlay is None:  # drawing-only cache: one solid surface per size and colour
        overlay = _OVERLAYS[key] = pygame.Surface(surface.get_size())
        overlay.fill(color)
    overlay.set_alpha(255 * fade.level // fade.length)
    surface.blit(overlay, (0, 0))
