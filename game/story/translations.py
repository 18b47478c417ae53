"""Translations: a language is a table of line id to text, kept beside the source it translated.

``dialogue/lang/<code>.yaml`` (and ``lang/<code>.yaml`` in mods) maps line ids to either the
translated text or ``{text: ..., source: <hash>}`` where the hash is of the source line it was made
from, so the linter can say which translations are stale. Missing lines fall back to the source.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from game.story.params import Problem
from game.story.yamlsrc import YMap, YScalar, load_yaml


def source_hash(text: str) -> str:
    """The hash a translation keeps of the line it translates: the first 8 hex digits of the
    SHA-1 of the line's text in UTF-8, as written in the scene (before its words are filled in)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


@dataclass
class Language:
    code: str
    lines: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(
        default_factory=dict
    )  # line id -> hash of the source it translated
    positions: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def load_language(code: str, files: list[Path]) -> Language:
    """Read a language from its files in order (later files, e.g. mods, win)."""
    lang = Language(code)
    for path in files:
        try:
            root, problems = load_yaml(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            lang.problems.append(f"{path}:1:1: S105 cannot read: {exc}")
            continue
        lang.problems += [p.format(str(path)) for p in problems]
        if not isinstance(root, YMap):
            continue
        for key, value in root.items:
            text, source = None, ""
            if isinstance(value, YScalar) and value.kind == "str":
                text = value.text
            elif isinstance(value, YMap) and isinstance(value.get("text"), YScalar):
                text = value.get("text").text  # type: ignore[union-attr]
                src = value.get("source")
                source = src.text if isinstance(src, YScalar) else ""
            if text is None:
                lang.problems.append(
                    f"{path}:{value.pos.line}:{value.pos.col}: T001 `{key.text}` needs text"
                )
                continue
            if not text.strip():  # a stub's empty entry: not translated yet (the source shows)
                continue
            lang.lines[key.text] = text
            lang.sources[key.text] = source
            lang.positions[key.text] = (str(path), key.pos.line, key.pos.col)
    return lang


def check(lang: Language, source_lines: dict[str, str]) -> list[tuple[str, Problem]]:
    """Lines missing from a language, stale ones (source changed since) and unknown ids."""
    out: list[tuple[str, Problem]] = []
    for line_id, (path, line, col) in sorted(lang.positions.items(), key=lambda kv: kv[1]):
        if line_id not in source_lines:
            out.append((path, Problem(line, col, "T002", f"no line has id `{line_id}` any more")))
        elif lang.sources.get(line_id) and lang.sources[line_id] != source_hash(
            source_lines[line_id]
        ):
            out.append(
                (
                    path,
                    Problem(
                        line, col, "T003", f"`{line_id}` is stale: the source line changed since"
                    ),
                )
            )
    missing = [i for i in source_lines if i not in lang.lines]
    if missing:
        label = f"dialogue/lang/{lang.code}.yaml"
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        out.append(
            (label, Problem(1, 1, "T004", f"{len(missing)} lines not translated yet: {shown}"))
        )
    return out
