"""`python -m game lang CODE [MOD]`: write or bring up to date a translation's file.

    python -m game lang fr                   dialogue/lang/fr.yaml: every line of the game
    python -m game lang fr path/to/mod       <mod>/lang/fr.yaml: the mod's own lines (and the
                                              game's lines it replaces)
    python -m game lang fr --refresh         after updating stale translations: mark them current
    python -m game lang fr --refresh h02.lucy.1,h02.lucy.2     ... only these

Each line gets an entry, in the order the scenes tell them, with the English as a comment::

    # en: "Why did he stop?"
    h02.lucy.1: {text: "", source: 3f2a9c1e}

`text` is the translation (empty: not translated yet, the English shows). `source` is the hash of
the English line it was made from: the first 8 hex digits of the SHA-1 of the line's text in
UTF-8, exactly as written in the scene (before `{...}` words are filled in). When the English
changes, the hash no longer matches and the linter calls the translation stale (T003); update the
text, then `--refresh` records the new hash. Running the command again keeps every translation,
adds entries for new lines, fills hashes that are missing, and moves entries for lines that are
gone to the end (the linter warns about them, T002). The file is rewritten in this form (comments
of your own are not kept).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from game.story.graph import build_graph, story_order
from game.story.lint.check import default_root
from game.story.lint.content import Content, load_content
from game.story.lint.lang import line_table
from game.story.lint.modcheck import as_mod, mod_lines
from game.story.mods import Mod
from game.story.translations import load_language, source_hash
from game.story.yamlsrc import YMap, YScalar, load_yaml

CODE_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_-")


def ordered_lines(c: Content, owner: Mod | None) -> list[tuple[str, str, str]]:
    """(scene id, line id, source text) in the order the scenes tell them: the game's lines, or a
    mod's (its own scenes' lines and the lines its lines.yaml replaces)."""
    overrides = mod_lines(c)
    table = line_table(c, overrides)
    own_lines = set()
    if owner is not None:
        path = owner.folder / "lines.yaml"
        if path.is_file():
            own_lines = set(load_language("lines", [path]).lines)
    out = []
    graph = build_graph(c.lib.scenes, c.maps, c.lib.chapters)
    for sid in story_order(graph, c.lib.scenes, list(c.lib.chapters)):
        scene = c.lib.scenes[sid]
        for cmd in scene.walk():
            ids = [cmd.args.get("id")] if cmd.key in ("say", "narrate") else []
            ids += [o.id for o in getattr(cmd, "options", [])]
            for line_id in ids:
                if not line_id or line_id.startswith("@") or line_id not in table:
                    continue
                mine = scene.source == (owner.id if owner else "base") or line_id in own_lines
                if mine:
                    out.append((scene.id, line_id, table[line_id][0]))
    return out


def read_existing(path: Path) -> dict[str, tuple[str, str]]:
    """line id -> (text, source hash) already in a language file."""
    if not path.is_file():
        return {}
    root, _problems = load_yaml(path.read_text(encoding="utf-8"))
    out: dict[str, tuple[str, str]] = {}
    if not isinstance(root, YMap):
        return out
    for key, value in root.items:
        if isinstance(value, YScalar):
            out[key.text] = (value.text, "")
        elif isinstance(value, YMap):
            text, src = value.get("text"), value.get("source")
            out[key.text] = (
                text.text if isinstance(text, YScalar) else "",
                src.text if isinstance(src, YScalar) else "",
            )
    return out


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def build(
    code: str,
    lines: list[tuple[str, str, str]],
    existing: dict[str, tuple[str, str]],
    refresh: set[str] | None,
    title: str,
    command: str = "",
) -> tuple[str, dict[str, int]]:
    counts = {
        "lines": 0,
        "translated": 0,
        "added": 0,
        "filled": 0,
        "refreshed": 0,
        "stale": 0,
        "gone": 0,
    }
    out = [
        f"# {title}: the {code} translation. Fill each `text` (empty shows the English line).",
        "# `source` is the hash of the English it translates (sha1 of the line, first 8 hex digits):",
        "# when the English changes the linter says the entry is stale; update the text, then run",
        f"# `{command or f'python -m game lang {code}'} --refresh` to record the new hash.",
    ]
    scene = None
    for scene_id, line_id, source in lines:
        if scene_id != scene:
            out += ["", f"# --- {scene_id}"]
            scene = scene_id
        current = source_hash(source)
        text, src = existing.get(line_id, ("", ""))
        counts["lines"] += 1
        if line_id not in existing:
            counts["added"] += 1
        if text:
            counts["translated"] += 1
        if text and not src:
            src = current
            counts["filled"] += 1
        elif (
            text and src != current and refresh is not None and (not refresh or line_id in refresh)
        ):
            src = current
            counts["refreshed"] += 1
        elif text and src != current:
            counts["stale"] += 1
        out.append(f"# en: {_q(source)}")
        out.append(f"{line_id}: {{text: {_q(text)}, source: {src or current}}}")
    known = {line_id for _s, line_id, _t in lines}
    gone = [(k, v) for k, v in existing.items() if k not in known]
    if gone:
        out += ["", "# --- no longer in the game (the linter warns: T002); delete when sure"]
        for line_id, (text, src) in gone:
            out.append(f"{line_id}: {{text: {_q(text)}, source: {src or '00000000'}}}")
            counts["gone"] += 1
    return "\n".join(out) + "\n", counts


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m game lang", description=__doc__.splitlines()[0])
    p.add_argument("code", help="language code: fr, de, pt_br ...")
    p.add_argument("mod", nargs="?", type=Path, help="a mod's folder: its own lines, in its lang/")
    p.add_argument(
        "--refresh",
        nargs="?",
        const="",
        help="mark updated translations current (all stale ones, or these ids: a,b,c)",
    )
    p.add_argument("--root", type=Path, help="content root (holds dialogue/, maps/, assets/)")
    p.add_argument("--out", type=Path, help="write here instead of the language's own file")
    args = p.parse_args(list(sys.argv[1:] if argv is None else argv))
    if not args.code or set(args.code) - CODE_CHARS:
        print("the language code is lower case letters, digits, _ or -: fr, pt_br", file=sys.stderr)
        return 2
    root = (args.root or default_root()).resolve()
    owner = None
    if args.mod is not None:
        if not (args.mod / "mod.yaml").is_file():
            print(f"{args.mod}: not a mod folder (no mod.yaml)", file=sys.stderr)
            return 2
        owner = as_mod(args.mod.resolve())
    c = load_content(root, [], None, [owner] if owner else [])
    target = args.out or (
        owner.folder / "lang" / f"{args.code}.yaml"
        if owner
        else root / "dialogue" / "lang" / f"{args.code}.yaml"
    )
    refresh = (
        None if args.refresh is None else {i.strip() for i in args.refresh.split(",") if i.strip()}
    )
    title = owner.name if owner else "Hailsham"
    command = f"python -m game lang {args.code}" + (f" {args.mod}" if args.mod else "")
    lines = ordered_lines(c, owner)
    text, n = build(args.code, lines, read_existing(target), refresh, title, command)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(
        f"wrote {target}: {n['lines']} lines, {n['translated']} translated, {n['added']} new, "
        f"{n['filled']} hashes filled, {n['refreshed']} refreshed, {n['stale']} stale, {n['gone']} gone",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
