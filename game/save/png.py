"""A save's picture as PNG bytes, encoded here from raw pixels.

pygame-ce's `image.save` into a BytesIO keeps each buffer alive (about a kilobyte a save, for as
long as the game runs); encoding the few thousand pixels of a thumbnail ourselves costs nothing,
leaks nothing and gives the same bytes everywhere.
"""

from __future__ import annotations

import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def encode_png(width: int, height: int, rgb: bytes) -> bytes:
    """An 8-bit RGB PNG of `width` x `height` pixels given row by row (3 bytes a pixel)."""
    stride = width * 3
    if width <= 0 or height <= 0 or len(rgb) != stride * height:
        raise ValueError(f"{len(rgb)} bytes are not {width}x{height} RGB pixels")
    # Each row starts with its filter type: 0, none (a thumbnail is small; zlib does the rest).
    raw = b"".join(b"\x00" + rgb[y * stride : (y + 1) * stride] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        SIGNATURE
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw, 9))
        + _chunk(b"IEND", b"")
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)
