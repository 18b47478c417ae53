"""Shared helpers for the art tools: the palette, text-grid blocks and PNG output.

A *grid* is a list of equal-length strings, one character per pixel. Characters are palette
keys (see assets/src/palette.txt); '.' is transparent. Grid files hold named *blocks*:

    # a comment
    [bench 2x1 mask=## base=grass_0]
    ................................
    ...

The header is a name, an optional size in tiles (WxH, default 1x1) and key=value options.
Rows follow until a blank line or the next header. Everything here is deterministic.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "src"
TILE = 16
TRANSPARENT = "."

Grid = list[str]
RGBA = tuple[int, int, int, int]


class ArtError(ValueError):
    """A problem in an art source, reported as file:line: message."""


def load_palette(path: Path = SRC / "palette.txt") -> dict[str, RGBA]:
    """Read `<char> #rrggbb name` lines; '.' maps to fully transparent."""
    colours: dict[str, RGBA] = {TRANSPARENT: (0, 0, 0, 0)}
    for num, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) < 2 or len(parts[0]) != 1 or not parts[1].startswith("#"):
            raise ArtError(f"{path}:{num}: expected '<char> #rrggbb name'")
        key, hexcol = parts[0], parts[1]
        if key in colours:
            raise ArtError(f"{path}:{num}: duplicate palette key {key!r}")
        colours[key] = (int(hexcol[1:3], 16), int(hexcol[3:5], 16), int(hexcol[5:7], 16), 255)
    return colours


@dataclass
class Block:
    """One named grid from a source file, with its header options and origin."""

    name: str
    rows: Grid
    cols: int = 1  # size in tiles (tiles files only)
    high: int = 1
    opts: dict[str, str] = field(default_factory=dict)
    where: str = ""  # "file:line" of the header, for messages

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0


def parse_blocks(path: Path) -> list[Block]:
    """Parse every [header] + rows block in a grid file, checking rows are rectangular."""
    blocks: list[Block] = []
    current: Block | None = None
    for num, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.rstrip()
        if line.startswith("["):
            if not line.endswith("]"):
                raise ArtError(f"{path}:{num}: header must end with ']'")
            words = line[1:-1].split()
            current = Block(name=words[0], rows=[], where=f"{path.name}:{num}")
            for word in words[1:]:
                if "=" in word:
                    key, val = word.split("=", 1)
                    current.opts[key] = val
                elif "x" in word:
                    w, h = word.split("x")
                    current.cols, current.high = int(w), int(h)
                else:
                    raise ArtError(f"{path}:{num}: unknown header word {word!r}")
            blocks.append(current)
        elif not line or line.lstrip().startswith("#"):
            current = None if not line else current
        elif current is None:
            raise ArtError(f"{path}:{num}: grid row outside a block")
        else:
            if current.rows and len(line) != len(current.rows[0]):
                raise ArtError(f"{path}:{num}: row length {len(line)} != {len(current.rows[0])}")
            current.rows.append(line)
    names = [b.name for b in blocks]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ArtError(f"{path}: duplicate block names {dupes}")
    return blocks


def option_lines(path: Path, required: tuple[str, ...]) -> list[tuple[int, str, dict[str, str]]]:
    """Lines `ident: key=value ...` of a list file (characters, portraits): (line number, ident,
    options), with `#` comments and blank lines skipped and the `required` keys checked."""
    out = []
    for num, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        ident, _, rest = line.partition(":")
        opts = dict(word.split("=", 1) for word in rest.split())
        missing = [key for key in required if key not in opts]
        if missing:
            raise ArtError(f"{path.name}:{num}: missing '{missing[0]}'")
        out.append((num, ident.strip(), opts))
    return out


def check_chars(grid: Grid, allowed: set[str], where: str) -> None:
    """Fail on any character outside `allowed` (palette keys or role letters)."""
    for y, row in enumerate(grid):
        for x, ch in enumerate(row):
            if ch not in allowed:
                raise ArtError(f"{where}: bad character {ch!r} at row {y} col {x}")


def blank(w: int, h: int, ch: str = TRANSPARENT) -> list[list[str]]:
    """A mutable w x h pixel canvas of characters."""
    return [[ch] * w for _ in range(h)]


def to_grid(canvas: list[list[str]]) -> Grid:
    return ["".join(row) for row in canvas]


def mirror(grid: Grid) -> Grid:
    """Flip left-right (used to make right-facing frames from left-facing ones)."""
    return [row[::-1] for row in grid]


def paste(canvas: list[list[str]], grid: Grid, x0: int, y0: int) -> None:
    """Draw grid onto canvas; transparent pixels leave what is underneath."""
    for y, row in enumerate(grid):
        for x, ch in enumerate(row):
            if ch != TRANSPARENT and 0 <= y0 + y < len(canvas) and 0 <= x0 + x < len(canvas[0]):
                canvas[y0 + y][x0 + x] = ch


def crop(grid: Grid, x: int, y: int, w: int, h: int) -> Grid:
    return [row[x : x + w] for row in grid[y : y + h]]


def grid_surface(grid: Grid, palette: dict[str, RGBA]) -> pygame.Surface:
    """Turn a grid into a 32-bit surface with per-pixel alpha."""
    surf = pygame.Surface((len(grid[0]), len(grid)), pygame.SRCALPHA, 32)
    for y, row in enumerate(grid):
        for x, ch in enumerate(row):
            surf.set_at((x, y), palette[ch])
    return surf


def save_png(surf: pygame.Surface, path: Path) -> None:
    """Write a PNG; pygame-ce's libpng writer adds no timestamp, so bytes are stable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surf, str(path))
