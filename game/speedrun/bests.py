"""Personal bests and best segments, kept in the player profile (`Profile.bests`).

Layout of `profile.bests` (all times in ticks)::

    "full":           {"igt": 14220, "rta_ms": 242118, "splits": [["prologue", 5100, 5100], ...]}
    "chapter:<id>":   {"igt": 5050, "rta_ms": 90210}
    "segments":       {"<chapter id>": 5050, ...}     best time for each chapter alone
    "attempts":       {"full": 12, "chapter:<id>": 3}

Without a profile (tests, tools) a JSON file of the same shape in the data dir is used instead.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from game.speedrun.timer import Split

FALLBACK_NAME = "speedrun/bests.json"


def _fallback(ctx: Any) -> Path:
    return Path(ctx.paths.data) / FALLBACK_NAME


def load_bests(ctx: Any) -> dict[str, dict]:
    if getattr(ctx, "profile", None) is not None:
        return ctx.profile.bests
    try:
        data = json.loads(_fallback(ctx).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}


def save_bests(ctx: Any, bests: dict[str, dict]) -> None:
    if getattr(ctx, "profile", None) is not None:
        ctx.profile.bests = bests
        ctx.save_profile()
        return
    path = _fallback(ctx)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(bests, indent=1, sort_keys=True), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        ctx.notices.report(f"{path}: cannot save speedrun bests: {exc}")


def _ticks(value: Any) -> int | None:
    return value if type(value) is int and value > 0 else None


def personal_best(bests: dict[str, dict], category: str) -> int | None:
    return _ticks(bests.get(category, {}).get("igt"))


def best_segment(bests: dict[str, dict], chapter: str) -> int | None:
    return _ticks(bests.get("segments", {}).get(chapter))


def pb_splits(bests: dict[str, dict]) -> dict[str, int]:
    """Chapter -> cumulative ticks in the full-game personal best."""
    out: dict[str, int] = {}
    for item in bests.get("full", {}).get("splits", []):
        ok = isinstance(item, list) and len(item) == 3 and isinstance(item[0], str)
        if ok and (total := _ticks(item[2])) is not None:
            out[item[0]] = total
    return out


def count_attempt(bests: dict[str, dict], category: str) -> None:
    attempts = bests.setdefault("attempts", {})
    attempts[category] = int(attempts.get(category, 0)) + 1


def record(
    bests: dict[str, dict], category: str, igt: int, rta_ms: int, splits: list[Split]
) -> bool:
    """Take a finished run into the bests; True when it is a new personal best."""
    segments = bests.setdefault("segments", {})
    for split in splits:
        old = _ticks(segments.get(split.chapter))
        if old is None or split.segment < old:
            segments[split.chapter] = split.segment
    old_pb = personal_best(bests, category)
    if old_pb is not None and igt >= old_pb:
        return False
    entry: dict[str, Any] = {"igt": igt, "rta_ms": rta_ms}
    if category == "full":
        entry["splits"] = [[s.chapter, s.segment, s.total] for s in splits]
    bests[category] = entry
    return True
