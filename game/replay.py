"""`python -m game replay RUN`: play a recorded run back in a window, at its own pace.

The same simulation as `verify`, drawn: the run's frames are fed at 60 ticks a second (or faster
with `--speed`), with the clock in the corner. Space pauses, Escape or closing the window quits.
Nothing is written to the player's files (a temporary data folder is used).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pygame

from game.content import ContentError
from game.display import Display
from game.loop import FixedStep
from game.play.start import StartError
from game.render.resources import Resources
from game.speedrun.runfile import RunFile, read_run_file
from game.ui import palette
from game.ui.clock import draw_clock
from game.verify import prepare
from game.world.mapdata import MapError


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="hailsham replay", description=__doc__.splitlines()[0])
    p.add_argument("run", type=Path, help="a .run file")
    p.add_argument("--speed", type=int, default=1, choices=range(1, 9), help="ticks per tick (1-8)")
    p.add_argument("--scale", type=int, default=0, help="window scale (0: fit the screen)")
    p.add_argument("--frames", type=int, default=0, help=argparse.SUPPRESS)  # tests: stop after N
    p.add_argument("--content-root", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    run, problem = read_run_file(args.run)
    if run is None:
        print(problem, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="hailsham-replay-") as tmp:
        return watch(run, Path(tmp), args.content_root, args.speed, args.scale, args.frames)


def watch(run: RunFile, data: Path, root: Path | None, speed: int, scale: int, limit: int) -> int:
    pygame.init()
    display = Display(scale, False, True, "Hailsham replay")  # before maps load their images
    try:
        ctx, sim, session = prepare(run, data, root, headless=False)
    except (ContentError, StartError, MapError) as exc:
        print(f"cannot start the run: {exc}", file=sys.stderr)
        pygame.quit()
        return 2
    ctx.assets = Resources(ctx.paths.assets, ctx.notices.report)
    ctx.display = display
    frames = iter(run.frames)
    clock, last, paused, drawn = FixedStep(), time.perf_counter_ns(), False, 0
    while not ctx.quit_requested:
        for event in pygame.event.get():
            if event.type == pygame.QUIT or (
                event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE
            ):
                ctx.quit_requested = True
            elif event.type == pygame.KEYDOWN and event.key == pygame.K_SPACE:
                paused = not paused
            elif event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
                display.resized(display.window.get_size())
        now = time.perf_counter_ns()
        steps = clock.advance((now - last) // 1000) * speed
        last = now
        for _ in range(0 if paused else steps):
            frame = next(frames, None)
            if frame is None:
                break
            sim.tick(frame)
        canvas = display.canvas
        sim.stack.draw(canvas)
        draw_clock(canvas, ctx, sim.speedrun)
        font = ctx.assets.font("small")
        tag = f"REPLAY {run.category}  tick {session.ticks}/{len(run.frames)}"
        tag += "  (paused)" if paused else ""
        font.draw(canvas, tag, (4, canvas.get_height() - 10), palette.HINT, shadow=palette.SHADOW)
        display.present()
        drawn += 1
        if limit and drawn >= limit:
            break
        time.sleep(0.001)
    pygame.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
