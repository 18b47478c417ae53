"""Translations in the linter: entries without text, lines missing, stale or gone."""

from __future__ import annotations

from game.story.lint.content import Content
from game.story.translations import check, load_language


def source_lines(c: Content) -> dict[str, str]:
    """Every translatable line of the loaded scenes: id -> source text."""
    lines: dict[str, str] = {}
    for scene in c.lib.scenes.values():
        for cmd in scene.walk():
            if cmd.key in ("say", "narrate") and cmd["id"]:
                lines[cmd["id"]] = cmd["text"]
            for option in getattr(cmd, "options", []):
                if not option.id.startswith("@"):
                    lines[option.id] = option.text
    return lines


def check_languages(c: Content) -> None:
    folder = c.dialogue / "lang"
    if not folder.is_dir():
        return
    sources = source_lines(c)
    for path in sorted(folder.glob("*.yaml")):
        lang = load_language(path.stem, [path])
        for text in lang.problems:
            parts = text.split(":", 3)
            if len(parts) == 4 and parts[1].isdigit() and parts[2].isdigit():
                code, _, message = parts[3].strip().partition(" ")
                c.add(parts[0], int(parts[1]), int(parts[2]), code, message)
        for file, problem in check(lang, sources):
            c.add_problem(path if problem.code == "T004" else file, problem)
