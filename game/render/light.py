"""The light of a place: its tint (time of day, a dim room, lights off) and the things that shine.

The picture is multiplied by a light layer: the tint's colour everywhere, brightened round each
light the map's tiles give (a tile's `glow` property: `kind,cols,rows` on a thing's top-left tile,
written by assets/tools/tilesets.py). So a lamp lights the path round it at night, a fire the room,
a window throws a patch of daylight on the floor of a dim room, and a lit window glows from outside.
A light only shines when the place is dark enough for it to show (``SHINES``).

Drawing only, and cheap: the layer is the size of the view and is rebuilt only when the camera,
the tint or the place changes; each light is one blit of a gradient made once.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.story.commands.screen import TINTS

NIGHTISH = frozenset({"night", "dusk", "dark", "dim", "lamplit"})
DAYLIT_DIM = frozenset({"dim", "overcast", "dawn"})
ALL_LOW = frozenset(t for t in TINTS if t != "none")


@dataclass(frozen=True)
class Glow:
    radius: int
    color: tuple[int, int, int]
    shines: frozenset[str]
    squash: int = 100  # height in percent of width (a patch of light on the floor is flat)
    halo: int = 0  # 0..255: how much it also adds on top (a lamp looks bright, not just lit)


GLOWS: dict[str, Glow] = {
    "lamp": Glow(46, (255, 226, 172), NIGHTISH, halo=46),
    "pane": Glow(24, (255, 214, 150), NIGHTISH, halo=30),
    "fire": Glow(60, (255, 188, 120), ALL_LOW, halo=40),
    "screen": Glow(30, (176, 204, 255), ALL_LOW, halo=20),
    "window": Glow(40, (230, 234, 244), DAYLIT_DIM, squash=70),
    "beam": Glow(36, (255, 244, 216), NIGHTISH, squash=60, halo=36),  # headlights, a torch
}


def glow_centre(kind: str, x: int, y: int, cols: int, rows: int) -> tuple[int, int]:
    """Where a thing's light sits, from its top-left corner and size in tiles (16 px)."""
    cx = x + 8 * cols
    if kind == "lamp":
        return cx, y + 8  # the lamp head, at the top
    if kind == "fire":
        return cx, y + 16 * rows - 4  # the hearth
    if kind == "window":
        return cx, y + 16 * rows + 14  # on the floor in front of it
    return cx, y + 8 * rows


_SPRITES: dict[tuple[str, int, int], pygame.Surface] = {}


def _sprite(kind: str, strength: int, cols: int = 1) -> pygame.Surface:
    """A radial gradient from the glow's colour (scaled by ``strength`` of 255) to black; a wide
    thing (a big window, a wide fire) gives a wider light."""
    key = (kind, strength, cols)
    got = _SPRITES.get(key)
    if got is not None:
        return got
    g = GLOWS[kind]
    radius = g.radius + 8 * (max(1, min(cols, 8)) - 1)
    size = radius * 2
    disc = pygame.Surface((size, size))
    disc.fill((0, 0, 0))
    for r in range(radius, 0, -2):  # outside in, brighter towards the middle
        k = (radius - r) * strength // radius
        pygame.draw.circle(disc, tuple(c * k // 255 for c in g.color), (radius, radius), r)
    if g.squash != 100:
        disc = pygame.transform.scale(disc, (size, max(2, size * g.squash // 100)))
    _SPRITES[key] = disc
    return disc


class LightLayer:
    """The light layer of one view, rebuilt only when what it shows changes."""

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._layer: pygame.Surface | None = None
        self._halos: list[tuple[pygame.Surface, tuple[int, int]]] = []

    def draw(
        self,
        surface: pygame.Surface,
        tint: str,
        lights: list[tuple[str, int, int, int, int]],
        cam: tuple[int, int],
        place: str,
        size: tuple[int, int] = (1 << 16, 1 << 16),
    ) -> None:
        """Multiply ``surface`` by the tint and the lights that shine in it (``tint`` "" or
        "none": full daylight, nothing drawn); ``size``, the map's in pixels, bounds the halos."""
        color = TINTS.get(tint)
        if color is None:
            return
        key = (surface.get_size(), tint, cam, place)
        if key != self._key or self._layer is None:
            self._build(surface.get_size(), tint, color, lights, cam)
            self._key = key
        assert self._layer is not None
        surface.blit(self._layer, (0, 0), special_flags=pygame.BLEND_MULT)
        if self._halos:
            old = surface.get_clip()
            surface.set_clip(pygame.Rect(-cam[0], -cam[1], *size).clip(old))  # not past the map
            for halo, at in self._halos:
                surface.blit(halo, at, special_flags=pygame.BLEND_RGB_ADD)
            surface.set_clip(old)

    def _build(
        self,
        size: tuple[int, int],
        tint: str,
        color: tuple[int, int, int],
        lights: list[tuple[str, int, int, int, int]],
        cam: tuple[int, int],
    ) -> None:
        layer = self._layer if self._layer is not None and self._layer.get_size() == size else None
        layer = layer or pygame.Surface(size)
        layer.fill(color)
        self._halos = []
        view = pygame.Rect((0, 0), size)
        for kind, x, y, cols, rows in lights:
            glow = GLOWS.get(kind)
            if glow is None or tint not in glow.shines:
                continue
            cx, cy = glow_centre(kind, x, y, cols, rows)
            sprite = _sprite(kind, 255, cols)
            at = sprite.get_rect(center=(cx - cam[0], cy - cam[1]))
            if not at.colliderect(view):
                continue
            layer.blit(sprite, at, special_flags=pygame.BLEND_RGB_MAX)
            if glow.halo:
                halo = _sprite(kind, glow.halo, cols)
                self._halos.append((halo, halo.get_rect(center=at.center).topleft))
        self._layer = layer
