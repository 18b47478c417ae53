"""Command line: play (default), headless runs, and the tools."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from game.content import ContentError


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="hailsham", description="Hailsham: a narrative game.")
    p.add_argument("--data-dir", type=Path, help="keep every file the game writes in this folder")
    p.add_argument("--headless", action="store_true", help="run the simulation without a window")
    p.add_argument("--ticks", type=int, default=600, help="ticks to run headless (60 a second)")
    p.add_argument("--input", type=Path, help="file of input frames for a headless run")
    p.add_argument("--content-root", type=Path, help=argparse.SUPPRESS)  # tests and tools
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.headless:
            os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
            os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
            from game.headless import run_headless

            if args.ticks < 0:
                print("--ticks must be 0 or more", file=sys.stderr)
                return 2
            return run_headless(args.ticks, args.input, args.data_dir, args.content_root)
        from game.app import run_window

        return run_window(args.data_dir, args.content_root)
    except ContentError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
