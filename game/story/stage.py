"""Scripted movement on the map: walkers going to points, followers keeping up, the camera.

Scripted walks move in straight lines between the points an author gives and pass through people,
so a scene can never stall on someone standing in the way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from game.world.actor import SUB, Actor
from game.world.world import WALK_SPEED, facing_for

FOLLOW_GAP = 18  # trail steps behind the player a follower walks
SUPPORT_GAP = 8
SUPPORT_SLOWDOWN = 55  # percent of normal pace when supporting someone
TRAIL = 160  # steps of her trail kept (two followers at a slow pace need a long one)


@dataclass
class Walker:
    points: list[tuple[int, int]]  # sub-pixel targets
    speed: int
    face: str = ""
    aside: bool = False  # the few steps that take someone clear of a person on their spot

    def snapshot(self) -> list[Any]:
        return [self.points, self.speed, self.face, *([True] if self.aside else [])]


def step_walker(actor: Actor, walker: Walker, fast: int = 1) -> bool:
    """Move towards the next point; True when the last one is reached."""
    for _ in range(fast):
        if not walker.points:
            break
        tx, ty = walker.points[0]
        dx, dy = tx - actor.x, ty - actor.y
        speed = walker.speed or WALK_SPEED
        actor.facing = facing_for(
            _sign(dx) if abs(dx) > 0 else 0, _sign(dy) if abs(dy) > 0 else 0, actor.facing
        )
        actor.x += max(-speed, min(speed, dx))
        actor.y += max(-speed, min(speed, dy))
        actor.moving = True
        actor.walked += 1
        if (actor.x, actor.y) == (tx, ty):
            walker.points.pop(0)
    if walker.points:
        return False
    actor.moving = False
    if walker.face:
        actor.facing = walker.face
    return True


@dataclass
class Followers:
    """Actors walking with the player, along the trail of her recent positions."""

    modes: dict[str, str] = field(default_factory=dict)  # actor id -> follow | support
    trail: list[tuple[int, int, str]] = field(default_factory=list)

    def record(self, player: Actor) -> None:
        spot = (player.x, player.y, player.facing)
        if not self.trail or self.trail[-1][:2] != spot[:2]:
            self.trail.append(spot)
            del self.trail[: max(0, len(self.trail) - TRAIL)]

    def lay(self, actor_id: str, start: tuple[int, int], player: Actor) -> None:
        """Start the trail at ``start`` (sub-pixels) and run it straight to where the player stands,
        so ``actor_id`` put there walks on from where they stand when she does."""
        (sx, sy), n = start, self.gap(actor_id)
        self.trail = [
            (sx + (player.x - sx) * i // n, sy + (player.y - sy) * i // n, player.facing)
            for i in range(n + 1)
        ]

    def move(self, find: Callable[[str], Actor | None]) -> None:
        # Each walks `gap` steps back along her trail, or further back if that spot would have
        # them inside her or someone already placed (at a slow pace the steps are short).
        placed: list[tuple[int, int]] = [self.trail[-1][:2]] if self.trail else []
        for actor_id in self.modes:
            actor = find(actor_id)
            if actor is None:
                continue
            gap = self.gap(actor_id)
            if len(self.trail) <= gap:
                actor.moving = False
                continue
            at = len(self.trail) - 1 - gap
            while at > 0 and not _clear(self.trail[at][:2], placed):
                at -= 1
            x, y, facing = self.trail[at]
            placed.append((x, y))
            actor.moving = (x, y) != (actor.x, actor.y)
            if actor.moving:
                actor.walked += 1
            actor.x, actor.y, actor.facing = x, y, facing

    def gap(self, actor_id: str) -> int:
        return SUPPORT_GAP if self.modes.get(actor_id) == "support" else FOLLOW_GAP

    @property
    def slowdown(self) -> int:
        return SUPPORT_SLOWDOWN if "support" in self.modes.values() else 100

    def snapshot(self) -> list[Any]:
        return [sorted(self.modes.items()), self.trail[-24:]]


@dataclass
class CameraState:
    mode: str = "follow"  # follow | pan | fixed | return (panning back to whoever it follows)
    actor: str = ""  # "" follows the player
    start: tuple[int, int] = (0, 0)  # pixels
    target: tuple[int, int] = (0, 0)
    ticks: int = 0
    t: int = 0
    shake: int = 0

    def step(self, fast: int = 1) -> None:
        if self.mode in ("pan", "return"):
            self.t = min(self.ticks, self.t + fast)
            if self.t >= self.ticks:
                self.mode = "fixed" if self.mode == "pan" else "follow"
        if self.shake:
            self.shake = max(0, self.shake - fast)

    def focus(self, follow: tuple[int, int]) -> tuple[int, int]:
        if self.mode == "follow":
            return follow
        if self.mode == "fixed":
            return self.target
        target = (
            follow if self.mode == "return" else self.target
        )  # a return aims at a moving person
        # ease in and out, in integers
        num, den = self.t, max(1, self.ticks)
        k = num * num * (3 * den - 2 * num)  # smoothstep * den^3
        d3 = den**3
        return (
            self.start[0] + (target[0] - self.start[0]) * k // d3,
            self.start[1] + (target[1] - self.start[1]) * k // d3,
        )

    @property
    def idle(self) -> bool:
        return self.mode not in ("pan", "return")

    def snapshot(self) -> list[Any]:
        return [
            self.mode,
            self.actor,
            list(self.start),
            list(self.target),
            self.ticks,
            self.t,
            self.shake,
        ]


CLEAR = (14 * SUB, 10 * SUB)  # how far apart two people stand, across and down (sub-pixels)


def _clear(spot: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Whether someone standing at ``spot`` stands clear of everyone at ``others``."""
    return all(abs(spot[0] - x) >= CLEAR[0] or abs(spot[1] - y) >= CLEAR[1] for x, y in others)


def to_sub(px: int, py: int) -> tuple[int, int]:
    return px * SUB, py * SUB


def _sign(v: int) -> int:
    return (v > 0) - (v < 0)
