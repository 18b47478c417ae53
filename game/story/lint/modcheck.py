"""Checks of a mod's own files: its mod.yaml, files the game would never read, and lines.yaml
(each replacement names a line that exists, fits the text box and has letters the font draws).
Everything else in a mod (scenes, data tables, maps, translations) is checked by the same passes
as the game's, over the game with the mod laid on it."""

from __future__ import annotations

from pathlib import Path

from game.story.lint.content import Content
from game.story.lint.lang import line_table, words_of
from game.story.lint.scenes import LineFit
from game.story.mods import Mod, read_manifest, unread_files
from game.story.translations import load_language


def as_mod(folder: Path) -> Mod:
    """The mod in a folder, for linting: its manifest's, or a stand-in named after the folder
    when the manifest is broken (its problems are reported; the rest is checked all the same)."""
    mod, _enabled, _problems = read_manifest(folder)
    return mod or Mod(folder.name, folder.name, "", folder)


def check_manifests(c: Content) -> None:
    """mod.yaml problems and files the game would never read."""
    for mod in c.mods:
        _mod, _enabled, problems = read_manifest(mod.folder)
        for p in problems:
            c.add(mod.folder / "mod.yaml", p.line, p.col, p.code, p.message)
        for unread, why in unread_files(mod):
            c.add(unread, 1, 1, "M003", f"not read by the game: {why}")


def mod_lines(c: Content) -> dict[str, str]:
    """Every mod's lines.yaml, in order (a later mod wins): line id -> replacement text."""
    out: dict[str, str] = {}
    for mod in c.mods:
        path = mod.folder / "lines.yaml"
        if path.is_file():
            out.update(load_language("lines", [path]).lines)
    return out


def check_lines(c: Content, fit: LineFit | None) -> None:
    table = line_table(c)
    owners: dict[str, str] = {}
    for mod in c.mods:
        path = mod.folder / "lines.yaml"
        if not path.is_file():
            continue
        lang = load_language("lines", [path])
        for text in lang.problems:
            parts = text.split(":", 3)
            if len(parts) == 4 and parts[1].isdigit() and parts[2].isdigit():
                code, _, message = parts[3].strip().partition(" ")
                c.add(parts[0], int(parts[1]), int(parts[2]), code, message)
        for line_id, text in sorted(lang.lines.items()):
            file, line, col = lang.positions[line_id]
            if line_id not in table:
                c.add(file, line, col, "M004", f"no scene has a line with the id `{line_id}`")
                continue
            if line_id in owners:
                c.add(file, line, col, "M005",
                      f"mod `{owners[line_id]}` also replaces `{line_id}`; this one wins")  # fmt: skip
            owners[line_id] = mod.id
            _source, width, option, _owner = table[line_id]
            shown = words_of(c, text, file, line, col)
            for code, message in fit.problems(shown, width, option=option) if fit else []:
                c.add(file, line, col, code, message)
