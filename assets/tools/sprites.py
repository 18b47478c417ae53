"""Character sprite sheets composed from hand-drawn parts (assets/src/sprites/parts.txt).

A sheet is 3 columns (stand, step A, step B) x 4 rows (down, left, right, up) of 16x24
frames. Each character (assets/src/sprites/characters.txt) picks a head style and a body
type and maps the parts' *role letters* to palette keys, so one drawing serves many people.
Right-facing frames are the left-facing ones mirrored. Children stand 4px shorter.
"""

from __future__ import annotations

from dataclasses import dataclass

from artlib import (
    SRC,
    ArtError,
    Grid,
    blank,
    check_chars,
    crop,
    load_palette,
    mirror,
    option_lines,
    parse_blocks,
    paste,
    to_grid,
)

FRAME_W, FRAME_H = 16, 24
DIRECTIONS = ("down", "left", "right", "up")
ROLES = set("osdehjtucqrbnlf.")
DEFAULTS = {"o": "0", "s": "p", "d": "P", "e": "1", "c": "6", "q": "5", "l": "5", "f": "1"}
HEAD_Y = {"child": 4, "adult": 0}  # the body starts 10 rows below the head's top


@dataclass
class Character:
    ident: str
    head: str
    body: str
    size: str
    colours: dict[str, str]


def load_characters() -> list[Character]:
    path = SRC / "sprites" / "characters.txt"
    chars: list[Character] = []
    for num, ident, opts in option_lines(path, ("head", "body", "size")):
        head, body, size = opts.pop("head"), opts.pop("body"), opts.pop("size")
        if size not in HEAD_Y:
            raise ArtError(f"{path.name}:{num}: size must be child or adult")
        chars.append(Character(ident, head, body, size, {**DEFAULTS, **opts}))
    return chars


def load_parts() -> dict[str, Grid]:
    blocks = parse_blocks(SRC / "sprites" / "parts.txt")
    for b in blocks:
        check_chars(b.rows, ROLES, b.where)
        if b.width != FRAME_W * 3:
            raise ArtError(f"{b.where}: part rows must be {FRAME_W * 3} wide (3 frames)")
    return {b.name: b.rows for b in blocks}


def frame(parts: dict[str, Grid], ch: Character, direction: str, pose: int) -> Grid:
    """One 16x24 frame in role letters."""
    flip = direction == "right"
    src_dir = "left" if flip else direction
    head_idx = ("down", "left", "up").index(src_dir)
    try:
        head = crop(parts[f"head.{ch.head}"], head_idx * FRAME_W, 0, FRAME_W, 99)
        body = crop(parts[f"body.{ch.body}.{src_dir}"], pose * FRAME_W, 0, FRAME_W, 99)
    except KeyError as err:
        raise ArtError(f"characters.txt: {ch.ident}: no part {err}") from None
    top = HEAD_Y[ch.size]
    if top + 10 + len(body) != FRAME_H:
        raise ArtError(f"{ch.ident}: body {ch.body} does not reach the frame's foot")
    canvas = blank(FRAME_W, FRAME_H)
    paste(canvas, body, 0, top + 10)
    paste(canvas, head, 0, top)  # after the body, so long hair falls over the shoulders
    grid = to_grid(canvas)
    return mirror(grid) if flip else grid


def sheet(parts: dict[str, Grid], ch: Character) -> Grid:
    """The full 48x96 sheet for one character, in palette keys."""
    canvas = blank(FRAME_W * 3, FRAME_H * 4)
    for row, direction in enumerate(DIRECTIONS):
        for pose in range(3):
            paste(canvas, frame(parts, ch, direction, pose), pose * FRAME_W, row * FRAME_H)
    roles = to_grid(canvas)
    missing = {c for r in roles for c in r} - set(ch.colours) - {"."}
    if missing:
        raise ArtError(f"characters.txt: {ch.ident}: no colour for roles {sorted(missing)}")
    return ["".join("." if c == "." else ch.colours[c] for c in r) for r in roles]


def shadow() -> Grid:
    """A 16x8 dithered ellipse to draw under feet (reads as half-dark over any ground)."""
    rows = []
    for y in range(8):
        row = ""
        for x in range(16):
            inside = ((x - 7.5) / 7) ** 2 + ((y - 3.5) / 3) ** 2 <= 1
            row += "0" if inside and (x + y) % 2 == 0 else "."
        rows.append(row)
    return rows


def vehicles() -> dict[str, Grid]:
    """Sheets drawn whole in palette keys (assets/src/sprites/vehicles.txt): blocks `<id>.down`,
    `<id>.left`, `<id>.up`, each 3 frames wide; right is left mirrored, as for people."""
    blocks = parse_blocks(SRC / "sprites" / "vehicles.txt")
    keys = set(load_palette())
    by_name = {b.name: b for b in blocks}
    out: dict[str, Grid] = {}
    for ident in dict.fromkeys(b.name.rsplit(".", 1)[0] for b in blocks):
        canvas = blank(FRAME_W * 3, FRAME_H * 4)
        for row, direction in enumerate(DIRECTIONS):
            block = by_name.get(f"{ident}.{'left' if direction == 'right' else direction}")
            if block is None:
                raise ArtError(f"vehicles.txt: {ident}: no block {ident}.{direction}")
            if block.width != FRAME_W * 3 or len(block.rows) != FRAME_H:
                raise ArtError(f"{block.where}: must be {FRAME_W * 3}x{FRAME_H}")
            check_chars(block.rows, keys, block.where)
            for pose in range(3):
                cell = crop(block.rows, pose * FRAME_W, 0, FRAME_W, FRAME_H)
                paste(canvas, mirror(cell) if direction == "right" else cell,
                      pose * FRAME_W, row * FRAME_H)  # fmt: skip
        out[ident] = to_grid(canvas)
    return out


def build_all() -> dict[str, Grid]:
    parts = load_parts()
    out = {ch.ident: sheet(parts, ch) for ch in load_characters()}
    out.update(vehicles())  # Kathy's car (Chapter 3's road)
    out["shadow"] = shadow()
    return out
