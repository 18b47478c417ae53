"""The .lss export read back with an XML parser: one segment per chapter, PB and best segments."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from game.screens.speedrun import SpeedrunScreen, export_splits
from game.simulation import Simulation
from game.speedrun.lss import Segment, build_lss, lss_time
from tests.test_speedrun_runs import record_full_run, sr_ctx, sr_root  # noqa: F401 - fixtures


def test_lss_time():
    assert lss_time(0) == "00:00:00.0000000"
    assert lss_time(11 * 60 * 60 + 15 * 60 + 53) == "00:11:15.8830000"
    assert lss_time(60 * 60 * 60 * 2 + 1) == "02:00:00.0160000"


def test_build_lss_reads_back():
    text = build_lss(
        "Game <&>",
        "Full game",
        [Segment("One & only", 600, 580), Segment("Two", 1500, None), Segment("Three", None, None)],
        attempts=4,
    )
    root = ET.fromstring(text)
    assert root.tag == "Run" and root.get("version") == "1.7.0"
    assert root.findtext("GameName") == "Game <&>" and root.findtext("CategoryName") == "Full game"
    assert root.findtext("AttemptCount") == "4"
    segments = root.findall("Segments/Segment")
    assert [s.findtext("Name") for s in segments] == ["One & only", "Two", "Three"]
    pb = [s.find("SplitTimes/SplitTime[@name='Personal Best']") for s in segments]
    assert [p.findtext("GameTime") for p in pb] == ["00:00:10.0000000", "00:00:25.0000000", None]
    assert [p.findtext("RealTime") for p in pb] == [None, None, None]  # game time only
    best = [s.findtext("BestSegmentTime/GameTime") for s in segments]
    assert best == ["00:00:09.6660000", None, None]


def test_export_after_a_run(sr_ctx):  # noqa: F811 - the fixture
    _, session = record_full_run(sr_ctx)
    message = export_splits(sr_ctx)
    path = sr_ctx.paths.data / "speedrun" / "Test.lss"
    assert str(path) in message
    root = ET.parse(path).getroot()
    names = [s.findtext("Name") for s in root.findall("Segments/Segment")]
    assert names == ["Part One", "Part Two"]
    pb = [s.findtext("SplitTimes/SplitTime/GameTime") for s in root.findall("Segments/Segment")]
    assert pb == [lss_time(s.total) for s in session.splits]
    best = [s.findtext("BestSegmentTime/GameTime") for s in root.findall("Segments/Segment")]
    assert best == [lss_time(s.segment) for s in session.splits]
    assert root.findtext("AttemptCount") == "1"


def test_export_from_the_menu(sr_ctx):  # noqa: F811 - the fixture
    from game.input.actions import Action, InputFrame

    sim = Simulation(sr_ctx, SpeedrunScreen())
    down = InputFrame(frozenset({Action.DOWN}), frozenset({Action.DOWN}))
    for _ in range(3):
        sim.tick(down)
        sim.tick()
    sim.tick(InputFrame(frozenset({Action.CONFIRM}), frozenset({Action.CONFIRM})))
    screen = sim.stack.top
    assert screen.message.startswith("Splits written to")
    root = ET.parse(sr_ctx.paths.data / "speedrun" / "Test.lss").getroot()
    assert [s.find("SplitTimes/SplitTime/GameTime") for s in root.iter("Segment")] == [None, None]
