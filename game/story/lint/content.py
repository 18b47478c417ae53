"""Loading every piece of content the linter checks, keeping going past any broken file.

Scenes with problems are kept (when they have an id) so references to them still resolve; the
problems themselves become findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.paths import inside
from game.story import library as libmod
from game.story.lint.codes import Finding
from game.story.loader import read_scene_file, scene_files
from game.story.mods import Mod, ModSet
from game.story.params import Problem
from game.story.yamlsrc import YMap, YNode, load_yaml
from game.world.mapdata import MapData, MapError, game_sandbox, load_map
from game.world.mapfiles import Sandbox

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
    table_files: dict[str, dict[str, str]] = field(default_factory=dict)  # table -> id -> file
    mods: list[Mod] = field(default_factory=list)  # mods linted over the game, in load order
    replaced: dict[str, str] = field(default_factory=dict)  # game file -> the mod file replacing it

    @property
    def dialogue(self) -> Path:
        return self.root / "dialogue"

    @property
    def manifest_path(self) -> Path:
        return self.dialogue / "game.yaml"

    def data_files(self, name: str) -> list[Path]:
        """A data table's files: the game's, then each mod's (actors, items, memories)."""
        files = [self.dialogue / f"{name}.yaml"]
        files += [m.dialogue / f"{name}.yaml" for m in self.mods]
        return [f for f in files if f.is_file()]

    def table_place(self, table: str, key: str) -> tuple[str, int]:
        """The file and line where a data table's entry is written."""
        default = str(self.dialogue / f"{table}.yaml")
        return self.table_files.get(table, {}).get(key, default), self.table_lines.get(
            table, {}
        ).get(key, 1)

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
    root: Path, extra: list[Path], story: Path | None, mods: list[Mod] | None = None
) -> Content:
    c = Content(root, mods=list(mods or []))
    d = c.dialogue
    lib = c.lib
    tables = guarded(c, d, libmod.load_tables, d, ModSet(list(c.mods)), lib) or {}
    for name in ("actors", "memories", "items", "chapters"):
        table = tables.get(name, {})
        c.table_lines[name] = {k: int(v.get("_line", 1)) for k, v in table.items()}
        c.table_files[name] = {k: str(v.get("_file", d / f"{name}.yaml")) for k, v in table.items()}
    lib.actors = {}
    for key, data in tables.get("actors", {}).items():
        actor = guarded(c, c.table_place("actors", key)[0], libmod._actor, key, data)
        if actor is not None:
            lib.actors[key] = actor
    lib.memories = {
        k: libmod.MemoryInfo(k, str(v.get("title", k)), str(v.get("chapter", "")))
        for k, v in tables.get("memories", {}).items()
    }
    lib.items = {
        k: libmod.ItemInfo(k, str(v.get("name", k))) for k, v in tables.get("items", {}).items()
    }
    lib.chapters = tables.get("chapters", {})
    c.take_library_problems()
    base = scene_files(d)
    files = [
        (p, "base") for p in base + [p for p in extra if p.suffix == ".yaml" and p not in base]
    ]
    for mod in c.mods:
        files += [(p, mod.id) for p in scene_files(mod.dialogue) if inside(p, mod.folder)]
    for path, source in files:
        guarded(c, path, _load_scene, c, path, source)
    guarded(c, d, libmod.infer_flag_types, lib)
    c.take_library_problems()
    _load_manifest(c)
    maps = sorted((root / "maps").glob("*.tmx")) if (root / "maps").is_dir() else []
    maps += [p for p in extra if p.suffix == ".tmx" and p not in maps]
    for path in maps:
        guarded(c, path, _load_map, c, path, game_sandbox(path, c.root))
    for mod in c.mods:
        allowed = [mod.folder, root / "maps", root / "assets"]
        for path in sorted(mod.maps.glob("*.tmx")) if mod.maps.is_dir() else []:
            guarded(c, path, _load_map, c, path, Sandbox(mod.folder, allowed, root))
    assets = root / "assets"
    c.music = _stems(assets / "music", ".wav", ".ogg")
    c.sounds = _stems(assets / "sfx", ".wav", ".ogg")
    c.ambient = _stems(assets / "ambient", ".ogg", ".wav")
    c.sprites = _stems(assets / "sprites", ".png")
    c.portraits = _stems(assets / "portraits", ".png")
    c.pictures = _stems(assets / "pictures", ".png")
    c.story = story
    if c.story is not None:
        guarded(c, c.story, _load_beats, c)
    return c


def _load_scene(c: Content, path: Path, source: str = "base") -> None:
    result = read_scene_file(path)
    label = str(path)
    c.scene_files.append(label)
    for p in result.problems:
        c.add_problem(label, p)
    scene = result.scene
    if scene is None:
        return
    scene.source = source
    other = c.lib.scenes.get(scene.id)
    if other is not None and (source == "base" or other.source == source):
        c.add(label, scene.line, 1, "S110", f"scene id `{scene.id}` is also used by {other.file}")
        c.add(other.file, other.line, 1, "S110", f"scene id `{scene.id}` is also used by {label}")
        return
    if other is not None:  # a mod replaces the game's scene (or an earlier mod's): it is checked
        if other.source != "base":
            c.add(label, scene.line, 1, "M005", f"mods `{other.source}` and `{source}` both "
                  f"replace scene `{scene.id}` ({other.file}); this one wins")  # fmt: skip
        c.replaced[other.file] = label
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


def _load_map(c: Content, path: Path, sandbox: Sandbox) -> None:
    try:
        data = load_map(path, sandbox=sandbox)
    except MapError as exc:
        message = str(exc)
        prefix = f"{path}: "
        c.add(path, 1, 1, "L050", message[len(prefix) :] if message.startswith(prefix) else message)
        return
    other = c.maps.get(data.name)
    if other is not None and not any(inside(path, m.folder) for m in c.mods):
        c.add(path, 1, 1, "L050", f"map name `{data.name}` is also used by {other.path}")
        return
    if other is not None:  # a mod's map replaces the game's
        c.replaced[str(other.path)] = str(path)
    c.maps[data.name] = data
    try:
        c.map_texts[data.name] = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        c.map_texts[data.name] = ""


def _load_beats(c: Content) -> None:
    assert c.story is not None
    text = c.story.read_text(encoding="utf-8", errors="replace")
    for number, line in enumerate(text.splitlines(), start=1):
        m = BEAT_RE.match(line)
        if m and m[1] not in c.beats:
            c.beats[m[1]] = (number, m.start(1) + 1)  # 1-based col of the id
