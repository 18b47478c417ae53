"""A world that matches the words: weather and light as scene commands and map properties, drawn
deterministically from the tick, lamps and windows that give light, and the content that uses them."""

from __future__ import annotations

import inspect
import textwrap
from pathlib import Path

import pygame
import pytest

from game.boot import build_context
from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.render import light, weather
from game.render.light import LightLayer
from game.render.weather import draw_weather, draw_weather_in, window_panes
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation
from game.story.commands.weather import tint_now, weather_now
from game.world.mapdata import load_map
from tests.test_commands import make, run  # noqa: F401  (the fixture)

ROOT = Path(__file__).resolve().parents[1]


def test_weather_command_lasts_on_its_map_and_stops_at_the_door(make):  # noqa: F811
    _, sim, screen = make(
        "scene: w\nsteps:\n  - weather: {kind: rain, strength: 3}\n",
        "scene: back\nsteps:\n  - weather: {map: true}\n",
    )
    run(sim, screen, "w")
    assert weather_now(screen.state, screen.world) == ("rain", 3)
    run(sim, screen, "back")
    assert weather_now(screen.state, screen.world) == ("none", 2)
    run(sim, screen, "w")
    screen.world.place_player(96, 96, "down")
    for _ in range(120):  # down through the door into the hall
        sim.tick(InputFrame(frozenset({Action.DOWN})))
        if screen.world.map.name == "hall":
            break
    for _ in range(5):
        sim.tick()
    assert screen.world.map.name == "hall"
    assert "_weather" not in screen.state.flags
    assert weather_now(screen.state, screen.world)[0] == "none"


def test_a_map_names_its_own_weather_and_light(make):  # noqa: F811
    _, sim, screen = make(
        "scene: n\nsteps:\n  - tint: night\n", "scene: d\nsteps:\n  - tint: none\n"
    )
    props = screen.world.map.props
    props.update(weather="snow", weather_strength=1, light="dim")
    assert weather_now(screen.state, screen.world) == ("snow", 1)
    assert tint_now(screen.state, screen.world) == "dim"
    run(sim, screen, "n")
    assert tint_now(screen.state, screen.world) == "night"  # a scene's tint wins
    run(sim, screen, "d")
    assert tint_now(screen.state, screen.world) == "dim"  # and `none` gives the place back its own
    props["light"] = "day"
    assert tint_now(screen.state, screen.world) == "none"


def test_weather_needs_a_kind_or_map(content, tmp_path):
    (content / "dialogue" / "bad.yaml").write_text(
        textwrap.dedent(
            """\
            scene: bad
            steps:
              - weather: {strength: 2}
              - weather: {kind: hail}
            """
        )
    )
    ctx = build_context(tmp_path / "d", headless=True, root=content, quiet=True)
    problems = " ".join(ctx.content.problems)
    assert "S007" in problems and "hail" in problems


def _draw(kind: str, tick: int, strength: int = 2) -> bytes:
    surface = pygame.Surface((160, 90))
    surface.fill((40, 60, 40))
    draw_weather(surface, kind, strength, tick, (12, 30))
    return pygame.image.tobytes(surface, "RGB")


@pytest.mark.parametrize("kind", ["drizzle", "rain", "snow", "wind"])
def test_weather_is_drawn_from_the_tick_alone(kind):
    blank = pygame.Surface((160, 90))
    blank.fill((40, 60, 40))
    assert _draw(kind, 100) == _draw(kind, 100)  # the same tick, the same picture
    assert _draw(kind, 100) != _draw(kind, 140)  # and it moves
    assert _draw(kind, 100) != pygame.image.tobytes(blank, "RGB")
    assert _draw("none", 100) == pygame.image.tobytes(blank, "RGB")


def test_weather_and_light_keep_no_random_state():
    for module in (weather, light):
        source = inspect.getsource(module)
        assert "import random" not in source and "from random" not in source


def test_rain_seen_from_a_room_falls_only_on_the_glass():
    data = load_map(ROOT / "maps" / "classroom.tmx")
    panes = window_panes(data.lights)
    assert panes, "the classroom has windows"
    surface = pygame.Surface((480, 270))
    surface.fill((200, 200, 200))
    before = surface.copy()
    draw_weather_in(surface, "rain", 2, 50, (0, 0), panes)
    changed = [
        (x, y)
        for x in range(0, 480, 1)
        for y in range(0, 270, 1)
        if surface.get_at((x, y)) != before.get_at((x, y))
    ]
    assert changed
    assert all(any(p.collidepoint(x, y) for p in panes) for x, y in changed)


def test_the_tilesets_give_lamps_and_windows_their_light():
    grounds = load_map(ROOT / "maps" / "hailsham_grounds.tmx")
    kinds = {k for k, *_ in grounds.lights}
    assert {"lamp", "pane"} <= kinds
    classroom = load_map(ROOT / "maps" / "classroom.tmx")
    assert {k for k, *_ in classroom.lights} == {"window", "lamp"}  # h08: "the lamps were on"


def _lit(tint: str, lights, cam=(0, 0)) -> pygame.Surface:
    surface = pygame.Surface((200, 120))
    surface.fill((200, 200, 200))
    LightLayer().draw(surface, tint, lights, cam, "test", (200, 120))
    return surface


def test_a_lamp_lights_the_night_round_it():
    lamp = [("lamp", 92, 40, 1, 2)]  # its head at (100, 48)
    night = _lit("night", lamp)
    dark = _lit("night", [])
    assert sum(night.get_at((100, 52))[:3]) > sum(dark.get_at((100, 52))[:3]) + 100
    assert night.get_at((5, 115)) == dark.get_at((5, 115))  # far away: night as before
    assert _lit("none", lamp).get_at((100, 52))[:3] == (200, 200, 200)  # daylight: nothing drawn


def test_a_window_throws_daylight_on_a_dim_floor_not_at_night():
    window = [("window", 92, 0, 1, 2)]  # a patch on the floor at (100, 46)
    dim, plain = _lit("dim", window), _lit("dim", [])
    assert sum(dim.get_at((100, 46))[:3]) > sum(plain.get_at((100, 46))[:3])
    assert _lit("night", window).get_at((100, 46)) == _lit("night", []).get_at((100, 46))


def test_the_rain_lesson_shows_rain_and_a_dim_room():
    text = (ROOT / "dialogue" / "hailsham" / "h14_lesson.yaml").read_text(encoding="utf-8")
    assert "weather: rain" in text and "tint: dim" in text and "amb_rain_window" in text
    assert "It was raining" in text


def test_the_places_the_words_call_dim_or_windy_are():
    corridor = load_map(ROOT / "maps" / "guardians_corridor.tmx")
    assert corridor.props.get("light") == "dim"  # "The long corridor was dim"
    assert load_map(ROOT / "maps" / "hospital_corridor.tmx").props.get("light") == "dim"
    assert load_map(ROOT / "maps" / "fence_field.tmx").props.get("weather") == "wind"
    assert load_map(ROOT / "maps" / "town_promenade.tmx").props.get("weather") == "wind"


def test_the_world_screen_draws_weather_and_light(tmp_path):
    from game.render.resources import Resources

    ctx = build_context(tmp_path / "d", headless=False, root=ROOT, quiet=True)
    ctx.assets = Resources(ROOT / "assets", ctx.notices.report)
    play = Play(ctx, "hailsham_grounds", "from_hall")
    screen = WorldScreen(play)
    sim = Simulation(ctx, screen)
    for _ in range(30):
        sim.tick()
    day = pygame.Surface((480, 270))
    screen.draw_place(day, ctx)
    play.state.flags.update(_tint="night", _weather="rain", _weather_map="hailsham_grounds")
    night = pygame.Surface((480, 270))
    screen.draw_place(night, ctx)
    assert pygame.image.tobytes(day, "RGB") != pygame.image.tobytes(night, "RGB")
    again = pygame.Surface((480, 270))
    screen.draw_place(again, ctx)
    assert pygame.image.tobytes(night, "RGB") == pygame.image.tobytes(again, "RGB")
