"""Run by tests/test_real_disk.py inside a private mount namespace, on a tiny tmpfs of its own.

The real game on a real disk that fills up, then is made read-only: each write must be refused
with a message while the game goes on, and no file already there may change. Prints one JSON line
of what happened; the test reads and checks it. Nothing here outlives the namespace.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame

from game.input.actions import Action
from game.screens.menus.common import persist_settings
from tests.diskfaults import files
from tests.gamekit import Game, press


def fill(folder: Path) -> int:
    """Write a file until the disk is full; its size."""
    size = 0
    with open(folder / "filler", "wb", buffering=0) as f:
        try:
            while True:
                size += f.write(b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc
    return size


def attempts(g: Game) -> dict[str, str]:
    """Every kind of write the game makes; what the player was told each time."""
    said: dict[str, str] = {}
    g.tick(press(Action.QUICKSAVE))
    said["quicksave"] = g.toast()
    g.top.autosave(g.ctx)
    g.ctx.on_memory(f"mem_{len(g.notices)}")
    g.ctx.settings.text_speed = 25 if g.ctx.settings.text_speed != 25 else 70
    said["settings"] = persist_settings(g.ctx) or ""
    g.tick(idle=60)  # the game plays on
    said["notices"] = " | ".join(g.notices)
    return said


def main(mount: Path) -> None:
    pygame.init()
    pygame.display.set_mode((1, 1))
    data = mount / "data"
    g = Game(data)
    g.new_game()
    g.tick(press(Action.QUICKSAVE))
    report: dict[str, object] = {"first": g.toast()}
    assert persist_settings(g.ctx) is None
    before = files(data)

    report["filled"] = fill(mount)
    report["full"] = attempts(g)
    after = {k: v for k, v in files(data).items()}
    report["full_kept"] = all(after.get(k) == v for k, v in before.items())
    report["full_left"] = sorted(k for k in after if k not in before and after[k])

    (mount / "filler").unlink()
    g.tick(press(Action.QUICKSAVE))
    report["freed"] = g.toast()
    before = files(data)

    g.close()  # a folder cannot turn read-only under files open for writing: start again on it
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    g = Game(data)
    report["read_only_start"] = " | ".join(g.notices)
    g.new_game()
    report["read_only"] = attempts(g)
    report["read_only_kept"] = files(data) == before
    g.close()
    print("REPORT " + json.dumps(report), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
