"""Maps: Tiled files read with pytmx into plain data the simulation can use.

The simulation needs only the grid of solid tiles, solid rectangles and the typed objects; images are
loaded only when a window exists (``images=True``), so headless runs and tests never touch the display.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.paths import content_root
from game.world.geometry import Rect
from game.world.mapfiles import MAX_MAP_SIDE, MapFileError, Sandbox, vet_map

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
    # cells whose tiles block only part of the cell (a prop's feet), in map pixels; a cell in
    # ``solid`` but not here blocks whole
    feet: dict[int, tuple[Rect, ...]] = field(default_factory=dict)
    # the tiles of the props standing in those cells (gids, layer order): drawn again over someone
    # standing behind them, so a person behind the birdbath is hidden by it, not drawn over it
    feet_tiles: dict[int, tuple[int, ...]] = field(default_factory=dict)
    # things that shine in a dim place: (kind, x, y, cols, rows), pixels, from tiles' `glow`
    lights: list[tuple[str, int, int, int, int]] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)
    tmx: Any = None  # the pytmx map, for the renderer
    layer_order: dict[str, int] = field(default_factory=dict)  # layer id -> place in the file

    @property
    def pixel_size(self) -> tuple[int, int]:
        return self.width * self.tile_w, self.height * self.tile_h

    def is_solid_tile(self, tx: int, ty: int) -> bool:
        if tx < 0 or ty < 0 or tx >= self.width or ty >= self.height:
            return True  # outside the map is a wall
        return bool(self.solid[ty * self.width + tx])

    def blockers(self, tx: int, ty: int) -> tuple[Rect, ...] | None:
        """What blocks in a cell, in map pixels: None for nothing, ``()`` for the whole cell, or
        the rectangles of the props' feet standing in it."""
        if not self.is_solid_tile(tx, ty):
            return None
        if 0 <= tx < self.width and 0 <= ty < self.height:
            return self.feet.get(ty * self.width + tx, ())
        return ()

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


def game_sandbox(path: Path, root: Path | None = None) -> Sandbox:
    """A map of the game's own (or a test's): its folder, and the game's maps and assets."""
    root = root or content_root()
    return Sandbox(path.parent, [path.parent, root / "maps", root / "assets"])


def load_map(path: Path, *, images: bool = False, sandbox: Sandbox | None = None) -> MapData:
    """Read a .tmx file. Raises MapError (never anything else) when it cannot be used. Every
    file it names is checked against ``sandbox`` (where it may read) before anything opens it."""
    label = str(path)
    if not path.is_file():
        raise MapError(f"{label}: no such map file")
    try:
        vetted = vet_map(path, sandbox or game_sandbox(path))
    except MapFileError as exc:
        raise MapError(f"{label}: {exc}") from None
    try:
        import pytmx

        if images:
            from pytmx.util_pygame import pygame_image_loader

            tmx = pytmx.TiledMap(image_loader=pygame_image_loader, allow_duplicate_names=True)
        else:
            tmx = pytmx.TiledMap(allow_duplicate_names=True)
        tmx.filename = label
        tmx.parse_xml(vetted.root)
    except Exception as exc:  # pytmx raises many kinds (XML, KeyError, ValueError, OSError ...)
        raise MapError(f"{label}: cannot read map: {_describe(exc)}") from None
    data = _from_tmx(tmx, path)
    data.layer_order = vetted.layer_order
    return data


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
    if not (0 < width <= MAX_MAP_SIDE and 0 < height <= MAX_MAP_SIDE):
        raise MapError(
            f"{label}: map size {width}x{height} is out of range (1..{MAX_MAP_SIDE} tiles a side)"
        )
    solid = bytearray(width * height)
    whole = bytearray(width * height)  # 1 where some tile blocks the whole cell
    feet: dict[int, list[Rect]] = {}
    lights: list[tuple[str, int, int, int, int]] = []
    feet_gids: dict[int, list[int]] = {}
    import pytmx

    tw, th = int(tmx.tilewidth), int(tmx.tileheight)
    for layer in tmx.visible_layers:
        if not isinstance(layer, pytmx.TiledTileLayer):
            continue
        for x, y, gid in layer.iter_data():
            if gid and 0 <= x < width and 0 <= y < height:
                props = tmx.get_tile_properties_by_gid(gid) or {}
                if props.get("glow"):
                    lights.append(_glow(str(props["glow"]), x * tw, y * th, label))
                if _truthy(props.get("solid")):
                    cell = y * width + x
                    solid[cell] = 1
                    part = _feet(props.get("feet"), tw, th, label)
                    if part is None:
                        whole[cell] = 1
                    else:
                        feet.setdefault(cell, []).append(part.moved(x * tw, y * th))
                        if not str(layer.name or "").lower().startswith("above"):
                            feet_gids.setdefault(cell, []).append(gid)
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
        feet={cell: tuple(rects) for cell, rects in feet.items() if not whole[cell]},
        lights=lights,
        feet_tiles={c: tuple(g) for c, g in feet_gids.items() if not whole[c]},
        props=dict(getattr(tmx, "properties", {}) or {}),
        tmx=tmx,
    )


def _feet(raw: Any, tw: int, th: int, label: str) -> Rect | None:
    """A tile's ``feet`` property, ``x,y,w,h`` in the tile's pixels: where a solid prop blocks.
    None (the whole tile) when absent."""
    if raw is None or str(raw).strip() == "":
        return None
    try:
        x, y, w, h = (int(v) for v in str(raw).split(","))
    except ValueError:
        raise MapError(
            f"{label}: tile property feet={raw!r} must be x,y,w,h (whole pixels)"
        ) from None
    if not (0 <= x < tw and 0 <= y < th and 0 < w <= tw - x and 0 < h <= th - y):
        raise MapError(f"{label}: tile property feet={raw!r} does not fit in a {tw}x{th} tile")
    return Rect(x, y, w, h)


def _glow(raw: str, x: int, y: int, label: str) -> tuple[str, int, int, int, int]:
    """A tile's ``glow`` property, ``kind,cols,rows`` (the size of the thing it tops)."""
    try:
        kind, cols, rows = raw.split(",")
        size = int(cols), int(rows)
    except ValueError:
        raise MapError(f"{label}: tile property glow={raw!r} must be kind,cols,rows") from None
    if not (0 < size[0] <= 16 and 0 < size[1] <= 16):
        raise MapError(f"{label}: tile property glow={raw!r}: cols and rows are 1 to 16")
    return kind.strip(), x, y, size[0], size[1]


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)
