"""Draws a map: its static layers drawn into chunks as they come into view, below and above the
actors.

A map's picture is cut into CHUNK-pixel squares, each drawn once (tile layers, tile objects and
image layers, in the file's layer order) and kept while there is room; a frame is then a few blits
of the chunks the camera sees. Memory is bounded by the chunk cache, not by the map's size: a
512x512-tile map costs what a small one does.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import pygame

from game.world.mapdata import MapData

CHUNK = 256  # pixels a side
MAX_CHUNKS = 192  # chunks kept (below and above): 192 * 256 KB = 48 MB at most
BACKGROUND = (20, 22, 28)


def is_above(layer_name: str | None) -> bool:
    return str(layer_name or "").lower().startswith("above")


class MapRenderer:
    """Chunks are drawn on first sight and kept (least recently seen dropped first)."""

    def __init__(self, data: MapData) -> None:
        import pytmx

        self.data = data
        self.width, self.height = data.pixel_size
        tmx = data.tmx
        order = data.layer_order
        layers = sorted(
            enumerate(tmx.visible_layers),
            key=lambda il: (order.get(str(getattr(il[1], "id", "")), il[0]), il[0]),
        )
        self.below: list[Any] = []
        self.above: list[Any] = []
        for _i, layer in layers:
            kind = (
                "tiles"
                if isinstance(layer, pytmx.TiledTileLayer)
                else "objects"
                if isinstance(layer, pytmx.TiledObjectGroup)
                else "image"
                if isinstance(layer, pytmx.TiledImageLayer)
                else ""
            )
            if not kind or (kind == "image" and layer.image is None):
                continue
            if kind == "objects" and not any(getattr(o, "image", None) for o in layer):
                continue
            (self.above if is_above(layer.name) else self.below).append((kind, layer))
        self.has_above = bool(self.above)
        # Tiles taller or wider than the grid (trees) reach into the chunks above and to the right.
        tw, th = data.tile_w, data.tile_h
        sizes = [img.get_size() for img in tmx.images if img is not None] or [(tw, th)]
        self.reach_x = max(0, -(-max(w for w, _ in sizes) // tw) - 1)
        self.reach_y = max(0, -(-max(h for _, h in sizes) // th) - 1)
        self._chunks: OrderedDict[tuple[bool, int, int], pygame.Surface] = OrderedDict()

    # -- drawing a frame -------------------------------------------------------------------------
    def draw_below(self, surface: pygame.Surface, camera: tuple[int, int]) -> None:
        self._draw(False, surface, camera)

    def draw_above(self, surface: pygame.Surface, camera: tuple[int, int]) -> None:
        if self.has_above:
            self._draw(True, surface, camera)

    def _draw(self, above: bool, surface: pygame.Surface, camera: tuple[int, int]) -> None:
        cx, cy = camera
        view = pygame.Rect(cx, cy, surface.get_width(), surface.get_height())
        clip = view.clip(pygame.Rect(0, 0, self.width, self.height))
        if not (clip.w and clip.h):
            return
        for gy in range(clip.top // CHUNK, (clip.bottom - 1) // CHUNK + 1):
            for gx in range(clip.left // CHUNK, (clip.right - 1) // CHUNK + 1):
                chunk = self._chunk(above, gx, gy)
                surface.blit(chunk, (gx * CHUNK - cx, gy * CHUNK - cy))

    def _chunk(self, above: bool, gx: int, gy: int) -> pygame.Surface:
        key = (above, gx, gy)
        chunk = self._chunks.get(key)
        if chunk is None:
            chunk = self._render(above, gx, gy)
            self._chunks[key] = chunk
            while len(self._chunks) > MAX_CHUNKS:
                self._chunks.popitem(last=False)
        else:
            self._chunks.move_to_end(key)
        return chunk

    # -- drawing a chunk -------------------------------------------------------------------------
    def _render(self, above: bool, gx: int, gy: int) -> pygame.Surface:
        area = pygame.Rect(gx * CHUNK, gy * CHUNK, CHUNK, CHUNK)
        w, h = min(CHUNK, self.width - area.x), min(CHUNK, self.height - area.y)
        if above:
            chunk = pygame.Surface((w, h), pygame.SRCALPHA).convert_alpha()
            chunk.fill((0, 0, 0, 0))
        else:
            chunk = pygame.Surface((w, h)).convert()
            chunk.fill(BACKGROUND)
        for kind, layer in self.above if above else self.below:
            if kind == "tiles":
                self._tiles(chunk, area, layer)
            elif kind == "objects":
                for obj in layer:
                    image = getattr(obj, "image", None)
                    if image is not None:
                        chunk.blit(image, (round(obj.x) - area.x, round(obj.y) - area.y))
            else:  # an image layer, at its offset
                x = round(float(getattr(layer, "offsetx", 0) or 0))
                y = round(float(getattr(layer, "offsety", 0) or 0))
                chunk.blit(layer.image, (x - area.x, y - area.y))
        return chunk

    def _tiles(self, chunk: pygame.Surface, area: pygame.Rect, layer: Any) -> None:
        data, images = layer.data, self.data.tmx.images
        tw, th = self.data.tile_w, self.data.tile_h
        x0 = max(0, area.x // tw - self.reach_x)
        x1 = min(len(data[0]) if data else 0, -(-area.right // tw))
        y0 = max(0, area.y // th)
        y1 = min(len(data), -(-area.bottom // th) + self.reach_y)
        for y in range(y0, y1):
            row = data[y]
            for x in range(x0, x1):
                gid = row[x]
                if gid:
                    image = images[gid]
                    if image is not None:
                        # Tiles taller than the grid (trees) are anchored at their bottom-left, as in Tiled.
                        pos = (x * tw - area.x, y * th + th - image.get_height() - area.y)
                        chunk.blit(image, pos)


def draw_in_front(
    surface: pygame.Surface, data: MapData, camera: tuple[int, int], box: pygame.Rect, feet_y: int
) -> None:
    """Draw again the props (tiles with `feet`) that stand in front of someone: those whose feet
    are lower on the screen than ``feet_y`` (her feet, map pixels) in the cells ``box`` (her
    picture, map pixels) covers. Called right after drawing her, so she is behind the birdbath
    when she stands behind it and in front of it when she stands in front."""
    if not data.feet_tiles:
        return
    tw, th = data.tile_w, data.tile_h
    images = data.tmx.images
    for ty in range(max(0, box.top // th), min(data.height, (box.bottom - 1) // th + 1)):
        for tx in range(max(0, box.left // tw), min(data.width, (box.right - 1) // tw + 1)):
            cell = ty * data.width + tx
            gids = data.feet_tiles.get(cell)
            if not gids or min(r.y for r in data.feet[cell]) < feet_y:
                continue
            for gid in gids:
                image = images[gid]
                if image is not None:
                    pos = (tx * tw - camera[0], ty * th + th - image.get_height() - camera[1])
                    surface.blit(image, pos)


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
