"""The real game on a real, tiny file system that fills up and then turns read-only.

A tmpfs of 600 KB is mounted in a private mount namespace (`unshare`; as an unprivileged user
through a user namespace where the system allows one), so nothing outside the test can see it or
be touched by it, and it vanishes with the child process. Skipped where no such namespace can be
made; tests/test_write_failures.py covers the same failures by fault injection everywhere.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def namespace_command() -> list[str] | None:
    """`unshare` arguments that give a private mount namespace here, or None."""
    unshare = shutil.which("unshare")
    if unshare is None or sys.platform != "linux":
        return None
    for extra in ([], ["-r"]):  # as root, or mapped to root in a user namespace
        command = [unshare, *extra, "-m", "--propagation", "private"]
        probe = subprocess.run(
            [*command, "sh", "-c", "mount -t tmpfs -o size=64k probe /mnt 2>/dev/null"],
            capture_output=True,
        )
        if probe.returncode == 0:
            return command
    return None


NAMESPACE = namespace_command()


@pytest.mark.skipif(NAMESPACE is None, reason="no private mount namespace on this machine")
def test_a_real_full_then_read_only_disk_is_told_and_loses_nothing(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    script = (
        'mount -t tmpfs -o size=600k hailsham-test "$1" && exec "$2" -m tests.real_disk_child "$1"'
    )
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [*NAMESPACE, "sh", "-c", script, "sh", str(mount), sys.executable],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    report = json.loads(lines[-1][len("REPORT ") :])
    assert report["first"] == "Quicksaved"
    assert report["filled"] > 0
    full = report["full"]
    assert full["quicksave"].startswith("Not saved") and "disk is full" in full["quicksave"]
    assert "disk is full" in full["settings"]
    assert "Autosave failed" in full["notices"] and "progress could not be saved" in full["notices"]
    assert report["full_kept"] and report["full_left"] == []
    assert report["freed"] == "Quicksaved"
    assert "Nothing can be saved in" in report["read_only_start"]
    ro = report["read_only"]
    assert "read-only" in ro["quicksave"] and "read-only" in ro["settings"]
    assert report["read_only_kept"]
    assert not any(mount.iterdir())  # the file system was the namespace's alone
