"""Export splits as LiveSplit `.lss` files: one file per category, one segment per chapter.

Each file has the personal best's split times (game time, and real time where it was recorded),
each segment's best (the gold, game time), the attempt history (every start, with its times when it
finished) and each segment's history (its game and real time in each attempt that reached it),
`LayoutPath` (empty: LiveSplit keeps its own layout), and metadata (platform, the game version and
content fingerprint as variables). Written with ElementTree, so names are always escaped properly.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.speedrun.timer import ticks_to_ms

LSS_VERSION = "1.7.0"


@dataclass(frozen=True)
class Segment:
    name: str
    pb_total: int | None  # ticks from the run's start to this split in the personal best
    best: int | None  # the best time for this chapter alone, ticks
    pb_total_rta_ms: int | None = None  # real time to this split in the personal best
    chapter: str = ""  # the chapter id (to find it in the attempt history)


@dataclass
class Attempt:
    id: int
    started: str = ""
    ended: str = ""
    igt: int | None = None  # ticks, when it finished
    rta_ms: int | None = None
    segments: list[tuple[str, int, int]] = field(default_factory=list)  # chapter, ticks, rta total

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Attempt | None:
        if type(data.get("id")) is not int:
            return None
        segments = [
            (str(s[0]), int(s[1]), int(s[2]))
            for s in data.get("segments", [])
            if isinstance(s, list) and len(s) == 3 and all(type(v) is int for v in s[1:])
        ]
        igt = data.get("igt") if type(data.get("igt")) is int else None
        rta = data.get("rta_ms") if type(data.get("rta_ms")) is int else None
        return cls(
            data["id"], str(data.get("started", "")), str(data.get("ended", "")), igt, rta, segments
        )


def _hms(ms: int) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02}:{m:02}:{s:02}.{ms:03}0000"


def lss_time(ticks: int) -> str:
    """``HH:MM:SS.fffffff``, as LiveSplit writes its own files."""
    return _hms(ticks_to_ms(ticks))


def _times(parent: ET.Element, ticks: int | None, rta_ms: int | None) -> None:
    if rta_ms is not None:
        ET.SubElement(parent, "RealTime").text = _hms(rta_ms)
    if ticks is not None:
        ET.SubElement(parent, "GameTime").text = lss_time(ticks)


def build_lss(
    game: str,
    category: str,
    segments: list[Segment],
    attempts: int = 0,
    history: list[Attempt] | None = None,
    *,
    variables: dict[str, str] | None = None,
    platform: str = "PC",
) -> str:
    history = history or []
    run = ET.Element("Run", version=LSS_VERSION)
    ET.SubElement(run, "GameIcon")
    ET.SubElement(run, "GameName").text = game
    ET.SubElement(run, "CategoryName").text = category
    ET.SubElement(run, "LayoutPath")
    meta = ET.SubElement(run, "Metadata")
    ET.SubElement(meta, "Run", id="")
    ET.SubElement(meta, "Platform", usesEmulator="False").text = platform
    ET.SubElement(meta, "Region")
    variables_el = ET.SubElement(meta, "Variables")
    for name, value in (variables or {}).items():
        ET.SubElement(variables_el, "Variable", name=name).text = value
    ET.SubElement(run, "Offset").text = "00:00:00"
    ET.SubElement(run, "AttemptCount").text = str(max(attempts, len(history)))
    attempts_el = ET.SubElement(run, "AttemptHistory")
    for a in history:
        el = ET.SubElement(attempts_el, "Attempt", id=str(a.id))
        if a.started:
            el.set("started", a.started)
            el.set("isStartedSynced", "False")
        if a.ended:
            el.set("ended", a.ended)
            el.set("isEndedSynced", "False")
        if a.igt is not None:
            _times(el, a.igt, a.rta_ms)
    segs = ET.SubElement(run, "Segments")
    for seg in segments:
        el = ET.SubElement(segs, "Segment")
        ET.SubElement(el, "Name").text = seg.name
        ET.SubElement(el, "Icon")
        times = ET.SubElement(el, "SplitTimes")
        pb = ET.SubElement(times, "SplitTime", name="Personal Best")
        if seg.pb_total is not None:
            _times(pb, seg.pb_total, seg.pb_total_rta_ms)
        best = ET.SubElement(el, "BestSegmentTime")
        if seg.best is not None:
            ET.SubElement(best, "GameTime").text = lss_time(seg.best)
        seg_history = ET.SubElement(el, "SegmentHistory")
        for a in history:
            for i, (chapter, ticks, rta_total) in enumerate(a.segments):
                if chapter == seg.chapter:
                    before = a.segments[i - 1][2] if i else 0
                    time_el = ET.SubElement(seg_history, "Time", id=str(a.id))
                    _times(time_el, ticks, max(0, rta_total - before))
    ET.SubElement(run, "AutoSplitterSettings")
    ET.indent(run, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(run, encoding="unicode") + "\n"


def write_lss(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
