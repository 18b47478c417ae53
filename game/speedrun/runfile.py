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
finished on and the hash then. ``split CHAPTER SEGMENT TOTAL`` are tick counts; ``beat ID T`` the run
tick on which each story beat began.

Reading is bounded: a file is read a line at a time (`game.input.recording.read_lines`), the header
and the input are checked as they come, and a run longer than its category could take
(`MAX_TICKS`) is refused before anything is simulated. Nothing the file holds is echoed at length.
"""

from __future__ import annotations

import hashlib
import json
import platform
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game import __version__
from game.input.actions import InputFrame
from game.input.recording import (
    InputFileError,
    encode,
    frames_of,
    iter_runs,
    read_lines,
    text_lines,
)
from game.speedrun.timer import TICKS_PER_SECOND, Split, format_igt, format_ms, parse_igt

MAGIC = "hailsham-run"
FORMAT = 1
SUFFIX = ".run"
HOUR = 60 * 60 * TICKS_PER_SECOND
# The longest a run may be, in ticks, by category: far beyond any real attempt (a full run of the
# game takes a player two hours, a runner well under one), so only a stretched or hostile file
# meets them. Verify refuses a longer run before simulating a tick of it.
MAX_TICKS = {"full": 6 * HOUR, "chapter": 2 * HOUR}
MAX_FILE_BYTES = 64 * 1024 * 1024  # a six-hour run changing input every tick is about 30 MB
MAX_HEADER_LINES = 6 * HOUR // 60 + 2000  # a hash a second for six hours, and room for the rest
RUN_ID_LENGTH = 12


class RunFileError(ValueError):
    """``line: what is wrong`` (line numbers count from 1)."""


def max_ticks(category: str) -> int:
    return MAX_TICKS["full" if category in ("full", "memories") else "chapter"]


def shown(text: str, limit: int = 40) -> str:
    """A value from a file, quoted and cut short (never echo a huge value back)."""
    return repr(text) if len(text) <= limit else repr(text[:limit]) + f"... ({len(text)} chars)"


def versions() -> dict[str, str]:
    """The versions a run records (a replay on other versions may differ; verify says so)."""
    import pygame

    return {
        "game": __version__,
        "python": platform.python_version(),
        "pygame-ce": pygame.version.ver,
    }


def run_id_of(lines: Iterable[str]) -> str:
    """The run's id: a hash of its text (line ends and a byte-order mark do not count). The results
    card shows it and verify prints it, so a video can be matched to its file."""
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.encode("utf-8") + b"\n")
    return digest.hexdigest()[:RUN_ID_LENGTH]


@dataclass
class RunFile:
    category: str  # "full", "memories" or "chapter:<id>"
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
    beats: list[tuple[str, int]] = field(default_factory=list)
    hashes: list[tuple[int, str]] = field(default_factory=list)
    end: tuple[int, str] | None = None
    frames: list[InputFrame] = field(default_factory=list)  # empty when the input is streamed
    format: int = FORMAT
    input_ticks: int = 0  # ticks in the input section, counted when the file was read
    run_id: str = ""
    source: Callable[[], Iterator[InputFrame]] | None = field(default=None, repr=False)

    def header_lines(self) -> list[str]:
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
        lines += [f"beat {b} {t}" for b, t in self.beats]
        lines += [f"hash {t} {h}" for t, h in self.hashes]
        if self.end is not None:
            lines.append(f"end {self.end[0]} {self.end[1]}")
        lines.append("input")
        return lines

    def to_text(self) -> str:
        return "\n".join(self.header_lines()) + "\n" + encode(self.iter_frames())

    def iter_frames(self) -> Iterator[InputFrame]:
        """The input frames: from the list, or streamed from the file they were read from."""
        return self.source() if self.source is not None else iter(self.frames)

    def tick_count(self) -> int:
        return len(self.frames) if self.source is None else self.input_ticks

    @classmethod
    def from_text(cls, text: str) -> RunFile:
        """A run held in a string (its frames expanded: for runs already bounded in size)."""
        run = _read(text_lines(text), None)
        run.frames, run.source = list(frames_of(iter_runs(run._input_lines(text)))), None
        return run

    @classmethod
    def read(cls, path: Path) -> RunFile:
        """A run file, read a line at a time; its frames stay in the file and are streamed.
        Raises RunFileError, or OSError when the file cannot be read."""
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RunFileError(
                f"1: the file is {size} bytes; a run file is at most {MAX_FILE_BYTES}"
            )
        with open(path, "rb") as stream:
            run = _read(_guard(read_lines(stream)), path)
        return run

    _input_at: int = 0  # the line number of the first input line (set when read)

    def _input_lines(self, text: str) -> Iterator[tuple[int, str]]:
        for number, line in text_lines(text):
            if number >= self._input_at:
                yield number, line


def _guard(lines: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    try:
        yield from lines
    except InputFileError as exc:
        raise RunFileError(f"{exc.line}:{exc.col}: {exc.message}") from None


def _stream_from(path: Path, first: int) -> Callable[[], Iterator[InputFrame]]:
    def frames() -> Iterator[InputFrame]:
        with open(path, "rb") as stream:
            lines = read_lines(stream)
            yield from frames_of(iter_runs(line for line in lines if line[0] >= first))

    return frames


def _read(lines: Iterator[tuple[int, str]], path: Path | None) -> RunFile:
    """Read the header, then count (and check) the input without keeping it."""
    digest = hashlib.sha256()
    first = next(lines, None)
    if first is None or first[1].split()[:1] != [MAGIC]:
        raise RunFileError(f"1: not a run file (it starts with `{MAGIC} N`)")
    digest.update(first[1].encode("utf-8") + b"\n")
    run = RunFile(category="", start="")
    run.format = _int(first[1].split()[1:2], 1)
    if run.format > FORMAT:
        raise RunFileError(f"1: made by a newer game (run format {run.format})")
    last = 1
    for n, line in lines:
        last = n
        digest.update(line.encode("utf-8") + b"\n")
        if n > MAX_HEADER_LINES:
            raise RunFileError(f"{n}: the header goes on past {MAX_HEADER_LINES} lines")
        key, _, value = line.partition(" ")
        if key == "input":
            run._input_at = n + 1
            break
        if not key or key.startswith("#"):
            continue
        try:
            _header(run, key, value.strip())
        except RunFileError:
            raise
        except (ValueError, IndexError, RecursionError) as exc:
            raise RunFileError(f"{n}: bad `{shown(key, 20)[1:-1]}` line: {_why(exc)}") from None
    else:
        raise RunFileError(f"{last}: no `input` section")
    if not run.category or not run.start:
        raise RunFileError("1: the header needs `category` and `start`")
    limit = max_ticks(run.category)
    total = 0
    at = [run._input_at]  # the line being read (for the message)
    try:
        for run_ in iter_runs(_hashing(lines, digest, at)):
            total += run_.count
            if total > limit:
                raise RunFileError(
                    f"{at[0]}: the input runs past {format_igt(limit)} ({limit} ticks), "
                    f"the longest a `{shown(run.category, 30)[1:-1]}` run may take"
                )
    except InputFileError as exc:
        raise RunFileError(f"{exc.line}:{exc.col}: {exc.message}") from None
    run.input_ticks, run.run_id = total, digest.hexdigest()[:RUN_ID_LENGTH]
    if path is not None:
        run.source = _stream_from(path, run._input_at)
    return run


def _hashing(
    lines: Iterator[tuple[int, str]], digest: Any, at: list[int]
) -> Iterator[tuple[int, str]]:
    for n, line in lines:
        digest.update(line.encode("utf-8") + b"\n")
        at[0] = n
        yield n, line


def _why(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    text = str(exc)
    return text if len(text) <= 80 else text[:80] + "..."


def _int(parts: list[str], line: int) -> int:
    if not parts or not parts[0].isdigit() or not parts[0].isascii() or len(parts[0]) > 6:
        raise RunFileError(f"{line}: expected a number")
    return int(parts[0])


def _number(text: str) -> int:
    if not text.isascii() or not text.isdigit() or len(text) > 12:
        raise ValueError(f"expected a whole number, found {shown(text, 20)}")
    return int(text)


def _fields(parts: list[str], count: int) -> list[str]:
    if len(parts) != count:
        raise ValueError(f"expected {count} fields, found {len(parts)}")
    return parts


def _settings(value: str) -> dict[str, Any]:
    depth = 0
    for ch in value:  # refuse nesting before the parser sees it: settings are flat
        depth += ch in "[{"
        if depth > 1:
            raise ValueError("settings are a flat JSON object of plain values")
        depth -= ch in "]}"
    data = json.loads(value)
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    for key, item in data.items():
        if not isinstance(item, bool | int | float | str) or len(str(item)) > 64:
            raise ValueError(f"setting {shown(key, 20)} is not a plain value")
    return data


def _header(run: RunFile, key: str, value: str) -> None:
    parts = value.split()
    if key in ("game", "python", "content", "category", "start"):
        if len(value) > 100:
            raise ValueError(f"too long ({len(value)} characters)")
        setattr(run, key, value)
    elif key == "pygame-ce":
        run.pygame = value[:100]
    elif key == "mods":
        if len(parts) > 100:
            raise ValueError(f"{len(parts)} mods")
        run.mods = [] if value == "-" else [shown(m, 60)[1:-1] for m in parts]
    elif key == "seed":
        run.seed = _number(value)
    elif key == "settings":
        run.settings = _settings(value)
    elif key == "rta":
        run.rta_ms = parse_igt(value[:40])
    elif key == "igt":
        run.igt = _number(parts[0])
    elif key == "split":
        chapter, segment, total = _fields(parts, 3)
        run.splits.append(Split(chapter, _number(segment), _number(total)))
    elif key == "beat":
        beat, tick = _fields(parts, 2)
        run.beats.append((beat, _number(tick)))
    elif key == "hash":
        tick, value_ = _fields(parts, 2)
        run.hashes.append((_number(tick), value_[:16]))
    elif key == "end":
        tick, value_ = _fields(parts, 2)
        run.end = (_number(tick), value_[:16])
    # Unknown keys are kept out: newer minor additions should not stop an older verifier.


def read_run_file(path: Path) -> tuple[RunFile | None, str | None]:
    """A .run file, or (None, "path: why it cannot be used") for the command line to print."""
    try:
        return RunFile.read(path), None
    except OSError as exc:
        return None, f"{path}: cannot read: {exc.strerror or exc}"
    except RunFileError as exc:
        return None, f"{path}:{exc}"
