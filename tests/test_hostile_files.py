"""Hostile or damaged player files, through the real game: settings that nest deep or leave the
keyboard without confirm, a language that names a path, a profile of 100,000 chapters, a
seen-lines log that is a link, torn or huge, input files that try to blow up the headless run,
and save pictures made without pygame's leaking BytesIO path."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pygame
import pytest

from game import cli
from game.input.actions import Action
from game.input.bindings import DEFAULT_KEYS
from game.input.devices import InputDevices
from game.save.profile import MAX_IDS
from game.screens.menus.settings import SAVE_AFTER, SettingsScreen
from game.screens.title import ITEMS as TITLE_ITEMS
from game.screens.world_screen import WorldScreen
from game.story import seen as seen_module
from tests.gamekit import Game, press


def settings_file(data: Path, doc: dict) -> None:
    data.mkdir(parents=True, exist_ok=True)
    (data / "settings.json").write_text(json.dumps(doc))


def nested(depth: int, leaf: object) -> object:
    for _ in range(depth):
        leaf = [leaf]
    return leaf


# -- settings ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "bindings",
    [
        {"keys": {"confirm": nested(500, "z")}},
        nested(500, {}),
        {"keys": nested(500, {"x": 1})},
        {"keys": {"confirm": ["z"] * 50, "cancel": ["x" * 10_000]}},
    ],
    ids=["a list 500 deep", "the whole 500 deep", "keys 500 deep", "too many and too long"],
)
def test_settings_bindings_of_any_shape_never_break_the_next_setting_change(tmp_path, bindings):
    data = tmp_path / "data"
    settings_file(data, {"bindings": bindings, "music_volume": 0.5})
    g = Game(data)
    try:
        assert any("bindings" in n for n in g.notices), g.notices
        assert g.ctx.settings.music_volume == 0.5  # the good parts are kept
        g.top.menu.cursor = TITLE_ITEMS.index("Settings")
        g.tick(press(Action.CONFIRM))
        assert isinstance(g.top, SettingsScreen)
        g.tick(press(Action.RIGHT), idle=SAVE_AFTER + 2)  # a change, written shortly after
        written = json.loads((data / "settings.json").read_text())
        keys = written["bindings"]["keys"]
        assert all(isinstance(k, str) and len(k) < 40 for names in keys.values() for k in names)
        assert keys["confirm"] and keys["cancel"] and keys["menu"]
    finally:
        g.close()


def test_bindings_that_leave_confirm_cancel_or_pause_without_a_key_are_refused(tmp_path):
    data = tmp_path / "data"
    settings_file(
        data,
        {"bindings": {"keys": {"confirm": [], "cancel": [], "menu": [], "auto": ["z", "v"]}}},
    )
    g = Game(data)
    try:
        for action in ("confirm", "cancel", "menu"):
            assert any(f"nothing is bound to {action}" in n for n in g.notices), g.notices
        keys = g.ctx.settings.input_bindings().keys
        assert keys[Action.CONFIRM] == DEFAULT_KEYS[Action.CONFIRM]
        assert "z" not in keys[Action.AUTO]  # z is confirm's again
        # The keyboard starts a game: Z through the real input devices, on the title.
        devices = InputDevices(g.ctx.settings.input_bindings())
        g.top.menu.cursor = TITLE_ITEMS.index("New Game")
        devices.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_z, mod=0))
        g.tick(devices.frame(), idle=40)
        assert isinstance(g.top, WorldScreen)
    finally:
        g.close()


@pytest.mark.parametrize("language", ["/tmp/saves-lang", "../../../tmp/saves-lang", "zz", 7])
def test_a_language_is_only_one_the_game_or_a_mod_ships(tmp_path, language):
    outside = Path("/tmp/saves-lang.yaml")
    outside.write_text("p01.narrate.1: 'loaded from outside'\n")
    try:
        data = tmp_path / "data"
        settings_file(data, {"language": language})
        g = Game(data)
        try:
            assert g.ctx.settings.language == ""
            assert any("language" in n for n in g.notices), g.notices
            assert "loaded from outside" not in g.ctx.content.translations.values()
        finally:
            g.close()
    finally:
        outside.unlink()


def test_a_language_a_mod_ships_is_used(tmp_path):
    data = tmp_path / "data"
    mod = data / "mods" / "french"
    (mod / "lang").mkdir(parents=True)
    (mod / "mod.yaml").write_text("id: french\nname: French\nversion: '1.0'\n")
    (mod / "lang" / "fr.yaml").write_text("p01.narrate.1: 'Une nuit calme.'\n")
    settings_file(data, {"language": "fr"})
    g = Game(data)
    try:
        assert g.ctx.settings.language == "fr"
        assert g.ctx.content.translations.get("p01.narrate.1") == "Une nuit calme."
    finally:
        g.close()


# -- the profile -------------------------------------------------------------------------------------
def test_a_profile_of_100000_chapters_is_cut_to_size_and_the_game_starts(tmp_path):
    data = tmp_path / "data"
    (data / "profile").mkdir(parents=True)
    ids = (
        ["prologue"] + [f"c{i}" for i in range(100_000)] + ["prologue"]
    )  # a megabyte: under the cap
    (data / "profile" / "profile.json").write_text(json.dumps({"chapters": ids}))
    g = Game(data)
    try:
        assert len(g.ctx.profile.chapters) == MAX_IDS
        assert any("dropped" in n and "more" in n for n in g.notices), g.notices
        assert (data / "profile" / "profile.json.bad-1").stat().st_size > 900_000  # kept
        assert g.top.menu.enabled[TITLE_ITEMS.index("Chapter Select")]
        g.draw()
    finally:
        g.close()


def test_a_profile_over_its_size_cap_is_kept_aside_and_not_read(tmp_path):
    data = tmp_path / "data"
    (data / "profile").mkdir(parents=True)
    big = json.dumps({"chapters": ["prologue"], "extra": {"pad": "x" * 3_000_000}})
    (data / "profile" / "profile.json").write_text(big)
    g = Game(data)
    try:
        assert any("profile.json" in n and "too large" in n for n in g.notices), g.notices
        assert (data / "profile" / "profile.json.bad-1").read_text() == big
        g.new_game()  # and the game plays on with a fresh profile, written as usual
        assert json.loads((data / "profile" / "profile.json").read_text())["chapters"] == [
            "prologue"
        ]
    finally:
        g.close()


# -- the seen-lines log ------------------------------------------------------------------------------
def see_lines(g: Game) -> list[str]:
    """Play the prologue's opening lines; the ids seen."""
    g.new_game()
    for _ in range(30):
        g.tick(press(Action.CONFIRM), idle=10)
    ids = [entry[3] for entry in g.top.state.backlog if entry[3]]
    assert len(ids) >= 2 and g.ctx.seen.has(ids[0])
    return ids


def test_the_seen_log_is_never_written_through_a_link(tmp_path):
    data = tmp_path / "data"
    (data / "profile").mkdir(parents=True)
    outside = tmp_path / "outside.txt"
    outside.write_text("someone else's file\n")
    (data / "profile" / "seen.txt").symlink_to(outside)
    g = Game(data)
    try:
        assert see_lines(g)
        assert outside.read_text() == "someone else's file\n"
        assert any("seen.txt" in n and "link" in n for n in g.notices), g.notices
    finally:
        g.close()


def test_after_a_torn_tail_the_next_id_starts_a_line_of_its_own(tmp_path):
    data = tmp_path / "data"
    (data / "profile").mkdir(parents=True)
    log = data / "profile" / "seen.txt"
    log.write_bytes(b"h01.kathy.1\nh01.ruth.")  # a power cut in the middle of an id
    g = Game(data)
    try:
        assert g.ctx.seen.has("h01.kathy.1") and not g.ctx.seen.has("h01.ruth.")
        ids = see_lines(g)
    finally:
        g.close()
    lines = log.read_text().split("\n")
    assert lines[:3] == ["h01.kathy.1", "h01.ruth.", ids[0]]
    g = Game(data)
    try:
        assert all(g.ctx.seen.has(i) for i in ids)
    finally:
        g.close()


def test_a_huge_seen_log_is_read_within_bounds_compacted_and_kept(tmp_path):
    data = tmp_path / "data"
    (data / "profile").mkdir(parents=True)
    log = data / "profile" / "seen.txt"
    with open(log, "wb") as f:
        f.write(b"x" * 1_000_000 + b"\n")  # a line no id could be
        for block in range(12):
            f.write(b"".join(b"id.%d.%d\n" % (block, i) for i in range(100_000)))
    size = log.stat().st_size
    g = Game(data)
    try:
        assert 0 < len(g.ctx.seen) <= seen_module.MAX_IDS
        assert any("seen.txt holds more than" in n and "kept as" in n for n in g.notices), g.notices
        assert (data / "profile" / "seen.txt.bad-1").stat().st_size == size
        assert log.stat().st_size <= seen_module.MAX_BYTES
    finally:
        g.close()


# -- input files -------------------------------------------------------------------------------------
def headless(capsys, path: Path, ticks: int = 60) -> tuple[int, str]:
    code = cli.main(["--headless", "--input", str(path), "--ticks", str(ticks)])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.err


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("\u00b2 right\n", "1:1: expected a tick count"),
        ("10 right\n\u00b3\u00b2 left\n", "2:1: expected a tick count"),
        ("#\n" * 100_001 + "5 right\n", "more than 100,000 blank or comment lines"),
        ("1 " + "right " * 2000 + "\n", "line longer than"),
    ],
)
def test_bad_input_files_are_refused_with_line_and_column(tmp_path, capsys, text, said):
    path = tmp_path / "bad.input"
    path.write_text(text, encoding="utf-8")
    code, err = headless(capsys, path)
    assert code == 2 and said in err, err
    assert err.startswith(str(path))


def test_input_files_that_claim_too_much_cost_no_more_than_the_ticks_asked_for(tmp_path, capsys):
    bom = tmp_path / "bom.input"
    bom.write_bytes(b"\xef\xbb\xbf30 right\n")
    assert headless(capsys, bom)[0] == 0  # a byte-order mark is not an error
    claims = tmp_path / "claims.input"
    claims.write_text("10000000 right\n" * 1000)  # 15 KB claiming ten billion ticks
    assert headless(capsys, claims, ticks=600)[0] == 0
    huge = tmp_path / "huge.input"
    with open(huge, "wb") as f:
        f.truncate(65 * 1024 * 1024)  # sparse: costs nothing on disk
    code, err = headless(capsys, huge)
    assert code == 2 and "an input file is at most" in err


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_input_file_is_refused_at_its_first_line(capsys):
    code, err = headless(capsys, Path("/dev/zero"))
    assert code == 2 and "1:1: line longer than" in err


# -- save pictures -----------------------------------------------------------------------------------
def test_save_pictures_are_encoded_without_pygame_image_save(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("pygame.image.save keeps each BytesIO alive")

    monkeypatch.setattr(pygame.image, "save", refuse)
    g = Game(tmp_path / "data")
    try:
        g.ctx.display = object()  # a window exists: saves get a picture
        world = g.new_game()
        first = world.thumbnail(g.ctx)
        assert first == world.thumbnail(g.ctx)  # the same picture, the same bytes
        g.tick(press(Action.QUICKSAVE))
        assert g.toast() == "Quicksaved"
        info = (
            __import__("game.save", fromlist=["SaveStore"])
            .SaveStore(g.data / "saves")
            .info("quick")
        )
        picture = pygame.image.load(io.BytesIO(info.thumbnail), "t.png")
        assert picture.get_size() == (96, 54)
        canvas = pygame.Surface((480, 270))
        world.draw(canvas, g.ctx)
        small = pygame.transform.smoothscale(canvas, (96, 54))
        assert picture.get_at((48, 27)) == small.get_at((48, 27))  # what the world showed
    finally:
        g.close()


def test_a_seen_log_of_exactly_its_cap_is_read_whole_and_left_alone(tmp_path):
    data = tmp_path / "data"
    (data / "profile").mkdir(parents=True)
    log = data / "profile" / "seen.txt"
    log.write_bytes(b"".join(b"s.%d\n" % i for i in range(seen_module.MAX_IDS)))
    g = Game(data)
    try:
        assert len(g.ctx.seen) == seen_module.MAX_IDS and g.notices == []
        assert not (data / "profile" / "seen.txt.bad-1").exists()
    finally:
        g.close()
