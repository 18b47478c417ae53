"""`approach`: someone comes nearer along a path, but only while the player stands still.

Like `sneak`, it starts a section of free play: the scene goes on at once, and while no scene is
running the director steps the section every tick (`step`). The section lives in one hidden flag,
`_approach`, so it is saved, loaded, hashed and replayed with the rest of the play's state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from game.input.actions import Action, InputFrame
from game.story.model import Command
from game.story.params import Param
from game.story.stage import to_sub
from game.world.actor import SUB
from game.world.world import facing_for

if TYPE_CHECKING:
    from game.story.runner import SceneRun

FLAG = "_approach"
LEGS_PER_FRAME = 3  # a slow walk: the feet change every third step of the animation's clock
MOVES = (Action.UP, Action.DOWN, Action.LEFT, Action.RIGHT, Action.CONFIRM)


@dataclass
class Section:
    """One approach: who, along which points, how fast, and how far they have come."""

    actor: str
    points: list[str]
    speed: int
    settle: int
    arrive: str
    look: str = ""  # a point the camera looks out over while she stays near it
    held: int = 0  # 1 while the camera is held on the look point
    leg: int = 1  # the point they are heading for (0 is where they start)
    still: int = 0  # ticks the player has stood still
    ticks: int = 0  # ticks they have walked (drives the slow walk animation)

    def dump(self) -> str:
        head = [self.actor, ",".join(self.points), self.speed, self.settle, self.arrive, self.look]
        return "|".join(str(v) for v in [*head, self.held, self.leg, self.still, self.ticks])

    @classmethod
    def parse(cls, text: str) -> Section | None:
        parts = text.split("|")
        if len(parts) != 10:
            return None
        try:
            return cls(parts[0], [p for p in parts[1].split(",") if p], int(parts[2]),
                       int(parts[3]), parts[4], parts[5], int(parts[6]), int(parts[7]),
                       int(parts[8]), int(parts[9]))  # fmt: skip
        except ValueError:
            return None


def is_still(frame: InputFrame) -> bool:
    """Standing still: no direction held and nothing pressed to move or talk."""
    return frame.axis() == (0, 0) and not any(frame.is_held(a) for a in MOVES)


def step(host: Any, frame: InputFrame) -> None:
    """One tick of free play: bring them a little nearer if she is still, else they wait."""
    raw = host.state.flags.get(FLAG)
    if not isinstance(raw, str) or not raw:
        return
    section = Section.parse(raw)
    if section is None or len(section.points) < 2:
        host.state.flags.pop(FLAG, None)
        return
    _aim_camera(host, section)
    actor = host.actor(section.actor)
    if actor is None or not actor.visible:
        host.show_actor(section.actor, section.points[0], "up")
        actor = host.actor(section.actor)
        if actor is None:
            return
    if not is_still(frame):
        section.still = 0
        actor.moving = False
        host.state.flags[FLAG] = section.dump()
        return
    section.still += 1
    if section.still < section.settle:
        host.state.flags[FLAG] = section.dump()
        return
    target = host.point(section.points[section.leg])
    if target is None:
        host.state.flags.pop(FLAG, None)
        return
    tx, ty = to_sub(*target)
    dx, dy = tx - actor.x, ty - actor.y
    actor.facing = facing_for((dx > 0) - (dx < 0), (dy > 0) - (dy < 0), actor.facing)
    actor.x += max(-section.speed, min(section.speed, dx))
    actor.y += max(-section.speed, min(section.speed, dy))
    section.ticks += 1
    actor.moving = True
    if section.ticks % LEGS_PER_FRAME == 0:
        actor.walked += 1
    if (actor.x, actor.y) == (tx, ty):
        section.leg += 1
    if section.leg >= len(section.points):
        actor.moving = False
        host.state.flags.pop(FLAG, None)
        if section.arrive:
            host.start(section.arrive)
        return
    host.state.flags[FLAG] = section.dump()


LOOK_REACH = (200, 100)  # pixels from the look point within which the camera holds on it


def _aim_camera(host: Any, section: Section) -> None:
    """Hold the camera on the `look` point while she is near it; follow her when she walks off.
    Runs after the scenes of the tick: when a line ends (a scene ending sends the camera back to
    her), it is held again at once, so no frame is drawn from anywhere else."""
    where = host.world.map.point(section.look) if section.look else None
    if where is None:
        return
    cam, player = host.camera, host.world.player
    q = where.rect.center if where.rect.w or where.rect.h else (where.rect.x, where.rect.y)
    px, py = player.x // SUB, player.y // SUB
    near = abs(px - q[0]) <= LOOK_REACH[0] and abs(py - q[1]) <= LOOK_REACH[1]
    on_it = cam.mode in ("fixed", "pan") and cam.target == q
    if near and not on_it:
        if section.held and cam.mode == "follow" and cam.target == q:
            cam.mode = "fixed"  # it was held here until a line ended this very tick
        else:
            host.camera_pan(section.look, 90)
        section.held = 1
    elif not near and section.held:
        host.camera_follow("", 60)
        section.held = 0


class Approach(Command):
    """Start a section where `actor` comes nearer along `path` (points of the map; the first is
    where they appear) only while the player stands still: no direction held, nothing pressed.
    After she has been still for `settle` ticks they walk `speed` sub-pixels a tick (16 is one
    pixel); when she moves they stop and wait. When they reach the last point, `arrive` plays.
    With `look`, the camera looks out over that point while she stays near it. The scene goes on
    at once (the player has control); `stop: true` ends the section early.
    The section is kept in the play's state, so it survives saving and loading; starting it again
    while it is on (a trigger walked into again) changes nothing."""

    key = "approach"
    category = "Play"
    params = {
        "actor": Param("ref:actor", doc="who comes nearer"),
        "path": Param(
            "list:ref:point", doc="points they come along; the first is where they appear"
        ),
        "speed": Param("int", default=6, doc="sub-pixels a tick while she is still (16 = 1 pixel)"),
        "settle": Param("int", default=30, doc="ticks she must stand still before they move"),
        "arrive": Param("ref:scene", doc="scene played when they reach the last point"),
        "look": Param("ref:point", doc="a point the camera looks out over while she is near it"),
        "stop": Param("bool", default=False, doc="end the section"),
    }
    example = (
        "approach: {actor: tommy_28, path: [figure_far, figure_mid], speed: 6, look: field_view,"
        " arrive: e06_last}"
    )

    def start(self, run: SceneRun) -> None:
        host = run.host
        if self["stop"]:
            host.state.flags.pop(FLAG, None)
            return
        points = list(self["path"] or [])
        if not self["actor"] or len(points) < 2:
            host.report(
                f"{run.scene.file}:{self.line}:{self.col}: approach needs `actor` and two or more `path` points"
            )
            return
        current = Section.parse(str(host.state.flags.get(FLAG, "")))
        if current is not None and current.actor == self["actor"] and current.points == points:
            return  # already on its way: a second start (a trigger walked into again) changes nothing
        host.show_actor(self["actor"], points[0], "up")
        section = Section(
            self["actor"],
            points,
            max(1, self["speed"]),
            max(0, self["settle"]),
            self["arrive"] or "",
            self["look"] or "",
        )
        host.state.flags[FLAG] = section.dump()
