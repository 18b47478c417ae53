"""The menus as a player meets them (issue 17's UI list): Esc pauses, prompts name the player's own
keys, panels hide what they cover, cards say they wait, autosaves are the story's own, memories
say where to look. The window itself: tests/test_window.py."""

from __future__ import annotations

import os
import re
import textwrap
from pathlib import Path

import pygame
import pytest

from game.boot import build_context
from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.screens.menus.pause import PauseScreen
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation

NONE = InputFrame()


def press(*actions: Action) -> InputFrame:
    return InputFrame(frozenset(actions), frozenset(actions))


def run(sim: Simulation, frames=(), ticks: int = 0) -> None:
    for f in frames:
        sim.tick(f)
    for _ in range(ticks):
        sim.tick()


@pytest.fixture
def world(content, tmp_path):
    """A play in the test room with one scene to talk in, faded in and free to walk."""
    d = content / "dialogue"
    (d / "talk.yaml").write_text(
        textwrap.dedent(
            """\
            scene: talk_girl
            steps:
              - say: {who: girl, text: "Hello."}
              - say: {who: girl, text: "Goodbye."}
            """
        )
    )
    (d / "actors.yaml").write_text("girl: {name: Polly, sprite: girl_a}\n")
    ctx = build_context(tmp_path / "data", headless=True, root=content, quiet=True)
    sim = Simulation(ctx, WorldScreen(Play(ctx, "room", "start")))
    run(sim, ticks=20)
    return ctx, sim


# -- Esc opens the pause menu while walking ------------------------------------------------------------
def test_cancel_opens_the_pause_menu_while_she_walks_and_closes_it_again(world):
    _ctx, sim = world
    screen = sim.stack.top
    run(sim, [press(Action.CANCEL)])
    assert isinstance(sim.stack.top, PauseScreen)
    run(sim, [press(Action.CANCEL)])
    assert sim.stack.top is screen
    run(sim, [press(Action.MENU)])  # Tab and P still do
    assert isinstance(sim.stack.top, PauseScreen)


def test_cancel_in_a_scene_keeps_its_meaning_and_opens_nothing(world):
    _ctx, sim = world
    screen = sim.stack.top
    assert screen.director.start("talk_girl")
    run(sim, ticks=2)
    run(sim, [press(Action.CANCEL)], 2)
    assert sim.stack.top is screen and screen.director.run is not None
    screen.play.begin_warp("hall", "from_room", door=True)  # walking through a door
    run(sim, [press(Action.CANCEL)])
    assert sim.stack.top is screen


# -- prompts in the player's own bindings ------------------------------------------------------------
def menus_with_hints(ctx, sim):
    from game.screens.backlog import BacklogScreen
    from game.screens.menus.chapters import ChapterSelectScreen
    from game.screens.menus.memories import MemoriesScreen
    from game.screens.menus.rebind import RebindScreen
    from game.screens.menus.settings import SettingsScreen
    from game.screens.menus.slots import SlotScreen
    from game.screens.menus.text_entry import TextEntryScreen
    from game.screens.title import TitleScreen

    play = sim.stack.top.play
    return [
        PauseScreen(play),
        SlotScreen("load"),
        SettingsScreen(),
        RebindScreen("keys"),
        ChapterSelectScreen([], lambda c, i: None),
        MemoriesScreen([]),
        TitleScreen(),
        BacklogScreen(play.state),
        TextEntryScreen("Port", "1", lambda c, t: None, alphabet="0123456789", limit=5),
    ]


def test_every_prompt_names_the_keys_as_bound(world):
    from game.screens.menus.rebind import assign

    ctx, sim = world
    screens = menus_with_hints(ctx, sim)
    assert PauseScreen(sim.stack.top.play).hint(ctx).startswith("Z choose   X / Tab resume")
    bindings = ctx.settings.input_bindings()
    _changed, message = assign(bindings, "keys", Action.AUTO, 0, "x")
    assert message == "X moved from Cancel to Auto; Cancel now uses V."
    ctx.settings.bindings = bindings.to_data()
    assert assign(bindings, "keys", Action.CONFIRM, 0, "return")[0]  # Enter first, Z second
    ctx.settings.bindings = bindings.to_data()
    for screen in screens:
        words = screen.hint(ctx).split()
        assert "X" not in words, (type(screen).__name__, screen.hint(ctx))
        assert "Z" not in words, (type(screen).__name__, screen.hint(ctx))
    assert PauseScreen(sim.stack.top.play).hint(ctx).startswith("Enter choose   V / Tab resume")
    assert screens[1].hint(ctx).startswith("Enter choose   Right delete   V back")


def test_prompts_name_gamepad_buttons_after_the_pad_was_used(world):
    from types import SimpleNamespace

    from game.ui import overlays, prompts

    ctx, sim = world
    ctx.devices = SimpleNamespace(last_device="pad", raw=[])
    assert PauseScreen(sim.stack.top.play).hint(ctx) == "A choose   B / Start resume"
    assert overlays.confirm_key(ctx) == "A"
    assert prompts.arrows(ctx, Action.UP, Action.DOWN) == "D-pad"
    assert prompts.key(ctx, Action.QUICKSAVE) == "F5"  # nothing on the pad: its key
    for screen in menus_with_hints(ctx, sim):
        words = screen.hint(ctx).split()
        assert "mouse" not in words and "Z" not in words, (type(screen).__name__, words)
    ctx.devices.last_device = "key"
    assert overlays.confirm_key(ctx) == "Z"


# -- modal panels hide what they cover --------------------------------------------------------------
@pytest.fixture
def drawing(world):
    from game.paths import content_root
    from game.render.resources import Resources

    ctx, sim = world
    ctx.assets = Resources(Path(content_root()) / "assets", ctx.notices.report)
    return ctx, sim


def modal_panels(ctx, sim):
    """Each screen that can open over another menu, and the panel it draws."""
    from game.screens import backlog
    from game.screens.menus import memories, rebind, settings, slots
    from game.screens.menus.confirm import ConfirmScreen
    from game.screens.menus.text_entry import PANEL as ENTRY
    from game.screens.menus.text_entry import TextEntryScreen

    play = sim.stack.top.play
    confirm = ConfirmScreen(
        "Reset all keys to the defaults?", lambda c: None, detail="All of them."
    )
    return [
        (backlog.BacklogScreen(play.state), backlog.PANEL),
        (confirm, confirm.box()),
        (settings.SettingsScreen(), settings.PANEL),
        (rebind.RebindScreen("keys"), rebind.PANEL),
        (slots.SlotScreen("load"), slots.PANEL),
        (memories.MemoriesScreen([]), memories.PANEL),
        (TextEntryScreen("Port", "1", lambda c, t: None, alphabet="0", limit=5), ENTRY),
    ]


def test_a_modal_panel_shows_nothing_of_the_menu_beneath(drawing):
    ctx, sim = drawing
    for screen, panel in modal_panels(ctx, sim):
        sim.stack.push(screen)
        sim.stack.apply()
        pictures = []
        for below in ((0, 0, 0), (255, 255, 255)):  # what the menu beneath shows, at its extremes
            surface = pygame.Surface((480, 270))
            surface.fill(below)
            screen.draw(surface, ctx)
            pictures.append(surface.subsurface(panel).copy())
        differ = [
            (x, y)
            for y in range(panel.h)
            for x in range(panel.w)
            if pictures[0].get_at((x, y)) != pictures[1].get_at((x, y))
        ]
        assert not differ, (type(screen).__name__, differ[:5])
        sim.stack.pop()
        sim.stack.apply()


# -- door labels never cover Kathy ------------------------------------------------------------------
def test_a_door_label_never_covers_kathy(content, tmp_path):
    from game.ui.sceneview import door_labels, her_box
    from game.world.actor import SUB
    from tests.mapkit import write_map

    layout = ["##########", *["#........#"] * 6, "##########"]
    doors = [
        ("spawn", "start", 72, 64, 0, 0, {}),
        ("door", "up", 64, 8, 32, 8, {"map": "room", "spawn": "start", "label": "Upstairs"}),
        ("door", "down", 64, 112, 32, 8, {"map": "room", "spawn": "start", "label": "The yard"}),
    ]
    write_map(content / "maps" / "labels.tmx", layout, doors)
    ctx = build_context(tmp_path / "data", headless=True, root=content, quiet=True)
    play = Play(ctx, "labels", "start")
    font = type("Font", (), {"line_height": 8, "measure": lambda self, t: 5 * len(t)})()
    player, seen = play.world.player, {}
    for x in range(24, 140, 4):
        for y in range(24, 118, 2):
            player.x, player.y = x * SUB, y * SUB
            for text, rect, alpha in door_labels(play.world, font, (0, 0), (480, 270)):
                her = her_box(play.world, (0, 0))
                assert alpha < 255 or not rect.colliderect(her), (text, x, y)
                seen.setdefault(text, set()).add(alpha)
    # each label is read in full from somewhere, and the one in the wall below her fades
    assert 255 in seen["Upstairs"] and 255 in seen["The yard"]
    assert min(seen["The yard"]) < 255


# -- settings: one way back, a language called English ----------------------------------------------
def test_settings_has_one_back_and_calls_the_source_language_english(world):
    from game.screens.menus.options import options
    from game.screens.menus.settings import PANEL, SettingsScreen

    _ctx, sim = world
    rows = options(["de"])
    assert not [o for o in rows if o.label == "Back"]  # the Back button in the corner is the one
    language = next(o for o in rows if o.key == "language")
    assert language.choices == (("", "English"), ("de", "Deutsch"))
    settings = SettingsScreen()
    sim.stack.push(settings)
    run(sim, ticks=1)
    run(sim, [InputFrame(pointer=(PANEL.x + 20, PANEL.bottom - 12), click=True)])
    assert sim.stack.top is not settings  # the corner's Back leaves


def test_the_speedrun_screen_words_the_locked_settings_as_the_settings_screen_does():
    from game.screens.speedrun import locked_words
    from game.speedrun.session import LOCKED

    words = locked_words()
    assert words == (
        "Locked in runs: Text speed: Instant, Skip: All lines, Skip key: Hold, Auto-advance: Normal"
    )
    assert "=" not in words and not any(key in words for key in LOCKED)


# -- cards that wait say so -------------------------------------------------------------------------
def test_the_last_card_says_which_key_goes_on_after_a_moment(drawing):
    from game.screens.card import PROMPT_TICKS, EndCard

    ctx, sim = drawing
    card = EndCard("Hailsham")
    sim.stack.replace(card)
    run(sim, ticks=PROMPT_TICKS - 2)
    assert card.prompt(ctx) == ""  # a moment of quiet first
    surface = pygame.Surface((480, 270))
    card.draw(surface, ctx)
    corner = surface.subsurface((300, 250, 180, 20)).copy()
    run(sim, ticks=90)
    assert card.prompt(ctx) == "Z back to the title"
    card.draw(surface, ctx)
    assert surface.subsurface((300, 250, 180, 20)).copy().get_view().raw != corner.get_view().raw
    run(sim, [press(Action.CONFIRM)])
    assert type(sim.stack.top).__name__ == "TitleScreen"


# -- autosaves are the story's own -----------------------------------------------------------------
def test_chapter_select_never_writes_the_storys_autosaves(content, tmp_path, monkeypatch):
    from game.play.start import chapter_select, chapter_start
    from game.screens.menus.pause import autosave_words

    (content / "dialogue" / "chapters.yaml").write_text(
        "one: {title: First, map: room, spawn: start, scene: opening}\n"
    )
    (content / "dialogue" / "opening.yaml").write_text("scene: opening\nsteps:\n  - wait: 5\n")
    ctx = build_context(tmp_path / "data", headless=True, root=content, quiet=True)
    saved = []
    monkeypatch.setattr(WorldScreen, "autosave", lambda self, ctx: saved.append(self.play))
    for make, writes in ((chapter_select, False), (chapter_start, True)):
        saved.clear()
        sim = Simulation(ctx, make(ctx, "one"))
        run(sim, ticks=120)
        play = sim.stack.top.play
        assert bool(saved) is writes and play.is_story is writes
        assert autosave_words(ctx, play) == (
            "at each scene's end" if writes else "off in Chapter Select"
        )


def test_a_save_thumbnail_is_the_place_even_under_a_title_card(drawing):
    import io

    ctx, sim = drawing
    screen = sim.stack.top
    ctx.display = object()  # a window exists
    ctx.maps.images = True
    ctx.maps.forget()
    screen.play.world = screen.play._make_world("room", "start", None)
    screen.play.fade.covered(60)  # black, as a chapter begins
    screen.play.director.card = type(
        "Card", (), {"text": "Chapter", "sub": "", "ticks": 99, "shown": 50}
    )()
    surface = pygame.Surface((480, 270))
    screen.draw(surface, ctx)
    assert max(surface.get_at((x, 135))[:3] for x in range(0, 480, 16)) < (
        30,
        30,
        30,
    )  # on screen: black
    picture = pygame.image.load(io.BytesIO(screen.thumbnail(ctx)), "thumb.png")
    colours = {tuple(picture.get_at((x, y))[:3]) for x in range(0, 96, 8) for y in range(0, 54, 8)}
    assert any(sum(c) > 120 for c in colours), colours  # the room's floor, not a black card


def test_the_newest_autosave_is_marked(world):

    from game.save import savegame
    from game.screens.menus.slots import SlotScreen

    ctx, sim = world
    play = sim.stack.top.play
    store = savegame.store(ctx)
    for n in range(4):  # auto1, auto2, auto3, then auto1 again: the newest is auto1
        play.state.play_ticks = 100 + n
        store.autosave(savegame.capture(ctx, play))

        path = store.path(f"auto{n % 3 + 1}")
        os.utime(path, ns=(10**18 + n * 10**9, 10**18 + n * 10**9))  # one second apart
    slots = SlotScreen("load")
    sim.stack.push(slots)
    run(sim, ticks=1)
    assert slots.newest_auto == "auto1"


# -- memories: what one is, and where the unfound are -------------------------------------------------
def test_memories_say_where_the_unfound_are_once_the_chapter_is_done_or_when_asked(
    content, tmp_path
):
    from game.screens.menus.memories import WHAT, MemoriesScreen
    from game.story.memory_hints import memory_places

    d = content / "dialogue"
    (d / "chapters.yaml").write_text(
        "one: {title: First, map: room, spawn: start}\ntwo: {title: Second, map: hall}\n"
    )
    (d / "memories.yaml").write_text(
        "marble: {title: A marble, chapter: one, text: Blue.}\n"
        "tape: {title: A tape, chapter: two, text: Songs.}\n"
        "coat: {title: A coat, chapter: two}\n"
    )
    (d / "pillar.yaml").write_text("scene: look_pillar\nsteps:\n  - memory: tape\n")
    ctx = build_context(tmp_path / "data", headless=True, root=content, quiet=True)
    assert memory_places(ctx) == {"marble": ["Room"], "tape": ["Room"]}  # an object, a scene
    sim = Simulation(ctx, WorldScreen(Play(ctx, "room", "start")))
    screen = MemoriesScreen([], chapter="one")
    sim.stack.push(screen)
    run(sim, ticks=1)
    assert screen.rows[0] == ("chapter", "one") and screen.rows[2] == ("chapter", "two")
    assert screen.list.cursor == 1 and WHAT.startswith("A memory comes back when")
    assert [screen.place_hint(ctx, m) for m in ("marble", "tape", "coat")] == ["", "", ""]
    run(sim, [press(Action.CONFIRM)])  # asked, on the marble's row
    assert screen.place_hint(ctx, "marble") == "Look in: Room"
    assert screen.place_hint(ctx, "tape") == ""  # one hint asked for is one given
    screen.found.append("marble")
    assert screen.place_hint(ctx, "marble") == ""  # found: nothing to hint
    later = MemoriesScreen([], chapter="two")  # chapter one is done: its hints are free
    sim.stack.push(later)
    run(sim, ticks=1)
    assert later.place_hint(ctx, "marble") == "Look in: Room"
    assert later.place_hint(ctx, "tape") == ""
    later.asked.append("coat")
    assert later.place_hint(ctx, "coat") == "Nothing tells where."


# -- honest about what is playable --------------------------------------------------------------------
def test_the_title_says_what_can_be_played_while_chapters_are_being_written(content, tmp_path):
    from game.screens.title import playable_words

    d = content / "dialogue"
    (d / "chapters.yaml").write_text(
        "one: {title: 'First, 1978', map: room}\ntwo: {title: Second, map: hall}\n"
    )
    (d / "a.yaml").write_text("scene: a\nchapter: one\nbeat: b01\nsteps:\n  - wait: 1\n")
    (d / "b.yaml").write_text("scene: b\nchapter: two\nsteps:\n  - title: Still being written\n")
    ctx = build_context(tmp_path / "data", headless=True, root=content, quiet=True)
    assert playable_words(ctx) == "Playable so far: First. More is being written."
    (d / "b.yaml").write_text("scene: b\nchapter: two\nbeat: b02\nsteps:\n  - wait: 1\n")
    ctx = build_context(tmp_path / "data", headless=True, root=content, quiet=True)
    assert playable_words(ctx) == ""  # everything is there: nothing to excuse


# -- keys inside the game's own lines ---------------------------------------------------------------
def test_a_line_names_keys_as_bound_while_the_story_keeps_the_token(world):
    from types import SimpleNamespace

    from game.ui.prompts import with_keys

    ctx, _sim = world
    line = "Walk with <move>. <confirm> talks. <nope> stays."
    assert with_keys(ctx, line)[0] == "Walk with the arrow keys. Z talks. <nope> stays."
    # the typewriter: a token shows whole once reached, never half
    assert with_keys(ctx, line, len("Walk with "))[1] == len("Walk with ")
    assert with_keys(ctx, line, len("Walk with <mo"))[1] == len("Walk with ")
    assert with_keys(ctx, line, len("Walk with <move>"))[1] == len("Walk with the arrow keys")
    assert with_keys(ctx, line, len(line)) == (
        with_keys(ctx, line)[0],
        len(with_keys(ctx, line)[0]),
    )
    bindings = ctx.settings.input_bindings()
    bindings.keys[Action.CONFIRM] = ("return", "z")
    bindings.keys[Action.UP], bindings.keys[Action.LEFT] = ("w",), ("a",)
    bindings.keys[Action.DOWN], bindings.keys[Action.RIGHT] = ("s",), ("d",)
    ctx.settings.bindings = bindings.to_data()
    assert with_keys(ctx, line)[0] == "Walk with W/A/S/D. Enter talks. <nope> stays."
    ctx.devices = SimpleNamespace(last_device="pad", raw=[])
    assert with_keys(ctx, line)[0] == "Walk with the D-pad. A talks. <nope> stays."


def test_no_line_of_the_game_names_a_key_but_by_its_token():
    """A key's name written into a line would be wrong for a player who rebound it."""
    from game.boot import build_context as build

    ctx = build(None, headless=True, quiet=True)
    named = re.compile(r"\b(press|hold) [A-Z]\b|\b(Z|X|Tab|Esc|Enter|Ctrl) (talks|pauses|skips)\b")
    found = [
        f"{scene.file}: {cmd['text']}"
        for scene in ctx.content.scenes.values()
        for cmd in scene.walk()
        if cmd.key in ("say", "narrate") and named.search(str(cmd["text"] or ""))
    ]
    assert not found, found
