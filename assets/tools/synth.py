"""Render every score to WAV and write the audio manifest.

    python assets/tools/synth.py              # render all music and effects
    python assets/tools/synth.py --only door  # render just some (by name)
    python assets/tools/synth.py --check      # exit 1 if any output is out of date

Music: assets/src/music/NAME.txt -> assets/music/NAME.wav (22050 Hz, 16-bit, mono or stereo)
Effects: assets/src/sfx/NAME.txt -> assets/sfx/NAME.wav (22050 Hz, 16-bit, mono)
The output depends only on the sources and these tools, so a test can compare hashes.
"""

from __future__ import annotations

import argparse
import array
import hashlib
import json
import math
import random
import sys
import time
import wave
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from synth_fx import db, fade_tail, loudest_rms, reverb, soft_limit, tape
from synth_instruments import INSTRUMENTS, SR
from synth_score import Score, ScoreError, Voice, load_score

TOOLS = Path(__file__).resolve().parent
ASSETS = TOOLS.parent
MANIFEST = ASSETS / "audio_manifest.json"
KINDS = {"music": (ASSETS / "src" / "music", ASSETS / "music"),
         "sfx": (ASSETS / "src" / "sfx", ASSETS / "sfx")}  # fmt: skip
MUSIC_PEAK_DB = -1.5
SFX_LOUDNESS_DB = -16.0  # RMS of the loudest 50 ms; keeps effects even with each other
SFX_PEAK_DB = -3.0


def midi_freq(note: int) -> float:
    return 440.0 * 2.0 ** ((note - 69) / 12.0)


def _add(buf: list[float], start: int, src: list[float], gain: float) -> None:
    """Mix src into buf at start, growing buf if the note rings past its end."""
    end = start + len(src)
    if end > len(buf):
        buf.extend([0.0] * (end - len(buf)))
    buf[start:end] = [a + gain * b for a, b in zip(buf[start:end], src, strict=False)]


def render_voice(score: Score, voice: Voice, index: int, cache: dict) -> list[float]:
    """One voice as a mono buffer (velocity, humanising and volume applied)."""
    render, _ = INSTRUMENTS[voice.instrument]
    spb = 60.0 / score.tempo
    rng = random.Random(score.seed * 1009 + index)
    human = voice.mix["human"]
    buf: list[float] = [0.0] * int(score.seconds * SR + 1)
    pkey = tuple(sorted(voice.params.items()))
    for ev in voice.events:
        secs = max(0.01, ev.beats * spb * voice.mix["gate"])
        jitter = human * 0.006 * rng.uniform(-1.0, 1.0) if ev.start > 0 else 0.0
        gain = ev.vel * voice.mix["vol"] * (1.0 + human * 0.06 * rng.uniform(-1.0, 1.0))
        for k, note in enumerate(ev.notes or (45,)):  # an unpitched hit renders at A2
            key = (voice.instrument, pkey, note, round(secs, 4), round(ev.vel, 2))
            if key not in cache:
                seed = f"{voice.instrument}:{note}:{secs:.4f}"  # str seeds are stable
                sig = render(midi_freq(note), secs, ev.vel, voice.params, random.Random(seed))
                cache[key] = fade_tail(sig, int(0.005 * SR))  # no note may end on a step
            strum = k * 0.012 * human if voice.instrument == "guitar" else k * 0.002 * human
            start = int((ev.start * spb + jitter + strum) * SR)
            _add(buf, max(0, start), cache[key], gain / (len(ev.notes) or 1) ** 0.25)
    return buf


def render_score(score: Score, kind: str) -> list[list[float]]:
    """Mix all voices, add reverb and tape, wrap tails for loops, then set the level."""
    cache: dict = {}
    length = round(score.seconds * SR)
    left: list[float] = [0.0] * length
    right: list[float] = [0.0] * length
    send: list[float] = [0.0] * length
    stereo = score.channels == 2 and kind == "music"
    for i, voice in enumerate(score.voices):
        mono = render_voice(score, voice, i, cache)
        pan = voice.mix["pan"] if stereo else 0.0
        angle = (pan + 1.0) * math.pi / 4.0  # constant-power pan
        _add(left, 0, mono, math.cos(angle) * math.sqrt(2.0))
        _add(right, 0, mono, math.sin(angle) * math.sqrt(2.0))
        _add(send, 0, mono, voice.mix["rev"])
    if score.reverb > 0:
        tail = int((1.0 + 3.0 * score.room) * SR)
        wet_l, wet_r = reverb(send + [0.0] * tail, score.room)
        _add(left, 0, wet_l, score.reverb)
        _add(right, 0, wet_r, score.reverb)
    chans = [left, right]
    if score.loop:
        chans = [_wrap(ch, length) for ch in chans]  # tails ring into the next time round
    if score.tape > 0:
        chans = tape(chans, score.tape, len(chans[0]) / SR, score.seed)
    if not stereo:
        chans = [[(a + b) * 0.5 for a, b in zip(*chans, strict=False)]]
    if not score.loop:
        chans = [_trim(ch) for ch in chans]
    if kind == "sfx":
        chans = _level_effect(chans, score.gain)
    else:
        chans = soft_limit(chans, MUSIC_PEAK_DB + min(0.0, score.gain))
    return chans


def _wrap(ch: list[float], length: int) -> list[float]:
    out = ch[:length]
    for i in range(length, len(ch)):
        out[i % length] += ch[i]
    return out


def _trim(ch: list[float]) -> list[float]:
    """Drop the silent end (below -66 dB of the peak) and fade the last 10 ms."""
    floor = (max(abs(v) for v in ch) or 1.0) * 10 ** (-66 / 20)
    end = len(ch)
    while end > 1 and abs(ch[end - 1]) < floor:
        end -= 1
    return fade_tail(ch[: end + int(0.01 * SR)], int(0.01 * SR))


def _level_effect(chans: list[list[float]], gain_db: float) -> list[list[float]]:
    ch = chans[0]
    loud = loudest_rms(ch, int(0.05 * SR)) or 1.0
    peak = max(abs(v) for v in ch) or 1.0
    gain = 10 ** (SFX_LOUDNESS_DB / 20) / loud
    gain = min(gain, 10 ** (SFX_PEAK_DB / 20) / peak) * 10 ** (gain_db / 20)
    return [[v * gain for v in ch]]


def write_wav(path: Path, chans: list[list[float]]) -> None:
    data = array.array("h")
    if len(chans) == 1:
        data.extend(max(-32767, min(32767, round(v * 32767))) for v in chans[0])
    else:
        for a, b in zip(*chans, strict=False):
            data.append(max(-32767, min(32767, round(a * 32767))))
            data.append(max(-32767, min(32767, round(b * 32767))))
    if sys.byteorder == "big":
        data.byteswap()
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(len(chans))
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(data.tobytes())


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tool_hash() -> str:
    """One hash over every synth*.py, so changing any part of the tool marks outputs stale."""
    h = hashlib.sha256()
    for p in sorted(TOOLS.glob("synth*.py")):
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def sources() -> list[tuple[str, str, Path]]:
    return [
        (kind, p.stem, p) for kind, (src, _) in KINDS.items() for p in sorted(src.glob("*.txt"))
    ]


def _job(kind: str, name: str, src: Path) -> tuple[str, str, dict, float]:
    t0 = time.perf_counter()
    score = load_score(src)
    chans = render_score(score, kind)
    out = KINDS[kind][1] / f"{name}.wav"
    write_wav(out, chans)
    peak = max(max(abs(v) for v in ch) for ch in chans)
    entry = {
        "source": src.relative_to(ASSETS.parent).as_posix(),
        "source_sha256": sha256(src),
        "output": out.relative_to(ASSETS.parent).as_posix(),
        "output_sha256": sha256(out),
        "channels": len(chans),
        "seconds": round(len(chans[0]) / SR, 3),
        "peak_dbfs": round(db(peak), 2),
        "loop": score.loop,
    }
    return kind, name, entry, time.perf_counter() - t0


def load_manifest() -> dict:
    if MANIFEST.exists():
        return json.loads(MANIFEST.read_text(encoding="utf-8"))
    return {}


def stale() -> list[str]:
    """Names whose output does not match the manifest, the source or the tool."""
    man = load_manifest()
    problems = []
    if man.get("tool_sha256") != tool_hash():
        problems.append("tool changed since the last render")
    for kind, name, src in sources():
        entry = man.get(kind, {}).get(name)
        out = KINDS[kind][1] / f"{name}.wav"
        if entry is None or not out.exists():
            problems.append(f"{kind}/{name}: not rendered")
        elif entry["source_sha256"] != sha256(src) or entry["output_sha256"] != sha256(out):
            problems.append(f"{kind}/{name}: out of date")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="names to render")
    ap.add_argument("--check", action="store_true", help="only report stale outputs")
    args = ap.parse_args(argv)
    if args.check:
        problems = stale()
        for p in problems:
            print(p)
        return 1 if problems else 0
    todo = [s for s in sources() if args.only is None or s[1] in args.only]
    if not todo:
        print("nothing to render", file=sys.stderr)
        return 1
    try:
        for _, _, src in todo:  # parse everything first: fail fast, before slow rendering
            load_score(src)
    except ScoreError as e:
        print(e, file=sys.stderr)
        return 2
    man = load_manifest()
    man["tool_sha256"] = tool_hash()
    man["sample_rate"] = SR
    names = {kind: {n for k, n, _ in sources() if k == kind} for kind in KINDS}
    for kind in KINDS:  # forget entries whose source was deleted
        man[kind] = {n: e for n, e in man.get(kind, {}).items() if n in names[kind]}
    with ProcessPoolExecutor() as pool:
        for kind, name, entry, secs in pool.map(_job, *zip(*todo, strict=True)):
            man[kind][name] = entry
            print(f"{kind}/{name}: {entry['seconds']:.1f}s audio in {secs:.1f}s "
                  f"(peak {entry['peak_dbfs']} dBFS)")  # fmt: skip
    for kind in KINDS:
        man[kind] = dict(sorted(man[kind].items()))
    MANIFEST.write_text(json.dumps(man, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
