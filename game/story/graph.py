"""The scene graph: which scene leads to which, by map object, goto, call, chapter and the rest.

Edges come from the data alone: every command parameter that names a scene (`goto`, `call`, a
sneak's `caught` ...), every map object with a `scene`, each chapter's opening scene, and
`end_chapter` handing over to the next chapter. Used by `python -m game story` (the graph as
text and as a picture) and by the writer's tools (finding the place a scene plays in).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from game.story.model import Command, Scene

WORD = re.compile(r"[A-Za-z0-9\u00c0-\uffff]+(?:['\u2019][A-Za-z\u00c0-\uffff]+)*")


@dataclass(frozen=True, order=True)
class Edge:
    source: str  # "scene:<id>", "map:<map>", "chapter:<id>"
    target: str  # the same kinds
    kind: str  # goto, call, caught, object (a map's door, npc, look ...), opening, next_chapter
    label: str = ""  # the map object's name, the command's line


@dataclass
class SceneGraph:
    edges: list[Edge] = field(default_factory=list)
    words: dict[str, int] = field(default_factory=dict)  # scene id -> words shown to the player
    chapters: dict[str, list[str]] = field(default_factory=dict)  # chapter -> its scenes

    def into(self, node: str) -> list[Edge]:
        return [e for e in self.edges if e.target == node]

    def out_of(self, node: str) -> list[Edge]:
        return [e for e in self.edges if e.source == node]


def command_scenes(cmd: Command) -> list[tuple[str, str]]:
    """(kind, scene id) for every parameter of a command that names a scene."""
    out = []
    for name, param in type(cmd).params.items():
        value = cmd.args.get(name)
        if param.kind.removeprefix("list:") == "ref:scene" and value:
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str):
                    out.append((cmd.key if name == "scene" else name, item))
    return out


def line_texts(cmd: Command) -> list[str]:
    """The words a command shows: its line and its options."""
    texts = [
        v for n, v in cmd.args.items() if type(cmd).params[n].kind == "line" and isinstance(v, str)
    ]
    texts += [o.text for o in getattr(cmd, "options", [])]
    return texts


def count_words(texts: Iterable[str]) -> int:
    return sum(len(WORD.findall(strip_markup(t))) for t in texts)


def strip_markup(text: str) -> str:
    """A line's words without its `{...}` markup (flag names are not words the player reads)."""
    return re.sub(r"\{[^{}]*\}", " ", text)


def build_graph(
    scenes: dict[str, Scene], maps: dict[str, Any], chapters: dict[str, Any]
) -> SceneGraph:
    graph = SceneGraph()
    edges: set[Edge] = set()
    for scene in scenes.values():
        node = f"scene:{scene.id}"
        texts: list[str] = []
        for cmd in scene.walk():
            texts += line_texts(cmd)
            for kind, target in command_scenes(cmd):
                edges.add(Edge(node, f"scene:{target}", kind, f"line {cmd.line}"))
            if cmd.key == "end_chapter":
                nxt = cmd["next"]
                edges.add(Edge(node, f"chapter:{nxt}" if nxt else "end", "next_chapter"))
        graph.words[scene.id] = count_words(texts)
        graph.chapters.setdefault(scene.chapter or "", []).append(scene.id)
    for name, data in maps.items():
        for obj in data.objects:
            target = str(obj.prop("scene", "") or "")
            if target:
                edges.add(
                    Edge(f"map:{name}", f"scene:{target}", obj.kind, obj.name or str(obj.obj_id))
                )
    for cid, info in chapters.items():
        if isinstance(info, dict):
            opening = str(info.get("scene") or "")
            if opening:
                edges.add(Edge(f"chapter:{cid}", f"scene:{opening}", "opening"))
            hint = str(info.get("hint") or "")
            if hint:  # played from the pause menu's Hint
                edges.add(Edge(f"chapter:{cid}", f"scene:{hint}", "hint"))
            where = str(info.get("map") or "")
            if where:
                edges.add(Edge(f"chapter:{cid}", f"map:{where}", "place"))
    graph.edges = sorted(edges)
    return graph


def place_of(graph: SceneGraph, scene_id: str) -> tuple[str, str] | None:
    """(map, object) where a scene plays: the map object that plays it, else the one that plays
    the nearest scene leading to it (goto, call), else its chapter's place (no object); None if
    nothing says."""
    seen = {f"scene:{scene_id}"}
    queue = deque([f"scene:{scene_id}"])
    while queue:
        node = queue.popleft()
        for edge in graph.into(node):
            if edge.source.startswith("map:"):
                return edge.source[4:], edge.label
            if edge.source.startswith("chapter:") and edge.kind == "opening":
                place = next((e.target for e in graph.out_of(edge.source) if e.kind == "place"), "")
                if place:
                    return place[4:], ""
            if edge.source not in seen:
                seen.add(edge.source)
                queue.append(edge.source)
    return None


def story_order(graph: SceneGraph, scenes: dict[str, Scene], chapters: list[str]) -> list[str]:
    """Scenes in the order a reader meets them: chapter by chapter, from each chapter's opening
    along gotos and calls (in the order the lines give them), then the rest by file."""
    order: list[str] = []
    done: set[str] = set()

    def visit(start: str) -> None:
        stack = [start]
        while stack:
            sid = stack.pop()
            if sid in done or sid not in scenes:
                continue
            done.add(sid)
            order.append(sid)
            nxt = [e for e in graph.out_of(f"scene:{sid}") if e.target.startswith("scene:")]
            nxt.sort(key=lambda e: int(e.label.split()[-1]) if e.label.startswith("line ") else 0)
            stack += [e.target[6:] for e in reversed(nxt)]

    def by_file(ids: Iterable[str]) -> list[str]:
        return sorted(ids, key=lambda i: (str(scenes[i].file), scenes[i].line))

    for chapter in chapters:
        for edge in graph.out_of(f"chapter:{chapter}"):
            if edge.kind == "opening":
                visit(edge.target[6:])
        for sid in by_file(s.id for s in scenes.values() if s.chapter == chapter):
            visit(sid)
    for sid in by_file(scenes):
        visit(sid)
    return order
