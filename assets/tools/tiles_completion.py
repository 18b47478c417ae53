"""Chapter 3's tilesets, procedural part: `coast` (outside: the road between the centres,
Thornmere's green, the beach and its boat, the car) and `centre` (inside: Halbury's corridor and
ward, Room 12, Tommy's room at Thornmere).

Each set begins with the set it grows from, whole and under the same names, so a layout written
for `fields` or `hospital` reads the same with `coast` or `centre`: `coast` is Chapter 4's
`fields` (procedural and hand tiles), `centre` is the prologue's `hospital`. Then come this
chapter's own textures (here) and things (tiles_completion_props.py outside,
tiles_completion_rooms.py inside); the hand blocks are in
assets/src/tiles/coast.txt and centre.txt. Registered in tilesets.PROCEDURAL at the end of
tilesets.py.
"""

from __future__ import annotations

import math
import random

import tilegen as tg
import tiles_completion_props as props
import tiles_completion_rooms as rooms
from artlib import SRC, TILE, Block, Grid, blank, parse_blocks, to_grid
from tiles_deferral import fields_procedural


def _tile(name: str, grid: Grid, solid: bool = False, above: bool = False):
    from tilesets import Tile

    return Tile(name, grid, solid, above)


def _autotile(prefix: str, make, solid: bool = False) -> list:
    return [_tile(f"{prefix}_{m}", make(m), solid) for m in range(16)]


def _grow_from(procedural: list, hand_file: str) -> list:
    """A parent set entire: its procedural tiles, then its hand blocks cut the same way."""
    from tilesets import hand_tiles

    known = {t.name: t.grid for t in procedural}
    return procedural + hand_tiles(parse_blocks(SRC / "tiles" / hand_file), known)


# -- coast: outside -------------------------------------------------------------------------------
def coast_procedural() -> list:
    rng = random.Random(1994)
    tiles = _grow_from(fields_procedural(), "fields.txt")
    sand = [_dry_sand(rng, i) for i in range(4)]
    wet = [_wet_sand(rng, i) for i in range(4)]
    tiles += [_tile(f"sand_{i}", g) for i, g in enumerate(sand)]
    tiles += [_tile(f"wetsand_{i}", g) for i, g in enumerate(wet)]
    tiles += [_tile(f"marram_{i}", _marram(rng, sand[i], 4 + 3 * i)) for i in range(3)]
    clear = ["." * TILE] * TILE  # tufts alone, to stand on dunes and the grass (walkable)
    tiles += [_tile(f"tuft_{i}", _marram(rng, clear, 3 + 2 * i)) for i in range(3)]
    tiles.append(_tile("driftwood", _driftwood()))
    ragged = [tg.wave(rng, 1, 4) for _ in range(4)]
    # the wet strand over the dry: deeply ragged and rounded, a dark line where the water stopped
    deep = [_scallop(i, 1, 5) for i in range(4)]
    # (`wet_15`, wet all round, is left clear: a layout puts `wetsand~` under it, so the open strand
    # varies tile by tile; the other fifteen pieces sit on dry sand)
    tiles += _autotile(
        "wet",
        lambda m: tg.blob(m, wet[m % 4], None, "V", deep, 6) if m < 15 else ["." * TILE] * TILE,
    )
    # sand blown over the edge of the grass (`sandy_15` clear: the sand's own ground shows)
    tiles += _autotile(
        "sandy",
        lambda m: tg.blob(m, sand[m % 4], None, "t", ragged, 4) if m < 15 else ["." * TILE] * TILE,
    )
    # dunes: pale humps with grass on them and their shaded south slope
    crest = [list(r) for r in _dry_sand(rng, 3)]  # the dune's back: lit at the top, shaded below
    dots = random.Random(12)
    for _ in range(40):  # a little paler than the flat sand round it
        crest[dots.randrange(TILE)][dots.randrange(TILE)] = "6"
    crest = to_grid(crest)
    hump = [_scallop(i + 2, 2, 6) for i in range(4)]
    tiles += _autotile(
        "dune", lambda m: _lit(tg.blob(m, crest, None, "s", hump, 6, face=("t", 6)), m)
    )
    # water pooled on the sand round the boat, the sky in it
    pool = _pool(rng)
    tiles += _autotile("pool", lambda m: tg.blob(m, pool, None, "V", deep, 5))
    tiles += [_tile(f"foam_{i}", _foam(rng, wet[i]), True) for i in range(2)]
    tiles += [_tile(f"shallows_{i}", _shallows(rng), True) for i in range(2)]
    tiles += [_tile(f"wrack_{i}", _wrack(rng, i)) for i in range(3)]
    tiles += [_tile(f"road_wet_{i}", _puddled(rng, i)) for i in range(2)]
    tiles += props.coast_props()
    tiles += _in_brick(tiles)
    tiles += [_tile(f"steps_sand_{i}", _footprints(i)) for i in range(2)]  # (last: ids stay put)
    tiles += [_tile(f"sea_haze_{i}", _haze(random.Random(80 + i), i), True) for i in range(3)]
    tiles += [_tile(f"gull_{i}", _gull(i)) for i in range(2)]
    tiles.append(_tile("wires", _wires(), above=True))
    return tiles


def _wires() -> Grid:
    """The telegraph wires between two poles, sagging a little (drawn over whatever passes)."""
    c = blank(TILE, TILE)
    for x in range(TILE):
        sag = round(1.5 * math.sin(math.pi * x / (TILE - 1)))
        c[3 + sag][x] = "1"
        c[6 + sag][x] = "2"
    return to_grid(c)


def _gull(facing: int) -> Grid:
    """A gull standing on the wet sand, side on (walkable: they get up and go when you come)."""
    rows = [
        "................",
        "................",
        "................",
        "................",
        "................",
        "......66........",
        ".....6066.......",
        "....oo6666......",
        ".......66666644.",
        "......6666644410",
        "......66666440..",
        ".......5555.....",
        "........o..o....",
        "........o..o....",
        ".......VVVVVV...",
        "................",
    ]
    return [r[::-1] for r in rows] if facing else rows


def _haze(rng: random.Random, level: int) -> Grid:
    """The sea going off into the sky: each level a tile-high ordered dither from one grey to the
    next paler one (water, sea-foam, overcast, frost), until the horizon is only mist."""
    water, mist = ("W", "X", "L", "9")[level : level + 2]
    bayer = (0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5)
    c = blank(TILE, TILE, water)
    for y in range(TILE):
        for x in range(TILE):
            if bayer[(y % 4) * 4 + x % 4] < (y + 0.5) / TILE * 16:
                c[y][x] = mist
    for _ in range(3 - level):  # a last crest or two, fading
        x, y = rng.randrange(TILE), rng.randrange(TILE)
        for dx in range(rng.randrange(3, 6)):
            c[y][(x + dx) % TILE] = "5" if level else "X"
    return to_grid(c)


def _footprints(variant: int) -> Grid:
    """Where people have walked down to the boat before: a trodden line of prints (walkable)."""
    c = blank(TILE, TILE)
    for i, y in enumerate(range(variant * 2, TILE - 2, 4)):
        x = 5 + (i % 2) * 4 + variant
        for dx, dy, ink in (
            (0, 0, "S"),
            (1, 0, "S"),
            (0, 1, "V"),
            (1, 1, "u"),
            (0, 2, "S"),
            (1, 2, "S"),
        ):
            c[y + dy][x + dx] = ink
    return to_grid(c)


def _in_brick(tiles: list) -> list:
    """Thornmere is low brick buildings: the sea front's window and green door, set in brick."""
    from tilesets import hand_tiles

    src = {b.name: b for b in parse_blocks(SRC / "tiles" / "fields.txt")}
    green = str.maketrans({"k": "h", "K": "g"})
    made = [
        Block("window_brick", src["window_house"].rows, 1, 2, {"base": "wall_0/wall_1"}),
        Block("door_brick", [r.translate(green) for r in src["door_house"].rows], 1, 2,
              {"base": "wall_0/wall_1"}),
    ]  # fmt: skip
    return hand_tiles(made, {t.name: t.grid for t in tiles})


def _lit(grid: Grid, mask: int) -> Grid:
    """A dune's windward crest: the two rows along an open north edge catch the light."""
    if mask & 1:
        return grid
    out = [list(r) for r in grid]
    for x in range(TILE):
        top = next((y for y in range(TILE) if grid[y][x] != "."), None)
        if top is not None:
            for y in range(top, min(TILE, top + 3)):
                if out[y][x] not in ".t":
                    out[y][x] = "6"
    return to_grid(out)


def _scallop(phase: int, lo: int, hi: int) -> list[int]:
    """A smooth edge profile, shallow at both ends (so tiles meet) and bellying out between: the
    soft line wet sand leaves on dry."""
    return [
        round(
            lo
            + (hi - lo)
            * math.sin(math.pi * x / (TILE - 1)) ** 2
            * (0.65 + 0.35 * math.sin(x * 0.7 + phase * 1.9))
        )
        for x in range(TILE)
    ]


def _dry_sand(rng: random.Random, variant: int, light: bool = False) -> Grid:
    """Dry sand above the tide: pale, wind ripples in short broken arcs, a few grains of shell."""
    base, ripple = ("6", "s") if light else ("s", "S")
    c = blank(TILE, TILE, base)
    for y in range(TILE):
        if (y + variant * 2) % 5 == 0:
            x = rng.randrange(TILE)
            for dx in range(rng.randrange(5, 12)):
                c[(y + (1 if (dx + x) % 7 > 4 else 0)) % TILE][(x + dx) % TILE] = ripple
    for ink, count in (("t", 10), ("6" if not light else "s", 8), ("S", 3)):
        for _ in range(count):
            c[rng.randrange(TILE)][rng.randrange(TILE)] = ink
    return to_grid(c)


def _wet_sand(rng: random.Random, variant: int) -> Grid:
    """Wet sand at low tide: darker, broken ripples, and now and then the pale sky lying on it."""
    c = blank(TILE, TILE, "I")
    phase = rng.uniform(0, 6.3)
    for y0 in range(variant % 4, TILE + 4, 4):  # ripples: low waves, broken here and there
        for x in range(TILE):
            if rng.random() < 0.8:
                y = y0 + round(1.1 * math.sin(x / 2.2 + phase + y0))
                c[y % TILE][x] = "V"
    if variant % 2 == 0:  # sheen: a long soft streak of sky
        x, y, n = rng.randrange(TILE), rng.randrange(1, TILE, 4), rng.randrange(6, 12)
        for dx in range(n):
            c[y][(x + dx) % TILE] = "9" if 1 < dx < n - 2 else "5"
    for _ in range(5):
        c[rng.randrange(TILE)][rng.randrange(TILE)] = rng.choice("SVt")
    return to_grid(c)


def _marram(rng: random.Random, ground: Grid, clumps: int) -> Grid:
    """Marram grass on sand: stiff pale blades in clumps, leaning the same way in the wind."""
    c = [list(r) for r in ground]
    for _ in range(clumps):
        x0, y0 = rng.randrange(1, TILE - 1), rng.randrange(5, TILE)
        c[y0][x0] = "S"
        for blade in range(rng.randrange(3, 6)):
            x = x0 + blade - 2
            ink = rng.choice("77YZH")
            for dy in range(rng.randrange(3, 7)):
                xx, yy = (x + dy // 3) % TILE, y0 - dy
                if 0 <= yy < TILE:
                    c[yy][xx] = ink if dy else "Z"
    return to_grid(c)


def _driftwood() -> Grid:
    """A branch the sea brought in, bleached grey, half buried (walkable)."""
    c = blank(TILE, TILE)
    for x in range(1, 15):
        y = 9 + (x > 9) - (x < 4)
        c[y][x] = "5"
        c[y + 1][x] = "4"
        c[y + 2][x] = "V" if x % 3 else "."
    c[7][11], c[6][12], c[8][3] = "4", "5", "4"
    return to_grid(c)


def _pool(rng: random.Random) -> Grid:
    """Still water a few inches deep: the grey-blue of the sky in it, a ripple, a bright glint."""
    c = blank(TILE, TILE, "L")
    for y in range(TILE):
        for x in range(TILE):
            if (x + 2 * y) % 13 == 0 or (y % 6 == 3 and x % 5 < 3):
                c[y][x] = "X"
            elif (x * 3 + y) % 17 == 0:
                c[y][x] = "9"
    for _ in range(3):
        c[rng.randrange(TILE)][rng.randrange(TILE)] = "D"
    return to_grid(c)


def _foam(rng: random.Random, wet: Grid) -> Grid:
    """The edge of the sea: a thin sheet of water over the wet sand, then lace of foam, then grey."""
    edge = tg.wave(rng, 5, 9)
    rows = []
    for y in range(TILE):
        row = ""
        for x in range(TILE):
            if y < edge[x] - 3:
                row += wet[y][x] if (x + y) % 5 else "9"
            elif y < edge[x]:
                row += "9" if (x * 7 + y) % 4 else "X"
            elif y <= edge[x] + 1:
                row += "D" if (x + y) % 3 else "6"
            else:
                row += "X" if (x * 3 + y * 5) % 7 == 0 else ("L" if (x + y * 3) % 9 == 0 else "W")
        rows.append(row)
    return rows


def _shallows(rng: random.Random) -> Grid:
    """Just past the foam: grey water with lines of broken white running along the shore."""
    c = blank(TILE, TILE, "W")
    for _ in range(4):
        x, y, n = rng.randrange(TILE), rng.randrange(TILE), rng.randrange(4, 9)
        for dx in range(n):
            c[y][(x + dx) % TILE] = "6" if dx % 3 else "X"
    for _ in range(8):
        c[rng.randrange(TILE)][rng.randrange(TILE)] = "X"
    return to_grid(c)


def _wrack(rng: random.Random, variant: int) -> Grid:
    """The tide line: dried weed, a shell, a stick of bleached wood (walkable, over sand)."""
    c = blank(TILE, TILE)
    y0 = 6 + variant * 2
    for x in range(TILE):
        if rng.random() < 0.55:
            c[y0 + (x % 3 == 0)][x] = rng.choice("uubh")
    if variant == 1:
        for x in range(3, 12):
            c[y0 - 2][x] = "5" if x % 4 else "4"
    c[y0 + 3][rng.randrange(2, 14)] = "6"
    c[y0 - 3][rng.randrange(2, 14)] = "6"
    return to_grid(c)


def _puddled(rng: random.Random, variant: int) -> Grid:
    """Tarmac after rain: a long puddle with the grey sky in it."""
    c = [list(r) for r in tg.speckle(rng, "2", [("1", 30), ("3", 14)])]
    cx, cy = 5 + variant * 5, 6 + variant * 3
    for y in range(TILE):
        for x in range(TILE):
            if ((x - cx) / 5.5) ** 2 + ((y - cy) / 2.2) ** 2 <= 1:
                c[y][x] = "L" if (x + y) % 5 else "5"
    return to_grid(c)


# -- centre: inside -------------------------------------------------------------------------------
def centre_procedural() -> list:
    from tilesets import hospital_procedural

    rng = random.Random(1994)
    tiles = _grow_from(hospital_procedural(), "hospital.txt")
    # Thornmere is older than Halbury: cream paint over a brown dado, a speckled brown lino
    tiles.append(
        _tile("tm_wall_upper", ["BBBBBBBBBBBBBBBB", "nnnnnnnnnnnnnnnn"] + ["s" * 16] * 14, True)
    )
    tiles.append(
        _tile(
            "tm_wall_lower",
            ["6" * 16, "S" * 16, "n" * 16] + ["B" * 16] * 10 + ["b" * 16, "1" * 16, "0" * 16],
            True,
        )
    )
    tiles += [_tile(f"tm_floor_{i}", tg.speckle(rng, "T", [("S", 14), ("u", 8), ("t", 6)]))
              for i in range(2)]  # fmt: skip
    # a worn rug of his own on Thornmere's floor: brown with an ochre border
    weave = [("BBBnBBBB" * 2) if y % 4 == 1 else ("BnBBBnBB" * 2 if y % 4 == 3 else "B" * 16)
             for y in range(TILE)]  # fmt: skip
    flat = [[1] * TILE for _ in range(4)]
    tiles += _autotile("rug", lambda m: tg.blob(m, weave, None, "b", flat, 1, band=("o", 2)))
    tiles += rooms.centre_props({t.name: t.grid for t in tiles})
    from tilesets import hand_tiles

    bed = next(b for b in parse_blocks(SRC / "tiles" / "hospital.txt") if b.name == "bed")
    oatmeal = str.maketrans({"L": "n", "l": "B"})  # Tommy's bed: a blanket of his own
    tiles += hand_tiles([Block("tm_bed", [r.translate(oatmeal) for r in bed.rows], 1, 2, {})], {})
    tiles += props.cut("wheelchair", rooms.wheelchair(), "#")  # (added last: ids above stay put)
    return tiles
