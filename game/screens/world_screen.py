"""The world screen: the view of a play and the router of input to it.

It draws the play (the map, the people, what a scene shows) and opens the menus (pause, backlog,
quick save and load); everything else a tick does is the play's own (`game.play.play.Play`).
"""

from __future__ import annotations

from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.play.fade import Fade
from game.play.play import Play
from game.render.actors import draw_actor
from game.render.fade import draw_fade
from game.render.keepsakes import draw_keepsakes
from game.render.light import LightLayer
from game.render.maprender import MapRenderer, camera_for, draw_in_front
from game.render.weather import draw_weather, draw_weather_in, window_panes
from game.save import savegame
from game.save.png import encode_png
from game.screens.backlog import BacklogScreen
from game.screens.ending import ending_screen
from game.screens.menus.confirm import ConfirmScreen
from game.screens.stack import Screen
from game.speedrun.session import in_run
from game.state import GameState
from game.story.commands.weather import tint_now, weather_now
from game.story.director import Director
from game.ui import overlays, sceneview, worldprompt
from game.world.actor import FOOT_H, SUB
from game.world.world import World

THUMB = (96, 54)  # a save slot's picture


class WorldScreen(Screen):
    opaque = True
    counts_time = True

    def __init__(self, play: Play) -> None:
        self.play = play
        self._renderers: dict[str, MapRenderer] = {}
        self._light = LightLayer()  # drawing only: rebuilt when the view or the light changes

    # -- what tests, tools and menus read through the view -----------------------------------------
    @property
    def state(self) -> GameState:
        return self.play.state

    @property
    def world(self) -> World:
        return self.play.world

    @property
    def director(self) -> Director:
        return self.play.director

    @property
    def fade(self) -> Fade:
        return self.play.fade

    @property
    def pending_warp(self) -> tuple[str, str, bool] | None:
        return self.play.pending_warp

    @property
    def pending_chapter(self) -> str | None:
        return self.play.pending_chapter

    # -- the tick ----------------------------------------------------------------------------------
    def update(self, frame: InputFrame, ctx: Context) -> None:
        play = self.play
        if play.accepts_menus and self._menus(frame, ctx):
            return
        play.tick(frame)
        if play.autosave_due:
            play.autosave_due = False
            # A speedrun or a chapter played again never writes over the story's autosaves.
            if play.is_story and not in_run(ctx):
                self.autosave(ctx)
        if play.ended:
            self.stack.replace(ending_screen(ctx, self.state.chapter))  # credits, or an end card

    def on_exit(self, ctx: Context) -> None:
        ctx.audio.stop_ambient()  # back to the title, a load, the end card: the place's sound goes

    def _menus(self, frame: InputFrame, ctx: Context) -> bool:
        """The backlog, the pause menu and quick save/load; True when the tick is spent on them."""
        if frame.was_pressed(Action.BACKLOG):
            self.stack.push(BacklogScreen(self.state))
            return True
        # Cancel (Esc, X, B) opens it too while she walks, as most players expect; in a scene it
        # keeps its own meaning (leaving the Sale's table, say).
        if frame.was_pressed(Action.MENU) or (
            frame.was_pressed(Action.CANCEL) and self.play.walking
        ):
            from game.screens.menus.pause import (
                PauseScreen,  # loaded when first opened: headless runs and verify start without it
            )

            self.stack.push(PauseScreen(self.play, self.thumbnail))
            return True
        if frame.was_pressed(Action.QUICKSAVE):
            self.quicksave(ctx)
            return True
        if frame.was_pressed(Action.QUICKLOAD):
            play, problem = savegame.load_slot(ctx, "quick")
            if play is not None:
                self.stack.clear_to(WorldScreen(play))
            else:
                self.director.toast = [problem or "No quicksave yet", 120]
            return True
        return False

    def quicksave(self, ctx: Context, *, overwrite: bool = False) -> None:
        """Save to the quicksave slot; a damaged quicksave is replaced only when the player says so
        (it is kept beside the new one)."""
        info = savegame.store(ctx).info("quick")
        if info.exists and not info.ok and not overwrite:
            self.stack.push(
                ConfirmScreen(
                    "Overwrite the damaged quicksave?",
                    lambda c: self.quicksave(c, overwrite=True),
                    detail=f"It is damaged: {info.problem}. It is kept beside the new one.",
                    yes="Overwrite",
                    no="Keep",
                )
            )
            return
        problem = savegame.save_to_slot(
            ctx, self.play, "quick", self.thumbnail(ctx), overwrite_damaged=overwrite
        )
        self.director.toast = [f"Not saved: {problem}", 300] if problem else ["Quicksaved", 90]

    def autosave(self, ctx: Context) -> None:
        savegame.autosave(ctx, self.play, self.thumbnail(ctx))

    def thumbnail(self, ctx: Context) -> bytes | None:
        """A small picture of the place for a save slot: drawn afresh from the world alone, so no
        menu, text box, title card or fade is in it (a save made on a card is not black)."""
        if ctx.display is None:
            return None
        canvas = pygame.Surface((480, 270))
        self.draw_place(canvas, ctx)
        return png_thumbnail(canvas)

    # -- drawing -----------------------------------------------------------------------------------
    def renderer(self) -> MapRenderer:
        name = self.world.map.name
        if name not in self._renderers or self._renderers[name].data is not self.world.map:
            self._renderers = {name: MapRenderer(self.world.map)}
        return self._renderers[name]

    def camera(self, view: tuple[int, int]) -> tuple[int, int]:
        return camera_for(self.director.focus(), self.world.map.pixel_size, view)

    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        cam = self.draw_place(surface, ctx)
        if self.director.run is None:
            sceneview.draw_door_labels(surface, ctx, self.world, cam)
            worldprompt.draw_prompt(surface, ctx, self.play, cam)
        sceneview.draw_sight(surface, self.director, cam)
        sceneview.draw_emotes(surface, ctx, self.director, cam)
        overlays.draw_overlays(surface, ctx, self.state.flags)
        draw_fade(surface, self.fade, soft=ctx.settings.reduced_motion)
        if self.is_top():  # a menu over the world hides the dialogue
            sceneview.draw_scene_ui(surface, ctx, self.director)

    def draw_place(self, surface: pygame.Surface, ctx: Context) -> tuple[int, int]:
        """The place and the people in it, in its light; returns the camera it used."""
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
        place = self.world.map
        for actor in actors:
            if actor.visible:
                draw_actor(surface, res, actor, cam)
                if actor.pose in ("sit", "lie"):
                    continue  # on the bench or the bed: drawn over it, as the pose sheets are made
                fx, fy = actor.x // SUB, actor.y // SUB
                picture = pygame.Rect(fx - 8, fy - 21, 16, 24)
                draw_in_front(surface, place, cam, picture, fy + FOOT_H // 2)
        rend.draw_above(surface, cam)
        kind, strength = weather_now(self.state, self.world)
        panes = window_panes(place.lights)
        if panes or str(place.props.get("indoors", "")).lower() in ("true", "1"):
            draw_weather_in(surface, kind, strength, self.state.play_ticks, cam, panes)
        else:
            draw_weather(surface, kind, strength, self.state.play_ticks, cam)
        self._light.draw(
            surface,
            tint_now(self.state, self.world),
            place.lights,
            cam,
            place.name,
            place.pixel_size,
        )
        return cam

    def snapshot(self) -> dict[str, Any]:
        return self.play.snapshot()


def png_thumbnail(canvas: pygame.Surface) -> bytes:
    """The canvas made small, as PNG bytes (encoded from its pixels: see game.save.png)."""
    small = pygame.transform.smoothscale(canvas, THUMB)
    return encode_png(*THUMB, pygame.image.tobytes(small, "RGB"))
