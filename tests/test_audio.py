"""Audio: synthesizer outputs are current and sane, the score parser reports errors well, and
the runtime Audio class never crashes the game."""

from __future__ import annotations

import array
import json
import logging
import math
import os
import re
import sys
import wave
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # (the SDL drivers above must be chosen before pygame starts)

from game.audio import Audio

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "assets"
sys.path.insert(0, str(ASSETS / "tools"))

import synth  # noqa: E402
from synth_score import ScoreError, duration_beats, note_number, parse_score  # noqa: E402

# Every id the chapters may name (CONTRACTS.md, "Music, sound and ambience").
MUSIC = [
    "title", "hailsham", "hospital", "never_let_me_go",
    "cottages", "town", "never_let_me_go_room", "road", "road_tape", "centre", "beach",
    "madame_house", "night_field", "ending", "credits", "never_let_me_go_fence",
]  # fmt: skip
SFX = [
    "step_grass", "step_floor", "door", "scanner_beep", "text_blip",
    "menu_move", "menu_confirm", "menu_cancel", "memory_found", "page",
    "tv_laughter", "kettle", "wind_gust", "bus", "shop_bell", "cup_clink", "car_engine",
    "car_door", "wipers", "gulls", "waves", "monitor_tone", "monitor_stop", "paper_turn",
    "school_bell", "step_sand", "step_gravel", "step_carpet", "step_wood", "step_snow",
    "scream_far",
]  # fmt: skip
AMBIENT = [
    "amb_rain_window", "amb_wind", "amb_clock", "amb_birds", "amb_sea", "amb_fire", "amb_tv",
    "amb_hospital", "amb_road", "amb_night_field", "amb_cafe",
]  # fmt: skip
MANIFEST = json.loads((ASSETS / "audio_manifest.json").read_text())


def read_wav(path: Path) -> tuple[wave._wave_params, array.array]:
    with wave.open(str(path), "rb") as w:
        params = w.getparams()
        data = array.array("h", w.readframes(w.getnframes()))
    if sys.byteorder == "big":
        data.byteswap()
    return params, data


# --- the rendered files ---------------------------------------------------------------------
def test_manifest_is_up_to_date() -> None:
    assert synth.stale() == [], "run: .venv/bin/python assets/tools/synth.py"
    assert sorted(MANIFEST["music"]) == sorted(MUSIC)
    assert sorted(MANIFEST["sfx"]) == sorted(SFX)
    assert sorted(MANIFEST["ambient"]) == sorted(AMBIENT)


def test_music_and_beds_ship_as_ogg_and_fit_the_budget() -> None:
    assert not list((ASSETS / "music").glob("*.wav")), "music ships as Ogg Vorbis"
    for kind in ("music", "ambient"):
        for name, entry in MANIFEST[kind].items():
            assert entry["output"] == f"assets/{kind}/{name}.ogg"
    total = sum(
        p.stat().st_size for k in ("music", "ambient", "sfx") for p in (ASSETS / k).iterdir()
    )
    assert total < 10_000_000, f"audio is {total / 1e6:.1f} MB; the wheel must stay under 15 MB"


@pytest.mark.parametrize("name", MUSIC)
def test_music_is_sane(name: str) -> None:
    entry = MANIFEST["music"][name]  # figures measured on the samples that were encoded
    assert entry["loop"], "music loops"
    assert 40.0 <= entry["seconds"] <= 100.0, entry["seconds"]
    assert entry["peak_dbfs"] <= -1.4, "music must not reach full scale"
    assert entry["peak_dbfs"] > -13.0, "music is suspiciously quiet"


@pytest.mark.parametrize("name", AMBIENT)
def test_ambient_bed_is_sane(name: str) -> None:
    entry = MANIFEST["ambient"][name]
    assert entry["loop"] and 20.0 <= entry["seconds"] <= 60.0
    assert entry["peak_dbfs"] <= -1.4
    assert -34.0 <= entry["rms_dbfs"] <= -20.0, "beds sit at an even, low level"


@pytest.mark.parametrize("name", SFX)
def test_every_effect_is_short_with_headroom(name: str) -> None:
    entry = MANIFEST["sfx"][name]  # figures measured on the samples that were encoded
    assert not entry["loop"] and 0.01 <= entry["seconds"] <= 8.0, entry["seconds"]
    assert entry["peak_dbfs"] <= -2.5, "effects keep headroom"
    assert entry["rms_dbfs"] > -40.0, "an effect you can hear"


@pytest.mark.parametrize("name", [n for n in SFX if (ASSETS / "sfx" / f"{n}.wav").exists()])
def test_effect_file_is_sane(name: str) -> None:
    params, data = read_wav(ASSETS / "sfx" / f"{name}.wav")
    assert (params.framerate, params.sampwidth, params.nchannels) == (22050, 2, 1)
    assert 0.01 <= params.nframes / params.framerate <= 4.0
    peak = max(abs(v) for v in data)
    assert peak < 32767 * 0.75, "effects keep headroom"
    assert abs(data[-1]) < 0.01 * 32767, "effects end in silence (no click)"
    window = 1102  # 50 ms: loudness as the ear hears a short effect
    loud = max(
        math.sqrt(sum(v * v for v in data[i : i + window]) / len(data[i : i + window]))
        for i in range(0, max(1, len(data) - window + 1), 256)
    )
    level = 20 * math.log10(loud / 32767)
    assert -36.0 <= level <= -14.0, f"{name} loudness {level:.1f} dBFS is out of line"


@pytest.fixture(scope="module")
def mixer():
    pygame.mixer.init(frequency=44100, size=-16, channels=2, buffer=512)
    yield
    pygame.mixer.quit()


def test_every_music_track_opens_and_plays_in_the_mixer(mixer) -> None:
    for name in MUSIC:
        pygame.mixer.music.load(str(ASSETS / "music" / f"{name}.ogg"))
        pygame.mixer.music.play()
        assert pygame.mixer.music.get_busy(), name
        pygame.mixer.music.stop()


@pytest.mark.parametrize(
    ("kind", "name"), [("sfx", n) for n in SFX] + [("ambient", n) for n in AMBIENT]
)
def test_every_sound_and_bed_decodes_in_the_mixer(mixer, kind: str, name: str) -> None:
    entry = MANIFEST[kind][name]
    sound = pygame.mixer.Sound(str(ROOT / entry["output"]))
    assert sound.get_length() == pytest.approx(entry["seconds"], abs=0.05)
    raw = array.array("h", sound.get_raw())
    peak = max(abs(min(raw)), max(raw))
    assert peak < 32767, f"{name} clips once decoded"
    assert peak > 300, f"{name} is silent"
    if entry["loop"]:  # a bed repeats: its last frame must lead smoothly into its first
        assert max(abs(raw[c] - raw[len(raw) - 2 + c]) for c in (0, 1)) < 0.1 * 32767


def test_ogg_output_is_byte_stable() -> None:
    """libsndfile stamps a random serial on each Ogg stream; the tool fixes it so a render is
    a pure function of its samples and the manifest can compare hashes."""
    from synth_ogg import SERIAL, ogg_crc, stable_ogg

    data = (ASSETS / "music" / "title.ogg").read_bytes()
    assert stable_ogg(data) == data, "pages already carry the fixed serial and correct CRCs"
    assert int.from_bytes(data[14:18], "little") == SERIAL
    page = bytearray(data[: 27 + data[26] + sum(data[27 : 27 + data[26]])])
    crc = int.from_bytes(page[22:26], "little")
    page[22:26] = b"\0\0\0\0"
    assert ogg_crc(bytes(page)) == crc
    other = bytearray(data)
    other[14:18] = (12345).to_bytes(4, "little")  # what a second run of libsndfile would write
    assert stable_ogg(bytes(other)) == data


def test_encoding_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    pytest.importorskip("soundfile")  # the tools' encoder (pip install -e '.[tools]')
    from synth_ogg import write_ogg

    score = parse_score("tempo 120\nchannels 2\nvoice a rhodes\n  C4+E4+G4 w\n", "t.txt")
    chans = synth.render_score(score, "music")
    one, two = tmp_path / "one.ogg", tmp_path / "two.ogg"
    write_ogg(one, chans, synth.SR, 0.2)
    write_ogg(two, chans, synth.SR, 0.2)  # libsndfile draws a new random serial each time
    assert one.read_bytes() == two.read_bytes()


# --- the score parser -----------------------------------------------------------------------
def test_note_and_duration_names() -> None:
    assert note_number("C4") == 60
    assert note_number("A4") == 69
    assert note_number("Bb2") == 46
    assert note_number("F#3") == 54
    assert note_number("H4") is None
    assert duration_beats("q") == 1.0
    assert duration_beats("q.") == 1.5
    assert duration_beats("h~e") == 2.5
    assert duration_beats("et") == pytest.approx(1 / 3)
    assert duration_beats("0.25") == 0.25
    assert duration_beats("z") is None


GOOD = """\
tempo 60
time 3/4
pattern up
  C4 e E4 e G4 e    # a sharp after a note letter is not a comment: F#4 below
end
voice a celesta vol=0.5 pan=-0.5
  $up C4+E4+G4 q. | (r q)x3 |
voice b bass
  F#2 h. | C2 h. |
"""


def test_parser_reads_a_good_score() -> None:
    score = parse_score(GOOD, "good.txt")
    a, b = score.voices
    assert [e.notes for e in a.events] == [(60,), (64,), (67,), (60, 64, 67)]
    assert a.events[3].start == 1.5 and a.events[3].beats == 1.5
    assert a.mix["pan"] == -0.5 and a.beats == b.beats == 6.0
    assert b.events[0].notes == (42,)
    assert score.seconds == 6.0


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("voice a kazoo\n  C4 q\n", 1, "unknown instrument"),
        ("tempo 60\nvoice a celesta\n  C4 q D4 z\n", 3, "expected a duration"),
        ("time 4/4\nvoice a celesta\n  C4 q D4 q |\n", 3, "bar line"),
        ("voice a celesta\n  $nope\n", 2, "unknown pattern"),
        ("voice a celesta\n  C4 q\nvoice b pad\n  C4 h\n", 1, "lasts 1 beats"),
        ("voice a celesta wobble=3\n  C4 q\n", 1, "unknown setting"),
        ("voice a celesta\n  (C4 q\n", 2, "never closed"),
        ("voice a celesta\n  C4 q\ntempo 80\n", 3, "before the first voice"),
        ("  C4 q\n", 1, "outside a voice"),
        ("tempo fast\n", 1, "expected a number"),
        ("pattern p\n  C4 q\n", 2, "missing its `end`"),
    ],
)
def test_parser_rejects_bad_scores_with_file_and_line(text: str, line: int, words: str) -> None:
    with pytest.raises(ScoreError) as err:
        parse_score(text, "bad.txt")
    msg = str(err.value)
    m = re.match(r"^bad\.txt:(\d+): (.+)$", msg)
    assert m, msg
    assert int(m.group(1)) == line, msg
    assert words in m.group(2), msg


def test_render_is_deterministic_and_never_clips() -> None:
    text = (
        "tempo 120\nchannels 1\nloop no\nvoice a celesta\n  C5+E5+G5 q x q\nvoice b noise\n  x h\n"
    )
    score = parse_score(text, "t.txt")
    one = synth.render_score(score, "sfx")
    two = synth.render_score(parse_score(text, "t.txt"), "sfx")
    assert one == two
    assert len(one) == 1 and 0.5 * 22050 < len(one[0]) < 4 * 22050
    loud = synth.render_score(parse_score(text.replace("loop no", "loop yes"), "t.txt"), "music")
    assert max(abs(v) for ch in loud for v in ch) <= 10 ** (synth.MUSIC_PEAK_DB / 20) + 1e-9


# --- the runtime module ---------------------------------------------------------------------
@pytest.fixture
def audio():
    a = Audio(ASSETS)
    yield a
    a.close()


def test_audio_plays_headless(audio: Audio) -> None:
    assert audio.enabled, "the mixer opens on SDL's dummy driver"
    audio.set_volumes(0.8, 0.5, 2.0)  # out of range is clamped, not an error
    audio.play_music("title", fade_ms=0)
    assert audio.current_track == "title"
    assert pygame.mixer.music.get_busy()
    audio.play_music("title")  # same track: nothing restarts
    assert audio.current_track == "title"
    audio.play_music("hailsham", fade_ms=100)
    assert audio.current_track == "hailsham"
    for name in SFX:
        audio.play_sound(name)
    audio.stop_music(fade_ms=0)
    assert audio.current_track is None


def test_audio_tolerates_unknown_names(audio: Audio, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="game.audio"):
        audio.play_sound("no_such_sound")
        audio.play_sound("no_such_sound")
        audio.play_music("no_such_track")
    assert sum("no_such_sound" in r.message for r in caplog.records) == 1
    assert audio.current_track is None
    assert not audio.has_sound("../sfx/door") and not audio.has_music("")


def test_audio_lookup_for_the_linter() -> None:
    audio = Audio(ASSETS, enabled=False)
    assert all(audio.has_music(t) for t in MUSIC)
    assert all(audio.has_sound(s) for s in SFX)
    assert not audio.has_music("door") and not audio.has_sound("hailsham")
    audio.play_music("title")  # disabled: remembers the track but makes no sound
    audio.play_sound("door")
    assert audio.current_track == "title"


def test_audio_survives_missing_folder_and_broken_files(tmp_path: Path) -> None:
    (tmp_path / "sfx").mkdir()
    (tmp_path / "music").mkdir()
    (tmp_path / "sfx" / "broken.wav").write_bytes(b"RIFF not really a wave file")
    (tmp_path / "music" / "broken.wav").write_bytes(b"\x00" * 64)
    for folder in (tmp_path / "missing", tmp_path):
        a = Audio(folder)
        a.play_sound("broken")
        a.play_music("broken")
        a.play_music("nothing")
        a.stop_music()
        a.close()


def test_audio_survives_a_mixer_that_cannot_start(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise pygame.error("no audio device")

    monkeypatch.setattr(pygame.mixer, "get_init", lambda: None)
    monkeypatch.setattr(pygame.mixer, "init", refuse)
    a = Audio(ASSETS)
    assert not a.enabled
    a.set_volumes(1, 1, 1)
    a.play_music("title")
    a.play_sound("door")
    assert a.has_sound("door")
