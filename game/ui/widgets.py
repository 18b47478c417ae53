"""Menu widgets: a list with a cursor (keys, gamepad and mouse), and the drawing of rows, sliders,
toggles and buttons in the house style.

Hit-testing uses a FIXED layout (row rectangles from fixed positions and heights), never measured text
widths, so what the mouse does never depends on the font rasteriser. Widget state is simulation state:
it changes only in ``update`` and is plain data for snapshots.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.input.actions import Action, InputFrame
from game.input.menu import Repeater
from game.ui import palette
from game.ui.sceneview import draw_panel

Rect = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class Event:
    """What a widget did this tick.

    kind: "" (nothing), "move" (cursor moved), "choose" (confirm or click on a row), "cancel",
    "adjust" (left/right on the row: ``delta`` is -1 or +1). ``x`` is the canvas x of a click
    (sliders set their value from it), None for keys.
    """

    kind: str = ""
    index: int | None = None
    delta: int = 0
    x: int | None = None


NOTHING = Event()


def inside(rect: Rect, point: tuple[int, int]) -> bool:
    x, y, w, h = rect
    return x <= point[0] < x + w and y <= point[1] < y + h


@dataclass
class ListBox:
    """A vertical list of ``count`` rows at fixed positions, scrolled to keep the cursor in view.

    Row ``i`` occupies (x, y + (i - scroll) * row_h, w, row_h) while it is visible. Disabled rows are
    skipped by the keys and ignored by the mouse.
    """

    x: int
    y: int
    w: int
    row_h: int
    visible: int
    enabled: list[bool]
    cursor: int = 0
    scroll: int = 0
    horizontal: bool = False  # left/right report "adjust" (settings rows) instead of doing nothing
    repeat: Repeater = field(default_factory=Repeater)

    def __post_init__(self) -> None:
        if self.enabled and not self.enabled[self.cursor]:
            self.move(1)
        self._follow()

    @property
    def count(self) -> int:
        return len(self.enabled)

    def set_enabled(self, enabled: list[bool]) -> None:
        """New rows (a list refreshed after a save, say); keeps the cursor where it can."""
        self.enabled = enabled
        self.cursor = min(self.cursor, max(0, self.count - 1))
        if self.enabled and not self.enabled[self.cursor]:
            self.move(1)
        self._follow()

    def row_rect(self, i: int) -> Rect | None:
        """Where row ``i`` is drawn, or None when it is scrolled out of view."""
        if not self.scroll <= i < self.scroll + self.visible:
            return None
        return (self.x, self.y + (i - self.scroll) * self.row_h, self.w, self.row_h)

    def hit(self, point: tuple[int, int]) -> int | None:
        """The enabled row under a canvas point, from the fixed layout only."""
        px, py = point
        if not (self.x <= px < self.x + self.w and py >= self.y):
            return None
        i = self.scroll + (py - self.y) // self.row_h
        if (py - self.y) // self.row_h >= self.visible or i >= self.count:
            return None
        return i if self.enabled[i] else None

    def move(self, delta: int) -> bool:
        """Move to the next enabled row (wrapping); returns whether the cursor changed."""
        n = self.count
        for step in range(1, n + 1):
            i = (self.cursor + delta * step) % n
            if self.enabled[i]:
                changed = i != self.cursor
                self.cursor = i
                self._follow()
                return changed
        return False

    def go_to(self, index: int) -> None:
        """Put the cursor on a row (clamped), scrolled into view: paging through long lists."""
        self.cursor = max(0, min(self.count - 1, index))
        self._follow()

    def _follow(self) -> None:
        """Scroll just enough to show the cursor."""
        top = max(0, self.count - self.visible)
        if self.cursor < self.scroll:
            self.scroll = self.cursor
        elif self.cursor >= self.scroll + self.visible:
            self.scroll = self.cursor - self.visible + 1
        self.scroll = max(0, min(self.scroll, top))

    def update(self, frame: InputFrame) -> Event:
        """One tick of keys/pad and mouse."""
        if not self.count:
            return Event("cancel") if frame.was_pressed(Action.CANCEL) else NOTHING
        if frame.pointer is not None:
            row = self.hit(frame.pointer)
            if row is not None and frame.click:
                self.cursor = row
                return Event("choose", row, x=frame.pointer[0])
            if row is not None and row != self.cursor:
                self.cursor = row
                return Event("move", row)
        if frame.was_pressed(Action.CONFIRM):
            if self.enabled[self.cursor]:
                return Event("choose", self.cursor)
            return NOTHING
        if frame.was_pressed(Action.CANCEL):
            return Event("cancel")
        moved = False
        if self.repeat.fire(frame, Action.UP):
            moved |= self.move(-1)
        if self.repeat.fire(frame, Action.DOWN):
            moved |= self.move(1)
        if frame.wheel:
            moved |= self.move(-1 if frame.wheel > 0 else 1)
        if moved:
            return Event("move", self.cursor)
        if self.horizontal:
            for action, delta in ((Action.LEFT, -1), (Action.RIGHT, 1)):
                if self.repeat.fire(frame, action):
                    return Event("adjust", self.cursor, delta)
        return NOTHING

    def snapshot(self) -> list[object]:
        return [self.cursor, self.scroll, sorted(self.repeat.held_for.items())]


# -- drawing (reads only) ----------------------------------------------------------------------------


_SHADES: dict[tuple[tuple[int, int], int, tuple[int, int, int]], pygame.Surface] = {}


def shade(
    surface: pygame.Surface, alpha: int = 150, color: tuple[int, int, int] = (0, 0, 0)
) -> None:
    """Darken what is below an overlay menu (one cached layer per size, alpha and colour)."""
    key = (surface.get_size(), alpha, color)
    layer = _SHADES.get(key)
    if layer is None:
        layer = _SHADES[key] = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        layer.fill((*color, alpha))
    surface.blit(layer, (0, 0))


def draw_cursor_row(surface: pygame.Surface, rect: Rect, *, active: bool = True) -> None:
    """The selected row: a thin warm frame with a faint fill."""
    x, y, w, h = rect
    glow = pygame.Surface((w, h), pygame.SRCALPHA)
    glow.fill((*palette.MENU_SELECTED, 22 if active else 10))
    surface.blit(glow, (x, y))
    pygame.draw.rect(surface, palette.BOX_EDGE, rect, 1)


def draw_slider(surface: pygame.Surface, track: Rect, fraction: float, *, focused: bool) -> None:
    """A notched bar filled to ``fraction`` (0..1)."""
    x, y, w, h = track
    fraction = max(0.0, min(1.0, fraction))
    pygame.draw.rect(surface, palette.SHADOW, (x, y, w, h))
    fill = round((w - 2) * fraction)
    color = palette.MENU_SELECTED if focused else palette.MENU
    if fill:
        pygame.draw.rect(surface, color, (x + 1, y + 1, fill, h - 2))
    for notch in range(1, 10):
        nx = x + 1 + (w - 2) * notch // 10
        pygame.draw.line(surface, palette.BOX, (nx, y + 1), (nx, y + h - 2))
    pygame.draw.rect(surface, palette.BOX_EDGE, track, 1)


def slider_fraction_at(track: Rect, x: int) -> float:
    """Where a click at canvas ``x`` falls along a track (fixed geometry), clamped to 0..1."""
    tx, _ty, tw, _th = track
    return max(0.0, min(1.0, (x - tx) / max(1, tw - 1)))


def draw_toggle(surface: pygame.Surface, box: Rect, on: bool, *, focused: bool) -> None:
    """A small square that is filled when on."""
    pygame.draw.rect(surface, palette.SHADOW, box)
    pygame.draw.rect(surface, palette.BOX_EDGE, box, 1)
    if on:
        x, y, w, h = box
        color = palette.MENU_SELECTED if focused else palette.MENU
        pygame.draw.rect(surface, color, (x + 2, y + 2, w - 4, h - 4))


def draw_button(
    surface: pygame.Surface, font, rect: Rect, label: str, *, selected: bool, enabled: bool = True
) -> None:
    """A framed button with its label centred."""
    draw_panel(surface, pygame.Rect(rect), alpha=250)
    if selected:
        draw_cursor_row(surface, rect)
    x, y, w, h = rect
    color = palette.HINT if not enabled else palette.MENU_SELECTED if selected else palette.MENU
    font.draw(
        surface,
        label,
        (x + (w - font.measure(label)) // 2, y + (h - font.line_height) // 2 + 1),
        color,
        shadow=palette.SHADOW,
    )


DISABLED = (96, 94, 92)  # darker than the hint colour, so unavailable rows read as such


def row_color(*, selected: bool, enabled: bool = True) -> tuple[int, int, int]:
    if not enabled:
        return DISABLED
    return palette.MENU_SELECTED if selected else palette.MENU
