"""Vetting a map's files before anything opens them: the sandbox and the memory budget.

A map names other files: tilesets (`.tsx`), their images, image layers. Every one of them is
resolved here, links followed, and refused unless it lies inside the map's own home (a mod's
folder, or the game) or the game's own `maps/` and `assets/`, before pytmx or pygame open it. A
path to a file a mod lacks is looked up at the same place in the game (the mod's folder standing
for the game's root), so a mod's map can use the game's tilesets with the same paths the game's
own maps use (`tilesets/indoor.tsx`).

The sizes that decide memory are checked here too (map and layer sizes, tile sizes, tileset
counts, compressed layer data, image sizes read from the PNG header), so no map that passes can
take more than the budget below. The checked XML tree is what pytmx then reads, with every file
path replaced by the resolved one: what was checked is what is opened.
"""

from __future__ import annotations

import base64
import binascii
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from game.paths import inside

MAX_MAP_SIDE = 512  # tiles a side (the renderer draws in chunks, so memory does not grow with it)
MAX_TILE_SIDE = 256  # pixels
MAX_TMX_BYTES = 16_000_000
MAX_TSX_BYTES = 2_000_000
MAX_TILES = 65_536  # tiles in one tileset
MAX_GID = 1_000_000
MAX_IMAGE_SIDE = 4096  # pixels, each side of one image
MAX_IMAGE_PIXELS = 12_000_000  # all images one map uses (48 MB decoded; the budget is 300 MB)


class MapFileError(Exception):
    """``what is wrong`` (the caller adds the file)."""


@dataclass
class Vetted:
    root: ElementTree.Element  # the map's XML, file paths replaced by checked absolute ones
    images: list[Path] = field(default_factory=list)
    layer_order: dict[str, int] = field(default_factory=dict)  # layer id -> place in the file


@dataclass
class Sandbox:
    """Where a map may read: its home (a mod folder or the game's root) and the game's folders."""

    home: Path
    allowed: list[Path]  # folders any file may come from (home, game maps, game assets)
    game_root: Path | None = None  # set for a mod's map: missing files are looked up here

    def resolve(self, base: Path, ref: str, what: str) -> Path:
        """The file ``ref`` names, relative to ``base`` (a folder), or MapFileError."""
        if not ref or "\x00" in ref:
            raise MapFileError(f"{what} has an empty or invalid path")
        target = base / ref
        if not target.exists() and self.game_root is not None and inside(base, self.home):
            relative = _relative(base / ref, self.home)
            if relative is not None:
                target = self.game_root / relative  # the same place in the game
        if not any(inside(target, root) for root in self.allowed):
            raise MapFileError(f"{what} {ref!r} is outside the mod and the game's folders")
        if not target.is_file():
            raise MapFileError(f"{what} {ref!r} does not exist")
        return target.resolve()


def _relative(path: Path, folder: Path) -> Path | None:
    """``path`` relative to ``folder`` without following links ('..' folded), if inside it."""
    import os

    joined = Path(os.path.normpath(path))
    try:
        return joined.relative_to(os.path.normpath(folder))
    except ValueError:
        return None


def _read_xml(path: Path, limit: int, what: str) -> ElementTree.Element:
    try:
        if path.stat().st_size > limit:
            raise MapFileError(f"{what} is larger than {limit // 1_000_000} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise MapFileError(f"cannot read {what}: {exc.strerror or exc}") from None
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise MapFileError(f"{what} has a DOCTYPE or ENTITY declaration (Tiled never writes one)")
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise MapFileError(f"{what} is not valid XML: {exc}") from None


def _int(node: ElementTree.Element, name: str, lo: int, hi: int, default: int | None = None) -> int:
    raw = node.get(name)
    if raw is None:
        if default is None:
            raise MapFileError(f"<{node.tag}> needs `{name}`")
        return default
    try:
        value = int(raw)
    except ValueError:
        raise MapFileError(
            f"<{node.tag}> `{name}` must be a whole number, not {raw[:20]!r}"
        ) from None
    if not lo <= value <= hi:
        raise MapFileError(f"<{node.tag}> `{name}` {value} is out of range ({lo} to {hi})")
    return value


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header (no decoding); MapFileError if it is no PNG."""
    try:
        with path.open("rb") as f:
            head = f.read(24)
    except OSError as exc:
        raise MapFileError(f"cannot read image {path.name}: {exc.strerror or exc}") from None
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise MapFileError(f"image {path.name} is not a PNG file (maps use PNG images)")
    return struct.unpack(">II", head[16:24])


def vet_map(path: Path, box: Sandbox) -> Vetted:
    """Check a .tmx and everything it names; MapFileError says what is wrong."""
    if not any(inside(path, root) for root in box.allowed):
        raise MapFileError("the map file is a link to outside the mod and the game's folders")
    root = _read_xml(path, MAX_TMX_BYTES, "the map")
    if root.tag != "map":
        raise MapFileError(f"not a Tiled map (the top element is <{root.tag}>, not <map>)")
    width = _int(root, "width", 1, MAX_MAP_SIDE)
    height = _int(root, "height", 1, MAX_MAP_SIDE)
    _int(root, "tilewidth", 1, MAX_TILE_SIDE)
    _int(root, "tileheight", 1, MAX_TILE_SIDE)
    vetted = Vetted(root)
    images: dict[Path, int] = {}
    for node in root.iter("tileset"):
        _int(node, "firstgid", 1, MAX_GID)
        source = node.get("source")
        if source is not None:
            tsx = box.resolve(path.parent, source, "tileset")
            if tsx.suffix.lower() != ".tsx":
                raise MapFileError(f"tileset {source!r} is not a .tsx file")
            tileset = _read_xml(tsx, MAX_TSX_BYTES, f"tileset {source!r}")
            if tileset.tag != "tileset":
                raise MapFileError(f"tileset {source!r} is not a Tiled tileset")
            _vet_tileset(tileset, tsx.parent, box, images)
            # Read in place of the reference: pytmx then opens only the images checked here.
            firstgid = node.get("firstgid", "1")
            node.attrib.clear()
            node.attrib.update({**tileset.attrib, "firstgid": firstgid})
            node[:] = list(tileset)
        else:
            _vet_tileset(node, path.parent, box, images)
    for node in root.iter("imagelayer"):
        image = node.find("image")
        if image is None or not image.get("source"):
            raise MapFileError("an image layer without an image")
        _vet_image(image, path.parent, box, images, "image layer image")
    for index, node in enumerate(n for n in root.iter() if n.tag in _LAYERS):
        vetted.layer_order.setdefault(str(node.get("id", "")), index)
        if node.tag == "layer":
            _vet_layer(node, width, height)
    total = sum(images.values())
    if total > MAX_IMAGE_PIXELS:
        raise MapFileError(
            f"its images hold {total:,} pixels in all, more than the {MAX_IMAGE_PIXELS:,} a map may use"
        )
    vetted.images = sorted(images)
    return vetted


_LAYERS = ("layer", "imagelayer", "objectgroup", "group")


def _vet_tileset(
    node: ElementTree.Element, base: Path, box: Sandbox, images: dict[Path, int]
) -> None:
    _int(node, "tilewidth", 1, MAX_TILE_SIDE)
    _int(node, "tileheight", 1, MAX_TILE_SIDE)
    _int(node, "tilecount", 0, MAX_TILES, default=0)
    _int(node, "spacing", 0, MAX_TILE_SIDE, default=0)
    _int(node, "margin", 0, MAX_TILE_SIDE, default=0)
    for image in node.iter("image"):
        _vet_image(image, base, box, images, "tileset image")


def _vet_image(
    image: ElementTree.Element, base: Path, box: Sandbox, images: dict[Path, int], what: str
) -> None:
    ref = image.get("source", "")
    target = box.resolve(base, ref, what)
    w, h = png_size(target)
    if not (0 < w <= MAX_IMAGE_SIDE and 0 < h <= MAX_IMAGE_SIDE):
        raise MapFileError(f"{what} {ref!r} is {w}x{h}; at most {MAX_IMAGE_SIDE} a side")
    for name in ("width", "height"):  # pytmx walks the declared size, so it must be sane too
        _int(image, name, 0, MAX_IMAGE_SIDE, default=0)
    images[target] = w * h
    image.set("source", str(target))


def _vet_layer(node: ElementTree.Element, width: int, height: int) -> None:
    _int(node, "width", 1, MAX_MAP_SIDE)
    _int(node, "height", 1, MAX_MAP_SIDE)
    data = node.find("data")
    if data is None:
        raise MapFileError(f"layer {node.get('name', '')!r} has no <data>")
    if data.find("chunk") is not None:
        raise MapFileError("infinite maps are not supported; make the map finite in Tiled")
    compression = data.get("compression")
    if data.get("encoding") != "base64" or compression is None:
        return
    if compression not in ("zlib", "gzip"):
        raise MapFileError(f"layer data compressed with {compression}; use CSV, zlib or gzip")
    try:
        raw = base64.b64decode((data.text or "").strip())
    except (binascii.Error, ValueError):
        raise MapFileError("layer data is not valid base64") from None
    limit = width * height * 4
    inflater = zlib.decompressobj(zlib.MAX_WBITS | (16 if compression == "gzip" else 0))
    try:
        out = inflater.decompress(raw, limit + 1)
    except zlib.error as exc:
        raise MapFileError(f"layer data cannot be decompressed: {exc}") from None
    if len(out) > limit or inflater.unconsumed_tail:
        raise MapFileError("layer data holds more tiles than the map has")
