"""Ogg Vorbis output for the synthesizer, byte for byte the same on every build.

The encoder is libsndfile (through the `soundfile` package, a build-time dependency: pip
install 'hailsham[tools]'). Vorbis itself is deterministic for the same samples, but libsndfile
gives each Ogg stream a random serial number (seeded from the clock), so two renders of the same
score differ in those four bytes of every page header and in each page's CRC. `stable_ogg`
rewrites the serial to a fixed value and recomputes the CRCs, which makes the file a pure
function of the samples: the manifest can then compare plain hashes.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

SERIAL = 0x48414C53  # "HALS": any fixed value will do
# libvorbis quality 0..1 by kind: at 22050 Hz, 0.2 is about 40 kb/s for stereo music. Beds of
# noise and long effects hide the coding far better than music does, so they get less.
VORBIS_QUALITY = {"music": 0.2, "ambient": 0.1, "sfx": 0.2}


def _crc_table() -> list[int]:
    table = []
    for i in range(256):
        r = i << 24
        for _ in range(8):
            r = ((r << 1) ^ 0x04C11DB7) if r & 0x80000000 else (r << 1)
        table.append(r & 0xFFFFFFFF)
    return table


_CRC = _crc_table()


def ogg_crc(data: bytes) -> int:
    """The Ogg page checksum: CRC-32, polynomial 0x04c11db7, no reflection, no final xor."""
    crc = 0
    for b in data:
        crc = ((crc << 8) & 0xFFFFFFFF) ^ _CRC[((crc >> 24) & 0xFF) ^ b]
    return crc


def stable_ogg(data: bytes, serial: int = SERIAL) -> bytes:
    """The same Ogg stream with every page's serial number set to `serial` and its CRC redone."""
    out = bytearray()
    pos = 0
    while pos < len(data):
        if data[pos : pos + 4] != b"OggS":
            raise ValueError(f"not an Ogg page at byte {pos}")
        nseg = data[pos + 26]
        body = sum(data[pos + 27 : pos + 27 + nseg])
        end = pos + 27 + nseg + body
        page = bytearray(data[pos:end])
        struct.pack_into("<I", page, 14, serial)
        struct.pack_into("<I", page, 22, 0)
        struct.pack_into("<I", page, 22, ogg_crc(bytes(page)))
        out += page
        pos = end
    return bytes(out)


def encoder_version() -> str:
    import soundfile

    return f"soundfile {soundfile.__version__}, {soundfile.__libsndfile_version__}"


def write_ogg(path: Path, chans: list[list[float]], rate: int, quality: float) -> None:
    """Encode float channels (-1..1) as Ogg Vorbis at `quality` (0 smallest .. 1 best)."""
    try:
        import numpy as np
        import soundfile
    except ImportError as e:  # a clear message instead of a traceback deep in a worker
        raise SystemExit(
            f"Ogg output needs the `soundfile` package ({e}); "
            "install the tools: .venv/bin/pip install -e '.[tools]'"
        ) from None
    frames = np.asarray(chans, dtype=np.float32).T.copy()
    buf = io.BytesIO()
    soundfile.write(
        buf, frames, rate, format="OGG", subtype="VORBIS", compression_level=1.0 - quality
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(stable_ogg(buf.getvalue()))
