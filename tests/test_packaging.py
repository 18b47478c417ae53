"""The wheel: what goes in (the content the game loads, its code) and what stays out (sources,
tools, tests), under its size budget; and the content it carries runs the same game.

A wheel is built once for the module, from a copy of the checkout (so the build leaves nothing in
the working tree), with the test venv's own setuptools.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONTENT = "game/_content/"
SKIP_COPY = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "_content", ".*_cache", "tmp"
)


def _setup_module():
    spec = importlib.util.spec_from_file_location("hailsham_setup", ROOT / "setup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # defines content_files(); setup() runs only as __main__
    return module


setup_py = _setup_module()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    pytest.importorskip("setuptools", minversion="68")
    tmp = tmp_path_factory.mktemp("wheel")
    tree = tmp / "tree"
    shutil.copytree(ROOT, tree, ignore=SKIP_COPY)
    out = tmp / "out"
    pip = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
    proc = subprocess.run(
        [*pip, "-w", str(out), str(tree)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PIP_NO_INDEX="1"),
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    (built,) = out.glob("hailsham-*.whl")
    return built


def names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as z:
        return z.namelist()


def test_the_wheel_carries_every_content_file_and_nothing_else(wheel) -> None:
    carried = sorted(n[len(CONTENT) :] for n in names(wheel) if n.startswith(CONTENT))
    wanted = sorted(p.as_posix() for p in setup_py.content_files(ROOT))
    assert carried == wanted
    # What the game loads is there: every scene and data file, every map, the built assets.
    for must in ("dialogue/game.yaml", "dialogue/chapters.yaml", "maps/tilesets/indoor.tsx"):
        assert must in carried
    for folder in ("music", "sfx", "ambient", "sprites", "portraits", "fonts", "tiles", "icon"):
        assert any(c.startswith(f"assets/{folder}/") for c in carried), folder
    assert len([c for c in carried if c.startswith("maps/") and c.endswith(".tmx")]) == len(
        list((ROOT / "maps").glob("*.tmx"))
    )


def test_sources_tools_and_tests_stay_out_of_the_wheel(wheel) -> None:
    for name in names(wheel):
        if name.startswith("hailsham-") and ".dist-info/" in name:
            continue
        assert name.startswith("game/"), name
        inner = name[len(CONTENT) :] if name.startswith(CONTENT) else ""
        assert not inner.startswith(("assets/src/", "assets/tools/")), name
        assert not name.endswith((".pyc", "_manifest.json")), name
        assert inner or name.endswith(".py"), name  # outside the content: code only


def test_every_built_asset_is_carried(wheel) -> None:
    """A folder of outputs another tool adds under assets/ is shipped without anyone listing it."""
    carried = {n[len(CONTENT) :] for n in names(wheel) if n.startswith(CONTENT)}
    for path in (ROOT / "assets").rglob("*"):
        rel = path.relative_to(ROOT).as_posix()
        if path.is_file() and not rel.startswith(("assets/src/", "assets/tools/")):
            if "__pycache__" in rel or rel.endswith("_manifest.json"):
                continue
            assert rel in carried, f"{rel} is built but not in the wheel"


def test_the_wheel_is_within_its_budget(wheel) -> None:
    budget = setup_py.package_table(ROOT)["wheel_budget_mb"]
    assert wheel.stat().st_size < budget * 1024 * 1024


def test_the_packaged_content_plays_the_same_game(wheel, tmp_path) -> None:
    """Unpacked, the wheel's content lints clean (every sprite, sound and map a scene names is
    there) and a headless run on it ends on the same state as the checkout's."""
    with zipfile.ZipFile(wheel) as z:
        z.extractall(tmp_path / "site")
    content = tmp_path / "site" / "game" / "_content"

    def run(*args: str) -> subprocess.CompletedProcess:
        env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
        return subprocess.run(
            [sys.executable, "-m", "game", *args], capture_output=True, text=True, env=env,
            cwd=tmp_path,
        )  # fmt: skip

    lint = run("lint", "--root", str(content))
    assert lint.returncode == 0, lint.stdout[-2000:] + lint.stderr[-2000:]
    inputs = ROOT / "tests" / "data" / "chapter1.input"
    ticks = ["--headless", "--ticks", "3000", "--input", str(inputs)]
    packaged = run(*ticks, "--content-root", str(content))
    here = run(*ticks, "--content-root", str(ROOT))
    assert packaged.returncode == 0, packaged.stderr[-2000:]
    assert packaged.stdout.splitlines()[-1] == here.stdout.splitlines()[-1]
    assert packaged.stdout.splitlines()[-1].startswith("state ")


def test_an_installed_game_reads_its_packaged_content(tmp_path) -> None:
    """game/_content (a wheel, the standalone build) when it is there; the folder holding game/
    otherwise (an editable install, `python -m game` in the clone)."""
    from game import paths

    package = tmp_path / "site" / "game"
    package.mkdir(parents=True)
    assert paths.root_for(package) == package.parent.resolve()
    (package / "_content" / "dialogue").mkdir(parents=True)
    assert paths.root_for(package) == (package / "_content").resolve()
    assert paths.content_root() == ROOT  # this checkout has no packaged copy


def test_the_icon_is_built_from_its_text_grid() -> None:
    """assets/icon/* are what assets/tools/build_icon.py makes of assets/src/icon/hailsham.txt."""
    sys.path.insert(0, str(ROOT / "assets" / "tools"))
    try:
        import build_icon
    finally:
        sys.path.remove(str(ROOT / "assets" / "tools"))
    for name, data in build_icon.build().items():
        assert (ROOT / "assets" / "icon" / name).read_bytes() == data, f"{name} is stale"


def test_the_desktop_entry_and_the_spec_name_what_exists() -> None:
    entry = (ROOT / "packaging" / "linux" / "hailsham.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines()[1:] if "=" in line)
    assert entry.startswith("[Desktop Entry]\n")
    assert fields["Type"] == "Application" and fields["Exec"] == "hailsham"
    assert fields["Icon"] == "hailsham" and fields["Categories"].endswith(";")
    spec = (ROOT / "packaging" / "hailsham.spec").read_text(encoding="utf-8")
    for rel in ("hailsham_entry.py", "linux/hailsham.desktop"):
        assert rel.split("/")[-1] in spec and (ROOT / "packaging" / rel).is_file()
    for icon in ("hailsham.ico", "hailsham.icns", "hailsham.png"):
        assert (ROOT / "assets" / "icon" / icon).is_file()
