"""Reading scene files: YAML with positions, commands with typed parameters, problems with places."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game.story import commands  # noqa: F401  (registers every command)
from game.story.model import Scene, parse_steps
from game.story.params import ID_RE, Problem, Reader
from game.story.yamlsrc import YMap, load_yaml

HEADER_KEYS = ("scene", "beat", "chapter", "steps", "note")
# Files under dialogue/ that are not scenes.
DATA_FILES = ("game.yaml", "actors.yaml", "memories.yaml", "items.yaml", "chapters.yaml")


@dataclass
class FileResult:
    path: Path
    scene: Scene | None
    problems: list[Problem] = field(default_factory=list)


def read_scene_text(text: str, label: str) -> tuple[Scene | None, list[Problem]]:
    """One scene file's text: the scene (None if unusable) and every problem found."""
    root, yproblems = load_yaml(text)
    problems = [Problem(p.line, p.col, p.code, p.message) for p in yproblems]
    if root is None:
        return None, problems
    if not isinstance(root, YMap):
        problems.append(
            Problem(
                root.pos.line,
                root.pos.col,
                "S100",
                "a scene file is a mapping with `scene` and `steps`",
            )
        )
        return None, problems
    reader = Reader()
    for key, _ in root.items:
        if key.text not in HEADER_KEYS:
            reader.problem(
                key,
                "S101",
                f"unknown top-level key `{key.text}` (a scene file has: {', '.join(HEADER_KEYS)})",
            )
    ids = {}
    for name in ("scene", "beat", "chapter"):
        node = root.get(name)
        if node is None:
            if name == "scene":
                reader.problem(root, "S102", "missing `scene: <id>`")
            continue
        value = reader.read("id", node, name)
        if value is not None:
            ids[name] = value
    steps_node = root.get("steps")
    steps = []
    if steps_node is None:
        reader.problem(root, "S103", "missing `steps:` (the list of commands)")
    else:
        steps = parse_steps(steps_node, reader, "")
    problems += reader.problems
    if "scene" not in ids:
        return None, sorted(problems, key=lambda p: (p.line, p.col))
    scene = Scene(ids["scene"], label, ids.get("beat"), ids.get("chapter"), steps, root.pos.line)
    for cmd in scene.walk():
        cmd.scene_id = scene.id
        for option in getattr(cmd, "options", []):
            if option.id.startswith("@"):
                option.id = cmd.auto_id(option.path)
    return scene, sorted(problems, key=lambda p: (p.line, p.col))


MAX_FILE_BYTES = 2_000_000


def read_scene_file(path: Path, label: str | None = None) -> FileResult:
    label = label or str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return FileResult(
                path, None, [Problem(1, 1, "Y006", "file too large for a scene file")]
            )
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return FileResult(
            path,
            None,
            [Problem(1, 1, "S104", f"not UTF-8 text ({exc.reason} at byte {exc.start})")],
        )
    except OSError as exc:
        return FileResult(
            path, None, [Problem(1, 1, "S105", f"cannot read: {exc.strerror or exc}")]
        )
    scene, problems = read_scene_text(text, label)
    return FileResult(path, scene, problems)


def scene_files(root: Path) -> list[Path]:
    """Every scene file under a dialogue folder, in a stable order (translations excluded)."""
    if not root.is_dir():
        return []
    out = []
    for path in sorted(root.rglob("*.yaml")):
        rel = path.relative_to(root)
        if rel.parts[0] == "lang" or (len(rel.parts) == 1 and rel.name in DATA_FILES):
            continue
        out.append(path)
    return out


def valid_id(text: str) -> bool:
    return bool(ID_RE.match(text))
