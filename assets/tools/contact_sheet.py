"""Render every built tileset, sprite sheet, pose sheet and portrait into one preview PNG to look at.

    python assets/tools/contact_sheet.py /tmp/contact.png [scale]
    python assets/tools/contact_sheet.py /tmp/people.png [scale] --only kathy_child,kathy_18,...

With `--only`, each listed character gets a labelled cell: the sprite sheet beside its portrait
row (if it has one), so people can be compared side by side (children beside their grown selves).
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


def people(ids: list[str], columns: int = 3) -> pygame.Surface:
    """Labelled cells, `columns` to a row: each character's sheet and portrait row."""
    pygame.font.init()
    font = pygame.font.Font(None, 14)
    cells = []
    for ident in ids:
        sheet = pygame.image.load(str(ROOT / "assets" / "sprites" / f"{ident}.png"))
        face_path = ROOT / "assets" / "portraits" / f"{ident}.png"
        face = pygame.image.load(str(face_path)) if face_path.exists() else None
        label = font.render(ident, False, (236, 230, 216))
        width = sheet.get_width() + (face.get_width() + GAP if face else 0)
        cell = pygame.Surface((max(width, label.get_width()), label.get_height() + 2 + 96))
        cell.fill(BACK)
        cell.blit(label, (0, 0))
        top = label.get_height() + 2
        cell.blit(sheet, (0, top))
        if face:
            cell.blit(face, (sheet.get_width() + GAP, top))
        cells.append(cell)
    cell_w = max(c.get_width() for c in cells) + GAP * 2
    cell_h = max(c.get_height() for c in cells) + GAP * 2
    rows = (len(cells) + columns - 1) // columns
    out = pygame.Surface((cell_w * columns + GAP, cell_h * rows + GAP))
    out.fill(BACK)
    for i, cell in enumerate(cells):
        out.blit(cell, (GAP + (i % columns) * cell_w, GAP + (i // columns) * cell_h))
    return out


def main(argv: list[str]) -> int:
    only = None
    if "--only" in argv:
        at = argv.index("--only")
        only = argv[at + 1].split(",") if at + 1 < len(argv) else []
        argv = argv[:at] + argv[at + 2 :]
    if not argv or only == []:
        print(__doc__)
        return 2
    scale = int(argv[1]) if len(argv) > 1 else 2
    picture = people(only) if only else render(sheets())
    image = pygame.transform.scale_by(picture, scale)
    pygame.image.save(image, str(Path(argv[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
