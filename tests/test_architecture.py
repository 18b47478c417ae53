"""The layers as contracts: import-linter checks pyproject.toml's [tool.importlinter], and no
module of the game imports another inside a function (that hides a cycle or an upward import)."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# In-function imports kept on purpose, each for start-up time (never for a cycle):
LAZY = {
    "game/cli.py",  # `python -m game lint` and the other tools start without pygame or the screens
    "game/bench/startup.py",  # the child process times exactly these imports
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
            if any(n == "game" or n.startswith("game.") for n in names):
                found.append(f"{path.relative_to(ROOT)}:{sub.lineno}: {ast.unparse(sub)}")
    return found


def test_no_game_import_hides_inside_a_function() -> None:
    found = []
    for path in sorted((ROOT / "game").rglob("*.py")):
        if str(path.relative_to(ROOT)) not in LAZY:
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
