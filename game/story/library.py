"""Everything the story is made of, loaded together: scenes, actors, memories, items, chapters.

Problems never stop the game: a scene file with errors is left out (and reported), the rest plays.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.settings import language_problem
from game.story import expr
from game.story.loader import ParseMemo, read_scene_file, scene_files
from game.story.model import Command, Scene
from game.story.mods import TABLES, Mod, ModSet, inside
from game.story.params import Condition, Problem
from game.story.runner import FUNCTIONS
from game.story.translations import load_language
from game.story.yamlsrc import YMap, YScalar, load_yaml, to_python

PACE_MIN, PACE_MAX = 10, 400  # walking pace in percent: slower than a tenth never arrives


@dataclass(frozen=True)
class ActorInfo:
    id: str
    name: str
    sprite: str = ""
    portrait: str = ""  # portrait sheet id under assets/portraits ("" for none)
    expressions: tuple[str, ...] = ("neutral",)
    color: tuple[int, int, int] = (236, 226, 200)
    pace: int = 100  # walking pace in percent of normal (`pace:`; the linter checks the range)
    box: str = ""  # how the text box looks: "" (a person speaking) or "aside" (the game itself)
    # What they say when Kathy talks to them where a scene left them standing: (scene, condition)
    # pairs, the first whose condition holds ("" always) answers (`talk:` in actors.yaml).
    talk: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class MemoryInfo:
    id: str
    title: str
    chapter: str = ""
    text: str = ""
    fence: str = ""  # the line Kathy thinks when she finds it caught in the wire at the end
    fence_look: str = ""  # how it looks caught in the wire (paper, cloth, card ...)


@dataclass(frozen=True)
class ItemInfo:
    id: str
    name: str
    text: str = ""
    fence: str = ""  # as for memories: a thing she kept, caught in the wire at the end
    fence_look: str = ""


@dataclass
class Library:
    scenes: dict[str, Scene] = field(default_factory=dict)
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    memories: dict[str, MemoryInfo] = field(default_factory=dict)
    items: dict[str, ItemInfo] = field(default_factory=dict)
    chapters: dict[str, dict[str, Any]] = field(default_factory=dict)
    flag_types: dict[str, expr.Type] = field(default_factory=dict)
    translations: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, str] = field(default_factory=dict)  # lines replaced by mods
    line_owners: dict[str, str] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "file:line:col: CODE message"
    files: dict[str, list[Problem]] = field(default_factory=dict)  # per file, for the linter

    def text(self, line_id: str, source: str) -> str:
        return self.translations.get(line_id) or self.overrides.get(line_id) or source

    def actor(self, actor_id: str) -> ActorInfo:
        return self.actors.get(actor_id) or ActorInfo(
            actor_id, actor_id.replace("_", " ").title(), actor_id
        )


def load_tables(dialogue: Path, mods: ModSet, lib: Library) -> dict[str, dict[str, dict[str, Any]]]:
    """The data files (actors, memories, items, chapters), mods' entries over the game's (a mod
    may add or replace actors, items and memories, never chapters). Each entry records its
    `_file` and `_line`."""
    tables: dict[str, dict[str, dict[str, Any]]] = {}
    for name in ("actors", "memories", "items", "chapters"):
        table = _table(dialogue / f"{name}.yaml", lib)
        owners = dict.fromkeys(table, "base")
        for mod in mods.mods if name in TABLES else []:
            path = mod.dialogue / f"{name}.yaml"
            if not path.is_file() or not inside(path, mod.folder):
                continue
            for key, data in _table(path, lib).items():
                if owners.get(key, "base") != "base":
                    lib.conflicts.append(
                        f"mods `{owners[key]}` and `{mod.id}` both define {name[:-1]} `{key}`; "
                        f"`{mod.id}` wins"
                    )
                owners[key] = mod.id
                table[key] = data
        tables[name] = table
    return tables


class LazyLibrary:
    """The library, read when first needed, so start-up does not grow with the story.

    The title screen needs only the chapter list, read from chapters.yaml alone (and the mods'
    chapter tables); anything else
    (a scene, an actor, the flag types ...) reads every file on first use, or waits for
    `preload`, which the window starts in a background thread once the title is on screen. The
    simulation sees the same library either way: only when it is read differs."""

    def __init__(
        self,
        load: Callable[[], Library],
        chapters: Callable[[], dict[str, dict[str, Any]]],
        on_loaded: Callable[[Library], None] = lambda lib: None,
    ) -> None:
        self._load, self._read_chapters, self._on_loaded = load, chapters, on_loaded
        self._lib: Library | None = None
        self._chapters: dict[str, dict[str, Any]] | None = None
        self._thread: threading.Thread | None = None
        self._result: list[Library | BaseException] = []

    @property
    def loaded(self) -> bool:
        return self._lib is not None

    @property
    def chapters(self) -> dict[str, dict[str, Any]]:
        if self._lib is not None:
            return self._lib.chapters
        if self._chapters is None:  # problems in the file are reported by the full read
            self._chapters = self._read_chapters()
        return self._chapters

    def preload(self) -> None:
        """Start reading everything in the background (the first use waits for it)."""
        if self._lib is None and self._thread is None:
            self._thread = threading.Thread(target=self._read, name="library", daemon=True)
            self._thread.start()

    def _read(self) -> None:
        try:
            self._result.append(self._load())
        except BaseException as exc:  # handed to the main thread, which reads again and raises
            self._result.append(exc)

    def get(self) -> Library:
        if self._lib is None:
            if self._thread is not None:
                self._thread.join()
            done = self._result[0] if self._result else None
            lib = done if isinstance(done, Library) else self._load()
            self._lib = lib
            self._on_loaded(lib)
        return self._lib

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.get(), name)


def load_library(
    dialogue: Path,
    *,
    mods: ModSet | None = None,
    language: str = "",
    memo: ParseMemo | None = None,
) -> Library:
    """Everything under ``dialogue`` (and the mods'); ``memo`` keeps files already parsed."""
    lib = Library()
    mods = mods or ModSet()
    tables = load_tables(dialogue, mods, lib)
    lib.actors = {k: _actor(k, v) for k, v in tables["actors"].items()}
    lib.memories = {
        k: MemoryInfo(
            k,
            str(v.get("title", k)),
            str(v.get("chapter", "")),
            str(v.get("text", "")),
            str(v.get("fence", "")),
            str(v.get("fence_look", "")),
        )
        for k, v in tables["memories"].items()
    }
    lib.items = {
        k: ItemInfo(
            k,
            str(v.get("name", k)),
            str(v.get("text", "")),
            str(v.get("fence", "")),
            str(v.get("fence_look", "")),
        )
        for k, v in tables["items"].items()
    }
    lib.chapters = tables["chapters"]
    for path in scene_files(dialogue):
        _take_scene(lib, path, "base", memo)
    for mod in mods.mods:
        for path in scene_files(mod.dialogue):
            if inside(path, mod.folder):
                _take_scene(lib, path, mod.id, memo)
        _take_lines(lib, mod)
    if language:
        lib.translations, problems = _language(dialogue, mods, language)
        lib.problems += problems
    infer_flag_types(lib)
    check_conditions(lib)
    return lib


def languages(dialogue: Path, mods: ModSet | None = None) -> list[str]:
    """The language codes the game or a mod ships (a `lang/<code>.yaml`), sorted. Only these may
    be chosen: a code is never a path."""
    folders = [dialogue / "lang"]
    folders += [m.folder / "lang" for m in (mods or ModSet()).mods]
    codes: set[str] = set()
    for folder in folders:
        with contextlib.suppress(OSError):
            if folder.is_dir():
                codes |= {p.stem for p in folder.glob("*.yaml") if _is_code(p.stem)}
    return sorted(codes)


def _is_code(stem: str) -> bool:
    return bool(stem) and language_problem(stem) is None


def _language(dialogue: Path, mods: ModSet, code: str) -> tuple[dict[str, str], list[str]]:
    if code not in languages(dialogue, mods):
        return {}, [f"{dialogue / 'lang'}: no language `{code[:20]}` (the source text is used)"]
    files = [dialogue / "lang" / f"{code}.yaml"]
    files += [
        m.folder / "lang" / f"{code}.yaml" for m in mods.mods if inside(m.folder / "lang", m.folder)
    ]
    lang = load_language(code, [f for f in files if f.is_file()])
    return lang.lines, lang.problems


def _take_scene(lib: Library, path: Path, source: str, memo: ParseMemo | None = None) -> None:
    result = memo.read(path) if memo is not None else read_scene_file(path)
    label = str(path)
    lib.files[label] = list(result.problems)
    if result.scene is None or result.problems:
        lib.problems += [p.format(label) for p in result.problems]
        return
    scene = result.scene
    scene.source = source
    previous = lib.scenes.get(scene.id)
    if previous is not None:
        if source == "base" or previous.source == source:
            _add(
                lib,
                label,
                Problem(
                    scene.line, 1, "S110", f"scene id `{scene.id}` is also used by {previous.file}"
                ),
            )
            return
        if previous.source != "base":  # two mods replace the same scene: say so, the later one wins
            lib.conflicts.append(
                f"mods `{previous.source}` and `{source}` both replace scene `{scene.id}`; `{source}` wins"
            )
    lib.scenes[scene.id] = scene


def _take_lines(lib: Library, mod: Mod) -> None:
    """A mod's lines.yaml replaces single lines by id."""
    path = mod.folder / "lines.yaml"
    if not path.is_file() or not inside(path, mod.folder):
        return
    lang = load_language("lines", [path])
    lib.problems += lang.problems
    for line_id, text in lang.lines.items():
        owner = lib.line_owners.get(line_id)
        if owner and owner != mod.id:
            lib.conflicts.append(
                f"mods `{owner}` and `{mod.id}` both replace line `{line_id}`; `{mod.id}` wins"
            )
        lib.line_owners[line_id] = mod.id
        lib.overrides[line_id] = text


def _add(lib: Library, label: str, problem: Problem) -> None:
    lib.files.setdefault(label, []).append(problem)
    lib.problems.append(problem.format(label))


def _table(path: Path, lib: Library) -> dict[str, dict[str, Any]]:
    """A data file that maps ids to small mappings (actors, memories, items, chapters)."""
    if not path.exists():
        return {}
    try:
        root, problems = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        lib.problems.append(f"{path}:1:1: S105 cannot read: {exc}")
        return {}
    lib.files[str(path)] = [Problem(p.line, p.col, p.code, p.message) for p in problems]
    lib.problems += [p.format(str(path)) for p in problems]
    if root is None:
        return {}
    if not isinstance(root, YMap):
        lib.problems.append(f"{path}:1:1: S100 expected a mapping of ids")
        return {}
    out: dict[str, dict[str, Any]] = {}
    for key, value in root.items:
        data = to_python(value)
        if not isinstance(data, dict):
            lib.problems.append(
                f"{path}:{value.pos.line}:{value.pos.col}: S100 `{key.text}` must be a mapping"
            )
            continue
        data["_line"] = key.pos.line
        data["_file"] = str(path)
        out[key.text] = data
    return out


def _actor(actor_id: str, data: dict[str, Any]) -> ActorInfo:
    color = data.get("color", "")
    rgb = (236, 226, 200)
    if isinstance(color, str) and len(color) == 7 and color.startswith("#"):
        with contextlib.suppress(ValueError):
            rgb = (int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16))
    expressions = data.get("expressions") or ["neutral"]
    return ActorInfo(
        actor_id,
        str(data.get("name", actor_id)),
        str(data.get("sprite", "")),
        str(data.get("portrait", "")),
        tuple(str(e) for e in expressions) if isinstance(expressions, list) else ("neutral",),
        rgb,
        _pace(data.get("pace", 100)),
        str(data.get("box", "") or ""),
        _talk(data.get("talk")),
    )


def _talk(value: Any) -> tuple[tuple[str, str], ...]:
    """`talk:` entries as (scene, condition); malformed ones are left out (the linter names them)."""
    if not isinstance(value, list):
        return ()
    out = []
    for entry in value:
        if isinstance(entry, dict) and isinstance(entry.get("scene"), str):
            out.append((entry["scene"], str(entry.get("if", "") or "")))
    return tuple(out)


def _pace(value: Any) -> int:
    ok = isinstance(value, int) and not isinstance(value, bool) and PACE_MIN <= value <= PACE_MAX
    return value if ok else 100


def _effects(cmd: Command) -> list[tuple[str, dict[str, Any], Command]]:
    """(set|add, values) pairs a command applies, including those on choice options."""
    out = []
    if cmd.key in ("set", "add"):
        out.append((cmd.key, cmd["values"] or {}, cmd))
    for option in getattr(cmd, "options", []):
        out += [(kind, values, cmd) for kind, values in option.effects.items()]
    return out


def infer_flag_types(lib: Library) -> None:
    """A flag's type is the type of the values it is set to; `add` makes a counter."""
    kinds = {bool: expr.Type.BOOL, int: expr.Type.INT, str: expr.Type.STR}
    for scene in lib.scenes.values():
        for cmd in scene.walk():
            for kind, values, where in _effects(cmd):
                for name, value in values.items():
                    t = expr.Type.INT if kind == "add" else kinds[type(value)]
                    if kind == "add" and type(value) is not int:
                        _add(
                            lib,
                            scene.file,
                            Problem(
                                where.line,
                                where.col,
                                "S120",
                                f"`add` needs a whole number for `{name}`",
                            ),
                        )
                        continue
                    known = lib.flag_types.setdefault(name, t)
                    if known is not t:
                        _add(
                            lib,
                            scene.file,
                            Problem(
                                where.line,
                                where.col,
                                "S121",
                                f"`{name}` is {known.value} elsewhere but set to {t.value} here",
                            ),
                        )


def conditions_of(cmd: Command) -> list[Condition]:
    out = [v for v in cmd.args.values() if isinstance(v, Condition)]
    out += [c for c, _ in getattr(cmd, "elifs", []) if c is not None]
    out += [o.condition for o in getattr(cmd, "options", []) if o.condition is not None]
    return out


def check_conditions(lib: Library) -> None:
    for scene in lib.scenes.values():
        for cmd in scene.walk():
            for cond in conditions_of(cmd):
                for err in expr.check(cond.tree, lib.flag_types, FUNCTIONS):
                    code = (
                        "E002"
                        if "unknown name" in err.message or "never" in err.message
                        else "E003"
                    )
                    _add(
                        lib,
                        scene.file,
                        Problem(cond.line, cond.col + err.col - 1, code, err.message),
                    )


__all__ = [
    "ActorInfo",
    "ItemInfo",
    "LazyLibrary",
    "Library",
    "MemoryInfo",
    "YScalar",
    "load_library",
]
