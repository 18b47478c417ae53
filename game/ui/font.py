"""Bitmap fonts: crisp pixel text for the 480x270 canvas.

A font is a white glyph sheet plus metrics, both made by `assets/tools/build_fonts.py`. Measuring
(`measure`, `wrap`) is `game.text.metrics.FontMetrics`, pure and without pygame; this adds drawing.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import pygame

from game.text.metrics import FALLBACK, FontMetrics, GlyphInfo

Color = tuple[int, int, int]
RENDER_CACHE_SIZE = 512  # rendered lines kept; a screenful of dialogue and menus is far less


class BitmapFont(FontMetrics):
    """A proportional pixel font that draws. Load with `BitmapFont.load(fonts_dir, name)`."""

    def __init__(self, name: str, meta: dict, sheet_path: Path) -> None:
        super().__init__(name, meta, sheet_path)
        self._sheet: pygame.Surface | None = None
        self._tinted: dict[Color, pygame.Surface] = {}
        self._rendered: OrderedDict[tuple[str, Color], pygame.Surface] = OrderedDict()

    # -- drawing -------------------------------------------------------------------------------

    def _tinted_sheet(self, color: Color) -> pygame.Surface:
        """The glyph sheet multiplied by `color`; glyphs are white so this is an exact tint."""
        sheet = self._tinted.get(color)
        if sheet is None:
            if self._sheet is None:
                self._sheet = pygame.image.load(str(self.sheet_path))
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


__all__ = ["FALLBACK", "BitmapFont", "GlyphInfo"]
