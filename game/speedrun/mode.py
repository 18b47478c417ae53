"""Speedrun mode: a run's session (locked settings, recording, splits, results) and the tick hooks.

`Speedrun` is made by the Simulation and sees every tick (`before_tick`, `after_tick`): it keeps the
game timer always, and a `RunSession` while a run is on. Nothing here changes the game except the
input of a run (actions that speedrun mode locks are taken out before the game sees them, and the
same filtered frames are what the `.run` file records). It starts runs as plays and tells the
Simulation when one ended; showing them (the world, the results) is the screens' business.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.play.start import NEW_GAME, StartError, make_start
from game.save.fingerprint import content_fingerprint
from game.speedrun import bests as bestlib
from game.speedrun.runfile import SUFFIX, RunFile, versions
from game.speedrun.timer import GameTimer, Split, TickReport
from game.story.seen import SeenLog
from game.world.mapdata import MapError

# Settings that change the game, fixed for every run (and recorded in the .run file).
LOCKED: dict[str, Any] = {"text_speed": 0, "skip_all": True, "skip_mode": "hold", "auto_speed": 100}
# Settings recorded as they are (they change what is shown, not how long anything takes).
RECORDED = ("language",)
# Actions a run never passes on: no auto-advance, no quick save or load.
BLOCKED = frozenset({Action.AUTO, Action.QUICKSAVE, Action.QUICKLOAD})
HASH_EVERY = 60


def locked_settings(ctx: Any) -> dict[str, Any]:
    """What the settings menus must show as locked (empty when no run is on)."""
    sr = getattr(ctx, "speedrun", None)
    return dict(LOCKED) if sr is not None and sr.session is not None else {}


def run_hash(stack: Any, tick: int, igt: int) -> str:
    """The state hash a .run records: the screen stack, the run's tick and its IGT."""
    data = {"tick": tick, "igt": igt, "stack": stack.snapshot()}
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:16]


@dataclass
class RunResult:
    category: str
    practice: bool
    igt: int
    rta_ms: int
    splits: list[Split]
    pb: int | None = None  # the personal best before this run
    best_segments: dict[str, int] = field(default_factory=dict)  # before this run
    new_pb: bool = False
    path: Path | None = None  # the .run file written


class RunSession:
    """One run, from the tick it is started to the tick it finishes (or is abandoned)."""

    def __init__(
        self,
        ctx: Any,
        category: str,
        start: str,
        play: Play,
        *,
        seed: int = 0,
        live: bool = True,
        clock: Callable[[], int] = time.perf_counter_ns,
        livesplit: Any = None,
    ) -> None:
        self.ctx, self.category, self.start, self.play, self.seed = ctx, category, start, play, seed
        self.practice = category.startswith("practice")
        self.live, self.clock, self.livesplit = live, clock, livesplit
        self.recording = not live  # a live run starts recording on the tick after it was started
        self.ticks = self.igt = 0
        self.splits: list[Split] = []
        self.frames: list[InputFrame] = []
        self.hashes: list[tuple[int, str]] = []
        self.end: tuple[int, str] | None = None
        self.finished = self.abandoned = False
        self.result: RunResult | None = None
        self.split_tick = 0  # the run tick of the last split (the clock shows it for a while)
        self.pb_snapshot = json.loads(json.dumps(bestlib.load_bests(ctx)))  # bests at the start
        self.rta_start = clock()
        self._saved_settings = ctx.settings
        self._saved_seen = ctx.seen
        self.settings_used = {k: getattr(ctx.settings, k) for k in RECORDED} | LOCKED
        ctx.settings = dataclasses.replace(ctx.settings, **LOCKED)
        ctx.seen = SeenLog(None)  # a run starts having seen nothing, like its verification
        if livesplit is not None and not self.practice:
            livesplit.run_started()

    # -- the tick --------------------------------------------------------------------------------
    def before_tick(self, frame: InputFrame) -> InputFrame:
        for key, value in LOCKED.items():  # a settings menu opened mid-run changes nothing
            if getattr(self.ctx.settings, key) != value:
                setattr(self.ctx.settings, key, value)
        if frame.held & BLOCKED:
            frame = InputFrame(frame.held - BLOCKED, frame.pressed - BLOCKED, *_mouse(frame))
        if self.recording:
            self.frames.append(frame)
        return frame

    def after_tick(self, stack: Any, report: TickReport) -> None:
        if not self.recording:
            self.recording = True  # the tick the run was started on is not part of it
            return
        self.ticks += 1
        if report.counted:
            self.igt += 1
            if self.livesplit is not None and not self.practice:
                self.livesplit.game_time(self.igt)
        done = False
        if report.split is not None and report.world is self.play:
            split = Split(report.split.chapter, report.split.segment, self.igt, report.split.next)
            self.splits.append(split)
            self.split_tick = self.ticks
            if self.livesplit is not None and not self.practice:
                self.livesplit.split(self.igt)
            done = self._last_split(split)
        elif not any(getattr(screen, "play", None) is self.play for screen in stack):
            self.stop(abandoned=True)  # back to the title, a save loaded: the run is over
            return
        elif self.practice and self.play.director.run is None:
            done = True  # practice ends with its scene
        if self.ticks % HASH_EVERY == 0:
            self.hashes.append((self.ticks, run_hash(stack, self.ticks, self.igt)))
        if done:
            self.end = (self.ticks, run_hash(stack, self.ticks, self.igt))
            self.finish()

    def _last_split(self, split: Split) -> bool:
        if self.category != "full":
            return True  # a chapter run is one chapter
        return not split.next or split.next not in self.ctx.content.chapters

    # -- the end ---------------------------------------------------------------------------------
    def finish(self) -> None:
        rta_ms = (self.clock() - self.rta_start) // 1_000_000
        bests = bestlib.load_bests(self.ctx)
        segments = {
            s.chapter: b for s in self.splits if (b := bestlib.best_segment(bests, s.chapter))
        }
        result = RunResult(
            self.category, self.practice, self.igt, rta_ms, list(self.splits),
            bestlib.personal_best(bests, self.category), segments,
        )  # fmt: skip
        if self.live and not self.practice:
            result.path = self.write()
            bestlib.count_attempt(bests, self.category)
            result.new_pb = bestlib.record(bests, self.category, self.igt, rta_ms, self.splits)
            bestlib.save_bests(self.ctx, bests)
        self.result = result
        self.stop(abandoned=False)

    def stop(self, *, abandoned: bool) -> None:
        self.finished, self.abandoned = not abandoned, abandoned
        if abandoned and self.livesplit is not None and not self.practice:
            self.livesplit.run_abandoned()
        current = self.ctx.settings  # keep what the player changed that is not locked
        for f in dataclasses.fields(current):
            if f.name not in LOCKED:
                setattr(self._saved_settings, f.name, getattr(current, f.name))
        self.ctx.settings, self.ctx.seen = self._saved_settings, self._saved_seen

    def runfile(self) -> RunFile:
        v = versions()
        return RunFile(
            category=self.category, start=self.start, seed=self.seed,
            settings=dict(sorted(self.settings_used.items())),
            content=content_fingerprint(self.ctx.paths.root),
            mods=[f"{m.id}@{m.version}" for m in getattr(self.ctx.mods, "mods", [])],
            game=v["game"], python=v["python"], pygame=v["pygame-ce"],
            rta_ms=(self.clock() - self.rta_start) // 1_000_000, igt=self.igt,
            splits=list(self.splits), hashes=list(self.hashes), end=self.end,
            frames=list(self.frames),
        )  # fmt: skip

    def write(self) -> Path | None:
        folder = Path(self.ctx.paths.data) / "replays"
        stamp = time.strftime("%Y%m%d-%H%M%S")  # the file's name only; never the game
        path = folder / f"{self.category.replace(':', '-')}_{stamp}{SUFFIX}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(self.runfile().to_text(), encoding="utf-8")
        except OSError as exc:
            self.ctx.notices.report(f"{path}: cannot write the run: {exc}")
            return None
        return path


def _mouse(frame: InputFrame) -> tuple[Any, bool, int]:
    return frame.pointer, frame.click, frame.wheel


class Speedrun:
    """The Simulation's speedrun hooks: the game timer always, a run session while one is on."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self.timer = GameTimer()
        self.session: RunSession | None = None
        self.last: RunSession | None = None  # the run that just ended (the results card reads it)
        self.livesplit: Any = None  # a LiveSplitClient, made on the first run when enabled
        self.show_results = True  # verify turns the results card off
        self._ticking = False  # between before_tick and after_tick (a screen's update is running)

    def before_tick(self, stack: Any, frame: InputFrame) -> InputFrame:
        if self.session is not None:
            frame = self.session.before_tick(frame)
        self.timer.before_tick(stack.top)
        self._ticking = True
        return frame

    def after_tick(self, stack: Any) -> RunSession | None:
        """The run that ended on this tick (finished or abandoned), if one did."""
        self._ticking = False
        report = self.timer.after_tick(stack)
        session = self.session
        if session is None:
            return None
        session.after_tick(stack, report)
        if session.finished or session.abandoned:
            self.session, self.last = None, session
            return session
        return None

    def start(self, category: str, start: str, *, seed: int = 0) -> tuple[Play | None, str | None]:
        """Start a run: (the play it runs on, None), or (None, the problem).

        The caller shows the play. From a screen's update (a menu), the run begins with the next
        tick; the tick of the choice is not part of it.
        """
        try:
            play = make_start(self.ctx, start, seed)
        except (StartError, MapError) as exc:
            return None, str(exc)
        self.session = RunSession(
            self.ctx, category, start, play, seed=seed, livesplit=self._livesplit()
        )
        if not self._ticking:  # started between ticks (tools, tests): the next tick is the first
            self.session.recording = True
        return play, None

    def _livesplit(self) -> Any:
        s = self.ctx.settings
        if self.livesplit is not None:  # made before, or given (tests, tools)
            return self.livesplit
        if self.ctx.headless or not getattr(s, "livesplit", False):
            return None
        if self.livesplit is None:
            # Only when the player turns LiveSplit on: no socket module for anyone else.
            from game.speedrun.livesplit import DEFAULT_HOST, DEFAULT_PORT, LiveSplitClient

            host = str(getattr(s, "livesplit_host", "") or DEFAULT_HOST)
            port = int(getattr(s, "livesplit_port", 0) or DEFAULT_PORT)
            self.livesplit = LiveSplitClient(host, port)
        return self.livesplit


__all__ = ["BLOCKED", "LOCKED", "NEW_GAME", "RunResult", "RunSession", "Speedrun", "run_hash"]
