"""Every map opens in Tiled itself: its tmxrasterizer renders each one to a picture of the right size."""

import os
import shutil
import subprocess
from pathlib import Path

import pygame
import pytest

ROOT = Path(__file__).resolve().parent.parent
MAPS = sorted((ROOT / "maps").glob("*.tmx"))
RASTERIZER = shutil.which("tmxrasterizer")


@pytest.mark.skipif(
    RASTERIZER is None, reason="Tiled's tmxrasterizer is not installed (apt-get install tiled)"
)
@pytest.mark.parametrize("path", MAPS, ids=[p.stem for p in MAPS])
def test_tiled_renders_the_map(path, tmp_path):
    from game.world.mapdata import load_map

    out = tmp_path / f"{path.stem}.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path))
    done = subprocess.run(
        [RASTERIZER, str(path), str(out)], env=env, capture_output=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    image = pygame.image.load(str(out))
    data = load_map(path)
    assert image.get_size() == data.pixel_size
    # not an empty picture: Tiled found the tilesets and drew tiles
    colors = {
        tuple(image.get_at((x, y)))
        for x in range(0, image.get_width(), 7)
        for y in range(0, image.get_height(), 7)
    }
    assert len(colors) > 20
