"""Commands that make people act what the lines say: pose, gesture, pace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.story import posing
from game.story.model import Command
from game.story.params import Param
from game.story.runner import Ticks
from game.world.actor import GESTURES, POSES

if TYPE_CHECKING:
    from game.story.runner import SceneRun


class Pose(Command):
    """Put someone in a pose: `sit` or `lie` at a point made for it (the point's `poses` property
    must allow it: a bench seat `sit`, a bed `lie,sit`), `crouch` or `kneel` where they are or at a
    point, `hug` someone (`with:`; she steps to them and the two hold each other face to face, side by
    side as they stood, or as `facing` says: `facing: left` puts her on their right), or `stand` to
    get up again (back to the spot they came from, clear of furniture and people). Walking, `show`
    and `follow` stand them up too. Lying is in bed, under the covers (put the point on the pillow
    tile): facing `down` on the back, eyes shut; `left`/`right` on the side; `up` face down."""

    key = "pose"
    category = "Stage"
    params = {
        "actor": Param("ref:actor", required=True, doc="who (actor id; the player too)"),
        "pose": Param("id", required=True, doc="one of " + ", ".join(POSES), choices=POSES),
        "at": Param(
            "ref:point", default="", doc="a point to take the pose at (sit and lie need one)"
        ),
        "facing": Param(
            "facing", default="", doc="facing in the pose (default: as they are; lie: down)"
        ),
        "with": Param("ref:actor", default="", doc="whom to hug (pose: hug)"),
    }
    example = "pose: {actor: tommy_child, pose: sit, at: bench_seat, facing: down}"

    def start(self, run: SceneRun) -> None:
        posing.set_pose(
            run.host, self["actor"], self["pose"], self["at"], self["facing"], self["with"]
        )


class Gesture(Command):
    """Play a short gesture on someone for `ticks` (60 a second): `stamp` (stamping, arms rigid),
    `shake` (shoulders shaking: crying or fury), `nod`, `head_turn` (looking aside), `hands_to_face`,
    `wave`. Standing or sitting (stamping needs them on their feet). With `wait: true` the scene waits
    until it ends; walking off ends it early."""

    key = "gesture"
    category = "Stage"
    params = {
        "actor": Param("ref:actor", required=True, doc="who"),
        "gesture": Param(
            "id", required=True, doc="one of " + ", ".join(GESTURES), choices=GESTURES
        ),
        "ticks": Param("int", default=60, doc="how long it plays", lo=1, hi=3600),
        "wait": Param("bool", default=False, doc="wait until it ends"),
    }
    example = "gesture: {actor: tommy_child, gesture: stamp, ticks: 90, wait: true}"

    def start(self, run: SceneRun) -> Ticks | None:
        posing.start_gesture(run.host, self["actor"], self["gesture"], self["ticks"])
        return Ticks(max(1, self["ticks"])) if self["wait"] else None


class Pace(Command):
    """Set how fast someone walks, in percent of the normal pace (Ruth with her walking frame: 40).
    It holds for their scripted walks and, for the player, her own walking, until set again; `0`
    goes back to their usual pace (`pace:` in actors.yaml, else 100)."""

    key = "pace"
    category = "Stage"
    params = {
        "actor": Param("ref:actor", required=True, doc="who"),
        "percent": Param(
            "int", required=True, doc="percent of normal walking pace (10 to 400; 0: usual)", hi=400
        ),
    }
    example = "pace: {actor: ruth_child, percent: 40}"

    def start(self, run: SceneRun) -> None:
        posing.set_pace(run.host, self["actor"], self["percent"])


__all__ = ["Gesture", "Pace", "Pose"]
