"""The windowed game: events in, fixed ticks, one draw per frame."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pygame

from game.audio import Audio
from game.boot import build_context
from game.context import Context
from game.crash import CrashRecorder, write_report
from game.devwatch import DevWatcher
from game.display import ICON, Display
from game.input.devices import InputDevices, init_controllers
from game.loop import FixedStep
from game.play.devstart import parse_flags, scene_start
from game.play.start import StartError
from game.render.resources import Resources
from game.screens.menus.dev import DevMenu
from game.screens.title import TitleScreen
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation
from game.story.library import LazyLibrary
from game.ui import palette
from game.ui.clock import draw_clock, draw_inputs
from game.ui.inspector import draw_inspector
from game.ui.sceneview import draw_panel
from game.world.mapdata import MapError


def open_game(
    data_dir: Path | None,
    root: Path | None = None,
    *,
    scale: int | None = None,
    quiet: bool = False,
    on_phase: Callable[[str], None] = lambda name: None,
    display: Display | None = None,
) -> tuple[Context, Display, Simulation]:
    """Everything up to the title screen: pygame, the context, the window, drawing and sound.
    ``scale`` overrides the player's window setting (the benchmark's fixed 1920x1080);
    ``on_phase`` is told as each phase ends (the benchmark times them); ``display`` is the window
    when it is already open (showing the loading picture)."""
    pygame.init()
    init_controllers()
    on_phase("pygame_init")
    ctx = build_context(data_dir, headless=False, root=root, quiet=quiet, lock=True)
    on_phase("context")
    s = ctx.settings
    icon = ctx.paths.assets / ICON
    if display is not None:
        pass  # opened before the game loaded (game.ui.loading), as the same settings ask
    elif scale is None:
        display = Display(s.window_scale, s.fullscreen, s.vsync, ctx.manifest.title, icon)
    else:
        display = Display(scale, False, False, ctx.manifest.title, icon, fit_desktop=False)
    on_phase("window")
    ctx.assets = Resources(ctx.paths.assets, ctx.notices.report)
    ctx.audio = _start_audio(ctx)
    ctx.display = display  # for the settings screens (window size)
    on_phase("audio")
    return ctx, display, Simulation(ctx, TitleScreen())


def run_window(
    data_dir: Path | None,
    root: Path | None = None,
    *,
    dev: bool = False,
    scene: str | None = None,
    flags: str = "",
    display: Display | None = None,
) -> int:
    """The game in a window. ``dev`` turns on the writer's tools; ``scene`` (with ``flags``,
    `a=true,b=3`) starts straight in that scene on its map instead of at the title; ``display``
    is the window if it is already open (showing the loading picture)."""
    ctx, display, sim = open_game(data_dir, root, display=display)
    ctx.dev = dev
    if scene:
        try:
            play, problems = scene_start(ctx, scene, parse_flags(flags))
        except (StartError, MapError) as exc:
            print(f"cannot start at scene {scene}: {exc}", file=sys.stderr)
            pygame.quit()
            return 2
        for problem in problems:
            ctx.notices.report(problem)
        sim.stack.to_play(play)
        sim.stack.apply()
    recorder = CrashRecorder(ctx)
    try:
        _loop(ctx, display, sim, dev, recorder)
    except Exception as exc:  # anything unexpected: a report that replays, an apology, no save
        return _crashed(ctx, display, recorder, exc)
    sim.speedrun.close()  # a run still going is over: LiveSplit is reset, not left running
    ctx.flush()  # what could not be written yet (a full disk since freed) gets a last chance
    if ctx.lock is not None:
        ctx.lock.release()
    pygame.quit()
    return 0


def _loop(
    ctx: Context, display: Display, sim: Simulation, dev: bool, recorder: CrashRecorder
) -> None:
    devices = InputDevices(ctx.settings.input_bindings())
    devices.to_canvas = display.to_canvas
    display.on_change = devices.window_changed  # a new size moves the canvas under a resting mouse
    ctx.devices = devices  # for the rebinding screen
    watcher = DevWatcher(ctx, sim.stack) if dev else None
    clock = FixedStep()
    notice_frames: dict[str, int] = {}
    last = time.perf_counter_ns()
    first_frame = True
    while not ctx.quit_requested:
        recorder.where = "events"
        for event in pygame.event.get():
            if event.type == pygame.QUIT:
                ctx.quit_requested = True
            elif event.type == pygame.KEYDOWN and _is_fullscreen_toggle(event):
                display.toggle_fullscreen()
                ctx.settings.fullscreen = display.fullscreen
            elif event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
                display.resized(display.window.get_size())
            elif event.type == pygame.WINDOWFOCUSLOST:
                devices.release_all()
            elif dev and event.type == pygame.KEYDOWN and event.key in (pygame.K_F2, pygame.K_F3):
                _dev_key(ctx, sim, event.key)
            else:
                devices.handle(event)
        now = time.perf_counter_ns()
        steps = clock.advance((now - last) // 1000)
        last = now
        for _ in range(steps):
            frame = devices.frame()
            recorder.before_tick(sim.stack, frame)
            recorder.where = "tick"
            sim.tick(frame)
            if ctx.quit_requested:
                break
        if steps:
            devices.raw.clear()  # raw key names are for the tick that just ran (rebinding screens)
        recorder.where = "draw"
        if watcher is not None:
            watcher.poll()
        sim.stack.draw(display.canvas)
        draw_clock(display.canvas, ctx, sim.speedrun)
        draw_inputs(display.canvas, ctx, sim.speedrun)
        _draw_notices(display.canvas, ctx, notice_frames)
        top = sim.stack.top
        if ctx.dev_overlay and isinstance(top, WorldScreen):  # menus keep the whole screen
            draw_inspector(display.canvas, ctx, top.play)
        if watcher is not None and watcher.errors:
            _draw_dev_errors(display.canvas, ctx, watcher.errors)
        display.present()
        if first_frame:  # the title is up: read the story while the player looks at it
            first_frame = False
            if isinstance(ctx.content, LazyLibrary):
                ctx.content.preload()
        if not display.vsync:
            time.sleep(0.001)


def _cut(text: str, font, width: int) -> list[str]:
    """A path broken wherever it must be to fit (it has no spaces to wrap at)."""
    lines = [""]
    for ch in text:
        if lines[-1] and font.measure(lines[-1] + ch) > width:
            lines.append("")
        lines[-1] += ch
    return lines


def _crashed(ctx: Context, display: Display, recorder: CrashRecorder, exc: Exception) -> int:
    """Write the report, say so on screen until a key is pressed, and stop (nothing is saved)."""
    path = write_report(ctx, recorder, exc, recorder.where)
    with contextlib.suppress(Exception):
        ctx.audio.stop_music(fade_ms=0)
    with contextlib.suppress(Exception):
        if ctx.speedrun is not None:
            ctx.speedrun.close()  # LiveSplit is reset, not left running
    with contextlib.suppress(Exception):  # a broken screen: the report and stderr said it all
        _apology(ctx, display, path)
    pygame.quit()
    return 1


APOLOGY = (
    "Sorry: something went wrong, and the game had to stop.",
    "Your saves are as they were.",
)


def _apology(ctx: Context, display: Display, path: Path | None) -> None:
    font = ctx.assets.font("small")
    canvas = display.canvas
    width = canvas.get_width() - 40
    lines = [*APOLOGY, ""]
    if path is not None:
        lines.append("A report of what happened is in")
        lines += _cut(str(path), font, width)
        lines += font.wrap(
            "With it the crash can be replayed: please attach it to a bug report.", width
        )
    else:
        lines.append("The report could not be written (the details went to the console).")
    lines += ["", "Press any key to close."]
    while True:
        for event in pygame.event.get():
            if event.type in (pygame.QUIT, pygame.KEYDOWN, pygame.JOYBUTTONDOWN):
                return
        canvas.fill(palette.NIGHT)
        top = (canvas.get_height() - len(lines) * font.line_height) // 2
        for i, line in enumerate(lines):
            font.draw(canvas, line, (20, top + i * font.line_height), palette.TEXT)
        display.present()
        time.sleep(0.05)


def _dev_key(ctx: Context, sim: Simulation, key: int) -> None:
    """F2: the writer's menu over the world; F3: the flag and state inspector."""
    if key == pygame.K_F3:
        ctx.dev_overlay = not ctx.dev_overlay
        return
    top = sim.stack.top
    if isinstance(top, WorldScreen):
        sim.stack.push(DevMenu(top.play))
        sim.stack.apply()


def _is_fullscreen_toggle(event: pygame.event.Event) -> bool:
    return event.key == pygame.K_F11 or (
        event.key == pygame.K_RETURN and bool(event.mod & pygame.KMOD_ALT)
    )


def _start_audio(ctx: Context) -> Audio:
    audio = Audio(ctx.paths.assets)
    s = ctx.settings
    audio.set_volumes(s.master_volume, s.music_volume, s.sound_volume, s.ambient_volume)
    return audio


DEV_ERROR_ROWS = 12  # rows of the refused-reload panel (the terminal has every error)


def _draw_dev_errors(canvas: pygame.Surface, ctx, errors: list[str]) -> None:
    """Content that failed to reload: the errors over the (still running) old version, the first
    one always whole, so the cause stays in view until it is fixed."""
    font = ctx.assets.font("small")
    width = canvas.get_width() - 28
    count = f"{len(errors)} error{'s' if len(errors) != 1 else ''}"
    lines: list[str] = [f"Not reloaded ({count}): fix and save again"]
    for n, error in enumerate(errors):
        wrapped = font.wrap(_short_path(ctx, error), width)
        if n and len(lines) + len(wrapped) > DEV_ERROR_ROWS:
            lines.append(f"... and {len(errors) - n} more (all printed in the terminal)")
            break
        lines += wrapped
    rect = pygame.Rect(6, 6, canvas.get_width() - 12, 10 + len(lines) * font.line_height)
    draw_panel(canvas, rect, contrast=True)
    for i, line in enumerate(lines):
        font.draw(
            canvas,
            line,
            (rect.x + 8, rect.y + 5 + i * font.line_height),
            (255, 150, 130) if i == 0 else (255, 255, 255),
        )


def _short_path(ctx, text: str) -> str:
    """A problem line with the game's or the mods' folder left off its file name."""
    for folder in (ctx.paths.mods, ctx.paths.root):
        text = text.replace(str(folder) + "/", "")
    return text


NOTICE_FRAMES = 600  # a notice stays on screen about ten seconds (it is also printed to stderr)


def _draw_notices(canvas: pygame.Surface, ctx, shown: dict[str, int]) -> None:
    """Problems with files are shown for a while in a panel at the top (and printed), never as a crash."""
    for line in ctx.notices.lines:
        shown[line] = shown.get(line, 0) + 1
    live = [line for line in ctx.notices.lines if shown[line] <= NOTICE_FRAMES][-3:]
    ctx.notices.reserved_top = 0
    if not live:
        return

    font = ctx.assets.font("small")
    root = str(ctx.paths.root) + "/"
    parts = [
        p for line in live for p in font.wrap(line.replace(root, ""), canvas.get_width() - 20)
    ][:6]
    rect = pygame.Rect(4, 4, canvas.get_width() - 8, 8 + len(parts) * font.line_height)
    ctx.notices.reserved_top = rect.bottom  # a toast drawn next frame goes below it
    draw_panel(canvas, rect, alpha=220)
    for i, part in enumerate(parts):
        font.draw(canvas, part, (rect.x + 6, rect.y + 4 + i * font.line_height), palette.NOTICE)
