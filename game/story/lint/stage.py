"""Checks over the stage: a pose that needs a place names a point made for it, a hug names someone,
paces and gesture lengths are sane, posed people have pose frames, and the marks on a map (points,
spawns, npcs) do not stand on each other (people shown there would overlap)."""

from __future__ import annotations

import json
from pathlib import Path

from game.story.library import PACE_MAX, PACE_MIN
from game.story.lint.content import Content, guarded
from game.story.lint.world import object_lines
from game.story.model import Scene
from game.story.posing import PLACE_POSES
from game.story.yamlsrc import YMap, YScalar, load_yaml
from game.world.actor import POSES
from game.world.mapdata import MapData, MapObject
from game.world.spacing import BODY_H, BODY_W, crowds
from game.world.world import NPC_POSES, spawn_position

MARKS = ("point", "spawn", "npc")
POINT_POSES = tuple(
    p for p in POSES if p not in ("stand", "hug")
)  # what a point's `poses` may name


def check_stage(c: Content, scene_maps: dict[str, set[str]], player: str = "") -> None:
    posed = _pose_sheets(c)
    frames = _layout_frames(c)
    for scene in c.lib.scenes.values():
        guarded(c, scene.file, _scene, c, scene, scene_maps.get(scene.id, set()), posed)
        if frames is not None:
            guarded(c, scene.file, _gestures_in_poses, c, scene, frames)
    sent = sent_to(c)
    for data in c.maps.values():
        guarded(c, data.path, _map, c, data, sent, player)
    guarded(c, c.dialogue / "actors.yaml", _actors, c)


def allowed_poses(obj: MapObject) -> list[str]:
    """The poses a point's `poses` property names ("lie,sit" -> ["lie", "sit"])."""
    return [p.strip() for p in str(obj.prop("poses", "")).split(",") if p.strip()]


def _scene(c: Content, scene: Scene, runs_in: set[str], posed: set[str] | None) -> None:
    file = scene.file
    for cmd in scene.walk():
        args, where = cmd.args, (file, cmd.line, cmd.col)
        if cmd.key == "pose":
            _pose(c, args, where, runs_in)
        elif cmd.key == "pace":
            percent = args.get("percent")
            if isinstance(percent, int) and percent and not PACE_MIN <= percent <= PACE_MAX:
                c.add(*where, "L074", f"pace {percent}% is out of range ({PACE_MIN} to "
                      f"{PACE_MAX}, or 0 for their usual pace)")  # fmt: skip
        elif cmd.key == "gesture":
            ticks = args.get("ticks")
            if isinstance(ticks, int) and ticks < 1:
                c.add(*where, "L074", f"a gesture plays for at least 1 tick, not {ticks}")
        if cmd.key in ("pose", "gesture") and posed is not None:
            _has_frames(c, args.get("actor"), where, posed)


def _pose(c: Content, args: dict, where: tuple[str, int, int], runs_in: set[str]) -> None:
    pose, at, partner, actor = args.get("pose"), args.get("at"), args.get("with"), args.get("actor")
    if pose in PLACE_POSES and not at:
        c.add(*where, "L070", f"`{pose}` needs a place: `at:` a point whose `poses` allows {pose}")
    if pose in PLACE_POSES and at:
        maps = [m for name, m in c.maps.items() if m.point(at) is not None]
        here = [m for m in maps if m.name in runs_in] or maps
        if here and not any(pose in allowed_poses(m.point(at)) for m in here):  # type: ignore[arg-type]
            have = sorted({p for m in here for p in allowed_poses(m.point(at))})  # type: ignore[arg-type]
            shown = f"only {', '.join(have)}" if have else "no `poses` property"
            names = ", ".join(sorted(m.name for m in here))
            c.add(*where, "L071", f"point `{at}` ({names}) does not allow `{pose}` ({shown}); "
                  f"give it `poses: {pose}`")  # fmt: skip
    if pose == "hug":
        if not partner:
            c.add(*where, "L072", "a hug needs someone: `with:` an actor")
        elif partner == actor:
            c.add(*where, "L072", f"`{actor}` cannot hug themselves")
        if at:
            c.add(*where, "L073", "`at:` is not used by a hug (they meet where the other stands)")
    elif partner:
        c.add(*where, "L073", f"`with:` only means something for a hug, not for `{pose}`")


def _layout_frames(c: Content) -> dict[str, list[str]] | None:
    """Gesture -> the frames it shows, and every frame name, from the pose layout (if any)."""
    path = c.root / "assets" / "sprites" / "poses" / "layout.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        out = {str(g): [str(f) for f, _ in seq if f] for g, seq in data["gestures"].items()}
        out[""] = [str(name) for name in data["frames"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return out


def _gestures_in_poses(c: Content, scene: Scene, frames: dict[str, list[str]]) -> None:
    """A gesture someone plays in a pose it has no frames for is not seen (a stamp while seated).
    Poses are followed in file order, branches and all: a hint, not a proof."""
    pose_of: dict[str, str] = {}
    for cmd in scene.walk():
        actor, args = cmd.args.get("actor"), cmd.args
        if not isinstance(actor, str):
            continue
        if cmd.key == "pose" and isinstance(args.get("pose"), str):
            pose_of[actor] = args["pose"]
            if args["pose"] == "hug" and isinstance(args.get("with"), str):
                pose_of[args["with"]] = "hug"
        elif cmd.key in ("walk", "show"):
            pose_of[actor] = "stand"
        elif cmd.key == "gesture" and isinstance(args.get("gesture"), str):
            pose = pose_of.get(actor, "stand")
            shown = frames.get(args["gesture"], [])
            if pose != "stand" and shown and not any(f"{pose}.{f}" in frames[""] for f in shown):
                c.add(scene.file, cmd.line, cmd.col, "L078",
                      f"`{args['gesture']}` is not drawn while `{actor}` is in the pose "
                      f"`{pose}` (stand them up first): it would not show")  # fmt: skip


def _pose_sheets(c: Content) -> set[str] | None:
    folder = c.root / "assets" / "sprites" / "poses"
    if not folder.is_dir():
        return None  # content without art of its own (tests, a small mod): nothing to check
    return {p.stem for p in folder.glob("*.png")}


def _has_frames(c: Content, actor: object, where: tuple[str, int, int], posed: set[str]) -> None:
    if not isinstance(actor, str):
        return
    info = c.lib.actors.get(actor)
    sprite = info.sprite if info is not None and info.sprite else actor
    if sprite in c.sprites and sprite not in posed:
        c.add(*where, "L077", f"sprite `{sprite}` has no pose sheet (rebuild the art: "
              "python assets/tools/build_art.py); it is drawn standing")  # fmt: skip


def sent_to(c: Content) -> dict[str, set[str]]:
    """Point name -> the people scenes put there (walked to, shown at, posed at)."""
    out: dict[str, set[str]] = {}
    for scene in c.lib.scenes.values():
        for cmd in scene.walk():
            args = cmd.args
            actor = args.get("actor")
            if not isinstance(actor, str):
                continue
            ends = [args.get("to") or (args.get("path") or [None])[-1]] if cmd.key == "walk" else []
            if cmd.key in ("show", "pose"):
                ends = [args.get("at")]
            for point in ends:
                if isinstance(point, str) and point:
                    out.setdefault(point, set()).add(actor)
    return out


def _who(obj: MapObject, sent: dict[str, set[str]], player: str) -> list[frozenset[str]]:
    """Who may stand on a mark, each person as the names scenes call them by: an npc is one person
    (its object name and actor id), a spawn the player, a point whoever scenes send there."""
    if obj.kind == "npc":
        return [frozenset({obj.name, str(obj.prop("actor", obj.name))})]
    if obj.kind == "spawn":
        return [frozenset({player})]
    return [frozenset({name}) for name in sorted(sent.get(obj.name, ()))]


def _clash(a: list[frozenset[str]], b: list[frozenset[str]]) -> set[str]:
    """Names of two different people, one on each mark (empty when it is only ever one person)."""
    out: set[str] = set()
    for p in a:
        for q in b:
            if not p & q:
                out |= {min(p), min(q)}
    return out


def _map(c: Content, data: MapData, sent: dict[str, set[str]], player: str) -> None:
    file = str(data.path)
    lines = object_lines(c.map_texts.get(data.name, ""))
    marks: list[tuple[int, int, MapObject]] = []
    for obj in data.objects:
        if obj.kind == "point":
            for pose in allowed_poses(obj):
                if pose not in POINT_POSES:
                    c.add(file, lines.get(obj.obj_id, 1), 1, "L075", f"point `{obj.name}`: "
                          f"`poses` names `{pose}`; poses: {', '.join(POINT_POSES)}")  # fmt: skip
        if obj.kind == "npc" and obj.prop("pose", "stand") not in ("stand", *NPC_POSES):
            c.add(file, lines.get(obj.obj_id, 1), 1, "L075", f"npc `{obj.name}`: `pose` is "
                  f"`{obj.prop('pose')}`; poses: {', '.join(NPC_POSES)}")  # fmt: skip
        if obj.kind in MARKS:
            x, y = obj.rect.center if obj.kind == "npc" else spawn_position(obj)
            marks.append((x, y, obj))
    marks.sort(key=lambda m: (m[0], m[1], m[2].obj_id))
    for i, (x, y, a) in enumerate(marks):  # a sweep along x: only near neighbours are compared
        for bx, by, b in marks[i + 1 :]:
            if bx - x >= BODY_W:
                break
            if not crowds(x, y, bx, by, unit=1):
                continue
            clash = _clash(_who(a, sent, player), _who(b, sent, player))
            if not clash:
                continue  # one person under two names (an npc and its own spot), or nobody
            first, second = sorted((a, b), key=lambda o: lines.get(o.obj_id, 1))
            c.add(file, lines.get(second.obj_id, 1), 1, "L076",
                  f"{_label(second)} stands on {_label(first)} ({abs(bx - x)} px apart across, "
                  f"{abs(by - y)} down; people need {BODY_W} x {BODY_H}): "
                  f"{_names(clash)} would stand inside each other")  # fmt: skip


def _names(who: set[str]) -> str:
    return ", ".join(f"`{w}`" for w in sorted(who))


def _label(obj: MapObject) -> str:
    return f"{obj.kind} `{obj.name or obj.obj_id}`"


def _actors(c: Content) -> None:
    for path in c.data_files("actors"):
        _actor_paces(c, path)


def _actor_paces(c: Content, path: Path) -> None:
    root, _ = load_yaml(path.read_text(encoding="utf-8"))
    if not isinstance(root, YMap):
        return
    for key, value in root.items:
        pace = value.get("pace") if isinstance(value, YMap) else None
        if pace is None:
            continue
        ok = isinstance(pace, YScalar) and pace.kind == "int"
        if not ok or not PACE_MIN <= int(pace.value) <= PACE_MAX:  # type: ignore[arg-type]
            c.add(path, pace.pos.line, pace.pos.col, "L074",
                  f"`{key.text}`: pace must be a whole number from {PACE_MIN} to {PACE_MAX} "
                  "(percent of normal walking pace)")  # fmt: skip
