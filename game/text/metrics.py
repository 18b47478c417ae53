"""Font metrics: how wide text is in the game's pixel fonts, from their JSON (no drawing).

`assets/tools/build_fonts.py` writes each font as a glyph sheet and `<name>.json` metrics. Measuring
and wrapping are pure functions of the JSON, so the content linter checks that lines fit the text
box without a display; `game.ui.font.BitmapFont` adds the drawing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from game.text.layout import wrap_text

FALLBACK = "fallback"


@dataclass(frozen=True, slots=True)
class GlyphInfo:
    width: int  # layout box width: what a glyph occupies before spacing
    advance: int  # pen movement after the glyph
    x: int  # ink rect in the sheet
    y: int
    w: int
    h: int
    dx: int  # ink offset from the glyph's pen position and the line top
    dy: int


class FontMetrics:
    """A proportional pixel font's measurements. Load with `FontMetrics.load(fonts_dir, name)`."""

    def __init__(self, name: str, meta: dict, sheet_path: Path) -> None:
        self.name = name
        self.line_height: int = int(meta["line_height"])
        self.baseline: int = int(meta["baseline"])
        self.glyphs: dict[str, GlyphInfo] = {
            key: GlyphInfo(**{k: int(v) for k, v in info.items()})
            for key, info in meta["glyphs"].items()
        }
        self._fallback = self.glyphs[FALLBACK]
        self.sheet_path = sheet_path  # the glyph sheet (drawing reads it; measuring never does)

    @classmethod
    def load(cls, fonts_dir: Path, name: str) -> Self:
        """Read `<name>.json`; the sheet PNG is read on first draw (no display needed)."""
        meta = json.loads((Path(fonts_dir) / f"{name}.json").read_text(encoding="utf-8"))
        return cls(name, meta, Path(fonts_dir) / meta["sheet"])

    def glyph(self, char: str) -> GlyphInfo:
        """The glyph drawn for `char` (the fallback box when the font lacks it)."""
        return self.glyphs.get(char, self._fallback)

    def has_glyph(self, char: str) -> bool:
        return char in self.glyphs and char != FALLBACK

    def measure(self, text: str) -> int:
        """Width in px of one line (the widest line if `text` holds newlines)."""
        if "\n" in text:
            return max(self.measure(part) for part in text.split("\n"))
        if not text:
            return 0
        glyphs = [self.glyph(c) for c in text]
        return sum(g.advance for g in glyphs[:-1]) + glyphs[-1].width

    def wrap(self, text: str, max_width: int) -> list[str]:
        """Word-wrap to `max_width` px; keeps explicit newlines, breaks over-long words."""
        return wrap_text(text, max_width, self.measure)

    def pen_positions(self, text: str) -> list[int]:
        """x of each character's pen position within one line, plus the end position."""
        xs = [0]
        for c in text:
            xs.append(xs[-1] + self.glyph(c).advance)
        return xs
