"""What a leaderboard needs from `verify`: the category proved by how the run was played, bounded
reading of hostile files (never a traceback, never a huge value echoed), the locked settings, game
version and content checked, honest messages, and `--json`.

Memory is measured with tracemalloc (a count of bytes, the same on a busy machine); time is not
measured here (`python -m game bench` and the report have the figures).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from game.input.recording import MAX_LINE
from game.speedrun.runfile import RunFile, RunFileError, read_run_file
from game.speedrun.timer import format_igt
from game.verify import verify

ROOT = Path(__file__).resolve().parents[1]
RUNS = ROOT / "runs"


def cli(*args: str, input_file: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    return subprocess.run(
        [sys.executable, "-m", "game", *args],
        capture_output=True, text=True, env=env, timeout=300, check=False, cwd=ROOT,
    )  # fmt: skip


def shipped(name: str) -> str:
    return (RUNS / f"{name}.run").read_text(encoding="utf-8")


def edited(text: str, key: str, value: str) -> str:
    """The run with one header line changed."""
    lines = text.splitlines()
    i = next(n for n, line in enumerate(lines) if line.split(" ", 1)[0] == key)
    lines[i] = f"{key} {value}"
    return "\n".join(lines) + "\n"


# -- the category -----------------------------------------------------------------------------------
def test_a_relabelled_run_is_refused():
    prologue = shipped("prologue")
    result = verify(RunFile.from_text(edited(prologue, "category", "chapter:hailsham")))
    assert not result.ok and "starts from chapter:hailsham" in result.problem
    both = edited(edited(prologue, "category", "chapter:hailsham"), "start", "chapter:hailsham")
    result = verify(RunFile.from_text(both))
    assert not result.ok  # the hailsham start does not play like the prologue's input
    result = verify(RunFile.from_text(edited(prologue, "category", "banana")))
    assert not result.ok and "'banana' is not a speedrun category" in result.problem


def test_a_chapter_run_labelled_full_is_refused():
    hailsham = shipped("hailsham")
    result = verify(RunFile.from_text(edited(hailsham, "category", "full")))
    assert not result.ok and "category full starts from new_game" in result.problem
    both = edited(edited(hailsham, "category", "full"), "start", "new_game")
    result = verify(RunFile.from_text(both))
    assert not result.ok


def test_a_placeholder_is_no_category(tmp_path):
    from game.boot import build_context
    from game.play.start import categories

    ctx = build_context(tmp_path, headless=True, quiet=True)
    placeholders = [c for c in ctx.content.chapters if f"chapter:{c}" not in categories(ctx)]
    for chapter in placeholders:
        text = edited(
            edited(shipped("prologue"), "category", f"chapter:{chapter}"),
            "start",
            f"chapter:{chapter}",
        )
        result = verify(RunFile.from_text(text))
        assert not result.ok and "not a category of this game" in result.problem


def test_a_full_run_must_split_at_every_chapter(tmp_path):
    """The full run stopped after the prologue, its splits and end made to match: refused."""
    run = RunFile.from_text(shipped("full"))
    split = run.splits[0]
    cut = next(t for b, t in run.beats if b == "h01")
    frames = run.frames[:cut]
    run.frames, run.splits = frames, [split]
    run.hashes = [(t, h) for t, h in run.hashes if t <= cut]
    run.end = (cut, "0" * 16)
    result = verify(run)
    assert not result.ok and "did not finish" in result.problem


# -- settings, version, content -------------------------------------------------------------------
def test_locked_settings_version_and_content_are_checked():
    text = shipped("prologue")
    result = verify(RunFile.from_text(text.replace('"text_speed":0', '"text_speed":30')))
    assert not result.ok and "setting text_speed is 30; a run plays with 0" in result.problem
    other = edited(text, "content", "0123456789abcdef")
    result = verify(RunFile.from_text(other))
    assert not result.ok and "recorded with content '0123456789abcdef'" in result.problem
    result = verify(RunFile.from_text(other), allow_other_version=True)
    assert result.ok and result.verdict == "verified-other-version"
    result = verify(RunFile.from_text(edited(text, "game", "0.0.9")))
    assert not result.ok and "recorded with game '0.0.9'" in result.problem
    result = verify(RunFile.from_text(edited(text, "mods", "better_ending@1")))
    assert not result.ok and "mods" in result.problem


def test_allow_other_version_says_so_loudly(tmp_path):
    path = tmp_path / "other.run"
    path.write_text(edited(shipped("prologue"), "content", "0123456789abcdef"), encoding="utf-8")
    out = cli("verify", str(path), "--allow-other-version")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "WARNING: recorded with content" in out.stdout
    assert "WARNING: verified on another version" in out.stdout
    assert out.stdout.strip().splitlines()[-1].startswith("igt ")


# -- honest messages ------------------------------------------------------------------------------
def test_a_changed_split_says_what_differs():
    run = RunFile.from_text(shipped("prologue"))
    old = run.splits[0]
    run.splits[0] = type(old)(old.chapter, old.segment + 1, old.total + 1)
    result = verify(run)
    assert not result.ok and "split 1 (prologue)" in result.problem
    given, said = format_igt(old.segment), format_igt(old.segment + 1)
    assert given != said and given in result.problem and said in result.problem


def test_every_hash_and_the_end_must_be_there():
    run = RunFile.from_text(shipped("prologue"))
    run.hashes = []
    run.end = None
    result = verify(run)
    assert not result.ok and "no `end` line" in result.problem
    run = RunFile.from_text(shipped("prologue"))
    run.hashes = run.hashes[1:]
    result = verify(run)
    assert not result.ok and "no hash for tick 60" in result.problem
    run = RunFile.from_text(shipped("prologue"))
    run.hashes.append((61, "0" * 16))
    result = verify(run)
    assert not result.ok and "a hash at tick 61" in result.problem


def test_json_for_leaderboard_tools(tmp_path):
    out = cli("verify", "--json", str(RUNS / "prologue.run"))
    assert out.returncode == 0, out.stdout + out.stderr
    data = json.loads(out.stdout)
    run = RunFile.from_text(shipped("prologue"))
    assert data["verdict"] == "verified" and data["category"] == "chapter:prologue"
    assert data["igt_ticks"] == run.igt and data["run_id"] == run.run_id
    assert [b["beat"] for b in data["beats"]] == ["p01", "p02"]
    assert data["splits"][0]["chapter"] == "prologue" and data["here"]["game"]
    bad = tmp_path / "bad.run"
    bad.write_text("nothing\n", encoding="utf-8")
    out = cli("verify", "--json", str(bad))
    assert out.returncode == 2 and json.loads(out.stdout)["verdict"] == "unreadable"


# -- hostile files --------------------------------------------------------------------------------
def hostile(tmp_path: Path, name: str, body: bytes, header: bytes | None = None) -> Path:
    head = header if header is not None else shipped("prologue").split("input\n")[0].encode()
    path = tmp_path / name
    path.write_bytes(head + b"input\n" + body)
    return path


def peak_reading(path: Path) -> tuple[str | None, int]:
    tracemalloc.start()
    try:
        _run, problem = read_run_file(path)
        return problem, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_billion_ticks_in_three_kilobytes_is_refused_at_once(tmp_path):
    path = hostile(tmp_path, "stretched.run", b"10000000 right\n" * 100)
    problem, peak = peak_reading(path)
    assert problem and "the input runs past 2:00:00.000" in problem, problem
    assert peak < 5_000_000


def test_many_lines_are_streamed_and_refused_at_the_cap(tmp_path):
    path = hostile(tmp_path, "long.run", b"1 right\n1 left\n" * 250_000)  # 500 000 ticks, 3.75 MB
    problem, peak = peak_reading(path)
    assert problem and "longest a `chapter:prologue` run may take" in problem
    assert peak < 5_000_000  # the file is not held, let alone its frames


def test_a_huge_file_is_refused_unread(tmp_path):
    path = tmp_path / "huge.run"
    with open(path, "wb") as f:
        f.truncate(210 * 1024 * 1024)  # sparse: costs no disk
    problem, peak = peak_reading(path)
    assert problem and "a run file is at most" in problem
    assert peak < 1_000_000


def test_a_huge_header_value_is_not_echoed(tmp_path):
    head = shipped("prologue").split("input\n")[0]
    head = head.replace("mods -", "mods " + "m" * 5_000_000)
    path = hostile(tmp_path, "mods.run", b"1\n", head.encode())
    problem, peak = peak_reading(path)
    assert problem and f"longer than {MAX_LINE} characters" in problem
    assert len(problem) < 300 and peak < 5_000_000
    out = cli("verify", str(path))
    assert out.returncode == 2 and len(out.stderr) < 400 and "Traceback" not in out.stderr


def test_deep_nesting_is_a_clear_error(tmp_path):
    for depth in (3, 1500, 200_000):
        text = shipped("prologue").replace(
            'settings {"', 'settings {"deep":' + "[" * depth + "]" * depth + ',"', 1
        )
        with pytest.raises(RunFileError) as err:
            RunFile.from_text(text) if depth < 2000 else RunFile.read(_write(tmp_path, text))
        assert "Recursion" not in str(err.value) and len(str(err.value)) < 200
    path = _write(tmp_path, text)
    out = cli("verify", str(path))
    assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "x.run"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_byte_order_mark_and_windows_line_ends_are_fine(tmp_path):
    text = shipped("prologue")
    path = tmp_path / "bom.run"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    run, problem = read_run_file(path)
    assert problem is None and run.run_id == RunFile.from_text(text).run_id
    assert verify(run).ok


def test_bytes_that_are_not_text(tmp_path):
    path = hostile(tmp_path, "binary.run", b"12 right\n\xff\xfe\x00 confirm\n")
    problem, _ = peak_reading(path)
    assert problem and problem.endswith(":1: not UTF-8 text")


def test_headless_input_is_streamed_and_checked(tmp_path):
    stretched = tmp_path / "stretched.input"
    stretched.write_bytes(b"\xef\xbb\xbf" + b"10000000 right\n" * 100)
    out = cli("--headless", "--ticks", "120", "--input", str(stretched))
    assert out.returncode == 0 and "ticks 120" in out.stdout, out.stderr
    long_line = tmp_path / "long.input"
    long_line.write_bytes(b"1 " + b"right " * 100_000 + b"\n")
    out = cli("--headless", "--ticks", "120", "--input", str(long_line))
    assert out.returncode == 2 and "longer than" in out.stderr and len(out.stderr) < 300
    bad = tmp_path / "bad.input"
    bad.write_text("1 right\n2 jump" + "x" * 10_000 + "\n", encoding="utf-8")
    out = cli("--headless", "--ticks", "120", "--input", str(bad))
    assert out.returncode == 2 and "Traceback" not in out.stderr and len(out.stderr) < 300
