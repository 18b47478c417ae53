"""Crash reports that replay: what the window writes when something unexpected goes wrong.

While the game runs, a `CrashRecorder` keeps the input frames since the play's last *checkpoint*:
the moment a play began (New Game, a chapter's start, a loaded save) or a chapter began inside it.
A checkpoint is kept only when it can be rebuilt exactly (the rebuilt play's snapshot equals the
live one's); otherwise the older one stays and the frames run on from there. On an exception the
window writes a report into the data folder, ``crashes/crash-<date>-<time>.txt``::

    hailsham-crash 1
    game 0.1.0
    ...                          (python, pygame-ce, sdl, platform, content, mods)
    error ZeroDivisionError: division by zero
    where tick                   (tick: in the simulation; draw: drawing a frame; events)
    ticks 1234                   (input frames below, the last one the tick that failed)
    start new_game               (or chapter:<id>, or `save` with the saved play on `state`)
    state {...}
    check 9c1f0e2d3a4b5c6d       (the start's hash: a replay first checks it rebuilt the same)
    settings {...}
    seen [...]                   (lines seen: Skip depends on them)
    traceback
    | Traceback (most recent call last):
    | ...
    input
    30 +right                    (the .run input format: game.input.recording)

`python -m game verify REPORT` rebuilds the start headless, feeds the frames and says whether the
same exception comes back at the same tick; `python -m game replay REPORT` shows it in a window
(a crash while drawing only shows there). The recorder never writes a save: the player's last
autosave is the one made before the crash.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from game.boot import build_context
from game.context import Context, NullAudio
from game.input.actions import InputFrame
from game.input.recording import InputFileError, encode, frames_from_text
from game.paths import content_root
from game.play.play import Play
from game.play.start import StartError, chapter_start, make_start, new_game
from game.save.fingerprint import content_fingerprint
from game.save.savegame import capture, restore
from game.screens.world_screen import WorldScreen
from game.settings import Settings
from game.simulation import Simulation
from game.speedrun.runfile import versions
from game.world.mapdata import MapError

MAGIC = "hailsham-crash"
FORMAT = 1
FOLDER = "crashes"
MAX_TICKS = 6 * 60 * 60 * 60  # six hours of frames since a checkpoint; past that, no replay
MAX_BYTES = 32 * 1024 * 1024


def play_hash(play: Play) -> str:
    text = json.dumps(play.snapshot(), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:16]


@dataclasses.dataclass
class Checkpoint:
    start: str  # new_game | chapter:<id> | save
    state: dict[str, Any] | None  # the captured play, for `save`
    check: str  # play_hash of the play at the checkpoint
    seed: int = 0


def _quiet(ctx: Context) -> Context:
    """The same services without sound or the player's profile: rebuilding a start to compare
    it must not restart the music or unlock anything."""
    return dataclasses.replace(ctx, audio=NullAudio(), profile=None, profile_path=None)


def exact_start(ctx: Context, play: Play) -> Checkpoint | None:
    """How to rebuild this play as it is now, if it can be rebuilt exactly: as New Game, as its
    chapter's declared start, or from a save of it."""
    want = play_hash(play)
    quiet = _quiet(ctx)
    candidates: list[tuple[str, Any]] = []
    if play.pending_chapter:
        candidates += [("new_game", None), (f"chapter:{play.pending_chapter}", None)]
    candidates.append(("save", capture(ctx, play)))
    for start, data in candidates:
        try:
            if data is None:
                rebuilt = make_start(quiet, start, play.state.seed)
            else:
                rebuilt, _problem = restore(quiet, json.loads(json.dumps(data)))
        except (StartError, MapError, ValueError, TypeError, KeyError):
            continue
        if rebuilt is not None and play_hash(rebuilt) == want:
            return Checkpoint(start, data, want, play.state.seed)
    return None


class CrashRecorder:
    """The input frames since the last exact checkpoint of the play being shown."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.play: Play | None = None
        self.chapter: str | None = None
        self.checkpoint: Checkpoint | None = None
        self.runs: list[list[Any]] = []  # [first frame, count], as game.input.recording.encode
        self.ticks = 0
        self.note = ""  # why a report cannot be replayed, if it cannot
        self.where = "starting"  # what the window was doing: events, tick, draw (the report says)

    def before_tick(self, stack: Any, frame: InputFrame) -> None:
        """Call with each frame just before the simulation ticks it."""
        top = stack.top
        if isinstance(top, WorldScreen) and (
            top.play is not self.play or top.play.state.chapter != self.chapter
        ):
            self._checkpoint(top.play, new=top.play is not self.play)
        if self.checkpoint is None:
            return
        if self.ticks >= MAX_TICKS:
            self.note = "more than six hours since the last checkpoint: the input was not kept"
            return
        self.ticks += 1
        last = self.runs[-1] if self.runs else None
        if (
            last is not None
            and not frame.pressed
            and not frame.click
            and not frame.wheel
            and frame.held == last[0].held
            and frame.pointer == last[0].pointer
        ):
            last[1] += 1
        else:
            self.runs.append([frame, 1])

    def _checkpoint(self, play: Play, *, new: bool) -> None:
        self.play, self.chapter = play, play.state.chapter
        if self.ctx.speedrun is not None and getattr(self.ctx.speedrun, "session", None):
            if new:  # a run's own .run file is its replay
                self.checkpoint, self.note = None, "a speedrun: its .run file replays it"
            return
        found = exact_start(self.ctx, play)
        if found is None and not new:
            return  # the older checkpoint still rebuilds this play: keep its frames
        self.checkpoint, self.runs, self.ticks = found, [], 0
        self.note = "" if found else "this play could not be rebuilt exactly"

    def frames(self) -> Iterator[InputFrame]:
        for first, count in self.runs:
            yield first
            if count > 1:
                rest = InputFrame(first.held, pointer=first.pointer)
                for _ in range(count - 1):
                    yield rest


# -- writing ---------------------------------------------------------------------------------------
def report_text(
    ctx: Context, recorder: CrashRecorder | None, exc: BaseException, where: str
) -> str:
    import pygame  # already loaded by the window; the SDL version belongs in the report

    ver = versions()
    try:
        content = content_fingerprint(ctx.paths.root)
    except OSError:
        content = "?"
    mods = " ".join(m.id for m in getattr(ctx.mods, "mods", [])) or "-"
    checkpoint = recorder.checkpoint if recorder is not None else None
    lines = [
        f"{MAGIC} {FORMAT}",
        f"game {ver['game']}",
        f"python {ver['python']}",
        f"pygame-ce {ver['pygame-ce']}",
        f"sdl {'.'.join(str(n) for n in pygame.get_sdl_version())}",
        f"platform {platform.platform()}",
        f"frozen {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        f"content {content}",
        f"mods {mods}",
        f"written {time.strftime('%Y-%m-%d %H:%M:%S')}",  # for people: never read back
        f"error {_one_line(exc)}",
        f"where {where}",
    ]
    if checkpoint is None:
        why = (recorder.note if recorder is not None else "") or "no play had begun"
        lines.append(f"replay no ({why})")
    else:
        lines += [
            f"ticks {recorder.ticks}",
            f"start {checkpoint.start}",
            f"seed {checkpoint.seed}",
            "state " + (json.dumps(checkpoint.state, sort_keys=True) if checkpoint.state else "-"),
            f"check {checkpoint.check}",
            "settings " + json.dumps(_sim_settings(ctx.settings), sort_keys=True),
            "seen " + json.dumps(sorted(getattr(ctx.seen, "_ids", ()))),
        ]
    lines.append("traceback")
    lines += ["| " + line for line in "".join(traceback.format_exception(exc)).splitlines()]
    lines.append("input")
    text = "\n".join(lines) + "\n"
    if checkpoint is not None:
        text += encode(recorder.frames())
    return text


def _sim_settings(settings: Settings) -> dict[str, Any]:
    """The settings the simulation reads (text speed, skip, language ...), not the window's."""
    data = settings.to_data()
    for key in ("bindings", "livesplit_host", "livesplit_port", "livesplit"):
        data.pop(key, None)
    return data


def _one_line(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}".replace("\n", " ")
    return text if len(text) <= 300 else text[:300] + "..."


def write_report(
    ctx: Context, recorder: CrashRecorder | None, exc: BaseException, where: str
) -> Path | None:
    """Write the report into the data folder; its path, or None if even that failed (the
    traceback is printed to stderr either way). Never raises."""
    traceback.print_exception(exc, file=sys.stderr)
    try:
        text = report_text(ctx, recorder, exc, where)
    except Exception as inner:  # a report about the report: the traceback above still stands
        text = f"{MAGIC} {FORMAT}\nerror {_one_line(exc)}\nreplay no (report failed: {_one_line(inner)})\n"
    try:
        folder = ctx.paths.data / FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = folder / f"crash-{stamp}.txt"
        n = 1
        while path.exists():
            n += 1
            path = folder / f"crash-{stamp}-{n}.txt"
        with tempfile.NamedTemporaryFile("w", dir=folder, delete=False, encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(f.name, path)
    except OSError as err:
        print(f"could not write the crash report: {err}", file=sys.stderr)
        return None
    print(f"crash report: {path}", file=sys.stderr)
    return path


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
            got = _one_line(exc)
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
