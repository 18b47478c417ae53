"""The world screen: the map, Kathy walking, doors with a fade, and what she interacts with."""

from __future__ import annotations

from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.render.maprender import MapRenderer, camera_for
from game.screens.fade import Fade
from game.screens.stack import Screen
from game.world.actor import SUB, Actor
from game.world.mapdata import MapError
from game.world.world import World, WorldEvent, spawn_position

DOOR_FADE_TICKS = 14


class WorldScreen(Screen):
    opaque = True
    counts_time = True

    def __init__(self, ctx: Context, map_name: str, spawn: str) -> None:
        """Raises MapError if the map cannot be used (the caller reports it)."""
        self.world = self._make_world(ctx, map_name, spawn, None)
        self.fade = Fade()
        self.fade.covered(DOOR_FADE_TICKS)
        self.fade.into(DOOR_FADE_TICKS)
        self.pending_warp: tuple[str, str, bool] | None = None
        self.last_event: list[str] = []  # the last thing interacted with (kind, object name)
        self._renderers: dict[str, MapRenderer] = {}

    @staticmethod
    def _make_world(ctx: Context, map_name: str, spawn: str, player: Actor | None) -> World:
        data = ctx.maps.get(map_name)
        obj = data.spawn(spawn)
        if obj is None:
            raise MapError(f"{data.path}: no spawn named {spawn!r}")
        px, py = spawn_position(obj)
        facing = str(obj.prop("facing", player.facing if player else "down"))
        if player is None:
            m = ctx.manifest
            player = Actor.at_pixel(m.player_actor, m.player_sprite, px, py, facing)
        world = World(data, player)
        world.place_player(px, py, facing)
        return world

    # -- the tick ----------------------------------------------------------------------------------
    def update(self, frame: InputFrame, ctx: Context) -> None:
        self.fade.step()
        if self.pending_warp is not None:
            self._advance_warp(ctx)
            self.world.step(frame, control=False)
            return
        events = self.world.step(frame, control=True, confirm=frame.was_pressed(Action.CONFIRM))
        for event in events:
            self._handle(event, ctx)

    def _handle(self, event: WorldEvent, ctx: Context) -> None:
        obj = event.obj
        if event.kind == "warp":
            target = (str(obj.prop("map", "")), str(obj.prop("spawn", "")), obj.kind == "door")
            self.pending_warp = target
            self.fade.out(DOOR_FADE_TICKS)
            if obj.kind == "door":
                ctx.audio.play_sound("door")
        elif event.kind == "interact":
            if event.target is not None:
                event.target.facing = _opposite(self.world.player.facing)
            self.last_event = [obj.kind, obj.name]
        elif event.kind == "trigger":
            self.last_event = [obj.kind, obj.name]

    def _advance_warp(self, ctx: Context) -> None:
        if not self.fade.done or self.pending_warp is None:
            return
        if self.fade.target == 0:  # faded back in: the warp is over
            self.pending_warp = None
            return
        map_name, spawn, _door = self.pending_warp
        try:
            self.world = self._make_world(ctx, map_name, spawn, self.world.player)
        except MapError as exc:
            ctx.notices.report(str(exc))  # stay where she is; the game goes on
        self.fade.into(DOOR_FADE_TICKS)

    # -- drawing -----------------------------------------------------------------------------------
    def renderer(self) -> MapRenderer:
        name = self.world.map.name
        if name not in self._renderers or self._renderers[name].data is not self.world.map:
            self._renderers = {name: MapRenderer(self.world.map)}
        return self._renderers[name]

    def camera(self, view: tuple[int, int]) -> tuple[int, int]:
        return camera_for(self.world.player.pixel, self.world.map.pixel_size, view)

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        surface.fill((12, 12, 16))
        rend = self.renderer()
        cam = self.camera(surface.get_size())
        rend.draw_below(surface, cam)
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
        self.fade.draw(surface)

    def snapshot(self) -> dict[str, Any]:
        return {
            "world": self.world.snapshot(),
            "fade": self.fade.snapshot(),
            "warp": list(self.pending_warp) if self.pending_warp else None,
            "last": self.last_event,
        }


def _opposite(facing: str) -> str:
    return {"down": "up", "up": "down", "left": "right", "right": "left"}[facing]
