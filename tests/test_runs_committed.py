"""The committed speedruns of the shipped game (runs/): each verifies, from the command line too,
prints every beat of its chapters in order, and proves its category. The full run also checks the
content: each chapter's declared `start` is what the full run carries into it, and the practice
points (runs/practice.json) are the full run's own.

When the content changes on purpose, re-record them all: `python tests/record_runs.py`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from game.boot import build_context
from game.play.start import WHOLE_GAME, categories, category_chapters, declared_state, run_chapters
from game.speedrun.practice import PRACTICE_FILE, capture_point
from game.speedrun.runfile import RunFile
from game.speedrun.timer import format_igt
from game.verify import prepare, verify

ROOT = Path(__file__).resolve().parents[1]
RUNS = ROOT / "runs"
RERECORD = "content changed? re-record the runs: python tests/record_runs.py"


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    return build_context(tmp_path_factory.mktemp("data"), headless=True, quiet=True)


def story_beats(ctx, chapter: str) -> list[str]:
    """The beats scenes of a chapter declare, in their id's order (p01, p02; h01 ... h15)."""
    found = {s.beat for s in ctx.content.scenes.values() if s.chapter == chapter and s.beat}
    return sorted(found, key=lambda b: (re.sub(r"\d+$", "", b), int(re.sub(r"^\D+", "", b) or 0)))


def test_a_run_for_every_category(ctx):
    names = {c.partition(":")[2] if c.startswith("chapter:") else c for c in categories(ctx)}
    on_disk = {p.stem for p in RUNS.glob("*.run")}
    assert names == on_disk, f"categories {sorted(names)}, runs {sorted(on_disk)}; {RERECORD}"


@pytest.mark.parametrize("path", sorted(RUNS.glob("*.run")), ids=lambda p: p.name)
def test_committed_run_verifies(ctx, path):
    run = RunFile.read(path)
    category = path.stem if path.stem in WHOLE_GAME else f"chapter:{path.stem}"
    assert run.category == category
    result = verify(run)
    assert result.ok, f"{path.name}: {result.problem}; {RERECORD}"
    assert result.verdict == "verified" and result.igt == run.igt
    chapters = category_chapters(ctx, category)
    assert [s.chapter for s in result.splits] == chapters
    assert [b for b, _ in result.beats] == [b for c in chapters for b in story_beats(ctx, c)]


def test_full_run_from_the_command_line():
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    out = subprocess.run(
        [sys.executable, "-m", "game", "verify", str(RUNS / "full.run")],
        capture_output=True, text=True, env=env, timeout=300, check=False, cwd=ROOT,
    )  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.strip().splitlines()
    run = RunFile.read(RUNS / "full.run")
    assert lines[-1] == f"igt {format_igt(run.igt)}"
    beats = [ln.split() for ln in lines if ln.startswith("beat ")]
    assert [b[1] for b in beats] == [b for b, _ in run.beats] and beats
    ticks = [int(b[2]) for b in beats]
    assert ticks == sorted(ticks)
    assert lines.index(f"beat {beats[-1][1]} {beats[-1][2]}") < len(lines) - 1


def replay_full_run(ctx):
    """Play runs/full.run again: the state carried into each chapter, and the practice points."""
    run = RunFile.read(RUNS / "full.run")
    carried: dict[str, dict] = {}
    points: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        vctx, sim, session = prepare(run, Path(tmp), None)
        play, chapter, before = session.play, session.play.state.chapter, None
        for frame in run.iter_frames():
            point = capture_point(vctx, play)
            before = point if point is not None else before
            sim.tick(frame)
            for beat, _tick in session.beats:
                if beat not in points and before is not None:
                    point = before | {"beat_scene": session.beat_scenes[beat]}
                    points[beat] = json.loads(json.dumps(point))
            if play.state.chapter != chapter:
                chapter = play.state.chapter
                s = play.state
                flags = {k: v for k, v in s.flags.items() if not k.startswith("_")}
                carried[chapter] = {
                    "flags": flags,
                    "items": dict(s.items),
                    "memories": list(s.memories),
                }
            if session.finished:
                break
    return carried, points


@pytest.fixture(scope="module")
def full_replay(ctx):
    return replay_full_run(ctx)


def test_chapter_starts_carry_what_a_full_run_carries(ctx, full_replay):
    """chapters.yaml's `start:` for each chapter is the state the full run hands over with."""
    carried, _ = full_replay
    for chapter in run_chapters(ctx)[1:]:
        state = declared_state(ctx.content.chapters[chapter], 0)
        declared = {"flags": state.flags, "items": state.items, "memories": state.memories}
        assert declared == carried[chapter], (
            f"{chapter}: chapters.yaml `start:` is {declared}; a full run carries "
            f"{carried[chapter]}"
        )


def test_practice_points_are_the_full_runs_own(ctx, full_replay):
    _, points = full_replay
    recorded = json.loads((RUNS / PRACTICE_FILE).read_text(encoding="utf-8"))["beats"]
    assert recorded == points, f"runs/{PRACTICE_FILE} is out of date; {RERECORD}"


@pytest.mark.parametrize("name", ["prologue", "hailsham"])
def test_a_chapter_stops_when_its_closing_fade_ends(name):
    """SPEEDRUN.md: a chapter's time stops on the tick its closing fade ends (the tick `end_chapter`
    runs); the ticks after it, until the next chapter begins, do not count."""
    path = RUNS / f"{name}.run"
    if not path.exists():
        pytest.skip(f"no runs/{name}.run")
    run = RunFile.read(path)
    with tempfile.TemporaryDirectory() as tmp:
        _ctx, sim, session = prepare(run, Path(tmp), None)
        covered = []
        for frame in run.iter_frames():
            sim.tick(frame)
            covered.append(session.play.fade.opaque)
            if session.splits:
                break
    split_tick = session.ticks
    assert covered[-1] and not covered[-2], "the split is on the tick the fade closes"
    assert session.play.director.box is None  # the last line was gone before
    assert session.end[0] == split_tick


def test_the_doc_says_what_the_code_does(ctx):
    """The rules in SPEEDRUN.md that name the content and the code: the example start state is the
    shipped one, the caps are the code's, Skip's rate is the code's."""
    import yaml

    from game.speedrun.runfile import MAX_TICKS
    from game.story.lines import SKIP_LINE_TICKS

    doc = (ROOT / "SPEEDRUN.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(hailsham:.*?)```", doc, re.S)
    assert block, "SPEEDRUN.md shows Hailsham's chapters.yaml entry"
    shown_start = yaml.safe_load(block.group(1))["hailsham"].get("start")
    assert shown_start == ctx.content.chapters["hailsham"].get("start")
    assert "stops on the tick its closing fade ends" in doc
    hours = {k: v // (60 * 60 * 60) for k, v in MAX_TICKS.items()}
    assert (
        f"a full run {hours['full']} hours" in doc
        and f"a chapter run {hours['chapter']} hours" in doc
    )
    assert SKIP_LINE_TICKS == 1 and "passes a line every tick" in doc
