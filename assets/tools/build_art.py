"""Build every art asset from the text sources: `python assets/tools/build_art.py`.

Outputs (all deterministic, identical bytes on every run):
  assets/tiles/<set>.png + maps/tilesets/<set>.tsx   tilesets `outdoor`, `indoor`, `hospital`,
                                                     `cottages`, `town` (Chapter 2), `madame`,
                                                     `fields` (4), `coast`, `centre` (3)
  assets/sprites/<id>.png                            character sheets (3 cols x 4 rows, 16x24)
  assets/sprites/shadow.png                          a soft 16x8 foot shadow
  assets/sprites/poses/<id>.png + layout.json        pose and gesture frames (sit, lie, hug, stamp ...)
  assets/portraits/<id>.png                          bust portraits, one 48x48 frame per expression
  assets/pictures/<id>.png                           close-up pictures for the `picture` command
  assets/title/backdrop.png                          the 480x270 title backdrop
  assets/art_manifest.json                           sha256 of every source, tool and output

`--check` rebuilds in memory and exits 1 if any committed output differs.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import backdrop
import pictures
import portraits
import poses
import sprites
import tilesets
from artlib import ROOT, SRC, grid_surface, load_palette, save_png

TOOLS = Path(__file__).resolve().parent
TOOL_FILES = ["artlib.py", "tilegen.py", "tilesets.py", "sprites.py", "portraits.py", "backdrop.py",
              "build_art.py", "tiles_cottages.py", "pictures.py",
              "poses.py", "posekit.py"]  # fmt: skip
MANIFEST = ROOT / "assets" / "art_manifest.json"
TILESETS = ("outdoor", "indoor", "hospital", "cottages", "town")
TILESETS += ("madame", "fields")  # Chapter 4 (deferral)
TOOL_FILES += ["tiles_deferral.py"]  # Chapter 4 (deferral)
TILESETS += ("coast", "centre")  # Chapter 3 (completion)
TOOL_FILES += ["tiles_completion.py", "tiles_completion_props.py", "tiles_completion_rooms.py"]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def source_files() -> list[Path]:
    """Every art source the outputs depend on, in a stable order."""
    files = [SRC / "palette.txt"]
    for sub in ("tiles", "sprites", "portraits", "pictures", "poses"):
        files += sorted((SRC / sub).rglob("*.txt"))
    return files


def build(out_root: Path = ROOT) -> list[Path]:
    """Write every output under out_root; returns the written paths in order."""
    palette = load_palette()
    written: list[Path] = []
    for name in TILESETS:
        tiles = tilesets.build_tileset(name)
        png = out_root / "assets" / "tiles" / f"{name}.png"
        save_png(grid_surface(tilesets.sheet_grid(tiles), palette), png)
        tsx = out_root / "maps" / "tilesets" / f"{name}.tsx"
        tsx.parent.mkdir(parents=True, exist_ok=True)
        tsx.write_text(tilesets.tsx_text(name, tiles))
        written += [png, tsx]
    for sprite_id, grid in sprites.build_all().items():
        png = out_root / "assets" / "sprites" / f"{sprite_id}.png"
        save_png(grid_surface(grid, palette), png)
        written.append(png)
    pose_sheets, pose_layout = poses.build_all()
    for sheet_id, grid in pose_sheets.items():
        png = out_root / "assets" / "sprites" / "poses" / f"{sheet_id}.png"
        save_png(grid_surface(grid, palette), png)
        written.append(png)
    layout = out_root / "assets" / "sprites" / "poses" / "layout.json"
    layout.write_text(pose_layout)
    written.append(layout)
    for sheet_id, grid in portraits.build_all().items():
        png = out_root / "assets" / "portraits" / f"{sheet_id}.png"
        save_png(grid_surface(grid, palette), png)
        written.append(png)
    for picture_id, grid in pictures.build_all().items():
        png = out_root / "assets" / "pictures" / f"{picture_id}.png"
        save_png(grid_surface(grid, palette), png)
        written.append(png)
    png = out_root / "assets" / "title" / "backdrop.png"
    save_png(grid_surface(backdrop.backdrop(), palette), png)
    written.append(png)
    png = (
        out_root / "assets" / "title" / "backdrop_closed.png"
    )  # the title once the game is finished
    save_png(grid_surface(backdrop.backdrop(closed=True), palette), png)
    written.append(png)
    return written


def manifest(outputs: list[Path], out_root: Path = ROOT) -> dict[str, dict[str, str]]:
    return {
        "tools": {f"assets/tools/{n}": sha(TOOLS / n) for n in TOOL_FILES},
        "sources": {rel(p): sha(p) for p in source_files()},
        "outputs": {p.relative_to(out_root).as_posix(): sha(p) for p in outputs},
    }


def main(argv: list[str]) -> int:
    if "--check" in argv:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            fresh = manifest(build(Path(tmp)), Path(tmp))["outputs"]
        committed = json.loads(MANIFEST.read_text())["outputs"]
        stale = sorted(k for k in fresh if committed.get(k) != fresh[k])
        for key in stale:
            print(f"stale: {key}")
        return 1 if stale else 0
    outputs = build()
    MANIFEST.write_text(json.dumps(manifest(outputs), indent=1, sort_keys=True) + "\n")
    print(f"wrote {len(outputs)} files and {rel(MANIFEST)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
