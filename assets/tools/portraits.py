"""Bust portraits for the text box, composed from hand-drawn layers.

Sources:
  assets/src/portraits/parts.txt      layers in *role letters* (like the sprite parts);
                                      a header option `at=x,y` places a block on the 48x48
                                      canvas (default 0,0)
  assets/src/portraits/portraits.txt  one line per sheet:
      <id>: face=<f> hair=<h> bust=<b> expressions=neutral,happy,... [bg=K] role=key ...

Each frame is drawn back to front: background, `hairb.<hair>` (hair behind the head),
`bust.<bust>`, `face.<face>`, the expression, then `hair.<hair>` (fringe and sides over the
face) and any `extra=a,b` blocks. The expression is `expr.<name>.<face>` if that block
exists, else `expr.<name>`, so adult faces can override a child's features where they need
to. Output `assets/portraits/<id>.png` is one row of 48x48 frames in the listed order; the
engine picks a frame by the index of the expression in the actor's `expressions` list.
"""

from __future__ import annotations

from dataclasses import dataclass

from artlib import (
    SRC,
    ArtError,
    Grid,
    blank,
    check_chars,
    option_lines,
    parse_blocks,
    paste,
    to_grid,
)

SIZE = 48
# o outline, s/d/k skin, shade, deep shade, e eyes, w eye white, h/j/i hair, shade, highlight,
# t/u top and shade, c/q shirt and shade, r trim (tie, lapel, ribbon), m mouth, g blush
ROLES = set("osdkewhjitucqrmg.")
DEFAULTS = {"o": "0", "s": "p", "d": "P", "k": "E", "e": "1", "w": "6", "m": "E", "g": "f"}
DEFAULTS |= {"c": "6", "q": "5"}


@dataclass
class Part:
    rows: Grid
    x: int
    y: int


@dataclass
class Sheet:
    ident: str
    face: str
    hair: str
    bust: str
    expressions: list[str]
    background: str
    extras: list[str]
    colours: dict[str, str]


def load_parts() -> dict[str, Part]:
    parts: dict[str, Part] = {}
    for b in parse_blocks(SRC / "portraits" / "parts.txt"):
        check_chars(b.rows, ROLES, b.where)
        x, _, y = b.opts.get("at", "0,0").partition(",")
        part = Part(b.rows, int(x), int(y))
        if part.x + b.width > SIZE or part.y + len(b.rows) > SIZE:
            raise ArtError(f"{b.where}: {b.name} does not fit the {SIZE}x{SIZE} frame")
        parts[b.name] = part
    return parts


def load_sheets() -> list[Sheet]:
    path = SRC / "portraits" / "portraits.txt"
    out: list[Sheet] = []
    for _num, ident, opts in option_lines(path, ("face", "hair", "bust", "expressions")):
        face, hair, bust = opts.pop("face"), opts.pop("hair"), opts.pop("bust")
        expressions = opts.pop("expressions").split(",")
        background = opts.pop("bg", "2")
        extras = [e for e in opts.pop("extra", "").split(",") if e]
        out.append(Sheet(ident, face, hair, bust, expressions, background, extras, DEFAULTS | opts))
    return out


def background(key: str) -> list[list[str]]:
    """A flat field darkened to charcoal toward the edges by an ordered dither (a soft vignette)."""
    canvas = blank(SIZE, SIZE, key)
    bayer = ((0, 8, 2, 10), (12, 4, 14, 6), (3, 11, 1, 9), (15, 7, 13, 5))
    for y in range(SIZE):
        for x in range(SIZE):
            d = ((x - 23.5) / 30) ** 2 + ((y - 16) / 34) ** 2  # light falls from the upper middle
            if d * 40 > bayer[y % 4][x % 4] + 8:
                canvas[y][x] = "1"
    return canvas


def frame(parts: dict[str, Part], sheet: Sheet, expression: str) -> Grid:
    """One 48x48 frame in palette keys."""
    names = [f"hairb.{sheet.hair}", f"bust.{sheet.bust}", f"face.{sheet.face}"]
    expr = f"expr.{expression}.{sheet.face}"
    names.append(expr if expr in parts else f"expr.{expression}")
    names += [f"hair.{sheet.hair}", *(f"extra.{e}" for e in sheet.extras)]
    roles = blank(SIZE, SIZE)
    for name in names:
        if name.startswith("hairb.") and name not in parts:
            continue  # hair behind the head is optional
        if name not in parts:
            raise ArtError(f"portraits.txt: {sheet.ident}: no part {name!r}")
        part = parts[name]
        paste(roles, part.rows, part.x, part.y)
    canvas = background(sheet.background)
    for y, row in enumerate(roles):
        for x, role in enumerate(row):
            if role == ".":
                continue
            if role not in sheet.colours:
                raise ArtError(f"portraits.txt: {sheet.ident}: no colour for role {role!r}")
            canvas[y][x] = sheet.colours[role]
    return to_grid(canvas)


def build_all() -> dict[str, Grid]:
    """Every portrait sheet: expressions side by side, in the listed order."""
    parts = load_parts()
    out: dict[str, Grid] = {}
    for sheet in load_sheets():
        frames = [frame(parts, sheet, e) for e in sheet.expressions]
        out[sheet.ident] = ["".join(f[y] for f in frames) for y in range(SIZE)]
    return out
