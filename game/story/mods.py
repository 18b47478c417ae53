"""Mods: folders of data that overlay the game's own, without touching the install.

A mod is a folder in the user's mods directory with a ``mod.yaml`` manifest. It may add or replace
scenes (``dialogue/``), add or replace actors, items and memories (``dialogue/actors.yaml``,
``items.yaml``, ``memories.yaml``), replace single lines by id (``lines.yaml``), add translations
(``lang/<code>.yaml``) and add or replace maps (``maps/``). Mods are data only: nothing in them is
ever run, and no file outside the mod's own folder (or the game's) is read on its behalf.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from game.paths import inside
from game.story.params import Problem
from game.story.yamlsrc import YMap, YScalar, load_yaml

MOD_ID = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,63}$")
MANIFEST_KEYS = ("id", "name", "version", "description", "enabled")
TABLES = ("actors", "items", "memories")  # data files a mod may add entries to
MAX_MANIFEST_BYTES = 64_000


@dataclass(frozen=True)
class Mod:
    id: str
    name: str
    version: str
    folder: Path
    description: str = ""

    @property
    def dialogue(self) -> Path:
        return self.folder / "dialogue"

    @property
    def maps(self) -> Path:
        return self.folder / "maps"


@dataclass
class ModSet:
    mods: list[Mod] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [f"{m.name} {m.version}".strip() for m in self.mods]


def read_manifest(folder: Path) -> tuple[Mod | None, bool, list[Problem]]:
    """A mod folder's manifest: (the mod or None, whether it is enabled, problems in mod.yaml).
    A manifest with errors gives no mod: the game skips it and says why; lint shows where."""
    manifest = folder / "mod.yaml"
    if not manifest.is_file() or not inside(manifest, folder):
        return None, False, [Problem(1, 1, "M001", "not a mod: no mod.yaml in the folder")]
    try:
        if manifest.stat().st_size > MAX_MANIFEST_BYTES:
            return None, False, [Problem(1, 1, "M001", "mod.yaml is too large")]
        root, yproblems = load_yaml(manifest.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return None, False, [Problem(1, 1, "S105", f"cannot read: {exc}")]
    problems = [Problem(p.line, p.col, p.code, p.message) for p in yproblems]
    if root is None or not isinstance(root, YMap):
        if root is not None or not problems:
            problems.append(
                Problem(1, 1, "M001", "mod.yaml must be a mapping (id: ..., name: ...)")
            )
        return None, False, problems
    fields: dict[str, str] = {}
    for key, value in root.items:
        if key.text not in MANIFEST_KEYS:
            problems.append(
                Problem(key.pos.line, key.pos.col, "M002",
                        f"mod.yaml has no `{key.text}`; it takes: {', '.join(MANIFEST_KEYS)}")
            )  # fmt: skip
        elif key.text != "enabled":
            if not (isinstance(value, YScalar) and value.kind in ("str", "int", "float")):
                problems.append(
                    Problem(value.pos.line, value.pos.col, "M001", f"`{key.text}` must be text")
                )
                continue
            fields[key.text] = value.text
    enabled = True
    node = root.get("enabled")
    if node is not None:
        if isinstance(node, YScalar) and node.kind == "bool":
            enabled = bool(node.value)
        else:
            shown = node.text if isinstance(node, YScalar) else "a list or mapping"
            problems.append(
                Problem(node.pos.line, node.pos.col, "M001",
                        f"`enabled` must be true or false without quotes, not {shown!r}")
            )  # fmt: skip
    mod_id = fields.get("id", folder.name)
    if not MOD_ID.match(mod_id):
        where = root.get("id") or root
        problems.append(
            Problem(where.pos.line, where.pos.col, "M001",
                    f"mod id {mod_id!r} must be lower case letters, digits, - or _ (64 at most)")
        )  # fmt: skip
    if any(p.code != "M002" for p in problems):
        return None, False, problems
    mod = Mod(
        mod_id,
        fields.get("name", mod_id),
        fields.get("version", ""),
        folder,
        fields.get("description", ""),
    )
    return mod, enabled, problems


def discover(mods_dir: Path) -> ModSet:
    """Every enabled mod, in a stable order (by folder name); problems say what was skipped and why."""
    found = ModSet()
    if not mods_dir.is_dir():
        return found
    ids: dict[str, Path] = {}
    for folder in sorted(p for p in mods_dir.iterdir() if p.is_dir()):
        mod, enabled, problems = read_manifest(folder)
        label = str(folder / "mod.yaml")
        found.problems += [p.format(label) for p in problems if p.code != "M002"]
        if mod is None:
            found.problems.append(f"{folder}: mod skipped")
            continue
        if not enabled:
            continue
        if mod.id in ids:
            found.problems.append(
                f"{label}:1:1: M001 mod id `{mod.id}` is also used by {ids[mod.id]}; skipped"
            )
            continue
        ids[mod.id] = folder
        found.mods.append(mod)
    return found


def safe_files(folder: Path, pattern: str) -> list[Path]:
    """Files matching a pattern under a mod folder that really live inside it (no links out)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob(pattern) if p.is_file() and inside(p, folder))


def unread_files(mod: Mod) -> list[tuple[Path, str]]:
    """Data files in a mod that the game never reads, each with why: usually a mistake (a scene
    outside `dialogue/`, a map not directly in `maps/`, the game's own manifest or chapters)."""
    out = []
    for path in safe_files(mod.folder, "*"):
        rel = path.relative_to(mod.folder)
        parts, suffix = rel.parts, path.suffix.lower()
        if suffix in (".yaml", ".yml"):
            if len(parts) == 1 and rel.name in ("mod.yaml", "lines.yaml"):
                continue
            if parts[0] == "lang" and len(parts) == 2 and suffix == ".yaml":
                continue
            if parts[0] == "dialogue" and suffix == ".yaml":
                if len(parts) == 2 and rel.name in ("game.yaml", "chapters.yaml"):
                    out.append((path, f"a mod cannot change {rel.name} (the game's own order)"))
                elif len(parts) > 2 and parts[1] == "lang":
                    out.append((path, "a mod's translations go in lang/<code>.yaml at its top"))
                continue
            out.append((path, "the game reads scenes only under dialogue/ (and mod.yaml, "
                        "lines.yaml, lang/)"))  # fmt: skip
        elif suffix == ".tmx" and not (len(parts) == 2 and parts[0] == "maps"):
            out.append((path, "the game reads maps only directly in maps/"))
    return out
