"""Headless runs: the simulation without a window, from a file of input frames."""

from __future__ import annotations

import sys
from pathlib import Path

from game.boot import build_context
from game.input.recording import InputFileError, frames_from_text
from game.screens.title import TitleScreen
from game.simulation import Simulation


def run_headless(
    ticks: int, input_file: Path | None, data_dir: Path | None, root: Path | None = None
) -> int:
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
    ctx = build_context(data_dir, headless=True, root=root)
    sim = Simulation(ctx, TitleScreen())
    sim.run(frames, ticks)
    print(f"ticks {sim.tick_count}")
    print(f"state {sim.state_hash()}")
    return 0
