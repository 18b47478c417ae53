"""`python -m game lint [PATH...]`: check scene files, maps and data files, all at once.

Everything is loaded (so references resolve against all content); with PATHs only problems in
those files or folders are shown. One line per problem, ``file:line:col: CODE message``, sorted;
a summary on stderr. Exit 1 on any error (or warning with --strict). Never a traceback: a failure
inside a check becomes an ``L999`` line and the run goes on.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from game.paths import content_root
from game.story.lint.codes import ERROR, WARNING, Finding
from game.story.lint.content import Content, guarded, load_content
from game.story.lint.lang import check_languages
from game.story.lint.modcheck import as_mod, check_lines, check_manifests, mod_lines
from game.story.lint.refs import Refs, reset_hints
from game.story.lint.scenes import SceneChecks
from game.story.lint.stage import check_stage
from game.story.lint.world import WorldChecks
from game.story.mods import Mod


def default_root() -> Path:
    """The game's content: the cwd if it is a game (dialogue/game.yaml; a mod's folder is not),
    else the installed game."""
    cwd = Path.cwd()
    return cwd if (cwd / "dialogue" / "game.yaml").is_file() else content_root()


def lint(
    root: Path,
    extra: list[Path] | None = None,
    story: Path | None = None,
    mods: list[Mod] | None = None,
) -> Content:
    """Load and check everything under ``root`` (with ``mods`` laid over it, in order, as the
    game lays them); the findings are in ``content.findings``."""
    reset_hints()
    c = load_content(root, list(extra or []), story, mods)
    refs = Refs(c)
    world = WorldChecks(c, refs)
    guarded(c, root, world.run)
    scenes = SceneChecks(c, refs, world.reads, world.reached)
    guarded(c, root, scenes.run, world.scene_maps)
    guarded(c, root, check_stage, c, scenes.scene_maps, refs.player)
    overrides = guarded(c, root, mod_lines, c) or {}
    guarded(c, root, check_languages, c, scenes.fit, overrides)
    if c.mods:
        guarded(c, root, check_manifests, c)
        guarded(c, root, check_lines, c, scenes.fit)
    return c


def lint_mods(root: Path, folders: list[Path], story: Path | None = None) -> Content:
    """Lint mods as the game would play them: the game with the mods laid over it. Kept: every
    finding in the mods' own files, and findings in the game's files that the game alone does
    not have (a renamed scene that the game's scenes still call)."""
    alone = {(f.file, f.code, f.message) for f in lint(root, story=story).findings}
    c = lint(root, story=story, mods=[as_mod(f) for f in folders])
    c.findings = [
        f
        for f in c.findings
        if any(w == Path(f.file).resolve() or w in Path(f.file).resolve().parents for w in folders)
        or (f.file, f.code, f.message) not in alone
    ]
    return c


def shown_path(path: str) -> str:
    """Relative to the cwd where possible, else as given."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if rel.startswith(".." + os.sep + "..") else rel


def _selected(finding: Finding, wanted: list[Path]) -> bool:
    target = Path(finding.file).resolve()
    return any(target == w or w in target.parents for w in wanted)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m game lint", description=__doc__.splitlines()[0])
    p.add_argument(
        "paths",
        nargs="*",
        type=Path,
        help="files or folders to report on; a mod's folder (with mod.yaml) is linted as a mod",
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--root", type=Path, help="content root (holds dialogue/, maps/, assets/)")
    p.add_argument("--story", type=Path, help="story outline with the beat ids (STORY.md)")
    p.add_argument("--strict", action="store_true", help="warnings fail too")
    return p


def _print(findings: list[Finding], shown: dict[str, str], form: str) -> None:
    if form == "json":
        rows = [
            {"file": shown[f.file], "line": f.line, "col": f.col, "code": f.code,
             "severity": f.severity, "message": f.message}
            for f in findings
        ]  # fmt: skip
        print(json.dumps(rows, indent=1, ensure_ascii=False))
        return
    for f in findings:
        print(f.format(shown[f.file]))
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    root = (args.root or default_root()).resolve()
    wanted = [p.resolve() for p in args.paths]
    missing = [str(p) for p, w in zip(args.paths, wanted, strict=True) if not w.exists()]
    if missing:
        print(f"no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    extra = [
        f
        for w in wanted
        for f in ([w] if w.is_file() else sorted([*w.rglob("*.yaml"), *w.rglob("*.tmx")]))
    ]
    extra = [
        f for f in extra if root / "dialogue" not in f.parents and f.suffix in (".yaml", ".tmx")
    ]
    mods = [w for w in wanted if w.is_dir() and (w / "mod.yaml").is_file()]
    story = args.story.resolve() if args.story else None
    try:
        if mods:
            c = lint_mods(root, mods, story)
            wanted = [w for w in wanted if w not in mods]
        else:
            c = lint(root, extra, story)
        findings = sorted(set(c.findings))
    except Exception as exc:  # last resort: still no traceback
        c = Content(root)
        findings = [
            Finding(str(root), 1, 1, "L999", f"internal error: {type(exc).__name__}: {exc}")
        ]
    if wanted and not mods:
        findings = [f for f in findings if _selected(f, wanted)]
    shown = {f.file: shown_path(f.file) for f in findings}
    findings.sort(key=lambda f: (shown[f.file], f.line, f.col, f.code, f.message))
    try:
        _print(findings, shown, args.format)
    except BrokenPipeError:  # `lint | head` closed the pipe: not a problem of the content
        return 1

    errors = sum(f.severity == ERROR for f in findings)
    warnings = sum(f.severity == WARNING for f in findings)
    failing = errors + (warnings if args.strict else 0)
    if failing:
        files = len({f.file for f in findings if f.severity == ERROR or args.strict})
        noun = "problem" if failing == 1 else "problems"
        print(f"{failing} {noun} in {files} file{'' if files == 1 else 's'}", file=sys.stderr)
        return 1
    note = f" ({warnings} warning{'s' if warnings != 1 else ''})" if warnings else ""
    what = f"{len(c.lib.scenes)} scenes, {len(c.maps)} maps"
    if mods:
        what = f"{', '.join(m.name for m in mods)} over the game: {what}"
    print(f"clean: {what}{note}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
