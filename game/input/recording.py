"""Recorded input: a text file of run-length encoded input frames.

One run of identical frames per line: ``<count> [token ...]``. A token is an action name (held for the
whole run) or ``+name`` (newly pressed on the first tick of the run, held for the rest). Mouse tokens:
``@x,y`` (the pointer, canvas pixels), ``+click`` and ``wheel:N`` (on the first tick of the run). An empty
token list means no input. ``#`` starts a comment. Example::

    # walk right for half a second, then talk
    30 +right
    1 +confirm
    20

Files are read as a stream (`read_lines`, `iter_runs`, `input_frames`): one line at a time, each at
most MAX_LINE characters, so reading takes the same small memory for a minute of input as for a day
of it, and a hostile file (a 200 MB line, a billion ticks, bytes that are not text) is refused with
``line:col: what is wrong`` before it costs anything. `.input` files (``--headless --input``) and the
input section of `.run` files are read by the same code.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from game.input.actions import Action, InputFrame, ordered

_BY_NAME = {a.value: a for a in Action}
MAX_RUN = 10_000_000
MAX_LINE = 4096  # characters in one line of an input or run file (a real line is under 100)
# Blank and comment lines in one file: a recording has a handful, so reading up to a tick costs at
# most this many lines more than the ticks themselves (a file of nothing but comments is refused
# in a fraction of a second, not read to its end).
MAX_EMPTY_LINES = 100_000
MAX_INPUT_BYTES = (
    64 * 1024 * 1024
)  # an --input file (a six-hour run changing input every tick: ~30 MB)
BOM = b"\xef\xbb\xbf"


class InputFileError(ValueError):
    def __init__(self, line: int, col: int, message: str) -> None:
        super().__init__(f"{line}:{col}: {message}")
        self.line, self.col, self.message = line, col, message


@dataclass(frozen=True, slots=True)
class Run:
    count: int
    held: frozenset[Action]
    pressed: frozenset[Action]
    pointer: tuple[int, int] | None = None
    click: bool = False
    wheel: int = 0

    def frames(self) -> Iterator[InputFrame]:
        if self.count <= 0:
            return
        yield InputFrame(
            self.held | self.pressed, self.pressed, self.pointer, self.click, self.wheel
        )
        rest = InputFrame(self.held | self.pressed, pointer=self.pointer)
        for _ in range(self.count - 1):
            yield rest


def read_lines(stream: BinaryIO, first_line: int = 1) -> Iterator[tuple[int, str]]:
    """Numbered text lines from a binary stream, without their line ends; a byte-order mark at
    the start is dropped. Raises InputFileError for a line over MAX_LINE characters or bytes that
    are not UTF-8 (nothing longer than MAX_LINE is ever held)."""
    number = first_line
    start = first_line == 1
    while True:
        raw = stream.readline(MAX_LINE * 4 + 2)
        if not raw:
            return
        if start:
            raw, start = raw.removeprefix(BOM), False
        if not raw.endswith(b"\n") and len(raw) > MAX_LINE * 4:
            raise InputFileError(number, 1, f"line longer than {MAX_LINE} characters")
        try:
            text = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as exc:
            raise InputFileError(number, exc.start + 1, "not UTF-8 text") from None
        if len(text) > MAX_LINE:
            raise InputFileError(number, MAX_LINE + 1, f"line longer than {MAX_LINE} characters")
        yield number, text
        number += 1


def text_lines(text: str, first_line: int = 1) -> Iterator[tuple[int, str]]:
    """Numbered lines of a string (a byte-order mark at the start dropped), lazily."""
    text = text.removeprefix("\ufeff") if first_line == 1 else text
    start, number = 0, first_line
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield number, text[start:end].rstrip("\r")
        start, number = end + 1, number + 1


def parse_line(lineno: int, raw: str) -> Run | None:
    """One line of input: a Run, or None for a blank or comment line. Raises InputFileError."""
    line = raw.split("#", 1)[0]
    if not line.strip():
        return None
    if len(raw) > MAX_LINE:
        raise InputFileError(lineno, MAX_LINE + 1, f"line longer than {MAX_LINE} characters")
    parts = line.split()
    col = line.index(parts[0]) + 1
    if not parts[0].isdigit() or not parts[0].isascii():
        raise InputFileError(lineno, col, f"expected a tick count, found {_shown(parts[0])}")
    if len(parts[0]) > 8 or not 0 < int(parts[0]) <= MAX_RUN:
        raise InputFileError(lineno, col, f"tick count must be 1..{MAX_RUN}")
    count = int(parts[0])
    held: set[Action] = set()
    pressed: set[Action] = set()
    pointer, click, wheel = None, False, 0
    pos = col + len(parts[0])
    for token in parts[1:]:
        pos = line.index(token, pos - 1) + 1
        if token == "+click":
            click = True
            pos += len(token)
            continue
        if token.startswith("@") or token.startswith("wheel:"):
            try:
                if token.startswith("@"):
                    x, y = token[1:].split(",")
                    pointer = (_small_int(x), _small_int(y))
                else:
                    wheel = _small_int(token[6:])
            except ValueError:
                raise InputFileError(
                    lineno, pos, f"bad mouse token {_shown(token)} (use @x,y or wheel:N)"
                ) from None
            pos += len(token)
            continue
        name = token[1:] if token.startswith("+") else token
        action = _BY_NAME.get(name)
        if action is None:
            known = ", ".join(a.value for a in Action)
            raise InputFileError(lineno, pos, f"unknown action {_shown(name)} (known: {known})")
        (pressed if token.startswith("+") else held).add(action)
        pos += len(token)
    return Run(count, frozenset(held), frozenset(pressed), pointer, click, wheel)


def iter_runs(lines: Iterable[tuple[int, str]]) -> Iterator[Run]:
    """The runs of numbered input lines, one line at a time. Raises InputFileError.

    A recording repeats a few dozen distinct lines; each is parsed once (a small, bounded cache).
    More than MAX_EMPTY_LINES blank or comment lines are refused."""
    seen: dict[str, Run | None] = {}
    empty = 0
    for lineno, raw in lines:
        if raw in seen:
            run = seen[raw]
        else:
            run = parse_line(lineno, raw)
            if len(seen) < 4096:
                seen[raw] = run
        if run is not None:
            yield run
        else:
            empty += 1
            if empty > MAX_EMPTY_LINES:
                raise InputFileError(
                    lineno, 1, f"more than {MAX_EMPTY_LINES:,} blank or comment lines"
                )


def parse_runs(text: str) -> list[Run]:
    """Parse an input file held in a string; raises InputFileError with line and column."""
    return list(iter_runs(text_lines(text)))


def count_ticks(runs: Iterable[Run], limit: int) -> int:
    """The ticks the runs add up to, counting no further than one past ``limit`` (so a file that
    claims a billion ticks is measured in the time it takes to pass the limit)."""
    total = 0
    for run in runs:
        total += run.count
        if total > limit:
            return limit + 1
    return total


def frames_of(runs: Iterable[Run]) -> Iterator[InputFrame]:
    for run in runs:
        yield from run.frames()


def input_frames(path: Path) -> Iterator[InputFrame]:
    """The frames of an input file, streamed. Raises OSError or InputFileError."""
    with open(path, "rb") as stream:
        yield from frames_of(iter_runs(read_lines(stream)))


def _small_int(text: str) -> int:
    if len(text) > 7:
        raise ValueError(text)
    return int(text)


def _shown(text: str, limit: int = 24) -> str:
    """A piece of a bad file, quoted and cut short: never echo a huge value back."""
    return (
        repr(text) if len(text) <= limit else repr(text[:limit]) + f"... ({len(text)} characters)"
    )


def frames_from_text(text: str) -> Iterator[InputFrame]:
    yield from frames_of(iter_runs(text_lines(text)))


def encode(frames: Iterable[InputFrame]) -> str:
    """Run-length encode frames; ``frames_from_text(encode(fs))`` yields the same frames."""
    lines: list[str] = []
    first: InputFrame | None = None
    count = 0

    def flush() -> None:
        if first is None:
            return
        tokens = [f"+{a.value}" for a in ordered(first.pressed)]
        tokens += [a.value for a in ordered(first.held - first.pressed)]
        if first.pointer is not None:
            tokens.append(f"@{first.pointer[0]},{first.pointer[1]}")
        if first.click:
            tokens.append("+click")
        if first.wheel:
            tokens.append(f"wheel:{first.wheel}")
        lines.append(" ".join([str(count), *tokens]))

    for frame in frames:
        # A run is its first frame followed by frames holding the same actions with no new press.
        if (
            first is not None
            and not frame.pressed
            and not frame.click
            and not frame.wheel
            and frame.held == first.held
            and frame.pointer == first.pointer
        ):
            count += 1
            continue
        flush()
        first, count = frame, 1
    flush()
    return "\n".join(lines) + ("\n" if lines else "")
