"""Translations in the linter, the game's and mods' alike: entries without text, lines missing,
stale or gone, and translated lines that do not fit the text box or use letters the font lacks."""

from __future__ import annotations

from pathlib import Path

from game.story.lint.content import Content
from game.story.lint.scenes import LineFit, actor_param, line_param, text_width
from game.story.runner import FUNCTIONS
from game.story.translations import check, load_language
from game.story.words import WordsError, check_words, has_markup, parse_words, widest
from game.text.layout import CHOICE_TEXT_WIDTH


def source_lines(c: Content, overrides: dict[str, str] | None = None) -> dict[str, str]:
    """Every translatable line of the loaded scenes: id -> source text (a mod's lines.yaml
    replacement is the source its translations are made from)."""
    return {k: text for k, (text, _w, _o, _src) in line_table(c, overrides).items()}


def line_table(
    c: Content, overrides: dict[str, str] | None = None
) -> dict[str, tuple[str, int, bool, str]]:
    """id -> (source text, width it may take, is an option, who owns it: "base" or a mod id)."""
    out: dict[str, tuple[str, int, bool, str]] = {}
    overrides = overrides or {}
    for scene in c.lib.scenes.values():
        for cmd in scene.walk():
            key = line_param(type(cmd))
            if key and cmd.args.get("id"):
                line_id = cmd.args["id"]
                width = text_width(c, cmd.args.get(actor_param(type(cmd)) or ""))
                out[line_id] = (overrides.get(line_id, cmd[key]), width, False, scene.source)
            for option in getattr(cmd, "options", []):
                if not option.id.startswith("@"):
                    text = overrides.get(option.id, option.text)
                    out[option.id] = (text, CHOICE_TEXT_WIDTH, True, scene.source)
    return out


def language_files(c: Content) -> dict[str, list[Path]]:
    """Language code -> its files: the game's, then each mod's (later ones win)."""
    codes: dict[str, list[Path]] = {}
    folders = [c.dialogue / "lang"] + [m.folder / "lang" for m in c.mods]
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
            codes.setdefault(path.stem, []).append(path)
    return codes


def check_languages(c: Content, fit: LineFit | None, overrides: dict[str, str]) -> None:
    table = line_table(c, overrides)
    sources = {k: v[0] for k, v in table.items()}
    for code, files in sorted(language_files(c).items()):
        lang = load_language(code, files)
        for text in lang.problems:
            parts = text.split(":", 3)
            if len(parts) == 4 and parts[1].isdigit() and parts[2].isdigit():
                problem_code, _, message = parts[3].strip().partition(" ")
                c.add(parts[0], int(parts[1]), int(parts[2]), problem_code, message)
        for file, problem in check(lang, sources):
            if problem.code != "T004":
                c.add_problem(file, problem)
        _missing(c, code, files, lang.lines, table)
        for line_id, text in sorted(lang.lines.items()):
            if fit is None or line_id not in table:
                continue
            _source, width, option, _owner = table[line_id]
            file, line, col = lang.positions[line_id]
            shown = words_of(c, text, file, line, col)
            for problem_code, message in fit.problems(shown, width, option=option):
                c.add(file, line, col, problem_code, f"`{line_id}` in {code}: {message}")


def words_of(c: Content, text: str, file: str, line: int, col: int) -> str:
    """Check the words inside a translated or replaced line; the longest text it can show."""
    if not has_markup(text):
        return text
    try:
        parts = parse_words(text)
    except WordsError as exc:
        c.add(file, line, col, "S027", exc.message)
        return text
    for at, message in check_words(parts, c.lib.flag_types, FUNCTIONS):
        c.add(file, line, col, "E003", f"col {at} of the text: {message}")
    return widest(parts, lambda _tree: "m" * 16)


def _missing(
    c: Content, code: str, files: list[Path], done: dict[str, str], table: dict[str, tuple]
) -> None:
    """T004, each owner's untranslated lines at its own language file (the game's lines at the
    game's, a mod's at the mod's, or at its mod.yaml when it has no file for the language)."""
    owners: dict[str, list[str]] = {}
    for line_id, (_text, _w, _o, owner) in table.items():
        if line_id not in done:
            owners.setdefault(owner, []).append(line_id)
    for owner, missing in sorted(owners.items()):
        if owner == "base":
            where = c.dialogue / "lang" / f"{code}.yaml"
            if where not in files:  # only a mod has this language: it answers for its own lines
                continue
        else:
            mod = next((m for m in c.mods if m.id == owner), None)
            if mod is None:
                continue
            own = mod.folder / "lang" / f"{code}.yaml"
            where = own if own in files else mod.folder / "mod.yaml"
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        c.add(where, 1, 1, "T004", f"{len(missing)} lines not translated into {code} yet: {shown}")
