"""Headless runs: the simulation without a window, from a file of input frames."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from game.boot import build_context
from game.input.recording import InputFileError, frames_from_text
from game.play.start import StartError, make_start
from game.screens.title import TitleScreen
from game.simulation import Simulation
from game.world.mapdata import MapError


def run_headless(
    ticks: int,
    input_file: Path | None,
    data_dir: Path | None,
    root: Path | None = None,
    start: str | None = None,
) -> int:
    """``start`` (`chapter:<id>`, `scene:<chapter>:<scene>`, `beat:<id>`, `new_game`) begins on a
    play built there instead of on the title screen."""
    frames = []
    if input_file is not None:
        try:
            frames = list(frames_from_text(input_file.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            print(f"{input_file}: cannot read: {exc}", file=sys.stderr)
            return 2
        except InputFileError as exc:
            print(f"{input_file}:{exc}", file=sys.stderr)
            return 2
    if data_dir is None:
        # A run from input frames must not depend on the player's saves (the title offers Continue
        # when there is one): without --data-dir it starts from an empty, throwaway folder.
        with tempfile.TemporaryDirectory(prefix="hailsham-") as tmp:
            return _run(ticks, frames, Path(tmp), root, start)
    return _run(ticks, frames, data_dir, root, start)


def _run(ticks: int, frames: list, data_dir: Path, root: Path | None, start: str | None) -> int:
    ctx = build_context(data_dir, headless=True, root=root)
    try:
        first = make_start(ctx, start) if start else TitleScreen()
    except (StartError, MapError) as exc:
        print(f"cannot start at {start}: {exc}", file=sys.stderr)
        return 2
    sim = Simulation(ctx, first)
    sim.run(frames, ticks)
    print(f"ticks {sim.tick_count}")
    print(f"state {sim.state_hash()}")
    return 0
