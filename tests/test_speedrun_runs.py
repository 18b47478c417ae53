"""Runs end to end: record through speedrun mode, verify (twice, and from the command line), catch a
changed input at the right tick, the shipped prologue, practice, bests, locked settings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.boot import build_context
from game.input.actions import Action, InputFrame
from game.play.start import run_chapters
from game.screens.results import ResultsScreen
from game.screens.speedrun import SpeedrunScreen
from game.simulation import Simulation
from game.speedrun.runfile import RunFile, RunFileError
from game.speedrun.timer import format_igt
from game.verify import verify
from tests.test_speedrun_content import bot_frame, make_speedrun_content

DATA = Path(__file__).parent / "data"
CONFIRM = InputFrame(frozenset({Action.CONFIRM}), frozenset({Action.CONFIRM}))
DOWN = InputFrame(frozenset({Action.DOWN}), frozenset({Action.DOWN}))


@pytest.fixture
def sr_root(tmp_path):
    return make_speedrun_content(tmp_path / "content")


@pytest.fixture
def sr_ctx(sr_root, tmp_path):
    return build_context(tmp_path / "data", headless=True, root=sr_root, quiet=True)


def play(sim, bot=bot_frame, limit=5000):
    """Let the bot play until the run ends; returns the ended session."""
    before = sim.speedrun.last
    for t in range(limit):
        sim.tick(bot(sim, t))
        if sim.speedrun.last is not before:
            return sim.speedrun.last
    raise AssertionError("the run never ended")


def record_full_run(ctx):
    sim = Simulation(ctx, SpeedrunScreen())
    sim.tick(CONFIRM)  # "Full game" is the first row
    assert sim.speedrun.session is not None
    return sim, play(sim)


def test_full_run_records_and_verifies_twice(sr_ctx, sr_root):
    sim, session = record_full_run(sr_ctx)
    assert session.finished and [s.chapter for s in session.splits] == ["one", "two"]
    assert session.igt == sum(s.segment for s in session.splits)
    assert isinstance(sim.stack.top, ResultsScreen)
    path = session.result.path
    assert path.suffix == ".run" and path.parent.name == "replays"
    run = RunFile.from_text(path.read_text(encoding="utf-8"))
    assert run.igt == session.igt and run.category == "full" and run.start == "new_game"
    assert run.settings["text_speed"] == 0 and run.settings["skip_all"] is True
    assert len(run.frames) == session.ticks and run.end[0] == session.ticks
    assert [t for t, _ in run.hashes] == list(range(60, session.ticks + 1, 60))
    first, second = verify(run, sr_root), verify(run, sr_root)
    assert first.ok and second.ok, (first.problem, second.problem)
    assert first.igt == second.igt == run.igt and first.splits == second.splits == run.splits


def test_changed_input_is_caught_at_the_right_tick(sr_ctx, sr_root):
    _, session = record_full_run(sr_ctx)
    run = RunFile.from_text(session.result.path.read_text(encoding="utf-8"))
    walking = [i for i, f in enumerate(run.frames) if Action.DOWN in f.held]
    changed = walking[0]  # hold still one tick where she walked: the state differs from here on
    run.frames[changed] = InputFrame()
    result = verify(run, sr_root)
    assert not result.ok
    expected = (changed // 60 + 1) * 60  # the first hash at or after the changed tick (1-based)
    if expected > len(run.frames):
        expected = run.end[0]
    assert result.tick == expected, result.problem
    assert f"tick {expected}" in result.problem


def test_a_run_that_does_not_finish_fails(sr_ctx, sr_root):
    _, session = record_full_run(sr_ctx)
    run = RunFile.from_text(session.result.path.read_text(encoding="utf-8"))
    run.frames = run.frames[:-20]
    run.end = (len(run.frames), "0" * 16)
    run.hashes = [(t, h) for t, h in run.hashes if t <= len(run.frames)]
    result = verify(run, sr_root)
    assert not result.ok and "did not finish" in result.problem, result.problem
    run.end = None  # and without its end line it is not even tried
    result = verify(run, sr_root)
    assert not result.ok and "no `end` line" in result.problem


def cli(*args):
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    return subprocess.run(
        [sys.executable, "-m", "game", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        cwd=Path(__file__).parent.parent,
    )


def test_verify_command_line(sr_ctx, sr_root, tmp_path):
    _, session = record_full_run(sr_ctx)
    path = session.result.path
    out = cli("verify", str(path), "--content-root", str(sr_root))
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.strip().splitlines()
    assert lines[-1] == f"igt {format_igt(session.igt)}"
    assert [line.split()[1] for line in lines if line.startswith("split ")] == ["one", "two"]
    bad = tmp_path / "bad.run"
    run = RunFile.from_text(path.read_text(encoding="utf-8"))
    run.frames[:40] = [InputFrame(frozenset({Action.DOWN}))] * 40  # the same length, other input
    bad.write_text(run.to_text(), encoding="utf-8")
    out = cli("verify", str(bad), "--content-root", str(sr_root))
    assert out.returncode == 1 and "differs at tick 60" in out.stdout, out.stdout
    bad.write_text("not a run\n", encoding="utf-8")
    out = cli("verify", str(bad))
    assert out.returncode == 2 and "not a run file" in out.stderr


def test_committed_fixture_run_still_verifies(sr_root):
    """A run recorded on the test content: if the simulation changes on purpose, re-record it with
    `.venv/bin/python -m tests.test_speedrun_runs` (and say so in the commit)."""
    run = RunFile.from_text((DATA / "fixture_full.run").read_text(encoding="utf-8"))
    result = verify(run, sr_root)
    assert result.ok, result.problem
    assert result.igt == run.igt


def test_shipped_prologue_as_a_chapter_run(tmp_path):
    """The real content: the prologue run as a chapter (walk right to the window, take the choice)."""
    ctx = build_context(tmp_path / "data", headless=True, quiet=True)
    if "prologue" not in ctx.content.chapters:
        pytest.skip("the shipped content has no prologue chapter")
    sim = Simulation(ctx, SpeedrunScreen())
    assert sim.start_run("chapter:prologue", "chapter:prologue") is None

    def right(sim, t):
        frame = bot_frame(sim, t)
        if Action.DOWN in frame.held:
            return InputFrame((frame.held - {Action.DOWN}) | {Action.RIGHT}, frame.pressed)
        return frame

    session = play(sim, right, limit=20000)
    assert session.finished and [s.chapter for s in session.splits] == ["prologue"]
    run = RunFile.from_text(session.runfile().to_text())
    first, second = verify(run), verify(run)
    assert first.ok and second.ok, (first.problem, second.problem)
    assert first.igt == second.igt == session.igt > 0


def test_bests_results_and_the_locked_settings(sr_ctx):
    sr_ctx.settings.text_speed = 30
    sim, first = record_full_run(sr_ctx)
    assert sr_ctx.settings.text_speed == 30  # given back after the run
    assert first.result.pb is None and first.result.new_pb
    card = sim.stack.top
    rows = {label: value for label, value, _ in card.lines(sr_ctx)}
    assert rows["IGT"] == format_igt(first.igt) and rows["Personal best"] == "none yet"
    assert f"run {first.result.run_id}" in card.identity() and "full" in card.identity()
    for _ in range(30):
        sim.tick(CONFIRM)  # the card waits half a second before it takes a press
    assert isinstance(sim.stack.top, ResultsScreen)

    def slower(sim, t):  # the same run, but idle through the opening card and a line
        return InputFrame() if t < 200 else bot_frame(sim, t)

    sim.tick()
    sim.tick(CONFIRM)  # Retry: the same category again, from its start
    assert sim.speedrun.session is not None and sim.speedrun.session.category == "full"
    second = play(sim, slower)
    # Idling on a line counts (about 109 ticks); idling on the opening card (90 ticks) does not.
    assert first.igt + 100 <= second.igt <= first.igt + 110
    assert second.result.pb == first.igt and not second.result.new_pb
    rows = {label: value for label, value, _ in sim.stack.top.lines(sr_ctx)}
    assert rows["Difference"].startswith("+")
    assert second.result.best_segments == {s.chapter: s.segment for s in first.splits}


def test_locked_actions_and_settings_during_a_run(sr_ctx):
    sim = Simulation(sr_ctx, SpeedrunScreen())
    sim.tick(CONFIRM)
    sr_ctx.settings.text_speed = 20  # a settings menu opened mid-run
    auto = InputFrame(frozenset({Action.AUTO}), frozenset({Action.AUTO}))
    sim.tick(auto)
    world = sim.stack.top
    assert sr_ctx.settings.text_speed == 0 and world.director.auto is False
    assert sim.speedrun.session.frames[-1] == InputFrame()  # recorded as it reached the game


def test_leaving_a_run_abandons_it(sr_ctx):
    sim = Simulation(sr_ctx, SpeedrunScreen())
    sim.tick(CONFIRM)
    from game.screens.title import TitleScreen

    sim.stack.clear_to(TitleScreen())
    sim.tick()
    last = sim.speedrun.last
    assert last.abandoned and not last.finished and last.result is None
    assert not (sr_ctx.paths.data / "replays").exists()


def test_chapter_select_starts_from_the_declared_state(sr_ctx):
    from game.play.start import make_start

    world = make_start(sr_ctx, "chapter:two")
    assert world.pending_chapter == "two"
    assert world.state.flags == {"brave": True} and world.state.items == {"tokens": 2}
    sim = Simulation(sr_ctx, SpeedrunScreen("chapters"))
    sim.tick(DOWN)
    sim.tick(CONFIRM)
    session = play(sim)
    assert session.category == "chapter:two" and [s.chapter for s in session.splits] == ["two"]
    assert "Being brave had cost nothing." in [e[2] for e in session.play.state.backlog]


def test_practice_never_counts_as_a_record(sr_ctx):
    sim = Simulation(sr_ctx, SpeedrunScreen("beats", "one"))
    rows = [label for label, _ in sim.stack.top.rows]
    assert rows == ["o1  One open", "o2  Enter centre", "Back"]  # beats by name, not scene ids
    sim.tick(DOWN)
    sim.tick(CONFIRM)  # practise o2
    session = play(sim)
    assert session.practice and session.finished and session.result.path is None
    assert "practice:one" not in (sr_ctx.profile.bests if sr_ctx.profile else {})
    assert not (sr_ctx.paths.data / "replays").exists()
    assert {k: v for k, v, _ in sim.stack.top.lines(sr_ctx)}[""].startswith("Practice")


def test_run_file_errors_name_the_line():
    with pytest.raises(RunFileError, match=r"^1: not a run file"):
        RunFile.from_text("hello\n")
    with pytest.raises(RunFileError, match=r"^3: bad `seed`"):
        RunFile.from_text("hailsham-run 1\ncategory full\nseed x\ninput\n")
    with pytest.raises(RunFileError, match=r"^5:1: expected a tick count"):
        RunFile.from_text("hailsham-run 1\ncategory full\nstart new_game\ninput\nbad\n")


def _rerecord() -> None:
    """Re-record tests/data/fixture_full.run (run as a module)."""
    import tempfile

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    with tempfile.TemporaryDirectory() as tmp:
        root = make_speedrun_content(Path(tmp) / "content")
        ctx = build_context(Path(tmp) / "data", headless=True, root=root, quiet=True)
        _, session = record_full_run(ctx)
        text = session.result.path.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines(keepends=True) if not ln.startswith(("rta ", "python "))]
    (DATA / "fixture_full.run").write_text("".join(lines), encoding="utf-8")
    print(f"wrote {DATA / 'fixture_full.run'}: igt {format_igt(session.igt)}")


if __name__ == "__main__":
    _rerecord()


def test_replay_plays_in_a_window(sr_ctx, sr_root):
    """`replay` opens a window (the dummy video driver here) and plays the run's frames."""
    import shutil

    shutil.copytree(Path(__file__).parent.parent / "assets" / "fonts", sr_root / "assets" / "fonts")
    _, session = record_full_run(sr_ctx)
    out = cli("replay", str(session.result.path), "--content-root", str(sr_root), "--frames", "20")
    assert out.returncode == 0, out.stderr
    out = cli("replay", str(sr_root / "missing.run"))
    assert out.returncode == 2 and "cannot read" in out.stderr


def test_shipped_full_game_run_with_the_autoplay_bot(tmp_path):
    """The whole shipped game as a full run: the playthrough bot plays it in speedrun mode
    (tests/record_runs.py); the .run it leaves is the committed runs/full.run to the byte (the game
    is deterministic, and the committed run is current), verifies, and a changed frame is caught."""
    from tests.record_runs import RUNS, record

    text, bot = record("full", tmp_path / "data")
    session = bot.sim.speedrun.last
    chapters = run_chapters(bot.ctx)
    assert session.finished and [s.chapter for s in session.splits] == chapters

    def same(t: str) -> list[str]:  # the versions of Python and pygame-ce are only notes
        return [ln for ln in t.splitlines() if not ln.startswith(("python ", "pygame-ce "))]

    assert same(text) == same((RUNS / "full.run").read_text(encoding="utf-8")), (
        "runs/full.run is not what the game records now: python tests/record_runs.py"
    )
    run = RunFile.from_text(text)
    result = verify(run)
    assert result.ok, result.problem
    assert result.igt == session.igt == sum(s.segment for s in session.splits)
    walking = [i for i, f in enumerate(run.frames) if f.axis() != (0, 0)]
    changed = walking[len(walking) // 2]
    run.frames[changed] = InputFrame()
    result = verify(run)
    assert not result.ok and result.tick == (changed // 60 + 1) * 60, result.problem


def test_practice_from_any_beat_of_the_shipped_game(tmp_path):
    """A play can be built at any beat the content tells: its scene is running, in its chapter."""
    from game.play.start import StartError, make_start

    ctx = build_context(tmp_path / "data", headless=True, quiet=True)
    beats = sorted({s.beat for s in ctx.content.scenes.values() if s.beat and s.chapter})
    assert beats
    for beat in beats:
        play = make_start(ctx, f"beat:{beat}")
        assert play.director.run is not None and play.director.run.scene.beat == beat
        assert play.state.chapter == play.director.run.scene.chapter
    with pytest.raises(StartError, match="no scene tells beat"):
        make_start(ctx, "beat:zz99")


def test_headless_can_start_at_a_beat():
    first = cli("--headless", "--start", "beat:h05", "--ticks", "240")
    second = cli("--headless", "--start", "beat:h05", "--ticks", "240")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[-1].startswith("state ") and first.stdout == second.stdout
    title = cli("--headless", "--ticks", "240")
    assert title.stdout != first.stdout  # not the title screen
    bad = cli("--headless", "--start", "beat:zz99", "--ticks", "10")
    assert bad.returncode == 2 and "no scene tells beat" in bad.stderr


def test_practice_from_a_beat_has_the_full_runs_state(tmp_path):
    """The shipped game: practising h12 starts at the Sale with the tokens and flags the full run
    had there, goes on past the first ticks, and ends only when a later beat begins."""
    from game.speedrun import practice

    ctx = build_context(tmp_path / "data", headless=True, quiet=True)
    points = practice.load_points(ctx)
    if "h12" not in points:
        pytest.skip("runs/practice.json has no h12")
    sim = Simulation(ctx, SpeedrunScreen("beats", "hailsham"))
    rows = [action for _, action in sim.stack.top.rows]
    beats = [b.beat for b in sim.stack.top.beats]
    assert beats[:3] == ["h01", "h02", "h03"] and rows[-1] == "page:practice"
    assert sim.start_run("practice:hailsham", "beat:h12") is None
    play = sim.speedrun.session.play
    point = points["h12"]
    assert play.world.map.name == point["world"]["map"]
    assert play.state.items == point["state"]["items"] and play.state.items.get("tokens")
    assert play.state.flags == point["state"]["flags"]
    for _ in range(300):
        sim.tick()
    assert sim.speedrun.session is not None  # standing still ends nothing


def test_a_run_never_saves_over_the_players_autosaves(sr_ctx, monkeypatch):
    """No autosave during a run (Continue can never load one); the pause menu offers Restart run
    where Save was, and restarting starts the same category afresh."""
    from game.play.start import new_game
    from game.screens.menus.pause import PauseScreen
    from game.screens.world_screen import WorldScreen

    saved = []
    monkeypatch.setattr(WorldScreen, "autosave", lambda self, ctx: saved.append(self.play))
    record_full_run(sr_ctx)
    assert saved == []
    sim = Simulation(sr_ctx, new_game(sr_ctx))  # the same content played normally does autosave
    for t in range(600):
        sim.tick(bot_frame(sim, t))
    assert saved
    sim = Simulation(sr_ctx, SpeedrunScreen())
    sim.tick(CONFIRM)
    for _ in range(100):
        sim.tick()
    first = sim.speedrun.session
    menu = InputFrame(frozenset({Action.MENU}), frozenset({Action.MENU}))
    sim.tick(menu)
    pause = sim.stack.top
    assert isinstance(pause, PauseScreen) and "Restart run" in pause.items
    assert "Save" not in pause.items
    pause.choose("Restart run", sr_ctx)
    sim.tick()
    assert first.abandoned and sim.speedrun.session is not first
    assert sim.speedrun.session.category == "full" and sim.speedrun.session.ticks == 0
    restart = InputFrame(frozenset({Action.RESTART}), frozenset({Action.RESTART}))
    second = sim.speedrun.session
    sim.tick()
    sim.tick(restart)
    assert second.abandoned and sim.speedrun.session.ticks == 0
    book = sim.speedrun.session.pb_snapshot
    assert book["attempts"]["full"] >= 3  # every start counts


def test_golds_are_kept_when_a_run_is_reset(sr_ctx):
    from game.speedrun import bests as bestlib

    sim = Simulation(sr_ctx, SpeedrunScreen())
    sim.tick(CONFIRM)
    session = sim.speedrun.session
    for t in range(5000):
        sim.tick(bot_frame(sim, t))
        if session.splits:
            break
    assert session.gold  # the first time a chapter is done it is its gold
    session.stop(abandoned=True)  # reset after the first split
    book = bestlib.load_bests(sr_ctx)
    assert bestlib.best_segment(book, "one") == session.splits[0].segment
    assert bestlib.personal_best(book, "full") is None
    (entry,) = bestlib.history(book, "full")
    assert entry["igt"] is None and entry["segments"][0][:2] == ["one", session.splits[0].segment]
    assert bestlib.sum_of_best(book, ["one", "two"]) is None  # not until every chapter has one
    key = bestlib.book_key(sr_ctx)
    assert key.startswith("0.") and len(key.split()[1]) == 16  # per version and content
