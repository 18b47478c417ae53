"""The world screen: the map, Kathy walking, doors with a fade, and scenes played on top."""

from __future__ import annotations

from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.render.keepsakes import draw_keepsakes
from game.render.maprender import MapRenderer, camera_for
from game.screens.fade import Fade
from game.screens.stack import Screen
from game.state import GameState
from game.story.director import Director
from game.ui import sceneview
from game.world.actor import SUB, Actor
from game.world.mapdata import MapError, MapObject
from game.world.world import World, WorldEvent, spawn_position

DOOR_FADE_TICKS = 14


class WorldScreen(Screen):
    opaque = True
    counts_time = True

    def __init__(
        self, ctx: Context, map_name: str, spawn: str, state: GameState | None = None
    ) -> None:
        """Raises MapError if the map cannot be used (the caller reports it)."""
        self.state = state or GameState()
        self.director = Director(ctx, self)
        self.world = self._make_world(ctx, map_name, spawn, None)
        self.fade = Fade()
        self.fade.covered(DOOR_FADE_TICKS)
        self.fade.into(DOOR_FADE_TICKS)
        self.pending_warp: tuple[str, str, bool] | None = None
        self.pending_chapter: str | None = None
        self.last_event: list[str] = []
        self._renderers: dict[str, MapRenderer] = {}

    def _make_world(self, ctx: Context, map_name: str, spawn: str, player: Actor | None) -> World:
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
        for obj in data.of_kind("npc"):
            # An npc with a condition is there only while it holds (people come and go as the story goes on).
            cond = obj.prop("condition")
            if cond and not self.director.condition_holds(str(cond), _where(data.path, obj)):
                world.actors[obj.name].visible = False
        return world

    # -- the tick ----------------------------------------------------------------------------------
    def update(self, frame: InputFrame, ctx: Context) -> None:
        director = self.director
        if self.pending_warp is None and director.card is None and self._menus(frame, ctx):
            return
        self.state.play_ticks += 1
        self.fade.step()
        if self.pending_warp is not None:
            self._advance_warp(ctx)
        # A confirm that closes a scene's last line must not also talk to someone in the same tick.
        was_busy = director.run is not None or director.card is not None
        director.tick(frame)
        control = director.run is None and self.pending_warp is None and director.card is None
        if control and self.pending_chapter is not None:
            self._enter_chapter(ctx)
            return
        self.world.speed_percent = director.followers.slowdown
        confirm = frame.was_pressed(Action.CONFIRM) and not was_busy
        before = self.world.player.frame
        events = self.world.step(frame, control=control, confirm=confirm)
        player = self.world.player
        if player.moving and player.frame != before and player.frame:  # a foot comes down
            ctx.audio.play_sound(f"step_{self.world.map.props.get('steps', 'floor')}")
        director.followers.record(self.world.player)
        for event in events:
            self._handle(event, ctx)
            if director.run is not None or self.pending_warp is not None:
                break

    def _menus(self, frame: InputFrame, ctx: Context) -> bool:
        """The backlog, the pause menu and quick save/load; True when the tick is spent on them."""
        if frame.was_pressed(Action.BACKLOG):
            from game.screens.backlog import BacklogScreen

            ctx.stack.push(BacklogScreen(self.state))
            return True
        if frame.was_pressed(Action.MENU):
            self._open_pause(ctx)
            return True
        if frame.was_pressed(Action.QUICKSAVE):
            from game import savegame

            problem = savegame.save_to_slot(ctx, self, "quick")
            self.director.toast = [problem or "Quicksaved", 90]
            return True
        if frame.was_pressed(Action.QUICKLOAD):
            from game import savegame

            screen, problem = savegame.load_slot(ctx, "quick")
            if screen is not None:
                ctx.stack.clear_to(screen)
            else:
                self.director.toast = [problem or "No quicksave yet", 120]
            return True
        return False

    def _open_pause(self, ctx: Context) -> None:
        try:
            from game.screens.menus.pause import PauseScreen
        except ImportError:  # the menus are optional for the simulation (headless tools)
            return
        ctx.stack.push(PauseScreen(self))

    def _handle(self, event: WorldEvent, ctx: Context) -> None:
        obj = event.obj
        if event.kind == "warp":
            cond = obj.prop("condition")
            if cond and not self.director.condition_holds(
                str(cond), _where(self.world.map.path, obj)
            ):
                if obj.prop("scene"):  # a closed door may say why ("Not now.")
                    self.director.start(str(obj.prop("scene")))
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
        if cond and not self.director.condition_holds(str(cond), _where(self.world.map.path, obj)):
            return
        scene = str(obj.prop("scene", ""))
        if event.target is not None:
            event.target.facing = _opposite(self.world.player.facing)
        if obj.kind == "memory" and obj.prop("memory") and not scene:
            self.director.collect_memory(str(obj.prop("memory")))
        if scene and self.director.start(scene) and obj.prop("once", once_default) is True:
            self.state.fired.append(key)

    def begin_warp(self, map_name: str, spawn: str, *, door: bool) -> None:
        self.pending_warp = (map_name, spawn, door)
        self.fade.out(DOOR_FADE_TICKS)
        if door:
            self.director.ctx.audio.play_sound("door")

    def _advance_warp(self, ctx: Context) -> None:
        if not self.fade.done or self.pending_warp is None:
            return
        if self.fade.target == 0:  # faded back in: the warp is over
            self.pending_warp = None
            return
        map_name, spawn, _door = self.pending_warp
        try:
            self.world = self._make_world(ctx, map_name, spawn, self.world.player)
            self.director.walkers.clear()
            self._bring_followers()
        except MapError as exc:
            ctx.notices.report(str(exc))  # stay where she is; the game goes on
        self.fade.into(DOOR_FADE_TICKS)

    def _bring_followers(self) -> None:
        """People walking with Kathy come through the door with her."""
        trail = self.director.followers
        trail.trail.clear()
        for actor_id in trail.modes:
            if self.director.actor(actor_id) is None:
                sprite = self.director.content.actor(actor_id).sprite or actor_id
                p = self.world.player
                self.world.actors[actor_id] = Actor(
                    actor_id, sprite, p.x, p.y, p.facing, solid=False, role=actor_id
                )

    def reload_map(self, ctx: Context) -> None:
        """Read the current map again (hot reload), keeping Kathy where she stands."""
        player = self.world.player
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

    def scene_ended(self) -> None:
        """Scene boundaries are where the game autosaves (after any chapter hand-over)."""
        if self.pending_chapter is None:
            from game import savegame

            savegame.autosave(self.director.ctx, self)

    def end_chapter(self, next_chapter: str) -> None:
        self.pending_chapter = next_chapter

    def _enter_chapter(self, ctx: Context) -> None:
        chapter_id, self.pending_chapter = self.pending_chapter, None
        info = ctx.content.chapters.get(chapter_id or "")
        if not info:  # handed over to nothing: the credits after the last chapter, else an end card
            from game.screens.ending import ending_screen

            ctx.stack.replace(ending_screen(ctx, self.state.chapter))
            return
        self.state.chapter = chapter_id or ""
        if info.get("sprite"):
            self.state.flags["_player_sprite"] = str(info["sprite"])
        try:
            self.world = self._make_world(
                ctx, str(info.get("map", "")), str(info.get("spawn", "")), None
            )
        except MapError as exc:
            ctx.notices.report(str(exc))
            return
        self.fade.covered(30)
        self.fade.into(45)  # the new place fades in (a scene may hold it dark with its own fade)
        ctx.on_chapter(self.state.chapter)
        if info.get("scene"):
            self.director.start(str(info["scene"]))
        from game import savegame

        savegame.autosave(ctx, self)

    # -- drawing -----------------------------------------------------------------------------------
    def renderer(self) -> MapRenderer:
        name = self.world.map.name
        if name not in self._renderers or self._renderers[name].data is not self.world.map:
            self._renderers = {name: MapRenderer(self.world.map)}
        return self._renderers[name]

    def camera(self, view: tuple[int, int]) -> tuple[int, int]:
        return camera_for(self.director.focus(), self.world.map.pixel_size, view)

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        surface.fill((12, 12, 16))
        rend = self.renderer()
        cam = self.camera(surface.get_size())
        if self.director.camera.shake and not ctx.settings.reduced_motion:
            k = self.director.camera.shake
            cam = (cam[0] + (k * 7 % 5) - 2, cam[1] + (k * 3 % 3) - 1)
        rend.draw_below(surface, cam)
        draw_keepsakes(surface, self, ctx, cam)
        res = ctx.assets
        actors = sorted([self.world.player, *self.world.actors.values()], key=lambda a: (a.y, a.id))
        for actor in actors:
            if not actor.visible:
                continue
            px, py = actor.x // SUB - cam[0], actor.y // SUB - cam[1]
            surface.blit(res.shadow, (px - 6, py))
            image = res.actor_frame(actor.sprite, actor.facing, actor.frame)
            surface.blit(image, (px - image.get_width() // 2, py + 3 - image.get_height()))
        rend.draw_above(surface, cam)
        sceneview.draw_tint(surface, str(self.state.flags.get("_tint", "")))
        if self.director.run is None:
            sceneview.draw_door_labels(surface, ctx, self.world, cam)
        sceneview.draw_sight(surface, self.director, cam)
        sceneview.draw_emotes(surface, ctx, self.director, cam)
        self.fade.draw(surface, soft=ctx.settings.reduced_motion)
        if ctx.stack is None or ctx.stack.top is self:  # a menu over the world hides the dialogue
            sceneview.draw_scene_ui(surface, ctx, self.director)

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
