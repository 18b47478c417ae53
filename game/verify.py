"""`python -m game verify RUN`: simulate a recorded run headless and check it, tick for tick.

The run starts from the state its header declares, takes its input frames and must give the same
state hash every 60 ticks, finish on the recorded tick with the recorded IGT and splits. Prints each
split and, last, ``igt H:MM:SS.mmm``; or the first tick where the state differs, and exits 1.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.boot import build_context
from game.content import ContentError
from game.paths import content_root
from game.play.start import StartError, make_start
from game.save.fingerprint import content_fingerprint
from game.simulation import Simulation
from game.speedrun.mode import RunSession
from game.speedrun.runfile import RunFile, read_run_file, versions
from game.speedrun.timer import Split, format_igt
from game.story.library import load_library
from game.world.mapdata import MapError


@dataclass
class VerifyResult:
    ok: bool
    igt: int = 0
    splits: list[Split] = field(default_factory=list)
    tick: int | None = None  # where the state first differed (a hash tick), if it did
    problem: str = ""
    warnings: list[str] = field(default_factory=list)
    ticks: int = 0


def prepare(run: RunFile, data_dir: Path, root: Path | None, *, headless: bool = True) -> Any:
    """A context and a Simulation showing the run's play, with its session attached (no recording).

    The play is built as the run began; the screens over it route the frames as they did live
    (a run may open the pause menu or the backlog, and those ticks are in its hashes too)."""
    ctx = build_context(data_dir, headless=headless, root=root, quiet=True, use_mods=False)
    language = run.settings.get("language", "")
    if isinstance(language, str) and language != ctx.settings.language:
        ctx.settings.language = language
        ctx.content = load_library(ctx.paths.dialogue, mods=ctx.mods, language=language)
    ctx.settings.language = language if isinstance(language, str) else ""
    play = make_start(ctx, run.start, run.seed)
    sim = Simulation(ctx, play)
    session = RunSession(ctx, run.category, run.start, play, seed=run.seed, live=False)
    sim.speedrun.session = session
    return ctx, sim, session


def header_warnings(run: RunFile, root: Path) -> list[str]:
    out = []
    here = versions() | {"content": content_fingerprint(root)}
    theirs = {
        "game": run.game,
        "python": run.python,
        "pygame-ce": run.pygame,
        "content": run.content,
    }
    for key, value in theirs.items():
        if value and value != here[key]:
            out.append(f"recorded with {key} {value}, this is {here[key]}")
    if run.mods:
        out.append(f"recorded with mods ({' '.join(run.mods)}); verified as shipped, without them")
    return out


def verify(run: RunFile, root: Path | None = None, data_dir: Path | None = None) -> VerifyResult:
    root = root or content_root()
    with tempfile.TemporaryDirectory(prefix="hailsham-verify-") as tmp:
        _ctx, sim, session = prepare(run, data_dir or Path(tmp), root)
        sim.speedrun.show_results = False
        result = VerifyResult(ok=False, warnings=header_warnings(run, root))
        expected = dict(run.hashes)
        checked = 0
        for frame in run.frames:
            sim.tick(frame)
            if len(session.hashes) > checked:
                checked = len(session.hashes)
                tick, got = session.hashes[-1]
                if tick in expected and expected[tick] != got:
                    return _differs(result, session, tick, expected[tick], got)
            if session.finished or session.abandoned:
                break
        result.ticks, result.igt, result.splits = session.ticks, session.igt, list(session.splits)
        if session.abandoned:
            result.problem = f"the run left the game at tick {session.ticks}"
        elif not session.finished:
            result.problem = f"the run did not finish: its {len(run.frames)} frames ran out"
        elif session.ticks != len(run.frames):
            result.problem = f"the run finished at tick {session.ticks}, before its last frame"
        elif run.end is not None and session.end != run.end:
            if run.end[0] == session.ticks:
                return _differs(result, session, session.ticks, run.end[1], session.end[1])
            result.problem = f"the run finished at tick {session.ticks}, not {run.end[0]}"
        elif session.igt != run.igt or session.splits != run.splits:
            result.problem = (
                f"the run gives IGT {format_igt(session.igt)}, not {format_igt(run.igt)}"
            )
        else:
            result.ok = True
        return result


def _differs(result: VerifyResult, session: Any, tick: int, want: str, got: str) -> VerifyResult:
    result.tick, result.ticks = tick, session.ticks
    result.problem = f"the state differs at tick {tick}: expected {want}, got {got}"
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="hailsham verify", description=__doc__.splitlines()[0])
    p.add_argument("run", type=Path, help="a .run file")
    p.add_argument("--content-root", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    run, problem = read_run_file(args.run)
    if run is None:
        print(problem, file=sys.stderr)
        return 2
    print(f"run {run.category} (start {run.start}, seed {run.seed}, {len(run.frames)} ticks)")
    try:
        result = verify(run, args.content_root)
    except (ContentError, StartError, MapError) as exc:
        print(f"{args.run}: cannot start the run: {exc}", file=sys.stderr)
        return 2
    for warning in result.warnings:
        print(f"note: {warning}")
    for split in result.splits:
        print(f"split {split.chapter} {format_igt(split.segment)} {format_igt(split.total)}")
    if not result.ok:
        print(f"FAILED: {result.problem}")
        return 1
    print(f"verified: {result.ticks} ticks, {len(run.hashes)} hashes match")
    print(f"igt {format_igt(result.igt)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
