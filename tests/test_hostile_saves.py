"""Saves that are damaged or hand-edited, through the real game: F9 and the Load menu restore
only what is sane (one check for both), a damaged slot is overwritten when the player says so
(and kept), slots can be deleted, and Continue takes the save written last whatever its date."""

from __future__ import annotations

import json

import pytest

from game.input.actions import Action
from game.save.slots import SaveStore
from game.screens.backlog import BacklogScreen
from game.screens.menus.confirm import ConfirmScreen
from game.screens.menus.pause import ITEMS as PAUSE_ITEMS
from game.screens.menus.slots import DELETE, SLOTS, SlotScreen
from game.screens.title import ITEMS as TITLE_ITEMS
from game.screens.world_screen import WorldScreen
from game.world.actor import SUB
from tests.gamekit import Game, click, press


@pytest.fixture
def game(tmp_path):
    g = Game(tmp_path / "data")
    g.new_game()
    yield g
    g.close()


def quicksave(g: Game) -> dict:
    g.tick(press(Action.QUICKSAVE))
    assert g.toast() == "Quicksaved", g.toast()
    return json.loads((g.data / "saves" / "quick.json").read_text())


def write_save(g: Game, slot: str, doc: dict) -> None:
    (g.data / "saves" / f"{slot}.json").write_text(json.dumps(doc))


HOSTILE = {
    "player of the wrong types": lambda d: d["world"].update(player=["x", None, 5, {}]),
    "player far outside the map": lambda d: d["world"].update(
        player=[10**30, 1e30, "sideways", "kathy_child"]
    ),
    "people of the wrong shapes": lambda d: d["world"].update(
        actors={"nurse": "oops", "x": [1, 2, 3, 4, 5], "y": [-5, 2**70, "up", "no", "../../x"]}
    ),
    "scene frames of the wrong types": lambda d: d.update(
        scene={"frames": [["p01", 7, "x", None], "abc", 5], "line": ["no"], "path": 3}
    ),
    "scene frames that are a string": lambda d: d.update(scene={"frames": "p02_corridor"}),
    "backlog entries that are not text": lambda d: d["state"].update(
        backlog=[[1, 2, 3, 4], {"a": 1}, ["a", "b", ["c"], "d"], "line", ["ch", "who", "x" * 9]]
    ),
    "flags naming files and holding objects": lambda d: d["state"].update(
        flags={"_music": "../../../etc/passwd", "_player_sprite": "../x", "n": {"a": 1}, "m": 1e300}
    ),
    "parts that are not objects": lambda d: d.update(state=[1], world="room", director=7),
    "staging and followers gone wrong": lambda d: (
        d["world"].update(staging={"": {"pose": "fly", "home": [1e40, "x"]}, "z": 5}),
        d.update(director={"followers": {"nurse": {"deep": [1]}, "ruth": "support"}}),
    ),
}


def check_the_loaded_play(g: Game) -> None:
    """The play drawn, its backlog opened and drawn, a few ticks played: none of it may crash."""
    world = g.top
    assert isinstance(world, WorldScreen)
    g.draw()
    width, height = world.world.map.pixel_size
    for actor in (world.world.player, *world.world.actors.values()):
        assert 0 <= actor.x < width * SUB and 0 <= actor.y < height * SUB
        assert isinstance(actor.sprite, str) and "/" not in actor.sprite
    g.tick(press(Action.BACKLOG))
    assert isinstance(g.top, BacklogScreen)
    g.draw()
    g.tick(press(Action.CANCEL), idle=30)
    g.draw()


@pytest.mark.parametrize("damage", list(HOSTILE), ids=list(HOSTILE))
def test_f9_and_the_load_menu_restore_only_what_is_sane(game, damage):
    doc = quicksave(game)
    HOSTILE[damage](doc)
    write_save(game, "quick", doc)
    game.tick(press(Action.QUICKLOAD))
    check_the_loaded_play(game)
    said = game.toast()  # what went wrong is told: parts left out, or the save refused
    assert "damaged" in said or "scene" in said or "Cannot load" in said, said
    # The same save through the pause menu's Load: the same single check.
    game.tick(press(Action.MENU))
    game.top.list.cursor = PAUSE_ITEMS.index("Load")
    game.tick(press(Action.CONFIRM))
    slots = game.top
    assert isinstance(slots, SlotScreen)
    slots.list.cursor = SLOTS.index("quick")
    game.tick(press(Action.CONFIRM))
    if isinstance(game.top, ConfirmScreen):  # progress since the last save would be lost
        game.top.cursor = 0
        game.tick(press(Action.CONFIRM))
    if game.top is slots:  # refused (no place to put her): said in the menu, the game goes on
        assert slots.message.startswith("Not loaded: Cannot load"), slots.message
        game.tick(press(Action.CANCEL), press(Action.CANCEL))
    check_the_loaded_play(game)


def test_a_damaged_slot_is_overwritten_once_the_player_agrees_and_is_kept(game):
    saves = game.data / "saves"
    quicksave(game)
    damaged = b'{"format": 2, "chapter": "prolo'
    for slot in ("2", "quick"):
        (saves / f"{slot}.json").write_bytes(damaged)
    # The Save menu: Overwrite is asked, and then it happens (it used to be refused for ever).
    game.tick(press(Action.MENU))
    game.top.list.cursor = PAUSE_ITEMS.index("Save")
    game.tick(press(Action.CONFIRM))
    menu = game.top
    menu.list.cursor = SLOTS.index("2")
    game.tick(press(Action.CONFIRM))
    ask = game.top
    assert isinstance(ask, ConfirmScreen) and "damaged" in ask.detail
    ask.cursor = 0
    game.tick(press(Action.CONFIRM))
    assert menu.message == "Saved to Slot 2.", menu.message
    assert (saves / "2.json.bad-1").read_bytes() == damaged
    assert SaveStore(saves).info("2").ok
    game.tick(press(Action.CANCEL), press(Action.CANCEL))
    # F5 on a damaged quicksave asks too; Keep leaves it, Overwrite replaces it (kept aside).
    game.tick(press(Action.QUICKSAVE))
    assert isinstance(game.top, ConfirmScreen) and "damaged quicksave" in game.top.question
    game.tick(press(Action.CONFIRM))  # the cursor starts on Keep
    assert (saves / "quick.json").read_bytes() == damaged
    game.tick(press(Action.QUICKSAVE))
    game.top.cursor = 0
    game.tick(press(Action.CONFIRM))
    assert game.toast() == "Quicksaved"
    assert (saves / "quick.json.bad-1").read_bytes() == damaged
    assert SaveStore(saves).info("quick").ok


def test_slots_are_deleted_from_the_slot_menu_by_keys_or_mouse(game):
    saves = game.data / "saves"
    world = game.top
    from game.save import savegame

    for slot in ("3", "4", "4"):
        assert savegame.save_to_slot(game.ctx, world.play, slot) is None
    assert (saves / "4.json.bak").exists()
    game.tick(press(Action.MENU))
    game.top.list.cursor = PAUSE_ITEMS.index("Load")
    game.tick(press(Action.CONFIRM))
    menu = game.top
    menu.list.cursor = SLOTS.index("3")
    game.tick(press(Action.RIGHT))  # onto the Delete button
    assert menu.on_delete
    game.tick(press(Action.CONFIRM))
    ask = game.top
    assert isinstance(ask, ConfirmScreen) and ask.question == "Delete Slot 3?"
    game.tick(press(Action.CONFIRM))  # Keep: nothing happens
    assert (saves / "3.json").exists()
    game.tick(press(Action.CONFIRM))
    game.top.cursor = 0
    game.tick(press(Action.CONFIRM))
    assert not (saves / "3.json").exists() and menu.message == "Slot 3 deleted."
    menu.list.cursor = SLOTS.index("4")
    x, y, w, h = DELETE
    game.tick(click(x + w // 2, y + h // 2))
    game.top.cursor = 0
    game.tick(press(Action.CONFIRM))
    assert not (saves / "4.json").exists() and not (saves / "4.json.bak").exists()
    assert not menu.deletable("4")
    game.draw()


def test_damaged_autosaves_are_said_and_one_deleted_in_the_menu_lets_autosave_go_on(game):
    saves = game.data / "saves"
    world = game.top
    from game.save import savegame

    for slot in ("auto1", "auto2", "auto3"):
        (saves / f"{slot}.json").write_bytes(b"{")
    world.autosave(game.ctx)
    assert any("delete one in the Load menu" in n for n in game.notices), game.notices
    game.tick(press(Action.MENU))
    game.top.list.cursor = PAUSE_ITEMS.index("Load")
    game.tick(press(Action.CONFIRM))
    game.top.list.cursor = SLOTS.index("auto2")
    game.tick(press(Action.RIGHT), press(Action.CONFIRM))
    game.top.cursor = 0
    game.tick(press(Action.CONFIRM))
    assert not (saves / "auto2.json").exists()
    assert savegame.store(game.ctx).autosave(savegame.capture(game.ctx, world.play)) == "auto2"


def test_continue_takes_the_save_written_last_not_the_one_dated_latest(tmp_path):
    data = tmp_path / "data"
    g = Game(data)
    try:
        world = g.new_game()
        from game.save import savegame

        assert savegame.save_to_slot(g.ctx, world.play, "1") is None
        doc = json.loads((data / "saves" / "1.json").read_text())
        doc["saved_at"] = "2999-12-31T23:59:00+00:00"  # a clock far ahead, or another machine
        (data / "saves" / "1.json").write_text(json.dumps(doc))
        g.tick(idle=200)
        g.tick(press(Action.QUICKSAVE))
        assert g.toast() == "Quicksaved"
        ticks = world.state.play_ticks
    finally:
        g.close()
    g = Game(data)
    try:
        title = g.top
        assert TITLE_ITEMS[title.menu.cursor] == "Continue"
        g.tick(press(Action.CONFIRM))
        for _ in range(60):
            if isinstance(g.top, WorldScreen):
                break
            g.tick(idle=1)
        assert ticks <= g.top.state.play_ticks <= ticks + 1  # the quicksave, not slot 1 "of 2999"
    finally:
        g.close()
