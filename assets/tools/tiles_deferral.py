"""Chapter 4's tilesets, procedural part: `madame` (Madame's house inside) and `fields` (outside:
the sea front, the night road, the flat field and its fence).

Hand blocks live in assets/src/tiles/madame.txt and fields.txt; these are the textures and
autotiles under them, and the small things caught in the fence's wire (one `keepsake_<look>`
tile per look a memory may have, each with a second frame `keepsake_<look>_1` where the wind
has moved it). Registered in tilesets.PROCEDURAL at the end of tilesets.py.
"""

from __future__ import annotations

import random

import tilegen as tg
from artlib import TILE, Grid, blank, to_grid

# The looks a memory's `fence_look` may name (dialogue/memories.yaml); `tape` is the cassette's.
KEEPSAKE_LOOKS = ("paper", "cloth", "card", "wool", "plastic", "string", "photo", "tin", "tape")


def _tile(name: str, grid: Grid, solid: bool = False, above: bool = False):
    from tilesets import Tile

    return Tile(name, grid, solid, above)


def _autotile(prefix: str, make, solid: bool) -> list:
    return [_tile(f"{prefix}_{m}", make(m), solid) for m in range(16)]


def _rows(rows: list[str]) -> Grid:
    assert len(rows) == TILE and all(len(r) == TILE for r in rows), rows
    return rows


# -- madame: inside the house ---------------------------------------------------------------------
def madame_procedural() -> list:
    rng = random.Random(1996)
    tiles = [_tile(f"floor_wood_{i}", _darken(tg.planks(rng))) for i in range(3)]
    tiles.append(
        _tile(
            "floor_hall",  # a Victorian hall: terracotta and dark quarry tiles, worn pale at the grout
            [
                "S" * TILE
                if y % 8 == 7
                else "".join(
                    "S" if x % 8 == 7 else ("r" if (x // 8 + y // 8) % 2 else "2")
                    for x in range(TILE)
                )
                for y in range(TILE)
            ],
        )
    )
    pattern = [
        ("aaaKaaaa" * 2) if y % 4 == 1 else ("aKaaaKaa" * 2 if y % 4 == 3 else "a" * 16)
        for y in range(TILE)
    ]
    flat = [[1] * TILE for _ in range(4)]
    tiles += _autotile(
        "rug", lambda m: tg.blob(m, pattern, None, "k", flat, 1, band=("o", 2)), False
    )
    cap = ["1" * 16] * TILE
    tiles += _autotile("wallcap", lambda m: tg.blob(m, cap, None, "2", [[0] * TILE] * 4, 0), True)
    paper = ["bbbbbbbbbbbbbbbb", "nnnnnnnnnnnnnnnn"] + [
        "".join(
            "C" if x % 8 == 2 else ("H" if (x % 8 == 6 and (y + x // 8 * 3) % 5 == 0) else "A")
            for x in range(TILE)
        )
        for y in range(14)
    ]
    panel = (
        ["nnnnnnnnnnnnnnnn", "bbbbbbbbbbbbbbbb"]
        + ["NCCCCCCNNCCCCCCN" if 2 < y < 10 else "NNNNNNNNNNNNNNNN" for y in range(2, 12)]
        + ["NNNNNNNNNNNNNNNN", "CCCCCCCCCCCCCCCC", "1111111111111111", "0000000000000000"]
    )
    tiles.append(_tile("wall_upper", paper, True))
    tiles.append(_tile("wall_lower", panel, True))
    return tiles


def _darken(grid: Grid) -> Grid:
    """Floorboards a shade darker than Hailsham's: an old house, polished for years."""
    return [row.translate(str.maketrans({"B": "b", "b": "0", "n": "B"})) for row in grid]


# -- fields: outside ------------------------------------------------------------------------------
def fields_procedural() -> list:
    rng = random.Random(1999)
    grass = [tg.grass(rng) for _ in range(4)]
    tiles = [_tile(f"grass_{i}", g) for i, g in enumerate(grass)]
    tiles.append(_tile("grass_daisies", tg.flowers(rng, grass[1], "66i", 6)))
    # Rough winter grass on the verges and in the open field: straw among the green.
    meadow = [tg.grass(rng, "H", "Y", "g") for _ in range(2)]
    tiles += [_tile(f"meadow_{i}", m) for i, m in enumerate(meadow)]
    tiles += [_tile(f"stubble_{i}", _stubble(rng, i)) for i in range(2)]
    gravel = tg.speckle(rng, "T", [("t", 34), ("u", 22), ("S", 12)])
    tiles.append(_tile("gravel", gravel))
    edges = [tg.wave(rng, 1, 3) for _ in range(4)]
    tiles += _autotile("path", lambda m: tg.blob(m, gravel, grass[m % 4], "u", edges), False)
    road = [tg.speckle(rng, "2", [("1", 30), ("3", 14)]) for _ in range(2)]
    tiles += [_tile(f"road_{i}", r) for i, r in enumerate(road)]
    tiles.append(_tile("road_dash", [r if y not in (7, 8) else r[:3] + "5" * 9 + r[12:]
                                     for y, r in enumerate(road[0])]))  # fmt: skip
    tiles.append(_tile("road_kerb_n", ["4" * 16, "3" * 16, *road[1][2:]]))
    tiles.append(_tile("road_kerb_s", [*road[1][:13], "1" * 16, "4" * 16, "3" * 16]))
    fringe = tg.wave(rng, 1, 4)
    tiles.append(_tile("road_verge_n", [
        "".join(m if y < fringe[x] else r for x, (m, r) in enumerate(zip(meadow[0][y], road[0][y], strict=True)))
        for y in range(TILE)]))  # fmt: skip
    tiles.append(_tile("road_verge_s", [
        "".join(m if y > TILE - 1 - fringe[x] else r for x, (m, r) in enumerate(zip(meadow[1][y], road[1][y], strict=True)))
        for y in range(TILE)]))  # fmt: skip
    tiles.append(
        _tile(
            "pavement",
            ["4" * 16 if y % 8 == 7 else "".join("4" if x % 8 == 7 else "5" for x in range(16))
             for y in range(TILE)],
        )
    )  # fmt: skip
    tiles += [_tile(f"sea_{i}", _sea(rng, i), True) for i in range(4)]
    tiles.append(_tile("sea_edge", _surf(rng), True))
    tiles += [_tile(f"shingle_{i}", tg.speckle(rng, "4", [("3", 40), ("5", 30), ("S", 12), ("2", 8)]))
              for i in range(2)]  # fmt: skip
    tiles.append(
        _tile(
            "seawall_top",
            ["s" * 16, "S" * 16, *(["s" * 16] * 11), "S" * 16, "3" * 16, "2" * 16],
            True,
        )
    )
    tiles.append(_tile("seawall_face", [
        "".join("2" if (y % 5 == 4 or (x + (y // 5) * 4) % 9 == 0) else "3" for x in range(16))
        for y in range(TILE)], True))  # fmt: skip

    leaves = tg.grass(rng, "g", "G", "h")
    flat = [[1] * TILE for _ in range(4)]
    tiles += _autotile(
        "hedge", lambda m: tg.blob(m, leaves, None, "v", flat, 3, face=("h", 5)), True
    )
    soil = tg.flowers(rng, tg.speckle(rng, "u", [("b", 30), ("h", 20)]), "FMim6", 20)
    tiles += _autotile("bed", lambda m: tg.blob(m, soil, None, "S", [[1] * TILE] * 4, 2), True)
    murk = tg.speckle(rng, "v", [("h", 46), ("0", 30), ("g", 5), ("b", 6)])
    ragged = [tg.wave(rng, 1, 5) for _ in range(4)]
    tiles += _autotile("woods", lambda m: tg.blob(m, murk, None, "0", ragged, 4, ("v", 3)), True)

    render = [tg.speckle(rng, "6", [("5", 18), ("s", 6)]) for _ in range(2)]
    tiles += [_tile(f"render_{i}", r, True) for i, r in enumerate(render)]
    tiles.append(
        _tile(
            "render_plinth",
            [*render[0][:11], "5" * 16, "4" * 16, "4" * 16, "3" * 16, "2" * 16],
            True,
        )
    )
    walls = [tg.brick(rng) for _ in range(2)]
    tiles += [_tile(f"wall_{i}", w, True) for i, w in enumerate(walls)]
    roof = tg.slate(rng)
    ridge = ["SSSSSSSSSSSSSSSS", "ssssssssssssssss", "SSSSSSSSSSSSSSSS", "2" * 16, *roof[4:]]
    eave = [*roof[:11], "2" * 16, "6" * 16, "5" * 16, "1" * 16, "0" * 16]
    for label, grid in (("ridge", ridge), ("", roof), ("eave", eave)):
        name = f"roof_{label}" if label else "roof"
        tiles.append(_tile(name, grid, True))
        tiles.append(_tile(f"{name}_l", ["06" + r[2:] if r[2] != "6" else r for r in grid], True))
        tiles.append(_tile(f"{name}_r", [r[:-2] + "60" if r[-3] != "6" else r for r in grid], True))
    from tilesets import _cut

    tiles += _cut("tree_lone", bare_tree(random.Random(31), 3, 4), "^^^/^^^/^^^/^#^")
    for name, cols, rows, inks, mask, trunk in (
        ("dark_tree", 2, 3, "0vvhg", "^^/^^/##", 12),
        ("tree", 2, 2, "vhgGH", "^^/##", 9),
        ("bush", 1, 1, "vhgGH", "#", 0),
    ):
        tiles += _cut(name, tg.tree(rng, cols, rows, inks, trunk), mask)
    tiles.append(_tile("dark", ["0" * TILE] * TILE, True))  # the edge of a place that is all inside
    for look in KEEPSAKE_LOOKS:
        still, moved = keepsake(look)
        tiles.append(_tile(f"keepsake_{look}", still))
        tiles.append(_tile(f"keepsake_{look}_1", moved))
    return tiles


def bare_tree(rng: random.Random, cols: int, rows: int) -> Grid:
    """A tree in winter, no leaves: a trunk that forks and forks again, thinning to twigs."""
    w, h = cols * TILE, rows * TILE
    c = blank(w, h)
    base = h - 3
    for y in range(base - 2, base + 2):  # the ground shadow
        for x in range(w):
            if ((x - w // 2) / (w * 0.28)) ** 2 + ((y - base) / 2.2) ** 2 <= 1:
                c[y][x] = "h"

    def line(x0: float, y0: float, x1: float, y1: float, width: int) -> None:
        steps = int(max(abs(x1 - x0), abs(y1 - y0))) + 1
        for i in range(steps + 1):
            x = round(x0 + (x1 - x0) * i / steps)
            y = round(y0 + (y1 - y0) * i / steps)
            for dx in range(width):
                if 0 <= x + dx < w and 0 <= y < h:
                    c[y][x + dx] = (
                        "b"
                        if dx == width - 1 and width > 1
                        else ("B" if dx == 0 and width > 2 else "0" if width == 1 else "b")
                    )

    def branch(x: float, y: float, angle: float, length: float, width: int, depth: int) -> None:
        import math

        x1, y1 = x + math.sin(angle) * length, y - math.cos(angle) * length
        line(x, y, x1, y1, width)
        if depth == 0 or length < 3:
            return
        for turn in (-0.45 - rng.random() * 0.3, 0.4 + rng.random() * 0.3):
            branch(
                x1,
                y1,
                angle + turn,
                length * (0.62 + rng.random() * 0.12),
                max(1, width - 1),
                depth - 1,
            )
        if rng.random() < 0.5:
            branch(x1, y1, angle + rng.uniform(-0.15, 0.15), length * 0.5, 1, depth - 2)

    line(w // 2 - 2, base, w // 2 - 2, base - 22, 4)  # the trunk
    branch(w / 2 - 1, base - 22, -0.05, 16, 3, 5)
    branch(w / 2 - 1, base - 16, -0.9, 10, 2, 3)
    branch(w / 2, base - 18, 0.85, 11, 2, 3)
    return to_grid(c)


def _stubble(rng: random.Random, variant: int) -> Grid:
    """A cut field in winter seen from above: pale straw, broken rows of stubble, soil between."""
    c = blank(TILE, TILE, "Y")
    for y in range(TILE):
        row_line = (y + variant * 3) % 6 == 0
        for x in range(TILE):
            roll = rng.random()
            if row_line:
                c[y][x] = "Z" if roll < 0.45 else ("u" if roll < 0.6 else "Y")
            elif roll < 0.07:
                c[y][x] = "t"
            elif roll < 0.11:
                c[y][x] = "S"
    for _ in range(5):  # short upright stalks catching the light
        x, y = rng.randrange(TILE), rng.randrange(1, TILE)
        c[y][x], c[y - 1][x] = "S", "t"
    return to_grid(c)


def _sea(rng: random.Random, variant: int) -> Grid:
    """Grey-green sea with short crests; the variants break up the repeat."""
    c = blank(TILE, TILE, "W")
    for _ in range(5 + variant):
        x, y = rng.randrange(TILE), rng.randrange(TILE)
        n = rng.randrange(3, 7)
        for dx in range(n):
            c[y][(x + dx) % TILE] = "X" if dx in (0, n - 1) else "L"
            c[(y + 1) % TILE][(x + dx) % TILE] = "l"
    for _ in range(10):
        c[rng.randrange(TILE)][rng.randrange(TILE)] = "k"
    return to_grid(c)


def _surf(rng: random.Random) -> Grid:
    """The line where the sea runs up the shingle: foam over wet stones."""
    rows = []
    edge = tg.wave(rng, 4, 8)
    for y in range(TILE):
        row = ""
        for x in range(TILE):
            if y < edge[x] - 2:
                row += "3" if (x * 5 + y * 3) % 7 else "4"
            elif y < edge[x]:
                row += "6" if (x + y) % 3 else "5"
            elif y == edge[x]:
                row += "X"
            else:
                row += "W" if (x * 3 + y) % 11 else "L"
        rows.append(row)
    return rows


def keepsake(look: str) -> tuple[Grid, Grid]:
    """A small thing caught on a wire strand (the wire itself is the fence tile under it); the
    second frame is the same thing moved by the wind."""
    art = {
        "paper": [
            "................",
            "................",
            "................",
            ".......66.......",
            "......6665......",
            "....4466654444..",
            ".....666655.....",
            ".....6656655....",
            "......55665.....",
            ".......565......",
            "........5.......",
            "................",
        ],
        "cloth": [
            "................",
            "................",
            "................",
            "................",
            "....44MMM444444.",
            ".....MmMMM......",
            ".....MMmMMm.....",
            "......MMmMM.....",
            "......mMMmM.....",
            ".......mMM......",
            "........m.......",
            "................",
        ],
        "card": [
            "................",
            "................",
            "................",
            "................",
            "....4ooooo4444..",
            ".....oOOOoo.....",
            ".....oOFOOo.....",
            ".....oOOOOo.....",
            ".....ooooob.....",
            "................",
            "................",
            "................",
        ],
        "wool": [
            "................",
            "................",
            "................",
            "................",
            "...444aaa44444..",
            "......a.aa......",
            ".....aa..a......",
            "......aaa.......",
            ".......a........",
            "........a.......",
            "................",
            "................",
        ],
        "plastic": [
            "................",
            "................",
            ".......DD.......",
            "......D5DD......",
            "....44D5D5D444..",
            ".....DDD55DD....",
            ".....D5DDDD5D...",
            "......DDD5DD....",
            ".......DD5D.....",
            "........DD......",
            "................",
            "................",
        ],
        "string": [
            "................",
            "................",
            "................",
            "................",
            "...4444tt44444..",
            ".......t.t......",
            "......t...t.....",
            ".......t..t.....",
            "........tt......",
            ".........t......",
            "..........t.....",
            "................",
        ],
        "photo": [
            "................",
            "................",
            "................",
            "................",
            "....44666664444.",
            ".....6LLLL6.....",
            ".....6LgGL6.....",
            ".....6ggGg6.....",
            ".....666666.....",
            "......5555......",
            "................",
            "................",
        ],
        "tin": [
            "................",
            "................",
            "................",
            "................",
            "....444SS4444...",
            "......sSS.......",
            ".....43SSs......",
            ".....4SSSs......",
            ".....43SSs......",
            "......4SS.......",
            "................",
            "................",
        ],
        "tape": [
            "................",
            "................",
            "................",
            "..1.............",
            "..114444444444..",
            "...1.1..........",
            "....1.1.1.......",
            "......1..1.1....",
            "..........1..1..",
            ".............1..",
            "................",
            "................",
        ],
    }[look]
    still = art + ["." * TILE] * (TILE - len(art))
    still = [row.ljust(TILE, ".")[:TILE] for row in still]
    moved = [_sway(row, y) for y, row in enumerate(still)]
    return _rows(still), _rows(moved)


def _sway(row: str, y: int) -> str:
    """The wind's frame: everything below the wire (row 4) leans one or two pixels to the right."""
    if y <= 4:
        return row
    shift = 1 if y < 8 else 2
    return ("." * shift + row)[:TILE]
