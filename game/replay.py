"""`python -m game replay RUN`: play a recorded run back in a window, at its own pace.

The same simulation as `verify`, drawn: the run's frames are fed at 60 ticks a second (or faster
with `--speed`), with the clock in the corner. Space pauses, Escape or closing the window quits.
Nothing is written to the player's files (a temporary data folder is used). The card at the end
shows the run as it was recorded: its real time, and the player's personal best in its category
(read from the player's profile, never written), not the playback's own.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pygame

from game import __version__
from game.content import ContentError
from game.crash import ReportError, is_report, prepare_report, read_report
from game.display import ICON, Display
from game.input.devices import InputDevices
from game.loop import FixedStep
from game.paths import Paths
from game.play.start import StartError
from game.render.resources import Resources
from game.save.fingerprint import content_fingerprint
from game.save.profile import Profile, profile_path
from game.save.store import read_json
from game.screens.results import ResultsScreen
from game.settings import Settings
from game.speedrun import bests as bestlib
from game.speedrun.runfile import RunFile, read_run_file
from game.ui import palette
from game.ui.clock import draw_clock, draw_inputs
from game.verify import prepare
from game.world.mapdata import MapError


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="hailsham replay", description=__doc__.splitlines()[0])
    p.add_argument("run", type=Path, help="a .run file")
    p.add_argument("--speed", type=int, default=1, choices=range(1, 9), help="ticks per tick (1-8)")
    p.add_argument("--scale", type=int, default=0, help="window scale (0: fit the screen)")
    p.add_argument("--frames", type=int, default=0, help=argparse.SUPPRESS)  # tests: stop after N
    p.add_argument("--data-dir", type=Path, help="the player's folder (for the personal best)")
    p.add_argument("--content-root", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if is_report(args.run):  # a crash report: play up to the crash and show it
        return watch_crash(args.run, args.content_root, args.speed, args.scale, args.frames)
    run, problem = read_run_file(args.run)
    if run is None:
        print(problem, file=sys.stderr)
        return 2
    book = player_book(args.data_dir, args.content_root)
    with tempfile.TemporaryDirectory(prefix="hailsham-replay-") as tmp:
        return watch(run, Path(tmp), args.content_root, args.speed, args.scale, args.frames, book)


def player_book(data_dir: Path | None, root: Path | None) -> dict:
    """The player's bests on this version and content (read only; empty without a profile)."""
    paths = Paths.create(data_dir, root)
    data, _why = read_json(profile_path(paths.data))
    if not isinstance(data, dict):
        return {}
    profile, _problems = Profile.from_data(data)
    book = profile.bests.get(f"{__version__} {content_fingerprint(paths.root)}", {})
    return book if isinstance(book, dict) else {}


def watch(
    run: RunFile,
    data: Path,
    root: Path | None,
    speed: int,
    scale: int,
    limit: int,
    book: dict | None = None,
) -> int:
    pygame.init()
    icon = Paths.create(None, root).assets / ICON
    display = Display(scale, False, True, "Hailsham replay", icon)  # before maps load images
    try:
        ctx, sim, session = prepare(run, data, root, headless=False)
    except (ContentError, StartError, MapError) as exc:
        print(f"cannot start the run: {exc}", file=sys.stderr)
        pygame.quit()
        return 2
    ctx.assets = Resources(ctx.paths.assets, ctx.notices.report)
    ctx.display = display
    ctx.settings.show_inputs = True  # a replay shows what was pressed
    devices = InputDevices(Settings().input_bindings())
    sim.speedrun.show_results = False  # the card shows the recorded run, below
    frames = run.iter_frames()
    carded = False
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
            else:
                devices.handle(event)
        now = time.perf_counter_ns()
        steps = clock.advance((now - last) // 1000) * speed
        last = now
        for _ in range(0 if paused else steps):
            frame = next(frames, None)
            if frame is None:
                if session.result is None:
                    break
                frame = devices.frame()  # the run is over: the card takes the viewer's keys
            sim.tick(frame)
        if session.result is not None and not carded:
            carded = True
            result = session.result
            book = book or {}
            result.rta_ms = run.rta_ms
            result.pb = bestlib.personal_best(book, run.category)
            result.best_segments = {
                s.chapter: g for s in result.splits if (g := bestlib.best_segment(book, s.chapter))
            }
            result.run_id, result.content = run.run_id, run.content
            result.version = run.game
            sim.stack.push(ResultsScreen(result, replay=True))
            sim.stack.apply()
        canvas = display.canvas
        sim.stack.draw(canvas)
        draw_clock(canvas, ctx, sim.speedrun)
        draw_inputs(canvas, ctx, sim.speedrun)
        font = ctx.assets.font("small")
        tag = f"REPLAY {run.category}  tick {session.ticks}/{run.tick_count()}"
        tag += "  (paused)" if paused else ""
        font.draw(canvas, tag, (110, canvas.get_height() - 10), palette.HINT, shadow=palette.SHADOW)
        display.present()
        drawn += 1
        if limit and drawn >= limit:
            break
        time.sleep(0.001)
    pygame.quit()
    return 0


def watch_crash(path: Path, root: Path | None, speed: int, scale: int, limit: int) -> int:
    """A crash report played in a window at its own pace, up to its exception, which is then
    shown over the last frame (Escape or closing the window quits)."""
    try:
        report = read_report(path)
    except (OSError, ReportError) as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return 2
    if not report.replayable:
        print(f"{path}: cannot replay: {report.header.get('replay', '')}", file=sys.stderr)
        return 2
    pygame.init()
    display = Display(
        scale, False, True, "Hailsham crash replay", Paths.create(None, root).assets / ICON
    )
    with tempfile.TemporaryDirectory(prefix="hailsham-replay-") as tmp:
        try:
            ctx, sim = prepare_report(report, Path(tmp), root, headless=False)
        except ReportError as exc:
            print(f"cannot replay: {exc}", file=sys.stderr)
            pygame.quit()
            return 2
        ctx.assets = Resources(ctx.paths.assets, ctx.notices.report)
        ctx.display = display
        ctx.settings.show_inputs = True
        frames, tick, error = report.frames(), 0, ""
        clock, last, drawn = FixedStep(), time.perf_counter_ns(), 0
        while not ctx.quit_requested:
            for event in pygame.event.get():
                if event.type == pygame.QUIT or (
                    event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE
                ):
                    ctx.quit_requested = True
            now = time.perf_counter_ns()
            steps = clock.advance((now - last) // 1000) * speed
            last = now
            try:
                for _ in range(0 if error else steps):
                    frame = next(frames, None)
                    if frame is None:
                        break
                    tick += 1
                    sim.tick(frame)
                if not error:
                    sim.stack.draw(display.canvas)
                    draw_inputs(display.canvas, ctx, sim.speedrun)
            except Exception as exc:  # the crash being replayed: shown, not raised
                error = f"{type(exc).__name__}: {exc}"
                print(f"tick {tick}: {error}", file=sys.stderr)
            font = ctx.assets.font("small")
            tag = f"CRASH REPLAY  tick {tick}/{report.ticks}"
            if tick >= report.ticks and not error:
                tag += "  (the end: no exception here)"
            if error:
                tag = f"tick {tick}: {error}"[:90]
            font.draw(display.canvas, tag, (6, display.canvas.get_height() - 10), palette.NOTICE,
                      shadow=palette.SHADOW)  # fmt: skip
            display.present()
            drawn += 1
            if limit and drawn >= limit:
                break
            time.sleep(0.001)
    pygame.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
