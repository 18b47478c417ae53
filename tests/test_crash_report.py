"""Crash reports: a crash injected into a played game is written as a report (version, content,
platform, traceback, the input since the last checkpoint and the state to start from); replaying
the report brings back the same exception on the same tick; the player's saves are untouched."""

from __future__ import annotations

import time
from pathlib import Path

import pygame
import pytest

from game import app, crash
from game.boot import build_context
from game.crash import CrashRecorder, read_report, reproduce, write_report
from game.input.recording import frames_from_text
from game.play.play import Play
from game.save import savegame
from game.save.fingerprint import content_fingerprint
from game.screens.title import TitleScreen
from game.simulation import Simulation

ROOT = Path(__file__).resolve().parents[1]
INPUT = ROOT / "tests" / "data" / "chapter1.input"
CRASH_AT = 2400  # play ticks: inside Chapter 1, after the prologue handed over and autosaved


class Injected(RuntimeError):
    pass


@pytest.fixture
def crashing(monkeypatch):
    """Play.tick raises on one play tick (in this process, so a replay meets it too)."""
    real = Play.tick
    at = [CRASH_AT]

    def tick(self, frame):
        if self.state.play_ticks + 1 == at[0] and self.state.chapter == "hailsham":
            raise Injected(f"injected at play tick {at[0]}")
        real(self, frame)

    monkeypatch.setattr(Play, "tick", tick)
    return at


def play_until_crash(ctx) -> tuple[CrashRecorder, BaseException]:
    """What the window's loop does: each frame shown to the recorder, then ticked."""
    sim = Simulation(ctx, TitleScreen())
    recorder = CrashRecorder(ctx)
    for frame in frames_from_text(INPUT.read_text(encoding="utf-8")):
        recorder.before_tick(sim.stack, frame)
        recorder.where = "tick"
        try:
            sim.tick(frame)
        except Injected as exc:
            return recorder, exc
    raise AssertionError("the injected crash never happened")


def saves(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_crash_report_replays_to_the_same_exception(crashing, tmp_path) -> None:
    ctx = build_context(tmp_path / "data", headless=False, quiet=True)
    recorder, exc = play_until_crash(ctx)
    before = saves(ctx.paths.saves)
    assert any("auto" in name for name in before), "the game autosaved before the crash"

    path = write_report(ctx, recorder, exc, recorder.where)
    assert path is not None and path.parent == ctx.paths.data / "crashes"
    assert saves(ctx.paths.saves) == before  # the crash wrote no save: the last autosave stands

    text = path.read_text(encoding="utf-8")
    report = read_report(path)
    assert report.error == f"Injected: injected at play tick {CRASH_AT}"
    assert report.where == "tick"
    assert report.header["content"] == content_fingerprint(ROOT)
    assert report.header["game"] and report.header["platform"] and report.header["sdl"]
    assert any("raise Injected" in line for line in report.traceback)
    # The input since the play began (New Game from the title), not since the title.
    assert report.start == "new_game" and report.state is None
    assert CRASH_AT <= report.ticks < CRASH_AT + 200
    assert text.split("\ninput\n", 1)[1].strip()  # run-length input lines

    outcome = reproduce(report)
    assert outcome.reproduced, outcome.message
    assert outcome.error == report.error and outcome.tick == report.ticks

    # The command line says the same (exit 0: reproduced).
    from game.verify import main as verify

    assert verify([str(path)]) == 0


def test_a_crash_after_a_load_replays_from_the_loaded_save(crashing, tmp_path) -> None:
    ctx = build_context(tmp_path / "data", headless=False, quiet=True)
    play_until_crash(ctx)
    slot = savegame.store(ctx).latest().slot  # the newest autosave, as Continue picks it
    play, problem = savegame.load_slot(ctx, slot)
    assert play is not None, problem
    crashing[0] = play.state.play_ticks + 150
    sim = Simulation(ctx, play)
    recorder = CrashRecorder(ctx)
    frames = frames_from_text("60 right\n1 +confirm\n30\n200 down\n")
    with pytest.raises(Injected) as caught:
        for frame in frames:
            recorder.before_tick(sim.stack, frame)
            recorder.where = "tick"
            sim.tick(frame)
    path = write_report(ctx, recorder, caught.value, "tick")
    report = read_report(path)
    assert report.start == "save" and report.ticks == 150
    assert report.state["state"]["play_ticks"] == crashing[0] - 150
    outcome = reproduce(report)
    assert outcome.reproduced, outcome.message


def test_a_report_whose_crash_is_gone_says_so(crashing, tmp_path, monkeypatch) -> None:
    ctx = build_context(tmp_path / "data", headless=False, quiet=True)
    recorder, exc = play_until_crash(ctx)
    path = write_report(ctx, recorder, exc, "tick")
    monkeypatch.undo()  # "the bug is fixed"
    outcome = reproduce(read_report(path))
    assert not outcome.reproduced and "not reproduced" in outcome.message


def test_a_start_that_rebuilds_differently_is_refused_before_it_runs(crashing, tmp_path) -> None:
    """Another version or content may rebuild the start differently: the replay stops there
    rather than report a crash it did not replay."""
    ctx = build_context(tmp_path / "data", headless=False, quiet=True)
    recorder, exc = play_until_crash(ctx)
    path = write_report(ctx, recorder, exc, "tick")
    report = read_report(path)
    text = path.read_text(encoding="utf-8")
    tampered = tmp_path / "tampered.txt"
    tampered.write_text(text.replace(f"check {report.check}", "check 0123456789abcdef"))
    outcome = reproduce(read_report(tampered))
    assert not outcome.reproduced and "rebuilds differently" in outcome.message


def test_a_crash_before_any_play_is_reported_without_a_replay(tmp_path) -> None:
    ctx = build_context(tmp_path / "data", headless=True, quiet=True)
    try:
        raise ValueError("on the title")
    except ValueError as exc:
        path = write_report(ctx, CrashRecorder(ctx), exc, "draw")
    report = read_report(path)
    assert not report.replayable and report.error == "ValueError: on the title"
    assert "cannot be replayed" in reproduce(report).message


def test_the_window_writes_a_report_and_apologises(tmp_path, monkeypatch) -> None:
    """The real window loop: an exception while ticking is caught, the report written, the
    apology shown (here: noted), and the game stops with status 1 instead of a traceback."""
    shown: list[Path | None] = []
    monkeypatch.setattr(app, "_apology", lambda ctx, display, path: shown.append(path))
    ticks = [0]
    real = Simulation.tick

    def tick(self, frame=None):
        ticks[0] += 1
        if ticks[0] == 5:
            raise Injected("in the window")
        return real(self, frame) if frame is not None else real(self)

    monkeypatch.setattr(Simulation, "tick", tick)
    start = time.monotonic()
    status = app.run_window(tmp_path / "data")
    assert status == 1 and time.monotonic() - start < 60
    assert shown and shown[0] is not None and shown[0].is_file()
    report = read_report(shown[0])
    assert report.error == "Injected: in the window" and report.where == "tick"
    assert not report.replayable  # it crashed on the title: no play had begun
    pygame.display.set_mode((1, 1))  # the window closed with pygame: give the other tests theirs
    assert crash.MAGIC in shown[0].read_text(encoding="utf-8").splitlines()[0]
