"""Chapter 3's things inside the centres, drawn by code (see tiles_completion.py): windows onto
trees, onto the green and, at the end of Halbury's corridor, onto the flat land and a line of
sea; the scanner by the entrance, the rota with names struck through, Room 12's door, lockers
(one with flowers), Ruth's walking frame, Tommy's desk with his drawings and the tin, and his
drawings pinned to the wall."""

from __future__ import annotations

import random

from artlib import TILE, Grid
from tiles_completion_props import Canvas, cut


def _on(base: list[Grid], grid: Grid) -> Grid:
    """Fill the transparent pixels of a 1-wide or wider block from a column of base tiles."""
    out = []
    for y, row in enumerate(grid):
        under = base[min(y // TILE, len(base) - 1)][y % TILE]
        out.append("".join(under[x % TILE] if ch == "." else ch for x, ch in enumerate(row)))
    return out


def centre_props(known: dict[str, Grid]) -> list:
    rng = random.Random(1994)
    hosp = [known["wall_upper"], known["wall_lower"]]
    tm = [known["tm_wall_upper"], known["tm_wall_lower"]]
    tiles = cut("window_trees", _on(hosp, window(rng, 2, "trees")), "##/##")
    tiles += cut("window_end", _on(hosp, window(rng, 4, "land")), "####/####")
    tiles += cut("tm_window", _on(tm, window(rng, 2, "green")), "##/##")
    tiles += cut("scanner", _on(hosp[1:], scanner()), "#")
    tiles += cut("rota", _on(hosp[:1], rota(rng)), "##")
    tiles += cut("door_12", _on(hosp, door_12()), "##/##")
    tiles += cut("tm_door", _on(tm, door_12(number=False)), "##/##")
    tiles += cut("locker", locker(False), "#")
    tiles += cut("locker_flowers", locker(True), "^/#")
    tiles += cut("frame", walking_frame(), "#")
    tiles += cut("desk_drawings", desk(rng), "##")
    tiles += cut("drawings_pinned", _on(tm[:1], pinned(rng)), "###")
    return tiles


def window(rng: random.Random, cols: int, view: str) -> Grid:
    """A window across the wall's two rows: white frame, pale sky, and what is outside."""
    w, h = cols * TILE, 2 * TILE
    cv = Canvas(w, h)
    cv.rect(1, 2, w - 2, 25, "D")
    cv.rect(3, 4, w - 4, 23, "9")
    for y in range(4, 11):
        for x in range(3, w - 3):
            if (x + y * 3) % 17 == 0:
                cv.dot(x, y, "5")
    if view == "land":  # the flat fields going off, a pale line of sea, a smudge of trees
        cv.rect(3, 14, w - 4, 15, "X")
        cv.rect(3, 16, w - 4, 23, "H")
        for x in range(3, w - 3):
            if rng.random() < 0.3:
                cv.dot(x, 17 + rng.randrange(6), "G")
        for x0 in (8, 30, 47):
            cv.ellipse(x0, 15, 4, 2, "h")
    else:
        ground = "G" if view == "green" else "g"
        cv.rect(3, 19, w - 4, 23, ground)
        for x0 in range(4, w - 3, 7 if view == "trees" else 13):
            r = rng.uniform(3.5, 5.5)
            top = rng.randrange(9, 13)
            cv.ellipse(x0 + 2, top + r, r, r, "g")
            cv.ellipse(x0 + 1, top + r - 1, r * 0.6, r * 0.6, "G")
            cv.dot(x0 + 2, top + 2 * r + 1, "b")
        if view == "green":
            cv.rect(6, 21, 14, 21, "B")  # a bench on the grass
            cv.rect(6, 22, 6, 23, "b")
            cv.rect(14, 22, 14, 23, "b")
    for x in range(w // 2 - 1, w // 2 + 1):  # the glazing bar
        cv.rect(x, 4, x, 23, "D")
    cv.rect(3, 13, w - 4, 13, "D")
    cv.rect(0, 26, w - 1, 27, "D")  # the sill
    cv.rect(0, 28, w - 1, 28, "C")
    return cv.grid()


def scanner() -> Grid:
    """The reader by the entrance, on the dado: a grey box, a slot, a small green light."""
    cv = Canvas(TILE, TILE)
    cv.rect(4, 2, 11, 12, "2")
    cv.rect(5, 3, 10, 11, "3")
    cv.rect(6, 5, 9, 5, "0")
    cv.rect(7, 8, 8, 9, "J")
    cv.dot(7, 8, "D")
    cv.rect(4, 13, 11, 13, "N")
    return cv.grid()


def rota(rng: random.Random) -> Grid:
    """The rota on its board: a printed grid, names in biro, some ruled through in red."""
    cv = Canvas(2 * TILE, TILE)
    cv.rect(1, 1, 30, 14, "n")
    cv.rect(3, 2, 28, 13, "6")
    for y in range(4, 13, 2):
        cv.rect(3, y, 28, y, "5")
        cv.rect(4, y - 1, 4 + rng.randrange(5, 10), y - 1, "k")
        cv.rect(17, y - 1, 17 + rng.randrange(2, 6), y - 1, "2")
    for y in (5, 9):
        cv.rect(3, y, 15, y, "F")
    cv.rect(15, 2, 15, 13, "4")
    cv.dot(3, 2, "F")
    cv.dot(28, 2, "F")
    return cv.grid()


def door_12(number: bool = True) -> Grid:
    """A wide single door (two tiles: room for a frame and a nurse beside it), a small window,
    the push plate, and on Halbury's the room's number."""
    cv = Canvas(2 * TILE, 2 * TILE)
    cv.rect(1, 1, 30, 31, "C")
    cv.rect(3, 3, 28, 31, "A")
    cv.rect(3, 3, 3, 31, "D")
    cv.rect(11, 6, 20, 13, "N")
    cv.rect(12, 7, 19, 12, "9")
    cv.dot(13, 8, "D")
    cv.rect(24, 17, 26, 22, "4")
    cv.rect(3, 29, 28, 31, "3")
    if number:  # "12" in small white figures on a dark plate
        cv.rect(12, 15, 19, 21, "1")
        cv.rect(13, 16, 13, 20, "D")
        for x, y in ((15, 16), (16, 16), (17, 16), (17, 17), (17, 18), (16, 18), (15, 18)):
            cv.dot(x, y, "D")
        for x, y in ((15, 19), (15, 20), (16, 20), (17, 20)):
            cv.dot(x, y, "D")
    return cv.grid()


def locker(flowers: bool) -> Grid:
    """A bedside locker; with flowers, a jug of them standing up above it."""
    h = 2 * TILE if flowers else TILE
    cv = Canvas(TILE, h)
    y0 = h - TILE
    cv.rect(2, y0 + 2, 13, y0 + 15, "C")
    cv.rect(2, y0 + 2, 13, y0 + 4, "D")
    cv.rect(3, y0 + 5, 12, y0 + 14, "A")
    cv.rect(3, y0 + 9, 12, y0 + 9, "C")
    cv.rect(7, y0 + 7, 8, y0 + 7, "3")
    cv.rect(7, y0 + 11, 8, y0 + 11, "3")
    if flowers:
        cv.rect(6, y0 - 4, 9, y0 + 2, "L")
        cv.rect(6, y0 - 4, 6, y0 + 2, "D")
        for x, y, ink in ((4, 6, "i"), (7, 4, "M"), (10, 5, "i"), (5, 9, "F"), (11, 8, "M")):
            cv.line(x, y, 7.5, y0 - 4, "g")
            cv.rect(x - 1, y - 1, x + 1, y, ink)
            cv.dot(x, y - 1, "6")
    return cv.grid()


def walking_frame() -> Grid:
    """Ruth's walking frame, folded against the wall: grey tubes, rubber feet, tape on a grip."""
    cv = Canvas(TILE, TILE)
    for x in (3, 12):
        cv.rect(x, 2, x, 14, "4")
        cv.dot(x, 15, "0")
    cv.rect(3, 2, 12, 2, "5")
    cv.rect(3, 8, 12, 8, "4")
    cv.rect(2, 2, 4, 4, "1")
    cv.rect(11, 2, 13, 4, "1")
    cv.rect(11, 3, 13, 3, "6")
    return cv.grid()


def desk(rng: random.Random) -> Grid:
    """Tommy's desk, 2x1: drawings spread across it, a pencil, the tin with its lid off."""
    cv = Canvas(2 * TILE, TILE)
    cv.rect(0, 1, 31, 12, "B")
    cv.rect(0, 1, 31, 1, "n")
    cv.rect(0, 12, 31, 14, "b")
    cv.rect(1, 15, 2, 15, "0")
    cv.rect(29, 15, 30, 15, "0")
    for x0, y0 in ((2, 3), (9, 2), (15, 4)):
        cv.rect(x0, y0, x0 + 7, y0 + 6, "6")
        for _ in range(6):  # pencil creatures: a few close strokes
            x, y = x0 + rng.randrange(1, 6), y0 + rng.randrange(1, 5)
            cv.dot(x, y, "2")
            cv.dot(x + 1, y, "3")
    cv.rect(25, 4, 29, 9, "S")  # the tin
    cv.rect(26, 5, 28, 8, "4")
    cv.line(10, 10, 16, 9, "o")
    return cv.grid()


def pinned(rng: random.Random) -> Grid:
    """His drawings pinned up over the desk, 3x1: sheets of animals in pencil, a pin in each."""
    cv = Canvas(3 * TILE, TILE)
    for i, x0 in enumerate((2, 13, 24, 36)):
        y0 = 2 + (i % 2) * 2
        cv.rect(x0, y0, x0 + 8, y0 + 9, "6")
        cv.rect(x0 + 8, y0 + 1, x0 + 8, y0 + 9, "5")
        for _ in range(7):
            x, y = x0 + rng.randrange(2, 7), y0 + rng.randrange(2, 8)
            cv.dot(x, y, "2")
            cv.dot(x, y + 1, "3")
        cv.dot(x0 + 4, y0, "F")
    return cv.grid()


def wheelchair() -> Grid:
    """A hospital wheelchair parked by the wall, seen from the front: the big wheels, the sling
    seat and back, the footplates."""
    cv = Canvas(TILE, TILE)
    for x0 in (1, 11):
        cv.rect(x0, 4, x0 + 3, 14, "2")
        cv.rect(x0 + 1, 5, x0 + 2, 13, "4")
        cv.rect(x0 + 1, 9, x0 + 2, 9, "2")
    cv.rect(4, 2, 11, 8, "k")  # the back
    cv.rect(4, 2, 11, 2, "4")
    cv.rect(4, 8, 11, 10, "K")  # the seat
    cv.rect(5, 12, 6, 14, "3")
    cv.rect(9, 12, 10, 14, "3")
    cv.rect(4, 14, 6, 14, "1")
    cv.rect(9, 14, 11, 14, "1")
    return cv.grid()
