"""What the staging commands do on the stage: poses, gestures, pace, and keeping people apart.

The director calls these; they change only actors in the world (simulation state), so a pose is
saved, hashed and replayed like a position. Drawing picks the frame from the pose (render/actors).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.world.actor import SUB, Actor
from game.world.spacing import HOME_REACH_PX, near
from game.world.world import WALK_SPEED

if TYPE_CHECKING:
    from game.story.director import Director

PLACE_POSES = ("sit", "lie")  # poses that need a place: `at:` a point whose `poses` allows them
HUG_GAP_X = 9  # px between two people holding each other side by side (arms round each other)
HUG_GAP_Y = 9  # px when one stands in front of the other (the far face shows over the near head)
OPPOSITE = {"down": "up", "up": "down", "left": "right", "right": "left"}


def info_pace(host: Director, actor: Actor) -> int:
    """Walking pace in percent: set by `pace`, else `pace:` in actors.yaml, else 100."""
    if actor.pace:
        return actor.pace
    actors = host.content.actors
    for key in (actor.role, actor.id, actor.sprite):
        info = actors.get(key) if key else None
        if info is not None:
            return getattr(info, "pace", 100) or 100
    return 100


def walk_speed(host: Director, actor: Actor, speed: int) -> int:
    """A scripted walk's speed (sub-pixels a tick); 0 stays 0 (normal pace) so old runs hash alike."""
    if speed:
        return speed
    pace = info_pace(host, actor)
    return 0 if pace == 100 else max(1, WALK_SPEED * pace // 100)


def set_pose(
    host: Director, actor_id: str, pose: str, at: str, facing: str, partner_id: str
) -> None:
    actor = host.actor(actor_id)
    if actor is None:
        host.report(f"{host.world.map.path}: nobody called {actor_id!r} here to {pose}")
        return
    host.walkers.pop(actor_id, None)  # a pose ends a walk in progress
    if pose == "hug":
        _hug(host, actor, partner_id, facing)
        return
    if pose == "stand":
        _stand(host, actor, at, facing)
        return
    world = host.world
    was = (actor.x, actor.y)
    home = actor.home
    world.release(actor)
    actor.pose = pose
    if at:
        where = host.point(at)
        if where is not None:
            actor.home = home or was  # where to get up to, the first time they settle
            actor.x, actor.y = where[0] * SUB, where[1] * SUB
    else:
        actor.home = home
    if facing or pose == "lie":
        actor.facing = facing or "down"  # lying down, unless told: on her back


def _stand(host: Director, actor: Actor, at: str, facing: str) -> None:
    where = host.point(at) if at else None
    spot = (where[0] * SUB, where[1] * SUB) if where is not None else None
    if spot is None and actor.pose not in ("sit", "lie", "hug"):
        spot = (actor.x, actor.y)  # up from a crouch or a hug: clear of people, where they are
    host.world.get_up(actor, spot)
    if facing:
        actor.facing = facing


def _hug(host: Director, actor: Actor, partner_id: str, facing: str) -> None:
    world = host.world
    other = host.actor(partner_id) if partner_id else None
    if other is None or other is actor:
        host.report(f"{world.map.path}: `{actor.id}` has nobody called {partner_id!r} to hug")
        return
    was = (actor.x, actor.y)
    world.release(actor)
    world.release(other)
    dx, dy = actor.x - other.x, actor.y - other.y
    if facing:  # facing left: she stands on his right, turned to him
        horizontal = facing in ("left", "right")
        side = 1 if facing in ("left", "up") else -1
    else:
        horizontal = abs(dx) >= abs(dy)
        side = (1 if (dx if horizontal else dy) >= 0 else -1) or 1
    if horizontal:
        actor.x, actor.y = other.x + side * HUG_GAP_X * SUB, other.y
        actor.facing = "left" if side > 0 else "right"
    else:
        actor.x, actor.y = other.x, other.y + side * HUG_GAP_Y * SUB
        actor.facing = "up" if side > 0 else "down"
    other.facing = OPPOSITE[actor.facing]
    for one, two in ((actor, other), (other, actor)):
        one.pose, one.partner = "hug", two.id
    if near(was, (actor.x, actor.y), HOME_REACH_PX):
        actor.home = was  # letting go, she steps back to where she was


def start_gesture(host: Director, actor_id: str, gesture: str, ticks: int) -> None:
    actor = host.actor(actor_id)
    if actor is None:
        host.report(f"{host.world.map.path}: nobody called {actor_id!r} here to {gesture}")
        return
    ticks = max(1, ticks)
    actor.gesture, actor.gesture_left, actor.gesture_total = gesture, ticks, ticks


def tick_gestures(host: Director, fast: int) -> None:
    """Gestures run down with the scene's clock (faster while skipping, like waits)."""
    world = host.world
    for actor in (world.player, *world.actors.values()):
        if actor.gesture_left:
            actor.gesture_left -= fast
            if actor.gesture_left <= 0:
                actor.stop_gesture()


def set_pace(host: Director, actor_id: str, percent: int) -> None:
    actor = host.actor(actor_id)
    if actor is None:
        host.report(f"{host.world.map.path}: nobody called {actor_id!r} here to pace")
        return
    actor.pace = max(0, percent)


def step_aside(host: Director, actor: Actor) -> tuple[int, int]:
    """Where ``actor`` should stand instead of where they are, if that is inside someone."""
    return host.world.clear_spot(actor, actor.x, actor.y)
