"""Commands that move people and the camera: walk, face, emote, show, hide, costume, camera, follow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.story.model import Command
from game.story.params import FACINGS, Param
from game.story.runner import Ticks, UntilIdle

if TYPE_CHECKING:
    from game.story.runner import SceneRun

EMOTES = ("exclaim", "question", "heart", "music", "dots", "sweat", "anger")


class Walk(Command):
    """Walk an actor to a named point of the map, or along a `path` of points. With
    `wait: false` the scene goes on while they walk. Scripted walks pass through people, never
    through walls a map author forgot (they follow the points you give); arriving on someone, they
    step aside to the nearest free spot. Walking stands a sitting or hugging actor up first, at
    their `pace`."""

    key = "walk"
    category = "Stage"
    params = {
        "actor": Param("ref:actor", required=True, doc="who walks (actor id; the player too)"),
        "to": Param("ref:point", doc="a point object's name"),
        "path": Param("list:ref:point", doc="points to walk through, in order"),
        "speed": Param("int", default=0, doc="sub-pixels a tick (0: normal walking pace)", hi=160),
        "wait": Param("bool", default=True, doc="wait until they arrive"),
        "face": Param("facing", default="", doc="facing once there"),
    }
    example = "walk: {actor: tommy_child, path: [field_centre, fence_gap], face: up}"

    def start(self, run: SceneRun) -> UntilIdle | None:
        points = list(self["path"] or []) + ([self["to"]] if self["to"] else [])
        if not points:
            return None
        run.host.start_walk(self["actor"], points, self["speed"], self["face"])
        return UntilIdle(f"walk:{self['actor']}") if self["wait"] else None


class Face(Command):
    """Turn an actor to a direction, or towards another actor."""

    key = "face"
    category = "Stage"
    params = {
        "actor": Param("ref:actor", required=True, doc="who turns"),
        "to": Param("text", required=True, doc="down, left, right, up, or an actor id"),
    }
    example = "face: {actor: kathy, to: tommy_child}"

    def start(self, run: SceneRun) -> None:
        run.host.face(self["actor"], self["to"])


class Emote(Command):
    """Show a small bubble over an actor's head."""

    key = "emote"
    category = "Stage"
    params = {
        "actor": Param("ref:actor", required=True, doc="whose head"),
        "icon": Param("id", required=True, doc="one of " + ", ".join(EMOTES), choices=EMOTES),
        "ticks": Param("int", default=60, doc="how long it shows", lo=1, hi=600),
        "wait": Param("bool", default=False, doc="wait until it goes"),
    }
    example = "emote: {actor: ruth_child, icon: question}"

    def start(self, run: SceneRun) -> Ticks | None:
        run.host.emotes[self["actor"]] = [self["icon"], self["ticks"]]
        return Ticks(self["ticks"]) if self["wait"] else None


class Show(Command):
    """Put an actor on the map at a point (or move them there at once), standing. If someone
    already stands there, they appear at the nearest free spot beside them instead."""

    key = "show"
    category = "Stage"
    params = {
        "actor": Param("ref:actor", required=True, doc="actor id"),
        "at": Param("ref:point", required=True, doc="point name"),
        "facing": Param("facing", default="down", doc="facing"),
    }
    example = "show: {actor: miss_lucy, at: pavilion_steps, facing: left}"

    def start(self, run: SceneRun) -> None:
        run.host.show_actor(self["actor"], self["at"], self["facing"])


class Hide(Command):
    """Take an actor off the map (until shown again or the map is entered again)."""

    key = "hide"
    short = "actor"
    category = "Stage"
    params = {"actor": Param("ref:actor", required=True, doc="actor id")}
    example = "hide: tommy_child"

    def start(self, run: SceneRun) -> None:
        run.host.hide_actor(self["actor"])


class Costume(Command):
    """Change the sprite sheet an actor is drawn with (Kathy grows up between chapters)."""

    key = "costume"
    category = "Stage"
    params = {
        "actor": Param("ref:actor", required=True, doc="actor id"),
        "sprite": Param("ref:sprite", required=True, doc="sprite sheet id under assets/sprites"),
    }
    example = "costume: {actor: kathy, sprite: kathy_adult}"

    def start(self, run: SceneRun) -> None:
        run.host.costume(self["actor"], self["sprite"])


class Camera(Command):
    """Move the camera: `pan` to a point over `ticks`, `follow` an actor (the player by default;
    after a pan the camera glides back to them over `ticks`), or `shake` for some ticks (turned off
    by the reduced-motion setting)."""

    key = "camera"
    category = "Stage"
    params = {
        "pan": Param("ref:point", doc="point to pan to"),
        "follow": Param("ref:actor", doc="actor to follow"),
        "shake": Param("int", default=0, doc="ticks of shaking", hi=600),
        "ticks": Param("int", default=60, doc="how long a pan takes", hi=600),
        "wait": Param("bool", default=True, doc="wait for the pan"),
    }
    example = "camera: {pan: fence_gap, ticks: 90}"

    def start(self, run: SceneRun) -> UntilIdle | None:
        host = run.host
        if self["shake"]:
            host.camera.shake = self["shake"]
        if self["follow"]:
            gliding = not host.camera.idle or host.camera.mode == "fixed"
            host.camera_follow(self["follow"], self["ticks"])
            if gliding and self["wait"] and not self["pan"]:
                return UntilIdle("camera")
        if self["pan"]:
            host.camera_pan(self["pan"], self["ticks"])
            return UntilIdle("camera") if self["wait"] else None
        return None


class Follow(Command):
    """Have an actor walk with the player. `mode: follow` trails behind her; `support` walks close
    beside her and slows her to a careful pace (helping someone weak along); `off` lets go."""

    key = "follow"
    category = "Stage"
    params = {
        "actor": Param("ref:actor", required=True, doc="who walks with her"),
        "mode": Param(
            "id",
            default="follow",
            doc="follow, support or off",
            choices=("follow", "support", "off"),
        ),
    }
    example = "follow: {actor: ruth_child, mode: support}"

    def start(self, run: SceneRun) -> None:
        run.host.set_follow(self["actor"], self["mode"])


__all__ = ["FACINGS", "Camera", "Costume", "Emote", "Face", "Follow", "Hide", "Show", "Walk"]
