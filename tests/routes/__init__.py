"""The playthrough bot's plan, one module per chapter (named by its chapter id in chapters.yaml).

Each module defines:
- ``ROUTE``: the map objects Kathy must reach, in order (``Goal(map, object)``); scenes that follow
  each other by themselves (a warp, a goto) need no goal; a goal marked ``memory=True`` is a
  detour only the all-memories run takes (the any% and chapter runs, and the playthrough inputs,
  pass it by), so the two routes are one list and cannot drift apart;
- ``CHOICES``: which option to take at each choice met in that chapter, in order (the rest take 0);
- optionally ``SHOP_PLAN`` (cursor rows to buy at a shop, in order) and ``handle(bot, screen)``,
  called first whenever the bot looks at the game: return True when it spent ticks on something
  only that chapter has (a timed press, holding a button ...).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType


@dataclass(frozen=True)
class Goal:
    map: str
    obj: str  # the object's name on that map
    sneak: bool = False  # wait for the watchers to look away before stepping in
    memory: bool = False  # only on the all-memories route


def plan(chapter: str) -> ModuleType | None:
    """The chapter's plan module, or None when the bot has no plan for it."""
    try:
        return importlib.import_module(f"tests.routes.{chapter}")
    except ModuleNotFoundError:
        return None
