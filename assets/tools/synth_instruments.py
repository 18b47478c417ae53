"""Instruments for the synthesizer, in pure Python (stdlib only).

Each instrument is `render(freq, seconds, vel, params, rng) -> list[float]`: one note, mono, at
SR, including its release tail, peak around 1.0 at full velocity. `seconds` is how long the key
is held. Tight inner loops bind everything to locals because this runs per sample in CPython.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable

SR = 22050
TABLE = 4096
TWO_PI = 2.0 * math.pi

Render = Callable[[float, float, float, dict[str, float], random.Random], list[float]]

_tables: dict[tuple, list[float]] = {}


def harmonic_table(weights: tuple[float, ...]) -> list[float]:
    """One cycle built from harmonic amplitudes, normalised to peak 1 (cached)."""
    if weights not in _tables:
        tab = [0.0] * TABLE
        for k, w in enumerate(weights, start=1):
            if w:
                step = TWO_PI * k / TABLE
                for i in range(TABLE):
                    tab[i] += w * math.sin(step * i)
        peak = max(abs(v) for v in tab) or 1.0
        _tables[weights] = [v / peak for v in tab]
    return _tables[weights]


def band_limited(freq: float, slope: Callable[[int], float], cutoff: float) -> tuple[float, ...]:
    """Harmonic weights below Nyquist, shaped by `slope(k)` and a gentle low-pass at `cutoff`."""
    count = max(1, min(40, int(SR * 0.45 / max(freq, 1.0))))
    out = []
    for k in range(1, count + 1):
        lp = 1.0 / math.sqrt(1.0 + (k * freq / cutoff) ** 4)
        out.append(round(slope(k) * lp, 3))  # rounding lets nearby notes share a table
    return tuple(out)


def adsr(n_on: int, a: float, d: float, s: float, r: float) -> list[float]:
    """Envelope for a note held n_on samples: attack, decay to sustain, then release."""
    na, nd, nr = max(1, int(a * SR)), max(1, int(d * SR)), max(1, int(r * SR))
    env = []
    for i in range(n_on):
        if i < na:
            env.append(i / na)
        else:
            j = i - na
            env.append(s + (1.0 - s) * math.exp(-3.0 * j / nd))
    last = env[-1] if env else 0.0
    env.extend(last * (1.0 - i / nr) ** 2 for i in range(nr))
    return env


def _table_osc(
    tab: list[float], freq: float, env: list[float], detune: float = 0.0, vib: float = 0.0
) -> list[float]:
    """Table oscillator with optional cents detune and a delayed 5 Hz vibrato (cents)."""
    inc = TABLE * freq * 2.0 ** (detune / 1200.0) / SR
    out = [0.0] * len(env)
    phase = 0.0
    mask = TABLE - 1
    if vib:
        depth = (2.0 ** (vib / 1200.0) - 1.0) * inc
        vstep = TWO_PI * 5.0 / SR
        ramp = 1.0 / (0.35 * SR)
        for i, e in enumerate(env):
            out[i] = tab[int(phase) & mask] * e
            phase += inc + depth * min(1.0, i * ramp) * math.sin(vstep * i)
    else:
        for i, e in enumerate(env):
            out[i] = tab[int(phase) & mask] * e
            phase += inc
    return out


def fm_bell(freq: float, secs: float, vel: float, p: dict[str, float], rng: random.Random):
    """Two-operator FM with a decaying index: celesta, electric piano, chimes."""
    n_on = int(secs * SR)
    n = n_on + int(p["release"] * SR)
    ratio, index = p["ratio"], p["index"] * (0.4 + 0.6 * vel)
    amp_k = math.exp(-1.0 / (p["decay"] * SR))
    idx_k = math.exp(-1.0 / (p["bright"] * SR))
    rel_k = math.exp(-6.9 / max(1.0, p["release"] * SR))  # -60 dB by the end of the release
    wc, wm = TWO_PI * freq / SR, TWO_PI * freq * ratio / SR
    ping_w, ping = TWO_PI * freq * p["ping_ratio"] / SR, p["ping"]
    attack = max(1, int(0.002 * SR))
    sin = math.sin
    out = [0.0] * n
    amp, idx, pamp = 1.0, index, ping
    for i in range(n):
        mod = idx * sin(wm * i)
        v = amp * sin(wc * i + mod) + pamp * sin(ping_w * i)
        if i < attack:
            v *= i / attack
        out[i] = v
        amp *= amp_k if i < n_on else amp_k * rel_k
        idx *= idx_k
        pamp *= 0.9992
    return out


def pad(freq: float, secs: float, vel: float, p: dict[str, float], rng: random.Random):
    """Three detuned band-limited saws, pre-filtered in the table: a soft warm pad."""
    weights = band_limited(freq, lambda k: 1.0 / k, p["cutoff"])
    tab = harmonic_table(weights)
    env = adsr(int(secs * SR), p["attack"], 0.8, 0.8, p["release"])
    d = p["detune"]
    a = _table_osc(tab, freq, env, 0.0)
    b = _table_osc(tab, freq, env, d)
    c = _table_osc(tab, freq, env, -d)
    return [(x + y + z) * 0.4 for x, y, z in zip(a, b, c, strict=False)]


def organ(freq: float, secs: float, vel: float, p: dict[str, float], rng: random.Random):
    """Drawbar-style additive organ with a little vibrato."""
    w = (1.0, p["h2"], p["h3"], p["h4"], 0.0, p["h6"], 0.0, p["h8"])
    count = max(1, int(SR * 0.45 / freq))
    tab = harmonic_table(w[:count])
    env = adsr(int(secs * SR), p["attack"], 0.3, 0.9, p["release"])
    return _table_osc(tab, freq, env, 0.0, p["vibrato"])


def reed(freq: float, secs: float, vel: float, p: dict[str, float], rng: random.Random):
    """Soft clarinet / hummed voice: odd harmonics, slow attack, delayed vibrato."""
    even = p["even"]
    weights = band_limited(freq, lambda k: (1.0 / k) if k % 2 else even / k, p["cutoff"])
    tab = harmonic_table(weights)
    env = adsr(int(secs * SR), p["attack"], 0.5, 0.85, p["release"])
    return _table_osc(tab, freq, env, 0.0, p["vibrato"])


def pluck(freq: float, secs: float, vel: float, p: dict[str, float], rng: random.Random):
    """Karplus-Strong string with an allpass for exact tuning: guitar and upright bass."""
    n_on = int(secs * SR)
    n = n_on + int(p["release"] * SR)
    period = SR / freq - 0.5  # the averaging filter adds half a sample of delay
    size = max(2, int(period - 0.1))
    frac = period - size
    coef = (1.0 - frac) / (1.0 + frac)
    # Excitation: noise through two one-pole low-passes (bright = pick hardness); a single
    # pole left a broadband "tick" on every note, most audible on the bass.
    a = p["bright"]
    buf, lp1, lp2 = [], 0.0, 0.0
    for _ in range(size):
        lp1 += a * (rng.uniform(-1.0, 1.0) - lp1)
        lp2 += a * (lp1 - lp2)
        buf.append(lp2)
    mean = sum(buf) / size
    buf = [v - mean for v in buf]
    loss = p["sustain"]
    damp = loss * 0.95
    out = [0.0] * n
    prev, ap_x, ap_y, j = 0.0, 0.0, 0.0, 0
    for i in range(n):
        cur = buf[j]
        avg = 0.5 * (cur + prev) * (loss if i < n_on else damp)
        prev = cur
        ap_y = coef * avg + ap_x - coef * ap_y  # first-order allpass: fractional delay
        ap_x = avg
        buf[j] = ap_y
        out[i] = cur
        j += 1
        if j == size:
            j = 0
    peak = max(1e-9, max(abs(v) for v in out[: min(n, size * 4)]))
    ramp = int(0.003 * SR)  # the noise burst would start with a step: soften it into a pluck
    for i in range(min(ramp, n)):
        out[i] *= i / ramp
    # The string itself barely decays within the release, so damp it to -60 dB explicitly:
    # a note cut off at full swing clicks.
    rel = max(1, n - n_on)
    k = math.exp(-6.9 / rel)
    env = 1.0
    for i in range(n_on, n):
        out[i] *= env
        env *= k
    return [v / peak for v in out]


def noise(freq: float, secs: float, vel: float, p: dict[str, float], rng: random.Random):
    """Filtered noise burst (brushes, steps, paper); the pitch is ignored."""
    n_on = int(secs * SR)
    n = n_on + int(p["release"] * SR)
    a_lp = 1.0 - math.exp(-TWO_PI * p["lp"] / SR)
    a_hp = 1.0 - math.exp(-TWO_PI * p["hp"] / SR)
    na = max(1, int(p["attack"] * SR))
    dk = math.exp(-1.0 / max(1.0, p["decay"] * SR))
    out = [0.0] * n
    lp1 = lp2 = hp = 0.0
    amp = 1.0
    uni = rng.uniform
    for i in range(n):
        lp1 += a_lp * (uni(-1.0, 1.0) - lp1)
        lp2 += a_lp * (lp1 - lp2)
        hp += a_hp * (lp2 - hp)
        env = i / na if i < na else amp
        if i >= na:
            amp *= dk if i < n_on else dk * dk
        out[i] = (lp2 - hp) * env
    peak = max(1e-9, max(abs(v) for v in out))
    return [v / peak for v in out]


def thump(freq: float, secs: float, vel: float, p: dict[str, float], rng: random.Random):
    """Sine with a fast pitch drop: soft kick, footstep body, a door's thud."""
    n = int((secs + p["decay"] * 4) * SR)
    start = freq * p["drop"]
    fall = math.exp(-1.0 / (p["droptime"] * SR))
    dk = math.exp(-1.0 / (p["decay"] * SR))
    out = [0.0] * n
    phase, f, amp = 0.0, start, 1.0
    sin = math.sin
    for i in range(n):
        out[i] = sin(phase) * amp * min(1.0, i / 40.0)
        phase += TWO_PI * f / SR
        f = freq + (f - freq) * fall
        amp *= dk
    return out


def beep(freq: float, secs: float, vel: float, p: dict[str, float], rng: random.Random):
    """Clean electronic tone with short ramps, so it never clicks."""
    n_on = max(1, int(secs * SR))
    ramp = max(1, int(p["ramp"] * SR))
    n = n_on + ramp
    w = TWO_PI * freq / SR
    h3 = p["h3"]
    sin = math.sin
    out = [0.0] * n
    for i in range(n):
        env = min(1.0, i / ramp, (n - i) / ramp)
        out[i] = (sin(w * i) + h3 * sin(3 * w * i)) * env
    return out


# name -> (render function, default parameters). A voice line may override any of these.
INSTRUMENTS: dict[str, tuple[Render, dict[str, float]]] = {
    "celesta": (
        fm_bell,
        {
            "ratio": 4.0,
            "index": 1.2,
            "decay": 0.7,
            "bright": 0.15,
            "release": 0.5,
            "ping": 0.15,
            "ping_ratio": 7.0,
        },
    ),
    "epiano": (
        fm_bell,
        {
            "ratio": 1.0,
            "index": 1.6,
            "decay": 1.1,
            "bright": 0.35,
            "release": 0.35,
            "ping": 0.08,
            "ping_ratio": 14.0,
        },
    ),
    "chime": (
        fm_bell,
        {
            "ratio": 3.5,
            "index": 2.0,
            "decay": 1.4,
            "bright": 0.4,
            "release": 1.2,
            "ping": 0.1,
            "ping_ratio": 5.4,
        },
    ),
    "pad": (pad, {"attack": 0.6, "release": 1.2, "detune": 7.0, "cutoff": 1400.0}),
    "organ": (
        organ,
        {
            "attack": 0.06,
            "release": 0.3,
            "h2": 0.5,
            "h3": 0.25,
            "h4": 0.2,
            "h6": 0.08,
            "h8": 0.05,
            "vibrato": 6.0,
        },
    ),
    "reed": (
        reed,
        {"attack": 0.09, "release": 0.25, "cutoff": 1800.0, "even": 0.15, "vibrato": 14.0},
    ),
    "guitar": (pluck, {"bright": 0.5, "sustain": 0.996, "release": 0.25}),
    "bass": (pluck, {"bright": 0.2, "sustain": 0.994, "release": 0.12}),
    "noise": (noise, {"lp": 6000.0, "hp": 300.0, "attack": 0.002, "decay": 0.05, "release": 0.03}),
    "thump": (thump, {"drop": 2.5, "droptime": 0.02, "decay": 0.08}),
    "beep": (beep, {"ramp": 0.004, "h3": 0.0}),
}
