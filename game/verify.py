"""`python -m game verify RUN`: check a recorded run headless, tick for tick, and its category.

The run must be a category of this game (`full` from New Game, splitting at every chapter in order;
`memories` the same, finding every memory the game has on the way;
`chapter:X` from X's declared start, splitting once, at X), played with the locked settings on this
game version and content, and give the state hash recorded every 60 ticks, finishing on its
recorded tick with its recorded splits, beats and IGT. The input is streamed: memory does not grow
with a run's length, and a run longer than its category could take is refused before a tick is
simulated. Prints ``beat ID TICK`` for each beat reached, each split and, last, ``igt H:MM:SS.mmm``;
or FAILED and why, and exits 1 (2 for a file it cannot read). ``--json`` prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from game.boot import build_context
from game.content import ContentError
from game.crash import is_report, verify_main
from game.paths import content_root
from game.play.start import (
    StartError,
    categories,
    category_chapters,
    is_whole_game,
    make_start,
    memories_missing,
    start_of,
)
from game.save.fingerprint import content_fingerprint
from game.simulation import Simulation
from game.speedrun.runfile import RunFile, read_run_file, shown, versions
from game.speedrun.session import HASH_EVERY, LOCKED, RunSession
from game.speedrun.timer import Split, format_igt
from game.story.library import load_library
from game.world.mapdata import MapError


@dataclass
class VerifyResult:
    ok: bool
    verdict: str = "failed"  # verified | verified-other-version | failed | unreadable
    igt: int = 0
    splits: list[Split] = field(default_factory=list)
    beats: list[tuple[str, int]] = field(default_factory=list)
    tick: int | None = None  # where the state first differed (a hash tick), if it did
    problem: str = ""
    warnings: list[str] = field(default_factory=list)
    ticks: int = 0
    hashes_checked: int = 0


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
    session.keep_frames = False
    sim.speedrun.session = session
    return ctx, sim, session


def header_problems(run: RunFile, root: Path, allow_other: bool) -> tuple[list[str], list[str]]:
    """What makes the run unusable before it is simulated, and what is only worth a note."""
    problems: list[str] = []
    notes: list[str] = []
    if not is_whole_game(run.category) and not run.category.startswith("chapter:"):
        problems.append(f"category {shown(run.category)} is not a speedrun category")
    else:
        start = start_of(run.category)
        if run.start != start:
            problems.append(
                f"category {run.category} starts from {start}; this run starts from "
                f"{shown(run.start)}"
            )
    for key, value in LOCKED.items():
        if run.settings.get(key) != value:
            got = json.dumps(run.settings[key])[:20] if key in run.settings else "missing"
            want = json.dumps(value)
            problems.append(f"setting {key} is {got}; a run plays with {want}")
    here = versions() | {"content": content_fingerprint(root)}
    for key in ("game", "content"):
        theirs = getattr(run, key)
        if theirs != here[key]:
            message = f"recorded with {key} {shown(theirs, 20)}, this is {here[key]}"
            (notes if allow_other else problems).append(message)
    if run.mods:
        message = f"recorded with mods ({' '.join(run.mods[:5])}); a run plays the game as shipped"
        (notes if allow_other else problems).append(message)
    for key, theirs in (("python", run.python), ("pygame-ce", run.pygame)):
        if theirs and theirs != here[key]:
            notes.append(f"recorded with {key} {shown(theirs, 20)}, this is {here[key]}")
    problems += _structure(run)
    return problems, notes


def _structure(run: RunFile) -> list[str]:
    """Every hash a run records must be there: one every 60 ticks and the end."""
    ticks = run.tick_count()
    if run.end is None:
        return ["the run has no `end` line (a finished run records where it ended)"]
    if run.end[0] != ticks:
        return [f"the `end` line says tick {run.end[0]}, but the input has {ticks} ticks"]
    want = list(range(HASH_EVERY, ticks + 1, HASH_EVERY))
    got = [t for t, _ in run.hashes]
    if got != want:
        missing = sorted(set(want) - set(got))
        extra = sorted(set(got) - set(want))
        if missing:
            return [f"no hash for tick {missing[0]} ({len(missing)} missing; one every 60 ticks)"]
        if extra:
            return [f"a hash at tick {extra[0]}, where none is recorded"]
        return ["the hash lines are out of order"]
    return []


def verify(
    run: RunFile,
    root: Path | None = None,
    data_dir: Path | None = None,
    *,
    allow_other_version: bool = False,
) -> VerifyResult:
    root = root or content_root()
    problems, notes = header_problems(run, root, allow_other_version)
    result = VerifyResult(ok=False, warnings=notes)
    if problems:
        result.problem = "; ".join(problems)
        return result
    with tempfile.TemporaryDirectory(prefix="hailsham-verify-") as tmp:
        ctx, sim, session = prepare(run, data_dir or Path(tmp), root)
        if run.category not in categories(ctx):
            known = ", ".join(categories(ctx))
            result.problem = f"category {run.category} is not a category of this game ({known})"
            return result
        sim.speedrun.show_results = False
        _simulate(run, sim, session, result)
        if result.problem:
            return result
        _compare(run, session, result, category_chapters(ctx, run.category))
        missing = memories_missing(ctx, run.category, session.play.state.memories)
        if result.ok and missing:
            result.ok = False
            found = len(ctx.content.memories) - len(missing)
            result.problem = (
                f"category memories finds every memory; this run found {found} of "
                f"{len(ctx.content.memories)} (not {', '.join(missing[:5])}"
                f"{' ...' if len(missing) > 5 else ''})"
            )
    if result.ok:
        result.verdict = "verified-other-version" if notes and allow_other_version else "verified"
        if result.verdict == "verified-other-version":
            result.warnings = [w for w in notes if not w.startswith("recorded with python")]
    return result


def _simulate(run: RunFile, sim: Simulation, session: RunSession, result: VerifyResult) -> None:
    expected = dict(run.hashes)
    checked = 0
    for frame in run.iter_frames():
        sim.tick(frame)
        if len(session.hashes) > checked:
            checked = len(session.hashes)
            tick, got = session.hashes[-1]
            session.hashes.clear()  # compared: keep none (memory stays flat however long)
            checked = 0
            result.hashes_checked += 1
            if expected.get(tick) != got:
                _differs(result, session, tick, expected.get(tick, "?"), got)
                return
        if session.finished or session.abandoned:
            break
    result.ticks, result.igt = session.ticks, session.igt
    result.splits, result.beats = list(session.splits), list(session.beats)
    ticks = run.tick_count()
    if session.abandoned:
        result.problem = f"the run left the game at tick {session.ticks}"
    elif not session.finished:
        result.problem = f"the run did not finish: its {ticks} ticks ran out"
    elif session.ticks != ticks:
        result.problem = f"the run finished at tick {session.ticks}, before its last input tick"
    elif session.end is not None and run.end is not None and session.end != run.end:
        _differs(result, session, session.ticks, run.end[1], session.end[1])


def _compare(run: RunFile, session: RunSession, result: VerifyResult, chapters: list[str]) -> None:
    """The route the simulation took against the category and what the file says."""
    got = [s.chapter for s in session.splits]
    want = chapters
    if got != want[: len(got)] or len(got) != len(want):
        result.problem = (
            f"category {run.category} splits at {', '.join(want)}; "
            f"this run splits at {', '.join(got) or 'nothing'}"
        )
        return
    for i, (mine, theirs) in enumerate(zip(session.splits, run.splits, strict=False)):
        if mine != theirs:
            result.problem = (
                f"split {i + 1} ({mine.chapter}): the run gives {format_igt(mine.segment)} "
                f"(total {format_igt(mine.total)}); the file says {shown(theirs.chapter, 20)} "
                f"{format_igt(theirs.segment)} (total {format_igt(theirs.total)})"
            )
            return
    if len(run.splits) != len(session.splits):
        result.problem = f"the file lists {len(run.splits)} splits; the run gives {len(got)}"
    elif run.beats and run.beats != session.beats:
        at = next(
            (
                i
                for i, pair in enumerate(zip(run.beats, session.beats, strict=False))
                if pair[0] != pair[1]
            ),
            min(len(run.beats), len(session.beats)),
        )
        mine = session.beats[at] if at < len(session.beats) else ("(none)", 0)
        theirs = run.beats[at] if at < len(run.beats) else ("(none)", 0)
        result.problem = (
            f"beat {at + 1}: the run reaches {mine[0]} at tick {mine[1]}; "
            f"the file says {shown(theirs[0], 20)} at tick {theirs[1]}"
        )
    elif session.igt != run.igt:
        result.problem = (
            f"the run gives IGT {format_igt(session.igt)} ({session.igt} ticks); "
            f"the file says {format_igt(run.igt)} ({run.igt} ticks)"
        )
    else:
        result.ok = True


def _differs(result: VerifyResult, session: Any, tick: int, want: str, got: str) -> None:
    result.tick, result.ticks = tick, session.ticks
    result.problem = f"the state differs at tick {tick}: expected {want}, got {got}"


def as_json(run: RunFile | None, result: VerifyResult, problem: str = "") -> str:
    """One JSON object for leaderboard tools."""
    data: dict[str, Any] = {"verdict": result.verdict, "ok": result.ok}
    if run is not None:
        data |= {
            "run_id": run.run_id,
            "category": run.category,
            "start": run.start,
            "recorded": {"game": run.game, "content": run.content, "python": run.python,
                         "pygame-ce": run.pygame, "mods": run.mods, "rta_ms": run.rta_ms,
                         "igt_ticks": run.igt},
        }  # fmt: skip
    data |= {
        "here": versions() | {"content": content_fingerprint(content_root())},
        "igt_ticks": result.igt,
        "igt": format_igt(result.igt),
        "splits": [asdict(s) | {"segment_time": format_igt(s.segment)} for s in result.splits],
        "beats": [{"beat": b, "tick": t} for b, t in result.beats],
        "ticks": result.ticks,
        "hashes_checked": result.hashes_checked,
        "problem": problem or result.problem,
        "notes": result.warnings,
    }
    for split in data["splits"]:
        split.pop("next", None)
    return json.dumps(data, indent=1)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="hailsham verify", description=__doc__.splitlines()[0])
    p.add_argument("run", type=Path, help="a .run file, or a crash report (crash-*.txt)")
    p.add_argument("--json", action="store_true", help="print one JSON object (for tools)")
    p.add_argument(
        "--allow-other-version",
        action="store_true",
        help="check a run recorded on another game version, content or with mods (said loudly)",
    )
    p.add_argument("--content-root", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if is_report(args.run):  # a crash report from the window: does its exception come back?
        return verify_main(args.run, args.content_root)
    try:
        return _main(args)
    except (MemoryError, RecursionError) as exc:  # bounded by design; said plainly if ever met
        print(f"{args.run}: cannot verify: {type(exc).__name__}", file=sys.stderr)
        return 2


def _main(args: argparse.Namespace) -> int:
    run, problem = read_run_file(args.run)
    if run is None:
        if args.json:
            print(as_json(None, VerifyResult(ok=False, verdict="unreadable"), problem or ""))
        else:
            print(problem, file=sys.stderr)
        return 2
    if not args.json:
        print(
            f"run {run.run_id}: {shown(run.category, 40)[1:-1]} (start {shown(run.start, 40)[1:-1]}, "
            f"seed {run.seed}, {run.tick_count()} ticks)"
        )
    try:
        result = verify(run, args.content_root, allow_other_version=args.allow_other_version)
    except (ContentError, StartError, MapError) as exc:
        message = f"{args.run}: cannot start the run: {exc}"
        if args.json:
            print(as_json(run, VerifyResult(ok=False, verdict="unreadable"), message))
        else:
            print(message, file=sys.stderr)
        return 2
    if args.json:
        print(as_json(run, result))
        return 0 if result.ok else 1
    loud = result.verdict == "verified-other-version"
    for warning in result.warnings:
        print(f"{'WARNING' if loud else 'note'}: {warning}")
    for beat, tick in result.beats:
        print(f"beat {beat} {tick}")
    for split in result.splits:
        print(f"split {split.chapter} {format_igt(split.segment)} {format_igt(split.total)}")
    if not result.ok:
        print(f"FAILED: {result.problem}")
        return 1
    print(f"verified: {result.ticks} ticks, {result.hashes_checked} hashes and the end match")
    if loud:
        print("WARNING: verified on another version than recorded: not a run of this game as it is")
    print(f"igt {format_igt(result.igt)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
