"""Menus driven headless by input frames: title, pause, save/load slots, memories, chapters, credits."""

from pathlib import Path

import pygame
import pytest

from game.input.actions import Action, InputFrame
from game.paths import content_root
from game.render.resources import Resources
from game.screens.menus.chapters import ChapterSelectScreen
from game.screens.menus.confirm import ConfirmScreen
from game.screens.menus.credits import CreditsScreen
from game.screens.menus.memories import MemoriesScreen
from game.screens.menus.pause import ITEMS as PAUSE_ITEMS
from game.screens.menus.pause import PauseScreen, found_memories
from game.screens.menus.settings import SettingsScreen
from game.screens.menus.slots import SLOTS, SlotScreen, format_date
from game.screens.title import ITEMS as TITLE_ITEMS
from game.screens.title import TitleScreen
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation
from game.ui.widgets import ListBox

NONE = InputFrame()


def press(*actions):
    return InputFrame(frozenset(actions), frozenset(actions))


def hover(x, y, click=False):
    return InputFrame(pointer=(x, y), click=click)


def row_centre(box: ListBox, i: int) -> tuple[int, int]:
    x, y, w, h = box.row_rect(i)
    return x + w // 2, y + h // 2


def profile_of(chapters=(), memories=()):
    """The real profile, held in memory only."""
    from game.save.profile import Profile

    return Profile(chapters=list(chapters), memories=list(memories))


def run(sim, frames=(), ticks=0):
    for f in frames:
        sim.tick(f)
    for _ in range(ticks):
        sim.tick()


def top(sim):
    return sim.stack.top


def start_world(ctx):
    """A title, New Game chosen, faded into the world."""
    sim = Simulation(ctx, TitleScreen())
    run(sim, [press(Action.CONFIRM)], 40)
    assert isinstance(top(sim), WorldScreen)
    return sim


# -- title -------------------------------------------------------------------------------------------
def test_continue_is_disabled_without_saves_and_the_cursor_starts_on_new_game(ctx):
    sim = Simulation(ctx, TitleScreen())
    title = top(sim)
    assert title.menu.enabled[TITLE_ITEMS.index("Continue")] is False
    assert title.menu.enabled[TITLE_ITEMS.index("Load")] is False
    assert title.menu.enabled[TITLE_ITEMS.index("Chapter Select")] is False
    assert TITLE_ITEMS[title.menu.cursor] == "New Game"
    run(sim, [press(Action.UP)])  # wraps past the disabled Continue to Quit
    assert TITLE_ITEMS[title.menu.cursor] == "Quit"


def test_continue_loads_the_newest_save(ctx):
    from game.save import savegame

    sim = start_world(ctx)
    world = top(sim)
    run(sim, [press(Action.RIGHT)] + [InputFrame(frozenset({Action.RIGHT}))] * 30)
    assert savegame.save_to_slot(ctx, world.play, "3") is None
    where = (world.world.player.x, world.world.player.y)
    sim2 = Simulation(ctx, TitleScreen())
    title = top(sim2)
    assert title.menu.enabled[0] and title.menu.cursor == 0
    run(sim2, [press(Action.CONFIRM)], 30)
    loaded = top(sim2)
    assert isinstance(loaded, WorldScreen) and loaded is not world
    assert (loaded.world.player.x, loaded.world.player.y) == where
    assert len(sim2.stack) == 1


def test_title_mouse_hover_moves_and_click_opens_settings(ctx):
    sim = Simulation(ctx, TitleScreen())
    title = top(sim)
    i = TITLE_ITEMS.index("Settings")
    run(sim, [hover(*row_centre(title.menu, i))])
    assert title.menu.cursor == i
    run(sim, [hover(*row_centre(title.menu, TITLE_ITEMS.index("Continue")))])
    assert title.menu.cursor == i  # a disabled row does not take the cursor
    run(sim, [hover(*row_centre(title.menu, i), click=True)])
    assert isinstance(top(sim), SettingsScreen)
    run(sim, [press(Action.CANCEL)])
    assert top(sim) is title


def test_title_credits_scroll_and_any_key_returns(ctx):
    sim = Simulation(ctx, TitleScreen())
    title = top(sim)
    title.menu.cursor = TITLE_ITEMS.index("Credits")
    run(sim, [press(Action.CONFIRM)])
    credits = top(sim)
    assert isinstance(credits, CreditsScreen)
    run(sim, ticks=90)
    assert credits.offset == 30
    run(sim, [press(Action.LEFT)])
    assert top(sim) is title


def test_chapter_select_lists_reached_chapters_and_starts_one(ctx, content):
    (content / "dialogue" / "chapters.yaml").write_text(
        "one: {title: First, map: room, spawn: start}\n"
        "two: {title: Second, map: hall, spawn: from_room}\n"
        "three: {title: Third, map: room}\n"
    )
    from game.story.library import load_library

    ctx.content = load_library(ctx.paths.dialogue)
    ctx.profile = profile_of(chapters=["two", "one"])
    sim = Simulation(ctx, TitleScreen())
    title = top(sim)
    i = TITLE_ITEMS.index("Chapter Select")
    assert title.menu.enabled[i]
    title.menu.cursor = i
    run(sim, [press(Action.CONFIRM)])
    chooser = top(sim)
    assert isinstance(chooser, ChapterSelectScreen) and chooser.chapters == ["one", "two"]
    run(sim, [press(Action.DOWN), press(Action.CONFIRM)], 30)
    world = top(sim)
    assert isinstance(world, WorldScreen)
    assert world.state.chapter == "two" and world.world.map.name == "hall"


# -- pause -------------------------------------------------------------------------------------------
def test_menu_key_opens_pause_and_cancel_resumes(ctx):
    sim = start_world(ctx)
    world = top(sim)
    run(sim, [press(Action.MENU)])
    pause = top(sim)
    assert isinstance(pause, PauseScreen) and pause.play is world.play
    ticks = world.state.play_ticks
    run(sim, ticks=30)
    assert world.state.play_ticks == ticks  # paused: no play time passes
    run(sim, [press(Action.CANCEL)])
    assert top(sim) is world


def test_pause_items_open_their_screens_by_keys_and_mouse(ctx):
    from game.screens.backlog import BacklogScreen

    sim = start_world(ctx)
    run(sim, [press(Action.MENU)])
    pause = top(sim)
    for item, kind in (
        ("Save", SlotScreen),
        ("Backlog", BacklogScreen),
        ("Memories", MemoriesScreen),
        ("Settings", SettingsScreen),
    ):
        run(sim, [hover(*row_centre(pause.list, PAUSE_ITEMS.index(item)), click=True)])
        assert isinstance(top(sim), kind), item
        run(sim, [press(Action.CANCEL)])
        assert top(sim) is pause
    assert not pause.list.enabled[PAUSE_ITEMS.index("Load")]  # nothing saved yet


def test_quit_to_title_asks_when_progress_is_unsaved(ctx):
    sim = start_world(ctx)
    run(sim, ticks=120)
    run(sim, [press(Action.MENU)])
    pause = top(sim)
    pause.list.cursor = PAUSE_ITEMS.index("Quit to title")
    run(sim, [press(Action.CONFIRM)])
    ask = top(sim)
    assert isinstance(ask, ConfirmScreen) and ask.cursor == 1  # "Stay" first
    run(sim, [press(Action.CONFIRM)])  # Stay
    assert top(sim) is pause
    run(sim, [press(Action.CONFIRM), press(Action.LEFT), press(Action.CONFIRM)])
    assert isinstance(top(sim), TitleScreen) and len(sim.stack) == 1


def test_quit_to_title_without_unsaved_progress_does_not_ask(ctx):
    from game.save import savegame

    sim = start_world(ctx)
    world = top(sim)
    assert savegame.save_to_slot(ctx, world.play, "1") is None
    run(sim, [press(Action.MENU)])
    top(sim).list.cursor = PAUSE_ITEMS.index("Quit to title")
    run(sim, [press(Action.CONFIRM)])
    assert isinstance(top(sim), TitleScreen)


# -- save and load -----------------------------------------------------------------------------------
def open_slots(sim, item):
    run(sim, [press(Action.MENU)])
    pause = top(sim)
    pause.list.cursor = PAUSE_ITEMS.index(item)
    run(sim, [press(Action.CONFIRM)])
    screen = top(sim)
    assert isinstance(screen, SlotScreen)
    return screen


def test_saving_into_a_slot_and_overwriting_asks_first(ctx):
    from game.save import savegame

    sim = start_world(ctx)
    slots = open_slots(sim, "Save")
    assert not slots.list.enabled[SLOTS.index("auto1")]  # autosaves are the game's own
    slot1 = SLOTS.index("1")
    run(sim, [hover(*row_centre(slots.list, slot1), click=True)])
    info = savegame.store(ctx).info("1")
    assert info.exists and info.ok and "Saved" in slots.message
    first = info.play_ticks
    world = slots.play
    world.state.play_ticks += 600
    run(sim, [press(Action.CONFIRM)])  # the same slot again: asks
    assert isinstance(top(sim), ConfirmScreen)
    run(sim, [press(Action.CANCEL)])  # keep the old save
    assert savegame.store(ctx).info("1").play_ticks == first
    run(sim, [press(Action.CONFIRM), press(Action.LEFT), press(Action.CONFIRM)])
    assert savegame.store(ctx).info("1").play_ticks == first + 600
    assert top(sim) is slots


def test_load_screen_shows_damage_and_offers_the_backup(ctx):
    from game.save import savegame

    sim = start_world(ctx)
    world = top(sim)
    assert savegame.save_to_slot(ctx, world.play, "2") is None
    assert savegame.save_to_slot(ctx, world.play, "2") is None  # now a backup exists
    savegame.store(ctx).path("2").write_bytes(b'{"format": 2, "trunc')
    sim = Simulation(ctx, TitleScreen())
    run(sim, ticks=2)
    top(sim).menu.cursor = TITLE_ITEMS.index("Load")
    run(sim, [press(Action.CONFIRM)])
    slots = top(sim)
    assert isinstance(slots, SlotScreen) and slots.mode == "load"
    info = slots.info("2")
    assert info.exists and not info.ok and info.has_backup and info.backup_ok
    slots.list.cursor = SLOTS.index("2")
    run(sim, [press(Action.CONFIRM)])
    ask = top(sim)
    assert isinstance(ask, ConfirmScreen) and "backup" in ask.question
    run(sim, [press(Action.LEFT), press(Action.CONFIRM)])
    assert isinstance(top(sim), WorldScreen) and len(sim.stack) == 1


def test_a_damaged_slot_without_backup_and_an_empty_slot_never_crash(ctx):
    from game.save import savegame

    path = savegame.store(ctx).path("5")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00\xffnot json at all")
    sim = Simulation(ctx, TitleScreen())
    sim.stack.push(SlotScreen("load"))
    run(sim, ticks=1)
    slots = top(sim)
    slots.list.cursor = SLOTS.index("5")
    run(sim, [press(Action.CONFIRM)])
    assert top(sim) is slots and "no usable backup" in slots.message
    slots.list.cursor = SLOTS.index("7")
    run(sim, [press(Action.CONFIRM)])
    assert top(sim) is slots and "empty" in slots.message


def test_dates_read_for_people():
    assert format_date("2024-05-01T14:03:59+01:00") == "01 May 2024  14:03"
    assert format_date("not a date at all") == "not a date at all"[:16]
    assert format_date(None) == ""


# -- memories ----------------------------------------------------------------------------------------
def test_memories_found_in_this_play_and_in_the_profile(ctx, content):
    (content / "dialogue" / "memories.yaml").write_text(
        "marble: {title: A marble, text: Blue.}\n"
        "tape: {title: A tape, text: Songs.}\n"
        "coat: {title: A coat}\n"
    )
    from game.story.library import load_library

    ctx.content = load_library(ctx.paths.dialogue)
    ctx.profile = profile_of(memories=["coat"])
    sim = start_world(ctx)
    world = top(sim)
    world.state.memories.append("marble")
    assert found_memories(ctx, world) == ["marble", "coat"]
    run(sim, [press(Action.MENU)])
    top(sim).list.cursor = PAUSE_ITEMS.index("Memories")
    run(sim, [press(Action.CONFIRM)])
    memories = top(sim)
    assert isinstance(memories, MemoriesScreen) and memories.ids == ["marble", "tape", "coat"]
    run(sim, [press(Action.DOWN), InputFrame(wheel=-1)])
    assert memories.list.cursor == 2
    run(sim, [hover(24, 252, click=True)])  # the Back button
    assert isinstance(top(sim), PauseScreen)


# -- every screen draws ------------------------------------------------------------------------------
@pytest.fixture
def drawing(ctx):
    ctx.assets = Resources(Path(content_root()) / "assets", ctx.notices.report)
    ctx.maps.images = True  # the world below the menus is drawn too
    ctx.maps.forget()
    return ctx


def test_every_menu_draws_without_error(drawing):
    ctx = drawing
    sim = start_world(ctx)
    world = top(sim)
    surface = pygame.Surface((480, 270))
    screens = [
        PauseScreen(world.play, world.thumbnail),
        SlotScreen("save", world.play, world.thumbnail),
        SlotScreen("load"),
        SettingsScreen(),
        MemoriesScreen([]),
        CreditsScreen(),
        ChapterSelectScreen([], lambda c, i: None),
        ConfirmScreen("Really?", lambda c: None, detail="Some detail."),
    ]
    from game.screens.menus.rebind import RebindScreen

    screens += [RebindScreen("keys"), RebindScreen("pad")]
    for screen in screens:
        sim.stack.push(screen)
        sim.stack.apply()
        surface.fill((0, 0, 0))
        sim.stack.draw(surface)
        # something was drawn over the world: the panel's warm edge colour appears
        assert surface.get_at((240, 135)) != pygame.Color(0, 0, 0) or isinstance(
            screen, CreditsScreen
        )
        sim.stack.pop()
        sim.stack.apply()
    title = TitleScreen()
    title.on_enter(ctx)
    title.draw(surface, ctx)
