"""Build the tilesets (`outdoor`, `indoor`, `hospital`): procedural tiles first, then hand blocks.

Hand blocks live in assets/src/tiles/<set>.txt (see artlib for the format). Header options:
  WxH           size in tiles; the grid is cut into sub-tiles named `name/x,y` (x,y in tiles)
  mask=..       one char per sub-tile, rows split by '/': '#' solid, '^' drawn above actors,
                '&' both (a sofa's back: it hides the legs of whoever sits there, and blocks),
                '.' walkable. Default: every sub-tile solid.
  base=a/b      transparent pixels are filled from tile a (first tile row), b (second)...
  glow=kind     the thing gives light in a dim place (lamp, window, pane, fire, screen, beam; see
                game/render/light.py): a `glow` property on its top-left tile
  from=x swap=ab,cd   no rows of its own: copy block x, replacing key a by b, c by d...
                (recoloured variants, e.g. beds with blankets in different colours)
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

import tilegen as tg
from artlib import ROOT, SRC, TILE, ArtError, Block, Grid, crop, parse_blocks

COLUMNS = 16


@dataclass
class Tile:
    name: str
    grid: Grid
    solid: bool = False
    above: bool = False  # hint for the map builder: goes on an `above` layer
    feet: tuple[int, int, int, int] | None = None  # a solid prop's collider (x, y, w, h px)
    glow: str = ""  # a light it gives in a dim place: "kind,cols,rows" on a thing's top-left tile


GLOWS = ("lamp", "window", "pane", "fire", "screen", "beam")  # see game/render/light.py


FEET_MIN_H = 6  # a free-standing prop blocks at least this many rows at the bottom of its drawing


def feet_of(grid: Grid, bottom: bool) -> tuple[int, int, int, int] | None:
    """Where a solid prop tile blocks: round its drawn feet, not the whole tile.

    ``grid`` is the tile before any base fill ('.' is see-through). A tile drawn edge to edge
    (a wall, a roof) blocks whole (None). The bottom tile of a free-standing thing (a lamp, a
    shrub, a bench, the birdbath) blocks only the lower part of its drawing, so Kathy can stand
    close behind and beside it the way it looks; a tile with more of the thing below it blocks from
    its drawing's top down to the tile's foot.
    """
    rows = [y for y, row in enumerate(grid) if row.strip(".")]
    cols = [x for x in range(TILE) if any(row[x] != "." for row in grid)]
    if not rows:
        return None
    x0, x1, y0, y1 = cols[0], cols[-1] + 1, rows[0], rows[-1] + 1
    runs_on = bool(grid[0].strip(".")) and bool(grid[-1].strip("."))  # a fence, tile after tile
    if bottom and not runs_on:
        y0 = max(y0, y1 - max(FEET_MIN_H, (y1 - y0) // 2))
    else:
        y1 = TILE
    if (x0, y0, x1, y1) == (0, 0, TILE, TILE):
        return None
    return x0, y0, x1 - x0, y1 - y0


def _autotile(prefix: str, make: tg.Callable[[int], Grid], solid: bool) -> list[Tile]:
    return [Tile(f"{prefix}_{m}", make(m), solid) for m in range(16)]


def _cut(name: str, grid: Grid, mask: str) -> list[Tile]:
    """Slice a multi-tile grid into `name/x,y` tiles using a '#', '^', '.' mask."""
    out = []
    rows = mask.split("/")
    for ty, mrow in enumerate(rows):
        for tx, cell in enumerate(mrow):
            sub = crop(grid, tx * TILE, ty * TILE, TILE, TILE)
            label = name if len(mask) == 1 else f"{name}/{tx},{ty}"
            solid = cell in "#&"
            feet = feet_of(sub, _bottom(rows, tx, ty)) if solid else None
            out.append(Tile(label, sub, solid=solid, above=cell in "^&", feet=feet))
    return out


def _bottom(mask: list[str], tx: int, ty: int) -> bool:
    """Whether no solid part of the same thing lies below this tile."""
    return ty + 1 >= len(mask) or mask[ty + 1][tx] not in "#&"


def outdoor_procedural() -> list[Tile]:
    rng = random.Random(1978)
    grass = [tg.grass(rng) for _ in range(4)]
    tiles = [Tile(f"grass_{i}", g) for i, g in enumerate(grass)]
    tiles.append(Tile("grass_daisies", tg.flowers(rng, grass[1], "66i", 6)))
    tiles.append(Tile("grass_clover", tg.flowers(rng, grass[2], "ML", 4)))
    gravel = tg.speckle(rng, "T", [("t", 34), ("u", 22), ("S", 12)])
    tiles.append(Tile("gravel", gravel))
    edges = [tg.wave(rng, 1, 3) for _ in range(4)]
    tiles += _autotile("path", lambda m: tg.blob(m, gravel, grass[m % 4], "u", edges), False)
    tiles.append(Tile("field_a", tg.grass(rng, "G", "H", "g")))
    tiles.append(Tile("field_b", tg.grass(rng, "g", "G", "h")))
    tiles += [Tile(f"fline_{m}", tg.line_overlay(m)) for m in range(1, 16)]
    tiles += [Tile(f"fcircle/{i % 3},{i // 3}", g) for i, g in enumerate(tg.circle_overlay())]

    leaves = tg.grass(rng, "g", "G", "h")
    flat = [[1] * TILE for _ in range(4)]
    tiles += _autotile(
        "hedge", lambda m: tg.blob(m, leaves, None, "v", flat, 3, face=("h", 5)), True
    )
    murk = tg.speckle(rng, "v", [("h", 46), ("0", 30), ("g", 5), ("b", 6)])
    ragged = [tg.wave(rng, 1, 5) for _ in range(4)]
    tiles += _autotile("woods", lambda m: tg.blob(m, murk, None, "0", ragged, 4, ("v", 3)), True)
    soil = tg.flowers(rng, tg.speckle(rng, "u", [("b", 30), ("h", 20)]), "FFiM6", 26)
    tiles += _autotile("bed", lambda m: tg.blob(m, soil, None, "S", [[1] * TILE] * 4, 2), True)

    for name, cols, rows, inks, mask, trunk in (
        ("oak", 3, 3, "vhgGH", "^^^/^^^/^#^", 12),
        ("beech", 2, 2, "vhgGH", "^^/##", 9),
        ("yew", 1, 2, "vvhgG", "^/#", 6),
        ("bush", 1, 1, "vhgGH", "#", 0),
        ("dark_tree", 2, 3, "0vvhg", "^^/^^/##", 12),
    ):
        tiles += _cut(name, tg.tree(rng, cols, rows, inks, trunk), mask)

    walls = [tg.brick(rng) for _ in range(2)]
    tiles += [Tile(f"wall_{i}", w, True) for i, w in enumerate(walls)]
    tiles.append(
        Tile(
            "wall_plinth", walls[0][:11] + ["SSSSSSSSSSSSSSSS"] + ["s" * 16] * 3 + ["S" * 16], True
        )
    )
    # stone quoins: alternating long/short blocks up the building's corners
    widths = [6 if (y // 4) % 2 else 4 for y in range(TILE)]
    quoin = ["S" * (wd - 1) if y % 4 == 3 else "s" * (wd - 1) for y, wd in enumerate(widths)]
    tiles.append(
        Tile(
            "wall_quoin_l",
            [q + "S" + w[len(q) + 1 :] for q, w in zip(quoin, walls[1], strict=True)],
            True,
        )
    )
    tiles.append(
        Tile(
            "wall_quoin_r",
            [w[: TILE - len(q) - 1] + "S" + q for q, w in zip(quoin, walls[1], strict=True)],
            True,
        )
    )
    roof = tg.slate(rng)
    ridge = ["SSSSSSSSSSSSSSSS", "ssssssssssssssss", "SSSSSSSSSSSSSSSS", "2" * 16, *roof[4:]]
    eave = [*roof[:11], "2" * 16, "6" * 16, "5" * 16, "1" * 16, "0" * 16]
    for label, grid in (("ridge", ridge), ("", roof), ("eave", eave)):
        name = f"roof_{label}" if label else "roof"
        tiles.append(Tile(name, grid, True))
        tiles.append(Tile(f"{name}_l", ["06" + r[2:] if r[2] != "6" else r for r in grid], True))
        tiles.append(Tile(f"{name}_r", [r[:-2] + "60" if r[-3] != "6" else r for r in grid], True))
    return tiles


def indoor_procedural() -> list[Tile]:
    rng = random.Random(1952)
    tiles = [Tile(f"floor_wood_{i}", tg.planks(rng)) for i in range(3)]
    tiles.append(
        Tile(
            "floor_tile",
            [
                ("66663333" * 2 if (y // 8) % 2 == 0 else "33336666" * 2) if y % 8 else "5" * 16
                for y in range(TILE)
            ],
        )
    )
    tiles.append(Tile("floor_stone", tg.speckle(rng, "5", [("4", 30), ("6", 10)])))
    pattern = [
        ("FFFrFFFF" * 2) if y % 4 == 1 else ("FrFFFrFF" * 2 if y % 4 == 3 else "F" * 16)
        for y in range(TILE)
    ]
    flat = [[1] * TILE for _ in range(4)]
    tiles += _autotile(
        "rug", lambda m: tg.blob(m, pattern, None, "b", flat, 1, band=("o", 2)), False
    )
    cap = ["1" * 16] * TILE
    tiles += _autotile("wallcap", lambda m: tg.blob(m, cap, None, "2", [[0] * TILE] * 4, 0), True)
    paper = ["bbbbbbbbbbbbbbbb", "nnnnnnnnnnnnnnnn"] + [
        "".join("S" if x % 4 == 0 else "s" for x in range(TILE)) for _ in range(14)
    ]
    panel = (
        ["nnnnnnnnnnnnnnnn", "bbbbbbbbbbbbbbbb"]
        + ["BbBBBBBbBbBBBBBb" if 2 < y < 10 else "BBBBBBBBBBBBBBBB" for y in range(2, 12)]
        + ["bbbbbbbbbbbbbbbb", "BBBBBBBBBBBBBBBB", "1111111111111111", "0000000000000000"]
    )
    tiles.append(Tile("wall_upper", paper, True))
    tiles.append(Tile("wall_lower", panel, True))
    return tiles


def hospital_procedural() -> list[Tile]:
    """Cold institutional basics, named like `indoor`'s so a map can swap tilesets."""
    rng = random.Random(2006)
    lino = [tg.speckle(rng, "5", [("4", 5), ("6", 5), ("A", 4)]) for _ in range(2)]
    seam = [row[:15] + "6" for row in lino[0][:15]] + ["6" * 16]  # big square sheets
    tiles = [Tile("floor_lino_0", lino[1]), Tile("floor_lino_1", seam)]
    tiles.append(Tile("floor_stone", lino[1]))
    tiles.append(
        Tile(
            "floor_tile",
            [("DDDDDDDA" * 2 if (y // 8) % 2 == 0 else "AAAAAAAD" * 2) for y in range(TILE)],
        )
    )
    cap = ["1" * 16] * TILE
    tiles += _autotile("wallcap", lambda m: tg.blob(m, cap, None, "2", [[0] * TILE] * 4, 0), True)
    upper = ["NNNNNNNNNNNNNNNN", "CCCCCCCCCCCCCCCC"] + ["A" * 16 for _ in range(2, TILE)]
    lower = (
        ["DDDDDDDDDDDDDDDD", "5555555555555555", "NNNNNNNNNNNNNNNN"]
        + ["C" * 16 for _ in range(3, 13)]
        + ["NNNNNNNNNNNNNNNN", "2222222222222222", "1111111111111111"]
    )
    tiles.append(Tile("wall_upper", upper, True))
    tiles.append(Tile("wall_lower", lower, True))
    return tiles


def chapter_two_procedural(name: str) -> list[Tile]:
    """Chapter 2's sets (`cottages`, `town`), generated in tiles_cottages.py."""
    import tiles_cottages

    return [Tile(n, g, solid, above) for n, g, solid, above in tiles_cottages.procedural(name)]


PROCEDURAL = {
    "outdoor": outdoor_procedural,
    "indoor": indoor_procedural,
    "hospital": hospital_procedural,
    "cottages": lambda: chapter_two_procedural("cottages"),
    "town": lambda: chapter_two_procedural("town"),
}


def _recolour(block: Block, done: dict[str, Block]) -> None:
    """Fill a `from=x swap=ab,cd` block with block x's rows, swapping palette keys."""
    src = done.get(block.opts["from"])
    if src is None or block.rows:
        raise ArtError(f"{block.where}: from= needs an earlier block and no rows of its own")
    table = str.maketrans({p[0]: p[1] for p in block.opts.get("swap", "").split(",") if p})
    block.rows = [row.translate(table) for row in src.rows]
    block.cols, block.high = src.cols, src.high
    for key in ("mask", "base"):
        if key in src.opts:
            block.opts.setdefault(key, src.opts[key])


def hand_tiles(blocks: list[Block], known: dict[str, Grid]) -> list[Tile]:
    """Cut hand-drawn blocks into tiles, filling transparent pixels from `base` tiles."""
    tiles: list[Tile] = []
    done: dict[str, Block] = {}
    for block in blocks:
        if "from" in block.opts:
            _recolour(block, done)
        done[block.name] = block
        if len(block.rows) != block.high * TILE or block.width != block.cols * TILE:
            raise ArtError(
                f"{block.where}: {block.name} must be {block.cols * TILE}x"
                f"{block.high * TILE}, got {block.width}x{len(block.rows)}"
            )
        mask = block.opts.get("mask", "/".join(["#" * block.cols] * block.high)).split("/")
        bases = block.opts.get("base", "").split("/") if "base" in block.opts else []
        if len(mask) != block.high or any(len(m) != block.cols for m in mask):
            raise ArtError(f"{block.where}: mask must be {block.high} rows of {block.cols}")
        for ty in range(block.high):
            base_name = bases[min(ty, len(bases) - 1)] if bases else ""
            if base_name and base_name not in known:
                raise ArtError(f"{block.where}: unknown base tile {base_name!r}")
            for tx in range(block.cols):
                grid = crop(block.rows, tx * TILE, ty * TILE, TILE, TILE)
                cell = mask[ty][tx]
                # a thing on a wall (base-filled) blocks whole; a free-standing one at its feet
                feet = None
                if cell in "#&" and not base_name:
                    feet = feet_of(grid, _bottom(mask, tx, ty))
                if base_name:
                    grid = [
                        "".join(b if c == "." else c for c, b in zip(row, brow, strict=True))
                        for row, brow in zip(grid, known[base_name], strict=True)
                    ]
                single = block.cols == block.high == 1
                name = block.name if single else f"{block.name}/{tx},{ty}"
                glow = ""
                if "glow" in block.opts and tx == ty == 0:
                    if block.opts["glow"] not in GLOWS:
                        raise ArtError(f"{block.where}: glow= must be one of {', '.join(GLOWS)}")
                    glow = f"{block.opts['glow']},{block.cols},{block.high}"
                tiles.append(
                    Tile(name, grid, solid=cell in "#&", above=cell in "^&", feet=feet, glow=glow)
                )
                known[name] = grid
    return tiles


def build_tileset(name: str) -> list[Tile]:
    """All tiles of a set in id order (tile id = index)."""
    tiles = PROCEDURAL[name]()
    known = {t.name: t.grid for t in tiles}
    tiles += hand_tiles(parse_blocks(SRC / "tiles" / f"{name}.txt"), known)
    names = [t.name for t in tiles]
    if len(set(names)) != len(names):
        raise ArtError(f"{name}: duplicate tile names")
    return tiles


def sheet_grid(tiles: list[Tile]) -> Grid:
    """Lay tiles out COLUMNS wide, row-major, padding the last row with transparency."""
    rows = (len(tiles) + COLUMNS - 1) // COLUMNS
    out: Grid = []
    for r in range(rows):
        chunk = tiles[r * COLUMNS : (r + 1) * COLUMNS]
        for y in range(TILE):
            out.append("".join(t.grid[y] for t in chunk).ljust(COLUMNS * TILE, "."))
    return out


def tsx_text(name: str, tiles: list[Tile]) -> str:
    """Tiled 1.8 external tileset; every tile carries `name`, blocking ones `solid`=true."""
    rows = (len(tiles) + COLUMNS - 1) // COLUMNS
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<tileset version="1.8" tiledversion="1.8.2" name="{name}" tilewidth="{TILE}" '
        f'tileheight="{TILE}" tilecount="{len(tiles)}" columns="{COLUMNS}">',
        f' <image source="../../assets/tiles/{name}.png" width="{COLUMNS * TILE}" '
        f'height="{rows * TILE}"/>',
    ]
    for i, t in enumerate(tiles):
        lines += [
            f' <tile id="{i}">',
            "  <properties>",
            f'   <property name="name" value={quoteattr(t.name)}/>',
        ]
        if t.solid:
            lines.append('   <property name="solid" type="bool" value="true"/>')
            if t.feet:
                lines.append(f'   <property name="feet" value="{",".join(map(str, t.feet))}"/>')
        if t.glow:
            lines.append(f'   <property name="glow" value="{t.glow}"/>')
        lines += ["  </properties>", " </tile>"]
    lines.append("</tileset>")
    return "\n".join(lines) + "\n"


TSX_DIR = ROOT / "maps" / "tilesets"

# Chapter 4 (deferral): Madame's house inside, and the fields, the sea front and the fence outside.
from tiles_deferral import fields_procedural, madame_procedural  # noqa: E402

PROCEDURAL.update(madame=madame_procedural, fields=fields_procedural)

# Chapter 3 (completion): the coast and the roads (grown from `fields`), the centres (from `hospital`).
from tiles_completion import centre_procedural, coast_procedural  # noqa: E402

PROCEDURAL.update(coast=coast_procedural, centre=centre_procedural)
