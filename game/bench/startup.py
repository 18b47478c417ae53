"""Start-up benchmark: a fresh process that does what the windowed game does up to its first frame.

The parent times the whole thing, from just before the process is created to the line the child
prints right after the title screen's first frame is presented. The child also prints how long each
phase took (from its own first line of Python), which is what to look at when the total is slow.
It calls ``game.app.open_game``, the start-up the game itself runs, then draws one frame (the real
loop has no hook to stop after one frame).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

_T0 = time.perf_counter()  # as early as this module can see
READY = "bench-startup-ready "


def _probe(data_dir: Path, root: Path | None = None) -> dict[str, float]:
    """Build the game as ``run_window`` does, draw the title once, return phase times in ms."""
    marks: list[tuple[str, float]] = []

    def mark(name: str) -> None:
        marks.append((name, time.perf_counter()))

    import game.cli  # noqa: F401  (what `python -m game` imports before choosing a mode)
    from game.app import open_game

    mark("imports")
    # 480x270 x4 = 1920x1080, vsync off: the same steps as the game's own start-up.
    _ctx, display, sim = open_game(data_dir, root, scale=4, quiet=True, on_phase=mark)
    sim.stack.draw(display.canvas)
    display.present()
    mark("first_frame")
    out, last = {}, _T0
    for name, t in marks:
        out[name] = (t - last) * 1000
        last = t
    out["in_python"] = (last - _T0) * 1000
    return out


def measure(
    data_dir: Path, runs: int, root: Path | None = None
) -> tuple[list[float], dict[str, float], float]:
    """Start the probe ``runs`` times: (total ms per run, phases of the fastest run, child peak MB).
    ``root`` is another content root (the synthetic game with more scenes)."""
    needs_python()
    totals: list[float] = []
    best: dict[str, float] = {}
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    root = Path(__file__).resolve().parents[2]
    for _ in range(runs):
        cpu0 = _children_cpu_ms()
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "game.bench.startup", str(data_dir)]
            + ([str(root)] if root is not None else []),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=root,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        t1 = time.perf_counter()
        _out, err = proc.communicate(timeout=60)
        if not line.startswith(READY):
            raise RuntimeError(f"start-up probe failed: {(err or line).strip()[-300:]}")
        total = (t1 - t0) * 1000
        if not totals or total < min(totals):
            best = json.loads(line[len(READY) :])
            best["cpu"] = _children_cpu_ms() - cpu0  # the whole child, to its exit
        totals.append(total)
    return totals, best, _children_peak_mb()


def needs_python() -> None:
    """The figures that start a fresh Python process cannot be made by the standalone build."""
    if getattr(sys, "frozen", False):
        raise RuntimeError("needs Python: run the bench from a checkout or an installed wheel")


def _children_cpu_ms() -> float:
    """CPU time (user and system) of the finished children: on a busy machine the wall clock
    mostly measures the other processes."""
    try:
        import resource
    except ImportError:  # not on Windows
        return float("nan")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def _children_peak_mb() -> float:
    try:
        import resource
    except ImportError:  # not on Windows
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


if __name__ == "__main__":
    phases = _probe(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
    print(READY + json.dumps(phases), flush=True)  # the parent stops its clock on this line
    import pygame

    pygame.quit()
