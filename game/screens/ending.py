"""The end of the game: the white the last scene faded to, held until the player has been still a
while, then the credits rising over the game's empty places, then back to the title, which from now
on shows the game as finished.

All of it is data in `dialogue/game.yaml`:

    ending:
      still: 240              # ticks of stillness (no key held) before the credits begin
      music: credits          # what plays under them
      places:                 # the places they roll over, in order: a map, and the points the
        - {map: hailsham_grounds, from: start, to: fence_gap}   # view drifts from and to
    credits: ["# Made with", "Python", ...]   # the lines (see game/screens/menus/credits.py)

The game counts as finished (the profile's `finished`) as soon as this screen is entered, so a
player who closes the window during the credits still finds the title changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.render.fade import SOFT_WHITE
from game.render.maprender import MapRenderer, camera_for
from game.screens.card import EndCard
from game.screens.menus.credits import block_height, credit_lines, draw_credit_lines
from game.screens.stack import Screen
from game.ui import palette
from game.ui.widgets import shade

WHITE = (250, 248, 240)  # the colour scenes fade to (commands.screen.COLORS["white"])
DEFAULT_STILL = 240
TICKS_PER_PIXEL = 4  # 15 pixels a second: the end is not to be hurried
FROM_WHITE = 150  # ticks the first place takes to come out of the white
HOLD_END = 240  # ticks the thank-you rests in the middle before a key may leave
PLACE_FADE = 40  # ticks of dark between two places


@dataclass(frozen=True)
class Place:
    map: str
    start: str  # point or spawn the view starts on
    end: str  # point or spawn it drifts to


def ending_config(ctx: Context) -> dict[str, Any]:
    extra = ctx.manifest.extra if isinstance(ctx.manifest.extra, dict) else {}
    config = extra.get("ending")
    return config if isinstance(config, dict) else {}


def places(ctx: Context) -> list[Place]:
    out = []
    for entry in ending_config(ctx).get("places") or []:
        if isinstance(entry, dict) and isinstance(entry.get("map"), str):
            start = str(entry.get("from") or "")
            out.append(Place(entry["map"], start, str(entry.get("to") or start)))
    return out


def mark_finished(ctx: Context) -> None:
    profile = getattr(ctx, "profile", None)
    if profile is not None and isinstance(profile.extra, dict) and not profile.finished:
        profile.extra["finished"] = True
        ctx.save_profile()


def ending_screen(ctx: Context, chapter: str) -> Screen:
    """What follows a chapter that hands over to nothing: the credits after the last chapter, or
    the plain end card when the story simply stops there (content still being written)."""
    chapters = list(ctx.content.chapters) if ctx.content else []
    if chapters and chapter == chapters[-1] and ending_config(ctx):
        return EndCredits()
    return EndCard(ctx.manifest.title)


class EndCredits(Screen):
    opaque = True
    counts_time = False

    def __init__(self) -> None:
        self.phase = "white"  # white -> rolling -> resting
        self.still = 0  # ticks without a key held, while white
        self.ticks = 0  # ticks since the credits began
        self.height = 0
        self.place_list: list[Place] = []
        self._renderers: dict[str, MapRenderer | None] = {}  # drawing-only cache

    # -- timing ----------------------------------------------------------------------------------
    def on_enter(self, ctx: Context) -> None:
        mark_finished(ctx)
        self.height = block_height(credit_lines(ctx))
        self.place_list = places(ctx)

    @property
    def waits_for_stillness(self) -> bool:
        """True while it waits for the player to hold no key (the white before the credits)."""
        return self.phase == "white"

    @property
    def rise_ticks(self) -> int:
        """Ticks until the thank-you has risen to the middle of the screen."""
        return (270 // 2 + self.height - 6) * TICKS_PER_PIXEL

    def update(self, frame: InputFrame, ctx: Context) -> None:
        if self.phase == "white":
            idle = not frame.held and not frame.pressed and not frame.click
            self.still = self.still + 1 if idle else 0
            need = ending_config(ctx).get("still", DEFAULT_STILL)
            if self.still >= (need if isinstance(need, int) and need >= 0 else DEFAULT_STILL):
                self.phase = "rolling"
                music = ending_config(ctx).get("music")
                if isinstance(music, str) and music:
                    ctx.audio.play_music(music, fade_ms=3000)
            return
        self.ticks += 4 if frame.is_held(Action.SKIP) else 1
        if self.phase == "rolling" and self.ticks >= self.rise_ticks + HOLD_END:
            self.phase = "resting"
        leave = frame.was_pressed(Action.CANCEL) or (
            self.phase == "resting" and (frame.was_pressed(Action.CONFIRM) or frame.click)
        )
        if leave:
            ctx.audio.stop_music(fade_ms=1500)
            self.stack.to_title()

    @property
    def offset(self) -> int:
        return min(self.ticks // TICKS_PER_PIXEL, 270 // 2 + self.height - 6)

    # -- drawing ---------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface, ctx: Context) -> None:
        white = SOFT_WHITE if ctx.settings.reduced_motion else WHITE
        if self.phase == "white":
            surface.fill(white)
            return
        self._draw_place(surface, ctx)
        self._draw_lines(surface, ctx)
        if self.ticks < FROM_WHITE:  # the white gives way to the first place
            veil = pygame.Surface(surface.get_size())
            veil.fill(white)
            veil.set_alpha(255 - 255 * self.ticks // FROM_WHITE)
            surface.blit(veil, (0, 0))
        if self.phase == "resting":
            small = ctx.assets.font("small")
            hint = "Z: back to the title"
            w, h = surface.get_size()
            small.draw(surface, hint, (w - 8 - small.measure(hint), h - 12), palette.HINT)

    def _draw_place(self, surface: pygame.Surface, ctx: Context) -> None:
        surface.fill(palette.NIGHT)
        if not self.place_list:
            return
        span = max(1, self.rise_ticks // len(self.place_list))
        index = min(self.ticks // span, len(self.place_list) - 1)
        place = self.place_list[index]
        into = self.ticks - index * span  # ticks into this place
        rend = self._renderer(ctx, place.map)
        if rend is not None:
            a, b = _point(rend, place.start), _point(rend, place.end)
            t = min(into, span) / span
            focus = (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t))
            cam = camera_for(focus, rend.data.pixel_size, surface.get_size())
            rend.draw_below(surface, cam)
            rend.draw_above(surface, cam)
        shade(surface, 160)
        edge = min(into, span - into) if index < len(self.place_list) - 1 else into
        if index > 0 and edge < PLACE_FADE:  # a breath of dark between places
            dark = pygame.Surface(surface.get_size())
            dark.fill((0, 0, 0))
            dark.set_alpha(255 - 255 * edge // PLACE_FADE)
            surface.blit(dark, (0, 0))

    def _renderer(self, ctx: Context, name: str) -> MapRenderer | None:
        if name not in self._renderers:
            try:
                self._renderers = {name: MapRenderer(ctx.maps.get(name))}
            except Exception:  # a place that cannot be drawn is left dark; the credits go on
                self._renderers = {name: None}
        return self._renderers[name]

    def _draw_lines(self, surface: pygame.Surface, ctx: Context) -> None:
        draw_credit_lines(surface, ctx, self.offset)

    def snapshot(self) -> dict[str, Any]:
        return {"phase": self.phase, "still": self.still, "ticks": self.ticks}


def _point(rend: MapRenderer, name: str) -> tuple[int, int]:
    obj = rend.data.point(name) if name else None
    if obj is None:
        w, h = rend.data.pixel_size
        return w // 2, h // 2
    return obj.rect.center if obj.rect.w or obj.rect.h else (obj.rect.x, obj.rect.y)
