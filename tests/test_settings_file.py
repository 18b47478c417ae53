"""The settings file: bad parts fall back alone, said once, the bad file kept beside the new one."""

from __future__ import annotations

import json

from game.settings import Settings
from game.settings_file import load_settings, save_settings


def test_missing_file_gives_defaults_quietly(tmp_path):
    assert load_settings(tmp_path / "settings.json") == (Settings(), [])
    assert list(tmp_path.iterdir()) == []


def test_round_trip_with_backup(tmp_path):
    path = tmp_path / "cfg" / "settings.json"
    settings = Settings(music_volume=0.25, text_speed=90, fullscreen=True, language="fr")
    save_settings(path, settings)
    assert load_settings(path) == (settings, [])
    save_settings(path, Settings())
    assert load_settings(path) == (Settings(), [])
    assert json.loads((path.parent / "settings.json.bak").read_text())["text_speed"] == 90


def test_file_that_fails_to_parse_is_kept_beside_the_new_one(tmp_path):
    path = tmp_path / "settings.json"
    raw = b'{"music_volume": 0.3, "text_speed": 6'
    path.write_bytes(raw)
    settings, problems = load_settings(path)
    assert settings == Settings()
    assert len(problems) == 1
    assert "truncated" in problems[0] and "settings.json.bad-1" in problems[0]
    assert (tmp_path / "settings.json.bad-1").read_bytes() == raw
    # The new file is whole and the message is not repeated on the next start.
    assert load_settings(path) == (Settings(), [])
    assert json.loads(path.read_text()) == Settings().to_data()


def test_bad_values_fall_back_alone(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"music_volume": 0.3, "text_speed": "fast", "fullscreen": 1, "language": "de"})
    )
    settings, problems = load_settings(path)
    assert settings.music_volume == 0.3 and settings.language == "de"  # the good parts stay
    assert settings.text_speed == Settings().text_speed
    assert settings.fullscreen is False
    assert len(problems) == 1
    assert "text_speed" in problems[0] and "fullscreen" in problems[0]
    assert "settings.json.bad-1" in problems[0]
    assert load_settings(path) == (settings, [])


def test_unparseable_file_falls_back_to_the_previous_copy(tmp_path):
    path = tmp_path / "settings.json"
    save_settings(path, Settings(text_speed=80))
    save_settings(path, Settings(text_speed=90))
    path.write_bytes(b"\xff\xfe\x00garbage")
    settings, problems = load_settings(path)
    assert settings.text_speed == 80
    assert "previous copy" in problems[0]
    assert (tmp_path / "settings.json.bad-1").read_bytes() == b"\xff\xfe\x00garbage"
    # The repair did not push the last good copy out of the backup.
    assert json.loads((tmp_path / "settings.json.bak").read_text())["text_speed"] == 80


def test_each_new_bad_file_gets_its_own_number(tmp_path):
    path = tmp_path / "settings.json"
    for n, raw in enumerate([b"[", b"{", b"nul"], start=1):
        path.write_bytes(raw)
        load_settings(path)
        assert (tmp_path / f"settings.json.bad-{n}").read_bytes() == raw


def test_huge_settings_file_is_not_read(tmp_path):
    path = tmp_path / "settings.json"
    with open(path, "wb") as f:
        f.truncate(50_000_000)
    settings, problems = load_settings(path)
    assert settings == Settings() and "too large" in problems[0]
    assert (tmp_path / "settings.json.bad-1").stat().st_size == 50_000_000
    assert load_settings(path) == (Settings(), [])
