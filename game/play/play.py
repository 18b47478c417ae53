"""The play: the game at one point, apart from any screen.

Game state, the world (map, Kathy, the people), the director running scenes, the fade and the
hand-overs between places and chapters. It advances one tick on an input frame, is captured to and
restored from a save (`game.save.savegame`), built at New Game, a chapter or a scene
(`game.play.start`), and hashed (`snapshot`), with no window and no drawing. The world screen is
its view and routes input to it; what a play cannot do itself (autosave, the end card) it asks for
with flags the screen reads after the tick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from game.input.actions import Action, InputFrame
from game.play import talk
from game.play.fade import Fade
from game.state import GameState
from game.story import hints, posing
from game.story.commands.audio import keep_ambient
from game.story.commands.weather import keep_weather
from game.story.director import Director
from game.world.actor import Actor
from game.world.mapdata import MapError, MapObject
from game.world.reach import Candidate
from game.world.spacing import behind, others_of
from game.world.world import World, WorldEvent, spawn_position

if TYPE_CHECKING:
    from game.context import Context

DOOR_FADE_TICKS = 14
REPLAY_FLAG = "_chapter_select"  # a play begun from Chapter Select (kept in saves made from it)


class Play:
    def __init__(
        self, ctx: Context, map_name: str, spawn: str, state: GameState | None = None
    ) -> None:
        """Raises MapError if the map cannot be used (the caller reports it)."""
        self.ctx = ctx
        self.state = state or GameState()
        self.director = Director(ctx, self)
        self._npc_holds: dict[str, bool] = {}  # conditional npcs: whether it held, last looked at
        self.world = self._make_world(map_name, spawn, None)
        self.fade = Fade()
        self.fade.covered(DOOR_FADE_TICKS)
        self.fade.into(DOOR_FADE_TICKS)
        self.pending_warp: tuple[str, str, bool] | None = None
        self.pending_chapter: str | None = None
        self.last_event: list[str] = []
        # Asked of whoever shows the play, after the tick (they are not simulation state):
        self.autosave_due = False  # a scene ended or a chapter began: a good moment to save
        self.ended = False  # the last chapter handed over to nothing: the end card
        self.saved_tick = 0  # play_ticks when it was last saved (for "unsaved progress")

    def _make_world(self, map_name: str, spawn: str, player: Actor | None) -> World:
        ctx = self.ctx
        data = ctx.maps.get(map_name)
        obj = data.spawn(spawn) if spawn else next(iter(data.of_kind("spawn")), None)
        if obj is None:
            raise MapError(f"{data.path}: no spawn named {spawn!r}")
        px, py = spawn_position(obj)
        facing = str(obj.prop("facing", player.facing if player else "down"))
        if player is None:
            m = ctx.manifest
            sprite = str(self.state.flags.get("_player_sprite", m.player_sprite))
            player = Actor.at_pixel(m.player_actor, sprite, px, py, facing)
        world = World(data, player, lambda role: ctx.content.actor(role).sprite or role)
        world.place_player(px, py, facing)
        self._npc_holds = {}
        for obj in data.of_kind("npc"):
            # An npc with a condition is there only while it holds (people come and go as the story goes on).
            cond = obj.prop("condition")
            if cond:
                self._npc_holds[obj.name] = self.director.condition_holds(
                    str(cond), _where(data.path, obj)
                )
                world.actors[obj.name].visible = self._npc_holds[obj.name]
        return world

    def refresh_people(self) -> None:
        """People whose condition has started (or stopped) holding since it was last looked at
        come (or go) without Kathy leaving the place: checked when a scene ends. Someone a scene
        hid or showed stays so until their condition changes."""
        world, director = self.world, self.director
        for obj in world.map.of_kind("npc"):
            cond = obj.prop("condition")
            actor = world.actors.get(obj.name)
            if not cond or actor is None:
                continue
            holds = director.condition_holds(str(cond), _where(world.map.path, obj))
            if holds == self._npc_holds.get(obj.name, holds):
                continue
            self._npc_holds[obj.name] = holds
            if holds and not actor.visible:
                actor.visible = True
                actor.x, actor.y = world.clear_spot(actor, actor.x, actor.y)
            elif not holds and actor.visible:
                world.release(actor)
                actor.visible = False

    # -- the tick ----------------------------------------------------------------------------------
    @property
    def accepts_menus(self) -> bool:
        """Whether a menu may open now (not while walking through a door or over a title card)."""
        return self.pending_warp is None and self.director.card is None

    @property
    def is_story(self) -> bool:
        """Whether this is the player's story (not a chapter played again from Chapter Select):
        only the story writes the autosaves Continue loads."""
        return not self.state.flags.get(REPLAY_FLAG)

    @property
    def walking(self) -> bool:
        """Whether Kathy is the player's to walk: no scene, door, card or hand-over in progress."""
        director = self.director
        return (
            director.run is None
            and director.card is None
            and self.pending_warp is None
            and self.pending_chapter is None
        )

    def tick(self, frame: InputFrame) -> None:
        director = self.director
        self.state.play_ticks += 1
        self.fade.step()
        if self.pending_warp is not None:
            self._advance_warp()
        keep_ambient(self.state, self.world, self.ctx.audio)  # output only: reads, never feeds back
        keep_weather(self.state, self.world)  # a scene's rain stops at the door
        # A confirm that closes a scene's last line must not also talk to someone in the same tick.
        was_busy = director.run is not None or director.card is not None
        director.tick(frame)
        control = director.run is None and self.pending_warp is None and director.card is None
        if control and self.pending_chapter is not None:
            self._enter_chapter()
            return
        if hints.count_idle(self.state, self.ctx.content, control):
            director.toast = [hints.NOTICE, hints.NOTICE_TICKS]
        pace = posing.info_pace(director, self.world.player)  # her own pace (`pace`, actors.yaml)
        self.world.speed_percent = director.followers.slowdown * pace // 100
        self.world.walking_with = frozenset(
            a.id for m in director.followers.modes if (a := director.actor(m)) is not None
        )
        confirm = frame.was_pressed(Action.CONFIRM) and not was_busy
        before = self.world.player.frame
        extra = self.talkers() if control and confirm else None  # asked only when Z is pressed
        events = self.world.step(
            frame, control=control, confirm=confirm, usable=self.usable, extra=extra
        )
        player = self.world.player
        if player.moving and player.frame != before and player.frame:  # a foot comes down
            self.ctx.audio.play_sound(f"step_{self.world.map.props.get('steps', 'floor')}")
        director.followers.record(self.world.player)
        for event in events:
            self._handle(event)
            if director.run is not None or self.pending_warp is not None:
                break

    def usable(self, obj: MapObject) -> bool:
        """Whether Z on ``obj`` would do something now (see talk.py)."""
        return talk.usable(self, obj)

    def interaction(self) -> tuple[MapObject, Actor | None] | None:
        """What Z would talk to or look at now, while she is the player's to walk (for the prompt)."""
        return talk.interaction(self) if self.walking else None

    def talkers(self) -> list[Candidate]:
        return talk.talkers(self)

    def _handle(self, event: WorldEvent) -> None:
        obj, director = event.obj, self.director
        if event.kind == "warp":
            cond = obj.prop("condition")
            if cond and not director.condition_holds(str(cond), _where(self.world.map.path, obj)):
                if obj.prop("scene"):  # a closed door may say why ("Not now.")
                    director.start(str(obj.prop("scene")))
                return
            target = (str(obj.prop("map", "")), str(obj.prop("spawn", "")))
            self.begin_warp(*target, door=obj.kind == "door")
            return
        self.last_event = [obj.kind, obj.name]
        once_default = event.kind == "trigger"
        key = f"{self.world.map.name}:{obj.name or obj.obj_id}"
        if obj.prop("once", once_default) is True and key in self.state.fired:
            return
        cond = obj.prop("condition")
        if cond and not director.condition_holds(str(cond), _where(self.world.map.path, obj)):
            return
        scene = str(obj.prop("scene", ""))
        if event.target is not None:
            event.target.facing = _opposite(self.world.player.facing)
        if obj.kind == "memory" and obj.prop("memory") and not scene:
            director.collect_memory(str(obj.prop("memory")))
        if scene and director.start(scene) and obj.prop("once", once_default) is True:
            self.state.fired.append(key)

    # -- places ------------------------------------------------------------------------------------
    def begin_warp(self, map_name: str, spawn: str, *, door: bool) -> None:
        self.pending_warp = (map_name, spawn, door)
        self.fade.out(DOOR_FADE_TICKS)
        if door:
            self.ctx.audio.play_sound("door")

    def _advance_warp(self) -> None:
        if not self.fade.done or self.pending_warp is None:
            return
        if self.fade.target == 0:  # faded back in: the warp is over
            self.pending_warp = None
            return
        map_name, spawn, _door = self.pending_warp
        try:
            self.world = self._make_world(map_name, spawn, self.world.player)
            self.director.walkers.clear()
            self._bring_followers()
        except MapError as exc:
            self.ctx.notices.report(str(exc))  # stay where she is; the game goes on
        self.fade.into(DOOR_FADE_TICKS)

    def _bring_followers(self) -> None:
        """People walking with Kathy come through the door with her, a step behind (not inside her)."""
        trail, world = self.director.followers, self.world
        trail.trail.clear()
        p = world.player
        for actor_id in trail.modes:
            here = self.director.actor(actor_id)  # a hidden npc of theirs is not them walking in
            if here is None or not here.visible:
                sprite = self.director.content.actor(actor_id).sprite or actor_id
                actor = Actor(actor_id, sprite, p.x, p.y, p.facing, solid=False, role=actor_id)
                others = others_of(actor, [p, *world.actors.values()])
                actor.x, actor.y = behind(actor, p, others, world.static_blocked)  # not inside her
                world.actors[actor_id] = actor
                if not trail.trail:
                    trail.lay(actor_id, (actor.x, actor.y), p)

    def reload_map(self) -> None:
        """Read the current map again (hot reload), keeping Kathy where she stands."""
        ctx, player = self.ctx, self.world.player
        try:
            data = ctx.maps.get(self.world.map.name)
        except MapError as exc:
            ctx.notices.report(str(exc))
            return
        actors = self.world.actors
        self.world = World(data, player, lambda role: ctx.content.actor(role).sprite or role)
        self.world.actors = {
            name: actors.get(name, fresh) for name, fresh in self.world.actors.items()
        }

    def place_name(self) -> str:
        """The map's `title` property (a place's name for people), else its id made readable."""
        props = self.world.map.props
        return str(props.get("title") or self.world.map.name.replace("_", " ").title())

    # -- scenes and chapters -----------------------------------------------------------------------
    def scene_ended(self) -> None:
        """Scene boundaries are where the game autosaves (after any chapter hand-over), and where
        people whose condition changed come and go."""
        self.refresh_people()
        if self.pending_chapter is None:
            self.autosave_due = True

    def end_chapter(self, next_chapter: str) -> None:
        self.pending_chapter = next_chapter

    def _enter_chapter(self) -> None:
        ctx = self.ctx
        chapter_id, self.pending_chapter = self.pending_chapter, None
        info = ctx.content.chapters.get(chapter_id or "")
        if not info:
            self.ended = True
            return
        self.state.chapter = chapter_id or ""
        if info.get("sprite"):
            self.state.flags["_player_sprite"] = str(info["sprite"])
        try:
            self.world = self._make_world(
                str(info.get("map", "")), str(info.get("spawn", "")), None
            )
        except MapError as exc:
            ctx.notices.report(str(exc))
            return
        self.fade.covered(30)
        self.fade.into(45)  # the new place fades in (a scene may hold it dark with its own fade)
        ctx.on_chapter(self.state.chapter)
        if info.get("scene"):
            self.director.start(str(info["scene"]))
        self.autosave_due = True

    # -- for hashes --------------------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        return {
            "world": self.world.snapshot(),
            "state": self.state.to_data(),
            "fade": self.fade.snapshot(),
            "warp": list(self.pending_warp) if self.pending_warp else None,
            "chapter_next": self.pending_chapter,
            "last": self.last_event,
            "director": self.director.snapshot(),
        }


def _where(path: Any, obj: MapObject) -> str:
    return f"{path}: object {obj.name or obj.obj_id}"


def _opposite(facing: str) -> str:
    return {"down": "up", "up": "down", "left": "right", "right": "left"}[facing]
