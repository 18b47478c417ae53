"""MODDING.md's examples lint clean against the shipped game (issue 14).

Every ```yaml block in MODDING.md is one of:
- a file of the tutorial's mod (first line `# file: <path in the mod>`): together they make a mod
  that must lint clean, warnings included, laid over the shipped game;
- a scene file (it has `scene:`), or scene steps (it starts with `- `), including each command's
  example in the generated reference: wrapped in a scene of a mod, they must lint without errors
  (a wrapped snippet is reached by nothing and sets flags nobody reads: those warnings are allowed).
The doc does not lean on STORY.md, which the repository does not ship.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from game.story import lint

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "MODDING.md"
BLOCK = re.compile(r"^( *)```yaml\n(.*?)^\1```", re.S | re.M)
ALLOWED_IN_SNIPPETS = {"L030", "L031", "L005", "L021"}


def blocks() -> list[tuple[int, str]]:
    text = DOC.read_text(encoding="utf-8")
    out = []
    for m in BLOCK.finditer(text):
        body = textwrap.dedent(m[2])
        out.append((text.count("\n", 0, m.start()) + 1, body))
    return out


def tutorial_files() -> dict[str, str]:
    files: dict[str, str] = {}
    for _line, body in blocks():
        first, _, rest = body.partition("\n")
        if first.startswith("# file: "):
            files[first[len("# file: ") :].strip()] = rest
    return files


def lint_mod(folder: Path, capsys) -> list[str]:
    lint.main(["--root", str(REPO), str(folder)])
    return capsys.readouterr().out.splitlines()


def test_the_doc_has_a_tutorial_mod_and_no_story_md():
    files = tutorial_files()
    assert "mod.yaml" in files and any(f.startswith("dialogue/") for f in files), sorted(files)
    assert any(f.startswith("lang/") for f in files)
    assert "STORY.md" not in DOC.read_text(encoding="utf-8")


def test_the_tutorial_mod_lints_clean(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "mods" / "tutorial"
    for rel, text in tutorial_files().items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    problems = [ln for ln in lint_mod(folder, capsys) if " L021 " not in ln]
    assert problems == [], "\n".join(problems)


def snippets() -> list[tuple[int, str]]:
    out = []
    for line, body in blocks():
        if body.startswith("# file: "):
            continue
        if re.search(r"^scene:", body, re.M):
            out.append((line, body))
        elif body.lstrip().startswith("- "):
            name = f"doc_example_{line}"
            out.append((line, f"scene: {name}\nsteps:\n" + textwrap.indent(body, "  ")))
        else:
            raise AssertionError(
                f"MODDING.md:{line}: a yaml block that is no mod file, scene or steps"
            )
    return out


def test_every_example_lints_without_errors(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    examples = snippets()
    assert len(examples) > 30
    failures = []
    for line, body in examples:
        folder = tmp_path / "mods" / f"ex{line}"
        (folder / "dialogue").mkdir(parents=True)
        (folder / "mod.yaml").write_text(f"id: ex{line}\n")
        (folder / "dialogue" / "example.yaml").write_text(body, encoding="utf-8")
        for problem in lint_mod(folder, capsys):
            code = problem.split(": ", 2)[1].split(" ")[0] if ": " in problem else ""
            if code not in ALLOWED_IN_SNIPPETS:
                failures.append(f"MODDING.md:{line}: {problem.split('/ex', 1)[-1]}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("command", ["lint", "ids", "story", "lang", "schema", "docs"])
def test_the_tools_the_doc_names_exist(command):
    from game.cli import TOOLS

    assert command in TOOLS
    assert f"python -m game {command}" in DOC.read_text(encoding="utf-8")
