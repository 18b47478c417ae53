"""The layers as contracts: import-linter checks pyproject.toml's [tool.importlinter], and no
module of the game imports another inside a function (that hides a cycle or an upward import)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# In-function imports kept on purpose, each for start-up time, never for a cycle (import-linter
# sees these too, so a cycle through one of them still fails the contracts above):
START_UP = {
    # the tools (`python -m game lint` ...) start without pygame or the screens
    ("game/cli.py", "game.headless"),
    ("game/cli.py", "game.app"),
    # the window opens, with its loading picture, before the rest of the game is imported
    ("game/cli.py", "game.ui.loading"),
    # the start-up bench's child process times exactly these imports
    ("game/bench/startup.py", "game.cli"),
    ("game/bench/startup.py", "game.app"),
    # menus load when first opened: headless runs and verify start without them
    ("game/screens/world_screen.py", "game.screens.menus.pause"),
    ("game/screens/title.py", "game.screens.menus.slots"),
    ("game/screens/title.py", "game.screens.menus.chapters"),
    ("game/screens/title.py", "game.screens.menus.settings"),
    ("game/screens/title.py", "game.screens.menus.credits"),
    ("game/screens/title.py", "game.screens.speedrun"),
    ("game/simulation.py", "game.screens.title"),
    ("game/simulation.py", "game.screens.speedrun"),
    ("game/simulation.py", "game.screens.results"),
    # only when LiveSplit is turned on / splits are exported
    ("game/speedrun/mode.py", "game.speedrun.livesplit"),
    ("game/screens/speedrun.py", "game.speedrun.lss"),
}


def test_the_import_contracts_hold() -> None:
    configuration = pytest.importorskip("importlinter.configuration")
    from importlinter.application import use_cases

    configuration.configure()  # what the `lint-imports` command does first
    cwd = Path.cwd()
    os.chdir(ROOT)  # import-linter reads pyproject.toml from the working folder
    try:
        kept = use_cases.lint_imports(no_logo=True, cache_dir=None)
    finally:
        os.chdir(cwd)
    assert kept, "an import breaks the layers (see the report above, and docs/architecture.md)"


def in_function_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for sub in ast.walk(node):
            names = []
            if isinstance(sub, ast.ImportFrom) and sub.level == 0:
                names = [sub.module or ""]
            elif isinstance(sub, ast.Import):
                names = [a.name for a in sub.names]
            rel = str(path.relative_to(ROOT))
            for n in names:
                if (n == "game" or n.startswith("game.")) and (rel, n) not in START_UP:
                    found.append(f"{rel}:{sub.lineno}: {ast.unparse(sub)}")
    return found


def test_no_game_import_hides_inside_a_function() -> None:
    found = []
    for path in sorted((ROOT / "game").rglob("*.py")):
        found += in_function_imports(path)
    assert not found, "import these at the top of the module:\n" + "\n".join(found)


def test_the_check_finds_an_import_inside_a_function(tmp_path) -> None:
    sample = ROOT / "game" / "_sample_for_test.py"
    sample.write_text("def f():\n    from game.state import GameState\n    return GameState\n")
    try:
        assert in_function_imports(sample) == [
            "game/_sample_for_test.py:2: from game.state import GameState"
        ]
    finally:
        sample.unlink()


def test_verify_and_headless_open_no_display(tmp_path) -> None:
    """Both build a play (under the screens that route its input) and never draw: no display is
    initialised, no surface made."""
    script = (
        "import contextlib, io, sys, pygame\n"
        "from game.headless import run_headless\n"
        "from game.verify import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert run_headless(120, None, None) == 0\n"
        "    main([sys.argv[1], '--content-root', sys.argv[2]])\n"
        "assert not pygame.display.get_init() and pygame.display.get_surface() is None\n"
        "print('no display')\n"
    )
    from tests.test_speedrun_content import make_speedrun_content

    root = make_speedrun_content(tmp_path / "content")
    run = ROOT / "tests" / "data" / "fixture_full.run"
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    out = subprocess.run(
        [sys.executable, "-c", script, str(run), str(root)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    assert out.returncode == 0 and out.stdout.strip() == "no display", out.stdout + out.stderr
