"""Two copies of the game on one data folder: the second says so and plays without writing; it
takes over when the first closes, and neither erases what the other found."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game.input.actions import Action
from game.save.lock import DataLock
from tests.diskfaults import files
from tests.gamekit import Game, press

ROOT = Path(__file__).resolve().parents[1]


def test_the_second_copy_says_so_writes_nothing_and_takes_over_when_the_first_closes(tmp_path):
    data = tmp_path / "data"
    first = Game(data)
    second = Game(data)
    try:
        assert first.notices == []
        assert len(second.notices) == 1 and "already open" in second.notices[0]
        first.new_game()
        first.tick(press(Action.QUICKSAVE))
        assert first.toast() == "Quicksaved"
        first.ctx.on_memory("mem_first")
        before = files(data)

        second.new_game()  # reaches the prologue too: the profile would be written
        second.ctx.on_memory("mem_second")
        second.tick(press(Action.QUICKSAVE))
        assert "another copy" in second.toast(), second.toast()
        second.ctx.settings.text_speed = 120
        from game.screens.menus.common import persist_settings

        assert "another copy" in persist_settings(second.ctx)
        second.tick(idle=200)
        assert files(data) == before  # the second copy wrote nothing at all

        first.close()  # the first copy quits: the second may write now
        second.tick(press(Action.QUICKSAVE))
        assert second.toast() == "Quicksaved"
        assert any("has closed" in n for n in second.notices)
        profile = json.loads((data / "profile" / "profile.json").read_text())
        assert set(profile["memories"]) == {"mem_first", "mem_second"}  # nothing erased
        assert profile["chapters"] == ["prologue"]
    finally:
        first.close()
        second.close()


def test_a_lock_is_let_go_when_its_game_ends_however_it_ends(tmp_path):
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\n"
         "from game.save.lock import DataLock\n"
         "assert DataLock(sys.argv[1]).acquire()\n"
         "print('held', flush=True)\n"
         "time.sleep(60)\n", str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )  # fmt: skip
    try:
        assert child.stdout.readline().strip() == "held"
        mine = DataLock(tmp_path)
        assert not mine.acquire() and "already open" in mine.reason
        child.kill()  # no clean-up runs: the system lets the lock go
        child.wait(timeout=30)
        assert mine.acquire()
        mine.release()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


@pytest.mark.skipif(sys.platform == "win32", reason="the windowed game runs headless via SDL dummy")
def test_the_real_game_running_in_another_process_makes_this_one_read_only(tmp_path):
    data = tmp_path / "data"
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    other = subprocess.Popen(
        [sys.executable, "-m", "game", "--data-dir", str(data)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 600  # a guard against a hang, not a speed target
        lock = data / ".lock"
        while True:  # the other game is up once it holds the lock (it writes its pid there)
            if lock.is_file() and lock.read_text().strip() == str(other.pid):
                break
            assert other.poll() is None, "the game did not start"
            assert time.monotonic() < deadline, "the other game never took the lock"
            time.sleep(0.05)
        g = Game(data)
        try:
            assert any("already open" in n for n in g.notices)
            g.new_game()
            g.tick(press(Action.QUICKSAVE))
            assert "another copy" in g.toast()
            assert not (data / "saves" / "quick.json").exists()
        finally:
            g.close()
    finally:
        other.terminate()
        other.wait(timeout=30)


def test_only_our_own_and_dead_processes_temporary_files_are_removed(tmp_path):
    from game.save.store import write_atomic

    path = tmp_path / "quick.json"
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        dead = subprocess.Popen([sys.executable, "-c", "pass"])
        dead.wait()
        theirs = tmp_path / f".quick.json.{live.pid}-abcd.tmp"  # another game, mid-write
        gone = tmp_path / f".quick.json.{dead.pid}-abcd.tmp"  # a game killed mid-write
        mine = tmp_path / f".quick.json.{os.getpid()}-abcd.tmp"
        old = tmp_path / ".quick.json.abcd1234.tmp"  # from before temporary names had the pid
        for p in (theirs, gone, mine, old):
            p.write_bytes(b"half a sa")
        write_atomic(path, b"{}")
        assert theirs.exists()
        assert not gone.exists() and not mine.exists() and not old.exists()
    finally:
        live.kill()
        live.wait()
