"""Procedural tiles for Chapter 2's tilesets, `cottages` (the farm in winter) and `town` (the sea).

Base terrain keeps the names the map builder and the other sets use (`grass_0..3`, `path_<mask>`,
`floor_wood_0..2`, `wall_upper`, `wall_lower`, `wallcap_<mask>`, `rug_<mask>`, `roof*` ...), so a
layout reads the same whichever set it uses; only the look changes: frost instead of daisies,
ploughed fields, pantiles, flint, tarred boards. Hand-drawn things follow in
assets/src/tiles/<set>.txt. Every generator takes a `random.Random` with a fixed seed.

`procedural(name)` returns `(name, grid, solid, above)` tuples; tilesets.py wraps them in Tiles.
"""

from __future__ import annotations

import random

import tilegen as tg
from artlib import TILE, Grid, blank, to_grid

Spec = tuple[str, Grid, bool, bool]


def _autotile(prefix: str, make, solid: bool) -> list[Spec]:
    return [(f"{prefix}_{m}", make(m), solid, False) for m in range(16)]


# -- grounds -----------------------------------------------------------------------------------
def winter_grass(rng: random.Random, frost: int = 0) -> Grid:
    """Flattened winter grass: olive with straw-coloured blades, a few dark roots, some frost."""
    c = blank(TILE, TILE, "w")
    for _ in range(24):
        x, y = rng.randrange(TILE), rng.randrange(TILE)
        ink = "7" if rng.random() < 0.55 else "h"
        for dy in range(rng.choice((1, 1, 2, 3))):
            c[(y - dy) % TILE][(x + (dy if ink == "7" and rng.random() < 0.3 else 0)) % TILE] = ink
    for _ in range(frost):
        c[rng.randrange(TILE)][rng.randrange(TILE)] = "9"
    return to_grid(c)


def leaves(rng: random.Random, ground: Grid, count: int) -> Grid:
    """Dead leaves caught in the grass (brown and ochre flecks)."""
    c = [list(r) for r in ground]
    for _ in range(count):
        x, y = rng.randrange(1, TILE - 1), rng.randrange(1, TILE - 1)
        c[y][x] = rng.choice("Bnu")
        if rng.random() < 0.5:
            c[y][x + 1] = "b"
    return to_grid(c)


def mud(rng: random.Random) -> Grid:
    return tg.speckle(rng, "u", [("b", 30), ("T", 14), ("3", 6), ("7", 4)])


def water(rng: random.Random) -> Grid:
    """Standing water: the grey sky in it, a few ripples and glints."""
    c = blank(TILE, TILE, "l")
    for y in range(TILE):
        for x in range(TILE):
            if (x + y * 3) % 11 == 0 or (y % 5 == 1 and x % 7 in (2, 3, 4)):
                c[y][x] = "L"
    for _ in range(5):
        c[rng.randrange(TILE)][rng.randrange(TILE)] = "9"
    return to_grid(c)


def furrows(rng: random.Random, shade: str, ridge: str) -> Grid:
    """A ploughed field: earth ridges with stubble showing through."""
    c = blank(TILE, TILE, shade)
    for y in range(TILE):
        if y % 4 in (0, 1):
            for x in range(TILE):
                c[y][x] = ridge
    for _ in range(14):
        x, y = rng.randrange(TILE), rng.randrange(TILE)
        c[y][x] = rng.choice("7tb")
    return to_grid(c)


def flint(rng: random.Random, mortar: str = "s") -> Grid:
    """Norfolk flint: rounded grey and black nodules set in pale mortar."""
    c = blank(TILE, TILE, mortar)
    for row in range(4):
        x = rng.randrange(-2, 1)
        while x < TILE:
            w = rng.choice((3, 4, 4, 5))
            ink = rng.choice("23341")
            for yy in range(row * 4, row * 4 + 3):
                for xx in range(x, x + w - 1):
                    if 0 <= xx < TILE and not (
                        yy in (row * 4, row * 4 + 2) and xx in (x, x + w - 2)
                    ):
                        c[yy][xx] = ink
            if 0 <= x + 1 < TILE:
                c[row * 4][x + 1] = "5" if ink != "1" else "3"
            x += w
    return to_grid(c)


def pantiles(rng: random.Random) -> Grid:
    """Red clay pantiles in courses: the S-curve of each tile lit on one side."""
    c = blank(TILE, TILE, "R")
    for course in range(4):
        y0 = course * 4
        for x in range(TILE):
            phase = x % 4
            c[y0][x] = "e" if phase == 0 else "R" if phase in (1, 3) else "r"
            c[y0 + 1][x] = "e" if phase == 0 else "R" if phase == 1 else "r"
            c[y0 + 2][x] = "R" if phase < 2 else "r"
            c[y0 + 3][x] = "r" if phase else "b"
        if rng.random() < 0.6:
            c[y0 + rng.randrange(3)][rng.randrange(TILE)] = "u"  # moss and weather
    return to_grid(c)


def tin(rng: random.Random) -> Grid:
    """Corrugated iron: ridges, with rust running down from the nail lines."""
    c = blank(TILE, TILE, "3")
    for y in range(TILE):
        for x in range(TILE):
            c[y][x] = "4" if x % 4 == 0 else "2" if x % 4 == 2 else "3"
    for _ in range(3):
        x = rng.randrange(TILE)
        for y in range(rng.randrange(2, 9)):
            c[y][x] = "B" if y < 3 else "u"
    return to_grid(c)


def tarred_boards(rng: random.Random) -> Grid:
    """Black tarred weatherboarding: overlapping horizontal boards, each lip catching the light."""
    c = blank(TILE, TILE, "1")
    for y in range(TILE):
        for x in range(TILE):
            c[y][x] = "2" if y % 4 == 0 else "0" if y % 4 == 3 else "1"
    for _ in range(4):
        c[rng.randrange(TILE)][rng.randrange(TILE)] = "3"
    return to_grid(c)


def boards_v(rng: random.Random, base: str, gap: str, lit: str) -> Grid:
    """Vertical planks (a barn's inside walls, a dado)."""
    c = blank(TILE, TILE, base)
    for y in range(TILE):
        for x in range(TILE):
            if x % 4 == 3:
                c[y][x] = gap
            elif x % 4 == 0 and rng.random() < 0.3:
                c[y][x] = lit
    return to_grid(c)


def planks(rng: random.Random, base: str, line: str, fleck: str) -> Grid:
    """Floorboards like tilegen.planks, in other woods."""
    c = blank(TILE, TILE, base)
    for row in range(4):
        y0 = row * 4
        for x in range(TILE):
            c[y0 + 3][x] = line
            if rng.random() < 0.15:
                c[y0 + rng.randrange(3)][x] = fleck
        joint = rng.randrange(2, 14)
        for y in range(y0, y0 + 3):
            c[y][joint] = line
    return to_grid(c)


def flagstones(rng: random.Random) -> Grid:
    """Worn kitchen flagstones, big, uneven and cold."""
    c = blank(TILE, TILE, "4")
    for y in range(TILE):
        for x in range(TILE):
            if y in (0, 8) or (x == (3 if y < 8 else 11)):
                c[y][x] = "3"
    for _ in range(12):
        c[rng.randrange(TILE)][rng.randrange(TILE)] = rng.choice("5S3")
    return to_grid(c)


def paper(pattern: str, base: str, ink: str, top: str, rail: str) -> Grid:
    """Wallpaper under a picture rail: small repeating sprigs."""
    rows = [rail * TILE, top * TILE]
    for y in range(2, TILE):
        row = ""
        for x in range(TILE):
            if pattern == "sprig":
                on = (x % 8, y % 8) in ((2, 3), (3, 2), (3, 4), (6, 7), (7, 6))
            else:  # stripe
                on = x % 6 == 0
            row += ink if on else base
        rows.append(row)
    return rows


def dado(base: str, gap: str, cap: str, skirting: str) -> Grid:
    """Painted tongue-and-groove below a rail, a skirting board at the floor."""
    rows = [cap * TILE, base * TILE]
    for _ in range(2, 12):
        rows.append("".join(gap if x % 4 == 3 else base for x in range(TILE)))
    return [*rows, cap * TILE, skirting * TILE, "1" * TILE, "0" * TILE]


def bare_tree(rng: random.Random, cols: int, rows: int) -> Grid:
    """A winter tree: a trunk and branching twigs against nothing (the ground shows through)."""
    w, h = cols * TILE, rows * TILE
    c = blank(w, h)
    base = h - 3
    for y in range(base - 2, base + 2):  # a faint shadow at the foot
        for x in range(w):
            if ((x - w // 2) / (w * 0.28)) ** 2 + ((y - base) / 2) ** 2 <= 1:
                c[y][x] = "h"

    def branch(x: float, y: float, dx: float, dy: float, length: int, width: int) -> None:
        for _ in range(length):
            x, y = x + dx, y + dy
            ix, iy = round(x), round(y)
            for k in range(width):
                if 0 <= ix + k < w and 0 <= iy < h:
                    c[iy][ix + k] = "b" if k == width - 1 else "B" if width > 1 else "u"
            dx += rng.uniform(-0.25, 0.25)
            dx = max(-1.2, min(1.2, dx))
        if length > 3:
            for side in (-1, 1):
                if rng.random() < 0.85:
                    branch(x, y, dx + side * rng.uniform(0.4, 0.9), dy * 0.9, length * 2 // 3,
                           max(1, width - 1))  # fmt: skip

    branch(w / 2 - 1, base, 0.0, -1.0, h // 3, 3)
    return to_grid(c)


# -- the sets ----------------------------------------------------------------------------------
def cottages() -> list[Spec]:
    rng = random.Random(1985)
    out: list[Spec] = []
    grass = [winter_grass(rng, frost=rng.randrange(0, 3)) for _ in range(4)]
    out += [(f"grass_{i}", g, False, False) for i, g in enumerate(grass)]
    out.append(("grass_daisies", winter_grass(rng, frost=18), False, False))  # frost
    out.append(("grass_clover", leaves(rng, grass[2], 7), False, False))  # dead leaves
    gravel = tg.speckle(rng, "T", [("u", 30), ("t", 16), ("3", 10), ("b", 8)])
    out.append(("gravel", gravel, False, False))
    yard = mud(rng)
    out.append(("mud", yard, False, False))
    edges = [tg.wave(rng, 1, 3) for _ in range(4)]
    out += _autotile("path", lambda m: tg.blob(m, yard, grass[m % 4], "b", edges), False)
    out.append(("field_a", furrows(rng, "b", "u"), False, False))
    out.append(("field_b", furrows(rng, "b", "u"), False, False))
    wet = water(rng)
    ragged = [tg.wave(rng, 1, 3) for _ in range(4)]
    out += _autotile("puddle", lambda m: tg.blob(m, wet, None, "2", ragged, 3), False)
    twigs = tg.speckle(rng, "b", [("u", 40), ("h", 30), ("1", 20), ("B", 10), ("w", 10)])
    flat = [[1] * TILE for _ in range(4)]
    out += _autotile("hedge", lambda m: tg.blob(m, twigs, None, "1", flat, 3, face=("0", 5)), True)
    stones = flint(rng, "S")
    out += _autotile(
        "stonewall", lambda m: tg.blob(m, stones, None, "2", flat, 1, face=("3", 4)), True
    )
    for name, cols, rows in (("bare_tree", 3, 3), ("bare_small", 2, 2)):
        grid = bare_tree(rng, cols, rows)
        for ty in range(rows):
            for tx in range(cols):
                cell = [r[tx * TILE : (tx + 1) * TILE] for r in grid[ty * TILE : (ty + 1) * TILE]]
                solid = ty == rows - 1 and tx == cols // 2
                out.append((f"{name}/{tx},{ty}", cell, solid, not solid))
    bricks = [tg.brick(rng) for _ in range(2)]
    out += [(f"wall_{i}", b, True, False) for i, b in enumerate(bricks)]
    out += [(f"flint_{i}", flint(rng), True, False) for i in range(2)]
    widths = [6 if (y // 4) % 2 else 4 for y in range(TILE)]
    quoin = ["S" * (wd - 1) if y % 4 == 3 else "s" * (wd - 1) for y, wd in enumerate(widths)]
    left = [q + "S" + w[len(q) + 1 :] for q, w in zip(quoin, bricks[1], strict=True)]
    right = [w[: TILE - len(q) - 1] + "S" + q for q, w in zip(quoin, bricks[1], strict=True)]
    out += [("wall_quoin_l", left, True, False), ("wall_quoin_r", right, True, False)]
    out.append(("boards", tarred_boards(rng), True, False))
    roof = pantiles(rng)
    ridge = ["SSSSSSSSSSSSSSSS", "ssssssssssssssss", "SSSSSSSSSSSSSSSS", "r" * 16, *roof[4:]]
    eave = [*roof[:11], "r" * 16, "b" * 16, "2" * 16, "1" * 16, "0" * 16]
    corrugated = tin(rng)
    tin_eave = [*corrugated[:12], "2" * 16, "3" * 16, "1" * 16, "0" * 16]
    for label, grid in (("roof_ridge", ridge), ("roof", roof), ("roof_eave", eave),
                        ("tin", corrugated), ("tin_eave", tin_eave)):  # fmt: skip
        out.append((label, grid, True, False))
        out.append((f"{label}_l", ["01" + r[2:] for r in grid], True, False))
        out.append((f"{label}_r", [r[:-2] + "10" for r in grid], True, False))
    # inside: boards, flags, a worn carpet, a rag rug, wallpaper, whitewash, the barn
    out += [(f"floor_wood_{i}", planks(rng, "B", "b", "u"), False, False) for i in range(3)]
    out.append(("flags", flagstones(rng), False, False))
    out.append(("carpet", tg.speckle(rng, "m", [("M", 26), ("b", 18), ("u", 8)]), False, False))
    bands = "mmMMmmuu"  # a braided rag rug: plum and rose rounds, a brown one between
    rag = [
        "".join("b" if (x * 5 + y * 3) % 29 == 0 else bands[y % 8] for x in range(TILE))
        for y in range(TILE)
    ]
    out += _autotile("rug", lambda m: tg.blob(m, rag, None, "b", flat, 1, band=("u", 1)), False)
    cap = ["1" * 16] * TILE
    out += _autotile("wallcap", lambda m: tg.blob(m, cap, None, "2", [[0] * TILE] * 4, 0), True)
    out.append(("wall_upper", paper("sprig", "s", "H", "S", "b"), True, False))
    out.append(("wall_lower", dado("a", "h", "b", "B"), True, False))
    out.append(("wash_upper", paper("stripe", "6", "5", "5", "3"), True, False))
    out.append(("wash_lower", dado("5", "4", "3", "2"), True, False))
    out.append(("barn_upper", boards_v(rng, "B", "b", "n"), True, False))
    out.append(("barn_lower", boards_v(rng, "b", "0", "B"), True, False))
    straw = tg.speckle(rng, "u", [("7", 12), ("t", 5), ("b", 9), ("T", 4)])
    out.append(("barn_floor", straw, False, False))
    hs = random.Random(1952)  # Hailsham's own walls, as tilesets.indoor_procedural draws them
    hs_paper = ["bbbbbbbbbbbbbbbb", "nnnnnnnnnnnnnnnn"] + [
        "".join("S" if x % 4 == 0 else "s" for x in range(TILE)) for _ in range(14)
    ]
    hs_panel = (
        ["nnnnnnnnnnnnnnnn", "bbbbbbbbbbbbbbbb"]
        + ["BbBBBBBbBbBBBBBb" if 2 < y < 10 else "BBBBBBBBBBBBBBBB" for y in range(2, 12)]
        + ["bbbbbbbbbbbbbbbb", "BBBBBBBBBBBBBBBB", "1111111111111111", "0000000000000000"]
    )
    out.append(("hs_wall_upper", hs_paper, True, False))
    out.append(("hs_wall_lower", hs_panel, True, False))
    out.append(("hs_floor", tg.planks(hs), False, False))
    return out


def slabs(rng: random.Random, base: str, joint: str, fleck: str, size: int = 8) -> Grid:
    """Paving slabs in a grid, a few stained or chipped."""
    c = blank(TILE, TILE, base)
    for y in range(TILE):
        for x in range(TILE):
            if x % size == size - 1 or y % size == size - 1:
                c[y][x] = joint
    for _ in range(6):
        c[rng.randrange(TILE)][rng.randrange(TILE)] = fleck
    return to_grid(c)


def sea(rng: random.Random, crest: int) -> Grid:
    """Cold grey-green sea: rows of swell, a light crest over a darker trough, broken up."""
    c = blank(TILE, TILE, "8")
    for y in range(TILE):
        for x in range(TILE):
            band = (y + crest * 2) % 8
            run = (x + y * 5 + crest * 7) % 11
            if band == 0 and run < 6:
                c[y][x] = "9" if run in (2, 3) else "a"
            elif band == 1 and run < 7:
                c[y][x] = "N"
    for _ in range(3):
        c[rng.randrange(TILE)][rng.randrange(TILE)] = "9"
    return to_grid(c)


def town() -> list[Spec]:
    rng = random.Random(1986)
    out: list[Spec] = []
    grass = [winter_grass(rng, frost=rng.randrange(0, 2)) for _ in range(4)]
    out += [(f"grass_{i}", g, False, False) for i, g in enumerate(grass)]
    out.append(("grass_daisies", leaves(rng, grass[1], 5), False, False))
    out.append(("grass_clover", winter_grass(rng, frost=10), False, False))
    chalk = tg.speckle(rng, "t", [("T", 30), ("s", 20), ("u", 8)])
    edges = [tg.wave(rng, 1, 3) for _ in range(4)]
    out += _autotile("path", lambda m: tg.blob(m, chalk, grass[m % 4], "T", edges), False)
    out += [(f"pave_{i}", slabs(rng, "4", "3", "5"), False, False) for i in range(2)]
    out.append(("prom", slabs(rng, "s", "S", "t", 16), False, False))
    road = tg.speckle(rng, "2", [("3", 40), ("1", 20)])
    out.append(("road", road, False, False))
    line = [("".join("6" if 2 <= x < 12 else ch for x, ch in enumerate(r)) if y in (7, 8) else r)
            for y, r in enumerate(road)]  # fmt: skip
    out.append(("road_line", line, False, False))
    bay = [("6" + r[1:]) for r in road]  # a car park bay's white line down the left side
    out.append(("road_bay", bay, False, False))
    kerb = ["4" * 16, "5" * 16, "3" * 16, "2" * 16, *road[4:]]
    out.append(("kerb", kerb, False, False))
    out.append(("sand", tg.speckle(rng, "t", [("T", 24), ("s", 16), ("n", 6)]), False, False))
    shingle = tg.speckle(rng, "T", [("4", 40), ("3", 30), ("s", 20), ("2", 10)])
    out.append(("shingle", shingle, False, False))
    for i in range(4):
        out.append((f"sea_{i}", sea(rng, i), True, False))
    surf = sea(rng, 1)
    foam = [
        "".join("9" if y >= 12 - (x * 7 % 3) else ("6" if y == 11 - (x * 7 % 3) else ch)
                for x, ch in enumerate(row))
        for y, row in enumerate(surf)
    ]  # fmt: skip
    out.append(("surf", foam, True, False))
    bricks = [tg.brick(rng) for _ in range(2)]
    out += [(f"wall_{i}", b, True, False) for i, b in enumerate(bricks)]
    out += [(f"flint_{i}", flint(rng), True, False) for i in range(2)]
    for name, base, fleck in (("render_cream", "6", "5"), ("render_pink", "f", "M"),
                              ("render_blue", "L", "5"), ("render_sage", "H", "G")):  # fmt: skip
        out.append((name, tg.speckle(rng, base, [(fleck, 10)]), True, False))
    roof = tg.slate(rng)
    ridge = ["SSSSSSSSSSSSSSSS", "ssssssssssssssss", "SSSSSSSSSSSSSSSS", "2" * 16, *roof[4:]]
    eave = [*roof[:11], "2" * 16, "6" * 16, "5" * 16, "1" * 16, "0" * 16]
    for label, grid in (("roof_ridge", ridge), ("roof", roof), ("roof_eave", eave)):
        out.append((label, grid, True, False))
        out.append((f"{label}_l", ["06" + r[2:] for r in grid], True, False))
        out.append((f"{label}_r", [r[:-2] + "60" for r in grid], True, False))
    out += [(f"floor_wood_{i}", tg.planks(rng), False, False) for i in range(3)]
    checks = [
        ("66665555" * 2 if (y // 8) % 2 == 0 else "55556666" * 2) if y % 8 else "4" * 16
        for y in range(TILE)
    ]
    out.append(("floor_tile", checks, False, False))
    out.append(("carpet", tg.speckle(rng, "l", [("K", 30), ("L", 8)]), False, False))
    cap = ["1" * 16] * TILE
    out += _autotile("wallcap", lambda m: tg.blob(m, cap, None, "2", [[0] * TILE] * 4, 0), True)
    out.append(("wall_upper", paper("stripe", "6", "f", "f", "M"), True, False))
    tiles = ["M" * 16, "6" * 16] + [
        "".join("5" if x % 5 == 4 or y % 5 == 1 else "6" for x in range(TILE)) for y in range(2, 13)
    ]
    out.append(("wall_lower", [*tiles, "2" * 16, "1" * 16, "0" * 16], True, False))
    out.append(("office_upper", paper("stripe", "5", "4", "4", "3"), True, False))
    out.append(("office_lower", dado("4", "3", "3", "2"), True, False))
    return out


SETS = {"cottages": cottages, "town": town}


def procedural(name: str) -> list[Spec]:
    return SETS[name]()
