"""Command line: play (default), headless runs, and the tools (lint, ids, schema, docs)."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from game import __version__
from game.content import ContentError
from game.paths import content_root
from game.save.fingerprint import content_fingerprint

# `python -m game <tool> ...`: each tool is a module with main(argv) -> int.
TOOLS = {
    "lint": "game.story.lint",
    "ids": "game.story.ids",
    "schema": "game.story.schema",
    "docs": "game.story.refdoc",
    "story": "game.story.storymap",  # the scene graph as text and as a picture, word counts
    "lang": "game.story.langstub",  # a translation's stub: every line with its source hash
    "bench": "game.bench.suite",
    "verify": "game.verify",  # speedrun: check a .run file headless
    "replay": "game.replay",  # speedrun: play a .run file back in a window
}
WINDOWED_TOOLS = ("replay",)  # tools that open a window (the others run headless)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="hailsham",
        description="Hailsham: a narrative game. Tools: "
        + ", ".join(TOOLS)
        + " (python -m game TOOL --help).",
    )
    p.add_argument("--data-dir", type=Path, help="keep every file the game writes in this folder")
    p.add_argument("--headless", action="store_true", help="run the simulation without a window")
    p.add_argument("--ticks", type=int, default=600, help="ticks to run headless (60 a second)")
    p.add_argument("--input", type=Path, help="file of input frames for a headless run")
    p.add_argument(
        "--start",
        help="headless: begin at new_game, chapter:ID, scene:CHAPTER:SCENE or beat:ID, not the title",
    )
    p.add_argument(
        "--dev",
        action="store_true",
        help="writer's tools: reload changed dialogue/, maps/ and mods; F2 dev menu, F3 inspector",
    )
    p.add_argument("--scene", help="start straight in this scene, on its map (with --dev)")
    p.add_argument(
        "--flags", default="", help="with --scene: flags and items to start with, a=true,b=3,c=text"
    )
    p.add_argument("--content-root", type=Path, help=argparse.SUPPRESS)  # tests and tools
    p.add_argument(
        "--version",
        action="store_true",
        help="print the game version, the content fingerprint and the pygame-ce and SDL versions",
    )
    return p


def version_text(root: Path | None = None) -> str:
    """What a bug report or a speedrun needs to name this build: the game, its content, the
    libraries it draws and plays with, and where the content is read from."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import platform

    import pygame

    root = root or content_root()
    sdl = ".".join(str(n) for n in pygame.get_sdl_version())
    frozen = " (standalone build)" if getattr(sys, "frozen", False) else ""
    return "\n".join(
        [
            f"hailsham {__version__}{frozen}",
            f"content {content_fingerprint(root)} ({root})",
            f"pygame-ce {pygame.version.ver} (SDL {sdl})",
            f"python {platform.python_version()} ({platform.system()} {platform.machine()})",
        ]
    )


def _tool_position(argv: list[str]) -> int | None:
    """Where a tool's name stands among the leading global options, if anywhere."""
    i = 0
    while i < len(argv):
        if argv[i] in TOOLS:
            return i
        if argv[i] in ("--data-dir", "--content-root"):
            i += 2
        elif argv[i].startswith("--data-dir=") or argv[i] in ("--dev",):
            i += 1
        else:
            return None
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    tool = _tool_position(argv)
    if tool is not None:
        # Global options before the tool's name (--data-dir) are accepted; the tools write no player files.
        if argv[tool] not in WINDOWED_TOOLS:
            os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
            os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
        return int(importlib.import_module(TOOLS[argv[tool]]).main(argv[tool + 1 :]) or 0)
    args = parser().parse_args(argv)
    if args.version:
        print(version_text(args.content_root))
        return 0
    try:
        if args.headless:
            os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
            os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
            # Imported here, not above: the tools start without loading pygame and the screens,
            # and the SDL drivers are chosen before pygame is (start-up time, not a cycle).
            from game.headless import run_headless

            if args.ticks < 0:
                print("--ticks must be 0 or more", file=sys.stderr)
                return 2
            return run_headless(
                args.ticks, args.input, args.data_dir, args.content_root, args.start
            )
        if args.flags and not args.scene:
            print("--flags needs --scene", file=sys.stderr)
            return 2
        # The window first, with a loading picture, then the rest of the game (its imports and
        # content take a moment; a window that appears at once says the game is coming).
        from game.ui.loading import NoDisplay, open_loading_window

        try:
            display = open_loading_window(args.data_dir, args.content_root)
        except NoDisplay as exc:
            print(exc, file=sys.stderr)
            return 1
        from game.app import run_window

        return run_window(
            args.data_dir,
            args.content_root,
            dev=args.dev,
            scene=args.scene,
            flags=args.flags,
            display=display,
        )
    except ContentError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
