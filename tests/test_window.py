"""The window as a player meets it (issue 17): sizes that fit the desktop, a resting mouse that
chooses nothing, the gamepad named once used, a window at once on the first start, and a clear word
when there is no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pygame
import pytest


# -- the window: sizes that fit, and a resting mouse -------------------------------------------------
def test_a_new_window_size_does_not_move_the_cursor_to_the_row_under_a_resting_mouse():
    from game.input.bindings import Bindings
    from game.input.devices import InputDevices

    devices = InputDevices(Bindings())
    devices.to_canvas = lambda pos: (pos[0] // 2, pos[1] // 2)

    def motion(x, y):
        devices.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=(x, y), rel=(0, 0), buttons=()))
        return devices.frame().pointer

    assert motion(100, 100) == (50, 50)
    devices.window_changed()  # the settings made the window larger: the mouse did not move
    assert motion(300, 200) is None  # where it rests in the new window
    assert motion(301, 199) is None  # a tremble
    assert motion(320, 200) == (160, 100)  # moved: hovering again
    devices.window_changed()
    devices.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(300, 200), button=1))
    frame = devices.frame()
    assert frame.click and frame.pointer == (150, 100)  # a click always counts


def test_the_last_device_touched_is_the_one_prompts_name():
    from game.input.bindings import Bindings
    from game.input.devices import InputDevices

    devices = InputDevices(Bindings())
    assert devices.last_device == "key"
    devices.handle(
        pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_A)
    )
    assert devices.last_device == "pad"
    devices.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_z, mod=0))
    assert devices.last_device == "key"


def test_no_window_size_larger_than_the_desktop_is_offered_or_made():
    from game.display import desktop_scale, largest_scale, on_desktop
    from game.screens.menus.options import options

    assert largest_scale((1280, 720)) == 2 and largest_scale((1920, 1080)) == 3
    assert largest_scale((3840, 2160)) == 7 and largest_scale((640, 400)) == 1
    assert desktop_scale(6, (1280, 720)) == 2  # a settings file from a larger screen
    assert desktop_scale(0, (1920, 1080)) == 3 and desktop_scale(1, (1920, 1080)) == 1
    sizes = next(o for o in options([], largest=2) if o.key == "window_scale").choices
    assert [k for k, _label in sizes] == [0, 1, 2]
    assert on_desktop((10, 10), (960, 540), (1280, 720))
    assert not on_desktop((400, 300), (960, 540), (1280, 720))  # grown past the bottom right
    assert not on_desktop((-5, 0), (960, 540), (1280, 720))


# -- the first start: a window at once; no display, a clear word -------------------------------------
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux's displays")
def test_with_no_display_the_game_says_so_and_stops(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("SDL_VIDEODRIVER", None)  # as a player's shell has it: SDL picks what it can
    env["SDL_AUDIODRIVER"] = "dummy"
    proc = subprocess.run(
        [sys.executable, "-m", "game", "--data-dir", str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,  # a safety net only: it returns as soon as SDL has looked
        cwd=Path(__file__).resolve().parents[1],
    )
    assert proc.returncode == 1, proc.stderr
    assert "no display to open the game's window on" in proc.stderr
    assert "--headless" in proc.stderr  # and what to do instead
    assert not (tmp_path / "data" / "saves").exists() or not any(
        (tmp_path / "data").rglob("*.json")
    )


def test_the_loading_picture_names_the_game(tmp_path):
    from game.paths import content_root
    from game.ui.loading import LOADING, draw_loading

    canvas = pygame.Surface((480, 270))
    draw_loading(canvas, Path(content_root()) / "assets", "Hailsham")
    lit = [(x, y) for x in range(480) for y in range(270) if canvas.get_at((x, y))[0] > 100]
    assert any(y < 70 for _x, y in lit) and any(y > 250 for _x, y in lit)  # the name, the word
    assert LOADING.startswith("Loading")
    draw_loading(canvas, tmp_path, "Hailsham")  # no fonts there: black, never a crash
    assert canvas.get_at((240, 50))[:3] == (0, 0, 0)
