"""Mixing effects for the synthesizer: reverb, cassette tape, loudness and soft limiting.

The reverb is a small Schroeder design (parallel combs, then allpasses). Because every
feedback path is at least one delay long, each filter runs a whole delay-length block at a
time with a list comprehension, which is several times faster than a per-sample loop.
"""

from __future__ import annotations

import math
import random

from synth_instruments import SR, TWO_PI

_COMBS = (557, 593, 641, 677)  # prime-ish lengths at 22050 Hz so the echoes never line up
_ALLPASS_L = (277, 211)
_ALLPASS_R = (293, 227)  # different lengths decorrelate left and right


def _comb(x: list[float], d: int, g: float) -> list[float]:
    y = x[:d]
    for start in range(d, len(x), d):
        y.extend(
            [a + g * b for a, b in zip(x[start : start + d], y[start - d : start], strict=False)]
        )
    return y


def _allpass(x: list[float], d: int, g: float = 0.5) -> list[float]:
    buf = x[:d]
    for start in range(d, len(x), d):
        buf.extend(
            [a + g * b for a, b in zip(x[start : start + d], buf[start - d : start], strict=False)]
        )
    # out[n] = buf[n - d] - x[n]; the first d samples have no delayed part yet.
    head = [-v for v in x[:d]]
    return head + [b - a for a, b in zip(x[d:], buf, strict=False)]


def lowpass(x: list[float], cutoff: float) -> list[float]:
    a = 1.0 - math.exp(-TWO_PI * cutoff / SR)
    out, y = [0.0] * len(x), 0.0
    for i, v in enumerate(x):
        y += a * (v - y)
        out[i] = y
    return out


def highpass(x: list[float], cutoff: float) -> list[float]:
    low = lowpass(x, cutoff)
    return [a - b for a, b in zip(x, low, strict=False)]


def reverb(send: list[float], room: float) -> tuple[list[float], list[float]]:
    """Stereo wet signal from a mono send; `room` 0..1 sets the decay time."""
    g = 0.74 + 0.22 * room
    scale = 0.8 + 0.6 * room
    pre = int(0.025 * SR)
    x = [0.0] * pre + lowpass(send, 3500.0)  # damped input: a soft room, not a tin can
    wet = [0.0] * len(x)
    for d in _COMBS:
        c = _comb(x, int(d * scale), g)
        wet = [a + b for a, b in zip(wet, c, strict=False)]
    wet = [v * 0.25 for v in wet]
    left, right = wet, wet
    for d in _ALLPASS_L:
        left = _allpass(left, d)
    for d in _ALLPASS_R:
        right = _allpass(right, d)
    return lowpass(left, 5000.0), lowpass(right, 5000.0)


def tape(
    chans: list[list[float]],
    amount: float,
    seconds: float,
    seed: int,
    *,
    wow: float = 1.0,
    flutter: float = 1.0,
    hiss: float = 1.0,
    dropouts: tuple[tuple[float, float, float], ...] = (),
) -> list[list[float]]:
    """Cassette wear: slow wow and fast flutter in pitch, top roll-off, hiss and dropouts.

    `wow`, `flutter` and `hiss` scale each part (1 = the plain `amount`). The wow is two slow
    waves, so the pitch drifts rather than swings regularly; every rate is rounded to whole
    cycles per loop so a looping track stays seamless. A dropout (start and length in seconds,
    depth 0..1) is where the oxide is worn: the level sinks and the top goes dull for a moment.
    """
    n = len(chans[0])
    wow_hz = max(1, round(0.55 * seconds)) / seconds
    wow2_hz = max(1, round(0.21 * seconds)) / seconds
    flut_hz = max(1, round(6.3 * seconds)) / seconds
    wow_d = 0.0032 * SR * amount * wow  # delay swing in samples
    wow2_d = 0.5 * wow_d
    flut = 0.0004 * SR * amount * flutter
    swing = wow_d + wow2_d + flut
    off = int(2 * swing) + 4  # read at least `off - 2*swing` samples behind, never ahead
    rng = random.Random(seed)
    dip = _dropout_curve(n, dropouts)
    out = []
    sin = math.sin
    for ch in chans:
        ext = ch[-off:] + ch + ch[:2]  # behind the start we read the loop's end
        res = [0.0] * n
        for i in range(n):
            t = i / SR
            pos = (
                i
                + off
                - swing
                - wow_d * sin(TWO_PI * wow_hz * t)
                - wow2_d * sin(TWO_PI * wow2_hz * t + 1.3)
                - flut * sin(TWO_PI * flut_hz * t)
            )
            k = int(pos)
            f = pos - k
            res[i] = ext[k] + (ext[k + 1] - ext[k]) * f
        res = lowpass(res, 5200.0 - 2500.0 * amount)
        if dip is not None:
            dull = lowpass(res, 900.0)
            res = [
                d * (g * a + (1.0 - g) * b)
                for a, b, g, d in zip(res, dull, dip[0], dip[1], strict=False)
            ]
        noise = highpass([rng.gauss(0.0, 1.0) for _ in range(n)], 2500.0)
        level = 0.004 * amount * hiss * (max(abs(v) for v in res) or 1.0)
        out.append([a + level * b for a, b in zip(res, noise, strict=False)])
    return out


def _dropout_curve(
    n: int, dropouts: tuple[tuple[float, float, float], ...]
) -> tuple[list[float], list[float]] | None:
    """Per sample: how much of the bright signal is left (0..1) and the level (0..1)."""
    if not dropouts:
        return None
    bright = [1.0] * n
    level = [1.0] * n
    for start, length, depth in dropouts:
        a, b = int(start * SR), int((start + length) * SR)
        edge = max(1, min(int(0.04 * SR), (b - a) // 3))
        for i in range(max(0, a), min(n, b)):
            x = min(1.0, (i - a) / edge, (b - i) / edge)
            shape = x * x * (3.0 - 2.0 * x)
            bright[i] = min(bright[i], 1.0 - shape)
            level[i] = min(level[i], 1.0 - depth * shape)
    return bright, level


def db(x: float) -> float:
    return 20.0 * math.log10(max(x, 1e-12))


def soft_limit(chans: list[list[float]], target_db: float) -> list[list[float]]:
    """Scale to the target peak; rare spikes far above the body go through a tanh knee."""
    target = 10.0 ** (target_db / 20.0)
    peak = max(max(abs(v) for v in ch) for ch in chans) or 1.0
    everything = sorted(abs(v) for ch in chans for v in ch[::7])
    body = everything[int(len(everything) * 0.999)] or peak
    gain = target / min(peak, body * 1.6)  # let spikes over 1.6x the body be squeezed
    knee = 0.75 * target
    span = target - knee
    tanh = math.tanh

    def shape(v: float) -> float:
        a = abs(v * gain)
        if a <= knee:
            return v * gain
        s = knee + span * tanh((a - knee) / span)
        return s if v > 0 else -s

    return [[shape(v) for v in ch] for ch in chans]


def loudest_rms(x: list[float], window: int) -> float:
    """RMS of the loudest window: our measure of how loud a short effect feels."""
    best = 0.0
    step = max(1, window // 4)
    for start in range(0, max(1, len(x) - window + 1), step):
        seg = x[start : start + window]
        best = max(best, sum(v * v for v in seg) / max(1, len(seg)))
    return math.sqrt(best)


def fade_tail(x: list[float], samples: int) -> list[float]:
    n = min(samples, len(x))
    for i in range(n):
        x[len(x) - n + i] *= 1.0 - i / n
    return x
