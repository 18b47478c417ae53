"""The engine pieces Chapter 4 brought: `repeat`, `approach`, keepsakes with `recall`, the end
credits on stillness and the finished title. Each plays on a small test map, headless."""

from __future__ import annotations

import textwrap

import pytest

from game.boot import build_context
from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.save.profile import Profile
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation
from game.story.commands.approach import FLAG, Section
from game.story.commands.keepsake import keepsakes
from game.story.commands.text import SETTLE_TICKS
from game.world.actor import SUB
from tests.mapkit import write_map

NONE = InputFrame()
CONFIRM = InputFrame(frozenset({Action.CONFIRM}), frozenset({Action.CONFIRM}))
DOWN = InputFrame(frozenset({Action.DOWN}), frozenset({Action.DOWN}))
RIGHT = InputFrame(frozenset({Action.RIGHT}))
LEFT = InputFrame(frozenset({Action.LEFT}))

FIELD = ["############"] + ["#..........#"] * 8 + ["############"]
FIELD_OBJECTS = [
    ("spawn", "start", 40, 40, 0, 0, {"facing": "up"}),
    ("look", "wire_1", 32, 16, 16, 16, {"scene": "wire", "keepsake": 1}),
    ("look", "wire_2", 64, 16, 16, 16, {"scene": "wire", "keepsake": 2}),
    ("point", "far", 152, 136, 0, 0, {}),
    ("point", "mid", 152, 112, 0, 0, {}),
    ("point", "near", 152, 88, 0, 0, {}),
    ("point", "view", 96, 96, 0, 0, {}),
]
ACTORS = "stranger: {name: Someone, sprite: girl_a}\nhero: {name: Kathy, sprite: hero}\n"
MEMORIES = """\
shell: {title: The shell, chapter: one, text: "A shell.", fence: "A shell in the wire.", fence_look: tin}
label: {title: The label, chapter: one, text: "A label."}
"""
ITEMS = """\
tape: {name: A tape, text: "A tape.", fence: "Tape, lifting.", fence_look: tape}
coin: {name: A coin, text: "A coin."}
"""


@pytest.fixture
def make(content, tmp_path):
    write_map(content / "maps" / "field.tmx", FIELD, FIELD_OBJECTS)
    d = content / "dialogue"
    (d / "actors.yaml").write_text(ACTORS)
    (d / "memories.yaml").write_text(MEMORIES)
    (d / "items.yaml").write_text(ITEMS)
    counter = [0]

    def build(*scenes):
        for text in scenes:
            counter[0] += 1
            (d / f"s{counter[0]}.yaml").write_text(textwrap.dedent(text))
        ctx = build_context(tmp_path / f"data{counter[0]}", headless=True, root=content, quiet=True)
        assert not ctx.content.problems, ctx.content.problems
        sim = Simulation(ctx, WorldScreen(Play(ctx, "field", "start")))
        for _ in range(20):
            sim.tick()
        return ctx, sim, sim.stack.top

    return build


def until_idle(sim, screen, limit=2000, frame=NONE):
    for n in range(limit):
        if screen.director.run is None:
            return n
        sim.tick(CONFIRM if screen.director.box is not None and n % 2 else frame)
    raise AssertionError("scene did not end")


def choose(sim, screen, index):
    """Answer the choice on screen with its option `index`."""
    for _ in range(200):
        if screen.director.choices:
            break
        sim.tick(CONFIRM if screen.director.box is not None else NONE)
        sim.tick()
    assert screen.director.choices, "no choice came"
    for _ in range(index):
        sim.tick(DOWN)
        sim.tick()
    for _ in range(SETTLE_TICKS):  # a choice takes no answer at once
        sim.tick()
    sim.tick(CONFIRM)
    sim.tick()


# -- repeat ------------------------------------------------------------------------------------------
LOOP = """\
scene: loop
steps:
  - repeat: "rounds < 3 and not stop"
    steps:
      - choice:
          - text: "Again"
            add: {rounds: 1}
          - text: "Stop"
            set: {stop: true}
  - set: {after: true}
"""


def test_repeat_goes_round_while_its_condition_holds(make):
    _, sim, screen = make(LOOP)
    screen.director.start("loop")
    for _ in range(3):
        choose(sim, screen, 0)
    until_idle(sim, screen)
    assert screen.state.flags["rounds"] == 3 and screen.state.flags["after"] is True


def test_repeat_ends_when_an_option_ends_it_and_never_stacks_frames(make):
    _, sim, screen = make(LOOP)
    screen.director.start("loop")
    choose(sim, screen, 0)
    depth = len(screen.director.run.frames)
    choose(sim, screen, 0)
    assert len(screen.director.run.frames) == depth  # a round reuses its frame
    choose(sim, screen, 1)
    until_idle(sim, screen)
    assert screen.state.flags == {"rounds": 2, "stop": True, "after": True}


def test_repeat_resumes_inside_the_loop_after_a_save(make):
    from game.save.savegame import resume_scene, scene_position

    ctx, sim, screen = make(LOOP)
    screen.director.start("loop")
    choose(sim, screen, 0)
    for _ in range(5):
        sim.tick()
    position = scene_position(screen.director.run)
    play = Play(ctx, "field", "start", screen.state)
    assert resume_scene(ctx, play, position) is None
    fresh = WorldScreen(play)
    sim2 = Simulation(ctx, fresh)
    choose(sim2, fresh, 0)
    choose(sim2, fresh, 0)
    until_idle(sim2, fresh)
    assert fresh.state.flags["rounds"] == 3 and fresh.state.flags["after"] is True


def test_a_repeat_that_never_waits_is_stopped_not_hung(make):
    ctx, sim, screen = make(
        'scene: spin\nsteps:\n  - repeat: "true"\n    steps:\n      - add: {n: 1}\n'
    )
    screen.director.start("spin")
    sim.tick()
    assert screen.director.run is None
    assert any("without waiting" in line for line in ctx.notices.lines)


# -- approach ----------------------------------------------------------------------------------------
APPROACH = """\
scene: begin
steps:
  - approach: {actor: stranger, path: [far, mid, near], speed: 16, settle: 10, look: view, arrive: arrived}
"""
ARRIVED = "scene: arrived\nsteps:\n  - set: {came: true}\n"


def stranger(screen):
    return screen.director.actor("stranger")


def test_someone_comes_nearer_only_while_she_stands_still(make):
    _, sim, screen = make(APPROACH, ARRIVED)
    screen.director.start("begin")
    sim.tick()
    who = stranger(screen)
    assert who is not None and (who.x, who.y) == (152 * SUB, 136 * SUB)
    for _ in range(20):
        sim.tick(RIGHT)  # walking: he waits
    assert (who.x, who.y) == (152 * SUB, 136 * SUB)
    for _ in range(9):
        sim.tick()  # still, but not yet for `settle` ticks
    assert who.y == 136 * SUB
    for _ in range(6):
        sim.tick()
    moved = 136 * SUB - who.y
    assert moved > 0
    sim.tick(LEFT)
    assert 136 * SUB - who.y == moved  # she moved: he stops at once
    for _ in range(200):
        sim.tick()
    assert screen.state.flags.get("came") is True and FLAG not in screen.state.flags
    assert (who.x, who.y) == (152 * SUB, 88 * SUB)


def test_the_section_is_kept_in_the_state_and_a_second_start_changes_nothing(make):
    _, sim, screen = make(APPROACH, ARRIVED)
    screen.director.start("begin")
    for _ in range(30):
        sim.tick()
    saved = screen.state.flags[FLAG]
    section = Section.parse(saved)
    assert (
        section is not None and section.points == ["far", "mid", "near"] and section.look == "view"
    )
    y = stranger(screen).y
    screen.director.start("begin")  # a trigger walked into again
    sim.tick(RIGHT)
    assert stranger(screen).y == y
    assert Section.parse(screen.state.flags[FLAG]).leg == section.leg


def test_the_camera_looks_out_while_she_is_near_and_follows_her_when_she_walks_off(make):
    _, sim, screen = make(APPROACH, ARRIVED)
    screen.director.start("begin")
    for _ in range(5):
        sim.tick()
    cam = screen.director.camera
    assert cam.mode in ("pan", "fixed") and cam.target == (96, 96)
    screen.world.player.x = 600 * SUB  # far from the look point (the map is small: move her)
    sim.tick(RIGHT)
    assert cam.mode in ("return", "follow")


# -- keepsakes ---------------------------------------------------------------------------------------
WIRE = 'scene: wire\nsteps:\n  - recall: {id: wire.1, text: "Only rubbish."}\n'


def test_keepsakes_are_memories_as_found_then_things_kept_with_a_fence_line(make):
    ctx, _sim, screen = make(WIRE)
    screen.state.memories = ["label", "shell"]
    screen.state.items = {"tape": 1, "coin": 1}
    hung = keepsakes(screen.state, ctx.content)
    assert [(k.kind, k.id, k.look) for k in hung] == [
        ("memory", "label", "paper"),  # no look of its own: paper
        ("memory", "shell", "tin"),
        ("item", "tape", "tape"),  # the coin has no fence line: it is not hung
    ]
    assert hung[0].line == "The label" and hung[1].line == "A shell in the wire."
    assert hung[1].line_id == "memory.shell.fence"


def test_recall_says_the_line_of_what_hangs_where_she_looks_or_its_own(make):
    _, sim, screen = make(WIRE)
    screen.state.memories = ["shell"]
    screen.world.player.facing = "up"  # wire_1 is just above her
    screen.director.start("wire")
    sim.tick()
    assert screen.director.box.text == "A shell in the wire."
    until_idle(sim, screen)
    screen.state.memories = []  # nothing of hers there now
    screen.director.start("wire")
    sim.tick()
    assert screen.director.box.text == "Only rubbish."


# -- the end ---------------------------------------------------------------------------------------
def test_the_credits_wait_for_stillness_then_roll_then_lead_to_a_finished_title(ctx):
    from game.screens.ending import EndCredits, mark_finished
    from game.screens.title import TitleScreen, title_picture

    ctx.profile = Profile()
    ctx.save_profile = lambda: None
    ctx.manifest.extra.update({"ending": {"still": 30}, "finished_backdrop": "title/closed.png"})
    assert title_picture(ctx) == "title/backdrop.png"
    sim = Simulation(ctx, EndCredits())
    screen = sim.stack.top
    assert ctx.profile.finished  # entering the end is finishing the game
    for _ in range(25):
        sim.tick()
    sim.tick(CONFIRM)  # a key: the white stays
    assert screen.phase == "white"
    for _ in range(31):
        sim.tick()
    assert screen.phase == "rolling"
    sim.tick(CONFIRM)
    assert screen.phase == "rolling"  # no leaving by accident while the names rise
    for _ in range(screen.rise_ticks + 300):
        sim.tick()
    assert screen.phase == "resting"
    sim.tick(CONFIRM)
    sim.tick()
    assert isinstance(sim.stack.top, TitleScreen)
    assert title_picture(ctx) == "title/closed.png"
    mark_finished(ctx)  # twice is once
    assert ctx.profile.extra == {"finished": True}


def test_only_the_last_chapter_ends_in_the_credits(ctx):
    from game.screens.card import EndCard
    from game.screens.ending import EndCredits, ending_screen

    ctx.content.chapters = {"one": {}, "two": {}}
    assert isinstance(ending_screen(ctx, "two"), EndCard)  # no `ending` in the manifest
    ctx.manifest.extra["ending"] = {"still": 10}
    assert isinstance(ending_screen(ctx, "one"), EndCard)  # the story simply stops there
    assert isinstance(ending_screen(ctx, "two"), EndCredits)


def test_chapter_select_counts_the_memories_of_each_chapter(make):
    from game.screens.menus.chapters import memory_count

    ctx, _sim, _screen = make(WIRE)
    assert memory_count(ctx, "one", {"shell"}) == "1/2"
    assert memory_count(ctx, "two", {"shell"}) == ""
