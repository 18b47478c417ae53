"""Talking and looking feel right: Z reaches the nearest thing in front, forgivingly; a prompt
says what Z will do, in the player's binding; people with nothing to say do not answer."""

from __future__ import annotations

import pygame

from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.screens.menus.rebind import assign
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation
from game.ui import worldprompt
from game.world.actor import SUB, Actor
from game.world.geometry import Rect
from game.world.mapdata import MapObject
from game.world.reach import front_region, pick
from game.world.world import World


def _world(ctx, px: int, py: int, facing: str) -> World:
    w = World(ctx.maps.get("room"), Actor.at_pixel("hero", "hero", px, py, facing))
    return w


def _obj(kind: str, name: str) -> MapObject:
    return MapObject(kind, name, Rect(0, 0, 16, 16), {}, 1)


def test_side_by_side_but_not_lined_up_still_talks(ctx):
    # The girl's feet are at (160, 32). Beside her, facing her, up to 8 px higher or lower.
    for dy in (-8, -5, 0, 5, 8):
        w = _world(ctx, 146, 32 + dy, "right")
        found = w.facing_target()
        assert found is not None and found[1] is w.actors["girl"], dy


def test_nearest_in_front_wins():
    box = Rect(0, 0, 10 * SUB, 6 * SUB)
    near = (_obj("look", "near"), None, Rect(12 * SUB, 0, 4 * SUB, 4 * SUB))
    far = (_obj("npc", "far"), None, Rect(22 * SUB, 0, 4 * SUB, 4 * SUB))
    assert pick(box, "right", [far, near])[0].name == "near"
    tie = (_obj("npc", "tie"), None, Rect(12 * SUB, 2 * SUB, 4 * SUB, 4 * SUB))
    assert pick(box, "right", [near, tie])[0].name == "tie"  # as near: the person first


def test_touching_answers_from_any_side():
    box = Rect(0, 0, 10 * SUB, 6 * SUB)
    behind = (_obj("npc", "behind"), None, Rect(-5 * SUB, 0, 4 * SUB, 6 * SUB))  # 1 px behind
    assert pick(box, "right", [behind])[0].name == "behind"
    away = (_obj("npc", "away"), None, Rect(-9 * SUB, 0, 4 * SUB, 6 * SUB))  # 5 px behind
    assert pick(box, "right", [away]) is None
    assert front_region(box, "up").bottom == box.y


def test_usable_skips_who_has_nothing_to_say(ctx):
    w = _world(ctx, 146, 32, "right")
    assert w.facing_target(lambda obj: obj.kind != "npc") is None
    assert w.facing_target(lambda obj: True)[1] is w.actors["girl"]


def _play_at(ctx, px: int, py: int, facing: str) -> tuple[Simulation, WorldScreen]:
    sim = Simulation(ctx, WorldScreen(Play(ctx, "room", "start")))
    screen = sim.stack.top
    for _ in range(30):  # let the door fade in
        sim.tick(InputFrame(frozenset()))
    screen.world.place_player(px, py, facing)
    return sim, screen


def test_prompt_names_who_z_talks_to_in_the_players_binding(ctx):
    _sim, screen = _play_at(ctx, 146, 32, "right")
    text, (x, _top) = worldprompt.prompt_text(screen.play, ctx)
    assert text == "Z Talk: Girl A" and x == 160
    bindings = ctx.settings.input_bindings()
    assert assign(bindings, "keys", Action.CONFIRM, 0, "return")[0]
    ctx.settings.bindings = bindings.to_data()
    assert worldprompt.prompt_text(screen.play, ctx)[0].startswith("Enter Talk")


def test_prompt_says_look_and_goes_away_with_nothing_in_reach(ctx):
    _sim, screen = _play_at(ctx, 72, 64, "right")
    assert worldprompt.prompt_text(screen.play, ctx)[0] == "Z Look"
    screen.world.place_player(40, 40, "up")
    assert worldprompt.prompt_text(screen.play, ctx) is None


def test_no_prompt_for_someone_whose_condition_fails(ctx):
    _sim, screen = _play_at(ctx, 146, 32, "right")
    girl = next(o for o in screen.world.map.of_kind("npc"))
    screen.world.map.objects.remove(girl)
    screen.world.map.objects.append(
        MapObject("npc", girl.name, girl.rect, {**girl.props, "condition": "never_set"}, 99)
    )
    assert screen.play.interaction() is None


def test_prompt_is_drawn_over_the_place(ctx):
    from game.paths import content_root
    from game.render.resources import Resources

    ctx.assets = Resources(content_root() / "assets", ctx.notices.report)  # the game's fonts
    _sim, screen = _play_at(ctx, 146, 32, "right")
    surface = pygame.Surface((480, 270))
    surface.fill((0, 0, 0))
    cam = screen.camera(surface.get_size())
    font = ctx.assets.font("small")
    _text, rect, _alpha = worldprompt.prompt_box(screen.play, ctx, font, cam, (480, 270))
    worldprompt.draw_prompt(surface, ctx, screen.play, cam)
    assert surface.get_at(rect.center)[:3] != (0, 0, 0)


def test_what_she_squarely_faces_beats_something_nearer_at_her_side():
    box = Rect(0, 0, 10 * SUB, 6 * SUB)
    ahead = (_obj("memory", "drawer"), None, Rect(0, -20 * SUB, 16 * SUB, 16 * SUB))  # 4 px up
    beside = (
        _obj("look", "case"),
        None,
        Rect(-16 * SUB, -10 * SUB, 16 * SUB, 32 * SUB),
    )  # touching
    assert pick(box, "up", [beside, ahead])[0].name == "drawer"


def test_everyone_standing_in_chapter_one_has_something_to_say(tmp_path):
    """Replaying the committed Chapter 1 input: whenever Kathy is the player's to walk, every
    person in sight answers Z (the map's npc with a scene for now, or their actors.yaml `talk`),
    except while she is sneaking past a watcher (nobody talks then)."""
    from pathlib import Path

    from game.boot import build_context
    from game.input.recording import frames_from_text
    from game.screens.title import TitleScreen

    root = Path(__file__).resolve().parents[1]
    ctx = build_context(tmp_path / "data", headless=True, root=root, quiet=True)
    sim = Simulation(ctx, TitleScreen())
    mute: set[tuple[str, str]] = set()
    frames = frames_from_text((root / "tests" / "data" / "chapter1.input").read_text("utf-8"))
    for n, frame in enumerate(frames):
        sim.tick(frame)
        play = getattr(sim.stack.top, "play", None)
        if n % 15 or play is None or not play.walking or play.director.sneak is not None:
            continue
        talkers = {id(c[1]) for c in play.talkers()}
        npcs = {o.name: o for o in play.world.map.of_kind("npc")}
        for name, actor in play.world.actors.items():
            obj = npcs.get(name)
            if (
                actor.visible
                and not (obj is not None and play.usable(obj))
                and id(actor) not in talkers
            ):
                mute.add((play.world.map.name, name))
    assert not mute, sorted(mute)
