"""Playing a committed input file headless, for the playthrough tests."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from game.input.recording import frames_from_text

STORY = Path("/work/shared/STORY.md")  # the outline, where it is at hand (not in a clean clone)


def story_beats(chapters: str, fallback: list[str]) -> list[str]:
    """The beat ids the outline lists whose letter is in ``chapters`` ("ph", "c", "" for all),
    in its order; ``fallback`` where the outline is not at hand."""
    if not STORY.is_file():
        return fallback
    found = re.findall(r"^- `([a-z]\d\d)`", STORY.read_text(encoding="utf-8"), re.M)
    return [b for b in found if not chapters or b[0] in chapters]


def play_input(
    sim: Any, path: Path, watch: Callable[[Any], None] | None = None
) -> tuple[Any, list[tuple[str, str]]]:
    """Feed ``path``'s frames to ``sim``; returns the last play state seen and the trail of
    (scene, chapter), each scene at its first visit, in the order reached. ``watch`` is shown
    the top screen after every tick on which a play is on screen."""
    trail: list[tuple[str, str]] = []
    seen: set[str] = set()
    state = None
    for frame in frames_from_text(path.read_text(encoding="utf-8")):
        sim.tick(frame)
        st = getattr(sim.stack.top, "state", None)
        if st is not None:
            state = st
            if watch is not None:
                watch(sim.stack.top)
            for scene in st.visited:
                if scene not in seen:
                    seen.add(scene)
                    trail.append((scene, st.chapter))
    return state, trail
