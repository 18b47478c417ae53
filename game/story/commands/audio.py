"""The ambient bed: the looping sound of a place (rain on the window, a clock, the sea).

A map names its own bed in its `ambient` property, and it plays while Kathy is on that map
(cross-fading at a door). A scene changes it with the `ambient` command. What should sound is
simulation state (flags `_ambient` and `_ambient_map`, so a save brings it back); the sound
itself is output only, and never feeds back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from game.story.model import Command
from game.story.params import Param, Problem, Reader

if TYPE_CHECKING:
    from game.state import GameState
    from game.story.runner import SceneRun
    from game.story.yamlsrc import YNode
    from game.world.world import World


def ambient_bed(state: GameState, world: World) -> str:
    """The bed that should sound: a scene's choice on this map, else the map's `ambient`."""
    flags = state.flags
    if "_ambient" in flags and flags.get("_ambient_map") == world.map.name:
        return str(flags["_ambient"])
    return str(world.map.props.get("ambient", "") or "")


def keep_ambient(state: GameState, world: World, audio: Any) -> None:
    """Each tick: a scene's bed ends once Kathy has left its map; the audio follows what
    should sound (asking again every tick costs nothing)."""
    flags = state.flags
    if "_ambient_map" in flags and flags["_ambient_map"] != world.map.name:
        flags.pop("_ambient", None)
        flags.pop("_ambient_map", None)
    audio.set_ambient(ambient_bed(state, world))


class Ambient(Command):
    """Change the ambient bed while Kathy stays on this map: `track` plays a bed in place of the
    map's own, `stop` silences it, `map` goes back to the map's own. It lasts until another
    `ambient` command or until Kathy leaves the map (by a door, a warp or a new chapter): the next
    map plays its own `ambient` property. Beds cross-fade over `fade` ticks."""

    key = "ambient"
    short = "track"
    category = "Sound"
    params = {
        "track": Param("ref:ambient", doc="bed name under assets/ambient (amb_rain_window ...)"),
        "stop": Param("bool", default=False, doc="silence the bed"),
        "map": Param("bool", default=False, doc="back to the bed the map names"),
        "fade": Param("int", default=90, doc="cross-fade length in ticks", hi=600),
    }
    example = "ambient: {track: amb_rain_window, fade: 120}"

    def build(self, reader: Reader, nodes: dict[str, YNode]) -> None:
        given = [name for name in ("track", "stop", "map") if name in nodes]
        if len(given) != 1:
            what = "one of" if not given else "only one of"
            reader.problems.append(
                Problem(
                    self.line, self.col, "S007", f"`ambient` needs {what} `track`, `stop`, `map`"
                )
            )

    def start(self, run: SceneRun) -> None:
        host = run.host
        state, world = host.state, host.world
        if self["map"]:
            state.flags.pop("_ambient", None)
            state.flags.pop("_ambient_map", None)
        else:
            state.flags["_ambient"] = "" if self["stop"] else self["track"] or ""
            state.flags["_ambient_map"] = world.map.name
        fade_ms = self["fade"] * 1000 // 60
        host.ctx.audio.set_ambient(ambient_bed(state, world), fade_ms=fade_ms)
