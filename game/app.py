"""The windowed game: events in, fixed ticks, one draw per frame."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pygame

from game.audio import Audio
from game.boot import build_context
from game.context import Context
from game.devwatch import DevWatcher
from game.display import Display
from game.input.devices import InputDevices, init_controllers
from game.loop import FixedStep
from game.render.resources import Resources
from game.screens.title import TitleScreen
from game.simulation import Simulation
from game.ui import palette
from game.ui.clock import draw_clock, draw_inputs
from game.ui.sceneview import draw_panel


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
    ctx = build_context(data_dir, headless=False, root=root, quiet=quiet)
    on_phase("context")
    s = ctx.settings
    if display is not None:
        pass  # opened before the game loaded (game.ui.loading), as the same settings ask
    elif scale is None:
        display = Display(s.window_scale, s.fullscreen, s.vsync, ctx.manifest.title)
    else:
        display = Display(scale, False, False, ctx.manifest.title, fit_desktop=False)
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
    display: Display | None = None,
) -> int:
    """The game in a window; ``display`` is the window if it is already open (the loading one)."""
    ctx, display, sim = open_game(data_dir, root, display=display)
    devices = InputDevices(ctx.settings.input_bindings())
    devices.to_canvas = display.to_canvas
    display.on_change = devices.window_changed  # a new size moves the canvas under a resting mouse
    ctx.devices = devices  # for the rebinding screen
    watcher = DevWatcher(ctx, sim.stack) if dev else None
    clock = FixedStep()
    notice_frames: dict[str, int] = {}
    last = time.perf_counter_ns()
    while not ctx.quit_requested:
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
            else:
                devices.handle(event)
        now = time.perf_counter_ns()
        steps = clock.advance((now - last) // 1000)
        last = now
        for _ in range(steps):
            sim.tick(devices.frame())
            if ctx.quit_requested:
                break
        if steps:
            devices.raw.clear()  # raw key names are for the tick that just ran (rebinding screens)
        if watcher is not None:
            watcher.poll()
        sim.stack.draw(display.canvas)
        draw_clock(display.canvas, ctx, sim.speedrun)
        draw_inputs(display.canvas, ctx, sim.speedrun)
        _draw_notices(display.canvas, ctx, notice_frames)
        if watcher is not None and watcher.errors:
            _draw_dev_errors(display.canvas, ctx, watcher.errors)
        display.present()
        if not display.vsync:
            time.sleep(0.001)
    sim.speedrun.close()  # a run still going is over: LiveSplit is reset, not left running
    pygame.quit()
    return 0


def _is_fullscreen_toggle(event: pygame.event.Event) -> bool:
    return event.key == pygame.K_F11 or (
        event.key == pygame.K_RETURN and bool(event.mod & pygame.KMOD_ALT)
    )


def _start_audio(ctx: Context) -> Audio:
    audio = Audio(ctx.paths.assets)
    s = ctx.settings
    audio.set_volumes(s.master_volume, s.music_volume, s.sound_volume, s.ambient_volume)
    return audio


def _draw_dev_errors(canvas: pygame.Surface, ctx, errors: list[str]) -> None:
    """Content that failed to reload: the errors over the (still running) old version."""
    font = ctx.assets.font("small")
    lines: list[str] = ["Not reloaded: fix these and save again"]
    root = str(ctx.paths.root) + "/"
    for error in errors[:8]:
        lines += font.wrap(error.replace(root, ""), canvas.get_width() - 28)
    rect = pygame.Rect(6, 6, canvas.get_width() - 12, 10 + len(lines) * font.line_height)
    draw_panel(canvas, rect, contrast=True)
    for i, line in enumerate(lines):
        font.draw(
            canvas,
            line,
            (rect.x + 8, rect.y + 5 + i * font.line_height),
            (255, 150, 130) if i == 0 else (255, 255, 255),
        )


NOTICE_FRAMES = 600  # a notice stays on screen about ten seconds (it is also printed to stderr)


def _draw_notices(canvas: pygame.Surface, ctx, shown: dict[str, int]) -> None:
    """Problems with files are shown for a while in a panel at the top (and printed), never as a crash."""
    for line in ctx.notices.lines:
        shown[line] = shown.get(line, 0) + 1
    live = [line for line in ctx.notices.lines if shown[line] <= NOTICE_FRAMES][-3:]
    if not live:
        return

    font = ctx.assets.font("small")
    root = str(ctx.paths.root) + "/"
    parts = [
        p for line in live for p in font.wrap(line.replace(root, ""), canvas.get_width() - 20)
    ][:6]
    rect = pygame.Rect(4, 4, canvas.get_width() - 8, 8 + len(parts) * font.line_height)
    draw_panel(canvas, rect, alpha=220)
    for i, part in enumerate(parts):
        font.draw(canvas, part, (rect.x + 6, rect.y + 4 + i * font.line_height), palette.NOTICE)
