"""Weather and the light of a place, as scene commands and map properties.

A map names its own weather in its `weather` property (`rain`, `drizzle`, `snow`, `wind`, with
`weather_strength` 1 to 3) and its own light in its `light` property (`day`, `dim` for a room with
few lights, `lamplit`, `dark` for one with most of them off, or a time of day). A scene changes the weather with
`weather`, which lasts while Kathy stays on that map (like `ambient`: the next map shows its own),
and the light with `tint` (which lasts, across doors, until another `tint`). What shows is
simulation state (flags `_weather`, `_weather_strength`, `_weather_map`, `_tint`, so a save brings
it back); the picture itself is drawn by game/render (weather.py, light.py) and never feeds back.
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

WEATHER_KINDS = ("none", "drizzle", "rain", "snow", "wind")
DEFAULT_STRENGTH = 2


def _strength(value: Any) -> int:
    try:
        return max(1, min(3, int(value)))
    except (TypeError, ValueError):
        return DEFAULT_STRENGTH


def weather_now(state: GameState, world: World) -> tuple[str, int]:
    """The weather that shows: a scene's on this map, else the map's own (kind, strength)."""
    flags = state.flags
    if "_weather" in flags and flags.get("_weather_map") == world.map.name:
        return str(flags["_weather"]), _strength(flags.get("_weather_strength"))
    props = world.map.props
    kind = str(props.get("weather", "") or "none")
    return (kind if kind in WEATHER_KINDS else "none"), _strength(
        props.get("weather_strength", DEFAULT_STRENGTH)
    )


def tint_now(state: GameState, world: World) -> str:
    """The light that shows: a scene's `tint`, else the map's own `light` property (`day`, or a
    tint: `dim`, `lamplit`, `night` ...), else daylight ("none")."""
    tint = state.flags.get("_tint")
    if tint:
        return str(tint)
    own = str(world.map.props.get("light", "") or "none").strip()
    return "none" if own == "day" else own


def keep_weather(state: GameState, world: World) -> None:
    """Each tick: a scene's weather ends once Kathy has left its map."""
    flags = state.flags
    if "_weather_map" in flags and flags["_weather_map"] != world.map.name:
        for key in ("_weather", "_weather_strength", "_weather_map"):
            flags.pop(key, None)


class Weather(Command):
    """Rain, drizzle, snow or wind over the place while Kathy stays on this map (`none`: none here,
    whatever the map says; `map: true` goes back to the map's own `weather` property). Drawn over the place, from
    the tick: the same in every replay. Pair it with an `ambient` bed (amb_rain_window, amb_wind)
    and, for a grey day, `tint: overcast`."""

    key = "weather"
    short = "kind"
    category = "Screen"
    params = {
        "kind": Param("id", doc="none, drizzle, rain, snow or wind", choices=WEATHER_KINDS),
        "strength": Param("int", default=DEFAULT_STRENGTH, lo=1, hi=3, doc="1 light to 3 heavy"),
        "map": Param("bool", default=False, doc="back to the weather the map names"),
    }
    example = "weather: {kind: rain, strength: 3}"

    def build(self, reader: Reader, nodes: dict[str, YNode]) -> None:
        if ("kind" in nodes) == ("map" in nodes):
            what = "one of" if "kind" not in nodes else "only one of"
            reader.problems.append(
                Problem(self.line, self.col, "S007", f"`weather` needs {what} `kind`, `map`")
            )

    def start(self, run: SceneRun) -> None:
        host = run.host
        flags = host.state.flags
        if self["map"]:
            for key in ("_weather", "_weather_strength", "_weather_map"):
                flags.pop(key, None)
            return
        flags["_weather"] = self["kind"]
        flags["_weather_strength"] = self["strength"]
        flags["_weather_map"] = host.world.map.name
