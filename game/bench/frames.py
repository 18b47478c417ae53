"""Frame, map load and map switch benchmarks: the game's full frame beside pyscroll's map-only frame.

A full frame is what the window loop draws: the world screen (map, actors, the text box with a
portrait and three lines of text) plus the speedrun clock overlay, scaled to a 1920x1080 window and
flipped. The camera follows the player, who is moved along a path across the whole map between
frames (drawing reads the state; no ticks run during timing). The reference is pyscroll's
``BufferedRenderer`` drawing the same map into the same 480x270 canvas, scaled the same way.
Blocks of game frames and pyscroll frames alternate so that noise from other processes on the
machine falls on both alike.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pygame

from game.context import Context
from game.display import CANVAS, Display
from game.input.actions import NO_INPUT
from game.play.play import Play
from game.render.maprender import MapRenderer
from game.render.resources import Resources
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation
from game.story.commands.text import LineBox
from game.ui import palette
from game.ui.clock import clock_lines, draw_clock
from game.world.actor import SUB
from game.world.mapdata import load_map

WINDOW_SCALE = 4  # 480x270 x4 = 1920x1080
BLOCK = 25  # frames per alternating block (game, then pyscroll)
# Filler for the text box: long enough to wrap to three lines. Not story text.
BOX_TEXT = (
    "Benchmark line. This box holds enough words to wrap onto a second and a third line, "
    "so that a full text box with a portrait and a name plate is drawn every frame."
)


@dataclass
class MapTimes:
    name: str
    tiles: tuple[int, int]
    frame_ms: list[float] = field(default_factory=list)  # wall time
    frame_cpu_ms: list[float] = field(
        default_factory=list
    )  # this thread's CPU time (no preemption)
    pyscroll_ms: list[float] = field(default_factory=list)
    pyscroll_cpu_ms: list[float] = field(default_factory=list)
    load_ms: list[float] = field(default_factory=list)
    switch_ms: list[float] = field(default_factory=list)  # one per pass
    passes: int = 0  # walks done; each adds the same number of frames to every list above
    pyscroll_error: str = ""
    clock: str = ""  # which clock overlay was drawn


def open_window(ctx: Context) -> Display:
    """The 1920x1080 window (dummy video driver in benchmarks) and the drawing resources."""
    display = Display(WINDOW_SCALE, False, False, ctx.manifest.title)
    ctx.assets = Resources(ctx.paths.assets, ctx.notices.report)
    ctx.display = display
    return display


def walk_path(map_px: tuple[int, int], n: int) -> list[tuple[int, int]]:
    """``n`` pixel positions along a Z across the map: the top edge, a diagonal, the bottom edge."""
    w, h = map_px
    m = 16
    pts = [(m, m), (max(m, w - m), m), (m, max(m, h - m)), (max(m, w - m), max(m, h - m))]
    out: list[tuple[int, int]] = []
    for i in range(n):
        t = i * (len(pts) - 1) / max(1, n - 1)
        k = min(int(t), len(pts) - 2)
        f = t - k
        (x0, y0), (x1, y1) = pts[k], pts[k + 1]
        out.append((round(x0 + (x1 - x0) * f), round(y0 + (y1 - y0) * f)))
    return out


def text_box(ctx: Context) -> LineBox:
    """A fully shown line from the first actor with a portrait (or the player), for drawing cost."""
    actors = getattr(ctx.content, "actors", {}) or {}
    who = next((k for k in sorted(actors) if actors[k].portrait), ctx.manifest.player_actor)
    info = ctx.content.actor(who)
    return LineBox(
        "say", who, info.name, info.portrait, "neutral", BOX_TEXT, "bench.line", len(BOX_TEXT) * 60
    )


def clock_drawer(
    ctx: Context, sim: Simulation
) -> tuple[Callable[[pygame.Surface, int], None], str]:
    """The speedrun clock overlay (IGT and chapter time), switched on as a player may set it, with
    new digits every frame as in play; the stand-in below if the overlay is not there."""
    timer = getattr(sim, "speedrun", None)
    stand_in = (lambda surface, ticks: draw_stand_in_clock(surface, ctx, ticks), "stand-in")
    if timer is None:
        return stand_in
    ctx.settings.speedrun_clock = "both"
    if not clock_lines(ctx, timer):
        return stand_in

    def draw(surface: pygame.Surface, ticks: int) -> None:
        timer.timer.file_ticks = timer.timer.chapter_ticks = ticks  # what ticking would do
        draw_clock(surface, ctx, timer)

    return draw, "game.ui.clock"


def draw_stand_in_clock(surface: pygame.Surface, ctx: Context, ticks: int) -> None:
    """Shaped like the speedrun clock overlay (a translucent plate, two right-aligned lines of the
    small font whose digits change every frame), for when that overlay cannot be used."""
    font = ctx.assets.font("small")
    ms = ticks * 1000 // 60
    stamp = f"{ms // 3_600_000}:{ms // 60_000 % 60:02}:{ms // 1000 % 60:02}.{ms % 1000:03}"
    lines = [f"IGT {stamp}", f"CH {stamp}"]
    width = max(font.measure(text) for text in lines) + 8
    x = surface.get_width() - width - 3
    plate = pygame.Surface((width, len(lines) * font.line_height + 5), pygame.SRCALPHA)
    plate.fill((*palette.SHADOW, 190))
    surface.blit(plate, (x, 3))
    for i, text in enumerate(lines):
        tx = x + width - 4 - font.measure(text)
        font.draw(
            surface, text, (tx, 5 + i * font.line_height), palette.TEXT, shadow=palette.SHADOW
        )


def map_load_ms(path: Path, repeats: int) -> list[float]:
    """A cold load: parse the .tmx, load its tile images, draw the first view (its chunks)."""
    out = []
    view = pygame.Surface((480, 270))
    for _ in range(repeats):
        t = time.perf_counter_ns()
        renderer = MapRenderer(load_map(path, images=True))
        renderer.draw_below(view, (0, 0))
        renderer.draw_above(view, (0, 0))
        out.append((time.perf_counter_ns() - t) / 1e6)
    return out


class FrameBench:
    """One world screen that visits every map by warping, timing each switch and each frame."""

    def __init__(self, ctx: Context, display: Display, first_map: str) -> None:
        self.ctx, self.display = ctx, display
        self.screen = WorldScreen(Play(ctx, first_map, ""))
        self.sim = Simulation(ctx, self.screen)
        self.box = text_box(ctx)
        self.ticks = 0
        for _ in range(40):  # let the opening fade finish
            self.sim.tick(NO_INPUT)
        self.draw_clock, self.clock_kind = clock_drawer(
            ctx, self.sim
        )  # after a tick: the timer knows the world

    def frame(self) -> tuple[float, float]:
        """One full frame (draw + clock + present): (wall ms, CPU ms)."""
        t, c = time.perf_counter_ns(), time.thread_time_ns()
        self.sim.stack.draw(self.display.canvas)
        self.draw_clock(self.display.canvas, self.ticks)
        self.display.present()
        self.ticks += 1
        return (time.perf_counter_ns() - t) / 1e6, (time.thread_time_ns() - c) / 1e6

    def switch_to(self, name: str) -> float | None:
        """Warp to ``name`` (not cached): ms of the tick that changes maps plus its first frame."""
        self.ctx.maps.forget(name)
        screen = self.screen
        screen.play.begin_warp(name, "", door=False)
        result = None
        for _ in range(120):
            t = time.perf_counter_ns()
            before = screen.world
            self.sim.tick(NO_INPUT)
            changed = screen.world is not before
            self.frame()
            if changed:
                result = (time.perf_counter_ns() - t) / 1e6
            if screen.pending_warp is None:
                break
        return result if screen.world.map.name == name else None

    def walk(self, times: MapTimes, n: int) -> None:
        """Frames along the walk, in alternating blocks with pyscroll's frames at the same spots."""
        self.screen.director.box = self.box
        player = self.screen.world.player
        data = self.screen.world.map
        path = walk_path(data.pixel_size, n)
        ref = _pyscroll_renderer(data.tmx, times)
        gc.collect()
        for x, y in path[:20]:  # warm-up: caches, first blits
            player.x, player.y = x * SUB, y * SUB
            self.frame()
            if ref:
                self._pyscroll_frame(ref, (x, y))
        for start in range(0, n, BLOCK):
            block = path[start : start + BLOCK]
            for i, (x, y) in enumerate(block):
                player.x, player.y = x * SUB, y * SUB
                player.moving, player.walked = True, start + i
                player.facing = "right" if (start + i) % 200 < 100 else "down"
                wall, cpu = self.frame()
                times.frame_ms.append(wall)
                times.frame_cpu_ms.append(cpu)
            for x, y in block if ref else ():
                wall, cpu = self._pyscroll_frame(ref, (x, y))
                times.pyscroll_ms.append(wall)
                times.pyscroll_cpu_ms.append(cpu)
        player.moving = False

    def _pyscroll_frame(self, ref, focus: tuple[int, int]) -> tuple[float, float]:
        canvas = self.display.canvas
        t, c = time.perf_counter_ns(), time.thread_time_ns()
        canvas.fill((12, 12, 16))
        ref.center(focus)
        ref.draw(canvas, canvas.get_rect())
        self.display.present()
        return (time.perf_counter_ns() - t) / 1e6, (time.thread_time_ns() - c) / 1e6


def _pyscroll_renderer(tmx, times: MapTimes):
    try:
        import pyscroll
    except ImportError:
        times.pyscroll_error = "pyscroll not installed (pip install -e '.[bench]')"
        return None
    try:
        return pyscroll.BufferedRenderer(pyscroll.data.TiledMapData(tmx), CANVAS, alpha=True)
    except Exception as exc:  # a reference that cannot draw a map is reported, not fatal
        times.pyscroll_error = f"pyscroll failed: {type(exc).__name__}: {exc}"
        return None


def run(
    ctx: Context, display: Display, frames: int, load_repeats: int, passes: int = 1
) -> tuple[list[MapTimes], WorldScreen]:
    """Every map under maps/: cold loads, then ``passes`` rounds of visiting each map in turn
    (switch into it, ``frames`` frames of each renderer). Rounds spread a burst of noise from
    other processes over one pass of every map rather than all of one map."""
    paths = sorted(ctx.paths.maps.glob("*.tmx"))
    results = [MapTimes(p.stem, (0, 0)) for p in paths]
    for p, times in zip(paths, results, strict=True):
        times.load_ms = map_load_ms(p, load_repeats)
    bench = FrameBench(ctx, display, paths[-1].stem)
    for _ in range(passes):
        for times in results:
            ms = bench.switch_to(times.name)
            data = bench.screen.world.map
            if ms is None or data.name != times.name:  # not entered (reported in ctx.notices)
                continue
            times.switch_ms.append(ms)
            times.clock = bench.clock_kind
            times.tiles = (data.width, data.height)
            bench.walk(times, frames)
            times.passes += 1
    return results, bench.screen
