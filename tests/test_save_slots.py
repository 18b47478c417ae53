"""Save slots: round trips, headers, damaged files with their backups, autosave rotation, migrations."""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import time
from pathlib import Path

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import game
from game.save import (
    AUTOSAVE_SLOTS,
    FORMAT_VERSION,
    SLOTS,
    SaveError,
    SaveStore,
    StoreError,
    migrate,
)
from game.save.migrate import MIGRATIONS
from game.save.store import backup_path

FIXTURES = Path(__file__).parent / "fixtures" / "saves"
HEADER = ("format", "game_version", "content", "saved_at", "serial")


def sample(n: int = 0, **more) -> dict:
    return {"chapter": "c1", "place": "the hall", "play_ticks": 600 + n, "n": n, **more}


def png(w: int = 96, h: int = 54, seed: int = 1) -> bytes:
    rng = random.Random(seed)
    surface = pygame.Surface((w, h))
    for y in range(0, h, 3):
        for x in range(0, w, 3):
            surface.fill((rng.randrange(256), x * 2 % 256, y * 4 % 256), (x, y, 3, 3))
    buf = io.BytesIO()
    pygame.image.save(surface, buf, "png")
    return buf.getvalue()


def body(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k not in HEADER}


# Round trips

json_leaf = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_value = st.recursive(
    json_leaf,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=30,
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    extra=st.dictionaries(
        st.text(max_size=12).filter(lambda k: k not in (*HEADER, "thumbnail")),
        json_value,
        max_size=8,
    ),
    chapter=st.text(max_size=20),
    place=st.text(max_size=30),
    ticks=st.integers(min_value=0, max_value=2**40),
)
def test_round_trip_of_many_saves(tmp_path, extra, chapter, place, ticks):
    store = SaveStore(tmp_path / "saves")
    save = {**extra, "chapter": chapter, "place": place, "play_ticks": ticks}
    store.save("3", save, overwrite_damaged=True)
    loaded, problem = store.load("3")
    assert problem is None
    assert body(loaded) == body(save)
    info = store.info("3")
    assert (info.ok, info.chapter, info.place, info.play_ticks) == (True, chapter, place, ticks)


def test_header_thumbnail_and_info(tmp_path):
    store = SaveStore(tmp_path)
    thumb = png()
    before = time.time()
    store.save("1", sample(content="abc123", format=99), thumbnail=thumb)
    after = time.time()
    doc = json.loads((tmp_path / "1.json").read_text(encoding="utf-8"))
    assert doc["format"] == FORMAT_VERSION  # the game's dict cannot forge the header
    assert doc["game_version"] == game.__version__
    assert doc["content"] == "abc123"
    loaded, _ = store.load("1")
    assert "thumbnail" not in loaded  # the state handed back is the game's, not the menu's picture
    info = store.info("1")
    assert info.thumbnail == thumb
    assert pygame.image.load(io.BytesIO(info.thumbnail)).get_size() == (96, 54)
    # The time of saving, to the second it records (bracketed, so a busy machine cannot fail it)
    saved_at = __import__("datetime").datetime.fromisoformat(info.saved_at).timestamp()
    assert int(before) <= saved_at <= after
    assert (info.exists, info.ok, info.problem, info.has_backup) == (True, True, None, False)
    store.save("1", sample(1))
    info = store.info("1")
    assert info.thumbnail is None and info.has_backup
    assert not info.backup_ok  # not looked at: the slot itself loads
    assert store.load("1", backup=True)[0]["n"] == 0


def test_bad_thumbnails_are_dropped_not_fatal(tmp_path):
    store = SaveStore(tmp_path)
    store.save("1", sample(), thumbnail=b"GIF89a not a png")
    store.save("2", sample(), thumbnail=b"\x89PNG\r\n\x1a\n" + bytes(300_000))
    assert store.info("1").ok and store.info("1").thumbnail is None
    assert store.info("2").ok and store.info("2").thumbnail is None
    doc = json.loads((tmp_path / "1.json").read_text())
    doc["thumbnail"] = "!!! not base64"
    (tmp_path / "1.json").write_text(json.dumps(doc))
    assert store.info("1").ok and store.info("1").thumbnail is None


def test_list_covers_every_slot_in_order(tmp_path):
    store = SaveStore(tmp_path / "not yet made")
    infos = store.list()
    assert [i.slot for i in infos] == list(SLOTS)
    assert len([s for s in SLOTS if s.isdigit()]) == 9 and len(AUTOSAVE_SLOTS) == 3
    assert all(not i.exists and not i.ok and i.problem is None for i in infos)
    assert store.latest() is None
    assert store.load("1") == (None, "missing")


def test_unsaveable_states_are_refused_with_a_store_error(tmp_path):
    store = SaveStore(tmp_path)
    for bad in [
        {"place": "x", "play_ticks": 0},
        {"chapter": "c", "place": "x", "play_ticks": -1},
        {"chapter": "c", "place": "x", "play_ticks": True},
        sample(thing=object()),
        sample(x=float("nan")),
        "not a dict",
    ]:
        with pytest.raises(StoreError):
            store.save("1", bad)  # type: ignore[arg-type]
    with pytest.raises(StoreError):
        store.save("10", sample())
    assert not (tmp_path / "1.json").exists()


# Damaged files

DAMAGE = {
    "truncated": lambda good: good[: len(good) // 2],
    "corrupted": lambda good: good[:40] + bytes(range(200, 256)) + good[96:],
    "empty": lambda good: b"",
    "huge": lambda good: b'{"pad": "' + b"x" * 8_100_000 + b'"}',
    "binary": lambda good: bytes(random.Random(4).randrange(256) for _ in range(4000)),
    "future": lambda good: good.replace(b'"format":2', b'"format":7'),
    "no format": lambda good: good.replace(b'"format":2,', b""),
    "list": lambda good: b"[" + good + b"]",
    "no chapter": lambda good: good.replace(b'"chapter":"c1",', b""),
    "bad migration data": lambda good: (
        b'{"format": 1, "chapter": "c", "place": "p", "play_time": "x"}'
    ),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damaged_slot_shows_a_reason_offers_its_backup_and_is_not_overwritten(tmp_path, kind):
    store = SaveStore(tmp_path)
    store.save("2", sample(0))
    store.save("2", sample(1))
    path = tmp_path / "2.json"
    path.write_bytes(DAMAGE[kind](path.read_bytes()))
    info = store.info("2")
    if kind == "bad migration data":  # an old save with a bad play time is still worth loading
        assert info.ok and info.play_ticks == 0
        return
    assert info.exists and not info.ok and info.problem
    assert info.has_backup and info.backup_ok
    if kind == "future":
        assert info.problem == "made by a newer version of the game (format 7)"
    loaded, problem = store.load("2")
    assert loaded is None and problem == info.problem
    backup, problem = store.load("2", backup=True)
    assert problem is None and backup["n"] == 0
    assert store.info("2", backup=True).ok
    assert [i.slot for i in store.list()] == list(SLOTS)  # listing never raises
    damaged = path.read_bytes()
    with pytest.raises(StoreError, match="damaged"):
        store.save("2", sample(2))
    assert path.read_bytes() == damaged
    assert store.latest() is None


def test_overwriting_a_damaged_slot_when_asked_keeps_the_good_backup(tmp_path):
    store = SaveStore(tmp_path)
    store.save("4", sample(0))
    store.save("4", sample(1))
    (tmp_path / "4.json").write_bytes(b'{"trunc')
    store.save("4", sample(2), overwrite_damaged=True)
    assert store.load("4")[0]["n"] == 2
    assert store.load("4", backup=True)[0]["n"] == 0  # not the damaged file
    assert (tmp_path / "4.json.bad-1").read_bytes() == b'{"trunc'  # which is kept aside


def test_overwriting_a_damaged_slot_without_a_good_backup_keeps_the_damaged_bytes(tmp_path):
    store = SaveStore(tmp_path)
    (tmp_path / "5.json").write_bytes(b"\xff\xfe garbage")
    info = store.info("5")
    assert info.exists and not info.ok and not info.has_backup and not info.backup_ok
    store.save("5", sample(3), overwrite_damaged=True)
    assert store.load("5")[0]["n"] == 3
    assert (tmp_path / "5.json.bad-1").read_bytes() == b"\xff\xfe garbage"  # kept aside
    assert not backup_path(tmp_path / "5.json").exists()  # never made a backup


def test_a_folder_in_place_of_a_slot_is_damaged_not_a_crash(tmp_path):
    store = SaveStore(tmp_path)
    (tmp_path / "6.json").mkdir()
    info = store.info("6")
    assert info.exists and not info.ok and "unreadable" in info.problem
    with pytest.raises(StoreError):
        store.save("6", sample(), overwrite_damaged=True)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_an_unreadable_slot_is_damaged(tmp_path):
    store = SaveStore(tmp_path)
    store.save("7", sample())
    os.chmod(tmp_path / "7.json", 0)
    assert store.info("7").problem.startswith("unreadable")


# Autosaves, latest, delete


def test_autosave_rotates_oldest_first(tmp_path):
    store = SaveStore(tmp_path)
    used = [store.autosave(sample(n)) for n in range(7)]
    assert used == ["auto1", "auto2", "auto3", "auto1", "auto2", "auto3", "auto1"]
    assert store.load("auto1")[0]["n"] == 6
    assert store.load("auto1", backup=True)[0]["n"] == 3
    assert store.latest().slot == "auto1"


def test_autosave_skips_damaged_slots_and_fills_gaps(tmp_path):
    store = SaveStore(tmp_path)
    for n in range(3):
        store.autosave(sample(n))
    (tmp_path / "auto1.json").write_bytes(
        b"{"
    )  # the oldest, but damaged: never overwritten unasked
    assert store.autosave(sample(3)) == "auto2"
    assert store.autosave(sample(4)) == "auto3"
    assert store.autosave(sample(5)) == "auto2"
    assert (tmp_path / "auto1.json").read_bytes() == b"{"
    store.delete("auto3")
    assert store.autosave(sample(6)) == "auto3"
    for slot in ("auto2", "auto3"):
        (tmp_path / f"{slot}.json").write_bytes(b"")
    with pytest.raises(StoreError, match="damaged"):
        store.autosave(sample(7))


def test_latest_is_the_last_written_whatever_the_clock_said(tmp_path):
    store = SaveStore(tmp_path)
    store.save("9", sample(9))
    store.save("quick", sample(1))
    assert store.latest().slot == "quick"
    # A save dated in the future (a wrong clock, another machine) does not win for ever:
    doc = json.loads((tmp_path / "9.json").read_text())
    doc["saved_at"] = "2999-01-01T00:00:00+00:00"
    (tmp_path / "9.json").write_text(json.dumps(doc))
    assert store.latest().slot == "quick"
    store.save("2", sample(2))
    assert store.latest().slot == "2"
    serials = [store.info(s).serial for s in ("9", "quick", "2")]
    assert serials == [1, 2, 3]
    (tmp_path / "2.json").write_text("{")
    assert store.latest().slot == "quick"  # damaged saves are not offered to Continue


def test_saves_from_before_serial_numbers_go_by_their_time_and_any_new_save_is_newer(tmp_path):
    store = SaveStore(tmp_path)
    for slot, when in (("1", "2024-05-01T10:00:00+00:00"), ("2", "2024-05-02T10:00:00+00:00")):
        store.save(slot, sample())
        doc = json.loads((tmp_path / f"{slot}.json").read_text())
        doc.pop("serial")
        doc["saved_at"] = when
        (tmp_path / f"{slot}.json").write_text(json.dumps(doc))
    assert store.latest().slot == "2"
    for bad in (10**40, -5, "7", True, 2**60):  # not trusted: counts as an old save
        doc = json.loads((tmp_path / "1.json").read_text())
        doc["serial"] = bad
        (tmp_path / "1.json").write_text(json.dumps(doc))
        assert store.info("1").serial == 0 and store.latest().slot == "2"
    store.save("3", sample())
    assert store.latest().slot == "3" and store.info("3").serial == 1


def test_the_oldest_autosave_is_reused_even_when_its_clock_was_ahead(tmp_path):
    store = SaveStore(tmp_path)
    for n in range(3):
        store.autosave(sample(n))
    doc = json.loads((tmp_path / "auto1.json").read_text())
    doc["saved_at"] = "2999-01-01T00:00:00+00:00"  # written first, with a clock far ahead
    (tmp_path / "auto1.json").write_text(json.dumps(doc))
    assert store.autosave(sample(3)) == "auto1"
    assert store.autosave(sample(4)) == "auto2"


def test_delete_removes_slot_and_backup(tmp_path):
    store = SaveStore(tmp_path)
    store.save("8", sample(0))
    store.save("8", sample(1))
    store.delete("8")
    store.delete("8")  # deleting an empty slot is fine
    info = store.info("8")
    assert not info.exists and not info.has_backup
    assert list(tmp_path.iterdir()) == []


# Migrations


def test_every_fixture_save_loads_through_the_migrations(tmp_path):
    fixtures = sorted(FIXTURES.glob("v*.json"))
    versions = {json.loads(p.read_text())["format"] for p in fixtures}
    assert versions == set(range(1, FORMAT_VERSION + 1))  # one fixture per version, kept forever
    assert set(MIGRATIONS) == set(range(1, FORMAT_VERSION))
    store = SaveStore(tmp_path)
    for fixture in fixtures:
        shutil.copyfile(fixture, tmp_path / "1.json")
        loaded, problem = store.load("1")
        assert problem is None, (fixture.name, problem)
        assert loaded["format"] == FORMAT_VERSION
        assert isinstance(loaded["play_ticks"], int) and "play_time" not in loaded
        assert loaded["chapter"] == "hailsham" and isinstance(loaded["content"], str)


def test_version_1_fixture_migrates_to_the_expected_version_2():
    v1 = json.loads((FIXTURES / "v1_grounds.json").read_text())
    v2 = migrate(v1)
    assert v1["format"] == 1 and "play_time" in v1  # the input is not changed
    assert v2["format"] == 2
    assert v2["play_ticks"] == 754.5 * 60
    assert v2["content"] == ""
    assert {k: v for k, v in v2.items() if k not in ("format", "play_ticks", "content")} == {
        k: v for k, v in v1.items() if k not in ("format", "play_time")
    }


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ({"format": 7}, "made by a newer version of the game (format 7)"),
        ({}, "malformed header (no format version)"),
        ({"format": "2"}, "malformed header (no format version)"),
        ({"format": True}, "malformed header (no format version)"),
        ({"format": 0}, "malformed header (format 0)"),
    ],
)
def test_migrate_refuses_future_and_malformed_headers(header, message):
    with pytest.raises(SaveError) as err:
        migrate({**sample(), **header})
    assert str(err.value) == message


# Speed


def test_saving_a_typical_game_many_times(tmp_path):
    # The time a save takes is a figure of `python -m game bench` (target: under 10 ms), not a test.
    store = SaveStore(tmp_path)
    save = sample(
        flags={f"flag_{i}": i for i in range(300)},
        backlog=[["c1", "Speaker", "word " * 14, f"s{i}.line.{i}"] for i in range(400)],
    )
    assert 40_000 < len(json.dumps(save)) < 60_000
    thumb = png()
    for _ in range(20):
        store.save("1", save, thumbnail=thumb)
    doc, problem = store.load("1")
    assert problem is None and doc["flags"] == save["flags"] and doc["backlog"] == save["backlog"]
    assert store.info("1").thumbnail == thumb
