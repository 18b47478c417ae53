"""Commands about when the player presses: joining in on a cue, and waiting without a word.

`cue_press` is a timed press: cues come at fixed ticks (a laugh track, a bell, a crowd), and the
player presses to join each one. `wait_still` waits until the player has stopped touching the
controls for a while: a moment that only comes to someone who waits for it. Both count in ticks
from their own start and read nothing but input frames, so they replay exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from game.input.actions import Action, InputFrame
from game.story.model import Command
from game.story.params import Param

if TYPE_CHECKING:
    from game.story.runner import SceneRun

PROMPT_FLAG = "_prompt"  # the words shown (with the confirm key) while a cue_press runs
BUBBLE_TICKS = 40


@dataclass
class CueWait:
    """A cue_press in progress: which cues have come, which the player joined, and when."""

    cmd: Any  # the command, for its parameters (not part of the snapshot)
    cues: list[int]
    window: int
    length: int
    lag: int
    t: int = 0
    joined: int = 0
    early: int = 0
    late: int = 0  # ticks between a cue and the press that joined it, summed
    answered: list[int] = field(default_factory=list)  # indices of joined cues
    bubbles: list[int] = field(default_factory=list)  # ticks at which the player's bubble shows

    def update(self, run: SceneRun, frame: InputFrame) -> bool:
        cmd, host = self.cmd, run.host
        if self.t in self.cues:
            if cmd["sound"]:
                host.ctx.audio.play_sound(cmd["sound"])
            for actor_id in cmd["actors"] or []:
                host.emotes[actor_id] = [cmd["icon"], BUBBLE_TICKS]
        if frame.was_pressed(Action.CONFIRM):
            self.press()
        if self.t in self.bubbles and cmd["player_icon"]:
            host.emotes[host.world.player.id] = [cmd["player_icon"], BUBBLE_TICKS]
        self.t += 1
        if self.t < self.length:
            return False
        flags = host.state.flags
        for name, value in ((cmd["joined"], self.joined), (cmd["early"], self.early),
                            (cmd["late"], self.late)):  # fmt: skip
            if name:  # added, so several short sections can share one tally
                before = flags.get(name, 0)
                flags[name] = (before if type(before) is int else 0) + value
        flags.pop(PROMPT_FLAG, None)
        return True

    def press(self) -> None:
        """Join the latest cue whose window is open, or count a press into silence."""
        open_cues = [
            i
            for i, at in enumerate(self.cues)
            if at <= self.t < at + self.window and i not in self.answered
        ]
        if open_cues:
            self.answered.append(open_cues[-1])
            self.joined += 1
            self.late += self.t - self.cues[open_cues[-1]]
        else:
            self.early += 1
        self.bubbles.append(self.t + self.lag)

    def snapshot(self) -> list[Any]:
        return ["cue", self.t, self.joined, self.early, self.late, self.answered, self.bubbles]


class CuePress(Command):
    """A timed press. For `length` ticks the cues come at the ticks listed in `cues` (counted from
    the start): `sound` plays and each of `actors` shows `icon` over their head. The player
    presses confirm to join in: a press within `window` ticks after a cue joins it, a press with
    no cue open goes into the silence. The player's own bubble (`player_icon`) shows `lag` ticks
    after each press, so even the quickest is a little behind. `prompt` is shown, with the
    confirm key, while it runs.

    At the end it adds to the counters named by `joined` (cues joined), `early` (presses with no
    cue to join) and `late` (ticks from cue to press, over the cues joined), so several short
    sections (a line, then its laugh) can keep one tally. Give them a value with `set` before the
    first, so the linter knows them as counters."""

    key = "cue_press"
    category = "Play"
    params = {
        "cues": Param("list:int", required=True, doc="ticks from the start when each cue comes"),
        "length": Param("int", required=True, doc="how long the section lasts, in ticks"),
        "window": Param("int", default=60, doc="ticks after a cue in which a press joins it"),
        "lag": Param("int", default=10, doc="ticks from a press to the player's bubble"),
        "sound": Param("ref:sound", doc="played at each cue"),
        "actors": Param("list:ref:actor", doc="who reacts at each cue"),
        "icon": Param("id", default="music", doc="their bubble at each cue",
                      choices=("exclaim", "question", "heart", "music", "dots", "sweat", "anger")),
        "player_icon": Param("id", default="music", doc="the player's bubble when she presses",
                             choices=("exclaim", "question", "heart", "music", "dots", "sweat",
                                      "anger")),
        "prompt": Param("text", doc="words shown with the confirm key while it runs"),
        "joined": Param("id", doc="counter flag: cues the player joined"),
        "early": Param("id", doc="counter flag: presses with no cue to join"),
        "late": Param("id", doc="counter flag: ticks from cue to press, summed"),
    }  # fmt: skip
    example = """cue_press:
    cues: [90, 260, 400]
    length: 520
    window: 70
    sound: tv_laughter
    actors: [rodney, chrissie]
    prompt: "laugh along"
    joined: laughs
    early: laughs_early
    late: laughs_late"""

    def start(self, run: SceneRun) -> CueWait:
        cues = sorted({c for c in self["cues"] or [] if c >= 0})
        if self["prompt"]:
            run.host.state.flags[PROMPT_FLAG] = self["prompt"]
        return CueWait(
            self, cues, max(1, self["window"]), max(1, self["length"]), max(0, self["lag"])
        )


@dataclass
class StillWait:
    """Counts the ticks since the player last pressed or held anything."""

    fidgets: str  # counter flag to set at the end ("" for none)
    ticks: int
    limit: int
    quiet: int = 0
    t: int = 0
    restarts: int = 0

    def update(self, run: SceneRun, frame: InputFrame) -> bool:
        self.t += 1
        if frame.empty or frame.held <= {Action.SKIP}:  # holding Skip is not fidgeting
            self.quiet += 1
        else:
            if self.quiet:
                self.restarts += 1
            self.quiet = 0
        if self.quiet < self.ticks and not (self.limit and self.t >= self.limit):
            return False
        if self.fidgets:
            run.host.state.flags[self.fidgets] = self.restarts
        return True

    def snapshot(self) -> list[Any]:
        return ["still", self.quiet, self.t, self.restarts]


class WaitStill(Command):
    """Wait, with nothing on screen, until the player has pressed and held nothing for `ticks`
    ticks in a row; any input starts the count again. After `limit` ticks (0: never) it goes on
    anyway, so nobody is stuck. Skip neither hurries it nor breaks it: holding Skip counts as
    keeping still, so the moment always takes `ticks`.
    `fidgets` names a counter flag set to how many times the count started again (give it a
    value with `set` first)."""

    key = "wait_still"
    short = "ticks"
    category = "Play"
    params = {
        "ticks": Param("int", required=True, doc="ticks of stillness needed"),
        "limit": Param("int", default=0, doc="go on after this many ticks whatever happens"),
        "fidgets": Param("id", doc="counter flag: times the player broke the stillness"),
    }
    example = "wait_still: {ticks: 240, limit: 1800}"

    def start(self, run: SceneRun) -> StillWait:
        return StillWait(self["fidgets"] or "", max(1, self["ticks"]), max(0, self["limit"]))
