"""Weather over a place: rain, drizzle, snow and wind, drawn from the tick alone.

Every drop, flake and gust is a fixed function of its index and the play tick (an integer hash,
never the random module), so the same tick draws the same picture: screenshots and replays agree,
and nothing here feeds back into the simulation. Particles live in screen space but shift with the
camera, so the weather stays put while the view walks through it. The cost is a few hundred short
lines or dots a frame at most (see `python -m game bench`).
"""

from __future__ import annotations

import pygame

KINDS = ("none", "drizzle", "rain", "snow", "wind")
MAX_STRENGTH = 3

RAIN = (168, 180, 204)
RAIN_FAR = (128, 140, 166)
GLASS = (96, 108, 136)  # rain seen on a pane from a room: darker than the sky behind it
GLASS_FAR = (128, 138, 160)
SNOW = (236, 238, 246)
SNOW_FAR = (196, 200, 214)
GUST = (200, 206, 196)
LEAF = ((132, 112, 58), (96, 118, 62), (150, 96, 52))


def _hash(i: int, salt: int) -> int:
    """A well-mixed 32-bit number from an index (deterministic: no random state)."""
    x = (i * 0x9E3779B1 + salt * 0x85EBCA77) & 0xFFFFFFFF
    x ^= x >> 15
    x = (x * 0x2C1B3C6D) & 0xFFFFFFFF
    x ^= x >> 12
    return x


def _wrap(value: int, size: int) -> int:
    return value % size


def draw_weather(
    surface: pygame.Surface,
    kind: str,
    strength: int,
    tick: int,
    cam: tuple[int, int],
    *,
    glass: bool = False,
) -> None:
    """Draw ``kind`` at ``strength`` (1 to 3) over the whole surface for play tick ``tick``
    (``glass``: seen through a window from inside: darker against the pale sky)."""
    if kind in ("", "none"):
        return
    strength = max(1, min(MAX_STRENGTH, strength))
    w, h = surface.get_size()
    if kind in ("rain", "drizzle"):
        _rain(surface, w, h, tick, cam, strength, drizzle=kind == "drizzle", glass=glass)
    elif kind == "snow":
        _snow(surface, w, h, tick, cam, strength)
    elif kind == "wind":
        _wind(surface, w, h, tick, cam, strength)


def _rain(
    surface: pygame.Surface,
    w: int,
    h: int,
    tick: int,
    cam: tuple[int, int],
    strength: int,
    *,
    drizzle: bool,
    glass: bool = False,
) -> None:
    count = (45 if drizzle else 110) * strength * (2 if glass else 1)
    length = 3 if drizzle else 6
    span_h = h + 24
    for i in range(count):
        seed = _hash(i, 1)
        near = seed & 3 != 0  # three in four drops near, the rest further off (slower, darker)
        speed = (4 + (seed >> 4) % 3) if near else 3
        if drizzle:
            speed = max(2, speed - 2)
        x = _wrap((seed >> 8) % 4096 - cam[0] - tick * (1 if near else 0), w + 8) - 4
        y = _wrap((seed >> 20) % 4096 - cam[1] + tick * speed, span_h) - 12
        color = (GLASS if near else GLASS_FAR) if glass else (RAIN if near else RAIN_FAR)
        pygame.draw.line(surface, color, (x, y), (x - 1, y + length))
        if near and not drizzle and y > h - 40 and (tick + i) % 23 == 0:
            pygame.draw.line(surface, RAIN_FAR, (x - 2, y + length + 1), (x + 1, y + length + 1))


def _snow(
    surface: pygame.Surface, w: int, h: int, tick: int, cam: tuple[int, int], strength: int
) -> None:
    count = 55 * strength
    span_h = h + 8
    for i in range(count):
        seed = _hash(i, 2)
        near = seed & 3 != 0
        fall = 2 if near else 3  # ticks per pixel of fall: snow drifts
        sway = _SWAY[(tick // 4 + (seed >> 3)) % len(_SWAY)]
        x = _wrap((seed >> 8) % 4096 - cam[0] + sway, w + 4) - 2
        y = _wrap((seed >> 20) % 4096 - cam[1] + tick // fall, span_h) - 4
        size = 2 if near and (seed >> 5) & 1 else 1
        surface.fill(SNOW if near else SNOW_FAR, (x, y, size, size))


def _wind(
    surface: pygame.Surface, w: int, h: int, tick: int, cam: tuple[int, int], strength: int
) -> None:
    gusts = 7 * strength
    span_w = w + 120
    for i in range(gusts):
        seed = _hash(i, 3)
        speed = 5 + (seed >> 4) % 4
        x = _wrap((seed >> 8) % 4096 - cam[0] - tick * speed, span_w) - 60
        y = _wrap((seed >> 20) % 4096 - cam[1], h)
        length = 14 + (seed >> 12) % 24
        # a gust shows for part of its pass only, so the streaks come and go
        if ((tick * speed + (seed & 255)) // 160) % 3 == 0:
            pygame.draw.line(surface, GUST, (x, y), (x + length, y))
    for i in range(5 * strength):  # a few leaves tumbling across
        seed = _hash(i, 4)
        speed = 3 + (seed >> 4) % 3
        x = _wrap((seed >> 8) % 4096 - cam[0] - tick * speed, w + 40) - 20
        bob = _SWAY[(tick // 3 + (seed >> 3)) % len(_SWAY)]
        y = _wrap((seed >> 20) % 4096 - cam[1] + bob * 2, h)
        surface.fill(LEAF[seed % len(LEAF)], (x, y, 2, 1 + (tick // 6 + i) % 2))


# A gentle side-to-side drift in whole pixels (one slow swing), precomputed: no floats per frame.
_SWAY = (0, 1, 1, 2, 2, 2, 3, 3, 3, 3, 2, 2, 2, 1, 1, 0, 0, -1, -1, -2, -2, -2, -3, -3, -3, -3, -2,
         -2, -2, -1, -1, 0)  # fmt: skip


def window_panes(lights: list[tuple[str, int, int, int, int]]) -> list[pygame.Rect]:
    """The glass of a room's windows (the lights of kind `window`), in map pixels."""
    return [
        pygame.Rect(x + 3, y + 3, 16 * cols - 6, 16 * rows - 9)
        for kind, x, y, cols, rows in lights
        if kind == "window"
    ]


def draw_weather_in(
    surface: pygame.Surface,
    kind: str,
    strength: int,
    tick: int,
    cam: tuple[int, int],
    panes: list[pygame.Rect],
) -> None:
    """Weather seen from a room: only through the window panes (map pixels), drawn at the
    pane's own scale (a pane is small: a whole sky's worth of drops would leave it nearly bare)."""
    if kind not in ("rain", "drizzle", "snow"):
        return  # wind does not show through glass; the bed of sound carries it
    strength = max(1, min(MAX_STRENGTH, strength))
    view = surface.get_rect()
    old = surface.get_clip()
    for index, pane in enumerate(panes):
        shown = pane.move(-cam[0], -cam[1])
        if not shown.colliderect(view):
            continue
        surface.set_clip(shown.clip(view))
        w, h = shown.size
        count = max(2, w * h * strength // (60 if kind == "drizzle" else 26))
        for i in range(count):
            seed = _hash(i, 5 + index)
            x = shown.x + (seed >> 8) % max(1, w)
            if kind == "snow":
                y = shown.y + _wrap((seed >> 20) + tick // 3, h + 2) - 1
                surface.fill(SNOW_FAR, (x, y, 1, 1))
                continue
            fall = 2 + (seed >> 4) % 3
            y = shown.y + _wrap((seed >> 20) + tick * fall, h + 6) - 3
            surface.fill(GLASS if seed & 1 else GLASS_FAR, (x, y, 1, 2 if kind == "drizzle" else 3))
    surface.set_clip(old)
