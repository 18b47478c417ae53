"""Draws a map: its tile layers pre-rendered once into two surfaces, below and above the actors."""

from __future__ import annotations

import pygame

from game.world.mapdata import MapData


def is_above(layer_name: str | None) -> bool:
    return str(layer_name or "").lower().startswith("above")


class MapRenderer:
    """Static layers are drawn once at load; a frame is then two blits of the camera's view."""

    def __init__(self, data: MapData) -> None:
        self.data = data
        size = data.pixel_size
        self.below = pygame.Surface(size).convert()
        self.below.fill((20, 22, 28))
        self.above = pygame.Surface(size, pygame.SRCALPHA).convert_alpha()
        self.has_above = False
        self._prerender()

    def _prerender(self) -> None:
        import pytmx

        tmx = self.data.tmx
        tw, th = self.data.tile_w, self.data.tile_h
        for layer in tmx.visible_layers:
            above = is_above(layer.name)
            target = self.above if above else self.below
            if isinstance(layer, pytmx.TiledTileLayer):
                for x, y, image in layer.tiles():
                    # Tiles taller than the grid (trees) are anchored at their bottom-left, as in Tiled.
                    target.blit(image, (x * tw, y * th + th - image.get_height()))
                self.has_above |= above
            elif isinstance(layer, pytmx.TiledObjectGroup):
                for obj in layer:
                    image = getattr(obj, "image", None)
                    if image is not None:
                        target.blit(image, (round(obj.x), round(obj.y)))
                        self.has_above |= above
            elif isinstance(layer, pytmx.TiledImageLayer) and layer.image is not None:
                target.blit(layer.image, (round(layer.offsetx or 0), round(layer.offsety or 0)))

    def draw_below(self, surface: pygame.Surface, camera: tuple[int, int]) -> None:
        self._draw(self.below, surface, camera)

    def draw_above(self, surface: pygame.Surface, camera: tuple[int, int]) -> None:
        if self.has_above:
            self._draw(self.above, surface, camera)

    @staticmethod
    def _draw(layer: pygame.Surface, surface: pygame.Surface, camera: tuple[int, int]) -> None:
        cx, cy = camera
        view = pygame.Rect(cx, cy, surface.get_width(), surface.get_height())
        clip = view.clip(layer.get_rect())
        if clip.w and clip.h:
            surface.blit(layer, (clip.x - cx, clip.y - cy), clip)


def camera_for(
    focus: tuple[int, int], map_size: tuple[int, int], view: tuple[int, int]
) -> tuple[int, int]:
    """Top-left of the view: centred on the focus, clamped to the map, centred if the map is smaller."""
    out = []
    for f, m, v in zip(focus, map_size, view, strict=True):
        if m <= v:
            out.append(-(v - m) // 2)
        else:
            out.append(max(0, min(m - v, f - v // 2)))
    return out[0], out[1]
