"""Personal space: people never stand inside each other.

Two people crowd each other when their feet are closer than a body's width side by side (or a
body's depth one behind the other): drawn there, one sprite would sit inside the other. A scene that
shows or walks someone onto a crowded spot steps them aside to the nearest free one instead, the
same one every time (a fixed search order, integers only), and the linter warns about map marks
that stand on each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from game.world.actor import SUB, Actor
from game.world.geometry import Rect

BODY_W = 14  # px: closer than this side by side and two people overlap
BODY_H = 10  # px: closer than this one behind the other (feet rows) and they overlap
SEARCH_PX = 48  # how far a step aside may go
HOME_REACH_PX = 40  # getting up returns to the spot they came from when it is this close
STEP_PX = 2  # the grid the search walks


def crowds(ax: int, ay: int, bx: int, by: int, unit: int = SUB) -> bool:
    """Whether feet at (ax, ay) and (bx, by) stand too close (coordinates in ``unit`` per px)."""
    return abs(ax - bx) < BODY_W * unit and abs(ay - by) < BODY_H * unit


def _offsets() -> list[tuple[int, int]]:
    """Candidate steps (px), nearest first; sideways beats back or forth (people stand in rows)."""
    span = range(-SEARCH_PX, SEARCH_PX + 1, STEP_PX)
    cells = [(dx, dy) for dy in span for dx in span if (dx, dy) != (0, 0)]
    cells = [c for c in cells if c[0] ** 2 + c[1] ** 2 <= SEARCH_PX**2]
    # Distance measured in bodies: a step of BODY_W sideways costs the same as BODY_H back.
    cells.sort(key=lambda c: (c[0] ** 2 * BODY_H**2 + c[1] ** 2 * BODY_W**2, abs(c[1]), c[1], c[0]))
    return cells


OFFSETS = _offsets()


def others_of(actor: Actor, everyone: Iterable[Actor]) -> list[Actor]:
    """The visible people ``actor`` must keep clear of (not themselves, not whom they hold)."""
    return [
        o
        for o in everyone
        if o is not actor
        and o.visible
        and not (actor.partner and actor.partner == o.id)
        and not (o.partner and o.partner == actor.id)
    ]


def free_spot(
    actor: Actor, x: int, y: int, others: list[Actor], blocked: Callable[[Rect], bool]
) -> tuple[int, int]:
    """(x, y) if nobody crowds it, else the nearest spot (sub-pixels) clear of people and walls.

    When nothing is free within SEARCH_PX the spot is kept: a crowded scene is better than a person
    put somewhere the author never meant.
    """
    if not any(crowds(x, y, o.x, o.y) for o in others):
        return x, y
    for dx, dy in OFFSETS:
        cx, cy = x + dx * SUB, y + dy * SUB
        if any(crowds(cx, cy, o.x, o.y) for o in others):
            continue
        if blocked(actor.box(cx, cy)):
            continue
        return cx, cy
    return x, y


def floor_near(actor: Actor, x: int, y: int, blocked: Callable[[Rect], bool]) -> tuple[int, int]:
    """(x, y) if the floor there is free, else the nearest spot that is (off a bed or a bench)."""
    if not blocked(actor.box(x, y)):
        return x, y
    for dx, dy in OFFSETS:
        cx, cy = x + dx * SUB, y + dy * SUB
        if not blocked(actor.box(cx, cy)):
            return cx, cy
    return x, y


def near(a: tuple[int, int], b: tuple[int, int], reach_px: int) -> bool:
    reach = reach_px * SUB
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 <= reach * reach


BEHIND = {"up": (0, 1), "down": (0, -1), "left": (1, 0), "right": (-1, 0)}


def behind(
    actor: Actor, lead: Actor, others: list[Actor], blocked: Callable[[Rect], bool]
) -> tuple[int, int]:
    """Where ``actor`` stands a step behind ``lead`` (sub-pixels): someone who comes through a door
    with her is not put inside her. Behind her back if that floor is free, else the nearest free
    spot round her."""
    dx, dy = BEHIND.get(lead.facing, (0, 1))
    x = lead.x + dx * (BODY_W + 2) * SUB
    y = lead.y + dy * (BODY_H + 4) * SUB
    if not blocked(actor.box(x, y)) and not any(crowds(x, y, o.x, o.y) for o in others):
        return x, y
    return free_spot(actor, lead.x, lead.y, others, blocked)
