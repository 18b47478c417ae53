"""The world simulation: one map, the player and the people in it, advanced one tick at a time.

It knows nothing of scenes or stories: it reports what happened (a door walked through, a trigger
entered, something talked to) as events, and the world screen decides what to do with them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from game.input.actions import InputFrame
from game.world.actor import SUB, Actor
from game.world.geometry import Rect
from game.world.mapdata import FACINGS, MapData, MapObject
from game.world.movement import Blocked, corner_nudge, move_axis
from game.world.reach import Candidate, Usable, pick
from game.world.spacing import HOME_REACH_PX, crowds, floor_near, free_spot, near, others_of

WALK_SPEED = 20  # sub-pixels per tick straight (1.25 px, 75 px a second)
WALK_SPEED_DIAGONAL = 14  # per axis: 20 / sqrt(2), rounded
INTERACT_KINDS = ("npc", "memory", "look")
NPC_POSES = ("sit", "lie", "crouch", "kneel")  # what an npc's `pose` property may say


@dataclass(frozen=True, slots=True)
class WorldEvent:
    kind: str  # "warp", "trigger", "interact"
    obj: MapObject
    target: Actor | None = None  # the npc interacted with


class World:
    def __init__(
        self, map_data: MapData, player: Actor, sprite_for: Callable[[str], str] | None = None
    ) -> None:
        """``sprite_for`` turns an npc's actor id into its sprite sheet (by default they are the same)."""
        self.map = map_data
        self.player = player
        player.stand_up()  # a new place: whatever she sat on is behind her
        self.speed_percent = 100  # the player's pace (slower while supporting someone)
        self.walking_with: frozenset[str] = (
            frozenset()
        )  # ids of people at her side: never in her way
        self.actors: dict[str, Actor] = {}  # npcs by object name, in map order
        self._solid_rects = [o.rect.scaled(SUB) for o in map_data.objects if o.kind == "solid"]
        self._inside: set[int] = set()  # object ids of triggers/doors the player is standing in
        for obj in map_data.of_kind("npc"):
            role = str(obj.prop("actor", obj.name))
            sprite = sprite_for(role) if sprite_for else role  # hospital_nurse wears `nurse`
            facing = str(obj.prop("facing", "down"))
            cx, cy = obj.rect.center
            actor = Actor.at_pixel(
                obj.name, sprite, cx, cy, facing if facing in FACINGS else "down"
            )
            pose = obj.prop("pose", "stand")
            if pose in NPC_POSES:
                actor.pose = pose  # found sitting on the bench, lying in bed ...
            self.actors[obj.name] = actor
        self._inside = {
            o.obj_id for o in self._touching(self.player.box(), ("door", "warp", "trigger"))
        }

    # -- collision ---------------------------------------------------------------------------------
    def static_blocked(self, box: Rect) -> bool:
        """Walls only: solid tiles and solid rectangles."""
        return self._tiles_blocked(box) or any(box.overlaps(r) for r in self._solid_rects)

    def blocked_for(self, actor: Actor) -> Blocked:
        """Walls, and people: a body's width apart side by side, a body's depth one behind the
        other (spacing.crowds), so walking up to someone never puts her inside them. Whoever she
        already stands too close to (a scene left them so) does not hold her."""
        others = self._others(actor)
        already = [o for o in others if crowds(actor.x, actor.y, o.x, o.y)]
        people = [o for o in others if o not in already]

        def blocked(box: Rect) -> bool:
            if self.static_blocked(box):
                return True
            cx, cy = box.x + box.w // 2, box.y + box.h // 2  # the feet, as the box is centred there
            return any(crowds(cx, cy, o.x, o.y) for o in people)

        return blocked

    def _others(self, actor: Actor) -> list[Actor]:
        everyone = [self.player, *self.actors.values()]
        beside = self.walking_with if actor is self.player else frozenset()
        return [
            a for a in everyone if a is not actor and a.solid and a.visible and a.id not in beside
        ]

    def _tiles_blocked(self, box: Rect) -> bool:
        tw, th = self.map.tile_w * SUB, self.map.tile_h * SUB
        for ty in range(box.y // th, (box.bottom - 1) // th + 1):
            for tx in range(box.x // tw, (box.right - 1) // tw + 1):
                parts = self.map.blockers(tx, ty)
                if parts is None:
                    continue
                if not parts or any(box.overlaps(p.scaled(SUB)) for p in parts):
                    return True  # a wall, or the feet of a prop standing in the cell
        return False

    # -- movement ----------------------------------------------------------------------------------
    def walk(self, actor: Actor, dx: int, dy: int) -> bool:
        """Walk an actor one tick in direction (dx, dy) in {-1,0,1}; returns whether it moved."""
        if dx == 0 and dy == 0:
            actor.moving = False
            return False
        if actor.pose in ("sit", "lie"):
            self.get_up(actor)  # off the bench or the bed first
        elif actor.pose != "stand" or actor.gesture_left:
            self.release(actor)  # out of a hug, up from a crouch, a gesture cut short
        actor.facing = facing_for(dx, dy, actor.facing)
        speed = WALK_SPEED_DIAGONAL if dx and dy else WALK_SPEED
        if actor is self.player and self.speed_percent != 100:
            speed = max(1, speed * self.speed_percent // 100)
        blocked = self.blocked_for(actor)
        mx = move_axis(actor.box(), dx * speed, True, blocked) if dx else 0
        actor.x += mx
        my = move_axis(actor.box(), dy * speed, False, blocked) if dy else 0
        actor.y += my
        if mx == 0 and my == 0:
            nx, ny = corner_nudge(actor.box(), dx, dy, speed, self.static_blocked)
            if nx:
                actor.x += move_axis(actor.box(), nx, True, blocked)
            if ny:
                actor.y += move_axis(actor.box(), ny, False, blocked)
            mx, my = nx, ny
        actor.moving = True  # walking on the spot against a wall still animates, as players expect
        actor.walked += 1
        return bool(mx or my)

    # -- the tick ----------------------------------------------------------------------------------
    def step(
        self,
        frame: InputFrame,
        *,
        control: bool,
        confirm: bool = False,
        usable: Usable | None = None,
        extra: list[Candidate] | None = None,
    ) -> list[WorldEvent]:
        """Advance one tick. With ``control`` the player walks from the frame; ``confirm`` interacts
        with what ``facing_target(usable)`` finds."""
        events: list[WorldEvent] = []
        if control:
            dx, dy = frame.axis()
            self.walk(self.player, dx, dy)
            if confirm:
                found = self.facing_target(usable, extra)
                if found is not None:
                    obj, actor = found
                    events.append(WorldEvent("interact", obj, actor))
            events += self._enter_events()
        else:
            self.player.moving = False
        return events

    def _enter_events(self) -> list[WorldEvent]:
        """Doors and triggers fire when the feet box enters them, not while it stays inside."""
        now = self._touching(self.player.box(), ("door", "warp", "trigger"))
        events = []
        for obj in now:
            if obj.obj_id not in self._inside:
                events.append(
                    WorldEvent("warp" if obj.kind in ("door", "warp") else "trigger", obj)
                )
        self._inside = {o.obj_id for o in now}
        return events

    def _touching(self, box: Rect, kinds: tuple[str, ...]) -> list[MapObject]:
        return [o for o in self.map.objects if o.kind in kinds and box.overlaps(o.rect.scaled(SUB))]

    def facing_target(
        self, usable: Usable | None = None, extra: list[Candidate] | None = None
    ) -> tuple[MapObject, Actor | None] | None:
        """What Z reaches: the nearest person, memory or thing in front of the player within a
        forgiving range, else the nearest she is touching (see reach.py). ``usable`` leaves out
        what would do nothing now (someone with nothing to say), so what lies beyond answers;
        ``extra`` adds people the map does not list (someone a scene left standing)."""
        cands: list[Candidate] = []
        for obj in self.map.of_kind("npc"):
            actor = self.actors.get(obj.name)
            if actor is not None and actor.visible:
                cands.append((obj, actor, actor.box()))
        for obj in self.map.of_kind(*INTERACT_KINDS[1:]):
            cands.append((obj, None, obj.rect.scaled(SUB)))
        found = pick(self.player.box(), self.player.facing, cands + (extra or []), usable)
        return None if found is None else (found[0], found[1])

    def release(self, actor: Actor) -> None:
        """Stand ``actor`` up; whoever they were hugging lets go too."""
        partner = actor.partner
        actor.stand_up()
        for other in [self.player, *self.actors.values()]:
            if partner and other.id == partner and other.partner == actor.id:
                other.stand_up()

    def get_up(self, actor: Actor, at: tuple[int, int] | None = None) -> None:
        """Stand ``actor`` up where a person can stand: at ``at`` (sub-pixels) if given, else,
        from a seat, a bed or a hug, back to the spot they came from when it is near, on free
        floor and clear of people. From a crouch or a gesture they simply stand where they are."""
        settled = actor.pose in ("sit", "lie", "hug")  # they came from somewhere near
        home = actor.home
        self.release(actor)
        if at is None and not settled:
            return
        x, y = at if at is not None else (actor.x, actor.y)
        if at is None and home is not None and near(home, (x, y), HOME_REACH_PX):
            x, y = home
        if at is None:
            x, y = floor_near(actor, x, y, self.static_blocked)
        others = others_of(actor, [self.player, *self.actors.values()])
        blocked = self.static_blocked if at is None else (lambda box: False)  # a point is floor
        actor.x, actor.y = free_spot(actor, x, y, others, blocked)

    def clear_spot(self, actor: Actor, x: int, y: int) -> tuple[int, int]:
        """Where ``actor`` should stand to be at (x, y) without standing inside anyone (sub-pixels)."""
        everyone = [self.player, *self.actors.values()]
        return free_spot(actor, x, y, others_of(actor, everyone), self.static_blocked)

    def place_player(self, px: int, py: int, facing: str | None = None) -> None:
        self.player.x, self.player.y = px * SUB, py * SUB
        if facing in FACINGS:
            self.player.facing = facing
        self._inside = {
            o.obj_id for o in self._touching(self.player.box(), ("door", "warp", "trigger"))
        }

    def snapshot(self) -> dict[str, object]:
        return {
            "map": self.map.name,
            "player": self.player.snapshot(),
            "actors": [a.snapshot() for a in self.actors.values()],
            "inside": sorted(self._inside),
        }


def facing_for(dx: int, dy: int, current: str) -> str:
    """Four-way facing; on a diagonal keep the current facing if it is one of the two directions."""
    horizontal = "right" if dx > 0 else "left" if dx < 0 else None
    vertical = "down" if dy > 0 else "up" if dy < 0 else None
    if horizontal and vertical:
        return current if current in (horizontal, vertical) else vertical
    return horizontal or vertical or current


def spawn_position(obj: MapObject) -> tuple[int, int]:
    """Where a spawn (point or rect) puts the feet: the point, or the rect's centre."""
    return obj.rect.center if obj.rect.w or obj.rect.h else (obj.rect.x, obj.rect.y)
