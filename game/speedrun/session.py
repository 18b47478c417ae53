"""One run, from the tick it is started to the tick it finishes or is abandoned.

A session locks the settings a run plays by, filters the input (actions a run never passes on), and
keeps what the run file records: the input frames, a state hash every HASH_EVERY ticks, the splits
and the beats. A live session also keeps the player's bests (attempts, golds, history, the personal
best) and tells LiveSplit; a verifying one only recomputes, keeping no input.
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
from game.play.start import is_whole_game, memories_missing, run_chapters
from game.save.fingerprint import content_fingerprint
from game.speedrun import bests as bestlib
from game.speedrun.runfile import SUFFIX, RunFile, run_id_of, versions
from game.speedrun.timer import Split, TickReport
from game.story.seen import SeenLog

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


def in_run(ctx: Any) -> bool:
    """Whether a speedrun (or practice) is on: no saves are written while one is."""
    sr = getattr(ctx, "speedrun", None)
    return sr is not None and sr.session is not None


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
    best_segments: dict[str, int] = field(default_factory=dict)  # golds before this run
    new_pb: bool = False
    path: Path | None = None  # the .run file written
    start: str = ""  # where the run started (Retry starts the same)
    run_id: str = ""
    version: str = ""
    content: str = ""
    pb_splits: dict[str, int] = field(default_factory=dict)  # the PB's split totals before this run
    missing: list[str] = field(default_factory=list)  # all memories: what the run did not find
    memories_total: int = 0  # all memories: how many the game has


class RunSession:
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
        # The beat a practice attempt is for: it ends when a later beat begins.
        self.practice_beat = start.partition(":")[2] if start.startswith("beat:") else ""
        self.live, self.clock, self.livesplit = live, clock, livesplit
        self.keep_frames = True  # verify keeps none: its input is the file's
        self.recording = not live  # a live run starts recording on the tick after it was started
        self.ticks = self.igt = 0
        self.splits: list[Split] = []
        self.split_rta: list[int] = []  # real time (ms) at each split
        self.beats: list[tuple[str, int]] = []
        self.beat_scenes: dict[str, str] = {}  # beat -> the scene that began it in this run
        self._beats_seen = {b for s in play.state.visited if (b := _beat(ctx, s))}
        self._visited = len(play.state.visited)
        self.frames: list[InputFrame] = []
        self.hashes: list[tuple[int, str]] = []
        self.end: tuple[int, str] | None = None
        self.finished = self.abandoned = False
        self.result: RunResult | None = None
        self.split_tick = 0  # the run tick of the last split (the clock shows it for a while)
        self.gold = False  # the last split was a gold
        self.pb_snapshot = bestlib.load_bests(ctx)  # the bests as they were at the start
        self.rta_start = clock()
        self.attempt = 0
        self._saved_settings = ctx.settings
        self._saved_seen = ctx.seen
        self.settings_used = {k: getattr(ctx.settings, k) for k in RECORDED} | LOCKED
        ctx.settings = dataclasses.replace(ctx.settings, **LOCKED)
        ctx.seen = SeenLog(None)  # a run starts having seen nothing, like its verification
        if live and not self.practice:
            book = bestlib.load_bests(ctx)
            self.attempt = bestlib.start_attempt(book, category)  # every start counts
            bestlib.save_bests(ctx, book)
        if livesplit is not None and not self.practice:
            livesplit.run_started()

    # -- the tick --------------------------------------------------------------------------------
    def before_tick(self, frame: InputFrame) -> InputFrame:
        for key, value in LOCKED.items():  # a settings menu opened mid-run changes nothing
            if getattr(self.ctx.settings, key) != value:
                setattr(self.ctx.settings, key, value)
        if frame.held & BLOCKED:
            frame = InputFrame(frame.held - BLOCKED, frame.pressed - BLOCKED, *_mouse(frame))
        if self.recording and self.keep_frames:
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
        self._note_beats()
        done = False
        if report.split is not None and report.world is self.play:
            split = Split(report.split.chapter, report.split.segment, self.igt, report.split.next)
            done = self._split(split)
        elif not any(getattr(screen, "play", None) is self.play for screen in stack):
            self.stop(abandoned=True)  # back to the title, a save loaded: the run is over
            return
        elif self.practice and self._practice_over():
            done = True
        if done and self.splits:  # a beat of the chapter handed over to is not this run's
            last = self.splits[-1].chapter
            while (
                self.beats
                and self.beats[-1][1] == self.ticks
                and self._chapter_of(self.beats[-1][0]) not in ("", last)
            ):
                self.beats.pop()
        if self.ticks % HASH_EVERY == 0:
            self.hashes.append((self.ticks, run_hash(stack, self.ticks, self.igt)))
        if done:
            self.end = (self.ticks, run_hash(stack, self.ticks, self.igt))
            self.finish()

    def _note_beats(self) -> None:
        visited = self.play.state.visited
        while self._visited < len(visited):
            beat = _beat(self.ctx, visited[self._visited])
            self._visited += 1
            if beat and beat not in self._beats_seen:
                self._beats_seen.add(beat)
                self.beats.append((beat, self.ticks))
                self.beat_scenes[beat] = visited[self._visited - 1]

    def _chapter_of(self, beat: str) -> str:
        for scene in self.ctx.content.scenes.values():
            if scene.beat == beat:
                return str(scene.chapter or "")
        return ""

    def _practice_over(self) -> bool:
        """Practice from a beat ends when a beat after it begins; from a scene, with the scene
        (or when the beat it told is followed by another)."""
        told = [b for b, _ in self.beats]
        target = self.practice_beat or (told[0] if told else "")
        if target in told and told.index(target) < len(told) - 1:
            return True
        scene_start = self.start.startswith("scene:")
        return scene_start and self.play.director.run is None and self.ticks > 1

    def _split(self, split: Split) -> bool:
        self.splits.append(split)
        self.split_tick = self.ticks
        rta = self.rta_ms()
        self.split_rta.append(rta)
        if self.livesplit is not None and not self.practice:
            self.livesplit.split(self.igt)
        if self.live and not self.practice:
            book = bestlib.load_bests(self.ctx)
            self.gold = bestlib.take_split(book, self.category, self.attempt, split, rta)
            bestlib.save_bests(self.ctx, book)
        return self._last_split(split)

    def _last_split(self, split: Split) -> bool:
        if not is_whole_game(self.category):
            return True  # a chapter run (or practice) is one chapter at most
        return not split.next or split.next not in run_chapters(self.ctx)

    def rta_ms(self) -> int:
        return (self.clock() - self.rta_start) // 1_000_000

    # -- the end ---------------------------------------------------------------------------------
    def finish(self) -> None:
        rta_ms = self.rta_ms()
        before = self.pb_snapshot
        segments = {
            s.chapter: b
            for s in self.splits
            if (b := bestlib.best_segment(before, s.chapter, self.category))
        }
        result = RunResult(
            self.category, self.practice, self.igt, rta_ms, list(self.splits),
            bestlib.personal_best(before, self.category), segments, start=self.start,
            version=versions()["game"], content=content_fingerprint(self.ctx.paths.root),
            pb_splits=bestlib.pb_splits(before, self.category),
            missing=memories_missing(self.ctx, self.category, self.play.state.memories),
            memories_total=len(self.ctx.content.memories) if self.category == "memories" else 0,
        )  # fmt: skip
        if self.live and not self.practice:
            text = self.runfile(rta_ms).to_text()
            result.run_id = run_id_of(text.splitlines())
            result.path = self.write(text)
            book = bestlib.load_bests(self.ctx)
            # An all-memories run that missed one reached the end, but not the category's end.
            igt = None if result.missing else self.igt
            bestlib.end_attempt(book, self.category, self.attempt, igt, rta_ms)
            if not result.missing:
                result.new_pb = bestlib.record(
                    book, self.category, self.igt, rta_ms, self.splits, self.split_rta,
                    result.run_id,
                )  # fmt: skip
            bestlib.save_bests(self.ctx, book)
        self.result = result
        self.stop(abandoned=False)

    def stop(self, *, abandoned: bool) -> None:
        self.finished, self.abandoned = not abandoned, abandoned
        if abandoned and self.live and not self.practice:
            book = bestlib.load_bests(self.ctx)  # golds already taken stay: LiveSplit keeps them
            bestlib.end_attempt(book, self.category, self.attempt, None, self.rta_ms())
            bestlib.save_bests(self.ctx, book)
        if abandoned and self.livesplit is not None and not self.practice:
            self.livesplit.run_abandoned()
        current = self.ctx.settings  # keep what the player changed that is not locked
        for f in dataclasses.fields(current):
            if f.name not in LOCKED:
                setattr(self._saved_settings, f.name, getattr(current, f.name))
        self.ctx.settings, self.ctx.seen = self._saved_settings, self._saved_seen

    def runfile(self, rta_ms: int | None = None) -> RunFile:
        v = versions()
        return RunFile(
            category=self.category, start=self.start, seed=self.seed,
            settings=dict(sorted(self.settings_used.items())),
            content=content_fingerprint(self.ctx.paths.root),
            mods=[f"{m.id}@{m.version}" for m in getattr(self.ctx.mods, "mods", [])],
            game=v["game"], python=v["python"], pygame=v["pygame-ce"],
            rta_ms=self.rta_ms() if rta_ms is None else rta_ms, igt=self.igt,
            splits=list(self.splits), beats=list(self.beats), hashes=list(self.hashes),
            end=self.end, frames=list(self.frames),
        )  # fmt: skip

    def write(self, text: str) -> Path | None:
        problem = self.ctx.write_problem()  # another copy of the game holds the folder
        if problem is not None:
            self.ctx.notices.report(f"The run was not written: {problem}.")
            return None
        folder = Path(self.ctx.paths.data) / "replays"
        stamp = time.strftime("%Y%m%d-%H%M%S")  # the file's name only; never the game
        path = folder / f"{self.category.replace(':', '-')}_{stamp}{SUFFIX}"
        n = 1
        while path.exists():  # two runs in one second keep both files
            n += 1
            path = folder / f"{self.category.replace(':', '-')}_{stamp}-{n}{SUFFIX}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.ctx.notices.report(f"{path}: cannot write the run: {exc}")
            return None
        return path


def _beat(ctx: Any, scene_id: str) -> str:
    scene = ctx.content.scenes.get(scene_id)
    return str(getattr(scene, "beat", "") or "")


def _mouse(frame: InputFrame) -> tuple[Any, bool, int]:
    return frame.pointer, frame.click, frame.wheel
