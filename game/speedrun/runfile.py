"""The `.run` file: a recorded speedrun, small and readable.

A header of ``key value`` lines, then ``input`` and the input frames in the run-length format of
`game.input.recording`. Example::

    hailsham-run 1
    game 0.1.0
    python 3.12.3
    pygame-ce 2.5.2
    content 3f2a9c0d11e04b77
    mods -
    category full
    start new_game
    seed 0
    settings {"auto_speed":100,"skip_all":true,"skip_mode":"hold","text_speed":0}
    rta 0:04:02.118
    igt 14220 0:03:57.000
    split prologue 5100 5100
    hash 60 9c1f0e2d3a4b5c6d
    end 14220 0b1c2d3e4f5a6b7c
    input
    30 +down
    ...

``hash T H`` is the state hash after run tick T (every 60 ticks); ``end T H`` the tick the run
finished on and the hash then. ``split CHAPTER SEGMENT TOTAL`` are tick counts.
"""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game import __version__
from game.input.actions import InputFrame
from game.input.recording import InputFileError, encode, frames_from_text
from game.speedrun.timer import Split, format_igt, format_ms, parse_igt

MAGIC = "hailsham-run"
FORMAT = 1
SUFFIX = ".run"


class RunFileError(ValueError):
    """``line: what is wrong`` (line numbers count from 1)."""


def versions() -> dict[str, str]:
    """The versions a run records (a replay on other versions may differ; verify says so)."""
    import pygame

    return {
        "game": __version__,
        "python": platform.python_version(),
        "pygame-ce": pygame.version.ver,
    }


@dataclass
class RunFile:
    category: str  # "full" or "chapter:<id>"
    start: str  # "new_game" or "chapter:<id>"
    seed: int = 0
    settings: dict[str, Any] = field(default_factory=dict)
    content: str = ""
    mods: list[str] = field(default_factory=list)
    game: str = ""
    python: str = ""
    pygame: str = ""
    rta_ms: int | None = None
    igt: int = 0  # ticks
    splits: list[Split] = field(default_factory=list)
    hashes: list[tuple[int, str]] = field(default_factory=list)
    end: tuple[int, str] | None = None
    frames: list[InputFrame] = field(default_factory=list)
    format: int = FORMAT

    def to_text(self) -> str:
        mods = " ".join(self.mods) or "-"
        lines = [
            f"{MAGIC} {self.format}",
            f"game {self.game}",
            f"python {self.python}",
            f"pygame-ce {self.pygame}",
            f"content {self.content}",
            f"mods {mods}",
            f"category {self.category}",
            f"start {self.start}",
            f"seed {self.seed}",
            "settings " + json.dumps(self.settings, sort_keys=True, separators=(",", ":")),
        ]
        if self.rta_ms is not None:
            lines.append(f"rta {format_ms(self.rta_ms)}")
        lines.append(f"igt {self.igt} {format_igt(self.igt)}")
        lines += [f"split {s.chapter} {s.segment} {s.total}" for s in self.splits]
        lines += [f"hash {t} {h}" for t, h in self.hashes]
        if self.end is not None:
            lines.append(f"end {self.end[0]} {self.end[1]}")
        lines.append("input")
        return "\n".join(lines) + "\n" + encode(self.frames)

    @classmethod
    def from_text(cls, text: str) -> RunFile:
        lines = text.splitlines()
        if not lines or lines[0].split()[:1] != [MAGIC]:
            raise RunFileError(f"1: not a run file (it starts with `{MAGIC} N`)")
        run = cls(category="", start="")
        run.format = _int(lines[0].split()[1:2], 1)
        if run.format > FORMAT:
            raise RunFileError(f"1: made by a newer game (run format {run.format})")
        seen_input = False
        for n, line in enumerate(lines[1:], start=2):
            key, _, value = line.partition(" ")
            if key == "input":
                body = "\n".join(lines[n:])
                try:
                    run.frames = list(frames_from_text(body))
                except InputFileError as exc:
                    raise RunFileError(f"{exc.line + n}:{exc.col}: {exc.message}") from None
                seen_input = True
                break
            if not key or key.startswith("#"):
                continue
            try:
                _header(run, key, value.strip())
            except (ValueError, IndexError, json.JSONDecodeError) as exc:
                raise RunFileError(f"{n}: bad `{key}` line: {exc}") from None
        if not seen_input:
            raise RunFileError(f"{len(lines)}: no `input` section")
        if not run.category or not run.start:
            raise RunFileError("1: the header needs `category` and `start`")
        return run


def _int(parts: list[str], line: int) -> int:
    if not parts or not parts[0].isdigit():
        raise RunFileError(f"{line}: expected a number")
    return int(parts[0])


def _header(run: RunFile, key: str, value: str) -> None:
    parts = value.split()
    if key in ("game", "python", "content", "category", "start"):
        setattr(run, key, value)
    elif key == "pygame-ce":
        run.pygame = value
    elif key == "mods":
        run.mods = [] if value == "-" else parts
    elif key == "seed":
        run.seed = int(value)
    elif key == "settings":
        data = json.loads(value)
        if not isinstance(data, dict):
            raise ValueError("expected a JSON object")
        run.settings = data
    elif key == "rta":
        run.rta_ms = parse_igt(value)
    elif key == "igt":
        run.igt = int(parts[0])
    elif key == "split":
        run.splits.append(Split(parts[0], int(parts[1]), int(parts[2])))
    elif key == "hash":
        run.hashes.append((int(parts[0]), parts[1]))
    elif key == "end":
        run.end = (int(parts[0]), parts[1])
    # Unknown keys are kept out: newer minor additions should not stop an older verifier.


def read_run_file(path: Path) -> tuple[RunFile | None, str | None]:
    """A .run file, or (None, "path: why it cannot be used") for the command line to print."""
    try:
        return RunFile.from_text(path.read_text(encoding="utf-8")), None
    except (OSError, UnicodeDecodeError) as exc:
        return None, f"{path}: cannot read: {exc}"
    except RunFileError as exc:
        return None, f"{path}:{exc}"
