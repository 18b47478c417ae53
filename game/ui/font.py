"""Bitmap fonts: crisp pixel text for the 480x270 canvas.

A font is a white glyph sheet plus metrics, both made by `assets/tools/build_fonts.py`. Metrics
(`measure`, `wrap`) are pure functions of the JSON, so the content linter can check that lines fit
without a display and without loading the sheet; only drawing touches pygame surfaces.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.ui.textlayout import wrap_text

Color = tuple[int, int, int]
FALLBACK = "fallback"
RENDER_CACHE_SIZE = 512  # rendered lines kept; a screenful of dialogue and menus is far less


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


class BitmapFont:
    """A proportional pixel font. Load with `BitmapFont.load(fonts_dir, name)`."""

    def __init__(self, name: str, meta: dict, sheet_path: Path) -> None:
        self.name = name
        self.line_height: int = int(meta["line_height"])
        self.baseline: int = int(meta["baseline"])
        self.glyphs: dict[str, GlyphInfo] = {
            key: GlyphInfo(**{k: int(v) for k, v in info.items()})
            for key, info in meta["glyphs"].items()
        }
        self._fallback = self.glyphs[FALLBACK]
        self._sheet_path = sheet_path
        self._sheet: pygame.Surface | None = None
        self._tinted: dict[Color, pygame.Surface] = {}
        self._rendered: OrderedDict[tuple[str, Color], pygame.Surface] = OrderedDict()

    @classmethod
    def load(cls, fonts_dir: Path, name: str) -> BitmapFont:
        """Read `<name>.json`; the sheet PNG is read on first draw (no display needed)."""
        meta = json.loads((Path(fonts_dir) / f"{name}.json").read_text(encoding="utf-8"))
        return cls(name, meta, Path(fonts_dir) / meta["sheet"])

    # -- metrics: pure, deterministic, no pygame ---------------------------------------------

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

    # -- drawing -------------------------------------------------------------------------------

    def _tinted_sheet(self, color: Color) -> pygame.Surface:
        """The glyph sheet multiplied by `color`; glyphs are white so this is an exact tint."""
        sheet = self._tinted.get(color)
        if sheet is None:
            if self._sheet is None:
                self._sheet = pygame.image.load(str(self._sheet_path))
                if pygame.display.get_surface() is not None:
                    self._sheet = self._sheet.convert_alpha()  # faster blits once a window exists
            sheet = self._sheet.copy()
            sheet.fill((*color, 255), special_flags=pygame.BLEND_RGBA_MULT)
            self._tinted[color] = sheet
        return sheet

    def render(self, text: str, color: Color) -> pygame.Surface:
        """One line of text on a transparent surface; cached per (text, color). Do not mutate."""
        color = (int(color[0]), int(color[1]), int(color[2]))
        key = (text, color)
        surf = self._rendered.get(key)
        if surf is not None:
            self._rendered.move_to_end(key)
            return surf
        sheet = self._tinted_sheet(color)
        surf = pygame.Surface((max(1, self.measure(text)), self.line_height), pygame.SRCALPHA)
        pen = 0
        for c in text:
            g = self.glyph(c)
            if g.w:
                surf.blit(sheet, (pen + g.dx, g.dy), (g.x, g.y, g.w, g.h))
            pen += g.advance
        self._rendered[key] = surf
        if len(self._rendered) > RENDER_CACHE_SIZE:
            self._rendered.popitem(last=False)
        return surf

    def draw(
        self,
        surface: pygame.Surface,
        text: str,
        pos: tuple[int, int],
        color: Color,
        *,
        shadow: Color | None = None,
        count: int | None = None,
    ) -> None:
        """Draw text at `pos` (top-left); lines split on newlines, one `line_height` apart.

        `shadow` draws a copy 1 px right and down first. `count` shows only the first `count`
        characters (newlines count as characters), laid out exactly as the full text would be,
        so a typewriter reveal never makes words jump.
        """
        x, y = int(pos[0]), int(pos[1])
        remaining = len(text) if count is None else max(0, count)
        for line in text.split("\n"):
            if remaining <= 0:
                break
            shown = min(remaining, len(line))
            remaining -= len(line) + 1
            if shown <= 0 or not line:
                y += self.line_height
                continue
            width = self.pen_positions(line)[shown] if shown < len(line) else None
            for col, dx in ((shadow, 1), (color, 0)):
                if col is None:
                    continue
                surf = self.render(line, col)
                area = None if width is None else pygame.Rect(0, 0, width, self.line_height)
                surface.blit(surf, (x + dx, y + dx), area)
            y += self.line_height
