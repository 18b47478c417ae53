"""A map reads only what it may, within a memory budget (issue 14): every file it names is resolved,
links followed, and refused outside its mod and the game's folders before anything opens it; image
layers are drawn; large maps are drawn in chunks."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pygame
import pytest

from game.boot import build_context
from game.render.maprender import CHUNK, MAX_CHUNKS, MapRenderer
from game.world.mapdata import MapError, load_map
from game.world.mapfiles import MAX_MAP_SIDE
from tests.mapkit import HALL, HALL_OBJECTS, write_map

REPO = Path(__file__).resolve().parents[1]


def mod_with_map(content: Path, tmp_path: Path) -> tuple[Path, Path]:
    mod = tmp_path / "data" / "mods" / "m"
    (mod / "maps").mkdir(parents=True)
    (mod / "mod.yaml").write_text("id: m\nname: M\n")
    return mod, write_map(mod / "maps" / "hall.tmx", HALL, HALL_OBJECTS)


def ctx_for(content: Path, tmp_path: Path):
    return build_context(tmp_path / "data", headless=True, root=content, quiet=True, use_mods=True)


def refused(content: Path, tmp_path: Path, needle: str) -> None:
    with pytest.raises(MapError) as err:
        ctx_for(content, tmp_path).maps.get("hall")
    assert needle in str(err.value), str(err.value)


def test_a_tileset_in_single_quotes_is_checked(content, tmp_path):
    _mod, tmx = mod_with_map(content, tmp_path)
    (tmp_path / "secret.png").write_bytes((tmx.parent / "test.png").read_bytes())
    text = tmx.read_text().replace('source="test.png"', "source='../../../../secret.png'")
    tmx.write_text(text)
    refused(content, tmp_path, "outside the mod")


def test_a_mods_own_tsx_cannot_point_its_image_outside(content, tmp_path):
    _mod, tmx = mod_with_map(content, tmp_path)
    (tmp_path / "secret.png").write_bytes((tmx.parent / "test.png").read_bytes())
    tileset = tmx.read_text().split("<tileset", 1)[1].split("</tileset>", 1)[0]
    tsx = '<?xml version="1.0"?>\n<tileset' + tileset.replace(' firstgid="1"', "") + "</tileset>\n"
    (tmx.parent / "t.tsx").write_text(
        tsx.replace('source="test.png"', 'source="../../../../secret.png"')
    )
    tmx.write_text(
        tmx.read_text().replace(
            "<tileset" + tileset + "</tileset>", '<tileset firstgid="1" source="t.tsx"/>'
        )
    )
    refused(content, tmp_path, "outside the mod")


def test_a_symlinked_tmx_to_outside_is_refused(content, tmp_path):
    _mod, tmx = mod_with_map(content, tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    write_map(elsewhere / "other.tmx", HALL, HALL_OBJECTS)
    tmx.unlink()
    os.symlink(elsewhere / "other.tmx", tmx)
    refused(content, tmp_path, "link to outside")
    tmx.unlink()
    os.symlink("/etc/passwd", tmx)
    refused(content, tmp_path, "link to outside")


def test_an_image_layer_path_is_checked_and_a_good_one_is_drawn(content, tmp_path):
    _mod, tmx = mod_with_map(content, tmp_path)
    picture = pygame.Surface((20, 10))
    picture.fill((250, 10, 10))
    pygame.image.save(picture, str(tmx.parent / "sky.png"))
    layer = '  <imagelayer id="9" name="sky" offsetx="3" offsety="2"><image source="%s"/></imagelayer>\n'
    text = tmx.read_text()
    tmx.write_text(text.replace("  <objectgroup", layer % "../../../../x.png" + "  <objectgroup"))
    refused(content, tmp_path, "outside the mod")
    tmx.write_text(text.replace("  <objectgroup", layer % "sky.png" + "  <objectgroup"))
    data = load_map(tmx, images=True, sandbox=ctx_for(content, tmp_path).maps.sandbox(tmx))
    view = pygame.Surface((200, 100))
    MapRenderer(data).draw_below(view, (0, 0))
    assert (
        view.get_at((3, 2))[:3] == (250, 10, 10)
        and view.get_at((22, 11))[:3] == (250, 10, 10)
        and view.get_at((23, 2))[:3] != (250, 10, 10)
    )


def test_a_mod_map_uses_the_games_tilesets_by_the_games_own_paths(content, tmp_path):
    (content / "maps" / "tilesets").mkdir()
    (content / "assets" / "tiles").mkdir(parents=True)
    (content / "assets" / "tiles" / "t.png").write_bytes(
        (content / "maps" / "test.png").read_bytes()
    )
    tileset = (
        (content / "maps" / "room.tmx").read_text().split("<tileset", 1)[1].split("</tileset>")[0]
    )
    tsx = "<tileset" + tileset.replace(' firstgid="1"', "") + "</tileset>\n"
    tsx = tsx.replace('source="test.png"', 'source="../../assets/tiles/t.png"')
    (content / "maps" / "tilesets" / "t.tsx").write_text(tsx)
    _mod, tmx = mod_with_map(content, tmp_path)
    (tmx.parent / "test.png").unlink()
    text = tmx.read_text()
    own = text.split("  <tileset", 1)[1].split("</tileset>\n", 1)[0]
    tmx.write_text(
        text.replace(
            "  <tileset" + own + "</tileset>\n", '<tileset firstgid="1" source="tilesets/t.tsx"/>\n'
        )
    )
    ctx = build_context(tmp_path / "data", headless=False, root=content, quiet=True, use_mods=True)
    data = ctx.maps.get("hall")
    assert data.path == tmx and data.tmx.images[1] is not None


def test_a_zlib_bomb_and_absurd_sizes_are_refused(tmp_path):
    bomb = base64.b64encode(zlib.compress(b"\0" * 50_000_000)).decode()
    path = tmp_path / "bomb.tmx"
    path.write_text(
        textwrap.dedent(f"""\
        <?xml version="1.0"?>
        <map version="1.8" orientation="orthogonal" width="4" height="4" tilewidth="16" tileheight="16">
         <layer id="1" name="g" width="4" height="4"><data encoding="base64" compression="zlib">{bomb}</data></layer>
        </map>
    """)
    )
    with pytest.raises(MapError, match="more tiles than the map has"):
        load_map(path)
    path.write_text(
        path.read_text().replace(
            'width="4" height="4" tilewidth', 'width="99999" height="4" tilewidth'
        )
    )
    with pytest.raises(MapError, match="out of range"):
        load_map(path)
    path.write_text('<!DOCTYPE map [<!ENTITY a "aaaa">]><map/>')
    with pytest.raises(MapError, match="DOCTYPE"):
        load_map(path)


def test_chunks_draw_exactly_what_the_whole_map_is():
    """Every shipped map drawn through chunks matches the map drawn in one piece, layer by layer."""
    import pytmx

    for path in sorted((REPO / "maps").glob("*.tmx")):
        data = load_map(path, images=True)
        size = data.pixel_size
        whole = pygame.Surface(size).convert()
        whole.fill((20, 22, 28))
        for layer in data.tmx.visible_layers:
            if isinstance(layer, pytmx.TiledTileLayer) and not layer.name.lower().startswith(
                "above"
            ):
                for x, y, image in layer.tiles():
                    whole.blit(image, (x * 16, y * 16 + 16 - image.get_height()))
        drawn = pygame.Surface(size).convert()
        MapRenderer(data).draw_below(drawn, (0, 0))
        diff = [
            (x, y)
            for x in range(0, size[0], 3)
            for y in range(0, size[1], 3)
            if whole.get_at((x, y)) != drawn.get_at((x, y))
        ]
        assert not diff, f"{path.name}: differs at {diff[:5]}"


def test_the_largest_map_stays_within_the_memory_budget(tmp_path):
    """A map of the largest size, drawn all over in a real (dummy) window: peak memory < 300 MB."""
    side = MAX_MAP_SIDE
    layout = ["." * side] * side
    write_map(tmp_path / "big.tmx", layout, [("spawn", "s", 16, 16, 0, 0, {})], above=layout)
    script = textwrap.dedent(f"""
        import os, resource, sys
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        import pygame
        pygame.init(); pygame.display.set_mode((480, 270))
        from game.render.maprender import MapRenderer
        from game.world.mapdata import load_map
        r = MapRenderer(load_map(__import__("pathlib").Path({str(tmp_path / "big.tmx")!r}), images=True))
        view = pygame.Surface((480, 270))
        for y in range(0, {side * 16}, 1200):
            for x in range(0, {side * 16}, 1200):
                r.draw_below(view, (x, y)); r.draw_above(view, (x, y))
        assert len(r._chunks) <= {MAX_CHUNKS}
        # VmHWM belongs to this process's own memory map; ru_maxrss would carry over the peak of
        # the process that forked it (the test runner), which has nothing to do with the map.
        try:
            with open("/proc/self/status") as status:
                print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
        except OSError:
            print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert done.returncode == 0, done.stderr
    peak_mb = int(done.stdout.split()[-1]) / 1024
    assert peak_mb < 300, f"peak {peak_mb:.0f} MB"
    print(f"peak {peak_mb:.0f} MB")
    assert CHUNK * CHUNK * 4 * MAX_CHUNKS < 100 * 2**20
