"""The ambient bed: the looping sound of a place (rain on the window, a clock, the sea).

A map names its own bed in its `ambient` property, and it plays while Kathy is on that map
(cross-fading at a door). A scene changes it with the `ambient` command. What should sound is
simulation state (flags `_ambient` and `_ambient_map`, so a save brings it back); the sound
itself is output only, and never feeds back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.story.model import Command
from game.story.params import Param, Problem, Reader

if TYPE_CHECKING:
    from game.story.runner import SceneRun
    from game.story.yamlsrc import YNode


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
        "fade": Param("int", default=90, doc="cross-fade length in ticks"),
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
        flags = host.state.flags
        if self["map"]:
            flags.pop("_ambient", None)
            flags.pop("_ambient_map", None)
        else:
            flags["_ambient"] = "" if self["stop"] else self["track"] or ""
            flags["_ambient_map"] = host.world.map.name
        host.ctx.audio.set_ambient(host.screen.ambient_bed(), fade_ms=self["fade"] * 1000 // 60)
