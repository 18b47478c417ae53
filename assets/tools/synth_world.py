"""More instruments: a warm electric piano, soft strings, and the sounds of places.

`rhodes` and `strings` are for the music; `swell` (sea and wind), `chirp` (birds, gulls,
whistles), `voice` (murmur, television talk, laughter) and `engine` (cars, buses, hums) make
effects and ambient beds from the same score format. Same contract as synth_instruments:
`render(freq, seconds, vel, params, rng) -> list[float]`, mono, peak about 1 at full velocity.
Filter coefficients that move are updated every `BLOCK` samples: cheap, and inaudible.
"""

from __future__ import annotations

import math
import random

from synth_instruments import SR, TWO_PI, adsr, band_limited, harmonic_table

BLOCK = 32
# Vowel formants (F1, F2) in Hz, roughly an adult voice: a, e, i, o, u, the neutral schwa.
VOWELS = ((730, 1090), (530, 1840), (300, 2200), (570, 840), (320, 900), (500, 1500))


def _one_pole(cutoff: float) -> float:
    return 1.0 - math.exp(-TWO_PI * min(cutoff, SR * 0.45) / SR)


def _bandpass(f0: float, q: float) -> tuple[float, float, float, float, float]:
    """RBJ biquad band-pass (0 dB peak): b0, b1, b2, a1, a2 (a0 normalised)."""
    w = TWO_PI * min(f0, SR * 0.45) / SR
    alpha = math.sin(w) / (2.0 * q)
    a0 = 1.0 + alpha
    return alpha / a0, 0.0, -alpha / a0, -2.0 * math.cos(w) / a0, (1.0 - alpha) / a0


def rhodes(freq: float, secs: float, vel: float, p: dict[str, float], rng: random.Random):
    """Warm electric piano: a sine body with a soft FM bark, a tine partial, a two-stage decay,
    optional tremolo and a gentle saturation that rounds loud notes instead of brightening them."""
    n_on = int(secs * SR)
    n = n_on + int(p["release"] * SR)
    wc = TWO_PI * freq / SR
    index = p["index"] * (0.25 + 0.75 * vel)
    idx_k = math.exp(-1.0 / (p["bright"] * SR))
    fast_k = math.exp(-1.0 / (0.25 * SR))
    slow_k = math.exp(-1.0 / (p["decay"] * SR))
    rel_k = math.exp(-6.9 / max(1.0, p["release"] * SR))
    tine_w = TWO_PI * freq * p["tine_ratio"] / SR
    tine_k = math.exp(-1.0 / (0.06 * SR))
    trem_w, trem = TWO_PI * p["trem_rate"] / SR, p["tremolo"]
    drive = p["warmth"] * (0.5 + vel)
    norm = math.tanh(drive) if drive > 0 else 1.0
    attack = max(1, int(0.003 * SR))
    sin, tanh = math.sin, math.tanh
    out = [0.0] * n
    fast, slow, idx, tine = 0.45, 0.55, index, p["tine"] * vel
    for i in range(n):
        v = (fast + slow) * sin(wc * i + idx * sin(wc * i)) + tine * sin(tine_w * i)
        if trem:
            v *= 1.0 - trem * (0.5 + 0.5 * sin(trem_w * i))
        if drive > 0:
            v = tanh(drive * v) / norm
        if i < attack:
            v *= i / attack
        out[i] = v
        fast *= fast_k
        slow *= slow_k if i < n_on else slow_k * rel_k
        if i >= n_on:
            fast *= rel_k
        idx *= idx_k
        tine *= tine_k
    return out


def strings(freq: float, secs: float, vel: float, p: dict[str, float], rng: random.Random):
    """A soft string section: several detuned band-limited saws, each with its own slow vibrato,
    a slow bow-like attack; the brightness opens a little with velocity."""
    cutoff = p["cutoff"] * (0.6 + 0.6 * vel)
    tab = harmonic_table(band_limited(freq, lambda k: 1.0 / k, cutoff))
    env = adsr(int(secs * SR), p["attack"], 1.5, 0.85, p["release"])
    size = len(tab)
    mask = size - 1
    players = int(p["players"])
    out = [0.0] * len(env)
    for k in range(players):
        cents = p["detune"] * (k / max(1, players - 1) * 2.0 - 1.0)
        inc = size * freq * 2.0 ** (cents / 1200.0) / SR
        depth = (2.0 ** (p["vibrato"] / 1200.0) - 1.0) * inc
        vw = TWO_PI * (4.6 + 0.9 * rng.random()) / SR
        vph = rng.random() * TWO_PI
        phase = rng.random() * size
        sin = math.sin
        for i, e in enumerate(env):
            out[i] += tab[int(phase) & mask] * e
            phase += inc + depth * sin(vw * i + vph)
    scale = 1.0 / players**0.5
    return [v * scale for v in out]


def swell(freq: float, secs: float, vel: float, p: dict[str, float], rng: random.Random):
    """A wave or a gust: noise through a low-pass that opens as it swells and closes as it falls
    back, with a hiss of foam at the crest. The pitch is ignored."""
    n_on = int(secs * SR)
    n = n_on + int(p["release"] * SR)
    na = max(1, int(p["attack"] * SR))
    dk = math.exp(-1.0 / max(1.0, p["decay"] * SR))
    rk = math.exp(-6.9 / max(1.0, p["release"] * SR))
    lo, hi, foam = p["lo"], p["hi"], p["foam"]
    a_hp = _one_pole(p["hp"])
    a_foam = _one_pole(p["foamlp"])  # foam is a hiss, not a click: keep its top soft
    uni = rng.uniform
    out = [0.0] * n
    l1 = l2 = l3 = l4 = hp = f1 = fl = 0.0
    steep = p["poles"] >= 4  # four poles: a darker sea, for under music
    env, a = 0.0, _one_pole(lo)
    for i in range(n):
        if i < na:
            x = i / na
            env = x * x * (3.0 - 2.0 * x)  # smooth rise
        elif i < n_on:
            env *= dk
        else:
            env *= rk
        if i % BLOCK == 0:
            a = _one_pole(lo + (hi - lo) * env * env)
        w = uni(-1.0, 1.0)
        l1 += a * (w - l1)
        l2 += a * (l1 - l2)
        body = l2
        if steep:
            l3 += a * (l2 - l3)
            l4 += a * (l3 - l4)
            body = l4
        hp += a_hp * (body - hp)
        fl += a_foam * (w - fl)
        f1 += 0.2 * (fl - f1)
        out[i] = (body - hp) * env + foam * 2.0 * (fl - f1) * env * env * env
    peak = max(1e-9, max(abs(v) for v in out))
    return [v / peak for v in out]


def chirp(freq: float, secs: float, vel: float, p: dict[str, float], rng: random.Random):
    """A gliding tone: a bird's chirp, a gull's cry, a kettle's whistle. The pitch goes from
    `start` through `peak` (at `peakpos` of the note) to `end` (ratios of the note), with optional
    trill, harmonics (h2, h3) and `rasp` (noise in the amplitude, for a harsh throat)."""
    n_on = max(1, int(secs * SR))
    n = n_on + int(p["release"] * SR)
    tab = harmonic_table((1.0, p["h2"], p["h3"], p["h4"]))
    size = len(tab)
    mask = size - 1
    start, peak, end, pp = p["start"], p["peak"], p["end"], max(0.01, min(0.99, p["peakpos"]))
    na = max(1, int(p["attack"] * SR))
    nr = max(1, n - n_on)
    tw, tdepth = TWO_PI * p["trill"] / SR, p["trilldepth"]
    rasp = p["rasp"]
    breath = p["breath"]
    uni = rng.uniform
    sin = math.sin
    out = [0.0] * n
    phase, noise = 0.0, 0.0
    for i in range(n):
        x = min(1.0, i / n_on)
        ratio = (
            start + (peak - start) * (x / pp)
            if x < pp
            else peak + (end - peak) * ((x - pp) / (1.0 - pp))
        )
        f = freq * ratio * (1.0 + tdepth * sin(tw * i))
        phase += size * f / SR
        env = i / na if i < na else 1.0
        if i >= n_on:
            env *= (1.0 - (i - n_on) / nr) ** 2
        v = tab[int(phase) & mask]
        if rasp:
            noise += 0.3 * (uni(-1.0, 1.0) - noise)
            v *= 1.0 - rasp + rasp * 3.0 * abs(noise)
        if breath:
            v += breath * uni(-1.0, 1.0)
        out[i] = v * env
    pk = max(1e-9, max(abs(v) for v in out))
    return [v / pk for v in out]


def voice(freq: float, secs: float, vel: float, p: dict[str, float], rng: random.Random):
    """Speech you cannot make out: a buzzing glottal source through two moving formants,
    syllable by syllable, with a wandering pitch. `laugh=1` makes it laughter instead: breathy
    "ha" syllables at `syl` seconds each, falling in pitch. The note's pitch is the voice's."""
    n_on = max(1, int(secs * SR))
    n = n_on + int(p["release"] * SR)
    laugh = p["laugh"] > 0
    tab = harmonic_table(band_limited(freq, lambda k: 1.0 / k**0.8, 3500.0))
    size = len(tab)
    mask = size - 1
    syl = p["syl"]
    # The syllables: (start sample, length, vowel, loudness); talk leaves small gaps.
    plan = []
    t = 0
    while t < n_on:
        length = int(syl * SR * (0.85 + 0.3 * rng.random() if laugh else 0.6 + 0.8 * rng.random()))
        vowel = VOWELS[0] if laugh else VOWELS[rng.randrange(len(VOWELS))]
        loud = 1.0 if laugh else 0.5 + 0.5 * rng.random()
        plan.append((t, length, vowel, loud))
        gap = 0 if laugh else (int(SR * rng.uniform(0.0, 0.12)) if rng.random() < 0.35 else 0)
        t += length + gap
    breath = p["breath"] + (0.35 if laugh else 0.0)
    uni = rng.uniform
    sin = math.sin
    out = [0.0] * n
    phase = 0.0
    drift = 0.0
    y1 = [0.0, 0.0]
    y2 = [0.0, 0.0]
    x1 = x2 = 0.0
    f1, f2 = VOWELS[5]
    seg = 0
    c1 = _bandpass(f1, 6.0)
    c2 = _bandpass(f2, 9.0)
    fall = p["fall"]
    for i in range(n):
        while seg + 1 < len(plan) and i >= plan[seg + 1][0]:
            seg += 1
        s0, slen, (v1, v2), loud = plan[seg]
        pos = (i - s0) / max(1, slen)
        if i % BLOCK == 0:
            f1 += 0.25 * (v1 - f1)
            f2 += 0.25 * (v2 - f2)
            c1 = _bandpass(f1, 6.0)
            c2 = _bandpass(f2, 9.0)
            drift += 0.02 * (uni(-1.0, 1.0) - drift * 0.1)
        if pos >= 1.0:
            syl_env = 0.0
        elif laugh:
            syl_env = min(1.0, pos * 12.0) * (1.0 - pos) ** 1.5
        else:
            syl_env = sin(math.pi * pos) ** 0.7
        bend = 1.0 + 0.04 * drift - fall * i / n + (0.08 * (1.0 - pos) if laugh else 0.0)
        phase += size * freq * bend / SR
        asp = (1.0 - min(1.0, pos * 6.0)) if laugh else 0.0  # the "h" of "ha"
        src = tab[int(phase) & mask] * (1.0 - asp) + (breath + asp) * uni(-1.0, 1.0)
        x0 = src * syl_env * loud
        b0, _, b2, a1, a2 = c1
        o1 = b0 * x0 + b2 * x2 - a1 * y1[0] - a2 * y1[1]
        y1[1], y1[0] = y1[0], o1
        b0, _, b2, a1, a2 = c2
        o2 = b0 * x0 + b2 * x2 - a1 * y2[0] - a2 * y2[1]
        y2[1], y2[0] = y2[0], o2
        x2, x1 = x1, x0
        env = 1.0 if i < n_on else (1.0 - (i - n_on) / max(1, n - n_on)) ** 2
        out[i] = (o1 + 0.6 * o2) * env
    pk = max(1e-9, max(abs(v) for v in out))
    return [v / pk for v in out]


def engine(freq: float, secs: float, vel: float, p: dict[str, float], rng: random.Random):
    """A motor: a firing pulse at the note's pitch (its harmonics rolled off at `cutoff`), a
    wandering speed, a rough amplitude, an optional `rise` from a lower speed as it starts
    (`rise` is the starting ratio, `risetime` seconds) and `noise` for tyres or air."""
    n_on = max(1, int(secs * SR))
    n = n_on + int(p["release"] * SR)
    tab = harmonic_table(band_limited(freq, lambda k: 1.0 / k**0.6, p["cutoff"]))
    size = len(tab)
    mask = size - 1
    na = max(1, int(p["attack"] * SR))
    nrise = max(1, int(p["risetime"] * SR))
    rise = p["rise"]
    rough, nz = p["rough"], p["noise"]
    a_n = _one_pole(p["noiselp"])
    uni = rng.uniform
    out = [0.0] * n
    phase, wander, r, nl = 0.0, 0.0, 0.0, 0.0
    for i in range(n):
        if i % BLOCK == 0:
            wander += 0.03 * (uni(-1.0, 1.0) - wander * 0.2)
        x = min(1.0, i / nrise)
        speed = rise + (1.0 - rise) * (1.0 - (1.0 - x) ** 2)
        phase += size * freq * speed * (1.0 + p["wander"] * wander) / SR
        r += 0.05 * (uni(-1.0, 1.0) - r)
        nl += a_n * (uni(-1.0, 1.0) - nl)
        env = min(1.0, i / na)
        if i >= n_on:
            env *= (1.0 - (i - n_on) / max(1, n - n_on)) ** 2
        out[i] = (tab[int(phase) & mask] * (1.0 + rough * 4.0 * r) + nz * nl * 3.0) * env
    pk = max(1e-9, max(abs(v) for v in out))
    return [v / pk for v in out]


WORLD_INSTRUMENTS = {
    "rhodes": (
        rhodes,
        {
            "index": 0.9,
            "bright": 0.25,
            "decay": 2.2,
            "release": 0.4,
            "tine": 0.12,
            "tine_ratio": 7.1,
            "tremolo": 0.0,
            "trem_rate": 4.5,
            "warmth": 0.8,
        },
    ),
    "strings": (
        strings,
        {
            "attack": 0.5,
            "release": 1.0,
            "detune": 9.0,
            "vibrato": 7.0,
            "cutoff": 1600.0,
            "players": 4,
        },
    ),
    "swell": (
        swell,
        {
            "attack": 1.5,
            "decay": 1.5,
            "release": 1.0,
            "lo": 150.0,
            "hi": 2200.0,
            "hp": 60.0,
            "foam": 0.15,
            "foamlp": 4500.0,
            "poles": 2,
        },
    ),
    "chirp": (
        chirp,
        {
            "start": 1.0,
            "peak": 1.0,
            "end": 1.0,
            "peakpos": 0.5,
            "attack": 0.005,
            "release": 0.02,
            "h2": 0.0,
            "h3": 0.0,
            "h4": 0.0,
            "trill": 0.0,
            "trilldepth": 0.0,
            "rasp": 0.0,
            "breath": 0.0,
        },
    ),
    "voice": (voice, {"syl": 0.18, "breath": 0.05, "laugh": 0.0, "fall": 0.0, "release": 0.05}),
    "engine": (
        engine,
        {
            "cutoff": 400.0,
            "wander": 0.02,
            "rough": 0.15,
            "noise": 0.0,
            "noiselp": 800.0,
            "attack": 0.05,
            "release": 0.3,
            "rise": 1.0,
            "risetime": 0.5,
        },
    ),
}
