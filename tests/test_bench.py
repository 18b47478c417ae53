"""The benchmark runs end to end and reports every figure (no timing assertions: machines are noisy)."""

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.bench import suite as bench
from game.bench.frames import walk_path
from game.bench.runs import generated_walk
from game.input.recording import frames_from_text

ROOT = Path(__file__).resolve().parent.parent
HAVE_PYSCROLL = importlib.util.find_spec("pyscroll") is not None


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    proc = subprocess.run(
        [sys.executable, "-m", "game", "bench", "--quick", "--json", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return proc, json.loads(out.read_text(encoding="utf-8"))


def test_quick_run_exits_zero_and_prints_the_table(quick_run):
    proc, _data = quick_run
    assert proc.returncode == 0, proc.stderr
    for label, *_rest in bench.FIGURES.values():
        assert label in proc.stdout


def test_json_has_every_figure_measured(quick_run):
    _proc, data = quick_run
    assert data["schema"] == bench.SCHEMA and data["quick"] is True
    assert list(data["figures"]) == list(bench.FIGURES)
    for key, fig in data["figures"].items():
        if not HAVE_PYSCROLL and ("pyscroll" in key or "ratio" in key):
            assert fig["value"] is None and "pyscroll" in fig["note"]
            continue
        assert isinstance(fig["value"], int | float), (key, fig, data["details"].get("errors"))
        assert fig["value"] > 0, (key, fig)
        target = bench.FIGURES[key][2]
        assert fig["status"] in (("PASS", "MISS") if target is not None else (None,)), fig
    assert "errors" not in data["details"], data["details"]["errors"]


def test_json_has_a_row_for_every_map(quick_run):
    _proc, data = quick_run
    maps = sorted(p.stem for p in (ROOT / "maps").glob("*.tmx"))
    assert sorted(data["maps"]) == maps
    for name, row in data["maps"].items():
        assert row["frame_p99_ms"] >= row["frame_median_ms"] > 0, name
        assert row["switch_ms"] is not None and row["load_ms"] > 0, name
        if HAVE_PYSCROLL:
            assert row["pyscroll_p99_ms"] > 0, name


def test_a_failing_measurement_is_na_and_the_run_goes_on(tmp_path):
    b = bench.Bench(ROOT, tmp_path, bench.QUICK)

    def broken() -> None:
        raise OSError("disk on fire")

    b.attempt(["save_ms", "load_ms"], broken)
    b.attempt(["lint_ms"], lambda: b.put("lint_ms", 12.5, "ok"))
    assert b.figures["save_ms"].value is None and b.figures["save_ms"].status == "n/a"
    assert "disk on fire" in b.figures["load_ms"].note
    assert b.figures["lint_ms"].value == 12.5
    assert "n/a" in bench.table(b, "quick")


def test_status_against_targets():
    assert bench.Figure("frame_p99_ms", 4.0).status == "PASS"  # "at most 4 ms"
    assert bench.Figure("frame_p99_ms", 4.01).status == "MISS"
    assert bench.Figure("startup_ms", 400.0).status == "MISS"  # "under 400 ms"
    assert bench.Figure("headless_x", 200.0).status == "PASS"  # "at least 200x"
    assert bench.Figure("headless_x", 199.9).status == "MISS"
    assert bench.Figure("lint_ms", 3.0).status == ""  # no target: just a figure
    assert bench.Figure("frame_ratio_p99", 1.2).target_text == "<= 1.5x"


def test_percentiles():
    xs = [float(i) for i in range(1, 101)]
    assert bench.p99(xs) == 99.0 and bench.median(xs) == 50.5
    assert bench.p99([3.0]) == 3.0 and bench.median([2.0, 1.0, 9.0]) == 2.0
    assert bench.p99([1.0] * 98 + [50.0, 60.0]) == 50.0


def test_walk_covers_the_map_and_stays_inside():
    pts = walk_path((960, 720), 300)
    assert len(pts) == 300 and pts[0] == (16, 16) and pts[-1] == (944, 704)
    assert all(0 <= x <= 960 and 0 <= y <= 720 for x, y in pts)
    assert walk_path((16, 16), 3)  # a map smaller than the margins still gives points


def test_generated_walk_is_a_valid_input_file_of_the_asked_length():
    frames = list(frames_from_text(generated_walk(5000)))
    assert 5000 <= len(frames) < 5000 + 250
    assert generated_walk(5000) == generated_walk(5000)


def test_p99_of_passes_is_the_median_of_each_pass():
    quiet = [1.0] * 99 + [2.0]
    noisy = [1.0] * 98 + [9.0, 9.0]  # one pass hit by another process
    assert bench.p99_of_passes(quiet + noisy + quiet, 3) == 1.0
    assert bench.p99_of_passes(quiet + noisy + noisy, 3) == 9.0
    assert bench.p99_of_passes(noisy, 1) == bench.p99(noisy) == 9.0


def test_clock_falls_back_to_the_stand_in_without_a_speedrun_timer():
    from types import SimpleNamespace

    from game.bench.frames import clock_drawer

    _draw, kind = clock_drawer(SimpleNamespace(), SimpleNamespace())
    assert kind == "stand-in"


def test_quick_run_draws_the_real_clock_overlay_when_there_is_one(quick_run):
    _proc, data = quick_run
    expected = "game.ui.clock" if importlib.util.find_spec("game.ui.clock") else "stand-in"
    assert data["details"]["clock_overlay"] == expected
