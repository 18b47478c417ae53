"""Parser for the small text score format (see docs/audio.md).

A score is a header (tempo, time, reverb, ...), optional named patterns and one or more voices.
Each voice names an instrument and lists events as pairs `PITCH DURATION`. Everything the parser
rejects is reported as `file:line: message`, so a typo in a score never produces a traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

# Mixer settings a voice line may carry; anything else must be an instrument parameter.
# jitter: extra random timing (seconds, either way); spread: extra random velocity (fraction);
# pitchrand: random detune per note (cents, either way). They scatter hits for rain, fire, birds.
MIX_KEYS = {
    "vol": 0.7,
    "pan": 0.0,
    "rev": 0.25,
    "gate": 0.95,
    "human": 1.0,
    "jitter": 0.0,
    "spread": 0.0,
    "pitchrand": 0.0,
    "transpose": 0.0,  # semitones for this voice only (a doubling an octave up: transpose=12)
}

HEADER_KEYS = {
    "title",
    "tempo",
    "time",
    "key",
    "channels",
    "loop",
    "reverb",
    "transpose",
    "tape",
    "gain",
    "seed",
    "dropout",
    "band",
    "format",
}
BLOCK_KEYS = {"voice", "pattern", "end"}

_NOTE_RE = re.compile(r"^([A-G])(#|b)?(-?\d)$")
_DUR_RE = re.compile(r"^([whqes])(t?)(\.{0,2})$")
_TOKEN_RE = re.compile(r"\(|\)(?:x\d+)?|[^\s()]+")  # `(` and `)xN` may touch notes
_COMMENT_RE = re.compile(r"(?:^|\s)#")
_SEMITONE = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
_BEATS = {"w": 4.0, "h": 2.0, "q": 1.0, "e": 0.5, "s": 0.25}


class ScoreError(ValueError):
    """A problem in a score, already formatted as `file:line: message`."""


@dataclass(frozen=True)
class Event:
    """One note or chord: start and length in beats, MIDI note numbers, velocity 0..1."""

    start: float
    beats: float
    notes: tuple[int, ...]  # empty for an unpitched hit (`x`)
    vel: float
    line: int


@dataclass
class Voice:
    name: str
    instrument: str
    mix: dict[str, float]
    params: dict[str, float]
    line: int
    events: list[Event] = field(default_factory=list)
    beats: float = 0.0
    fill: bool = False  # ends in `r *`: rests until the longest voice ends


@dataclass
class Score:
    path: str
    title: str = ""
    tempo: float = 90.0
    beats_per_bar: float = 4.0
    key: str = ""
    channels: int = 2
    loop: bool = True
    reverb: float = 0.25
    room: float = 0.7
    transpose: int = 0
    tape: float = 0.0
    wow: float = 1.0  # tape sub-settings: depth multipliers for wow, flutter and hiss
    flutter: float = 1.0
    hiss: float = 1.0
    format: str = ""  # ogg | wav; empty = the kind's default (effects wav, music and beds ogg)
    band: tuple[float, float] = (0.0, 0.0)  # master high-pass and low-pass in Hz (0 = off)
    dropouts: list[tuple[float, float, float]] = field(default_factory=list)  # beat, beats, depth
    gain: float = 0.0
    seed: int = 1
    voices: list[Voice] = field(default_factory=list)

    @property
    def beats(self) -> float:
        return max((v.beats for v in self.voices), default=0.0)

    @property
    def seconds(self) -> float:
        return self.beats * 60.0 / self.tempo


def note_number(token: str) -> int | None:
    """`C4` -> 60, `F#3` -> 54, `Bb2` -> 46; None if the token is not a note name."""
    m = _NOTE_RE.match(token)
    if not m:
        return None
    letter, acc, octave = m.groups()
    shift = {"#": 1, "b": -1}.get(acc or "", 0)
    return 12 * (int(octave) + 1) + _SEMITONE[letter] + shift


def duration_beats(token: str) -> float | None:
    """`q` -> 1, `e.` -> 0.75, `et` -> 1/3, `h~q` -> 3, `1.5` -> 1.5; None if not a duration."""
    total = 0.0
    for part in token.split("~"):
        m = _DUR_RE.match(part)
        if m:
            base, trip, dots = m.groups()
            val = _BEATS[base] * (2.0 / 3.0 if trip else 1.0)
            val *= {"": 1.0, ".": 1.5, "..": 1.75}[dots]
        else:
            try:
                val = float(part)
            except ValueError:
                return None
            if not 0.0 < val <= 64.0:
                return None
        total += val
    return total


class _Parser:
    def __init__(self, text: str, path: str) -> None:
        self.path = path
        self.score = Score(path=path)
        self.patterns: dict[str, list[tuple[str, int]]] = {}
        self.lines = text.splitlines()

    def fail(self, line: int, msg: str) -> ScoreError:
        return ScoreError(f"{self.path}:{line}: {msg}")

    def parse(self) -> Score:
        voice_lines: list[tuple[Voice, list[tuple[str, int]]]] = []
        current: list[tuple[str, int]] | None = None
        in_pattern: str | None = None
        for num, raw in enumerate(self.lines, start=1):
            body = _COMMENT_RE.split(raw, maxsplit=1)[0]  # `#` after a note letter is a sharp
            words = body.split()
            if not words:
                continue
            head = words[0]
            if head in HEADER_KEYS:
                if voice_lines or self.patterns:
                    self.fail_header_late(num, head)
                self.header(num, head, words[1:])
            elif head == "pattern":
                if len(words) != 2 or not re.fullmatch(r"[A-Za-z_]\w*", words[1]):
                    raise self.fail(num, "expected `pattern NAME`")
                if words[1] in self.patterns:
                    raise self.fail(num, f"pattern {words[1]!r} defined twice")
                current = self.patterns[words[1]] = []
                in_pattern = words[1]
            elif head == "end":
                if in_pattern is None:
                    raise self.fail(num, "`end` without an open `pattern`")
                current, in_pattern = None, None
            elif head == "voice":
                if in_pattern is not None:
                    raise self.fail(num, f"pattern {in_pattern!r} is missing its `end`")
                voice = self.voice_header(num, words[1:])
                current = []
                voice_lines.append((voice, current))
            else:
                if current is None:
                    raise self.fail(num, f"notes outside a voice or pattern: {head!r}")
                current.extend((w, num) for w in _TOKEN_RE.findall(body))
        if in_pattern is not None:
            raise self.fail(len(self.lines), f"pattern {in_pattern!r} is missing its `end`")
        if not voice_lines:
            raise self.fail(len(self.lines) or 1, "score has no voices")
        for voice, tokens in voice_lines:
            self.events(voice, tokens)
            self.score.voices.append(voice)
        self.check_lengths()
        return self.score

    def fail_header_late(self, num: int, head: str) -> None:
        raise self.fail(num, f"header `{head}` must come before the first voice or pattern")

    def number(self, num: int, word: str, what: str, lo: float, hi: float) -> float:
        try:
            val = float(word)
        except ValueError:
            raise self.fail(num, f"{what}: expected a number, got {word!r}") from None
        if not lo <= val <= hi:
            raise self.fail(num, f"{what}: {val:g} is outside {lo:g}..{hi:g}")
        return val

    def header(self, num: int, head: str, args: list[str]) -> None:
        s = self.score
        if head in ("title", "key"):
            setattr(s, head, " ".join(args))
            return
        if not args:
            raise self.fail(num, f"`{head}` needs a value")
        a = args[0]
        if head == "time":
            m = re.fullmatch(r"(\d+)/(1|2|4|8|16)", a)
            if not m:
                raise self.fail(num, f"time: expected like 4/4 or 12/8, got {a!r}")
            s.beats_per_bar = int(m.group(1)) * 4.0 / int(m.group(2))
        elif head == "tempo":
            s.tempo = self.number(num, a, "tempo", 20, 300)
        elif head == "channels":
            s.channels = int(self.number(num, a, "channels", 1, 2))
        elif head == "loop":
            if a not in ("yes", "no"):
                raise self.fail(num, f"loop: expected yes or no, got {a!r}")
            s.loop = a == "yes"
        elif head == "reverb":
            s.reverb = self.number(num, a, "reverb", 0, 1)
            for kv in args[1:]:
                k, _, v = kv.partition("=")
                if k != "room":
                    raise self.fail(num, f"reverb: unknown setting {k!r} (known: room)")
                s.room = self.number(num, v, "room", 0, 1)
        elif head == "transpose":
            s.transpose = int(self.number(num, a, "transpose", -24, 24))
        elif head == "tape":
            s.tape = self.number(num, a, "tape", 0, 1)
            for kv in args[1:]:
                k, _, v = kv.partition("=")
                if k not in ("wow", "flutter", "hiss"):
                    raise self.fail(num, f"tape: unknown setting {k!r} (known: wow, flutter, hiss)")
                setattr(s, k, self.number(num, v, k, 0, 8))
        elif head == "format":
            if a not in ("ogg", "wav"):
                raise self.fail(num, f"format: expected ogg or wav, got {a!r}")
            s.format = a
        elif head == "band":
            if len(args) != 2:
                raise self.fail(num, "expected `band LOW HIGH` (Hz, 0 = no filter on that side)")
            s.band = (self.number(num, args[0], "band low", 0, 10000),
                      self.number(num, args[1], "band high", 0, 11000))  # fmt: skip
        elif head == "dropout":
            if len(args) not in (2, 3):
                raise self.fail(num, "expected `dropout BEAT BEATS [DEPTH]`")
            at = self.number(num, args[0], "dropout beat", 0, 100000)
            length = self.number(num, args[1], "dropout length", 0.01, 64)
            depth = self.number(num, args[2], "dropout depth", 0, 1) if len(args) == 3 else 0.85
            s.dropouts.append((at, length, depth))
        elif head == "gain":
            s.gain = self.number(num, a, "gain", -30, 6)
        elif head == "seed":
            s.seed = int(self.number(num, a, "seed", 0, 2**31))

    def voice_header(self, num: int, args: list[str]) -> Voice:
        from synth_registry import INSTRUMENTS  # late import keeps the parser standalone

        if len(args) < 2:
            raise self.fail(num, "expected `voice NAME INSTRUMENT [key=value ...]`")
        name, inst = args[0], args[1]
        if inst not in INSTRUMENTS:
            known = ", ".join(sorted(INSTRUMENTS))
            raise self.fail(num, f"unknown instrument {inst!r} (known: {known})")
        defaults = INSTRUMENTS[inst][1]
        mix = dict(MIX_KEYS)
        params = dict(defaults)
        for kv in args[2:]:
            k, eq, v = kv.partition("=")
            if not eq:
                raise self.fail(num, f"expected key=value, got {kv!r}")
            val = self.number(num, v, k, -100000, 100000)
            if k in mix:
                mix[k] = val
            elif k in params:
                params[k] = val
            else:
                known = ", ".join(sorted([*MIX_KEYS, *defaults]))
                raise self.fail(num, f"{inst}: unknown setting {k!r} (known: {known})")
        if not -1.0 <= mix["pan"] <= 1.0:
            raise self.fail(num, "pan must be within -1..1")
        return Voice(name=name, instrument=inst, mix=mix, params=params, line=num)

    def expand(self, tokens: list[tuple[str, int]], depth: int = 0) -> list[tuple[str, int]]:
        """Replace `$NAME` by the pattern and `( ... )xN` by N copies."""
        if depth > 8:
            raise self.fail(tokens[0][1] if tokens else 0, "patterns nested too deeply")
        out: list[tuple[str, int]] = []
        stack: list[list[tuple[str, int]]] = [out]
        opened: list[int] = []
        for tok, num in tokens:
            if tok.startswith("$"):
                if tok[1:] not in self.patterns:
                    raise self.fail(num, f"unknown pattern {tok!r}")
                stack[-1].extend(self.expand(self.patterns[tok[1:]], depth + 1))
            elif tok == "(":
                stack.append([])
                opened.append(num)
            elif re.fullmatch(r"\)(x\d+)?", tok):
                if len(stack) == 1:
                    raise self.fail(num, "`)` without a matching `(`")
                group = stack.pop()
                opened.pop()
                times = int(tok[2:]) if len(tok) > 1 else 1
                stack[-1].extend(group * times)
            else:
                stack[-1].append((tok, num))
        if opened:
            raise self.fail(opened[-1], "`(` is never closed")
        return out

    def events(self, voice: Voice, raw: list[tuple[str, int]]) -> None:
        tokens = self.expand(raw)
        pos, vel, i = 0.0, 0.8, 0
        bar = self.score.beats_per_bar
        while i < len(tokens):
            tok, num = tokens[i]
            if tok == "|":
                off = pos % bar
                if min(off, bar - off) > 1e-6:
                    raise self.fail(
                        num, f"bar line at beat {pos:g} is {off:g} beats into a {bar:g}-beat bar"
                    )
                i += 1
                continue
            if tok.startswith("@"):
                vel = self.number(num, tok[1:], "velocity", 0, 1)
                i += 1
                continue
            if tok == "r" and i + 1 < len(tokens) and tokens[i + 1][0] == "*":
                if any(t not in ("|",) for t, _ in tokens[i + 2 :]):
                    raise self.fail(num, "`r *` (rest to the end) must be the voice's last event")
                voice.fill = True
                i += 2
                continue
            notes = self.pitches(num, tok)
            if i + 1 >= len(tokens):
                raise self.fail(num, f"{tok!r} has no duration after it")
            dtok, dnum = tokens[i + 1]
            beats = duration_beats(dtok)
            if beats is None:
                raise self.fail(dnum, f"expected a duration after {tok!r}, got {dtok!r}")
            if notes is not None:
                voice.events.append(Event(pos, beats, notes, vel, num))
            pos += beats
            i += 2
        voice.beats = pos

    def pitches(self, num: int, tok: str) -> tuple[int, ...] | None:
        """A rest gives None, `x` an unpitched hit, otherwise notes joined by `+`."""
        if tok == "r":
            return None
        if tok == "x":
            return ()
        out = []
        for part in tok.split("+"):
            n = note_number(part)
            if n is None:
                raise self.fail(num, f"not a note, rest or chord: {tok!r}")
            out.append(n + self.score.transpose)
        return tuple(out)

    def check_lengths(self) -> None:
        s = self.score
        if not s.loop:
            return
        longest = s.beats
        for v in s.voices:
            if v.fill and v.beats <= longest:
                v.beats = longest
            if abs(v.beats - longest) > 1e-6:
                raise self.fail(
                    v.line, f"voice {v.name!r} lasts {v.beats:g} beats but the loop is {longest:g}"
                )


def parse_score(text: str, path: str | Path = "<score>") -> Score:
    """Parse score text; raises ScoreError(`file:line: message`) on any problem."""
    return _Parser(text, str(path)).parse()


def load_score(path: Path) -> Score:
    return parse_score(path.read_text(encoding="utf-8"), path)
