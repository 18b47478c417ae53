"""Recording what a crash needs to be replayed, and writing the report (see game/crash/__init__.py)."""

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

from game.context import Context, NullAudio
from game.input.actions import InputFrame
from game.input.recording import encode
from game.play.play import Play
from game.play.start import StartError, make_start
from game.save.fingerprint import content_fingerprint
from game.save.savegame import capture, restore
from game.screens.world_screen import WorldScreen
from game.settings import Settings
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
        f"error {one_line(exc)}",
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


def one_line(exc: BaseException) -> str:
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
        text = f"{MAGIC} {FORMAT}\nerror {one_line(exc)}\nreplay no (report failed: {one_line(inner)})\n"
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
