"""Where the memories are: the places (map titles) whose objects give each memory, for the
Memories screen's hints ("Look in: the Assembly Hall").

Read from the maps themselves, so a new chapter or a mod needs nothing extra: a map object gives a
memory by its `memory` property, or by a `scene` that collects it. Only the maps' properties and
objects are read (never tiles or images), once per story loaded.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

_cache: list[Any] = [None, {}]  # [the story it was read for, its places]


def map_leads(path: Path) -> tuple[str, set[str], set[str]]:
    """(the place's name, memory ids and scene ids its objects name) of one .tmx file."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError):
        return "", set(), set()  # a broken map is reported where it is played
    title = ""
    for prop in root.findall("./properties/property"):
        if prop.get("name") == "title":
            title = prop.get("value") or prop.text or ""
    memories, scenes = set(), set()
    for prop in root.findall("./objectgroup/object/properties/property"):
        value = prop.get("value") or ""
        if prop.get("name") == "memory" and value:
            memories.add(value)
        elif prop.get("name") == "scene" and value:
            scenes.add(value)
    return title or path.stem.replace("_", " ").title(), memories, scenes


def map_files(ctx: Any) -> list[Path]:
    """Every map the game can load, a mod's in place of the game's of the same id."""
    names = {p.stem for p in Path(ctx.paths.maps).glob("*.tmx")}
    for folder in getattr(ctx.maps, "overlays", []):
        names |= {p.stem for p in Path(folder).glob("*.tmx")}
    return [ctx.maps.path(name) for name in sorted(names)]


def memory_places(ctx: Any) -> dict[str, list[str]]:
    """Memory id -> the names of the places where it can be found, in map order."""
    content = ctx.content
    if _cache[0] is content:
        return _cache[1]
    givers: dict[str, set[str]] = {}  # scene id -> memories it collects
    for scene in content.scenes.values():
        for cmd in scene.walk():
            if cmd.key == "memory" and cmd["id"]:
                givers.setdefault(scene.id, set()).add(str(cmd["id"]))
    places: dict[str, list[str]] = {}
    for path in map_files(ctx):
        title, memories, scenes = map_leads(path)
        for scene in scenes:
            memories |= givers.get(scene, set())
        for memory in sorted(memories):
            if title not in places.setdefault(memory, []):
                places[memory].append(title)
    _cache[:] = [content, places]
    return places


def place_words(places: list[str]) -> str:
    """ "Look in: the Assembly Hall" (or two or three places); "" when no map gives it."""
    if not places:
        return ""
    shown = places[:3]
    joined = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]
    return f"Look in: {joined}"
