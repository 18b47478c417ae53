"""Commands that change what the game remembers: flags, counters, items, memories."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.story.model import Command
from game.story.params import Param
from game.story.runner import Ticks

if TYPE_CHECKING:
    from game.story.runner import SceneRun


class Set(Command):
    """Set flags (true/false), counters (whole numbers) or text values by name."""

    key = "set"
    short = "values"
    whole = True
    category = "State"
    params = {"values": Param("values", required=True, doc="name: value pairs")}
    example = "set: {told_lucy: true, mood: quiet}"

    def start(self, run: SceneRun) -> None:
        run.host.apply_effects({"set": self["values"]})


class Add(Command):
    """Add to counters (negative numbers subtract)."""

    key = "add"
    short = "values"
    whole = True
    category = "State"
    params = {"values": Param("values", required=True, doc="name: amount pairs")}
    example = "add: {kindness: 1}"

    def start(self, run: SceneRun) -> None:
        run.host.apply_effects({"add": self["values"]})


class Give(Command):
    """Give Kathy an item (or several, such as tokens). Conditions read it with `has("id")` and
    `count("id")`."""

    key = "give"
    short = "item"
    category = "State"
    params = {
        "item": Param("ref:item", required=True, doc="item id from dialogue/items.yaml"),
        "count": Param("int", default=1, doc="how many", lo=1, hi=999),
    }
    example = "give: {item: tokens, count: 4}"

    def start(self, run: SceneRun) -> None:
        items = run.host.state.items
        items[self["item"]] = items.get(self["item"], 0) + max(0, self["count"])


class Take(Command):
    """Take an item away (never below zero)."""

    key = "take"
    short = "item"
    category = "State"
    params = {
        "item": Param("ref:item", required=True, doc="item id"),
        "count": Param("int", default=1, doc="how many", lo=1, hi=999),
    }
    example = "take: {item: tokens, count: 2}"

    def start(self, run: SceneRun) -> None:
        items = run.host.state.items
        left = items.get(self["item"], 0) - max(0, self["count"])
        if left > 0:
            items[self["item"]] = left
        else:
            items.pop(self["item"], None)


class Memory(Command):
    """Collect a memory (from `dialogue/memories.yaml`): it joins the Memories list, with a soft
    chime and a notice. Collecting one twice does nothing."""

    key = "memory"
    short = "id"
    category = "State"
    params = {"id": Param("ref:memory", required=True, doc="memory id")}
    example = "memory: old_oak"

    def start(self, run: SceneRun) -> Ticks | None:
        if run.host.collect_memory(self["id"]):
            return Ticks(70)
        return None
