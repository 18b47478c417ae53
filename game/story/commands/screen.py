"""Commands for the whole screen and the ears: fades, title cards, music, sounds, warps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from game.input.actions import Action, InputFrame
from game.story.model import Command
from game.story.params import Param
from game.story.runner import UntilIdle

if TYPE_CHECKING:
    from game.story.runner import SceneRun

COLORS = {"black": (0, 0, 0), "white": (250, 248, 240)}


@dataclass
class FadeWait:
    def update(self, run: SceneRun, frame: InputFrame) -> bool:
        fade = run.host.fade
        for _ in range(run.host.skip_speed(frame) - 1):
            fade.step()
        return fade.done

    def snapshot(self) -> list[Any]:
        return ["fade"]


class Fade(Command):
    """Fade the screen `to` black or white, or back `in`. With the reduced-motion setting a fade
    to white is drawn as a dim grey (no flash); its timing never changes."""

    key = "fade"
    short = "to"
    category = "Screen"
    params = {
        "to": Param(
            "id", required=True, doc="black, white or in", choices=("black", "white", "in")
        ),
        "ticks": Param("int", default=40, doc="how long it takes", hi=600),
        "wait": Param("bool", default=True, doc="wait until done"),
    }
    example = "fade: {to: white, ticks: 120}"

    def start(self, run: SceneRun) -> FadeWait | None:
        fade = run.host.fade
        if self["to"] == "in":
            fade.into(self["ticks"])
        else:
            fade.out(self["ticks"], COLORS[self["to"]])
        return FadeWait() if self["wait"] else None


TINTS = {
    "none": None,
    "night": (110, 122, 178),
    "dusk": (236, 196, 168),
    "dawn": (220, 214, 236),
    "overcast": (176, 184, 200),  # a wet grey day (with `weather: rain` for the rain itself)
    "dim": (156, 150, 146),  # a room with few lights on, or the daylight going
    "dark": (92, 98, 128),  # most of the lights off
    "lamplit": (206, 184, 156),  # evening indoors, by lamps and the fire
}


class Tint(Command):
    """Colour the whole place for a time of day or weather: `night` (lights out), `dusk`, `dawn`,
    `overcast` (a grey, wet day), `dim` (a room with few lights), `dark` (most lights off),
    `lamplit` (evening indoors), or `none` (back to the place's own light: the map's `light`
    property, else daylight).
    Lamps, fires and lit windows shine in the darker tints; windows throw daylight on the floor
    of a dim room (the tiles' `glow`). It stays until another tint, across doors and saves."""

    key = "tint"
    short = "to"
    category = "Screen"
    params = {
        "to": Param(
            "id",
            required=True,
            doc="none, night, dusk, dawn, overcast, dim, dark or lamplit",
            choices=tuple(TINTS),
        )
    }
    example = "tint: night"

    def start(self, run: SceneRun) -> None:
        flags = run.host.state.flags
        if self["to"] == "none":
            flags.pop("_tint", None)
        else:
            flags["_tint"] = self["to"]


@dataclass
class Card:
    text: str
    sub: str
    ticks: int
    shown: int = 0

    def snapshot(self) -> list[Any]:
        return [self.text, self.sub, self.ticks, self.shown]


@dataclass
class CardWait:
    card: Card

    def update(self, run: SceneRun, frame: InputFrame) -> bool:
        self.card.shown += run.host.skip_speed(frame)
        # The card can be dismissed once it has been readable for a second.
        if self.card.shown >= self.card.ticks or (
            self.card.shown > 60 and frame.was_pressed(Action.CONFIRM)
        ):
            run.host.card = None
            return True
        return False

    def snapshot(self) -> list[Any]:
        return ["card", self.card.snapshot()]


class Title(Command):
    """A title card over black: a place and a year, a chapter's name."""

    key = "title"
    short = "text"
    category = "Screen"
    params = {
        "text": Param("text", required=True, doc="the main line"),
        "sub": Param("text", default="", doc="a smaller line under it"),
        "ticks": Param("int", default=210, doc="how long it stays", lo=30, hi=1800),
    }
    example = 'title: {text: "Hailsham, 1978", sub: "Chapter One"}'

    def start(self, run: SceneRun) -> CardWait:
        host = run.host
        text = host.content.text(self.auto_id(), self["text"])  # a title is shown as written
        card = Card(text, self["sub"], max(30, self["ticks"]))
        host.card = card
        return CardWait(card)


class Music(Command):
    """Play a music track (looping), or `stop` it, with a fade in ticks."""

    key = "music"
    short = "play"
    category = "Sound"
    params = {
        "play": Param("ref:music", doc="track name under assets/music"),
        "stop": Param("bool", default=False, doc="stop the music"),
        "fade": Param("int", default=60, doc="fade length in ticks", hi=600),
    }
    example = "music: {play: hailsham, fade: 90}"

    def start(self, run: SceneRun) -> None:
        run.host.music(self["play"] if not self["stop"] else "", self["fade"])


class Sound(Command):
    """Play a sound effect once."""

    key = "sound"
    short = "name"
    category = "Sound"
    params = {"name": Param("ref:sound", required=True, doc="effect name under assets/sfx")}
    example = "sound: scanner_beep"

    def start(self, run: SceneRun) -> None:
        run.host.ctx.audio.play_sound(self["name"])


class Warp(Command):
    """Take Kathy to a spawn point of another map (or this one), with a fade."""

    key = "warp"
    category = "Screen"
    params = {
        "map": Param("ref:map", required=True, doc="map id (file name without .tmx)"),
        "spawn": Param("ref:spawn", required=True, doc="spawn name in that map"),
    }
    example = "warp: {map: main_house_hall, spawn: from_grounds}"

    def start(self, run: SceneRun) -> UntilIdle:
        run.host.warp(self["map"], self["spawn"])
        return UntilIdle("warp")
