"""Save format versions and the ordered migrations that bring an old save up to date.

Each migration takes a save of version n and returns a new dict of version n + 1; `migrate` runs
them in order, so a save from any older version loads. Every migration has a fixture save of its
source version under tests/fixtures/saves/ that must keep loading.

Format history:
  1  play time as `play_time` (float seconds), no content fingerprint.
  2  play time as `play_ticks` (int, 60 a second, the simulation's own clock); `content` fingerprint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

FORMAT_VERSION = 2
TICKS_PER_SECOND = 60


class SaveError(Exception):
    """A save that cannot be used; the message says why, for the player."""


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in data.items() if k != "play_time"}
    seconds = data.get("play_time", 0)
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not seconds >= 0:
        seconds = 0  # a bad play time is not worth losing a save over
    out["play_ticks"] = round(min(float(seconds), 1e9) * TICKS_PER_SECOND)
    out.setdefault("content", "")
    out["format"] = 2
    return out


# MIGRATIONS[n] turns a version-n save into version n + 1. Keep one for every version below the current.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


def format_of(data: dict[str, Any]) -> int:
    """The save's format version; SaveError when the header is malformed or from a newer game."""
    version = data.get("format")
    if isinstance(version, bool) or not isinstance(version, int):
        raise SaveError("malformed header (no format version)")
    if version < 1:
        raise SaveError(f"malformed header (format {version})")
    if version > FORMAT_VERSION:
        raise SaveError(f"made by a newer version of the game (format {version})")
    return version


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """The save brought to FORMAT_VERSION (the input is not changed). Raises SaveError."""
    if not isinstance(data, dict):
        raise SaveError("malformed save (not an object)")
    version = format_of(data)
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        if data.get("format") != version:  # a migration must stamp its result
            raise SaveError(f"migration to format {version} failed")
    return data
