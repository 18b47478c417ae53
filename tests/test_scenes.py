"""Scenes played headless from input frames: lines shown, choices offered, flags set, the backlog."""

import textwrap

import pytest

from game.boot import build_context
from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation
from game.story.loader import read_scene_text

SAMPLE = """
scene: talk_girl
beat: x01
chapter: test
steps:
  - title: {text: "A Room, 1978", ticks: 40}
  - say: {who: girl, id: t.girl.1, text: "You came back."}
  - narrate: {id: t.narrate.1, text: "I had, though I could not have said why."}
  - choice:
      - text: "Say sorry"
        id: t.choice.sorry
        set: {was_kind: true}
        then:
          - say: {who: girl, id: t.girl.2, text: "That's all right."}
      - text: "Say nothing"
        id: t.choice.nothing
        add: {coldness: 1}
      - text: "A hidden answer"
        id: t.choice.hidden
        if: "coldness > 5"
  - give: {item: tokens, count: 3}
  - take: {item: tokens}
  - if: "was_kind and count(\\"tokens\\") == 2"
    then:
      - say: {who: girl, id: t.girl.3, text: "Keep the tokens."}
      - memory: the_marble
    else:
      - say: {who: girl, id: t.girl.4, text: "Go on, then."}
  - walk: {actor: girl, to: corner}
  - call: small_talk
  - say: {who: girl, id: t.girl.5, text: "Bye."}
"""

SMALL = """
scene: small_talk
steps:
  - narrate: {id: s.1, text: "We talked about nothing much."}
"""

ACTORS = """
girl: {name: Polly, sprite: girl_a, color: "#c8a0d0"}
hero: {name: Kathy, sprite: hero}
"""

MEMORIES = """
the_marble: {title: "A blue marble", chapter: test}
"""


@pytest.fixture
def story(content, tmp_path):
    d = content / "dialogue"
    (d / "test").mkdir()
    (d / "test" / "talk.yaml").write_text(SAMPLE)
    (d / "test" / "small.yaml").write_text(SMALL)
    (d / "actors.yaml").write_text(ACTORS)
    (d / "memories.yaml").write_text(MEMORIES)
    (d / "items.yaml").write_text("tokens: {name: Tokens}\n")
    return build_context(tmp_path / "data", headless=True, root=content, quiet=True)


def press(*actions):
    return InputFrame(frozenset(actions), frozenset(actions))


NONE = InputFrame()


def start(ctx):
    sim = Simulation(ctx, WorldScreen(Play(ctx, "room", "start")))
    screen = sim.stack.top
    assert screen.director.start("talk_girl")
    return sim, screen, screen.director


def until(sim, predicate, limit=600, frame=NONE):
    for _ in range(limit):
        if predicate():
            return
        sim.tick(frame)
    raise AssertionError("condition never reached")


def settle(sim, director):
    """Wait out the moment a choice takes no answer (tests/test_scenes: a quick tap never picks)."""
    from game.story.commands.text import SETTLE_TICKS

    until(sim, lambda: director.choices is not None)
    for _ in range(SETTLE_TICKS):
        sim.tick(NONE)


def read_line(sim, director):
    """Wait for a line, finish it and dismiss it; returns its text."""
    until(sim, lambda: director.box is not None)
    text = director.box.text
    sim.tick(press(Action.CONFIRM))  # completes the typewriter
    assert director.box is not None and director.box.complete
    sim.tick(NONE)
    sim.tick(press(Action.CONFIRM))  # advances
    return text


def test_sample_scene_plays_with_choices_flags_and_backlog(story):
    assert not story.notices.lines, story.notices.lines
    sim, screen, director = start(story)
    until(sim, lambda: director.card is not None)
    assert director.card.text == "A Room, 1978"
    assert read_line(sim, director) == "You came back."
    assert director.box is None or director.box.line_id != "t.girl.1"
    assert read_line(sim, director).startswith("I had")
    settle(sim, director)
    assert [o.id for o in director.choices] == [
        "t.choice.sorry",
        "t.choice.nothing",
    ]  # hidden one filtered
    sim.tick(press(Action.CONFIRM))
    assert screen.state.flags["was_kind"] is True
    assert read_line(sim, director) == "That's all right."
    assert read_line(sim, director) == "Keep the tokens."
    until(sim, lambda: "the_marble" in screen.state.memories)
    assert screen.state.items == {"tokens": 2}
    until(sim, lambda: director.walkers == {} and director.box is not None, limit=900)
    girl = screen.world.actors["girl"]
    assert (girl.x // 16, girl.y // 16) == (170, 30)
    assert read_line(sim, director) == "We talked about nothing much."
    assert read_line(sim, director) == "Bye."
    until(sim, lambda: director.run is None)
    names = [(e[1], e[2]) for e in screen.state.backlog]
    assert names[0] == ("Polly", "You came back.")
    assert ("", "\u2192 Say sorry") in names
    assert screen.state.visited == ["talk_girl", "small_talk"]
    assert story.seen.has("t.girl.1") and story.seen.has("t.choice.sorry")


def test_other_choice_sets_a_counter_and_takes_the_else(story):
    sim, screen, director = start(story)
    read_line(sim, director)
    read_line(sim, director)
    settle(sim, director)
    sim.tick(press(Action.DOWN))
    sim.tick(press(Action.CONFIRM))
    assert screen.state.flags == {"coldness": 1}
    assert read_line(sim, director) == "Go on, then."


def test_player_cannot_walk_during_a_scene(story):
    sim, screen, _director = start(story)
    x = screen.world.player.x
    for _ in range(30):
        sim.tick(InputFrame(frozenset({Action.RIGHT})))
    assert screen.world.player.x == x


def test_skip_fast_forwards_seen_lines_only_and_stops_at_choices(story):
    sim, _screen, director = start(story)
    story.seen.add("t.girl.1")
    skip = InputFrame(frozenset({Action.SKIP}))
    until(
        sim,
        lambda: director.box is not None and director.box.line_id == "t.narrate.1",
        frame=skip,
        limit=200,
    )
    # an unseen line stops the skip: it waits for the player
    for _ in range(30):
        sim.tick(skip)
    assert director.box is not None and director.box.line_id == "t.narrate.1"
    story.settings.skip_all = True
    until(sim, lambda: director.choices is not None, frame=skip, limit=60)
    for _ in range(20):
        sim.tick(skip)
    assert director.choices is not None  # choices are never skipped


def test_auto_advance(story):
    sim, _screen, director = start(story)
    director.auto = True
    until(
        sim, lambda: director.box is not None and director.box.line_id == "t.narrate.1", limit=400
    )


def test_npc_interaction_starts_its_scene(story):
    sim = Simulation(story, WorldScreen(Play(story, "room", "start")))
    screen = sim.stack.top
    screen.world.place_player(146, 32, "right")
    sim.tick(press(Action.CONFIRM))
    assert screen.director.run is not None and screen.director.run.scene.id == "talk_girl"
    assert screen.world.actors["girl"].facing == "left"


def test_scene_problems_are_reported_with_file_line_and_column():
    text = textwrap.dedent(
        """\
        scene: broken
        steps:
          - sya: {who: girl, text: "Hi"}
          - say: {who: girl, txt: "Hi"}
          - say: {who: girl, text: no}
          - if: "was_kind and"
            then: []
          - wait: soon
        """
    )
    _scene, problems = read_scene_text(text, "broken.yaml")
    got = [p.format("broken.yaml") for p in problems]
    assert any(
        g.startswith("broken.yaml:3:5: S001 unknown command `sya` (did you mean `say`?)")
        for g in got
    ), got
    assert any(
        g.startswith("broken.yaml:4:22: S006") and "did you mean `text`" in g for g in got
    ), got
    assert any(g.startswith("broken.yaml:4:5: S007 `say` needs `text`") for g in got), got
    assert any(g.startswith("broken.yaml:5:28: Y010") for g in got), got
    assert any(g.startswith("broken.yaml:6:") and "E001" in g for g in got), got
    assert any(g.startswith("broken.yaml:8:11: S011") for g in got), got


def test_broken_scene_is_left_out_and_the_game_goes_on(content, tmp_path):
    d = content / "dialogue"
    (d / "bad.yaml").write_text("scene: bad\nsteps:\n  - say: {who: x, text: 'a'\n")
    (d / "good.yaml").write_text("scene: good\nsteps:\n  - narrate: {text: fine}\n")
    ctx = build_context(tmp_path / "data", headless=True, root=content, quiet=True)
    assert "good" in ctx.content.scenes and "bad" not in ctx.content.scenes
    assert any(line.startswith(str(d / "bad.yaml") + ":") for line in ctx.notices.lines)


def test_unknown_flag_in_a_condition_is_caught_at_load(content, tmp_path):
    d = content / "dialogue"
    (d / "c.yaml").write_text('scene: c\nsteps:\n  - if: "told_lucyy"\n    then: []\n')
    (d / "s.yaml").write_text("scene: s\nsteps:\n  - set: {told_lucy: true}\n")
    ctx = build_context(tmp_path / "data", headless=True, root=content, quiet=True)
    assert any(":3:10: E002" in line and "told_lucyy" in line for line in ctx.content.problems), (
        ctx.content.problems
    )


SNEAK = """
scene: creep
steps:
  - sneak: {watchers: [girl], look: [left, down], every: 60, range: 64, caught: seen_by_girl}
"""
CAUGHT = """
scene: seen_by_girl
steps:
  - set: {was_caught: true}
  - say: {who: girl, id: c.1, text: "Back to bed, you."}
"""
SALE = """
scene: sale
steps:
  - give: {item: tokens, count: 3}
  - shop:
      currency: tokens
      items:
        - {item: scarf, price: 2}
        - {item: horse, price: 2}
        - {item: pencil, price: 1}
  - if: "has(\\"scarf\\") and has(\\"pencil\\")"
    then:
      - set: {bought_both: true}
"""


@pytest.fixture
def play(content, tmp_path):
    d = content / "dialogue"
    (d / "creep.yaml").write_text(SNEAK)
    (d / "caught.yaml").write_text(CAUGHT)
    (d / "sale.yaml").write_text(SALE)
    (d / "actors.yaml").write_text(ACTORS)
    (d / "items.yaml").write_text(
        "tokens: {name: Tokens}\nscarf: {name: Scarf}\nhorse: {name: Horse}\npencil: {name: Pencil}\n"
    )
    return build_context(tmp_path / "data", headless=True, root=content, quiet=True)


def test_sneaking_unseen_and_then_seen(play):
    assert not play.notices.lines, play.notices.lines
    sim = Simulation(play, WorldScreen(Play(play, "room", "start")))
    screen = sim.stack.top
    director = screen.director
    screen.world.place_player(40, 40, "down")  # far to the left of the girl, out of her sight
    director.start("creep")
    for _ in range(50):
        sim.tick(NONE)
    assert director.sneak is not None and director.run is None  # the player has control
    assert screen.world.actors["girl"].facing == "left"
    # walk right along the top row into her line of sight
    until(
        sim,
        lambda: director.run is not None,
        frame=InputFrame(frozenset({Action.RIGHT})),
        limit=200,
    )
    assert director.run.scene.id == "seen_by_girl" and director.sneak is None
    assert read_line(sim, director) == "Back to bed, you."
    assert screen.state.flags["was_caught"] is True


def test_shop_spends_tokens_once_per_item(play):
    sim = Simulation(play, WorldScreen(Play(play, "room", "start")))
    screen = sim.stack.top
    director = screen.director
    director.start("sale")
    until(sim, lambda: director.shop is not None)
    sim.tick(press(Action.CONFIRM))  # scarf (2)
    sim.tick(press(Action.CONFIRM))  # scarf again: already hers, nothing happens
    assert screen.state.items == {"tokens": 1, "scarf": 1}
    sim.tick(press(Action.DOWN))
    sim.tick(press(Action.CONFIRM))  # horse (2): cannot afford
    assert "horse" not in screen.state.items
    sim.tick(press(Action.DOWN))
    sim.tick(press(Action.CONFIRM))  # pencil (1)
    assert screen.state.items == {"scarf": 1, "pencil": 1}
    sim.tick(press(Action.CANCEL))
    until(sim, lambda: director.run is None)
    assert screen.state.flags["bought_both"] is True
    assert [e[2] for e in screen.state.backlog] == ["\u2192 Scarf", "\u2192 Pencil"]


def test_a_watchers_view_is_a_cone_that_widens_with_distance():
    from game.story.commands.play import sees
    from game.world.actor import SUB, Actor

    watcher = Actor.at_pixel("w", "w", 100, 100, "right")

    def at(px, py):
        return Actor.at_pixel("p", "p", px, py).box()

    assert sees(watcher, 120, at(120, 100))  # straight ahead
    assert not sees(watcher, 120, at(120, 140))  # close, but well to the side
    assert sees(watcher, 120, at(210, 140))  # further on, the view has widened to her
    assert not sees(watcher, 120, at(240, 100))  # beyond the range
    assert not sees(watcher, 120, at(80, 100))  # behind her
    watcher.facing = "up"
    assert sees(watcher, 120, at(100, 40)) and not sees(watcher, 120, at(210, 140))
    assert SUB == 16


def test_a_choice_takes_no_answer_until_it_has_been_seen(story):
    """Tapping Confirm through the line before a choice does not pick its first option: the
    choice settles for a quarter of a second first, while the cursor can already move."""
    from game.story.commands.text import SETTLE_TICKS

    sim, screen, director = start(story)
    read_line(sim, director)
    read_line(sim, director)
    until(sim, lambda: director.choices is not None)
    for _ in range(SETTLE_TICKS - 1):
        sim.tick(press(Action.CONFIRM))
    assert director.choices is not None and "was_kind" not in screen.state.flags
    sim.tick(press(Action.DOWN))
    sim.tick(NONE)
    sim.tick(press(Action.CONFIRM))
    assert director.choices is None and screen.state.flags.get("coldness") == 1
