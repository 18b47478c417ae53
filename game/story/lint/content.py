"""Loading every piece of content the linter checks, keeping going past any broken file.

Scenes with problems are kept (when they have an id) so references to them still resolve; the
problems themselves become findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.story import library as libmod
from game.story.lint.codes import Finding
from game.story.loader import ParseMemo, read_scene_file, scene_files
from game.story.params import Problem
from game.story.yamlsrc import YMap, YNode, load_yaml
from game.world.mapdata import MapData, MapError, load_map

_FORMATTED = re.compile(r"^(.*):(\d+):(\d+): ([A-Z]\d{3}) (.*)$", re.DOTALL)
BEAT_RE = re.compile(r"^\s*[-*]\s+`([a-z0-9_]+)`")


@dataclass
class Content:
    root: Path
    lib: libmod.Library = field(default_factory=libmod.Library)
    findings: list[Finding] = field(default_factory=list)
    maps: dict[str, MapData] = field(default_factory=dict)
    map_texts: dict[str, str] = field(default_factory=dict)
    manifest: YNode | None = None
    music: set[str] = field(default_factory=set)
    sounds: set[str] = field(default_factory=set)
    ambient: set[str] = field(default_factory=set)
    sprites: set[str] = field(default_factory=set)
    portraits: set[str] = field(default_factory=set)
    pictures: set[str] = field(default_factory=set)
    story: Path | None = None
    beats: dict[str, tuple[int, int]] = field(default_factory=dict)  # beat -> (line, col)
    scene_files: list[str] = field(default_factory=list)
    table_lines: dict[str, dict[str, int]] = field(default_factory=dict)  # table -> id -> line
    memo: ParseMemo | None = None  # files already parsed (a hot reload reads only what changed)
    only: set[str] | None = None  # check each scene of these files only (None: every scene)

    def wants(self, file: str) -> bool:
        """Whether a scene's own checks run: every scene, or those of the files asked for."""
        return self.only is None or file in self.only

    @property
    def dialogue(self) -> Path:
        return self.root / "dialogue"

    @property
    def manifest_path(self) -> Path:
        return self.dialogue / "game.yaml"

    def add(self, file: str | Path, line: int, col: int, code: str, message: str) -> None:
        self.findings.append(Finding(str(file), line, col, code, message))

    def add_problem(self, file: str | Path, p: Problem) -> None:
        self.add(file, p.line, p.col, p.code, p.message)

    def take_library_problems(self) -> None:
        """Move the library's formatted problem lines into findings."""
        for text in self.lib.problems:
            m = _FORMATTED.match(text)
            if m:
                self.add(m[1], int(m[2]), int(m[3]), m[4], m[5])
            else:
                self.add(self.dialogue, 1, 1, "L999", f"unparsed problem: {text[:200]}")
        self.lib.problems = []


def guarded(content: Content, file: str | Path, work: Any, *args: Any) -> Any:
    """Run one file's work; an unexpected exception becomes an L999 finding, never a traceback."""
    try:
        return work(*args)
    except Exception as exc:  # the linter must survive anything
        content.add(file, 1, 1, "L999", f"internal error: {type(exc).__name__}: {exc}"[:300])
        return None


def _stems(folder: Path, *exts: str) -> set[str]:
    if not folder.is_dir():
        return set()
    return {p.stem for p in folder.iterdir() if p.suffix.lower() in exts and p.is_file()}


def load_content(
    root: Path,
    extra: list[Path],
    story: Path | None,
    memo: ParseMemo | None = None,
    only: set[str] | None = None,
) -> Content:
    c = Content(root, memo=memo, only=only)
    d = c.dialogue
    lib = c.lib
    tables = {}
    for name in ("actors", "memories", "items", "chapters"):
        tables[name] = guarded(c, d / f"{name}.yaml", libmod._table, d / f"{name}.yaml", lib) or {}
        c.table_lines[name] = {k: int(v.get("_line", 1)) for k, v in tables[name].items()}
    lib.actors = {}
    for key, data in tables["actors"].items():
        actor = guarded(c, d / "actors.yaml", libmod._actor, key, data)
        if actor is not None:
            lib.actors[key] = actor
    lib.memories = {
        k: libmod.MemoryInfo(k, str(v.get("title", k)), str(v.get("chapter", "")))
        for k, v in tables["memories"].items()
    }
    lib.items = {k: libmod.ItemInfo(k, str(v.get("name", k))) for k, v in tables["items"].items()}
    lib.chapters = tables["chapters"]
    c.take_library_problems()
    files = scene_files(d) + [p for p in extra if p.suffix == ".yaml" and p not in scene_files(d)]
    for path in files:
        guarded(c, path, _load_scene, c, path)
    guarded(c, d, libmod.infer_flag_types, lib)
    c.take_library_problems()
    _load_manifest(c)
    maps = sorted((root / "maps").glob("*.tmx")) if (root / "maps").is_dir() else []
    maps += [p for p in extra if p.suffix == ".tmx" and p not in maps]
    for path in maps:
        guarded(c, path, _load_map, c, path)
    assets = root / "assets"
    c.music = _stems(assets / "music", ".wav", ".ogg")
    c.sounds = _stems(assets / "sfx", ".wav", ".ogg")
    c.ambient = _stems(assets / "ambient", ".ogg", ".wav")
    c.sprites = _stems(assets / "sprites", ".png")
    c.portraits = _stems(assets / "portraits", ".png")
    c.pictures = _stems(assets / "pictures", ".png")
    c.story = story if story is not None else find_story(root)
    if c.story is not None:
        guarded(c, c.story, _load_beats, c)
    return c


def _load_scene(c: Content, path: Path) -> None:
    result = c.memo.read(path) if c.memo is not None else read_scene_file(path)
    label = str(path)
    c.scene_files.append(label)
    for p in result.problems:
        c.add_problem(label, p)
    scene = result.scene
    if scene is None:
        return
    other = c.lib.scenes.get(scene.id)
    if other is not None:
        c.add(label, scene.line, 1, "S110", f"scene id `{scene.id}` is also used by {other.file}")
        c.add(other.file, other.line, 1, "S110", f"scene id `{scene.id}` is also used by {label}")
        return
    c.lib.scenes[scene.id] = scene


def _load_manifest(c: Content) -> None:
    path = c.manifest_path
    if not path.is_file():
        if c.dialogue.is_dir():
            c.add(path, 1, 1, "L060", "no manifest: dialogue/game.yaml is missing")
        return
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        c.add(path, 1, 1, "S105", f"cannot read: {exc}")
        return
    root, problems = load_yaml(text)
    for p in problems:
        c.add(path, p.line, p.col, p.code, p.message)
    if root is not None and not isinstance(root, YMap):
        c.add(path, root.pos.line, root.pos.col, "L060", "the manifest must be a mapping")
        return
    c.manifest = root


def _load_map(c: Content, path: Path) -> None:
    try:
        data = c.memo.map(path) if c.memo is not None else load_map(path)
    except MapError as exc:
        message = str(exc)
        prefix = f"{path}: "
        c.add(path, 1, 1, "L050", message[len(prefix) :] if message.startswith(prefix) else message)
        return
    if data.name in c.maps:
        c.add(
            path, 1, 1, "L050", f"map name `{data.name}` is also used by {c.maps[data.name].path}"
        )
        return
    c.maps[data.name] = data
    try:
        c.map_texts[data.name] = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        c.map_texts[data.name] = ""


def find_story(root: Path) -> Path | None:
    for candidate in (root.parent / "shared" / "STORY.md", root / "docs" / "STORY.md"):
        if candidate.is_file():
            return candidate
    return None


def _load_beats(c: Content) -> None:
    assert c.story is not None
    text = c.story.read_text(encoding="utf-8", errors="replace")
    for number, line in enumerate(text.splitlines(), start=1):
        m = BEAT_RE.match(line)
        if m and m[1] not in c.beats:
            c.beats[m[1]] = (number, m.start(1) + 1)  # 1-based col of the id
