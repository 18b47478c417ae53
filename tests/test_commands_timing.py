"""cue_press, wait_still and picture: the commands Chapter 2 brought, played headless on the test map."""

from __future__ import annotations

import pygame

from game.input.actions import Action, InputFrame
from game.render.resources import Resources
from game.ui import overlays
from tests import test_commands as base
from tests.test_commands import CONFIRM, NONE, run

make = base.make  # the fixture that builds a tiny game on the test map

RIGHT = InputFrame(frozenset({Action.RIGHT}), frozenset({Action.RIGHT}))

CUES = """\
scene: laugh
steps:
  - set: {joined: 0, early: 0, late: 0}
  - cue_press:
      cues: [30, 100]
      length: 160
      window: 20
      lag: 5
      actors: [girl]
      prompt: "laugh along"
      joined: joined
      early: early
      late: late
"""

GIRL_MAP_SCENE = """\
scene: girl_here
steps:
  - show: {actor: girl, at: corner}
"""


def press_at(sim, ticks: dict[int, InputFrame], length: int, screen) -> list[list]:
    """Tick through a cue section, pressing on the given ticks; returns the emotes seen."""
    seen = []
    for t in range(length + 5):
        sim.tick(ticks.get(t, NONE))
        seen.append(sorted(screen.director.emotes))
        if screen.director.run is None:
            break
    return seen


def test_cue_press_counts_joined_early_and_lateness(make):
    _, sim, screen = make(CUES, GIRL_MAP_SCENE)
    run(sim, screen, "girl_here")
    assert screen.director.start("laugh")
    sim.tick()  # the `set`, and the cue section begins
    assert screen.state.flags["_prompt"] == "laugh along"
    # one press into the silence (tick 10), one 8 ticks after the first cue, none for the second
    press_at(sim, {10: CONFIRM, 38: CONFIRM}, 170, screen)
    flags = screen.state.flags
    assert (flags["joined"], flags["early"], flags["late"]) == (1, 1, 8)
    assert "_prompt" not in flags


def test_cue_press_shows_the_others_then_the_player_a_beat_behind(make):
    _, sim, screen = make(CUES, GIRL_MAP_SCENE)
    run(sim, screen, "girl_here")
    screen.director.start("laugh")
    sim.tick()
    seen = press_at(sim, {31: CONFIRM}, 170, screen)
    first_girl = next(t for t, e in enumerate(seen) if "girl" in e)
    me = screen.world.player.id
    first_kathy = next(t for t, e in enumerate(seen) if me in e)
    assert first_kathy > first_girl  # she laughs, then Kathy does: never the other way round
    assert screen.state.flags["joined"] == 1


def test_cue_press_a_press_joins_a_cue_only_once(make):
    _, sim, screen = make(CUES, GIRL_MAP_SCENE)
    screen.director.start("laugh")
    sim.tick()
    press_at(sim, {32: CONFIRM, 36: CONFIRM, 44: CONFIRM}, 170, screen)
    assert (screen.state.flags["joined"], screen.state.flags["early"]) == (1, 2)


def test_wait_still_needs_stillness_and_starts_again_on_input(make):
    _, sim, screen = make(
        "scene: still\nsteps:\n  - set: {fidgets: 0}\n"
        "  - wait_still: {ticks: 50, fidgets: fidgets}\n  - set: {done: true}\n"
    )
    screen.director.start("still")
    for t in range(40):
        sim.tick(RIGHT if t in (10, 30) else NONE)
    assert screen.director.run is not None  # broken twice: still waiting
    for _ in range(38):  # 9 quiet ticks after the last press, and 38 more: 47 of the 50
        sim.tick()
    assert screen.director.run is not None
    for _ in range(5):
        sim.tick()
    assert screen.state.flags.get("done") is True and screen.state.flags["fidgets"] == 2


def test_wait_still_gives_up_at_the_limit(make):
    _, sim, screen = make("scene: still\nsteps:\n  - wait_still: {ticks: 50, limit: 80}\n")
    screen.director.start("still")
    for _ in range(85):
        sim.tick(CONFIRM)
    assert screen.director.run is None


def test_wait_still_is_not_hurried_by_skip_nor_broken_by_it(make):
    skip = InputFrame(frozenset({Action.SKIP}))
    _, sim, screen = make("scene: still\nsteps:\n  - wait_still: 30\n")
    screen.director.start("still")
    for _ in range(25):
        sim.tick(skip)  # holding Skip: still, and no faster
    assert screen.director.run is not None
    for _ in range(10):
        sim.tick(skip)
    assert screen.director.run is None


def test_picture_shows_until_hidden_and_is_drawn_above_the_box(make, content):
    pictures = content / "assets" / "pictures"
    pictures.mkdir(parents=True, exist_ok=True)
    image = pygame.Surface((40, 30))
    image.fill((200, 10, 10))
    pygame.image.save(image, str(pictures / "red.png"))
    ctx, sim, screen = make(
        "scene: pic\nsteps:\n  - picture: red\n  - wait: 5\n  - picture: {hide: true}\n"
    )
    screen.director.start("pic")
    sim.tick()
    assert screen.state.flags["_picture"] == "red"
    ctx.assets = Resources(content / "assets", ctx.notices.report)
    canvas = pygame.Surface((480, 270))
    overlays.draw_overlays(canvas, ctx, screen.state.flags)
    assert canvas.get_at((240, 90))[:3] == (200, 10, 10)
    assert canvas.get_at((240, 230))[:3] != (200, 10, 10)  # the text box stays clear
    for _ in range(10):
        sim.tick()
    assert "_picture" not in screen.state.flags


def test_prompt_names_the_bound_confirm_key(make):
    ctx, _sim, _screen = make("scene: x\nsteps: []\n")
    assert overlays.confirm_key(ctx) == "Z"
