"""Export splits as a LiveSplit `.lss` file: one segment per chapter, times as game time.

The personal best's split times are cumulative; each segment's best is the best single-chapter time
(from chapter runs or full runs). Written with ElementTree, so names are always escaped properly.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from game.speedrun.timer import ticks_to_ms

LSS_VERSION = "1.7.0"


@dataclass(frozen=True)
class Segment:
    name: str
    pb_total: int | None  # ticks from the run's start to this split in the personal best
    best: int | None  # the best time for this chapter alone, ticks


def lss_time(ticks: int) -> str:
    """``HH:MM:SS.fffffff``, as LiveSplit writes its own files."""
    ms = ticks_to_ms(ticks)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02}:{m:02}:{s:02}.{ms:03}0000"


def build_lss(game: str, category: str, segments: list[Segment], attempts: int = 0) -> str:
    run = ET.Element("Run", version=LSS_VERSION)
    ET.SubElement(run, "GameIcon")
    ET.SubElement(run, "GameName").text = game
    ET.SubElement(run, "CategoryName").text = category
    ET.SubElement(run, "Metadata")
    ET.SubElement(run, "Offset").text = "00:00:00"
    ET.SubElement(run, "AttemptCount").text = str(attempts)
    ET.SubElement(run, "AttemptHistory")
    segs = ET.SubElement(run, "Segments")
    for seg in segments:
        el = ET.SubElement(segs, "Segment")
        ET.SubElement(el, "Name").text = seg.name
        ET.SubElement(el, "Icon")
        times = ET.SubElement(el, "SplitTimes")
        pb = ET.SubElement(times, "SplitTime", name="Personal Best")
        if seg.pb_total is not None:
            ET.SubElement(pb, "GameTime").text = lss_time(seg.pb_total)
        best = ET.SubElement(el, "BestSegmentTime")
        if seg.best is not None:
            ET.SubElement(best, "GameTime").text = lss_time(seg.best)
        ET.SubElement(el, "SegmentHistory")
    ET.SubElement(run, "AutoSplitterSettings")
    ET.indent(run, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(run, encoding="unicode") + "\n"


def write_lss(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
