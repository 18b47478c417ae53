"""Build the game's icon from its text grid: `python assets/tools/build_icon.py [--check]`.

Source: assets/src/icon/hailsham.txt (one 32x32 block, palette keys). Outputs, all deterministic:
  assets/icon/hailsham.png    256x256, the window's icon and the Linux desktop entry's
  assets/icon/hailsham.ico    16, 32, 48 and 256 px (PNG entries): the Windows standalone build
  assets/icon/hailsham.icns   16, 32, 128 and 256 px (PNG entries): the macOS standalone build
Pixels are scaled by whole factors, nearest neighbour, so the icon stays crisp at every size it is
drawn at (each size is a multiple or a half of the 32x32 grid). `--check` rebuilds in memory and
exits 1 if a committed output differs.
"""

from __future__ import annotations

import os
import struct
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame
from artlib import ROOT, SRC, ArtError, check_chars, grid_surface, load_palette, parse_blocks

SOURCE = SRC / "icon" / "hailsham.txt"
OUT = ROOT / "assets" / "icon"
ICO_SIZES = (16, 32, 48, 256)
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"ic07", 128), (b"ic08", 256))


def icon_surface() -> pygame.Surface:
    palette = load_palette()
    blocks = parse_blocks(SOURCE)
    if len(blocks) != 1 or blocks[0].width != 32 or len(blocks[0].rows) != 32:
        raise ArtError(f"{SOURCE}: expected one 32x32 block")
    check_chars(blocks[0].rows, set(palette), blocks[0].where)
    return grid_surface(blocks[0].rows, palette)


def png_bytes(surface: pygame.Surface, size: int) -> bytes:
    scaled = pygame.transform.scale(surface, (size, size))  # nearest neighbour
    with tempfile.TemporaryDirectory() as tmp:  # pygame-ce writes PNG to files: no timestamps
        path = Path(tmp) / "icon.png"
        pygame.image.save(scaled, str(path))
        return path.read_bytes()


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico whose entries are PNG images (Windows Vista and later read them)."""
    head = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(head) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an .ico directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return head + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns of PNG-typed entries (macOS 10.7 and later)."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build() -> dict[str, bytes]:
    """Every output: file name -> bytes."""
    surface = icon_surface()
    sizes = sorted({*ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    pngs = {size: png_bytes(surface, size) for size in sizes}
    return {
        "hailsham.png": pngs[256],
        "hailsham.ico": ico_bytes({s: pngs[s] for s in ICO_SIZES}),
        "hailsham.icns": icns_bytes(pngs),
    }


def main(argv: list[str]) -> int:
    outputs = build()
    if "--check" in argv:
        stale = [
            n
            for n, data in outputs.items()
            if not (OUT / n).is_file() or (OUT / n).read_bytes() != data
        ]
        for name in stale:
            print(f"stale: assets/icon/{name}")
        return 1 if stale else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in outputs.items():
        (OUT / name).write_bytes(data)
    print(f"wrote {', '.join(outputs)} in assets/icon/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
