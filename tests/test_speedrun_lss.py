"""The .lss export: one file per category, read back with ElementTree and with independent parsers
from PyPI (lss-parser; saltysplits where Python is 3.12 or newer): real time beside game time,
attempt and segment history, LayoutPath, metadata, every start counted, a question before
overwriting."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from game.input.actions import Action, InputFrame
from game.screens.menus.confirm import ConfirmScreen
from game.screens.speedrun import SpeedrunScreen, export_splits, lss_paths
from game.simulation import Simulation
from game.speedrun.lss import Attempt, Segment, build_lss, lss_time
from tests.test_speedrun_runs import (  # noqa: F401 - fixtures
    CONFIRM,
    play,
    record_full_run,
    sr_ctx,
    sr_root,
)

DOWN = InputFrame(frozenset({Action.DOWN}), frozenset({Action.DOWN}))


def test_lss_time():
    assert lss_time(0) == "00:00:00.0000000"
    assert lss_time(11 * 60 * 60 + 15 * 60 + 53) == "00:11:15.8830000"
    assert lss_time(60 * 60 * 60 * 2 + 1) == "02:00:00.0160000"


def test_build_lss_reads_back():
    history = [
        Attempt(1, "01/02/2026 10:00:00", "01/02/2026 10:01:00", None, 60000, [("one", 600, 10500)]),
        Attempt(2, "01/02/2026 11:00:00", "01/02/2026 11:01:00", 1500, 26000,
                [("one", 580, 10000), ("two", 920, 26000)]),
    ]  # fmt: skip
    text = build_lss(
        "Game <&>",
        "Full game",
        [Segment("One & only", 600, 580, 10500, "one"), Segment("Two", 1500, None, None, "two")],
        attempts=4,
        history=history,
        variables={"Game version": "0.1.0"},
    )
    root = ET.fromstring(text)
    assert root.tag == "Run" and root.get("version") == "1.7.0"
    assert root.findtext("GameName") == "Game <&>" and root.findtext("CategoryName") == "Full game"
    assert root.find("LayoutPath") is not None
    assert root.findtext("Metadata/Platform") == "PC"
    assert root.find("Metadata/Variables/Variable").get("name") == "Game version"
    assert root.findtext("AttemptCount") == "4"
    attempts = root.findall("AttemptHistory/Attempt")
    assert [a.get("id") for a in attempts] == ["1", "2"]
    assert attempts[0].find("GameTime") is None  # reset: no time
    assert attempts[1].findtext("GameTime") == lss_time(1500)
    assert attempts[1].findtext("RealTime") == "00:00:26.0000000"
    segments = root.findall("Segments/Segment")
    assert [s.findtext("Name") for s in segments] == ["One & only", "Two"]
    pb = [s.find("SplitTimes/SplitTime[@name='Personal Best']") for s in segments]
    assert [p.findtext("GameTime") for p in pb] == ["00:00:10.0000000", "00:00:25.0000000"]
    assert [p.findtext("RealTime") for p in pb] == ["00:00:10.5000000", None]
    best = [s.findtext("BestSegmentTime/GameTime") for s in segments]
    assert best == ["00:00:09.6660000", None]
    one = segments[0].findall("SegmentHistory/Time")
    assert [t.get("id") for t in one] == ["1", "2"]
    two = segments[1].findall("SegmentHistory/Time")
    assert [(t.get("id"), t.findtext("RealTime")) for t in two] == [("2", "00:00:16.0000000")]


def test_export_after_runs(sr_ctx):  # noqa: F811 - the fixture
    sim, session = record_full_run(sr_ctx)
    for _ in range(31):
        sim.tick()
    sim.tick(CONFIRM)  # Retry: a second attempt, reset after a few ticks
    for _ in range(20):
        sim.tick()
    sim.speedrun.session.stop(abandoned=True)
    message = export_splits(sr_ctx)
    paths = lss_paths(sr_ctx)
    assert set(paths) == {"full", "memories", "chapter:one", "chapter:two"}
    assert message.startswith("Splits written to")
    root = ET.parse(paths["full"]).getroot()
    names = [s.findtext("Name") for s in root.findall("Segments/Segment")]
    assert names == ["Part One", "Part Two"]
    pb = [s.find("SplitTimes/SplitTime") for s in root.findall("Segments/Segment")]
    assert [p.findtext("GameTime") for p in pb] == [lss_time(s.total) for s in session.splits]
    assert all(p.findtext("RealTime") for p in pb)  # real time beside game time
    best = [s.findtext("BestSegmentTime/GameTime") for s in root.findall("Segments/Segment")]
    assert best == [lss_time(s.segment) for s in session.splits]
    assert root.findtext("AttemptCount") == "2"  # every start counts, the reset one too
    assert len(root.findall("AttemptHistory/Attempt")) == 2
    assert len(root.findall("Segments/Segment")[0].findall("SegmentHistory/Time")) == 1
    chapter = ET.parse(paths["chapter:one"]).getroot()
    assert chapter.findtext("CategoryName") == "Part One"
    assert chapter.findtext("AttemptCount") == "0"


def test_export_asks_before_overwriting(sr_ctx):  # noqa: F811 - the fixture
    sim = Simulation(sr_ctx, SpeedrunScreen())
    for _ in range(4):  # past Full game, All memories, Chapter select, Practice
        sim.tick(DOWN)
        sim.tick()
    sim.tick(CONFIRM)  # Export: nothing there yet, written at once
    assert sim.stack.top.message.startswith("Splits written to")
    path = lss_paths(sr_ctx)["full"]
    path.write_text("my own splits", encoding="utf-8")
    sim.tick()
    sim.tick(CONFIRM)  # again: now it asks, the cursor on No
    assert isinstance(sim.stack.top, ConfirmScreen)
    sim.tick()
    sim.tick(CONFIRM)
    assert path.read_text(encoding="utf-8") == "my own splits"
    sim.tick()
    sim.tick(CONFIRM)
    left = InputFrame(frozenset({Action.LEFT}), frozenset({Action.LEFT}))
    sim.tick(left)
    sim.tick()
    sim.tick(CONFIRM)  # Replace
    sim.tick()
    assert path.read_text(encoding="utf-8").startswith("<?xml")


def _exported(sr_ctx):  # noqa: F811
    record_full_run(sr_ctx)
    export_splits(sr_ctx)
    return lss_paths(sr_ctx)


def test_lss_parser_reads_every_file(sr_ctx):  # noqa: F811 - the fixture
    lss_parser = pytest.importorskip("lss_parser", reason="lss-parser is in the test extras")
    for category, path in _exported(sr_ctx).items():
        run = lss_parser.LSSParser.parse_xml(path.read_text(encoding="utf-8"))
        assert run.game_name == "Test" and run.layout_path == ""
        assert run.attempt_count == (1 if category == "full" else 0)
        if category == "full":
            assert [s.name for s in run.segments] == ["Part One", "Part Two"]
            pb = run.segments[-1].split_times[0].time
            assert pb.game_time and pb.real_time
            assert len(run.attempt_history) == 1 and run.attempt_history[0].time.game_time


def test_saltysplits_reads_every_file(sr_ctx):  # noqa: F811 - the fixture
    saltysplits = pytest.importorskip(
        "saltysplits", reason="saltysplits needs Python 3.12 or newer (installed there by .[test])"
    )
    for category, path in _exported(sr_ctx).items():
        splits = saltysplits.read_lss(path)
        assert splits.game_name == "Test"
        if category == "full":
            assert [s.name for s in splits.segments] == ["Part One", "Part Two"]
            assert len(splits.attempt_history) == 1
