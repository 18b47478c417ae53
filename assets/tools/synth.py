"""Render every score and write the audio manifest.

    python assets/tools/synth.py              # render all music, effects and ambient beds
    python assets/tools/synth.py --only door  # render just some (by name)
    python assets/tools/synth.py --wav /tmp/w # also write plain WAVs there, to listen and measure
    python assets/tools/synth.py --check      # exit 1 if any output is out of date

Music:   assets/src/music/NAME.txt   -> assets/music/NAME.ogg   (Ogg Vorbis, 22050 Hz, stereo/mono)
Ambient: assets/src/ambient/NAME.txt -> assets/ambient/NAME.ogg (Ogg Vorbis, 22050 Hz, a loop)
Effects: assets/src/sfx/NAME.txt     -> assets/sfx/NAME.wav     (22050 Hz, 16-bit, mono)
Ogg needs the `soundfile` package (pip install -e '.[tools]'); --check does not.
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

from synth_fx import db, fade_tail, highpass, loudest_rms, lowpass, reverb, soft_limit, tape
from synth_instruments import SR
from synth_ogg import VORBIS_QUALITY, write_ogg
from synth_registry import INSTRUMENTS
from synth_score import Score, ScoreError, Voice, load_score

TOOLS = Path(__file__).resolve().parent
ASSETS = TOOLS.parent
MANIFEST = ASSETS / "audio_manifest.json"
# kind -> (sources, outputs, file suffix). Short effects stay WAV: they load instantly and start
# on the exact sample; long loops are Ogg Vorbis, about a tenth of the size.
KINDS = {"music": (ASSETS / "src" / "music", ASSETS / "music", ".ogg"),
         "ambient": (ASSETS / "src" / "ambient", ASSETS / "ambient", ".ogg"),
         "sfx": (ASSETS / "src" / "sfx", ASSETS / "sfx", ".wav")}  # fmt: skip
MUSIC_PEAK_DB = -1.5
AMBIENT_RMS_DB = -24.0  # beds are levelled by loudness, not peak: a clock and the sea sit even
SFX_LOUDNESS_DB = -16.0  # RMS of the loudest 50 ms; keeps effects even with each other
SFX_PEAK_DB = -3.0


def midi_freq(note: float) -> float:
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
    human, mix = voice.mix["human"], voice.mix
    buf: list[float] = [0.0] * int(score.seconds * SR + 1)
    pkey = tuple(sorted(voice.params.items()))
    for ev in voice.events:
        secs = max(0.01, ev.beats * spb * voice.mix["gate"])
        jitter = human * 0.006 * rng.uniform(-1.0, 1.0) if ev.start > 0 else 0.0
        if mix["jitter"]:
            jitter += mix["jitter"] * rng.uniform(-1.0, 1.0)
        gain = ev.vel * voice.mix["vol"] * (1.0 + human * 0.06 * rng.uniform(-1.0, 1.0))
        if mix["spread"]:
            gain *= max(0.0, 1.0 + mix["spread"] * rng.uniform(-1.0, 1.0))
        cents = round(mix["pitchrand"] * rng.uniform(-1.0, 1.0)) if mix["pitchrand"] else 0
        for k, base in enumerate(ev.notes or (45,)):  # an unpitched hit renders at A2
            note = base + mix["transpose"] + cents / 100.0
            take = int(rng.random() * 4) if mix["jitter"] else 0  # scattered hits vary
            key = (voice.instrument, pkey, note, round(secs, 4), round(ev.vel, 2), take)
            if key not in cache:
                seed = f"{voice.instrument}:{note}:{secs:.4f}:{take}"  # str seeds are stable
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
    stereo = score.channels == 2 and kind != "sfx"
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
    lo, hi = score.band
    if hi:
        chans = [lowpass(lowpass(ch, hi), hi) for ch in chans]
    if lo:
        chans = [highpass(highpass(ch, lo), lo) for ch in chans]
    if score.loop:
        chans = [_wrap(ch, length) for ch in chans]  # tails ring into the next time round
    if score.tape > 0:
        spb = 60.0 / score.tempo
        drops = tuple((a * spb, b * spb, d) for a, b, d in score.dropouts)
        chans = tape(chans, score.tape, len(chans[0]) / SR, score.seed, wow=score.wow,
                     flutter=score.flutter, hiss=score.hiss, dropouts=drops)  # fmt: skip
    if not stereo:
        chans = [[(a + b) * 0.5 for a, b in zip(*chans, strict=False)]]
    if not score.loop:
        chans = [_trim(ch) for ch in chans]
    if kind == "sfx":
        chans = _level_effect(chans, score.gain)
    elif kind == "ambient":
        chans = _level_bed(chans, score.gain)
    else:
        chans = soft_limit(chans, MUSIC_PEAK_DB + min(0.0, score.gain))
    return chans


def rms(chans: list[list[float]]) -> float:
    total = sum(v * v for ch in chans for v in ch)
    return math.sqrt(total / max(1, sum(len(ch) for ch in chans)))


def _level_bed(chans: list[list[float]], gain_db: float) -> list[list[float]]:
    """An ambient bed: overall RMS to AMBIENT_RMS_DB (+ gain), peaks soft-limited below -1.5 dB."""
    gain = 10 ** ((AMBIENT_RMS_DB + gain_db) / 20) / (rms(chans) or 1.0)
    chans = [[v * gain for v in ch] for ch in chans]
    peak = max(max(abs(v) for v in ch) for ch in chans)
    if peak > 10 ** (MUSIC_PEAK_DB / 20):
        chans = soft_limit(chans, MUSIC_PEAK_DB)
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
        (kind, p.stem, p) for kind, (src, _, _) in KINDS.items() for p in sorted(src.glob("*.txt"))
    ]


def output_path(kind: str, name: str, score: Score | None = None) -> Path:
    """Where a score renders to: its kind's folder and format (a score's `format` overrides)."""
    suffix = f".{score.format}" if score is not None and score.format else KINDS[kind][2]
    return KINDS[kind][1] / f"{name}{suffix}"


def _output_of(kind: str, name: str, src: Path) -> Path:
    try:
        return output_path(kind, name, load_score(src))
    except ScoreError:
        return output_path(kind, name)


def _job(kind: str, name: str, src: Path, wav_dir: str) -> tuple[str, str, dict, float]:
    t0 = time.perf_counter()
    score = load_score(src)
    chans = render_score(score, kind)
    out = output_path(kind, name, score)
    if out.suffix == ".ogg":
        write_ogg(out, chans, SR, VORBIS_QUALITY[kind])
    else:
        write_wav(out, chans)
    if wav_dir:
        write_wav(Path(wav_dir) / f"{name}.wav", chans)
    peak = max(max(abs(v) for v in ch) for ch in chans)
    entry = {
        "source": src.relative_to(ASSETS.parent).as_posix(),
        "source_sha256": sha256(src),
        "output": out.relative_to(ASSETS.parent).as_posix(),
        "output_sha256": sha256(out),
        "channels": len(chans),
        "seconds": round(len(chans[0]) / SR, 3),
        "peak_dbfs": round(db(peak), 2),
        "rms_dbfs": round(db(rms(chans)), 2),
        "loop": score.loop,
        "tool_sha256": tool_hash(),
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
    tool = tool_hash()
    for kind, name, src in sources():
        entry = man.get(kind, {}).get(name)
        out = _output_of(kind, name, src)
        if entry is None or not out.exists():
            problems.append(f"{kind}/{name}: not rendered")
        elif entry.get("tool_sha256") != tool:
            problems.append(f"{kind}/{name}: rendered by another version of the tool")
        elif entry["source_sha256"] != sha256(src) or entry["output_sha256"] != sha256(out):
            problems.append(f"{kind}/{name}: out of date")
    made = {_output_of(kind, name, src) for kind, name, src in sources()}
    for _, out_dir, _ in KINDS.values():  # an output no score makes (a renamed or old format)
        for path in sorted(out_dir.glob("*")) if out_dir.is_dir() else ():
            if path.suffix in (".wav", ".ogg") and path not in made:
                problems.append(f"{path.relative_to(ASSETS.parent).as_posix()}: no score makes it")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="names to render")
    ap.add_argument("--check", action="store_true", help="only report stale outputs")
    ap.add_argument("--wav", default="", metavar="DIR", help="also write WAV copies into DIR")
    ap.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
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
    man.pop("tool_sha256", None)  # (older manifests kept one for all; now each entry has its own)
    man["sample_rate"] = SR
    if any(_output_of(*job).suffix == ".ogg" for job in todo):
        from synth_ogg import encoder_version

        man["ogg_encoder"] = encoder_version()
    names = {kind: {n for k, n, _ in sources() if k == kind} for kind in KINDS}
    for kind in KINDS:  # forget entries whose source was deleted
        man[kind] = {n: e for n, e in man.get(kind, {}).items() if n in names[kind]}
    todo.sort(key=lambda s: -s[2].stat().st_size)  # the long scores first: better packing
    wavs = [args.wav] * len(todo)
    with ProcessPoolExecutor(args.jobs) as pool:
        for kind, name, entry, secs in pool.map(_job, *zip(*todo, strict=True), wavs):
            man[kind][name] = entry
            print(f"{kind}/{name}: {entry['seconds']:.1f}s audio in {secs:.1f}s "
                  f"(peak {entry['peak_dbfs']}, RMS {entry['rms_dbfs']} dBFS)")  # fmt: skip
    for kind in KINDS:
        man[kind] = dict(sorted(man[kind].items()))
    MANIFEST.write_text(json.dumps(man, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
