"""What Z would do now: whether a person or a thing answers, and who a scene left standing.

The world finds the nearest thing in reach (game/world/reach.py); the play knows whether it would
answer: a map object whose condition holds and that has a scene (or a memory to collect), or a
person a scene left standing whose actors.yaml `talk:` list has a scene for now. Someone with
nothing to say does not answer, and the prompt does not offer them.
"""

from __future__ import annotations

from typing import Any

from game.story.commands.steady import FLAG as STEADY_FLAG
from game.world.actor import Actor
from game.world.geometry import Rect
from game.world.mapdata import MapObject
from game.world.reach import Candidate

Play = Any  # game.play.play.Play (not imported: play imports this module)


def usable(play: Play, obj: MapObject) -> bool:
    """Whether Z on ``obj`` would do something now (the same tests ``Play._handle`` makes)."""
    director = play.director
    key = f"{play.world.map.name}:{obj.name or obj.obj_id}"
    if obj.prop("once", False) is True and key in play.state.fired:
        return False
    cond = obj.prop("condition")
    if cond and not director.condition_holds(
        str(cond), f"{play.world.map.path}: object {obj.name or obj.obj_id}"
    ):
        return False
    if obj.prop("scene"):
        return True
    return obj.kind == "memory" and bool(obj.prop("memory"))


def interaction(play: Play) -> tuple[MapObject, Actor | None] | None:
    """What Z would talk to or look at now."""
    return play.world.facing_target(play.usable, talkers(play))


def talkers(play: Play) -> list[Candidate]:
    """People a scene left standing who have something to say (actors.yaml `talk:`), as npc
    objects Z can reach. Someone the map lists who has something to say now is the map's."""
    world, director = play.world, play.director
    out: list[Candidate] = []
    npcs = {o.name: o for o in world.map.of_kind("npc")}
    # While she holds someone up (`steady`), Z is the hold: it must not talk to those at her side.
    holding = set(director.followers.modes) if play.state.flags.get(STEADY_FLAG) else set()
    for name, actor in world.actors.items():
        obj = npcs.get(name)
        if not actor.visible or name in holding or (obj is not None and usable(play, obj)):
            continue
        role = actor.role or str(obj.prop("actor", name) if obj else name)
        for scene, cond in director.content.actor(role).talk:
            if not cond or director.condition_holds(cond, f"actors.yaml: {role} talk"):
                props = {"actor": role, "scene": scene}
                out.append((MapObject("npc", name, Rect(0, 0, 0, 0), props, 0), actor, actor.box()))
                break
    return out
