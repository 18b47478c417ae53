"""Maps: Tiled files read with pytmx into plain data the simulation can use.

The simulation needs only the grid of solid tiles, solid rectangles and the typed objects; images are
loaded only when a window exists (``images=True``), so headless runs and tests never touch the display.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.paths import inside
from game.world.geometry import Rect

OBJECT_KINDS = ("spawn", "door", "warp", "trigger", "npc", "look", "memory", "point", "solid")
FACINGS = ("down", "left", "right", "up")


class MapError(Exception):
    """A map that cannot be used; str() is ``file: what is wrong``."""


@dataclass(frozen=True, slots=True)
class MapObject:
    kind: str
    name: str
    rect: Rect  # in pixels
    props: dict[str, Any]
    obj_id: int

    def prop(self, key: str, default: Any = None) -> Any:
        return self.props.get(key, default)


@dataclass
class MapData:
    name: str  # file stem, the id scenes and doors use
    path: Path
    width: int  # tiles
    height: int
    tile_w: int
    tile_h: int
    solid: bytearray  # width*height, 1 where a tile blocks
    objects: list[MapObject]
    props: dict[str, Any] = field(default_factory=dict)
    tmx: Any = None  # the pytmx map, for the renderer

    @property
    def pixel_size(self) -> tuple[int, int]:
        return self.width * self.tile_w, self.height * self.tile_h

    def is_solid_tile(self, tx: int, ty: int) -> bool:
        if tx < 0 or ty < 0 or tx >= self.width or ty >= self.height:
            return True  # outside the map is a wall
        return bool(self.solid[ty * self.width + tx])

    def of_kind(self, *kinds: str) -> list[MapObject]:
        return [o for o in self.objects if o.kind in kinds]

    def spawn(self, name: str) -> MapObject | None:
        return next((o for o in self.objects if o.kind == "spawn" and o.name == name), None)

    def point(self, name: str) -> MapObject | None:
        return next(
            (o for o in self.objects if o.kind in ("point", "spawn") and o.name == name), None
        )


def object_kind(obj: Any) -> str:
    """Tiled 1.9 renamed the object attribute ``type`` to ``class``; read both."""
    return str(getattr(obj, "type", None) or getattr(obj, "class", None) or "").strip().lower()


def load_map(path: Path, *, images: bool = False) -> MapData:
    """Read a .tmx file. Raises MapError (never anything else) when it cannot be used."""
    label = str(path)
    if not path.is_file():
        raise MapError(f"{label}: no such map file")
    try:
        import pytmx

        if images:
            from pytmx.util_pygame import load_pygame

            tmx = load_pygame(str(path), allow_duplicate_names=True)
        else:
            tmx = pytmx.TiledMap(str(path), allow_duplicate_names=True)
    except Exception as exc:  # pytmx raises many kinds (XML, KeyError, ValueError, OSError ...)
        raise MapError(f"{label}: cannot read map: {_describe(exc)}") from None
    return _from_tmx(tmx, path)


def _describe(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def _from_tmx(tmx: Any, path: Path) -> MapData:
    label = str(path)
    if str(getattr(tmx, "infinite", 0)).strip().lower() in ("1", "true"):
        raise MapError(f"{label}: infinite maps are not supported; make the map finite in Tiled")
    if getattr(tmx, "orientation", "orthogonal") != "orthogonal":
        raise MapError(f"{label}: only orthogonal maps are supported")
    width, height = int(tmx.width), int(tmx.height)
    if not (0 < width <= 1024 and 0 < height <= 1024):
        raise MapError(f"{label}: map size {width}x{height} is out of range (1..1024 tiles a side)")
    solid = bytearray(width * height)
    import pytmx

    for layer in tmx.visible_layers:
        if not isinstance(layer, pytmx.TiledTileLayer):
            continue
        for x, y, gid in layer.iter_data():
            if gid and 0 <= x < width and 0 <= y < height:
                props = tmx.get_tile_properties_by_gid(gid) or {}
                if _truthy(props.get("solid")):
                    solid[y * width + x] = 1
    objects: list[MapObject] = []
    for obj in tmx.objects:
        kind = object_kind(obj)
        props = {
            k: v
            for k, v in getattr(obj, "properties", {}).items()
            if isinstance(v, str | int | float | bool)
        }
        rect = Rect(round(obj.x), round(obj.y), round(obj.width or 0), round(obj.height or 0))
        objects.append(MapObject(kind, str(obj.name or ""), rect, props, int(obj.id or 0)))
    return MapData(
        name=path.stem,
        path=path,
        width=width,
        height=height,
        tile_w=int(tmx.tilewidth),
        tile_h=int(tmx.tileheight),
        solid=solid,
        objects=objects,
        props=dict(getattr(tmx, "properties", {}) or {}),
        tmx=tmx,
    )


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def map_references_stay_inside(tmx: Path, allowed: list[Path]) -> str | None:
    """A mod's map may only refer to tilesets and images inside the mod or the game's own folders."""
    try:
        text = tmx.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return f"{tmx}: cannot read: {exc}"
    for ref in re.findall(r'source="([^"]*)"', text):
        target = tmx.parent / ref
        if not any(inside(target, root) for root in allowed):
            return f"{tmx}: refers to {ref!r}, outside the mod and the game's folders"
    return None
