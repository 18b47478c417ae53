"""Mods: folders of data that overlay the game's own, without touching the install.

A mod is a folder in the user's mods directory with a ``mod.yaml`` manifest. It may add or replace
scenes (``dialogue/``), replace single lines by id (``lines.yaml``), add translations
(``lang/<code>.yaml``) and add or replace maps (``maps/``). Mods are data only: nothing in them is
ever run, and no file outside the mod's own folder is read on its behalf.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from game.paths import inside
from game.story.yamlsrc import YMap, YScalar, load_yaml

MOD_ID = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,63}$")


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


def discover(mods_dir: Path) -> ModSet:
    """Every enabled mod, in a stable order (by id); problems say what was skipped and why."""
    found = ModSet()
    if not mods_dir.is_dir():
        return found
    for folder in sorted(p for p in mods_dir.iterdir() if p.is_dir()):
        manifest = folder / "mod.yaml"
        if not manifest.is_file() or not inside(manifest, folder):
            found.problems.append(f"{folder}: not a mod (no mod.yaml); skipped")
            continue
        try:
            root, problems = load_yaml(manifest.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            found.problems.append(f"{manifest}:1:1: cannot read: {exc}")
            continue
        if problems or not isinstance(root, YMap):
            first = (
                problems[0].format(str(manifest))
                if problems
                else f"{manifest}:1:1: expected a mapping"
            )
            found.problems.append(first)
            continue
        fields = {k.text: v.text for k, v in root.items if isinstance(v, YScalar)}
        mod_id = fields.get("id", folder.name)
        if not MOD_ID.match(mod_id):
            found.problems.append(
                f"{manifest}:1:1: mod id {mod_id!r} must be lower case letters, digits, - or _"
            )
            continue
        enabled = root.get("enabled")
        if isinstance(enabled, YScalar) and enabled.value is False:
            continue
        found.mods.append(
            Mod(
                mod_id,
                fields.get("name", mod_id),
                fields.get("version", ""),
                folder,
                fields.get("description", ""),
            )
        )
    return found


def safe_files(folder: Path, pattern: str) -> list[Path]:
    """Files matching a pattern under a mod folder that really live inside it (no links out)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob(pattern) if p.is_file() and inside(p, folder))
