"""What Z talks to or looks at: the nearest thing in front of Kathy, forgivingly.

A player standing beside someone and facing them expects Z to work at once, however the two feet
boxes happen to line up. So the region in front of her reaches a little further than arm's length
and is wider than her feet: what lies squarely ahead comes first, then what is a little to one side;
in each, the nearest wins (a person over a thing when they are as near). When nothing is in front,
anything she is touching answers, whichever way she faces.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from game.world.actor import SUB, Actor
from game.world.geometry import FACING_VECTORS, Rect
from game.world.mapdata import MapObject

REACH_PX = 16  # how far in front of her feet she can talk to or examine something
SIDE_PX = 6  # how far past the sides of her feet the region in front widens
TOUCH_PX = 2  # nearer than this in any direction counts as touching
KIND_ORDER = {"npc": 0, "memory": 1, "look": 2}  # on a tie, a person first, then a memory

Candidate = tuple[
    MapObject, Actor | None, Rect
]  # the object, its person if any, where it is (sub-px)
Usable = Callable[[MapObject], bool]


def front_region(box: Rect, facing: str, side_px: int = SIDE_PX) -> Rect:
    """The region in front of a feet box (sub-pixels) that Z reaches, ``side_px`` wider than the
    feet on each side."""
    vx, vy = FACING_VECTORS[facing]
    reach, side = REACH_PX * SUB, side_px * SUB
    if vx:
        x = box.right if vx > 0 else box.x - reach
        return Rect(x, box.y - side, reach, box.h + 2 * side)
    y = box.bottom if vy > 0 else box.y - reach
    return Rect(box.x - side, y, box.w + 2 * side, reach)


def gap(a: Rect, b: Rect) -> int:
    """The distance between two rectangles (0 when they touch or overlap), sub-pixels, Chebyshev."""
    dx = max(b.x - a.right, a.x - b.right, 0)
    dy = max(b.y - a.bottom, a.y - b.bottom, 0)
    return max(dx, dy)


def ranked(box: Rect, facing: str, candidates: Iterable[Candidate]) -> list[Candidate]:
    """The candidates Z could reach, best first: straight ahead of ``box`` (as wide as her feet),
    then a little to either side, then touching her from any side; each by nearness."""
    straight, wide = front_region(box, facing, 0), front_region(box, facing)
    tiers: tuple[list[tuple[int, int, int, Candidate]], ...] = ([], [], [])
    for index, cand in enumerate(candidates):
        obj, _actor, rect = cand
        key = (gap(box, rect), KIND_ORDER.get(obj.kind, 3), index)
        if rect.overlaps(straight):
            tiers[0].append((*key, cand))
        elif rect.overlaps(wide):
            tiers[1].append((*key, cand))
        elif key[0] <= TOUCH_PX * SUB:
            tiers[2].append((*key, cand))
    return [t[3] for tier in tiers for t in sorted(tier, key=lambda t: t[:3])]


def pick(
    box: Rect, facing: str, candidates: Iterable[Candidate], usable: Usable | None = None
) -> Candidate | None:
    """The best candidate (see ``ranked``) that ``usable`` accepts."""
    for cand in ranked(box, facing, candidates):
        if usable is None or usable(cand[0]):
            return cand
    return None
