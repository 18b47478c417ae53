"""The 480x270 title backdrop: the main house across the lawn at dusk.

Drawn from simple shapes in palette keys with ordered (Bayer) dithering between bands,
so it matches the game's pixel art. The top-centre stays open sky for the title text.
"""

from __future__ import annotations

import math
import random

from artlib import Grid, blank, to_grid

W, H = 480, 270
HORIZON = 178
BAYER = [[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]]
SKY = "xxlLffO"
Canvas = list[list[str]]


def dither(c: Canvas, x: int, y: int, a: str, b: str, t: float) -> None:
    """Choose b over a with probability-like weight t, by the 4x4 Bayer threshold."""
    c[y][x] = b if t * 16 > BAYER[y % 4][x % 4] + 0.5 else a


def gradient(c: Canvas, y0: int, y1: int, inks: str, x0: int = 0, x1: int = W) -> None:
    for y in range(y0, y1):
        pos = (y - y0) / max(1, y1 - y0 - 1) * (len(inks) - 1)
        i = min(int(pos), len(inks) - 2)
        for x in range(x0, x1):
            dither(c, x, y, inks[i], inks[i + 1], pos - i)


def rect(c: Canvas, x0: int, y0: int, x1: int, y1: int, ink: str) -> None:
    for y in range(max(0, y0), min(H, y1)):
        for x in range(max(0, x0), min(W, x1)):
            c[y][x] = ink


def crown(c: Canvas, rng: random.Random, cx: int, cy: int, r: int, inks: str) -> None:
    """A dark tree crown from overlapping circles; inks = shade, rim (lit by the sky)."""
    blobs = [(cx, cy, r)] + [
        (cx + int(r * 0.7 * math.cos(a)), cy + int(r * 0.6 * math.sin(a)), int(r * 0.55))
        for a in (rng.uniform(0, 6.28) for _ in range(7))
    ]
    for bx, by, br in blobs:
        for y in range(by - br, by + br + 1):
            for x in range(bx - br, bx + br + 1):
                if 0 <= x < W and 0 <= y < H and (x - bx) ** 2 + (y - by) ** 2 <= br * br:
                    lit = (x - bx) * 0.5 + (y - by) < -br * 0.75
                    c[y][x] = inks[1] if lit and rng.random() < 0.6 else inks[0]


def house(c: Canvas, rng: random.Random, closed: bool = False) -> None:
    """The house front, facing us, its windows lit for the evening (or, `closed`, all dark and
    the door shut: the title once the game is finished)."""
    left, right, eave, ground = 140, 340, 128, HORIZON + 6
    for y in range(96, eave):  # hipped roof narrowing to the ridge
        inset = (eave - y) * 1.2
        for x in range(int(left - 6 + inset), int(right + 6 - inset)):
            c[y][x] = "1" if (x + y // 3) % 7 else "2"
    for cx in (170, 236, 310):  # chimneys with pots
        rect(c, cx, 84, cx + 10, 110, "r")
        rect(c, cx - 1, 84, cx + 11, 87, "2")
        rect(c, cx + 2, 80, cx + 4, 84, "r")
        rect(c, cx + 6, 81, cx + 8, 84, "r")
    rect(c, 210, 104, 270, eave, "1")  # central gable
    for y in range(92, 104):
        half = (y - 92) * 2.6
        rect(c, int(240 - half), y, int(240 + half), y + 1, "1")
    rect(c, left, eave, right, ground, "r")
    for y in range(eave, ground, 3):  # brick courses, faintly
        for x in range(left + (y % 2) * 3, right, 7):
            c[y][x] = "m"
    rect(c, left - 6, eave, right + 6, eave + 2, "2")
    rect(c, left, ground - 4, right, ground, "b")
    for row, wy in enumerate((eave + 8, eave + 28)):
        for wx in range(left + 10, right - 10, 22):
            if 228 <= wx <= 246 and row == 1:
                continue
            lit = rng.random() < 0.55 and not closed
            rect(c, wx - 1, wy - 1, wx + 10, wy + 15, "2")
            rect(c, wx, wy, wx + 9, wy + 14, "O" if lit else "x")
            if lit:
                rect(c, wx + 4, wy, wx + 5, wy + 14, "o")
                rect(c, wx, wy + 7, wx + 9, wy + 7, "o")
    rect(c, 231, ground - 22, 250, ground - 4, "0")  # the front door, ajar and lit
    if closed:  # shut: the dark panels of a closed door
        rect(c, 232, ground - 21, 249, ground - 4, "b")
        rect(c, 240, ground - 21, 241, ground - 4, "0")
    else:
        rect(c, 233, ground - 20, 238, ground - 4, "o")
    rect(c, 226, ground - 4, 255, ground, "S")


def lawn(c: Canvas, rng: random.Random) -> None:
    gradient(c, HORIZON, H, "hgghv")
    for y in range(HORIZON + 6, H):  # the drive, widening towards us
        t = (y - HORIZON) / (H - HORIZON)
        half = 10 + t * 70
        x0, x1 = int(241 - half - t * 40), int(241 + half - t * 40)
        for x in range(max(0, x0), min(W, x1)):
            dither(c, x, y, "u", "T", t * 0.8 + (0.2 if (x - x0) < 2 or x1 - x < 2 else 0))
    for _ in range(900):  # grass flecks catching the last light
        x, y = rng.randrange(W), rng.randrange(HORIZON + 10, H)
        if c[y][x] in "gGh":
            c[y][x] = "H" if rng.random() < 0.3 else "h"


def backdrop(closed: bool = False) -> Grid:
    """The title backdrop; `closed`: the variant shown once the game has been finished."""
    rng = random.Random(1985)
    c = blank(W, H)
    gradient(c, 0, HORIZON, SKY)
    for _ in range(14):  # long low clouds
        cx, cy, ln = rng.randrange(W), rng.randrange(120, 170), rng.randrange(30, 90)
        for x in range(cx - ln // 2, cx + ln // 2):
            if 0 <= x < W:
                c[cy][x] = "f" if cy > 150 else "x"
    for x in range(W):  # distant treeline on the horizon
        top = HORIZON - 10 - int(6 * math.sin(x / 23) + 4 * math.sin(x / 7.3) + rng.random() * 3)
        for y in range(top, HORIZON + 2):
            c[y][x] = "v"
    lawn(c, rng)
    house(c, rng, closed)
    crown(c, rng, 40, 120, 70, "0x")
    rect(c, 36, 150, 52, H, "0")
    crown(c, rng, 462, 150, 48, "0x")
    rect(c, 456, 170, 468, H, "0")
    return to_grid(c)
