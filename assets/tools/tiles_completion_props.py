"""Chapter 3's things outside, drawn by code (see tiles_completion.py): the boat, the dead trees
and the broken fence of the beach, the petrol station's pumps and canopy, the sign naming the
centres, and Kathy's car from the inside. Inside things are in tiles_completion_rooms.py.

Everything is drawn on a character canvas (palette keys) with a few shape helpers and a seeded
random.Random, so the bytes are the same on every build.
"""

from __future__ import annotations

import math
import random

from artlib import TILE, Grid, blank, to_grid
from tiles_deferral import bare_tree


class Canvas:
    """A w x h pixel canvas with the few shapes the props need."""

    def __init__(self, w: int, h: int) -> None:
        self.w, self.h = w, h
        self.c = blank(w, h)

    def dot(self, x: float, y: float, ink: str) -> None:
        xi, yi = round(x), round(y)
        if 0 <= xi < self.w and 0 <= yi < self.h:
            self.c[yi][xi] = ink

    def get(self, x: int, y: int) -> str:
        return self.c[y][x] if 0 <= x < self.w and 0 <= y < self.h else "."

    def rect(self, x0: int, y0: int, x1: int, y1: int, ink: str) -> None:
        for y in range(y0, y1 + 1):
            for x in range(x0, x1 + 1):
                self.dot(x, y, ink)

    def line(self, x0: float, y0: float, x1: float, y1: float, ink: str, width: int = 1) -> None:
        n = int(max(abs(x1 - x0), abs(y1 - y0))) + 1
        for i in range(n + 1):
            x, y = x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * i / n
            for d in range(width):
                self.dot(x + d, y, ink)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, ink: str) -> None:
        for y in range(int(cy - ry) - 1, int(cy + ry) + 2):
            for x in range(int(cx - rx) - 1, int(cx + rx) + 2):
                if ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1:
                    self.dot(x, y, ink)

    def grid(self) -> Grid:
        return to_grid(self.c)


def cut(name: str, grid: Grid, mask: str) -> list:
    from tilesets import _cut

    return _cut(name, grid, mask)


def _tile(name: str, grid: Grid, solid: bool = False, above: bool = False):
    from tilesets import Tile

    return Tile(name, grid, solid, above)


def coast_props() -> list:
    rng = random.Random(1994)
    tiles = cut("boat", boat(rng), "^^^^^^^^/########/########/.######./........")
    bleach = str.maketrans({"b": "4", "B": "5", "0": "3", "h": "V"})
    for name, seed, lean in (("dead_tree", 41, 0.0), ("dead_tree_lean", 43, 0.35)):
        grid = [r.translate(bleach) for r in bare_tree(random.Random(seed), 3, 4)]
        tiles += cut(name, _lean(grid, lean), "^^^/^^^/^^^/^#^")
    small = [r.translate(bleach) for r in bare_tree(random.Random(47), 2, 3)]
    tiles += cut("dead_tree_small", small, "^^/^^/^#")
    tiles += fence_pieces()
    tiles += cut("pump", pump(), "^/#")
    tiles += cut("canopy", canopy(), "^^^^^^/^^^^^^")
    tiles += cut("sign_centres", sign_centres(), "^^/#.")
    tiles += cut("car_inside", car_inside(rng), "#####/#####/#####/#...#/#...#/#####")
    return tiles


def _lean(grid: Grid, amount: float) -> Grid:
    """Shear a tree so it leans away from the sea wind (the foot stays where it stands)."""
    h = len(grid)
    out = []
    for y, row in enumerate(grid):
        shift = round((h - 1 - y) * amount * 0.5)
        out.append(("." * shift + row)[: len(row)])
    return out


def boat(rng: random.Random, cols: int = 8, rows: int = 5) -> Grid:
    """The old boat on the sand: a clinker-built hull lying over so the near side shows and a
    little of the inside over it, paint peeling off in strips, two strakes gone and the ribs
    showing through, the mast snapped off short and leaning with the hull, sand drifted up
    against the bow. Drawn on a 6x4 plan scaled to cols x rows tiles."""
    cv = Canvas(cols * TILE, rows * TILE)
    u, v = cols * TILE / 96, rows * TILE / 64  # the plan's pixels to this size

    bow, stern = round(5 * u), round(86 * u)

    def top(x: float) -> float:  # the gunwale: the sheer rising to a high bow
        s = max(0.0, (x - bow) / (stern - bow))
        return (11 + 13 * s**0.6) * v

    def bottom(x: float) -> float:  # the stem curving down to the keel, half sunk at the stern
        s = max(0.0, (x - bow) / (stern - bow))
        fore = min(1.0, s / 0.24)
        return (11 + 39 * math.sqrt(1 - (1 - fore) ** 2) - 4 * s) * v

    def far(x: float) -> float:  # the far gunwale, seen over the near one: the hull is tipped
        s = max(0.0, (x - bow) / (stern - bow))
        return top(x) - 8 * v * math.sin(math.pi * min(1.0, s * 1.05))

    # the shadow on the wet sand, under and beyond the hull
    for x in range(bow, stern + 8):
        for y in range(int(bottom(min(x, stern))) - 2, int(bottom(min(x, stern))) + 6):
            cv.dot(x, y, "V")
    faded = {"l": "L", "K": "l", "6": "5"}
    for x in range(bow, stern + 1):  # inside: bare planking and the ribs, the far side's rail
        for y in range(int(far(x)), int(top(x))):
            cv.dot(x, y, "b" if (y - int(far(x))) % 3 == 2 else "B")
            if (x - bow) % 7 == 0:
                cv.dot(x, y, "n")
        cv.dot(x, far(x) - 1, "6" if x % 7 else "5")
        cv.dot(x, far(x), "1")
    strakes = 8
    for x in range(bow, stern + 1):
        t, b = top(x), bottom(x)
        for y in range(int(t), int(b) + 1):
            depth = (y - t) / max(1.0, b - t)
            strake = int(depth * strakes)
            seam = abs(depth * strakes - round(depth * strakes)) < 0.08 and y > t + 1
            ink = "6" if strake == 0 else ("l" if strake < 3 else "K" if strake < 7 else "2")
            if seam:
                ink = "1" if strake >= 3 else "3"
            cv.dot(x, y, ink)
        cv.dot(x, t, "n")  # the rubbing strip along the gunwale
        cv.dot(x, t - 1, "B" if x % 9 else "b")
    # peeling: weathered grey wood where the paint has gone, paler curls at the edges
    for _ in range(70):
        x = rng.randrange(bow + 8, stern - 2)
        y = rng.uniform(top(x) + 1, bottom(x) - 2)
        for dx in range(rng.randrange(2, 9)):
            for dy in range(rng.randrange(1, 3)):
                here = cv.get(x + dx, int(y) + dy)
                if here in "6lK":
                    cv.dot(x + dx, y + dy, "4" if (dx + dy) % 3 else "3")
        edge = cv.get(x - 1, int(y))
        if edge in faded:
            cv.dot(x - 1, y, faded[edge])
    # rust streaks running down from the nails
    for x in range(bow + 20, stern - 4, 15):
        y0 = int(top(x)) + 2
        for dy in range(rng.randrange(2, 5)):
            if cv.get(x, y0 + dy) not in "1.":
                cv.dot(x, y0 + dy, "r")
    # two holes where strakes have gone: the dark inside and the ribs across it
    for x0, x1, d0, d1 in ((30, 52, 0.38, 0.6), (58, 70, 0.2, 0.38)):
        x0, x1 = round(x0 * u), round(x1 * u)
        for x in range(x0, x1):
            t, b = top(x), bottom(x)
            ya, yb = t + (b - t) * d0, t + (b - t) * d1
            ragged = rng.random() < 0.3
            for y in range(int(ya) + ragged, int(yb) + 1):
                cv.dot(x, y, "0" if (y - ya) > 1.5 else "1")
            if (x - x0) % 6 == 2:  # a rib
                for y in range(int(ya) - 1, int(yb) + 2):
                    cv.dot(x, y, "n" if (x - x0) % 12 == 2 else "B")
                cv.dot(x + 1, ya, "b")
    # the transom
    t, b = top(stern), bottom(stern)
    cv.rect(stern + 1, int(t) - 1, stern + 3, int(b), "b")
    cv.line(stern + 2, t, stern + 2, b - 2, "B")
    # the mast, snapped, leaning away with the hull; it stands over whoever passes behind it
    mx = round(44 * u)
    my = int(top(mx))
    tip_x, tip_y = mx + 9 * u, my - 20 * v
    cv.line(mx, my, tip_x, tip_y, "b", 3)
    cv.line(mx, my, tip_x, tip_y, "B")
    for i, dy in enumerate((0, -2, 1)):
        cv.dot(tip_x + i, tip_y - 1 + dy, "n")
    cv.line(mx - 10, my + 1, mx + 10, my - 1, "b")  # the thwart it stood in, seen over the side
    # sand drifted up against the bow and along the keel
    for x in range(0, round(40 * u)):
        drift = (58 - 18 * math.exp(-(((x / u - 6) / 11) ** 2))) * v + 2 * math.sin(x * 0.9)
        for y in range(int(drift), rows * TILE):
            if cv.get(x, y) != ".":
                cv.dot(x, y, "s" if y > drift + 1 else "S")
    for x in range(round(40 * u), stern + 4):
        for y in range(int(bottom(min(x, stern))) - 1, int(bottom(min(x, stern))) + 2):
            if cv.get(x, y) not in ".V":
                cv.dot(x, y, "S" if (x + y) % 3 else "t")
    # weed on the keel
    for x in range(12, stern, 7):
        cv.dot(x, bottom(x) - 2, "h")
        cv.dot(x + 1, bottom(x) - 3, "g")
    return cv.grid()


def fence_pieces() -> list:
    """The beach fence gone to ruin: a post leaning with its wire slack, a post snapped off, and the
    wire lying in the grass in loops (that one walkable)."""
    lean = Canvas(TILE, TILE)
    lean.line(5, 15, 10, 3, "b", 2)
    lean.line(5, 15, 10, 3, "B")
    lean.line(0, 6, 9, 7, "3")
    lean.line(10, 7, 15, 11, "3")
    lean.line(0, 10, 15, 13, "4")
    snapped = Canvas(TILE, TILE)
    snapped.rect(6, 9, 8, 15, "b")
    snapped.rect(6, 9, 6, 15, "B")
    snapped.dot(7, 8, "n")
    snapped.dot(8, 8, "B")
    snapped.line(0, 12, 6, 11, "3")
    loops = Canvas(TILE, TILE)
    for i in range(40):
        a = i / 40 * 2 * math.pi
        loops.dot(4 + 3.5 * math.cos(a), 9 + 2 * math.sin(a), "3")
        loops.dot(11 + 3 * math.cos(a), 11 + 2 * math.sin(a), "4")
    loops.line(0, 8, 2, 9, "3")
    loops.line(13, 12, 15, 14, "4")
    return [
        _tile("fence_lean", lean.grid(), True),
        _tile("fence_snapped", snapped.grid(), True),
        _tile("wire_loops", loops.grid()),
    ]


def pump() -> Grid:
    """A petrol pump on its island, 1x2: white body, red band, the dial, the hose hung up."""
    cv = Canvas(TILE, 2 * TILE)
    cv.rect(1, 25, 14, 30, "S")
    cv.rect(1, 25, 14, 25, "s")
    cv.rect(3, 4, 12, 26, "6")
    cv.rect(3, 4, 12, 7, "F")
    cv.rect(3, 4, 3, 26, "5")
    cv.rect(12, 4, 12, 26, "4")
    cv.rect(5, 10, 10, 14, "1")
    cv.rect(6, 11, 9, 11, "O")
    cv.rect(6, 13, 8, 13, "J")
    cv.line(12, 16, 14, 22, "1")
    cv.rect(13, 16, 14, 18, "0")
    cv.rect(4, 3, 11, 3, "0")
    cv.rect(2, 4, 2, 26, "0")
    cv.rect(13, 4, 13, 15, "0")
    return cv.grid()


def canopy() -> Grid:
    """The forecourt canopy seen from above, 6x2, drawn over the cars that pass under it."""
    cv = Canvas(6 * TILE, 2 * TILE)
    cv.rect(0, 0, 95, 27, "2")
    cv.rect(1, 1, 94, 21, "6")
    for x in range(1, 95, 12):
        cv.rect(x, 2, x, 20, "5")
    cv.rect(1, 1, 94, 1, "D")
    cv.rect(1, 22, 94, 26, "F")
    cv.rect(1, 24, 94, 24, "i")
    cv.rect(0, 28, 95, 29, "1")
    return cv.grid()


def sign_centres() -> Grid:
    """The blue sign at the roadside naming the centres, their miles beside them, on two posts."""
    cv = Canvas(2 * TILE, 2 * TILE)
    cv.rect(6, 16, 7, 30, "3")
    cv.rect(24, 16, 25, 30, "3")
    cv.rect(6, 16, 6, 30, "4")
    cv.rect(1, 2, 30, 19, "k")
    cv.rect(2, 3, 29, 18, "K")
    cv.rect(2, 3, 29, 3, "k")
    for i, (w, miles) in enumerate(((16, 2), (12, 1), (18, 2))):
        y = 6 + i * 4
        cv.rect(4, y, 4 + w, y + 1, "6")
        cv.rect(26 - miles * 2, y, 27, y + 1, "6")
    cv.rect(4, 6, 5, 7, "D")
    cv.rect(1, 31, 30, 31, "h")
    return cv.grid()


def car_inside(rng: random.Random) -> Grid:
    """Kathy's car from above with the roof off, 5x6: the bonnet, the windscreen wet with rain and
    the wipers' two fans, the dashboard (the wheel, the tape deck, the glovebox), the two front
    seats (a brown envelope on the passenger's), the back seat, the rear window."""
    cv = Canvas(5 * TILE, 6 * TILE)
    cv.rect(2, 2, 77, 93, "0")
    cv.rect(3, 3, 76, 92, "a")
    cv.rect(3, 3, 4, 92, "W")
    cv.rect(75, 3, 76, 92, "W")
    cv.rect(30, 4, 49, 12, "X")  # the bonnet's crease
    cv.rect(31, 5, 48, 11, "a")
    # windscreen with rain, the wipers' fans
    cv.rect(8, 16, 71, 30, "K")
    for cx in (26, 54):
        for y in range(16, 31):
            for x in range(8, 72):
                if (x - cx) ** 2 + ((y - 31) * 1.2) ** 2 <= 17**2:
                    cv.dot(x, y, "k")
        cv.line(cx, 30, cx - 12, 20, "1")
    for _ in range(70):
        x, y = rng.randrange(8, 72), rng.randrange(16, 31)
        cv.dot(x, y, "L" if cv.get(x, y) == "K" else "l")
    for _ in range(10):
        x, y = rng.randrange(9, 71), rng.randrange(16, 26)
        for dy in range(rng.randrange(2, 5)):
            cv.dot(x, y + dy, "5" if dy == 0 else "L")
    # dashboard
    cv.rect(5, 32, 74, 45, "1")
    cv.rect(5, 32, 74, 33, "2")
    cv.ellipse(23, 40, 8, 5, "0")  # the wheel
    cv.ellipse(23, 40, 6, 3.5, "1")
    cv.line(17, 40, 29, 40, "3")
    cv.dot(18, 38, "4")
    cv.rect(18, 34, 28, 35, "J")
    cv.rect(34, 36, 45, 43, "2")  # the tape deck
    cv.rect(35, 38, 44, 39, "0")
    cv.rect(37, 37, 42, 37, "n")
    for x in (35, 38, 41, 44):
        cv.dot(x, 42, "4")
    cv.dot(36, 41, "O")
    cv.rect(52, 36, 70, 43, "2")  # glovebox
    cv.rect(60, 39, 62, 39, "3")
    # front seats, the handbrake between
    for x0 in (12, 52):
        cv.rect(x0, 50, x0 + 15, 76, "2")
        cv.rect(x0 + 1, 51, x0 + 14, 75, "3")
        cv.rect(x0 + 1, 70, x0 + 14, 71, "2")
        cv.rect(x0 + 3, 47, x0 + 12, 50, "2")
    cv.rect(38, 52, 41, 66, "1")
    cv.rect(39, 53, 40, 56, "0")
    cv.rect(56, 56, 64, 62, "n")  # the envelope
    cv.line(56, 56, 60, 59, "B")
    cv.line(64, 56, 60, 59, "B")
    # back seat and the rear window
    cv.rect(10, 80, 69, 86, "2")
    cv.rect(11, 81, 68, 85, "3")
    cv.rect(40, 81, 40, 85, "2")
    cv.rect(14, 82, 24, 84, "o")  # a road atlas on the back seat
    cv.rect(12, 88, 67, 91, "K")
    for _ in range(12):
        cv.dot(rng.randrange(12, 68), rng.randrange(88, 92), "L")
    # door windows, wet
    for x0 in (5, 72):
        cv.rect(x0, 48, x0 + 2, 78, "K")
        for y in range(49, 78, 5):
            cv.dot(x0 + 1, y, "L")
    return cv.grid()
