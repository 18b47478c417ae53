"""The real game, driven by input frames: the shipped content, a player's data folder, the title.

`Game(data)` builds the context the window builds (settings, profile, seen lines, the data-folder
lock) and a Simulation on the title screen, with drawing resources so screens can be drawn too.
"""

from __future__ import annotations

from pathlib import Path

import pygame

from game.boot import build_context
from game.input.actions import Action, InputFrame
from game.render.resources import Resources
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation

NONE = InputFrame()


def press(*actions: Action) -> InputFrame:
    return InputFrame(frozenset(actions), frozenset(actions))


def click(x: int, y: int) -> InputFrame:
    return InputFrame(pointer=(x, y), click=True)


class Game:
    def __init__(self, data: Path, *, lock: bool = True) -> None:
        self.data = Path(data)
        self.ctx = build_context(self.data, headless=False, quiet=True, lock=lock)
        self.ctx.assets = Resources(self.ctx.paths.assets, self.ctx.notices.report)
        from game.screens.title import TitleScreen

        self.sim = Simulation(self.ctx, TitleScreen())

    @property
    def top(self):
        return self.sim.stack.top

    @property
    def notices(self) -> list[str]:
        return self.ctx.notices.lines

    def tick(self, *frames: InputFrame, idle: int = 0) -> Game:
        for frame in frames:
            self.sim.tick(frame)
        for _ in range(idle):
            self.sim.tick(NONE)
        return self

    def new_game(self) -> WorldScreen:
        """New Game from the title, played until the pause menu and quick saves may open."""
        title = self.top
        title.menu.cursor = 1  # New Game
        self.tick(press(Action.CONFIRM))
        return self.until_free()

    def until_free(self, limit: int = 4000) -> WorldScreen:
        """Tick (pressing confirm now and then, through cards and lines) until menus may open."""
        for i in range(limit):
            top = self.top
            if isinstance(top, WorldScreen) and top.play.accepts_menus and i > 30:
                return top
            self.tick(press(Action.CONFIRM) if i % 8 == 0 else NONE)
        raise AssertionError("the game never let the menus open")

    def toast(self) -> str:
        toast = getattr(self.top, "director", None) and self.top.director.toast
        return str(toast[0]) if toast else ""

    def draw(self) -> pygame.Surface:
        canvas = pygame.Surface((480, 270))
        self.sim.stack.draw(canvas)
        return canvas

    def close(self) -> None:
        self.ctx.flush()
        self.ctx.seen.close()
        if self.ctx.lock is not None:
            self.ctx.lock.release()
