"""The worst player files and input files: what they cost the game's start-up, time and memory.

`player_files` fills a data folder with the most expensive files the game will still read, each
at its cap: thirteen save slots that parse to their very last byte and then fail (so each backup
is read too), settings nesting 500 deep, a profile of 180,000 chapter ids, a seen-lines log of
100 MB. The start-up child (`game.bench.startup`'s probe, the game's own start-up to its first
title frame) runs on a fresh copy, the first start (which repairs and compacts what it can) and
the start after it. `input_files` makes the worst `--input` files and times a headless run of
each against a plain one. Every child reports its own peak memory (VmHWM on Linux).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from game.bench.startup import READY
from game.save.slots import MAX_SAVE_BYTES, MAX_SAVE_VALUES, SLOTS

PEAK = "PEAK_KB "
CPU = {"last": 0.0}  # the CPU time of the child that ran last (user and system), ms
# The start-up probe in a child, then its own peak memory (a new process image: ru_maxrss of a
# fork would carry the parent's over).
STARTUP_CHILD = (
    "import json, sys, time\n"
    "from pathlib import Path\n"
    "from game.bench.startup import READY, _probe\n"
    "phases = _probe(Path(sys.argv[1]))\n"
    "phases['cpu'] = time.process_time() * 1000\n"
    "print(READY + json.dumps(phases), flush=True)\n"
    "from game.bench.hostile import own_peak_kb\n"
    "print('PEAK_KB', own_peak_kb(), flush=True)\n"
)
HEADLESS_CHILD = (
    "import sys\n"
    "from game.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "from game.bench.hostile import own_peak_kb\n"
    "print('PEAK_KB', own_peak_kb(), file=sys.stderr, flush=True)\n"
    "sys.exit(code)\n"
)


def own_peak_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            return int(f.read().split("VmHWM:")[1].split()[0])
    except (OSError, IndexError, ValueError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak // 1024 if sys.platform == "darwin" else peak


def _padded(head: dict[str, Any], size: int, values: int) -> str:
    """A JSON object starting with `head`, padded with strings to about `size` bytes and
    `values` values."""
    text = json.dumps(head)[:-1] + ',"pad":['
    item = max(3, (size - len(text) - 8) // values - 1)
    return text + ",".join(['"' + "x" * (item - 2) + '"'] * (values - 10)) + "]}"


def player_files(folder: Path, seen_mb: int = 100) -> None:
    """The worst player files the game still reads, each at its cap."""
    saves = folder / "saves"
    saves.mkdir(parents=True, exist_ok=True)
    head = {"format": 2, "serial": 7, "chapter": "prologue", "place": "x", "play_ticks": 1}
    whole = _padded(head, MAX_SAVE_BYTES - 2000, MAX_SAVE_VALUES)
    torn = whole[:-2]  # parsed to the end, then found torn: the backup is read as well
    for slot in SLOTS:
        (saves / f"{slot}.json").write_text(torn)
        (saves / f"{slot}.json.bak").write_text(whole)
    deep = "[" * 500 + '"z"' + "]" * 500
    settings = '{"music_volume": 0.5, "bindings": {"keys": {"confirm": ' + deep + "}}}"
    (folder / "settings.json").write_text(settings)
    profile = folder / "profile"
    profile.mkdir(exist_ok=True)
    ids = [f"c{i}" for i in range(180_000)]
    (profile / "profile.json").write_text(json.dumps({"chapters": ids}))
    line = b"".join(b"h01.someone.%07d\n" % i for i in range(50_000))
    with open(profile / "seen.txt", "wb") as f:
        while f.tell() < seen_mb * 1_000_000:
            f.write(line)


def _children_cpu_ms() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def _run_child(args: list[str], root: Path, ready: str | None) -> tuple[float, float, str]:
    """(ms until `ready` is printed, or until the child exits; its peak MB; what it printed).
    CPU["last"] holds the child's CPU time afterwards (what other processes do does not count)."""
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    cpu = _children_cpu_ms()
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, cwd=root, env=env,
    )  # fmt: skip
    assert proc.stdout is not None
    took, lines = None, []
    for line in proc.stdout:  # one stream, read to its end: no line is lost between two readers
        if took is None and ready is not None and line.startswith(ready):
            took = (time.perf_counter() - start) * 1000
        lines.append(line)
    proc.wait(timeout=600)
    CPU["last"] = _children_cpu_ms() - cpu
    if ready is not None and took is None:
        raise RuntimeError(f"child failed: {''.join(lines)[-300:]}")
    if took is None:
        took = (time.perf_counter() - start) * 1000
    found = [ln for ln in lines if ln.startswith(PEAK)]
    said = "".join(ln for ln in lines if not ln.startswith((PEAK, "ALSA", "pygame-ce")))
    return took, (int(found[-1].split()[1]) / 1024 if found else 0.0), said


def startup_figures(root: Path, folder: Path, runs: int, *, seen_mb: int = 100) -> dict[str, Any]:
    """Start-up with the worst player files, `runs` times each: a first start on a fresh copy (it
    repairs and compacts), a start after that, and a start on an empty folder. Wall and CPU ms
    (the CPU time is the child's own: what other processes on the machine do does not count)."""
    worst, plain = folder / "worst", folder / "plain"
    player_files(worst, seen_mb)
    plain.mkdir(parents=True, exist_ok=True)
    rows: dict[str, dict[str, list[float]]] = {}

    def start(name: str, data: Path) -> None:
        ms, mb, said = _run_child([STARTUP_CHILD, str(data)], root, READY)
        line = next(ln for ln in said.splitlines() if ln.startswith(READY))
        row = rows.setdefault(name, {"ms": [], "cpu_ms": [], "peak_mb": []})
        row["ms"].append(round(ms, 1))
        row["cpu_ms"].append(round(json.loads(line[len(READY) :])["cpu"], 1))
        row["peak_mb"].append(round(mb, 1))

    for n in range(runs):
        fresh = folder / f"first-{n}"
        shutil.copytree(worst, fresh)
        start("plain", plain)
        start("first", fresh)
        start("again", fresh)
        shutil.rmtree(fresh)
    shutil.rmtree(worst)
    return rows


def input_files(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    texts = {
        "plain.input": "30 right\n30 down\n" * 20,
        "claims.input": "10000000 right\n" * 1000,  # ten billion ticks in 15 KB
        "comments.input": "# a comment\n" * 100_000 + "600 right\n",  # at the cap, then input
        "lines.input": "1 right\n1 left\n" * 4_000_000,  # 56 MB of one-tick lines
        "superscript.input": "\u00b2 right\n",
    }
    files = {}
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
        files[name] = folder / name
    if os.path.exists("/dev/zero"):
        files["/dev/zero"] = Path("/dev/zero")
    return files


def input_figures(root: Path, folder: Path, ticks: int = 600) -> dict[str, Any]:
    """A 600-tick headless run on each worst input file: its time, exit code and peak."""
    rows = {}
    for name, path in input_files(folder).items():
        args = [HEADLESS_CHILD, "--headless", "--input", str(path), "--ticks", str(ticks)]
        ms, mb, err = _run_child(args, root, None)
        said = next((ln for ln in err.splitlines() if ln and not ln.startswith(PEAK)), "")
        rows[name] = {
            "ms": round(ms, 1),
            "cpu_ms": round(CPU["last"], 1),
            "peak_mb": round(mb, 1),
            "said": said[-120:],
        }
    return rows
