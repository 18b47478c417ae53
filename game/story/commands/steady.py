"""`steady`: walking someone weak along, with a button held to keep hold of them.

Like `approach`, it starts a section of free play: the scene goes on at once, and while no scene
is running the director steps the section every tick (`step`). While the player walks without
holding the `hold` action, a count runs up; at `patience` ticks the `stumble` scene plays (they
stop, it says what happens) and the count starts again. Standing still, or walking while holding
on, lets it fall back. The section lives in one hidden flag, `_steady`, so it is saved, loaded,
hashed and replayed with the rest of the play's state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from game.input.actions import Action, InputFrame
from game.story.model import Command
from game.story.params import Param

if TYPE_CHECKING:
    from game.story.runner import SceneRun

FLAG = "_steady"
HOLDS = ("confirm", "cancel")  # actions that can be held while walking without doing anything else


@dataclass
class Section:
    hold: str
    patience: int
    stumble: str
    count: str  # counter flag: stumbles so far ("" for none)
    loose: int = 0  # ticks walked without holding on, lately

    def dump(self) -> str:
        return "|".join(
            str(v) for v in (self.hold, self.patience, self.stumble, self.count, self.loose)
        )

    @classmethod
    def parse(cls, text: str) -> Section | None:
        parts = text.split("|")
        if len(parts) != 5 or parts[0] not in HOLDS:
            return None
        try:
            return cls(parts[0], int(parts[1]), parts[2], parts[3], int(parts[4]))
        except ValueError:
            return None


def step(host: Any, frame: InputFrame) -> None:
    """One tick of free play: count the steps taken without holding on."""
    raw = host.state.flags.get(FLAG)
    if not isinstance(raw, str) or not raw:
        return
    section = Section.parse(raw)
    if section is None:
        host.state.flags.pop(FLAG, None)
        return
    walking = frame.axis() != (0, 0)
    if walking and not frame.is_held(Action(section.hold)):
        section.loose += 1
    else:
        section.loose = max(0, section.loose - 2)  # holding on (or stopping) steadies her again
    if section.loose >= section.patience:
        section.loose = 0
        if section.count:
            current = host.state.flags.get(section.count, 0)
            host.state.flags[section.count] = (current if type(current) is int else 0) + 1
        host.state.flags[FLAG] = section.dump()
        host.start(section.stumble)
        return
    host.state.flags[FLAG] = section.dump()


class Steady(Command):
    """Start a section where the player helps someone weak along (with `follow`, `mode: support`):
    she must hold `hold` (confirm or cancel) while she walks. Walking `patience` ticks without
    holding on plays the `stumble` scene (they stop, it says what happens) and adds one to the
    counter flag `stumbles` (give it a value with `set` first); standing still or holding on lets
    the count fall back. The scene goes on at once (the player has control); `stop: true` ends the
    section. It is kept in the play's state, so it survives saving and loading."""

    key = "steady"
    category = "Play"
    params = {
        "hold": Param("id", default="confirm", doc="the action held to keep hold", choices=HOLDS),
        "patience": Param(
            "int",
            default=40,
            doc="ticks of walking without holding on before a stumble",
            lo=1,
            hi=3600,
        ),
        "stumble": Param("ref:scene", doc="scene played when they stumble"),
        "stumbles": Param("id", doc="counter flag: how many times they stumbled"),
        "stop": Param("bool", default=False, doc="end the section"),
    }
    example = "steady: {hold: confirm, patience: 45, stumble: d05_stumble, stumbles: stumbles}"

    def start(self, run: SceneRun) -> None:
        host = run.host
        if self["stop"]:
            host.state.flags.pop(FLAG, None)
            return
        if not self["stumble"]:
            host.report(f"{run.scene.file}:{self.line}:{self.col}: steady needs a `stumble` scene")
            return
        section = Section(
            self["hold"], max(1, self["patience"]), self["stumble"], self["stumbles"] or ""
        )
        host.state.flags[FLAG] = section.dump()
