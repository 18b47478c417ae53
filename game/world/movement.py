"""Moving a box through a map without ever passing through walls or corners.

Movement is resolved one axis at a time in steps of at most one pixel, so no speed and no frame rate
can tunnel through a wall; a blocked step is then narrowed to land flush against the obstacle. When the
player walks straight into the edge of a corner, a small sideways nudge slides her round it, the way
players expect a doorway to "catch" them.
"""

from __future__ import annotations

from collections.abc import Callable

from game.world.actor import SUB
from game.world.geometry import Rect

Blocked = Callable[[Rect], bool]

CORNER_SLIDE_PX = 7  # how far off a gap's edge the player may be and still be nudged into it


def move_axis(box: Rect, delta: int, horizontal: bool, blocked: Blocked) -> int:
    """How far (sub-pixels, signed) the box can move along one axis, up to ``delta``."""
    sign = 1 if delta > 0 else -1
    moved = 0
    remaining = abs(delta)
    while remaining:
        step = min(remaining, SUB)
        trial = moved + sign * step
        if blocked(_shift(box, trial, horizontal)):
            # Narrow the last step to the largest free fraction (binary search, ≤ 5 probes).
            lo, hi = 0, step
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if blocked(_shift(box, moved + sign * mid, horizontal)):
                    hi = mid
                else:
                    lo = mid
            return moved + sign * lo
        moved = trial
        remaining -= step
    return moved


def corner_nudge(box: Rect, dx: int, dy: int, speed: int, blocked: Blocked) -> tuple[int, int]:
    """A sideways shift that lets a box blocked on a single axis slip past a corner, or (0, 0).

    Only while some of the box is clear of the obstacle (up to all but 3 px of it over the edge:
    standing with her middle at a doorway's edge still slips in), so walking squarely into a
    wall never slides. ``blocked`` should see only static walls: nobody
    wants to be nudged round a person.
    """
    if (dx == 0) == (dy == 0):
        return 0, 0
    probe = SUB  # look one pixel ahead in the walking direction
    if not blocked(box.moved(probe * _sign(dx), probe * _sign(dy))):
        return 0, 0  # what stops the box is not a wall (a person, say): no sliding
    across = (box.h if dx else box.w) // SUB
    limit = min(CORNER_SLIDE_PX, across - 3)
    for offset in range(1, limit + 1):
        for side in (-1, 1):
            shift = side * offset * SUB
            if dx:
                beside = box.moved(0, shift)
                if not blocked(beside) and not blocked(beside.moved(probe * _sign(dx), 0)):
                    return 0, side * min(speed, offset * SUB)
            else:
                beside = box.moved(shift, 0)
                if not blocked(beside) and not blocked(beside.moved(0, probe * _sign(dy))):
                    return side * min(speed, offset * SUB), 0
    return 0, 0


def _shift(box: Rect, d: int, horizontal: bool) -> Rect:
    return box.moved(d, 0) if horizontal else box.moved(0, d)


def _sign(v: int) -> int:
    return (v > 0) - (v < 0)
