"""A synthetic game with N times today's scenes, for the start-up, lint and reload figures.

Every scene file of the real game is written N times into a new content root: the original, and
N-1 copies with their scene id and line ids made unique (``x3__`` in front) and no `beat` (a beat is
told once). Each original ends with a branch that never runs and calls its copies, so the linter
sees every copy reached from the same place as its original and checks it there, as it would a
real scene (the synthetic game lints as clean as the real one). Maps and assets are copied.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from game.story.loader import scene_files

_SCENE = re.compile(r"^scene:\s*(\S+)", re.M)
_BEAT = re.compile(r"^beat:.*\n", re.M)
_LINE_ID = re.compile(r"(\bid:\s*)([a-z0-9_][a-z0-9_.\-]*)")


def copy_of(text: str, k: int) -> str:
    """Scene file text with its scene id and line ids renamed for copy ``k`` (1 and up)."""
    text = _SCENE.sub(lambda m: f"scene: x{k}__{m.group(1)}", text, count=1)
    text = _BEAT.sub("", text, count=1)
    return _LINE_ID.sub(lambda m: f"{m.group(1)}x{k}__{m.group(2)}", text)


def calls_to_copies(text: str, times: int) -> str:
    """The original's text with a last step that never runs and calls each copy."""
    found = _SCENE.search(text)
    if found is None or times < 2:
        return text
    scene = found.group(1)
    never = f'visited(\\"{scene}\\") and not visited(\\"{scene}\\")'
    lines = [f'  - if: "{never}"', "    then:"]
    lines += [f"      - call: x{k}__{scene}" for k in range(1, times)]
    return text.rstrip("\n") + "\n" + "\n".join(lines) + "\n"


def make_content(root: Path, out: Path, times: int = 10) -> int:
    """Write the game with ``times`` x its scenes under ``out``; returns the number of scenes."""
    out.mkdir(parents=True, exist_ok=True)
    for name in ("maps", "assets"):
        if (root / name).exists() and not (out / name).exists():
            shutil.copytree(root / name, out / name, ignore=shutil.ignore_patterns("src", "tools"))
    dialogue = out / "dialogue"
    if dialogue.exists():
        shutil.rmtree(dialogue)
    shutil.copytree(root / "dialogue", dialogue)
    scenes = scene_files(root / "dialogue")
    for path in scenes:
        rel = path.relative_to(root / "dialogue")
        text = path.read_text(encoding="utf-8")
        (dialogue / rel).write_text(calls_to_copies(text, times), encoding="utf-8")
        for k in range(1, times):
            target = dialogue / rel.parent / f"x{k}__{rel.name}"
            target.write_text(copy_of(text, k), encoding="utf-8")
    return len(scenes) * times
