"""Rain over the place (the `tint: rain` of a wet day): thin slanting streaks falling across the
picture. Drawn from the play's tick count only, so it moves the same in every replay and changes
nothing in the game."""

from __future__ import annotations

import pygame

STREAKS = 70  # drops on screen at once
FALL = 6  # pixels a drop falls each tick
DRIFT = 2  # pixels it drifts across each tick (the wind, or the car going forward)
LENGTH = 5  # pixels long
COLOR = (200, 210, 228)


def draw_rain(surface: pygame.Surface, ticks: int, still: bool = False) -> None:
    """Streaks at fixed places that fall with ``ticks``; with ``still`` (reduced motion) they are
    drawn where they are and do not move."""
    w, h = surface.get_size()
    t = 0 if still else ticks
    layer = pygame.Surface((w, h), pygame.SRCALPHA)
    for i in range(STREAKS):
        # A fixed scatter (multipliers prime to the sizes) that every drop moves along from.
        x = (i * 151 + t * DRIFT) % (w + 20) - 10
        y = (i * 97 + (i * i) % 53 + t * FALL) % (h + 20) - 10
        pygame.draw.line(layer, (*COLOR, 110), (x, y), (x - DRIFT, y - LENGTH))
    surface.blit(layer, (0, 0))
