"""The player profile: lenient reading (bad parts only), kept bad files, said once, durable writes."""

from __future__ import annotations

import json

import pytest

from game.paths import Paths
from game.save import Profile, profile_path
from game.save.store import StoreError


def test_missing_profile_is_empty_and_quiet(tmp_path):
    profile, problems = Profile.load(tmp_path / "profile.json")
    assert profile == Profile() and problems == []
    assert not (tmp_path / "profile.json").exists()


def test_round_trip_and_unlocks(tmp_path):
    path = profile_path(Paths.create(tmp_path).data)
    assert path == tmp_path.resolve() / "profile" / "profile.json"
    profile = Profile()
    assert profile.unlock_chapter("c1") and not profile.unlock_chapter("c1")
    assert profile.add_memory("m1") and profile.add_memory("m2") and not profile.add_memory("m1")
    profile.bests["any%"] = {"ticks": 123456, "date": "2025-01-01"}
    profile.extra["lines_seen"] = 40
    profile.save(path)
    loaded, problems = Profile.load(path)
    assert problems == []
    assert loaded == profile
    assert loaded.chapters == ["c1"] and loaded.memories == ["m1", "m2"]
    profile.unlock_chapter("c2")
    profile.save(path)
    assert json.loads((path.parent / "profile.json.bak").read_text())["chapters"] == ["c1"]


def test_bad_parts_fall_back_alone_are_said_once_and_the_file_is_kept(tmp_path):
    path = tmp_path / "profile.json"
    original = json.dumps(
        {
            "format": 1,
            "chapters": ["c1", 7, "c2", "c1"],
            "memories": "m1",
            "bests": {"any%": {"ticks": 5}, "glitchless": 3},
            "extra": {"k": "v"},
        }
    ).encode()
    path.write_bytes(original)
    profile, problems = Profile.load(path)
    assert profile.chapters == ["c1", "c2"]  # the good parts stay
    assert profile.memories == []
    assert profile.bests == {"any%": {"ticks": 5}}
    assert profile.extra == {"k": "v"}
    assert len(problems) == 1
    message = problems[0]
    for part in ("chapters", "memories", "glitchless", "profile.json.bad-1"):
        assert part in message
    assert (tmp_path / "profile.json.bad-1").read_bytes() == original
    # The repaired profile was written: the next start has nothing to say.
    again, problems = Profile.load(path)
    assert problems == [] and again == profile


@pytest.mark.parametrize("raw", [b"", b'{"chapters": ["c1"', b"\x00\x01\x02", b"[]", b"null"])
def test_unreadable_profile_uses_defaults_and_is_kept(tmp_path, raw):
    path = tmp_path / "profile.json"
    path.write_bytes(raw)
    profile, problems = Profile.load(path)
    assert profile == Profile()
    assert len(problems) == 1 and "could not be read" in problems[0]
    assert (tmp_path / "profile.json.bad-1").read_bytes() == raw
    assert Profile.load(path) == (Profile(), [])


def test_unreadable_profile_falls_back_to_its_backup(tmp_path):
    path = tmp_path / "profile.json"
    profile = Profile(chapters=["c1"])
    profile.save(path)
    profile.unlock_chapter("c2")
    profile.save(path)
    path.write_bytes(b'{"chapters": ["c1", "c2", "c3"')  # torn by hand (our writes never tear)
    loaded, problems = Profile.load(path)
    assert loaded.chapters == ["c1"]
    assert "previous copy" in problems[0]


def test_newer_profile_is_read_as_far_as_possible_and_kept(tmp_path):
    path = tmp_path / "profile.json"
    path.write_text(json.dumps({"format": 5, "chapters": ["c1"], "new_thing": {}}))
    profile, problems = Profile.load(path)
    assert profile.chapters == ["c1"]
    assert "newer version" in problems[0]
    assert (tmp_path / "profile.json.bad-1").exists()


def test_profile_that_is_not_plain_data_is_refused(tmp_path):
    with pytest.raises(StoreError):
        Profile(extra={"x": object()}).save(tmp_path / "p.json")
    assert not (tmp_path / "p.json").exists()
