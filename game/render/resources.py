"""Drawing resources, loaded once when a window exists: fonts, sprite sheets, pictures."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.render.actors import PoseSheets
from game.ui.font import BitmapFont
from game.world.mapdata import FACINGS

FRAME_W, FRAME_H = 16, 24


class Resources:
    def __init__(self, assets_dir: Path, report) -> None:
        self.assets_dir = assets_dir
        self._report = report
        self._fonts: dict[str, BitmapFont] = {}
        self._sheets: dict[str, list[list[pygame.Surface]]] = {}
        self._images: dict[str, pygame.Surface | None] = {}
        self.shadow = self._make_shadow()
        self.poses = PoseSheets(assets_dir, report)  # sit, lie, hug and gesture frames

    def font(self, name: str = "regular") -> BitmapFont:
        if name not in self._fonts:
            self._fonts[name] = BitmapFont.load(self.assets_dir / "fonts", name)
        return self._fonts[name]

    def image(self, rel: str) -> pygame.Surface | None:
        if rel not in self._images:
            path = self.assets_dir / rel
            try:
                self._images[rel] = pygame.image.load(str(path)).convert_alpha()
            except (pygame.error, FileNotFoundError) as exc:
                self._report(f"{path}: cannot load image: {exc}")
                self._images[rel] = None
        return self._images[rel]

    def portrait(
        self, sheet: str, expression: str, expressions: tuple[str, ...]
    ) -> pygame.Surface | None:
        """One expression from a portrait sheet (48x48 frames in the actor's expression order)."""
        image = self.image(f"portraits/{sheet}.png")
        if image is None:
            return None
        col = expressions.index(expression) if expression in expressions else 0
        rect = pygame.Rect(col * 48, 0, 48, 48)
        return (
            image.subsurface(rect)
            if image.get_rect().contains(rect)
            else image.subsurface((0, 0, 48, 48))
            if image.get_width() >= 48
            else None
        )

    def frames(self, sprite: str) -> list[list[pygame.Surface]]:
        """Frames of a character sheet by facing row (down, left, right, up) and column."""
        if sprite not in self._sheets:
            self._sheets[sprite] = self._load_sheet(sprite)
        return self._sheets[sprite]

    def actor_frame(self, sprite: str, facing: str, column: int) -> pygame.Surface:
        rows = self.frames(sprite)
        row = rows[FACINGS.index(facing) if facing in FACINGS else 0]
        return row[column % len(row)]

    def _load_sheet(self, sprite: str) -> list[list[pygame.Surface]]:
        path = self.assets_dir / "sprites" / f"{sprite}.png"
        try:
            sheet = pygame.image.load(str(path)).convert_alpha()
        except (pygame.error, FileNotFoundError) as exc:
            self._report(f"{path}: cannot load sprite sheet: {exc}")
            return [[self._missing()] for _ in FACINGS]
        cols = max(1, sheet.get_width() // FRAME_W)
        rows = []
        for r in range(len(FACINGS)):
            row = []
            for c in range(cols):
                rect = pygame.Rect(c * FRAME_W, r * FRAME_H, FRAME_W, FRAME_H)
                row.append(
                    sheet.subsurface(rect.clip(sheet.get_rect()))
                    if sheet.get_rect().contains(rect)
                    else self._missing()
                )
            rows.append(row)
        return rows

    @staticmethod
    def _missing() -> pygame.Surface:
        surf = pygame.Surface((FRAME_W, FRAME_H), pygame.SRCALPHA)
        pygame.draw.rect(surf, (200, 60, 160), (3, 4, 10, 20))
        return surf

    @staticmethod
    def _make_shadow() -> pygame.Surface:
        surf = pygame.Surface((12, 5), pygame.SRCALPHA)
        pygame.draw.ellipse(surf, (0, 0, 0, 70), surf.get_rect())
        return surf
