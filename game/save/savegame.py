"""Saving and loading a game: capture a play into a plain dict, and back.

A save holds the play's state (flags, items, memories, backlog ...), where Kathy stands and who is
where, and the scene being played by the stable id of its current line, so loading resumes on that
line. If the content changed and the line is gone, the scene starts again from its beginning and the
player is told; nothing here can crash the game or lose the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from game.play.play import Play
from game.save.clean import clean_save
from game.save.fingerprint import content_fingerprint
from game.save.slots import SaveStore
from game.state import GameState
from game.story.runner import Frame, SceneRun
from game.world.actor import SUB, Actor
from game.world.mapdata import MapError

if TYPE_CHECKING:
    from game.context import Context


def store(ctx: Context) -> SaveStore:
    """The save slots (created once per context)."""
    if getattr(ctx, "_store", None) is None:
        ctx._store = SaveStore(ctx.paths.saves)  # type: ignore[attr-defined]
    return ctx._store  # type: ignore[attr-defined]


def fingerprint(ctx: Context) -> str:
    if getattr(ctx, "_fingerprint", None) is None:
        try:
            ctx._fingerprint = content_fingerprint(ctx.paths.root)  # type: ignore[attr-defined]
        except OSError:
            ctx._fingerprint = ""  # type: ignore[attr-defined]
    return ctx._fingerprint  # type: ignore[attr-defined]


# -- capture ---------------------------------------------------------------------------------------
def capture(ctx: Context, play: Play) -> dict[str, Any]:
    world, director, state = play.world, play.director, play.state
    player = world.player
    return {
        "chapter": state.chapter,
        "place": play.place_name(),
        "play_ticks": state.play_ticks,
        "content": fingerprint(ctx),
        "state": state.to_data(),
        "world": {
            "map": world.map.name,
            "player": [player.x, player.y, player.facing, player.sprite],
            "actors": {
                k: [a.x, a.y, a.facing, a.visible, a.sprite] for k, a in world.actors.items()
            },
            # poses, gestures and paces, only where set (older games ignore the key)
            "staging": {
                k: a.staging() for k, a in [("", player), *world.actors.items()] if a.staging()
            },
        },
        "scene": scene_position(director.run),
        "director": {
            "followers": dict(director.followers.modes),
            "sneak": director.sneak.snapshot() if director.sneak else None,
            "fade": play.fade.snapshot(),
        },
    }


def scene_position(run: SceneRun | None) -> dict[str, Any] | None:
    if run is None or not run.frames:
        return None
    top = run.frames[-1]
    # The waiting command is the one just before the top frame's index: it is re-run on load.
    current = top.steps[top.index - 1] if 0 < top.index <= len(top.steps) else None
    return {
        "frames": [[f.scene.id, f.path, f.index, f.called] for f in run.frames],
        "line": current.line_id() if current is not None else None,
        "path": current.path if current is not None else None,
    }


def save_to_slot(
    ctx: Context,
    play: Play,
    slot: str,
    thumbnail: bytes | None = None,
    *,
    overwrite_damaged: bool = False,
) -> str | None:
    """Save into a slot (with a small picture when there is one); None, or why it could not
    (for the player: "could not write quick.json: the disk is full").
    `overwrite_damaged`: the player agreed to replace a damaged save (it is kept aside first)."""
    problem = ctx.write_problem()
    if problem is not None:
        return problem
    try:
        store(ctx).save(
            slot, capture(ctx, play), thumbnail=thumbnail, overwrite_damaged=overwrite_damaged
        )
    except Exception as exc:  # a full disk, a damaged slot: tell the player, keep playing
        return str(exc)
    play.saved_tick = play.state.play_ticks
    ctx.flush()  # the profile, if it could not be written before, goes with the save
    return None


def autosave(ctx: Context, play: Play, thumbnail: bytes | None = None) -> None:
    if ctx.headless:  # a headless run is the game as shipped: it writes no saves
        return
    problem = ctx.write_problem()
    if problem is not None:
        return  # said when the game started (another copy holds the folder)
    try:
        store(ctx).autosave(capture(ctx, play), thumbnail=thumbnail)
        play.saved_tick = play.state.play_ticks
    except Exception as exc:  # never let an autosave stop the game
        ctx.notices.report(f"Autosave failed: {exc}.")
        return
    ctx.flush()


def delete_slot(ctx: Context, slot: str) -> str | None:
    """Delete a slot and its backup (a damaged file's kept copies stay); None, or why not."""
    problem = ctx.write_problem()
    if problem is not None:
        return problem
    try:
        store(ctx).delete(slot)
    except Exception as exc:
        return str(exc)
    return None


def has_unsaved_progress(play: Play) -> bool:
    return play.state.play_ticks - play.saved_tick > 60


# -- restore ---------------------------------------------------------------------------------------
def load_slot(ctx: Context, slot: str, *, backup: bool = False) -> tuple[Play | None, str | None]:
    data, problem = store(ctx).load(slot, backup=backup)
    if data is None:
        return None, problem or "empty slot"
    return restore(ctx, data)


def restore(ctx: Context, data: dict[str, Any]) -> tuple[Play | None, str | None]:
    """A play from a save, or (None, why). Never raises: every part is checked and bounded first
    (`game.save.clean`), a part that is wrong falls back and the player is told."""
    clean, dropped = clean_save(data)
    world_data = clean["world"]
    if not world_data["map"]:
        return None, "Cannot load this save: it does not say which place it was saved in."
    try:
        play = Play(ctx, world_data["map"], "", GameState.from_data(clean["state"]))
    except MapError as exc:
        return None, f"Cannot load this save: {exc}"
    except Exception as exc:  # content that cannot hold this save: say so, keep the game
        return None, f"Cannot load this save: {type(exc).__name__}"
    state = play.state
    _place_actors(play, world_data)
    _restore_staging(play, world_data["staging"])
    play.director.followers.modes = dict(clean["director"]["followers"])
    if state.flags.get("_music"):
        ctx.audio.play_music(str(state.flags["_music"]))
    note = resume_scene(ctx, play, clean["scene"])
    play.saved_tick = state.play_ticks
    if dropped and not note:
        note = "Parts of this save were damaged; they were left out."
    if note:
        play.director.toast = [note, 180]
    return play, None


def _place_actors(play: Play, world_data: dict[str, Any]) -> None:
    """Everyone where the save has them, kept inside the map (a position outside it is moved to
    its edge; walking on from there frees them as it frees anyone standing in a wall)."""
    width, height = play.world.map.pixel_size
    right, bottom = width * SUB - 1, height * SUB - 1
    player = world_data.get("player")
    if player is not None:
        p = play.world.player
        x, y = min(player[0], right), min(player[1], bottom)
        p.facing, p.sprite = player[2], player[3]
        play.world.place_player(x // SUB, y // SUB, p.facing)
        p.x, p.y = x, y
    for name, (x, y, facing, visible, sprite) in world_data["actors"].items():
        actor = play.world.actors.get(name)
        if actor is None:
            actor = play.world.actors[name] = Actor(name, sprite, 0, 0, role=name)
        actor.x, actor.y = min(x, right), min(y, bottom)
        actor.facing, actor.visible, actor.sprite = facing, visible, sprite


def _restore_staging(play: Play, staging: dict[str, Any]) -> None:
    """Poses, gestures and paces ("" is the player); a save without them leaves everyone standing."""
    for name, values in staging.items():
        actor = play.world.player if name == "" else play.world.actors.get(name)
        if actor is not None:
            actor.restore_staging(values)


def resume_scene(ctx: Context, play: Play, position: Any) -> str | None:
    """Put the scene back on its line; returns a note for the player when that was not possible."""
    if not isinstance(position, dict) or not position.get("frames"):
        return None
    frames = position["frames"]
    scenes = ctx.content.scenes
    director = play.director
    run = SceneRun.__new__(SceneRun)
    run.host, run.wait, run.done, run.frames = director, None, False, []
    ok = True
    for entry in frames:
        try:
            scene_id, path, index, called = (
                str(entry[0]),
                str(entry[1]),
                int(entry[2]),
                bool(entry[3]),
            )
        except (IndexError, TypeError, ValueError):
            ok = False
            break
        scene = scenes.get(scene_id)
        steps = scene.steps_at(path) if scene is not None else None
        if steps is None or not 0 <= index <= len(steps):
            ok = False
            break
        run.frames.append(Frame(scene, path, steps, index, called))
    line = position.get("line")
    if ok and run.frames:
        top = run.frames[-1]
        current = top.steps[top.index - 1] if top.index > 0 else None
        if current is not None and (line is None or current.line_id() == line):
            top.index -= 1  # run the waiting command again: the line shows again
            run.scene = top.scene
            director.run = run
            return None
    # The content changed: find the line by id in the scene it was in, else start that scene again.
    top_id = str(frames[-1][0]) if isinstance(frames[-1], list) and frames[-1] else ""
    scene = scenes.get(top_id) or scenes.get(str(frames[0][0]) if frames[0] else "")
    if scene is None:
        return "The scene you saved in no longer exists; carrying on from here."
    cmd = scene.find_line(str(line)) if line else None
    rebuilt = _frames_for_path(scene, cmd.path) if cmd is not None else None
    if rebuilt:
        run.frames, run.scene = rebuilt, scene
        director.run = run
        return None
    director.start(scene.id)
    return "The game changed since this save: the scene starts again from its beginning."


def _frames_for_path(scene, path: str) -> list[Frame] | None:
    """The frame stack that is about to run the command at ``path`` ("3.then.0" and the like)."""
    parts = path.split(".")
    frames: list[Frame] = []
    list_path, k = "", 0
    while k < len(parts):
        steps = scene.steps_at(list_path)
        if steps is None or not parts[k].isdigit() or int(parts[k]) >= len(steps):
            return None
        index = int(parts[k])
        last = k == len(parts) - 1
        frames.append(Frame(scene, list_path, steps, index if last else index + 1))
        if not last:
            list_path = ".".join(parts[: k + 2])
        k += 2
    return frames
