"""The art pipeline: sources are valid, outputs are up to date and have the right shapes."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "assets" / "tools"))

import artlib  # noqa: E402
import build_art  # noqa: E402
import sprites  # noqa: E402
import tilesets  # noqa: E402

TILESETS = list(build_art.TILESETS)  # every set the art build makes
MANIFEST = json.loads((ROOT / "assets" / "art_manifest.json").read_text())
SPRITE_IDS = ["kathy_child", "tommy_child", "ruth_child", "miss_lucy", "miss_emily",
              "girl_a", "girl_b", "boy_a", "boy_b", "girl_c", "boy_c", "boy_d",
              "madame", "nurse", "doctor", "kathy_adult",
              # Chapters 2-4 (CONTRACTS.md, People)
              "kathy_18", "tommy_18", "ruth_18", "rodney", "chrissie", "vet_a", "vet_b", "vet_c",
              "office_woman", "townsfolk_a", "townsfolk_b", "waitress",
              "tommy_28", "ruth_28", "nurse_b", "porter", "donor_eyepatch", "donor_a", "donor_b",
              "kathy_31", "madame_old", "emily_old"]  # fmt: skip


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("section", ["tools", "sources", "outputs"])
def test_manifest_matches_files(section: str) -> None:
    """Rebuild with `python assets/tools/build_art.py` if this fails."""
    for rel, digest in MANIFEST[section].items():
        assert sha(ROOT / rel) == digest, f"{rel} changed since the last build"


def test_manifest_lists_every_source() -> None:
    listed = set(MANIFEST["sources"])
    for path in build_art.source_files():
        assert path.relative_to(ROOT).as_posix() in listed


def test_build_is_deterministic_and_matches_committed(tmp_path: Path) -> None:
    written = build_art.build(tmp_path)
    for path in written:
        rel = path.relative_to(tmp_path).as_posix()
        assert sha(path) == MANIFEST["outputs"][rel], f"{rel} differs from a fresh build"


def test_palette_is_small_and_unique() -> None:
    palette = artlib.load_palette()
    assert 24 <= len(palette) - 1 <= 64
    assert len({v for k, v in palette.items() if k != "."}) == len(palette) - 1


@pytest.mark.parametrize("name", TILESETS)
def test_tile_grids_use_palette_and_are_16px(name: str) -> None:
    palette = set(artlib.load_palette())
    for block in artlib.parse_blocks(artlib.SRC / "tiles" / f"{name}.txt"):
        if "from" in block.opts:  # a recoloured copy, checked through the built tiles below
            continue
        artlib.check_chars(block.rows, palette, block.where)
        assert len(block.rows) == block.high * 16 and block.width == block.cols * 16
    for tile in tilesets.build_tileset(name):
        assert len(tile.grid) == 16 and all(len(r) == 16 for r in tile.grid), tile.name
        artlib.check_chars(tile.grid, palette, tile.name)


def test_sprite_parts_use_roles_and_characters_use_palette() -> None:
    palette = set(artlib.load_palette())
    sprites.load_parts()  # raises on unknown role letters or wrong widths
    for ch in sprites.load_characters():
        assert set(ch.colours.values()) <= palette, ch.ident


def test_bad_character_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("[x]\n" + "&" * 16 + "\n")  # not a palette key
    block = artlib.parse_blocks(bad)[0]
    with pytest.raises(artlib.ArtError, match="bad character"):
        artlib.check_chars(block.rows, set(artlib.load_palette()), block.where)


@pytest.mark.parametrize("sprite_id", SPRITE_IDS)
def test_sprite_sheets_are_3x4_frames(sprite_id: str) -> None:
    img = pygame.image.load(str(ROOT / "assets" / "sprites" / f"{sprite_id}.png"))
    assert img.get_size() == (48, 96)
    for row in range(4):
        for col in range(3):
            frame = img.subsurface((col * 16, row * 24, 16, 24))
            assert frame.get_bounding_rect().height >= 18, (sprite_id, row, col)


def test_children_are_shorter_than_adults() -> None:
    def height(sprite_id: str) -> int:
        img = pygame.image.load(str(ROOT / "assets" / "sprites" / f"{sprite_id}.png"))
        return img.subsurface((0, 0, 16, 24)).get_bounding_rect().height

    assert height("kathy_child") < height("miss_lucy")
    assert height("tommy_child") < height("miss_emily")


def test_right_frames_mirror_left() -> None:
    img = pygame.image.load(str(ROOT / "assets" / "sprites" / "kathy_child.png"))
    left = img.subsurface((0, 24, 16, 24))
    right = img.subsurface((0, 48, 16, 24))
    assert pygame.image.tobytes(pygame.transform.flip(left, True, False), "RGBA") == (
        pygame.image.tobytes(right, "RGBA")
    )


@pytest.mark.parametrize("name", TILESETS)
def test_tileset_sheet_and_tsx_agree(name: str) -> None:
    img = pygame.image.load(str(ROOT / "assets" / "tiles" / f"{name}.png"))
    tiles = tilesets.build_tileset(name)
    rows = (len(tiles) + 15) // 16
    assert img.get_size() == (256, rows * 16)
    tsx = (ROOT / "maps" / "tilesets" / f"{name}.tsx").read_text()
    assert f'tilecount="{len(tiles)}"' in tsx
    assert f'source="../../assets/tiles/{name}.png"' in tsx


def test_title_backdrop_size() -> None:
    img = pygame.image.load(str(ROOT / "assets" / "title" / "backdrop.png"))
    assert img.get_size() == (480, 270)


# Expression orders are a contract with dialogue/actors.yaml: frame i is expressions[i].
CHILD_FACES = ["neutral", "happy", "sad", "surprised", "hurt"]
STAFF_FACES = ["neutral", "stern", "sad", "kind"]
GROWN_FACES = ["neutral", "happy", "sad", "surprised", "hurt", "tender"]
PORTRAITS = {
    "kathy_child": CHILD_FACES, "tommy_child": CHILD_FACES, "ruth_child": CHILD_FACES,
    "miss_lucy": STAFF_FACES, "miss_emily": STAFF_FACES, "madame": STAFF_FACES,
    "nurse": ["neutral"], "doctor": ["neutral"], "kathy_adult": ["neutral", "sad", "tender"],
    # Chapters 2-4 (CONTRACTS.md, People)
    **dict.fromkeys(["kathy_18", "tommy_18", "ruth_18", "tommy_28", "ruth_28", "kathy_31"], GROWN_FACES),
    "rodney": GROWN_FACES[:4], "chrissie": GROWN_FACES[:4],
    "madame_old": STAFF_FACES, "emily_old": STAFF_FACES,
    "porter": ["neutral"], "nurse_b": ["neutral"], "donor_eyepatch": ["neutral"],
    "office_woman": ["neutral"],
}  # fmt: skip


def test_portrait_sheets_list_the_agreed_expressions() -> None:
    import portraits

    sheets = {s.ident: s.expressions for s in portraits.load_sheets()}
    for ident, faces in PORTRAITS.items():
        assert sheets.get(ident) == faces, ident


@pytest.mark.parametrize("sheet_id", sorted(PORTRAITS))
def test_portraits_are_rows_of_distinct_opaque_48px_frames(sheet_id: str) -> None:
    img = pygame.image.load(str(ROOT / "assets" / "portraits" / f"{sheet_id}.png"))
    count = len(PORTRAITS[sheet_id])
    assert img.get_size() == (48 * count, 48)
    frames = [
        pygame.image.tobytes(img.subsurface((i * 48, 0, 48, 48)), "RGBA") for i in range(count)
    ]
    assert len(set(frames)) == count, "two expressions draw the same face"
    assert all(
        img.get_at((x, y)).a == 255 for x in range(0, 48 * count, 7) for y in range(0, 48, 7)
    )


def test_portraits_use_the_sprite_hair_colour() -> None:
    """Players recognise a speaker by hair: the portrait's hair key matches the sprite's."""
    import portraits

    sprite_hair = {c.ident: c.colours["h"] for c in sprites.load_characters()}
    for sheet in portraits.load_sheets():
        assert sheet.colours["h"] == sprite_hair[sheet.ident], sheet.ident


def test_portrait_parts_fit_and_use_roles() -> None:
    import portraits

    parts = portraits.load_parts()  # raises on bad role letters or blocks off the frame
    for sheet in portraits.load_sheets():
        for face in sheet.expressions:
            assert f"expr.{face}" in parts or f"expr.{face}.{sheet.face}" in parts, face


def test_hospital_shares_the_indoor_base_names() -> None:
    """Maps can switch `tileset: indoor` to `hospital` without renaming walls and floors."""
    hospital = {t.name for t in tilesets.build_tileset("hospital")}
    for base in (
        "wall_upper",
        "wall_lower",
        "floor_stone",
        "floor_tile",
        "wallcap_0",
        "wallcap_15",
    ):
        assert base in hospital
    assert "theatre_window/5,1" in hospital and "station/2,1" in hospital


def test_recoloured_block_copies_shape_and_swaps_keys(tmp_path: Path) -> None:
    src = tmp_path / "t.txt"
    src.write_text("[a mask=.]\n" + ("MMMMMMMM66666666\n" * 16) + "\n[b from=a swap=Ma]\n")
    tiles = tilesets.hand_tiles(artlib.parse_blocks(src), {})
    assert tiles[1].grid[0] == "aaaaaaaa66666666" and not tiles[1].solid
