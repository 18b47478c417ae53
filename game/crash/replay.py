"""Reading a crash report and replaying it: does the same exception come back on the same tick?"""

from __future__ import annotations

import dataclasses
import json
import sys
import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from game.boot import build_context
from game.crash.recorder import MAGIC, MAX_BYTES, one_line, play_hash
from game.input.actions import InputFrame
from game.input.recording import InputFileError, frames_from_text
from game.paths import content_root
from game.play.start import StartError, chapter_start, new_game
from game.save.fingerprint import content_fingerprint
from game.save.savegame import restore
from game.settings import Settings
from game.simulation import Simulation
from game.speedrun.runfile import versions
from game.world.mapdata import MapError


# -- reading and replaying -------------------------------------------------------------------------
class ReportError(ValueError):
    """``line: what is wrong``."""


@dataclasses.dataclass
class CrashReport:
    error: str = ""
    where: str = ""
    header: dict[str, str] = dataclasses.field(default_factory=dict)
    replayable: bool = False
    ticks: int = 0
    start: str = ""
    seed: int = 0
    state: dict[str, Any] | None = None
    check: str = ""
    settings: dict[str, Any] = dataclasses.field(default_factory=dict)
    seen: list[str] = dataclasses.field(default_factory=list)
    traceback: list[str] = dataclasses.field(default_factory=list)
    input_text: str = ""

    def frames(self) -> Iterator[InputFrame]:
        return frames_from_text(self.input_text)


def is_report(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC.encode()
    except OSError:
        return False


def read_report(path: Path) -> CrashReport:
    """Raises ReportError, or OSError when the file cannot be read."""
    if path.stat().st_size > MAX_BYTES:
        raise ReportError(f"1: larger than {MAX_BYTES} bytes")
    text = path.read_text(encoding="utf-8", errors="replace")
    lines = text.split("\n")
    if not lines[0].startswith(MAGIC + " "):
        raise ReportError(f"1: not a crash report (it starts with `{MAGIC} N`)")
    report = CrashReport()
    n = 1
    for n, line in enumerate(lines[1:], 2):
        if line == "input":
            report.input_text = "\n".join(lines[n:])
            break
        if line.startswith("| "):
            report.traceback.append(line[2:])
            continue
        key, _, value = line.partition(" ")
        report.header[key] = value
    else:
        raise ReportError(f"{n}: no `input` line")
    h = report.header
    report.error, report.where = h.get("error", ""), h.get("where", "")
    if "replay" in h or "start" not in h:
        return report
    try:
        report.ticks = int(h.get("ticks", "0"))
        report.start, report.check = h["start"], h.get("check", "")
        report.seed = int(h.get("seed", "0"))
        state = h.get("state", "-")
        report.state = None if state == "-" else json.loads(state)
        report.settings = json.loads(h.get("settings", "{}"))
        report.seen = [str(x) for x in json.loads(h.get("seen", "[]"))]
    except (ValueError, KeyError) as exc:
        raise ReportError(f"header: {exc}") from None
    if not isinstance(report.settings, dict) or (
        report.state is not None and not isinstance(report.state, dict)
    ):
        raise ReportError("header: `settings` and `state` must be JSON objects")
    report.replayable = True
    return report


@dataclasses.dataclass
class Outcome:
    reproduced: bool
    message: str
    tick: int = 0
    error: str = ""  # what the replay raised, if anything
    traceback: str = ""


def prepare_report(
    report: CrashReport, data_dir: Path, root: Path | None, *, headless: bool = True
):
    """A context and a Simulation showing the report's start (raises ReportError if the start
    cannot be rebuilt, or is not the one the report was written from)."""
    ctx = build_context(data_dir, headless=headless, root=root, quiet=True, use_mods=False)
    settings, _problems = Settings.from_data(report.settings)
    ctx.settings = settings
    for line_id in report.seen:
        ctx.seen.add(line_id)
    try:
        if report.start == "save":
            play, problem = restore(ctx, report.state or {})
            if play is None:
                raise ReportError(f"the saved start cannot be restored: {problem}")
        elif report.start == "new_game":
            play = new_game(ctx, report.seed)
        elif report.start.startswith("chapter:"):
            play = chapter_start(ctx, report.start.partition(":")[2], report.seed)
        else:
            raise ReportError(f"unknown start {report.start[:40]!r}")
    except (StartError, MapError) as exc:
        raise ReportError(f"cannot rebuild the start: {exc}") from None
    if report.check and play_hash(play) != report.check:
        raise ReportError(
            "the start rebuilds differently here (another version or content?): "
            f"{play_hash(play)}, the report says {report.check}"
        )
    return ctx, Simulation(ctx, play)


def reproduce(report: CrashReport, root: Path | None = None) -> Outcome:
    """Replay the report headless: does the same exception come back on the same tick?"""
    if not report.replayable:
        return Outcome(False, f"this report cannot be replayed ({report.header.get('replay', '')})")
    with tempfile.TemporaryDirectory(prefix="hailsham-crash-") as tmp:
        try:
            _ctx, sim = prepare_report(report, Path(tmp), root)
        except ReportError as exc:
            return Outcome(False, str(exc))
        tick = 0
        try:
            for frame in report.frames():
                tick += 1
                sim.tick(frame)
        except InputFileError as exc:
            return Outcome(False, f"the input section: {exc}")
        except Exception as exc:  # the point: the game's own exception, caught to compare
            got = one_line(exc)
            trace = "".join(traceback.format_exception(exc))
            same = got == report.error and tick == report.ticks
            how = "the same exception" if same else "a different exception"
            if got == report.error and tick != report.ticks:
                how = f"the same exception at tick {tick}, the report says {report.ticks}"
            return Outcome(same, f"{how}: {got} (tick {tick})", tick, got, trace)
    if report.where != "tick":
        return Outcome(
            False,
            f"no exception in {tick} ticks; it came while {report.where}: "
            "`python -m game replay REPORT` shows it in a window",
            tick,
        )
    return Outcome(False, f"no exception in {tick} ticks: not reproduced (fixed?)", tick)


def verify_main(path: Path, root: Path | None) -> int:
    """`python -m game verify REPORT`: 0 when the report's exception comes back on its tick,
    1 when it does not, 2 when the report cannot be read or replayed."""
    try:
        report = read_report(path)
    except (OSError, ReportError) as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return 2
    print(f"crash report: {report.error} (while {report.where or '?'})")
    if not report.replayable:
        print(f"cannot replay: {report.header.get('replay', 'no input recorded')}")
        return 2
    print(f"start {report.start}, {report.ticks} ticks")
    here = versions() | {"content": content_fingerprint(root or content_root())}
    for key in ("game", "content"):
        if report.header.get(key, "") != here[key]:
            print(f"note: written by {key} {report.header.get(key, '?')[:20]}; this is {here[key]}")
    outcome = reproduce(report, root)
    if outcome.traceback:
        print(outcome.traceback.rstrip())
    print(("reproduced: " if outcome.reproduced else "NOT REPRODUCED: ") + outcome.message)
    return 0 if outcome.reproduced else 1
