"""Where plays begin: New Game, a chapter's declared start state, or a scene or beat (practice).

Starts are named by text (what a `.run` file records): `new_game`, `chapter:<id>`,
`scene:<chapter>:<scene id>`, `beat:<beat id>` (the first scene that tells it).

A chapter may declare the state a chapter run starts from in `dialogue/chapters.yaml`::

    cottages:
      title: The Cottages
      map: cottages_yard
      spawn: arrival
      scene: c01_arrival
      start: {flags: {kept_tape: true}, items: {tokens: 2}, memories: [the_tape]}

Without `start` the chapter begins from an empty state. The same function builds the start for the
title's New Game and Chapter Select, a live run and `verify`, so all begin from identical state.
"""

from __future__ import annotations

from typing import Any

from game.play.play import REPLAY_FLAG, Play
from game.state import GameState

NEW_GAME = "new_game"


class StartError(ValueError):
    """A start that this content cannot provide (an unknown chapter or scene)."""


def chapter_ids(ctx: Any) -> list[str]:
    """Chapters in the order `chapters.yaml` lists them."""
    return list(ctx.content.chapters)


def tells_a_beat(ctx: Any, chapter: str) -> bool:
    """Whether a chapter tells the story: some scene of it declares a `beat`. A placeholder (a
    title card saying the chapter is still being written) does not, and is no speedrun category."""
    return any(s.chapter == chapter and s.beat for s in ctx.content.scenes.values())


def run_chapters(ctx: Any) -> list[str]:
    """The chapters a full run splits at, in order: the story's chapters up to the first that
    does not tell a beat (a placeholder at the end of what exists); each is a chapter category."""
    out = []
    for chapter in chapter_ids(ctx):
        if not tells_a_beat(ctx, chapter):
            break
        out.append(chapter)
    return out


# The whole-game categories: any% (`full`: New Game to the fade to white) and all memories
# (`memories`: the same, having found every memory the game has). Both split at every chapter.
WHOLE_GAME = ("full", "memories")


def whole_game_categories(ctx: Any) -> list[str]:
    """any%, and all memories once every chapter tells its story (while one is a placeholder,
    the memories after it cannot be found)."""
    complete = run_chapters(ctx) == chapter_ids(ctx)
    return [c for c in WHOLE_GAME if complete or c != "memories"]


def categories(ctx: Any) -> list[str]:
    """Every speedrun category of this content: the whole-game ones, then `chapter:<id>` in order."""
    return [*whole_game_categories(ctx), *(f"chapter:{c}" for c in run_chapters(ctx))]


def is_whole_game(category: str) -> bool:
    return category in WHOLE_GAME


def start_of(category: str) -> str:
    """Where a category's runs start: New Game, or the chapter's declared start."""
    return NEW_GAME if is_whole_game(category) else category


def category_chapters(ctx: Any, category: str) -> list[str]:
    """The chapters a run of this category splits at, in order."""
    return run_chapters(ctx) if is_whole_game(category) else [category.partition(":")[2]]


def memories_missing(ctx: Any, category: str, found: list[str]) -> list[str]:
    """What an all-memories run has still to find (in the order the game lists them); nothing for
    any other category."""
    if category != "memories":
        return []
    have = set(found)
    return [m for m in ctx.content.memories if m not in have]


def chapter_title(ctx: Any, chapter: str) -> str:
    info = ctx.content.chapters.get(chapter) or {}
    return str(info.get("title") or chapter.replace("_", " ").title())


def declared_state(info: dict[str, Any], seed: int) -> GameState:
    """A fresh state with the chapter's declared `start` (bad entries are left out)."""
    start = info.get("start") if isinstance(info.get("start"), dict) else {}
    flags = start.get("flags") if isinstance(start.get("flags"), dict) else {}
    items = start.get("items") if isinstance(start.get("items"), dict) else {}
    memories = start.get("memories") if isinstance(start.get("memories"), list) else []
    return GameState(
        flags={str(k): v for k, v in flags.items() if type(v) in (bool, int, str)},
        items={str(k): v for k, v in items.items() if type(v) is int and v > 0},
        memories=[m for m in memories if isinstance(m, str)],
        seed=seed,
    )


def scenes_of(ctx: Any, chapter: str) -> list[str]:
    """The scenes practice can start from: the chapter's opening scene first, then the rest by file."""
    info = ctx.content.chapters.get(chapter) or {}
    opening = str(info.get("scene") or "")
    found = sorted(
        (s for s in ctx.content.scenes.values() if s.chapter == chapter and s.id != opening),
        key=lambda s: (str(s.file), s.line),
    )
    return ([opening] if opening in ctx.content.scenes else []) + [s.id for s in found]


def scene_place(ctx: Any, chapter: str, scene: str) -> tuple[str, str]:
    """The map and spawn to practise a scene in: the map whose object plays it, else the chapter's."""
    info = ctx.content.chapters.get(chapter) or {}
    default = (str(info.get("map", "")), str(info.get("spawn", "")))
    if scene == info.get("scene"):
        return default
    for path in sorted(ctx.paths.maps.glob("*.tmx")):
        try:
            data = ctx.maps.get(path.stem)
        except Exception:  # a broken map is reported where it is played; here it is passed over
            continue
        if any(str(o.prop("scene", "")) == scene for o in data.objects):
            spawns = data.of_kind("spawn")
            return data.name, spawns[0].name if spawns else ""
    return default


def make_start(ctx: Any, start: str, seed: int = 0) -> Play:
    """The play a run starts with. Raises StartError, or MapError for a broken map."""
    if start == NEW_GAME:
        return new_game(ctx, seed)
    kind, _, rest = start.partition(":")
    if kind == "beat":  # "beat:h05": practice from the first scene that tells a beat
        chapter, scene = beat_scene(ctx, rest)
        return make_start(ctx, f"scene:{chapter}:{scene}", seed)
    chapter, _, scene = rest.partition(":")
    info = ctx.content.chapters.get(chapter)
    if kind not in ("chapter", "scene") or not isinstance(info, dict):
        raise StartError(f"no such start {start!r} (chapters: {', '.join(chapter_ids(ctx))})")
    if kind == "chapter":
        return chapter_start(ctx, chapter, seed)
    if scene not in ctx.content.scenes:
        raise StartError(f"no scene {scene!r} to practise")
    state = declared_state(info, seed)
    state.chapter = chapter
    if info.get("sprite"):
        state.flags["_player_sprite"] = str(info["sprite"])
    play = Play(ctx, *scene_place(ctx, chapter, scene), state)
    play.director.start(scene)
    return play


def beat_scene(ctx: Any, beat: str) -> tuple[str, str]:
    """(chapter, scene) of the first scene, by file, that tells ``beat`` (its `beat:` id)."""
    found = sorted(
        (s for s in ctx.content.scenes.values() if s.beat == beat and s.chapter),
        key=lambda s: (str(s.file), s.line),
    )
    if not found:
        raise StartError(f"no scene tells beat {beat!r}")
    return str(found[0].chapter), found[0].id


def new_game(ctx: Any, seed: int = 0) -> Play:
    """New Game: the manifest's first place, handing over to its first chapter."""
    m = ctx.manifest
    play = Play(ctx, m.start_map, m.start_spawn, GameState(seed=seed))
    play.pending_chapter = m.start_chapter or None
    return play


def chapter_start(ctx: Any, chapter: str, seed: int = 0) -> Play:
    """A chapter from its declared `start` state, in its own place. Raises MapError."""
    info = ctx.content.chapters.get(chapter)
    if not isinstance(info, dict):
        raise StartError(f"no such chapter {chapter!r}")
    state = declared_state(info, seed)
    play = Play(ctx, str(info.get("map", "")), str(info.get("spawn", "")), state)
    play.pending_chapter = chapter
    return play


def chapter_select(ctx: Any, chapter: str) -> Play:
    """Chapter Select's play: a chapter played again apart from the player's story. It never
    writes the story's autosaves (Continue means "my story"); saving by hand still works."""
    play = chapter_start(ctx, chapter)
    play.state.flags[REPLAY_FLAG] = True
    return play
