"""Headless runs: the simulation without a window, from a file of input frames.

The input file is checked first (a pass that reads a line at a time, no further than `--ticks`
needs), then streamed into the simulation: memory stays flat however long the file or the run.
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from game.boot import build_context
from game.input.actions import InputFrame
from game.input.recording import (
    MAX_INPUT_BYTES,
    InputFileError,
    count_ticks,
    input_frames,
    iter_runs,
    read_lines,
)
from game.play.start import StartError, make_start
from game.screens.title import TitleScreen
from game.simulation import Simulation
from game.world.mapdata import MapError


def check_input(path: Path, ticks: int) -> str | None:
    """Why the input file cannot be used, or None (read up to what `ticks` ticks need)."""
    try:
        with open(path, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > MAX_INPUT_BYTES:
                return f"{path}: {size:,} bytes; an input file is at most {MAX_INPUT_BYTES:,}"
            count_ticks(iter_runs(read_lines(stream)), ticks)
    except OSError as exc:
        return f"{path}: cannot read: {exc.strerror or exc}"
    except InputFileError as exc:
        return f"{path}:{exc}"
    return None


def run_headless(
    ticks: int,
    input_file: Path | None,
    data_dir: Path | None,
    root: Path | None = None,
    start: str | None = None,
) -> int:
    """``start`` (`chapter:<id>`, `scene:<chapter>:<scene>`, `beat:<id>`, `new_game`) begins on a
    play built there instead of on the title screen."""
    if input_file is not None:
        problem = check_input(input_file, ticks)
        if problem:
            print(problem, file=sys.stderr)
            return 2
    if data_dir is None:
        # A run from input frames must not depend on the player's saves (the title offers Continue
        # when there is one): without --data-dir it starts from an empty, throwaway folder.
        with tempfile.TemporaryDirectory(prefix="hailsham-") as tmp:
            return _run(ticks, input_file, Path(tmp), root, start, own=False)
    return _run(ticks, input_file, data_dir, root, start)


def _run(
    ticks: int,
    input_file: Path | None,
    data_dir: Path,
    root: Path | None,
    start: str | None,
    own: bool = True,
) -> int:
    # With --data-dir the run uses that folder's mods and settings, as the window would: a mod can
    # be tested headless. Without it, the game as shipped.
    ctx = build_context(data_dir, headless=True, root=root, use_mods=own, player_settings=own)
    try:
        first = make_start(ctx, start) if start else TitleScreen()
    except (StartError, MapError) as exc:
        print(f"cannot start at {start}: {exc}", file=sys.stderr)
        return 2
    sim = Simulation(ctx, first)
    frames: Iterator[InputFrame] = iter(())
    if input_file is not None:
        frames = itertools.islice(input_frames(input_file), ticks)
    try:
        sim.run(frames, ticks)
    except (OSError, InputFileError) as exc:  # the file changed since it was checked
        print(f"{input_file}: {exc}", file=sys.stderr)
        return 2
    print(f"ticks {sim.tick_count}")
    print(f"state {sim.state_hash()}")
    return 0
