"""Ambient beds: the map's `ambient` property, the `ambient` scene command, the volume setting,
the lint checks, and the rule that sound never changes the simulation."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import pygame
import pytest

from game.audio import Audio
from game.boot import build_context
from game.context import NullAudio
from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.screens.world_screen import WorldScreen
from game.settings import Settings
from game.settings_file import load_settings, save_settings
from game.simulation import Simulation
from game.story.commands.audio import ambient_bed
from game.story.lint import check as lint

ASSETS = Path(__file__).resolve().parents[1] / "assets"
NONE = InputFrame()


class BedAudio(NullAudio):
    """Records the bed the game asks for, tick by tick (changes only)."""

    def __init__(self) -> None:
        self.beds: list[str | None] = []

    def set_ambient(self, bed: str | None, *, fade_ms: int = 1500) -> None:
        bed = bed or None
        if not self.beds or self.beds[-1] != bed:
            self.beds.append(bed)

    def stop_ambient(self, *, fade_ms: int = 1500) -> None:
        self.set_ambient(None)


def map_property(path: Path, name: str, value: str) -> None:
    """Give a test map a map-level property (mapkit writes none)."""
    text = path.read_text(encoding="utf-8")
    line = f'   <property name="{name}" value="{value}"/>'
    if "\n  <properties>\n   <property" in text.split("<tileset", 1)[0]:  # add to the map's own
        text = text.replace("\n  <properties>\n", f"\n  <properties>\n{line}\n", 1)
    else:
        head, sep, rest = text.partition("\n  <tileset")
        text = head + f"\n  <properties>\n{line}\n  </properties>" + sep + rest
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def world(content, tmp_path):
    """The test room (bed amb_clock) and hall (bed amb_wind), and a way to play scenes in it."""
    map_property(content / "maps" / "room.tmx", "ambient", "amb_clock")
    map_property(content / "maps" / "hall.tmx", "ambient", "amb_wind")
    steps = (
        ("rain", "track: amb_rain_window, fade: 30"),
        ("hush", "stop: true"),
        ("back", "map: true"),
    )
    for name, step in steps:
        (content / "dialogue" / f"{name}.yaml").write_text(
            f"scene: {name}\nsteps:\n  - ambient: {{{step}}}\n"
        )

    def build(audio):
        ctx = build_context(tmp_path / "data", headless=True, root=content, quiet=True)
        assert not ctx.notices.lines, ctx.notices.lines
        ctx.audio = audio
        sim = Simulation(ctx, WorldScreen(Play(ctx, "room", "start")))
        for _ in range(20):
            sim.tick()
        return sim, sim.stack.top

    return build


def play(sim, screen, scene_id: str) -> None:
    assert screen.director.start(scene_id)
    for _ in range(200):
        if screen.director.run is None:
            return
        sim.tick()
    raise AssertionError("scene did not end")


def walk_through_door(sim, screen) -> None:
    """Through the room's door into the hall (the fade out, the map change, the fade in)."""
    screen.play.begin_warp("hall", "from_room", door=True)
    for _ in range(120):
        sim.tick()
        if screen.world.map.name == "hall" and screen.pending_warp is None:
            return
    raise AssertionError(f"still in {screen.world.map.name}")


def test_the_map_names_its_bed_and_a_door_changes_it(world):
    audio = BedAudio()
    sim, screen = world(audio)
    assert audio.beds == ["amb_clock"]
    walk_through_door(sim, screen)
    assert audio.beds == ["amb_clock", "amb_wind"]


def test_a_scene_changes_the_bed_until_kathy_leaves_the_map(world):
    audio = BedAudio()
    sim, screen = world(audio)
    play(sim, screen, "rain")
    assert audio.beds[-1] == "amb_rain_window"
    assert screen.state.flags["_ambient"] == "amb_rain_window"
    play(sim, screen, "hush")
    assert audio.beds[-1] is None
    play(sim, screen, "back")
    assert audio.beds[-1] == "amb_clock" and "_ambient" not in screen.state.flags
    play(sim, screen, "rain")
    walk_through_door(sim, screen)  # leaving the map ends the scene's bed
    assert audio.beds[-1] == "amb_wind"
    assert "_ambient" not in screen.state.flags and "_ambient_map" not in screen.state.flags


def test_the_scene_bed_comes_back_with_a_save(world):
    from game.save import savegame

    audio = BedAudio()
    sim, screen = world(audio)
    play(sim, screen, "rain")
    data = json.loads(json.dumps({"state": screen.state.to_data(), "world": {"map": "room"}}))
    again, problem = savegame.restore(sim.ctx, data)
    assert problem is None
    assert ambient_bed(again.state, again.world) == "amb_rain_window"


def test_leaving_the_world_stops_the_bed(world):
    from game.screens.card import EndCard

    audio = BedAudio()
    sim, _ = world(audio)
    sim.stack.replace(EndCard("Test"))
    sim.tick()
    assert audio.beds[-1] is None


def _hash(sim) -> str:
    blob = json.dumps(sim.stack.snapshot(), sort_keys=True, default=str).encode()
    return hashlib.sha256(blob).hexdigest()


def test_sound_on_or_off_the_simulation_is_the_same(world):
    """Audio is output only: the real mixer and the null audio give the same state hash."""
    hashes = []
    for audio in (NullAudio(), Audio(ASSETS)):
        sim, screen = world(audio)
        play(sim, screen, "rain")
        walk_through_door(sim, screen)
        hashes.append(_hash(sim))
        if isinstance(audio, Audio):
            audio.close()
    assert hashes[0] == hashes[1]


class StepAudio(NullAudio):
    def __init__(self) -> None:
        self.sounds: list[str] = []

    def play_sound(self, name: str) -> None:
        self.sounds.append(name)


def test_the_maps_steps_property_picks_the_footsteps(world, content):
    map_property(content / "maps" / "hall.tmx", "steps", "sand")
    audio = StepAudio()
    sim, screen = world(audio)
    walk_through_door(sim, screen)
    right = InputFrame(frozenset({Action.RIGHT}))
    for _ in range(40):
        sim.tick(right)
    assert "step_sand" in audio.sounds and "step_floor" not in audio.sounds[1:]


def test_ambient_command_needs_exactly_one_of_its_choices(content):
    from game.story.loader import read_scene_file

    path = content / "dialogue" / "bad.yaml"
    for step, ok in (("{}", False), ("{track: amb_sea, stop: true}", False), ("amb_sea", True)):
        path.write_text(f"scene: bad\nsteps:\n  - ambient: {step}\n")
        result = read_scene_file(path)
        assert (not result.problems) == ok, (step, result.problems)


# --- the real mixer ----------------------------------------------------------------------------
def test_beds_load_off_the_main_thread_and_cross_fade() -> None:
    audio = Audio(ASSETS)
    try:
        assert audio.enabled
        audio.set_volumes(1.0, 1.0, 1.0, 0.5)
        audio.set_ambient("amb_sea", fade_ms=0)
        assert audio.current_ambient == "amb_sea"
        audio.wait_for_ambient()
        first = [pygame.mixer.Channel(i).get_busy() for i in (0, 1)]
        assert first.count(True) == 1, "one reserved channel plays the bed"
        bed = pygame.mixer.Channel(first.index(True)).get_sound()
        assert bed.get_volume() == pytest.approx(0.5, abs=0.01)
        audio.set_ambient("amb_wind", fade_ms=3000)
        assert first == [pygame.mixer.Channel(i).get_busy() for i in (0, 1)], "sea plays on"
        audio.wait_for_ambient()  # loaded: now the cross-fade starts
        assert all(pygame.mixer.Channel(i).get_busy() for i in (0, 1)), "old fades, new rises"
        audio.set_ambient("amb_wind")  # every tick asks again: nothing restarts
        audio.stop_ambient(fade_ms=0)
        assert audio.current_ambient is None
        assert not any(pygame.mixer.Channel(i).get_busy() for i in (0, 1))
        audio.play_sound("door")  # effects never land on the beds' channels
        assert not any(pygame.mixer.Channel(i).get_busy() for i in (0, 1))
    finally:
        audio.close()


def test_an_unknown_bed_is_silence_and_one_warning(caplog: pytest.LogCaptureFixture) -> None:
    audio = Audio(ASSETS)
    try:
        with caplog.at_level(logging.WARNING, logger="game.audio"):
            for _ in range(3):
                audio.set_ambient("amb_nowhere")
                audio.set_ambient(None)
        assert sum("amb_nowhere" in r.message for r in caplog.records) == 1
        assert not audio.has_ambient("amb_nowhere") and audio.has_ambient("amb_sea")
        assert not audio.has_ambient("../music/title")
    finally:
        audio.close()


# --- the setting -------------------------------------------------------------------------------
def test_ambient_volume_is_saved_loaded_and_clamped(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert Settings().ambient_volume == pytest.approx(0.7)
    save_settings(path, Settings(ambient_volume=0.25))
    settings, problems = load_settings(path)
    assert settings.ambient_volume == pytest.approx(0.25) and not problems
    path.write_text(json.dumps({"ambient_volume": 7}))
    assert load_settings(path)[0].ambient_volume == 1.0


# --- lint --------------------------------------------------------------------------------------
def test_lint_checks_the_maps_bed_and_footsteps(content, capsys, monkeypatch) -> None:
    (content / "assets" / "ambient").mkdir(parents=True)
    (content / "assets" / "ambient" / "amb_clock.ogg").write_bytes(b"")
    (content / "assets" / "sfx").mkdir(parents=True)
    (content / "assets" / "sfx" / "step_wood.wav").write_bytes(b"")
    map_property(content / "maps" / "room.tmx", "ambient", "amb_clok")
    map_property(content / "maps" / "hall.tmx", "steps", "marble")
    monkeypatch.chdir(content)
    lint.main(["--root", str(content)])
    out = capsys.readouterr().out
    assert "L016 unknown ambient bed `amb_clok` (did you mean `amb_clock`?)" in out
    assert "L017 unknown footstep family `marble`" in out and "families: wood" in out
    assert f"{Path('maps/room.tmx')}:4:1: L016" in out, out
