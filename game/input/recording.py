"""Recorded input: a text file of run-length encoded input frames.

One run of identical frames per line: ``<count> [token ...]``. A token is an action name (held for the
whole run) or ``+name`` (newly pressed on the first tick of the run, held for the rest). Mouse tokens:
``@x,y`` (the pointer, canvas pixels), ``+click`` and ``wheel:N`` (on the first tick of the run). An empty
token list means no input. ``#`` starts a comment. Example::

    # walk right for half a second, then talk
    30 +right
    1 +confirm
    20
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from game.input.actions import Action, InputFrame, ordered

_BY_NAME = {a.value: a for a in Action}
MAX_RUN = 10_000_000


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


def parse_runs(text: str) -> list[Run]:
    """Parse an input file; raises InputFileError with line and column."""
    runs: list[Run] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0]
        if not line.strip():
            continue
        parts = line.split()
        col = line.index(parts[0]) + 1
        if not parts[0].isdigit():
            raise InputFileError(lineno, col, f"expected a tick count, found {parts[0]!r}")
        count = int(parts[0])
        if not 0 < count <= MAX_RUN:
            raise InputFileError(lineno, col, f"tick count must be 1..{MAX_RUN}")
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
                        pointer = (int(x), int(y))
                    else:
                        wheel = int(token[6:])
                except ValueError:
                    raise InputFileError(
                        lineno, pos, f"bad mouse token {token!r} (use @x,y or wheel:N)"
                    ) from None
                pos += len(token)
                continue
            name = token[1:] if token.startswith("+") else token
            action = _BY_NAME.get(name)
            if action is None:
                known = ", ".join(a.value for a in Action)
                raise InputFileError(lineno, pos, f"unknown action {name!r} (known: {known})")
            (pressed if token.startswith("+") else held).add(action)
            pos += len(token)
        runs.append(Run(count, frozenset(held), frozenset(pressed), pointer, click, wheel))
    return runs


def frames_from_text(text: str) -> Iterator[InputFrame]:
    for run in parse_runs(text):
        yield from run.frames()


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
