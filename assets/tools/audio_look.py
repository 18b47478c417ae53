"""Look at rendered audio: levels, the loop seam, and a spectrogram picture.

    python assets/tools/audio_look.py assets/music/beach.ogg            # figures
    python assets/tools/audio_look.py /tmp/w/beach.wav --png /tmp/b.png  # and a spectrogram
    python assets/tools/audio_look.py --voices assets/src/music/beach.txt --bars 1,5,13,21
                                     # each voice's level (dB RMS) in each section, to mix by

Prints peak and RMS (dBFS), the loudest and quietest 3-second stretches, clipped samples, DC
offset, and for a loop the jump across the seam (last sample to first) compared with a typical
sample-to-sample step. The spectrogram is 0..11 kHz from bottom to top, time left to right, on a
60 dB scale; a second strip under it draws the loudness over time. Needs numpy and soundfile
(pip install -e '.[tools]') and pygame to write the PNG.
"""

from __future__ import annotations

import argparse
import itertools
import math
import sys
from pathlib import Path


def db(x: float) -> float:
    return 20.0 * math.log10(max(float(x), 1e-12))


def figures(path: Path) -> tuple[dict, object, int]:
    import numpy as np
    import soundfile

    data, rate = soundfile.read(str(path), dtype="float64", always_2d=True)
    mono = data.mean(axis=1)
    win = 3 * rate
    chunks = [mono[i : i + win] for i in range(0, max(1, len(mono) - win + 1), rate)]
    levels = [db(np.sqrt(np.mean(c * c))) for c in chunks if len(c)]
    steps = np.abs(np.diff(data, axis=0))
    seam = np.abs(data[0] - data[-1]).max()
    return (
        {
            "seconds": round(len(data) / rate, 2),
            "channels": data.shape[1],
            "peak_dbfs": round(db(np.abs(data).max()), 2),
            "rms_dbfs": round(db(np.sqrt(np.mean(data * data))), 2),
            "loudest_3s": round(max(levels), 1),
            "quietest_3s": round(min(levels), 1),
            "clipped": int((np.abs(data) >= 0.999).sum()),
            "dc": round(float(data.mean()), 5),
            "seam_jump": round(float(seam), 4),
            "typical_step_p99": round(float(np.percentile(steps, 99)), 4),
        },
        data,
        rate,
    )


def spectrogram(data, rate: int, out: Path, width: int = 1200, height: int = 300) -> None:
    import numpy as np
    import pygame

    mono = data.mean(axis=1)
    n_fft = 1024
    hop = max(1, (len(mono) - n_fft) // width)
    window = np.hanning(n_fft)
    cols = []
    for x in range(width):
        seg = mono[x * hop : x * hop + n_fft]
        if len(seg) < n_fft:
            seg = np.pad(seg, (0, n_fft - len(seg)))
        cols.append(np.abs(np.fft.rfft(seg * window)))
    spec = 20 * np.log10(np.array(cols) + 1e-9)  # (width, bins)
    top = spec.max()
    norm = np.clip((spec - (top - 60.0)) / 60.0, 0.0, 1.0)
    rows = np.linspace(0, norm.shape[1] - 1, height).astype(int)
    img = norm[:, rows][:, ::-1]  # low frequencies at the bottom
    rgb = np.stack([img**0.5 * 255, img * 200, (1 - img) * img * 4 * 160], axis=-1).astype(np.uint8)
    strip = 60
    loud = np.array([np.sqrt(np.mean(mono[x * hop : x * hop + n_fft] ** 2)) for x in range(width)])
    loud_db = np.clip((20 * np.log10(loud + 1e-9) + 60) / 60, 0, 1)
    canvas = np.zeros((width, height + strip, 3), dtype=np.uint8)
    canvas[:, :height] = rgb
    for x in range(width):
        h = int(loud_db[x] * (strip - 2))
        canvas[x, height + strip - h :, 1] = 180
    pygame.image.save(pygame.surfarray.make_surface(canvas), str(out))


def voice_levels(score_path: Path, bars: list[int]) -> list[str]:
    """Each voice rendered alone, before the mix and levelling: its RMS (dB) in each section
    that starts at the given bar numbers. A tune should sit a few dB over what accompanies it."""
    import synth
    from synth_score import load_score

    score = load_score(score_path)
    samples_per_bar = 60.0 / score.tempo * score.beats_per_bar * synth.SR
    edges = [*bars, int(score.beats / score.beats_per_bar) + 1]
    lines = ["voice       " + " ".join(f"{f'bar {b}':>7}" for b in bars)]
    cache: dict = {}
    for i, voice in enumerate(score.voices):
        mono = synth.render_voice(score, voice, i, cache)
        cells = []
        for a, b in itertools.pairwise(edges):
            seg = mono[int((a - 1) * samples_per_bar) : int((b - 1) * samples_per_bar)]
            level = math.sqrt(sum(v * v for v in seg) / max(1, len(seg)))
            cells.append(f"{db(level):7.1f}" if level > 1e-6 else "      -")
        lines.append(f"{voice.name:11} " + " ".join(cells))
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--png", type=Path, help="spectrogram picture (one file only)")
    ap.add_argument("--voices", type=Path, metavar="SCORE", help="levels of each voice of a score")
    ap.add_argument("--bars", default="1", help="with --voices: bar numbers where sections start")
    args = ap.parse_args(argv)
    if args.voices:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        print("\n".join(voice_levels(args.voices, [int(b) for b in args.bars.split(",")])))
    for path in args.files:
        facts, data, rate = figures(path)
        print(path.name, " ".join(f"{k}={v}" for k, v in facts.items()))
        if args.png:
            spectrogram(data, rate, args.png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
