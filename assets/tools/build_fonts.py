"""Build the game's bitmap fonts from their text grids.

Each `assets/src/fonts/<name>.txt` becomes `assets/fonts/<name>.png` (white glyphs on transparent,
packed in one sheet) and `assets/fonts/<name>.json` (metrics and a rect per glyph). A manifest of
sha256 sums lets a test prove the committed output matches the sources and this tool.

The output is byte-for-byte deterministic: glyphs are packed in code point order and the PNG is
written by hand here (no timestamps, fixed zlib level), so rebuilding never makes a diff.

Usage:
    python assets/tools/build_fonts.py              # rebuild fonts and manifest
    python assets/tools/build_fonts.py --check      # exit 1 if the output is stale
    python assets/tools/build_fonts.py --specimen   # also render docs/fonts-specimen.png
"""

from __future__ import annotations

import argparse
import hashlib
import json
import struct
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC_DIR = ROOT / "assets" / "src" / "fonts"
OUT_DIR = ROOT / "assets" / "fonts"
SHEET_WIDTH = 256  # px; glyphs are shelf-packed into rows of this width
PAD = 1  # px between packed glyphs so a scaled or filtered blit never picks up a neighbour
FALLBACK = "fallback"  # name of the glyph drawn for characters a font lacks
REQUIRED_HEADER = ("line_height", "baseline", "grid_height", "spacing")

# Every font must cover these: printable ASCII plus what the dialogue needs.
REQUIRED_CHARS: tuple[str, ...] = tuple(chr(c) for c in range(32, 127)) + tuple(
    "\u2018\u2019\u201c\u201d\u2013\u2014\u2026éèêëàâçôöüïî£·\u2192\u203a\u2665\u266a"
)


class FontSourceError(ValueError):
    """A problem in a font source, reported as `file:line: message`."""


@dataclass
class Glyph:
    key: str  # the character itself, or FALLBACK
    rows: list[str]
    line: int  # source line of the glyph header, for error messages
    advance: int | None = None  # explicit advance; default is width + spacing

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0


@dataclass
class FontSource:
    name: str
    header: dict[str, int]
    glyphs: dict[str, Glyph] = field(default_factory=dict)


def _parse_key(inner: str, where: str) -> str:
    """Turn what is between the brackets of a glyph header into its key."""
    if len(inner) == 1:
        return inner
    if inner == FALLBACK:
        return FALLBACK
    if inner.upper().startswith("U+"):
        try:
            return chr(int(inner[2:], 16))
        except ValueError:
            pass
    raise FontSourceError(f"{where}: bad glyph name [{inner}] (one character, U+XXXX or fallback)")


def parse_font(path: Path) -> FontSource:
    """Parse one font source file; see docs/fonts.md for the format."""
    name = path.stem
    header: dict[str, int] = {}
    glyphs: dict[str, Glyph] = {}
    current: Glyph | None = None
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, raw in enumerate(lines, start=1):
        where = f"{path}:{number}"
        line = raw.rstrip()
        if raw.startswith(";"):
            continue  # comment
        if raw.startswith("["):
            close = raw.rfind("]")
            if close < 2:
                raise FontSourceError(f"{where}: glyph header needs [c]")
            key = _parse_key(raw[1:close], where)
            if key in glyphs:
                raise FontSourceError(f"{where}: glyph {key!r} defined twice")
            current = Glyph(key=key, rows=[], line=number)
            for option in raw[close + 1 :].split():
                opt, _, value = option.partition("=")
                if opt != "advance" or not value.lstrip("-").isdigit():
                    raise FontSourceError(f"{where}: unknown glyph option {option!r}")
                current.advance = int(value)
            glyphs[key] = current
            continue
        if not line:
            current = None
            continue
        if current is None:
            if glyphs:
                raise FontSourceError(f"{where}: text outside a glyph block")
            key, sep, value = line.partition(":")
            if not sep or not value.strip().lstrip("-").isdigit():
                raise FontSourceError(f"{where}: header lines look like 'name: 12'")
            header[key.strip()] = int(value)
            continue
        if set(line) - {".", "#"}:
            raise FontSourceError(f"{where}: glyph rows use only '.' and '#'")
        if current.rows and len(line) != current.width:
            raise FontSourceError(f"{where}: row width {len(line)} != {current.width}")
        current.rows.append(line)
    for key in REQUIRED_HEADER:
        if key not in header:
            raise FontSourceError(f"{path}: header lacks '{key}'")
    for glyph in glyphs.values():
        if len(glyph.rows) != header["grid_height"]:
            raise FontSourceError(
                f"{path}:{glyph.line}: glyph {glyph.key!r} has {len(glyph.rows)} rows, "
                f"grid_height is {header['grid_height']}"
            )
    missing = [c for c in (*REQUIRED_CHARS, FALLBACK) if c not in glyphs]
    if missing:
        raise FontSourceError(f"{path}: missing glyphs {''.join(m[:1] for m in missing)!r}")
    return FontSource(name=name, header=header, glyphs=glyphs)


def _ink_box(rows: list[str]) -> tuple[int, int, int, int] | None:
    """(x, y, w, h) of the inked pixels, or None for a blank glyph such as space."""
    ys = [y for y, row in enumerate(rows) if "#" in row]
    if not ys:
        return None
    xs = [x for row in rows for x, ch in enumerate(row) if ch == "#"]
    return min(xs), ys[0], max(xs) - min(xs) + 1, ys[-1] - ys[0] + 1


def _order(key: str) -> int:
    return -1 if key == FALLBACK else ord(key)


def build_font(src: FontSource) -> tuple[bytes, bytes]:
    """Pack a parsed font; return (png bytes, json bytes)."""
    spacing = src.header["spacing"]
    placed: dict[str, dict[str, int]] = {}
    pixels: list[tuple[int, int]] = []
    x = y = shelf = 0
    for key in sorted(src.glyphs, key=_order):
        glyph = src.glyphs[key]
        box = _ink_box(glyph.rows)
        info = {
            "width": glyph.width,
            "advance": glyph.advance if glyph.advance is not None else glyph.width + spacing,
            "x": 0,
            "y": 0,
            "w": 0,
            "h": 0,
            "dx": 0,
            "dy": 0,
        }
        if box is not None:
            bx, by, bw, bh = box
            if x + bw > SHEET_WIDTH:
                x, y, shelf = 0, y + shelf + PAD, 0
            info.update(x=x, y=y, w=bw, h=bh, dx=bx, dy=by)
            for gy in range(bh):
                for gx in range(bw):
                    if glyph.rows[by + gy][bx + gx] == "#":
                        pixels.append((x + gx, y + gy))
            x += bw + PAD
            shelf = max(shelf, bh)
        placed[key] = info
    height = max(1, y + shelf)
    meta = {
        "name": src.name,
        "sheet": f"{src.name}.png",
        **{k: v for k, v in sorted(src.header.items())},
        "glyphs": placed,
    }
    text = json.dumps(meta, sort_keys=True, indent=1) + "\n"
    return encode_png(SHEET_WIDTH, height, set(pixels)), text.encode("utf-8")


def encode_png(width: int, height: int, ink: set[tuple[int, int]]) -> bytes:
    """A minimal RGBA PNG: inked pixels opaque white, the rest transparent black."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)  # filter type: none
        for x in range(width):
            raw += b"\xff\xff\xff\xff" if (x, y) in ink else b"\0\0\0\0"

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + chunk(b"IEND", b"")
    )


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_all(src_dir: Path = SRC_DIR) -> dict[str, bytes]:
    """Every output file (name -> bytes), manifest included, built in memory."""
    out: dict[str, bytes] = {}
    sources: dict[str, str] = {}
    for path in sorted(src_dir.glob("*.txt")):
        png, meta = build_font(parse_font(path))
        out[f"{path.stem}.png"] = png
        out[f"{path.stem}.json"] = meta
        sources[path.name] = _sha(path.read_bytes())
    manifest = {
        "tool": _sha(Path(__file__).read_bytes()),
        "sources": sources,
        "outputs": {name: _sha(data) for name, data in sorted(out.items())},
    }
    out["manifest.json"] = (json.dumps(manifest, sort_keys=True, indent=1) + "\n").encode()
    return out


def stale_outputs(out_dir: Path = OUT_DIR) -> list[str]:
    """Names of output files that differ from a fresh build (empty when up to date)."""
    fresh = build_all()
    return sorted(
        name
        for name, data in fresh.items()
        if not (out_dir / name).is_file() or (out_dir / name).read_bytes() != data
    )


def write_specimen(path: Path) -> None:
    """Render every font at 1x and 3x into one PNG so people can look at them."""
    import os

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    sys.path.insert(0, str(ROOT))
    import pygame

    from game.ui.font import BitmapFont

    ink, bg, shade = (236, 228, 210), (38, 42, 52), (16, 18, 24)
    blocks: list[pygame.Surface] = []
    names = sorted(p.stem for p in SRC_DIR.glob("*.txt"))
    for name in sorted(names, key=lambda n: BitmapFont.load(OUT_DIR, n).line_height):
        font = BitmapFont.load(OUT_DIR, name)
        glyphs = "".join(REQUIRED_CHARS[1:])
        lines = [
            f"{name}: line height {font.line_height}",
            "The quick brown fox jumps over the lazy dog.",
            "SPHINX OF BLACK QUARTZ, JUDGE MY VOW!",
            "“It’s only a boat,” she said… ‘Are you sure?’ – Yes.",
            "Café naïve façade rôle über – £4·50 — (100%) [ok] {x} <y>",
            *font.wrap(glyphs, 460),
            "\u2603 fallback",
        ]
        block = pygame.Surface((480, len(lines) * font.line_height + 6), pygame.SRCALPHA)
        block.fill(bg)
        for i, text in enumerate(lines):
            font.draw(block, text, (8, 3 + i * font.line_height), ink, shadow=shade)
        blocks.append(block)
    # The 1x sheet as the game shows it, then the same sheet at 3x to see every pixel.
    sheet = pygame.Surface((480, sum(b.get_height() for b in blocks)))
    y = 0
    for block in blocks:
        sheet.blit(block, (0, y))
        y += block.get_height()
    zoom = pygame.transform.scale_by(sheet, 3)
    out = pygame.Surface((zoom.get_width(), sheet.get_height() + 8 + zoom.get_height()))
    out.fill(shade)
    out.blit(sheet, (0, 0))
    out.blit(zoom, (0, sheet.get_height() + 8))
    pygame.image.save(out, str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale output")
    parser.add_argument("--specimen", action="store_true", help="write docs/fonts-specimen.png")
    args = parser.parse_args(argv)
    try:
        if args.check:
            stale = stale_outputs()
            for name in stale:
                print(f"stale: assets/fonts/{name}")
            return 1 if stale else 0
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        for name, data in build_all().items():
            (OUT_DIR / name).write_bytes(data)
    except FontSourceError as err:
        print(err, file=sys.stderr)
        return 2
    if args.specimen:
        write_specimen(ROOT / "docs" / "fonts-specimen.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
