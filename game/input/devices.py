"""Turns pygame events from keyboard and game controllers into one InputFrame per tick.

Presses are collected between ticks so a tap shorter than a tick is never lost; when a frame runs several
catch-up ticks, only the first sees the presses.
"""

from __future__ import annotations

import pygame

from game.input.actions import Action, InputFrame
from game.input.bindings import Bindings

_BUTTON_NAMES = {
    getattr(pygame, n): n.removeprefix("CONTROLLER_BUTTON_").lower()
    for n in dir(pygame)
    if n.startswith("CONTROLLER_BUTTON_")
    and n not in ("CONTROLLER_BUTTON_INVALID", "CONTROLLER_BUTTON_MAX")
}
_AXIS_MAX = 32767
HOVER_SLACK = 2  # window pixels the mouse must move, after the window changed, to count as moved


class InputDevices:
    def __init__(self, bindings: Bindings) -> None:
        self._controllers: dict[int, object] = {}
        self.rebind(bindings)
        self._keys_down: set[Action] = set()  # from keys
        self._sources: dict[str, Action] = {}  # pressed key/button name -> action, for releases
        self._stick: set[Action] = set()  # from the left stick, per controller merged
        self._pressed: set[Action] = set()
        self._pointer: tuple[int, int] | None = None
        self._click = False
        self._wheel = 0
        self.to_canvas = lambda pos: (
            pos
        )  # window pixels -> canvas pixels (the app sets the letterbox)
        self.raw: list[
            str
        ] = []  # names of keys/buttons pressed since the last frame (for rebinding screens)
        # "key" or "pad": what the player touched last, so prompts name that device's buttons.
        # Drawing reads it; the simulation never does.
        self.last_device = "key"
        # After the window changed size or mode the mouse, resting, lands on another canvas pixel:
        # that is no move of the player's. None, or where it rests (True until it is first seen).
        self._resting: tuple[int, int] | bool | None = None

    def rebind(self, bindings: Bindings) -> None:
        self.bindings = bindings
        self._key_table = bindings.key_table()
        self._button_table = bindings.button_table()

    # -- events ---------------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> bool:
        """Take one event; returns True if it was an input event this layer used."""
        if event.type == pygame.MOUSEMOTION and self._still_resting(tuple(event.pos)):
            return True
        if event.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN):
            self._resting = None
            self._pointer = self.to_canvas(event.pos)
            if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
                self._click = True
            return True
        if event.type == pygame.MOUSEWHEEL:
            self._wheel += 1 if event.y > 0 else -1 if event.y < 0 else 0
            return True
        if event.type == pygame.KEYDOWN:
            self.last_device = "key"
            self.raw.append("key:" + pygame.key.name(event.key))
            return self._down("key:" + pygame.key.name(event.key), self._key_table)
        if event.type == pygame.KEYUP:
            return self._up("key:" + pygame.key.name(event.key))
        if event.type == pygame.CONTROLLERBUTTONDOWN:
            self.last_device = "pad"
            self.raw.append("pad:" + _BUTTON_NAMES.get(event.button, "?"))
            return self._down("pad:" + _BUTTON_NAMES.get(event.button, "?"), self._button_table)
        if event.type == pygame.CONTROLLERBUTTONUP:
            return self._up("pad:" + _BUTTON_NAMES.get(event.button, "?"))
        if event.type == pygame.CONTROLLERAXISMOTION:
            self._stick_motion(event.axis, event.value / _AXIS_MAX)
            return True
        if event.type == pygame.CONTROLLERDEVICEADDED:
            self._open_controller(event.device_index)
        elif event.type == pygame.CONTROLLERDEVICEREMOVED:
            self._controllers.pop(event.instance_id, None)
            self._stick.clear()
        return False

    def window_changed(self) -> None:
        """The window changed size or mode: hovering waits until the mouse really moves (so the
        row under a resting mouse is not chosen by the change itself); a click always counts."""
        self._pointer = None
        self._resting = True

    def _still_resting(self, pos: tuple[int, int]) -> bool:
        if self._resting is None:
            return False
        if self._resting is True:
            self._resting = pos  # where it rests in the new window
            return True
        rx, ry = self._resting
        return abs(pos[0] - rx) <= HOVER_SLACK and abs(pos[1] - ry) <= HOVER_SLACK

    def _down(self, source: str, table: dict[str, Action]) -> bool:
        action = table.get(source.split(":", 1)[1])
        if action is None:
            return False
        if source not in self._sources:  # ignore OS key repeat
            self._pressed.add(action)
        self._sources[source] = action
        return True

    def _up(self, source: str) -> bool:
        return self._sources.pop(source, None) is not None

    def _stick_motion(self, axis: int, value: float) -> None:
        if axis == pygame.CONTROLLER_AXIS_LEFTX:
            pair = (Action.LEFT, Action.RIGHT)
        elif axis == pygame.CONTROLLER_AXIS_LEFTY:
            pair = (Action.UP, Action.DOWN)
        else:
            return
        before = set(self._stick)
        self._stick.difference_update(pair)
        if value <= -self.bindings.dead_zone:
            self._stick.add(pair[0])
        elif value >= self.bindings.dead_zone:
            self._stick.add(pair[1])
        self._pressed.update(self._stick - before)
        if self._stick - before:
            self.last_device = "pad"

    def _open_controller(self, index: int) -> None:
        try:
            from pygame._sdl2 import controller

            pad = controller.Controller(index)
            self._controllers[pad.as_joystick().get_instance_id()] = pad
        except (pygame.error, ImportError, AttributeError):
            pass  # a pad SDL cannot open as a game controller is simply not used

    def release_all(self) -> None:
        """Forget held input (the window lost focus: keys released elsewhere never send KEYUP)."""
        self._sources.clear()
        self._stick.clear()

    # -- per tick --------------------------------------------------------------------------------
    def frame(self) -> InputFrame:
        """The frame for the next tick; consumes the presses collected since the previous one."""
        held = set(self._sources.values()) | self._stick
        pointer = (
            self._pointer
            if self._pointer is not None
            and 0 <= self._pointer[0] < 480
            and 0 <= self._pointer[1] < 270
            else None
        )
        frame = InputFrame(
            frozenset(held),
            frozenset(self._pressed),
            pointer,
            self._click and pointer is not None,
            self._wheel,
        )
        self._pressed.clear()
        self._pointer, self._click, self._wheel = None, False, 0
        return frame


def init_controllers() -> None:
    try:
        from pygame._sdl2 import controller

        controller.init()
    except (pygame.error, ImportError):
        pass
