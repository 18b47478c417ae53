"""Every write the game makes can fail: a full disk, a read-only folder, a data folder that is a
file, a temporary file removed by another copy of the game. Each failure is told to the player,
the game keeps running, and nothing already on disk is lost. Driven through the real game: the
title, New Game, F5, the pause menu's Save, the settings screen, autosaves at scene ends."""

from __future__ import annotations

import json

import pytest

from game import paths as game_paths
from game.input.actions import Action
from game.screens.menus.pause import ITEMS as PAUSE_ITEMS
from game.screens.menus.pause import PauseScreen
from game.screens.menus.settings import SAVE_AFTER, SettingsScreen
from game.screens.menus.slots import SLOTS, SlotScreen
from game.screens.world_screen import WorldScreen
from tests.diskfaults import DiskFaults, files
from tests.gamekit import Game, press


@pytest.fixture
def game(tmp_path):
    """A data folder a game has already played in (a quicksave, settings, a profile), and a new
    copy of the game opened on it."""
    data = tmp_path / "data"
    first = Game(data)
    world = first.new_game()
    first.tick(press(Action.QUICKSAVE))
    assert first.toast() == "Quicksaved", first.toast()
    first.ctx.settings.text_speed = 70
    from game.screens.menus.common import persist_settings

    assert persist_settings(first.ctx) is None
    assert world.state.chapter == "prologue"
    first.ctx.profile.chapters = []  # so that the next New Game writes the profile again
    first.ctx.save_profile()
    first.close()
    g = Game(data)
    yield g
    g.close()


def open_pause(g: Game, item: str) -> None:
    g.tick(press(Action.MENU))
    pause = g.top
    assert isinstance(pause, PauseScreen)
    pause.list.cursor = PAUSE_ITEMS.index(item)
    g.tick(press(Action.CONFIRM))


def save_in_menu(g: Game, slot: str) -> str:
    """Pause, Save, choose the slot (agreeing to overwrite); the slot screen's message."""
    open_pause(g, "Save")
    menu = g.top
    assert isinstance(menu, SlotScreen), type(menu)
    menu.list.cursor = SLOTS.index(slot)
    g.tick(press(Action.CONFIRM))
    if g.top is not menu:  # the overwrite question
        g.top.cursor = 0
        g.tick(press(Action.CONFIRM))
    message = menu.message
    g.tick(press(Action.CANCEL), press(Action.CANCEL))  # back to the world
    return message


def change_a_setting(g: Game) -> None:
    """Settings from the pause menu: the volume up one step, written after SAVE_AFTER ticks."""
    open_pause(g, "Settings")
    assert isinstance(g.top, SettingsScreen)
    g.tick(press(Action.RIGHT), idle=SAVE_AFTER + 2)
    g.tick(press(Action.CANCEL), press(Action.CANCEL))


@pytest.mark.parametrize(
    ("fault", "words"),
    [("full", "the disk is full"), ("read_only", "read-only")],
)
def test_a_full_or_read_only_disk_is_told_the_game_goes_on_and_nothing_is_lost(
    game, monkeypatch, fault, words
):
    before = files(game.data)
    faults = getattr(DiskFaults(monkeypatch, game.data), fault)()
    # New Game: the chapter reached is written to the profile, a scene's end autosaves.
    world = game.new_game()
    assert any(words in n and "progress could not be saved" in n for n in game.notices), (
        game.notices
    )
    game.tick(press(Action.QUICKSAVE))
    assert game.toast().startswith("Not saved") and words in game.toast()
    assert isinstance(game.top, WorldScreen) and game.top.play is world.play
    game.until_free()
    message = save_in_menu(game, "2")
    assert message.startswith("Not saved") and words in message, message
    change_a_setting(game)
    assert any(n.startswith("Settings not saved") and words in n for n in game.notices)
    assert faults.failed  # the faults really were met
    game.tick(idle=120)  # and the game plays on
    after = files(game.data)
    assert {k: after.get(k) for k in before} == before  # every file as it was: nothing lost
    assert all(not after[k] for k in after if k not in before)  # nothing torn or left behind

    faults.fine()  # space freed, the folder writable again: the next save writes everything
    game.tick(press(Action.QUICKSAVE))
    assert game.toast() == "Quicksaved"
    assert not game.ctx.profile_unsaved
    profile = json.loads((game.data / "profile" / "profile.json").read_text())
    assert profile["chapters"] == ["prologue"]


def test_a_data_folder_that_is_a_file_gives_one_clear_message(tmp_path):
    data = tmp_path / "data"
    data.write_text("not a folder")
    g = Game(data)
    try:
        assert len(g.notices) == 1, g.notices  # not thirteen damaged slots and a settings message
        assert "a file is where a folder should be" in g.notices[0]
        title = g.top
        assert title.menu.enabled[:3] == [False, True, False]  # no Continue, no Load: no saves
        g.new_game()
        g.tick(press(Action.QUICKSAVE))
        assert "a file is where a folder should be" in g.toast()
        change_a_setting(g)
        assert data.read_text() == "not a folder"
        assert all("damaged" not in n for n in g.notices)
    finally:
        g.close()


def test_a_temporary_file_removed_by_another_copy_fails_that_save_only(game, monkeypatch):
    world = game.new_game()
    quick = (game.data / "saves" / "quick.json").read_bytes()
    faults = DiskFaults(monkeypatch, game.data).vanishing_temps()
    game.tick(press(Action.QUICKSAVE))
    assert "removed by another program" in game.toast(), game.toast()
    assert any(f.startswith("vanished .quick.json.") for f in faults.failed)
    assert (game.data / "saves" / "quick.json").read_bytes() == quick
    assert game.top.play is world.play
    faults.fine()
    game.tick(press(Action.QUICKSAVE))
    assert game.toast() == "Quicksaved"


def test_new_folders_are_made_durable_in_their_parents(tmp_path, monkeypatch):
    synced: list[str] = []
    real = game_paths.fsync_dir
    monkeypatch.setattr(game_paths, "fsync_dir", lambda f: (synced.append(str(f)), real(f)))
    data = tmp_path / "deep" / "data"
    g = Game(data)
    try:
        g.new_game()
        g.tick(press(Action.QUICKSAVE))
    finally:
        g.close()
    for folder in (data.parent, data, data / "profile", data / "saves"):
        assert folder.is_dir()
        assert str(folder.parent) in synced, (folder, synced)
