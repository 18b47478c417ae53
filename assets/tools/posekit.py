"""Taking a character apart and putting it back together in a pose (used by poses.py).

A Fig is one view (down, left, up) of one character in role letters: its heads, its standing body,
which row holds the hands and where the legs begin, and the role letters its clothes use (the
garment G/N, legs L, top T/U), read from its own parts. `compose` builds a 16x24 frame from it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from artlib import ArtError, Grid, crop, mirror
from sprites import FRAME_W, Character

CELL_H = 24
HEAD_VIEWS = ("down", "left", "up")

# Arm drawings laid over a frame, per view and arm pose: (anchor, rows down from it, grid).
# Anchor "body" is the chest's first row, "head" the head's first row. Letters as in poses.txt.
OVERLAYS: dict[tuple[str, str], list[tuple[str, int, Grid]]] = {
    ("down", "hug"): [
        (
            "body",
            1,
            [
                "..o..........o..",
                ".oTo........oTo.",
                ".oTo........oTo.",
                "..oss......sso..",
                "...oo......oo...",
            ],
        )
    ],
    ("left", "hug"): [
        (
            "body",
            2,
            [
                "..ooooo.........",
                ".osTTTTo........",
                "..ooooo.........",
            ],
        )
    ],
    ("up", "hug"): [
        (
            "body",
            0,
            [
                "..o..........o..",
                ".oTo........oTo.",
                ".oTo........oTo.",
                "..o.o......o.o..",
                "....ss....ss....",
            ],
        )
    ],
    ("down", "face_low"): [
        (
            "body",
            2,
            [
                "..o..........o..",
                "..oTo......oTo..",
                "...oTossssoTo...",
                "....oo....oo....",
            ],
        )
    ],
    ("left", "face_low"): [
        (
            "body",
            1,
            [
                "....oso.........",
                "....osTo........",
                ".....oTo........",
            ],
        )
    ],
    ("up", "face_low"): [
        (
            "body",
            1,
            [
                "..o..........o..",
                ".oTo........oTo.",
                "..o..........o..",
            ],
        )
    ],
    ("down", "face"): [
        (
            "head",
            4,
            [
                "....oo....oo....",
                "...osso..osso...",
                "...osso..osso...",
                "...oTTo..oTTo...",
            ],
        ),
        (
            "body",
            0,
            [
                "..oTo......oTo..",
                "..oTo......oTo..",
                "..oo........oo..",
            ],
        ),
    ],
    ("left", "face"): [
        (
            "head",
            4,
            [
                "..oo............",
                ".osso...........",
                ".osso...........",
                "..oTTo..........",
                "...oTTo.........",
            ],
        )
    ],
    ("up", "face"): [
        (
            "body",
            0,
            [
                ".oTo........oTo.",
                ".oTo........oTo.",
                "..o..........o..",
            ],
        )
    ],
    ("down", "wave_out"): [
        (
            "head",
            1,
            [
                "oo..............",
                "sso.............",
                "sso.............",
                "oTo.............",
                ".oTo............",
                ".oTo............",
                ".oTo............",
                "..oTo...........",
            ],
        )
    ],
    ("down", "wave_in"): [
        (
            "head",
            1,
            [
                ".oo.............",
                ".sso............",
                ".sso............",
                ".oTo............",
                ".oTo............",
                ".oTo............",
                ".oTo............",
                "..oTo...........",
            ],
        )
    ],
    ("left", "wave_out"): [
        (
            "head",
            0,
            [
                ".oo.............",
                "osso............",
                "osso............",
                ".oTo............",
                "..oTo...........",
                "...oTo..........",
                "....oTo.........",
                ".....oTo........",
            ],
        )
    ],
    ("left", "wave_in"): [
        (
            "head",
            0,
            [
                "..oo............",
                ".osso...........",
                ".osso...........",
                "..oTo...........",
                "..oTo...........",
                "...oTo..........",
                "....oTo.........",
                ".....oTo........",
            ],
        )
    ],
}
OVERLAYS[("up", "wave_out")] = OVERLAYS[("down", "wave_out")]
OVERLAYS[("up", "wave_in")] = OVERLAYS[("down", "wave_in")]
ERASE_BOTH = ("hug", "face_low", "face", "rigid")


@dataclass
class Fig:
    view: str
    size: str
    heads: dict[str, Grid]
    body: Grid
    hand: int  # the row of the hands
    legs: int  # the first row of legs (the feet row when a dress hides them)
    letters: dict[str, str]  # template letter -> role letter


def take_apart(parts: dict[str, Grid], ch: Character, view: str) -> Fig:
    try:
        head = parts[f"head.{ch.head}"]
        body = crop(parts[f"body.{ch.body}.{view}"], 0, 0, FRAME_W, 99)
        front = crop(parts[f"body.{ch.body}.down"], 0, 0, FRAME_W, 99)
    except KeyError as err:
        raise ArtError(f"characters.txt: {ch.ident}: no part {err}") from None
    heads = {v: crop(head, i * FRAME_W, 0, FRAME_W, 99) for i, v in enumerate(HEAD_VIEWS)}
    heads["right"] = mirror(heads["left"])
    hand = _hand_row(body, ch)
    legs = _leg_row(front, _hand_row(front, ch))
    return Fig(view, ch.size, heads, body, hand, legs, _letters(front, _hand_row(front, ch), legs))


def _hand_row(body: Grid, ch: Character) -> int:
    rows = [i for i, r in enumerate(body) if "s" in r]
    if not rows:
        raise ArtError(f"characters.txt: {ch.ident}: body {ch.body} shows no hands (role s)")
    return rows[-1]


def _leg_row(front: Grid, hand: int) -> int:
    """The first row below the hands where two legs stand apart (else the last row: the feet)."""
    for i in range(hand + 1, len(front)):
        row = front[i]
        if row[7] == "." and row[8] == "." and row[:7].strip(".") and row[9:].strip("."):
            return i
    return len(front) - 1


def _letters(front: Grid, hand: int, legs: int) -> dict[str, str]:
    chest = Counter(c for r in front[:hand] for c in r if c not in "o.sde")
    lower = Counter(c for r in front[hand + 1 : legs] for c in r if c not in "o.s")
    own = [c for c, n in lower.most_common() if c not in chest and n >= 3]
    garment = own[0] if own else _first(lower, "t")
    shade = next((c for c in ("n", "u", "q") if lower[c] and c != garment), garment)
    leg = _first(Counter(c for r in front[legs:] for c in r if c not in "o.f"), "l")
    top = "t" if chest["t"] else _first(chest, "t")
    top_shade = next((c for c in ("u", "q") if chest[c]), top)
    return {"G": garment, "N": shade, "L": leg, "T": top, "U": top_shade}


def _first(counts: Counter[str], default: str) -> str:
    return counts.most_common(1)[0][0] if counts else default


def compose(
    fig: Fig,
    *,
    lower: tuple[Grid, str] | None = None,
    align: str = "bottom",
    head_dy: int = 0,
    head_turn: int | None = None,
    eyes_shut: bool = False,
    arms: str | None = None,
    legs: str | None = None,
    upper_dy: int = 0,
) -> Grid:
    """One 16x24 frame in role letters."""
    body = [list(r) for r in fig.body]
    chest_end = fig.hand + 1
    if lower is not None:
        rows, keep = lower
        ends = {"hand": fig.hand + 1, "chest": fig.hand, "chest-1": fig.hand - 1}
        chest_end = ends[keep] if keep in ends else int(keep)
        body = body[:chest_end] + [list(fig_letters(r, fig)) for r in rows]
    elif legs:
        body = _legs(body, fig, legs)
    arm_col = _arm_col(body, fig)
    if arms in ERASE_BOTH:
        _erase_arms(body, fig, min(fig.hand, chest_end - 1), both=True)
    elif arms in ("wave_out", "wave_in"):
        _erase_arms(body, fig, min(fig.hand, chest_end - 1), both=False)
    if arms == "rigid":
        _rigid(body, fig, arm_col)
    if upper_dy < 0:  # shoulders heave: the chest rises, the waist row stretches to follow
        body = [
            *body[: fig.hand + 1],
            list(body[min(fig.hand, len(body) - 1)]),
            *body[fig.hand + 1 :],
        ]
    canvas = [["."] * FRAME_W for _ in range(CELL_H)]
    top = 10 if align == "top" else CELL_H - len(body)
    _paste(canvas, body, top)
    head = fig.heads[_head_view(fig.view, head_turn)]
    if eyes_shut:
        head = [r.replace("e", "d") for r in head]
    head_top = top - 10 + head_dy
    _paste(canvas, head, head_top)
    for anchor, dy, grid in OVERLAYS.get((fig.view, arms or ""), []):
        y0 = (head_top if anchor == "head" else top) + dy
        _paste(canvas, [fig_letters(r, fig) for r in grid], y0)
    return ["".join(r) for r in canvas]


def fig_letters(row: str, fig: Fig) -> str:
    return "".join(fig.letters.get(c, c) for c in row)


def _head_view(view: str, turn: int | None) -> str:
    if turn is None:
        return view
    if view == "left":
        return ("down", "up")[turn]
    return ("left", "right")[turn]


def _paste(canvas: list[list[str]], grid, y0: int) -> None:
    for y, row in enumerate(grid):
        if 0 <= y0 + y < len(canvas):
            for x, ch in enumerate(row):
                if ch != "." and 0 <= x < FRAME_W:
                    canvas[y0 + y][x] = ch


def _arm_col(body: list[list[str]], fig: Fig) -> int:
    row = body[min(3, fig.hand - 1)]
    return next((x for x, c in enumerate(row) if c != "."), 2) + 1


def _erase_arms(body: list[list[str]], fig: Fig, last: int, *, both: bool) -> None:
    """Take the hanging arms off the chest (the outline moves in over the sleeve)."""
    if fig.view == "left":
        arm = (fig.letters["U"], "s")
        for r in range(1, last + 1):
            body[r] = [(fig.letters["T"] if c in arm else c) for c in body[r]]
        return
    for r in range(1, last + 1):
        row = body[r]
        xs = [x for x, c in enumerate(row) if c != "."]
        if len(xs) < 6:
            continue
        left, right = xs[0], xs[-1]
        row[left], row[left + 1] = ".", "o"
        if both:
            row[right], row[right - 1] = ".", "o"


def _rigid(body: list[list[str]], fig: Fig, ax: int) -> None:
    """Arms held stiff at the sides, fists clenched a little out from the body, below the hands."""
    low = fig.hand + 1
    if low + 1 >= len(body):
        return
    if fig.view == "left":
        hx = next((x for x, c in enumerate(fig.body[fig.hand]) if c == "s"), 7)
        body[low][hx], body[low + 1][hx] = "s", "o"
        return
    bx = FRAME_W - 1 - ax
    for x, out in ((ax - 1, ax - 2), (bx + 1, bx + 2)):
        body[low][x], body[low][out], body[low + 1][x] = "s", "o", "o"
        body[fig.hand][x] = "o" if body[fig.hand][x] == "." else body[fig.hand][x]


def _legs(body: list[list[str]], fig: Fig, how: str) -> list[list[str]]:
    last = len(body) - 1
    if how == "sink":  # knees give: everything above the legs drops a pixel
        drop = fig.legs if fig.legs < last else last - 1
        blank = ["."] * FRAME_W
        return [blank, *body[:drop], *body[drop + 1 :]]
    out = [list(r) for r in body]
    if fig.view == "left":  # the near knee comes up and forward; the far leg stands
        if how != "lift_left":
            return out  # the other foot lifts behind the standing one, out of sight
        for r in range(fig.legs, last + 1):
            for x, c in enumerate(body[r]):
                if c != "." and x - 3 >= 0 and r - 2 >= 0:
                    out[r - 2][x - 3] = c
        return out
    cols = range(0, 8) if how == "lift_left" else range(8, FRAME_W)
    for x in cols:  # the foot comes up in front of the hem; the leg under it is hidden
        foot = body[last][x]
        out[last][x] = out[last - 1][x] = "."
        if foot != ".":
            out[last - 2][x] = foot
    return out
