"""Practice from any beat, with the state a full run has there.

`runs/practice.json` holds, for each beat of the committed full run, the game as it was at the last
moment of rest before the beat began (Kathy free to walk: the map, where she stands, the people,
flags, tokens, memories, scenes seen), written by `tests/record_runs.py` in the save format. A
practice attempt restores that point and ends when a beat after the practised one begins (beats
told on the way to it, when it follows another without a pause, do not end it). A chapter's opening beat is
practised from the chapter's declared start (what a chapter run starts from). A beat the file does
not have (the content changed since it was written) falls back to its first scene, started in its
place with the chapter's declared state, and the list says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from game.play.play import Play
from game.play.start import StartError, run_chapters, scene_place
from game.save import savegame

PRACTICE_FILE = "practice.json"
MAX_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class Beat:
    beat: str
    chapter: str
    scene: str  # the first scene that tells it
    name: str  # for the list: the scene's name made readable, and the place
    start: str  # "chapter:<id>", "beat:<id>" (a recorded point) or "scene:<chapter>:<scene>"


def at_rest(play: Play) -> bool:
    d = play.director
    return (
        d.run is None
        and d.card is None
        and play.pending_warp is None
        and play.pending_chapter is None
        and play.fade.done
        and not d.walkers
    )


def capture_point(ctx: Any, play: Play) -> dict[str, Any] | None:
    """The play as a practice point, when it is at rest (else None). The backlog is left out."""
    if not at_rest(play):
        return None
    backlog, play.state.backlog = play.state.backlog, []
    try:
        data = savegame.capture(ctx, play)
    finally:
        play.state.backlog = backlog
    data.pop("content", None)
    return data


def load_points(ctx: Any) -> dict[str, dict[str, Any]]:
    path = ctx.paths.root / "runs" / PRACTICE_FILE
    try:
        if path.stat().st_size > MAX_BYTES:
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    beats = data.get("beats") if isinstance(data, dict) else None
    return (
        {k: v for k, v in beats.items() if isinstance(v, dict)} if isinstance(beats, dict) else {}
    )


def _readable(scene_id: str, beat: str) -> str:
    words = scene_id.removeprefix(beat).strip("_").replace("_", " ")
    return words.capitalize() or beat


def beats(ctx: Any, chapter: str) -> list[Beat]:
    """The beats of a chapter in story order, each with how practice starts it."""
    points = load_points(ctx)
    info = ctx.content.chapters.get(chapter) or {}
    opening = str(info.get("scene") or "")
    first: dict[str, Any] = {}
    for scene in sorted(ctx.content.scenes.values(), key=lambda s: (str(s.file), s.line)):
        if scene.chapter == chapter and scene.beat and scene.beat not in first:
            first[scene.beat] = scene
    order = sorted(first, key=lambda b: (list(points).index(b) if b in points else 10_000, b))
    out = []
    for beat in order:
        told = str((points.get(beat) or {}).get("beat_scene", ""))
        scene = ctx.content.scenes.get(told) or first[beat]  # the scene a run meets it in
        if scene.id == opening:
            start = f"chapter:{chapter}"
        elif beat in points:
            start = f"beat:{beat}"
        else:
            start = f"scene:{chapter}:{scene.id}"
        point = points.get(beat) if start.startswith("beat:") else None
        place = _place(ctx, point, chapter, scene.id)
        name = f"{_readable(scene.id, beat)}" + (f" \u00b7 {place}" if place else "")
        out.append(Beat(beat, chapter, scene.id, name, start))
    return out


def _place(ctx: Any, point: dict[str, Any] | None, chapter: str, scene: str) -> str:
    if point is not None and isinstance(point.get("place"), str):
        return point["place"]
    name = scene_place(ctx, chapter, scene)[0]
    try:
        return str(ctx.maps.get(name).props.get("title") or "")
    except Exception:  # a broken map is reported where it is played
        return ""


def start_play(ctx: Any, beat: str) -> Play:
    """The play a practice of this beat starts from (a recorded point). Raises StartError."""
    point = load_points(ctx).get(beat)
    if point is None:
        raise StartError(f"no practice point for beat {beat!r}")
    play, problem = savegame.restore(ctx, point)
    if play is None:
        raise StartError(problem or f"cannot practise {beat}")
    if play.state.chapter not in run_chapters(ctx):
        raise StartError(f"beat {beat} is in no chapter of this game")
    play.director.toast = []
    return play
