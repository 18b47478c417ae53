"""Screens on a stack: title, world, dialogue, menus, cards.

Input goes to the top screen only. Drawing starts at the topmost opaque screen and goes up, so screens
hidden under an opaque one cost nothing. Changes requested during an update are applied after it, so a
screen never sees the stack change under its feet.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pygame

    from game.context import Context
    from game.input.actions import InputFrame
    from game.play.play import Play


class Screen:
    """Base class. Subclasses override what they need."""

    opaque: bool = True
    #: Whether ticks on this screen count as play time (the speedrun timer reads this).
    counts_time: bool = False
    _stack: ScreenStack | None = None  # set by the stack when the screen is pushed

    @property
    def stack(self) -> ScreenStack:
        """The stack this screen is on: screens push, pop and replace through it."""
        if self._stack is None:
            raise RuntimeError(f"{type(self).__name__} is not on a screen stack")
        return self._stack

    def is_top(self) -> bool:
        """Whether nothing is drawn over this screen (True when it is drawn on its own)."""
        return self._stack is None or self._stack.top is self

    def on_enter(self, ctx: Context) -> None:
        """Called when pushed (or when it replaces another)."""

    def on_exit(self, ctx: Context) -> None:
        """Called when popped or replaced."""

    def on_resume(self, ctx: Context) -> None:
        """Called when the screen above it is popped."""

    def update(self, frame: InputFrame, ctx: Context) -> None:
        """One simulation tick. Only the top screen gets input."""

    def update_below(self, ctx: Context) -> None:
        """One tick while another screen is on top (for screens that keep animating under overlays)."""

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        """Draw the state; never change it."""

    def snapshot(self) -> dict[str, Any]:
        """The state that matters, as plain data (hashed for determinism checks)."""
        return {}


class ScreenStack:
    def __init__(
        self,
        ctx: Context,
        *,
        title: Callable[[], Screen] | None = None,
        view: Callable[[Play], Screen] | None = None,
    ) -> None:
        """``title`` and ``view`` make the title screen and the view of a play: whoever builds the
        stack gives them, so a menu can go back to the title or on to a loaded game without
        importing the screens that lead to it."""
        self.ctx = ctx
        self._screens: list[Screen] = []
        self._pending: list[tuple[str, Screen | None]] = []
        self._title, self._view = title, view

    # -- changes (deferred while updating) ---------------------------------------------------------
    def push(self, screen: Screen) -> None:
        self._pending.append(("push", screen))

    def pop(self) -> None:
        self._pending.append(("pop", None))

    def replace(self, screen: Screen) -> None:
        self._pending.append(("replace", screen))

    def clear_to(self, screen: Screen) -> None:
        """Drop every screen and start again from this one (back to the title, say)."""
        self._pending.append(("clear", screen))

    def to_title(self) -> None:
        """Drop every screen and show the title."""
        if self._title is None:
            raise RuntimeError("this screen stack has no title screen")
        self.clear_to(self._title())

    def to_play(self, play: Play) -> None:
        """Drop every screen and show a play (a new game, a loaded save, a run)."""
        if self._view is None:
            raise RuntimeError("this screen stack cannot show a play")
        self.clear_to(self._view(play))

    def apply(self) -> None:
        while self._pending:
            op, screen = self._pending.pop(0)
            if op in ("pop", "replace") and self._screens:
                self._screens.pop().on_exit(self.ctx)
            if op == "clear":
                while self._screens:
                    self._screens.pop().on_exit(self.ctx)
            if screen is not None:
                screen._stack = self
                self._screens.append(screen)
                screen.on_enter(self.ctx)
            elif op == "pop" and self._screens:
                self._screens[-1].on_resume(self.ctx)

    # -- queries --------------------------------------------------------------------------------
    @property
    def top(self) -> Screen | None:
        return self._screens[-1] if self._screens else None

    def __len__(self) -> int:
        return len(self._screens)

    def __iter__(self):
        return iter(list(self._screens))

    def find(self, kind: type) -> Any:
        for screen in reversed(self._screens):
            if isinstance(screen, kind):
                return screen
        return None

    # -- the tick and the draw ------------------------------------------------------------------
    def update(self, frame: InputFrame) -> None:
        self.apply()
        if not self._screens:
            return
        *below, top = self._screens
        for screen in below:
            screen.update_below(self.ctx)
        top.update(frame, self.ctx)
        self.apply()

    def draw(self, surface: pygame.Surface) -> None:
        start = 0
        for i in range(len(self._screens) - 1, -1, -1):
            if self._screens[i].opaque:
                start = i
                break
        for screen in self._screens[start:]:
            screen.draw(surface, self.ctx)

    def snapshot(self) -> list[dict[str, Any]]:
        return [{"screen": type(s).__name__, **s.snapshot()} for s in self._screens]
