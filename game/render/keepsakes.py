"""Drawing the keepsakes a map hangs (see game/story/commands/keepsake.py): found memories and kept
things, each drawn with its look's tile from the map's own tileset, stirring now and then."""

from __future__ import annotations

from typing import Any

import pygame

from game.story.commands.keepsake import keepsakes, slot_of

_TILES: dict[
    int, dict[str, pygame.Surface]
] = {}  # drawing-only cache: tile images by name, per map


def tile_images(tmx: Any) -> dict[str, pygame.Surface]:
    """The map's tiles that have a `name` property, by name (images exist only with a window)."""
    key = id(tmx)
    if key not in _TILES:
        named: dict[str, pygame.Surface] = {}
        for gid, props in (getattr(tmx, "tile_properties", None) or {}).items():
            name = (props or {}).get("name")
            image = tmx.images[gid] if 0 <= gid < len(tmx.images) else None
            if isinstance(name, str) and isinstance(image, pygame.Surface):
                named.setdefault(name, image)
        _TILES.clear()  # one map at a time
        _TILES[key] = named
    return _TILES[key]


def stirred(ticks: int, slot: int, look: str) -> bool:
    """Whether the wind has moved a keepsake on this tick: a loose tape more often than paper."""
    if look == "tape":
        return ((ticks + slot * 11) // 9) % 3 != 0
    return ((ticks + slot * 37) // 23) % 4 == 1


def draw_keepsakes(surface: pygame.Surface, screen: Any, ctx: Any, cam: tuple[int, int]) -> None:
    marks = [o for o in screen.world.map.of_kind("look") if slot_of(o)]
    if not marks:
        return
    hung = keepsakes(screen.state, ctx.content)
    if not hung:
        return
    tiles = tile_images(screen.world.map.tmx)
    ticks = screen.state.play_ticks
    for obj in marks:
        slot = slot_of(obj)
        if slot > len(hung):
            continue
        look = hung[slot - 1].look
        name = f"keepsake_{look}_1" if stirred(ticks, slot, look) else f"keepsake_{look}"
        image = tiles.get(name) or tiles.get(f"keepsake_{look}")
        if image is not None:
            surface.blit(image, (obj.rect.x - cam[0], obj.rect.y - cam[1]))
