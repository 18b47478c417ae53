"""An acoustic piano, additive: stretched partials that beat and die away at their own rates.

Each note is a sum of partials k = 1..K at k*f*sqrt(1 + B*k^2) (the stiffness of a real string
stretches the upper partials sharp), each from two strings a fraction of a cent apart (the slow
beating that makes a piano sound alive), with a two-stage decay (a quick prompt sound, then a
long aftersound), brighter for harder strikes, a felt thump at the start and the damper when
the key is let go. Vectorised with numpy (the tools need it for the Ogg step anyway).
"""

from __future__ import annotations

import math
import random

from synth_instruments import SR


def piano(freq: float, secs: float, vel: float, p: dict[str, float], rng: random.Random):
    import numpy as np  # here, so parsing scores (and the tests) never needs numpy

    n_on = max(1, int(secs * SR))
    n_rel = int(p["release"] * SR)
    pitch = freq / 261.63
    ring = p["decay"] * pitch**-0.55  # low strings ring longer
    n_free = int(min(ring * 1.5, 12.0) * SR)  # how long the string could sound if held
    n = min(n_on, n_free) + n_rel
    t = np.arange(n) / SR
    brightness = p["bright"] * (0.35 + 0.9 * vel)  # Hz scale of the hammer's roll-off
    slope = 1.35 - 0.5 * vel
    inharm = p["inharm"] * max(0.5, pitch) ** 0.5
    out = np.zeros(n)
    k_max = int(min(28, SR * 0.42 / freq))
    for k in range(1, max(1, k_max) + 1):
        fk = k * freq * math.sqrt(1.0 + inharm * k * k)
        if fk >= SR * 0.45:
            break
        amp = k**-slope * math.exp(-(k * freq) / brightness)
        if k in (7, 14) and p["strike"]:  # hammer struck near 1/7 of the string: gaps there
            amp *= 0.3
        if amp < 1e-4:
            continue
        tk = ring / (1.0 + 0.22 * (k - 1))
        env = 0.65 * np.exp(-t / (tk * 0.16)) + 0.35 * np.exp(-t / tk)
        d = p["unison"] / 1200.0 * math.log(2.0) * (0.6 + 0.4 * rng.random())
        ph1, ph2 = rng.random() * 6.283, rng.random() * 6.283
        w = 2.0 * math.pi * fk * t
        out += amp * env * 0.5 * (np.sin(w * (1.0 + d) + ph1) + np.sin(w * (1.0 - d) + ph2))
    # The felt: a short low thump of noise, louder for harder strikes.
    m = min(n, int(0.012 * SR))
    thump = np.array([rng.uniform(-1.0, 1.0) for _ in range(m)])
    for _ in range(3):  # a soft low-pass
        thump = np.convolve(thump, np.ones(5) / 5.0, mode="same")
    out[:m] += p["felt"] * vel * thump * np.exp(-np.arange(m) / (0.003 * SR))
    attack = max(1, int(0.0015 * SR))
    out[:attack] *= np.arange(attack) / attack
    # The damper: released at the end of the key (or when the string has died anyway).
    start = min(n_on, n_free)
    if n > start:
        out[start:] *= np.exp(-np.arange(n - start) / max(1.0, p["release"] * SR / 6.9))
    peak = float(np.abs(out).max()) or 1.0
    return (out / peak).tolist()


PIANO = {
    "piano": (
        piano,
        {
            "decay": 3.2,
            "release": 0.25,
            "bright": 2600.0,
            "inharm": 0.00025,
            "unison": 0.9,
            "felt": 0.25,
            "strike": 1.0,
        },
    ),
}
