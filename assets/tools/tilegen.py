"""Procedural tile textures: grass, gravel, brick, slate, planks and 4-bit autotiles.

Everything takes a `random.Random` seeded with a fixed integer, so output is identical on
every run. Autotile masks use bits N=1, E=2, S=4, W=8, set when the neighbour in that
direction is the same terrain; tile `<terrain>_<mask>` is the piece for that neighbourhood.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable

from artlib import TILE, Grid, blank, to_grid

N, E, S, W = 1, 2, 4, 8
Texture = Callable[[random.Random], Grid]


def speckle(rng: random.Random, base: str, specks: list[tuple[str, int]]) -> Grid:
    """Flat colour with scattered single pixels (gravel, soil)."""
    c = blank(TILE, TILE, base)
    for ch, count in specks:
        for _ in range(count):
            c[rng.randrange(TILE)][rng.randrange(TILE)] = ch
    return to_grid(c)


def grass(rng: random.Random, base: str = "g", light: str = "G", dark: str = "h") -> Grid:
    """Short vertical blade strokes; wraps at the edges so neighbouring tiles join seamlessly."""
    c = blank(TILE, TILE, base)
    for _ in range(26):
        x, y = rng.randrange(TILE), rng.randrange(TILE)
        ink = light if rng.random() < 0.62 else dark
        for dy in range(rng.choice((1, 2, 2, 3))):
            c[(y - dy) % TILE][x] = ink
        if ink == light and rng.random() < 0.25:
            c[(y - 2) % TILE][x] = "H"
    return to_grid(c)


def flowers(rng: random.Random, ground: Grid, inks: str, count: int) -> Grid:
    """Sprinkle tiny 1-2 pixel flowers over a ground texture."""
    c = [list(r) for r in ground]
    for _ in range(count):
        x, y = rng.randrange(1, TILE - 1), rng.randrange(1, TILE - 1)
        c[y][x] = rng.choice(inks)
        if rng.random() < 0.4:
            c[y + 1][x] = "G"
    return to_grid(c)


def brick(rng: random.Random) -> Grid:
    """Stretcher-bond brick: 8x3 bricks, 1px mortar, alternate courses offset by 4."""
    c = blank(TILE, TILE, "S")
    for course in range(4):
        y0 = course * 4
        shift = 4 if course % 2 else 0
        for bx in range(-1, 2):
            ink = rng.choice("RRRRer")
            for y in range(y0, y0 + 3):
                for x in range(bx * 8 + shift, bx * 8 + shift + 7):
                    if 0 <= x < TILE:
                        c[y][x] = ink
            if 0 <= bx * 8 + shift + 1 < TILE and rng.random() < 0.5:
                c[y0][bx * 8 + shift + 1] = "e"
    return to_grid(c)


def slate(rng: random.Random) -> Grid:
    """Overlapping roof slates in staggered courses, darker at each course's lower lip."""
    c = blank(TILE, TILE, "l")
    for course in range(4):
        y0 = course * 4
        shift = 3 if course % 2 else 0
        for x in range(TILE):
            c[y0 + 3][x] = "2"
            if (x + shift) % 6 == 0:
                c[y0][x] = c[y0 + 1][x] = c[y0 + 2][x] = "2"
        for _ in range(3):
            c[y0 + rng.randrange(2)][rng.randrange(TILE)] = rng.choice("KL")
    return to_grid(c)


def planks(rng: random.Random) -> Grid:
    """Horizontal floorboards 4px tall with staggered butt joints."""
    c = blank(TILE, TILE, "B")
    for row in range(4):
        y0 = row * 4
        for x in range(TILE):
            c[y0 + 3][x] = "b"
            if rng.random() < 0.18:
                c[y0 + rng.randrange(3)][x] = "n"
        joint = rng.randrange(2, 14)
        for y in range(y0, y0 + 3):
            c[y][joint] = "b"
    return to_grid(c)


def wave(rng: random.Random, lo: int, hi: int) -> list[int]:
    """A ragged edge profile; both ends are `lo` so adjacent tiles meet cleanly."""
    prof = [rng.randint(lo, hi) for _ in range(TILE)]
    prof[0] = prof[-1] = lo
    return [
        max(lo, min(hi, (a + b + 1) // 2)) for a, b in zip(prof, prof[1:] + prof[-1:], strict=False)
    ]


def blob(
    mask: int,
    body: Grid,
    outside: Grid | None,
    edge: str,
    depth: list[list[int]],
    radius: int = 3,
    face: tuple[str, int] | None = None,
    band: tuple[str, int] | None = None,
) -> Grid:
    """One autotile piece: `body` inside, `outside` (or transparent) beyond each open side.

    depth[side] is the ragged inset profile for sides N, E, S, W; corners with both sides open
    are rounded with `radius`. `face` paints a band of that height along an open south side
    (the front of a hedge); `band` draws an inner border `width` px inside the edge (rugs).
    """
    open_n, open_e, open_s, open_w = (not mask & bit for bit in (N, E, S, W))
    dn, de, ds, dw = depth

    def inside(x: int, y: int) -> bool:
        if not (0 <= x < TILE and 0 <= y < TILE):
            return (
                (y < 0 and not open_n)
                or (y >= TILE and not open_s)
                or (x < 0 and not open_w)
                or (x >= TILE and not open_e)
            )
        if (open_n and y < dn[x]) or (open_s and y > TILE - 1 - ds[x]):
            return False
        if (open_w and x < dw[y]) or (open_e and x > TILE - 1 - de[y]):
            return False
        for cx_open, cy_open, cx, cy in (
            (open_w, open_n, dw[0] + radius, dn[0] + radius),
            (open_e, open_n, TILE - 1 - de[0] - radius, dn[-1] + radius),
            (open_w, open_s, dw[-1] + radius, TILE - 1 - ds[0] - radius),
            (open_e, open_s, TILE - 1 - de[-1] - radius, TILE - 1 - ds[-1] - radius),
        ):
            if cx_open and cy_open:
                beyond_x = x < cx if cx < TILE // 2 else x > cx
                beyond_y = y < cy if cy < TILE // 2 else y > cy
                if beyond_x and beyond_y and (x - cx) ** 2 + (y - cy) ** 2 > radius**2:
                    return False
        return True

    out = blank(TILE, TILE)
    for y in range(TILE):
        for x in range(TILE):
            if not inside(x, y):
                out[y][x] = outside[y][x] if outside else "."
                continue
            out[y][x] = body[y][x]
            if face and open_s and not inside(x, y + face[1]):
                out[y][x] = face[0] if inside(x, y + 1) else edge
            near = [inside(x + dx, y + dy) for dx, dy in ((0, -1), (1, 0), (0, 1), (-1, 0))]
            if not all(near):
                out[y][x] = edge
            elif band:
                ring = [
                    inside(x + dx * band[1], y + dy * band[1])
                    for dx, dy in ((0, -1), (1, 0), (0, 1), (-1, 0))
                ]
                if not all(ring):
                    out[y][x] = band[0]
    return to_grid(out)


def line_overlay(mask: int, ink: str = "6", at: int = 7) -> Grid:
    """Transparent tile with a 1px painted line from the centre towards each connected side."""
    c = blank(TILE, TILE)
    c[at][at] = ink
    for bit, xs, ys in (
        (N, [at], range(0, at)),
        (S, [at], range(at, TILE)),
        (W, range(0, at), [at]),
        (E, range(at, TILE), [at]),
    ):
        if mask & bit:
            for y in ys:
                for x in xs:
                    c[y][x] = ink
    return to_grid(c)


def circle_overlay(radius: int = 19, ink: str = "6") -> list[Grid]:
    """A 3x3-tile centre circle with the halfway line and spot; returns 9 tiles row by row."""
    size, mid = TILE * 3, TILE + 7
    c = blank(size, size)
    for y in range(size):
        for x in range(size):
            d = ((x - mid) ** 2 + (y - mid) ** 2) ** 0.5
            if abs(d - radius) < 0.55 or x == mid or (abs(x - mid) <= 1 and abs(y - mid) <= 1):
                c[y][x] = ink
    grid = to_grid(c)
    return [
        [row[tx * TILE : (tx + 1) * TILE] for row in grid[ty * TILE : (ty + 1) * TILE]]
        for ty in range(3)
        for tx in range(3)
    ]


def tree(rng: random.Random, cols: int, rows: int, inks: str = "vhgGH", trunk: int = 12) -> Grid:
    """A round-crowned tree on a cols x rows tile block, lit from the upper left.

    inks = outline, shade, mid, light, highlight. The trunk stands in the bottom `trunk`
    pixels at the centre with a soft shadow; the crown is a cluster of overlapping circles.
    """
    w, h = cols * TILE, rows * TILE
    c = blank(w, h)
    cx, base = w // 2, h - 3
    dark = inks[0] == "0"  # the woods' trees: black trunks and shadows, no warm highlights
    bark, lit_bark, mid_bark, ground = ("0", "1", "v", "0") if dark else ("b", "n", "B", "h")
    for y in range(base - 3, base + 2):  # ground shadow ellipse
        for x in range(w):
            if ((x - cx) / (w * 0.3)) ** 2 + ((y - base + 1) / 2.5) ** 2 <= 1:
                c[y][x] = ground
    for y in range(base - trunk, base):
        for x in range(cx - 2, cx + 2):
            c[y][x] = (
                bark if x >= cx + 1 or y > base - 3 else (lit_bark if x == cx - 2 else mid_bark)
            )
    r = min(w // 2 - 2, (h - trunk) // 2 + 1)
    cy = r + 1
    circles = [(cx, cy, r)]
    for i in range(6):
        ang = i / 6 * 6.283 + rng.random() * 0.5
        rr = r * rng.uniform(0.45, 0.6)
        circles.append((cx + (r - rr) * math.cos(ang), cy + (r - rr) * 0.8 * math.sin(ang), rr))
    lit = {}
    for y in range(h):
        for x in range(w):
            best = None
            for ox, oy, rad in circles:
                d2 = (x - ox) ** 2 + (y - oy) ** 2
                if d2 <= rad * rad:
                    best = ((x - ox) / rad, (y - oy) / rad)
            if best:
                lit[(x, y)] = -0.6 * best[0] - 0.8 * best[1] + rng.uniform(-0.35, 0.35)
    outline, shade, mid, light, high = inks
    for (x, y), lv in lit.items():
        edge = any((x + dx, y + dy) not in lit for dx, dy in ((0, 1), (1, 0), (0, -1), (-1, 0)))
        ink = high if lv > 0.75 else light if lv > 0.2 else mid if lv > -0.45 else shade
        c[y][x] = outline if edge else ink
    return to_grid(c)
