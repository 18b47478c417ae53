"""Same inputs, same game: in one process, across processes, and through the command line."""

import os
import subprocess
import sys

from game.input.recording import frames_from_text
from game.screens.title import TitleScreen
from game.simulation import Simulation

WALK = """# New Game, then walk about the room and through the door
1 +confirm
40
20 +down
15 +right
1 +confirm right
30 +up
10 +left down
45 down
60
"""


def run(ctx, text, ticks=400):
    sim = Simulation(ctx, TitleScreen())
    sim.run(frames_from_text(text), ticks)
    return sim


def test_new_game_reaches_the_world(ctx):
    sim = run(ctx, "1 +confirm\n", 60)
    world = sim.stack.top
    assert type(world).__name__ == "WorldScreen" and world.world.map.name == "room"


def test_same_input_same_hash_in_process(ctx, content, tmp_path):
    from game.boot import build_context

    a = run(ctx, WALK).state_hash()
    ctx2 = build_context(tmp_path / "d2", headless=True, root=content, quiet=True)
    assert run(ctx2, WALK).state_hash() == a


def test_different_input_different_hash(ctx, content, tmp_path):
    from game.boot import build_context

    a = run(ctx, WALK).state_hash()
    ctx2 = build_context(tmp_path / "d2", headless=True, root=content, quiet=True)
    assert run(ctx2, WALK.replace("15 +right", "16 +right")).state_hash() != a


def cli(content, tmp_path, *args, seed="0"):
    env = dict(os.environ, PYTHONHASHSEED=seed, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "game",
            "--headless",
            "--content-root",
            str(content),
            "--data-dir",
            str(tmp_path / "data"),
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    return out


def test_headless_cli_is_the_same_across_processes(content, tmp_path):
    inp = tmp_path / "walk.txt"
    inp.write_text(WALK)
    first = cli(content, tmp_path, "--ticks", "400", "--input", str(inp), seed="1")
    second = cli(content, tmp_path, "--ticks", "400", "--input", str(inp), seed="12345")
    assert first.returncode == 0, first.stderr
    last = first.stdout.strip().splitlines()[-1]
    assert last.startswith("state ") and len(last) == len("state ") + 16
    assert second.stdout == first.stdout
    other = tmp_path / "other.txt"
    other.write_text(WALK.replace("20 +down", "21 +down"))
    third = cli(content, tmp_path, "--ticks", "400", "--input", str(other))
    assert third.stdout.strip().splitlines()[-1] != last


def test_headless_without_input_and_bad_input_file(content, tmp_path):
    ok = cli(content, tmp_path, "--ticks", "10")
    assert ok.returncode == 0 and ok.stdout.strip().splitlines()[-1].startswith("state ")
    bad = tmp_path / "bad.txt"
    bad.write_text("10 right\nten left\n")
    out = cli(content, tmp_path, "--ticks", "10", "--input", str(bad))
    assert out.returncode == 2 and f"{bad}:2:1: expected a tick count" in out.stderr
    assert "Traceback" not in out.stderr
