"""Render every built tileset, sprite sheet, pose sheet and portrait into one preview PNG to look at.

    python assets/tools/contact_sheet.py /tmp/contact.png [scale]

A viewing aid only: it reads the committed outputs and writes nothing into the repo.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pygame
from artlib import ROOT

BACK = (72, 74, 92)  # a neutral mid tone, so both dark and pale art show their edges
GAP = 6


def sheets() -> list[list[pygame.Surface]]:
    """Rows of images: tilesets, then sprites, pose sheets, then portraits."""
    tiles = [pygame.image.load(str(p)) for p in sorted((ROOT / "assets" / "tiles").glob("*.png"))]
    sprites = [
        pygame.image.load(str(p)) for p in sorted((ROOT / "assets" / "sprites").glob("*.png"))
    ]
    faces = [
        pygame.image.load(str(p)) for p in sorted((ROOT / "assets" / "portraits").glob("*.png"))
    ]
    poses = [  # pose and gesture sheets (assets/tools/poses.py), two to a row
        pygame.image.load(str(p))
        for p in sorted((ROOT / "assets" / "sprites" / "poses").glob("*.png"))
    ]
    return (
        [[t] for t in tiles]
        + [sprites]
        + [poses[i : i + 2] for i in range(0, len(poses), 2)]
        + [faces[i : i + 3] for i in range(0, len(faces), 3)]
    )


def render(rows: list[list[pygame.Surface]]) -> pygame.Surface:
    width = max(sum(s.get_width() + GAP for s in row) for row in rows) + GAP
    height = sum(max(s.get_height() for s in row) + GAP for row in rows) + GAP
    out = pygame.Surface((width, height))
    out.fill(BACK)
    y = GAP
    for row in rows:
        x = GAP
        for surf in row:
            out.blit(surf, (x, y))
            x += surf.get_width() + GAP
        y += max(s.get_height() for s in row) + GAP
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    scale = int(argv[1]) if len(argv) > 1 else 2
    image = pygame.transform.scale_by(render(sheets()), scale)
    pygame.image.save(image, str(Path(argv[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
