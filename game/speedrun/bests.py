"""Personal bests, golds, attempts and attempt history, kept in the player profile (`Profile.bests`).

Bests belong to one game version and one content fingerprint: a run of other content is another
game, so `profile.bests` holds one *book* per ``"<version> <fingerprint>"`` key. A book (all times
in ticks, real time in milliseconds)::

    "full":         {"igt": 14220, "rta_ms": 242118, "run_id": "3f2a9c0d11e0",
                     "splits": [["prologue", 5100, 5100, 86000], ...]}   chapter, segment, total, rta
    "chapter:<id>": {"igt": 5050, "rta_ms": 90210, "run_id": ...}
    "segments":     {"<chapter id>": 5050, ...}     golds: the best time for each chapter alone,
                                                    from any run, finished or reset
    "attempts":     {"full": 12, "chapter:<id>": 3}  every start counts
    "history":      {"full": [{"id": 1, "started": "...", "ended": "...", "igt": 14220 | null,
                               "rta_ms": ..., "segments": [[chapter, igt, rta_ms], ...]}, ...]}

Books written before bests were kept per version (a flat book) are kept under ``"older"``.
Without a profile (tests, tools) a JSON file of the same shape in the data dir is used instead.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from game import __version__
from game.save.savegame import fingerprint
from game.speedrun.timer import Split

FALLBACK_NAME = "speedrun/bests.json"
HISTORY_LIMIT = 5000  # attempts kept per category (LiveSplit keeps them all; this is years of runs)
OLDER = "older"
FLAT_KEYS = ("full", "memories", "segments", "attempts")


def book_key(ctx: Any) -> str:
    """Which book this game's runs go in: its version and content fingerprint."""
    return f"{__version__} {fingerprint(ctx)}"


def _fallback(ctx: Any) -> Path:
    return Path(ctx.paths.data) / FALLBACK_NAME


def _all(ctx: Any) -> dict[str, dict]:
    if getattr(ctx, "profile", None) is not None:
        data = ctx.profile.bests
    else:
        try:
            data = json.loads(_fallback(ctx).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
    data = {k: v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}
    if any(k in data for k in FLAT_KEYS) or any(k.startswith("chapter:") for k in data):
        flat = {k: data.pop(k) for k in list(data) if " " not in k and k != OLDER}
        data[OLDER] = flat  # bests from before books: kept, shown nowhere as this version's
    return data


def load_bests(ctx: Any) -> dict[str, dict]:
    """This version's book (a copy: change it, then `save_bests`)."""
    book = _all(ctx).get(book_key(ctx), {})
    return json.loads(json.dumps(book))


def save_bests(ctx: Any, book: dict[str, dict]) -> None:
    data = _all(ctx)
    data[book_key(ctx)] = book
    if getattr(ctx, "profile", None) is not None:
        ctx.profile.bests = data
        ctx.save_profile()
        return
    path = _fallback(ctx)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        ctx.notices.report(f"{path}: cannot save speedrun bests: {exc}")


def _ticks(value: Any) -> int | None:
    return value if type(value) is int and value > 0 else None


def personal_best(bests: dict[str, dict], category: str) -> int | None:
    return _ticks(bests.get(category, {}).get("igt"))


def segments_key(category: str) -> str:
    """Where a category's golds are kept: all-memories chapters are a different race from any%
    and chapter runs, which share theirs."""
    return "segments:memories" if category == "memories" else "segments"


def best_segment(bests: dict[str, dict], chapter: str, category: str = "full") -> int | None:
    return _ticks(bests.get(segments_key(category), {}).get(chapter))


def sum_of_best(bests: dict[str, dict], chapters: list[str], category: str = "full") -> int | None:
    """The sum of the golds of these chapters (None until each has one)."""
    golds = [best_segment(bests, c, category) for c in chapters]
    return sum(g for g in golds if g) if golds and all(golds) else None


def pb_splits(bests: dict[str, dict], category: str = "full") -> dict[str, int]:
    """Chapter -> cumulative ticks in the category's personal best."""
    out: dict[str, int] = {}
    for item in bests.get(category, {}).get("splits", []):
        ok = isinstance(item, list) and len(item) >= 3 and isinstance(item[0], str)
        if ok and (total := _ticks(item[2])) is not None:
            out[item[0]] = total
    return out


def pb_split_rta(bests: dict[str, dict], category: str = "full") -> dict[str, int]:
    """Chapter -> cumulative real time (ms) in the category's personal best, where recorded."""
    out: dict[str, int] = {}
    for item in bests.get(category, {}).get("splits", []):
        if isinstance(item, list) and len(item) >= 4 and _ticks(item[3]) is not None:
            out[str(item[0])] = item[3]
    return out


def attempts(bests: dict[str, dict], category: str) -> int:
    value = bests.get("attempts", {}).get(category, 0)
    return value if type(value) is int and value > 0 else 0


def history(bests: dict[str, dict], category: str) -> list[dict[str, Any]]:
    items = bests.get("history", {}).get(category, [])
    return [h for h in items if isinstance(h, dict)] if isinstance(items, list) else []


def _now() -> str:
    """When an attempt started or ended, for the .lss attempt history (never read by the game)."""
    return time.strftime("%m/%d/%Y %H:%M:%S", time.gmtime())


def start_attempt(bests: dict[str, dict], category: str) -> int:
    """Count a start (every start counts) and open its history entry; returns its id."""
    counts = bests.setdefault("attempts", {})
    counts[category] = attempts(bests, category) + 1
    entries = bests.setdefault("history", {}).setdefault(category, [])
    attempt_id = counts[category]
    entries.append({"id": attempt_id, "started": _now(), "segments": []})
    del entries[:-HISTORY_LIMIT]
    return attempt_id


def _entry(bests: dict[str, dict], category: str, attempt_id: int) -> dict[str, Any] | None:
    for entry in reversed(history(bests, category)):
        if entry.get("id") == attempt_id:
            return entry
    return None


def take_split(
    bests: dict[str, dict], category: str, attempt_id: int, split: Split, rta_ms: int
) -> bool:
    """A chapter done: its segment goes in the attempt's history and becomes the gold if it is
    faster (golds are kept whether the run then finishes or not). True for a new gold."""
    entry = _entry(bests, category, attempt_id)
    if entry is not None:
        entry["segments"].append([split.chapter, split.segment, rta_ms])
    segments = bests.setdefault(segments_key(category), {})
    old = _ticks(segments.get(split.chapter))
    if old is None or split.segment < old:
        segments[split.chapter] = split.segment
        return True
    return False


def end_attempt(
    bests: dict[str, dict], category: str, attempt_id: int, igt: int | None, rta_ms: int
) -> None:
    """Close the attempt's history entry (``igt`` None: it was reset)."""
    entry = _entry(bests, category, attempt_id)
    if entry is not None:
        entry.update(ended=_now(), igt=igt, rta_ms=rta_ms)


def record(
    bests: dict[str, dict],
    category: str,
    igt: int,
    rta_ms: int,
    splits: list[Split],
    split_rta: list[int] | None = None,
    run_id: str = "",
) -> bool:
    """Take a finished run into the bests; True when it is a new personal best."""
    segments = bests.setdefault(segments_key(category), {})
    for split in splits:
        old = _ticks(segments.get(split.chapter))
        if old is None or split.segment < old:
            segments[split.chapter] = split.segment
    old_pb = personal_best(bests, category)
    if old_pb is not None and igt >= old_pb:
        return False
    rtas = list(split_rta or [])
    rtas += [0] * (len(splits) - len(rtas))
    entry: dict[str, Any] = {"igt": igt, "rta_ms": rta_ms, "run_id": run_id}
    entry["splits"] = [
        [s.chapter, s.segment, s.total, r] for s, r in zip(splits, rtas, strict=True)
    ]
    bests[category] = entry
    return True
