"""Start-up that does not grow with the story: the title needs no scene; the story is read in the
background once the title is up, or on first use; a hot reload parses only what
changed; the bench's synthetic game has N times the scenes and lints as clean as the real one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from game.bench.synthetic import make_content
from game.boot import build_context
from game.devwatch import POLL_FRAMES, DevWatcher
from game.screens.title import TitleScreen
from game.simulation import Simulation
from game.story import library as libmod
from game.story.library import LazyLibrary, Library, load_library
from game.story.lint import lint
from game.story.loader import ParseMemo, scene_files
from game.world.mapdata import game_sandbox

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def counted(monkeypatch):
    """How many scene files load_library reads (through the module, as boot calls it)."""
    calls = []
    real = libmod._take_scene

    def take(lib, path, source, memo=None):
        calls.append(path)
        return real(lib, path, source, memo)

    monkeypatch.setattr(libmod, "_take_scene", take)
    return calls


def test_the_title_shows_without_reading_a_scene(counted, tmp_path) -> None:
    ctx = build_context(tmp_path / "data", headless=False, quiet=True)
    assert isinstance(ctx.content, LazyLibrary) and not ctx.content.loaded
    sim = Simulation(ctx, TitleScreen())
    sim.tick()
    assert ctx.content.chapters  # the title's chapter list comes from chapters.yaml alone
    assert counted == [] and not ctx.content.loaded
    assert ctx.content.scenes  # first use: everything is read, once
    assert ctx.content.loaded and len(counted) == len(scene_files(ROOT / "dialogue"))
    ctx.content.actor("kathy")
    assert len(counted) == len(scene_files(ROOT / "dialogue"))


def test_the_background_read_is_the_same_library(tmp_path) -> None:
    ctx = build_context(tmp_path / "data", headless=False, quiet=True)
    ctx.content.preload()
    lib = ctx.content.get()
    assert isinstance(lib, Library)
    assert sorted(lib.scenes) == sorted(load_library(ROOT / "dialogue").scenes)
    assert lib.flag_types == load_library(ROOT / "dialogue").flag_types


def test_problems_are_reported_when_the_story_is_read(content, tmp_path) -> None:
    (content / "dialogue" / "bad.yaml").write_text("scene: bad\nsteps:\n  - sya: {}\n")
    ctx = build_context(tmp_path / "data", headless=False, root=content, quiet=True)
    assert not any("bad.yaml" in line for line in ctx.notices.lines)
    ctx.content.get()
    assert any("bad.yaml:3:5" in line for line in ctx.notices.lines)
    # headless runs (verify, tests) read it all at once, as before
    ctx = build_context(tmp_path / "data2", headless=True, root=content, quiet=True)
    assert any("bad.yaml:3:5" in line for line in ctx.notices.lines)


def test_a_memo_parses_a_file_again_only_when_its_bytes_change(tmp_path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("scene: a\nsteps:\n  - wait: 1\n")
    memo = ParseMemo()
    first = memo.read(path)
    assert memo.read(path) is first and memo.parsed == 1
    os.utime(path)  # touched, same bytes
    assert memo.read(path) is first and memo.parsed == 1
    path.write_text("scene: a\nsteps:\n  - wait: 2\n")
    assert memo.read(path) is not first and memo.parsed == 2


def test_a_hot_reload_parses_only_the_changed_file(tmp_path) -> None:
    root = tmp_path / "game"
    make_content(ROOT, root, times=2)
    ctx = build_context(tmp_path / "data", headless=True, root=root, quiet=True)
    sim = Simulation(ctx, TitleScreen())
    watcher = DevWatcher(ctx, sim.stack)
    files = scene_files(root / "dialogue")
    assert watcher.memo.parsed == len(files)  # the first full check read each file once
    path = files[0]
    path.write_text(path.read_text(encoding="utf-8") + "\n# again\n", encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert any(watcher.poll() for _ in range(POLL_FRAMES)), watcher.errors
    assert watcher.memo.parsed == len(files) + 1
    # a broken change is still caught: the whole game is checked, only the parsing is saved
    text = path.read_text(encoding="utf-8").replace(
        "steps:", "steps:\n  - say: {who: nobody_at_all, text: x}", 1
    )
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
    assert not any(watcher.poll() for _ in range(POLL_FRAMES))
    assert any("nobody_at_all" in e for e in watcher.errors), watcher.errors


def test_the_synthetic_game_has_n_times_the_scenes_and_lints_clean(tmp_path) -> None:
    root = tmp_path / "game"
    count = make_content(ROOT, root, times=3)
    real = load_library(ROOT / "dialogue")
    big = load_library(root / "dialogue")
    assert count == 3 * len(scene_files(ROOT / "dialogue"))
    assert len(big.scenes) == 3 * len(real.scenes) and not big.problems
    errors = [f.format(f.file) for f in lint(root).findings if f.severity == "error"]
    assert not errors, errors[:5]


def test_a_memo_loads_a_map_again_only_when_it_or_a_tileset_changed(tmp_path) -> None:
    maps = tmp_path / "maps"
    shutil.copytree(ROOT / "maps", maps)
    shutil.copytree(ROOT / "assets" / "tiles", tmp_path / "assets" / "tiles")
    path = sorted(maps.glob("*.tmx"))[0]
    memo = ParseMemo()
    box = game_sandbox(path, tmp_path)
    first = memo.map(path, box)
    assert memo.map(path, box) is first
    tileset = sorted((maps / "tilesets").glob("*.tsx"))[0]
    st = tileset.stat()
    os.utime(tileset, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    second = memo.map(path, box)
    assert second is not first and memo.map(path, box) is second
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert memo.map(path, box) is not second
