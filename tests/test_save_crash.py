"""Kill a process while it saves, many times: the slot must always load, the new or the previous version.

A child process saves to one slot in a loop (each save numbered, ~50 KB like a real game) and reports
each save it finished; it is SIGKILLed at random moments. After each kill, the slot must load and be
the last reported save or the one after it (killed after writing, before reporting), and its backup
the one before. Meanwhile a reader thread loads the slot over and over: at no instant may it fail.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from game.save import SaveStore

ROOT = Path(__file__).resolve().parent.parent
KILLS = 40  # a fixed number of kills, however long a busy machine takes over them

CHILD = r"""
import sys
from pathlib import Path
from game.save import SaveStore

store = SaveStore(Path(sys.argv[1]))
doc, problem = store.load("1")
if problem not in (None, "missing"):
    print("damaged", problem, flush=True)
    sys.exit(1)
n = doc["n"] if doc else 0
pad = {f"flag_{i}": "x" * 40 for i in range(1000)}
thumb = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16
print("ready", flush=True)
while True:
    n += 1
    store.save("1", {"chapter": "c", "place": "p", "play_ticks": n, "n": n, "pad": pad}, thumbnail=thumb)
    print(n, flush=True)
"""

PAD = {f"flag_{i}": "x" * 40 for i in range(1000)}


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_slot_survives_sigkill_at_random_moments(tmp_path):
    store = SaveStore(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(19780)
    stop = threading.Event()
    read_failures: list[str] = []
    reads = 0

    def reader() -> None:
        nonlocal reads
        while not stop.is_set():
            doc, problem = store.load("1")
            if problem != "missing":  # before the very first save, missing is right
                reads += 1
                if doc is None or doc["pad"] != PAD:
                    read_failures.append(problem or "wrong contents")
            time.sleep(0.0005)

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    kills, saves, last = 0, 0, 0
    try:
        while kills < KILLS:
            child = subprocess.Popen(
                [sys.executable, "-c", CHILD, str(tmp_path)],
                stdout=subprocess.PIPE,
                env=env,
                cwd=ROOT,
            )
            assert child.stdout is not None
            assert child.stdout.readline() == b"ready\n"
            # Wait for its first finished save, so every kill lands while it is busy saving (on a busy
            # machine a kill after a fixed delay could land before saving had begun).
            first = child.stdout.readline()
            assert first.strip().isdigit(), first
            saves += 1
            last = int(first)
            time.sleep(rng.uniform(0.0, 0.02))
            child.send_signal(signal.SIGKILL)
            out = child.stdout.read()
            child.wait()
            kills += 1
            done = [int(line) for line in out.split(b"\n") if line.isdigit()]
            saves += len(done)
            last = done[-1] if done else last

            doc, problem = store.load("1")
            assert problem is None, f"after kill {kills}: {problem}"
            assert doc["n"] in (last, last + 1), (doc["n"], last)
            assert doc["pad"] == PAD and doc["play_ticks"] == doc["n"]
            info = store.info("1")
            assert info.ok and info.thumbnail is not None
            if doc["n"] >= 2:
                backup, problem = store.load("1", backup=True)
                assert problem is None, f"backup after kill {kills}: {problem}"
                assert backup["n"] in (doc["n"] - 1, doc["n"])
                assert info.has_backup
            last = doc["n"]
    finally:
        stop.set()
        thread.join()
    assert kills == KILLS and saves >= kills
    assert reads > 0 and read_failures == []
    # Kills mid-write leave temporary files; the next save clears them.
    store.save("1", {"chapter": "c", "place": "p", "play_ticks": 0})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["1.json", "1.json.bak"]
