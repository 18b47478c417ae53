"""The settings screen and rebinding, driven headless: applied at once, persisted, conflicts handled."""

import json

import pytest

from game.input.actions import Action, InputFrame
from game.input.bindings import DEFAULT_KEYS, Bindings
from game.screens.menus.confirm import ConfirmScreen
from game.screens.menus.rebind import WAIT_TICKS, RebindScreen, assign
from game.screens.menus.settings import SAVE_AFTER, SettingsScreen, _track
from game.screens.title import TitleScreen
from game.settings_file import load_settings
from game.simulation import Simulation


def press(*actions):
    return InputFrame(frozenset(actions), frozenset(actions))


def click(x, y):
    return InputFrame(pointer=(x, y), click=True)


class FakeAudio:
    current_track = None

    def __init__(self):
        self.volumes = None
        self.sounds = []

    def set_volumes(self, master, music, sound, ambient=1.0):
        self.volumes = (master, music, sound)
        self.ambient_volume = ambient

    def set_ambient(self, *a, **k): ...
    def stop_ambient(self, *a, **k): ...

    def play_music(self, *a, **k): ...
    def stop_music(self, *a, **k): ...

    def play_sound(self, name):
        self.sounds.append(name)


class FakeDisplay:
    def __init__(self):
        self.fullscreen = False
        self.scales = []

    def set_scale(self, k):
        self.scales.append(k)
        self.fullscreen = False

    def toggle_fullscreen(self):
        self.fullscreen = not self.fullscreen


class FakeDevices:
    def __init__(self):
        self.raw = []
        self.bound = None

    def rebind(self, bindings):
        self.bound = bindings


@pytest.fixture
def sim(ctx):
    ctx.audio, ctx.display, ctx.devices = FakeAudio(), FakeDisplay(), FakeDevices()
    s = Simulation(ctx, TitleScreen())
    s.stack.push(SettingsScreen())
    s.stack.apply()
    return s


def screen(sim):
    return sim.stack.top


def go_to(sim, key):
    """Put the cursor on the row for a setting."""
    scr = screen(sim)
    scr.list.cursor = next(i for i, o in enumerate(scr.rows) if o.key == key)
    scr.list.set_enabled(scr.list.enabled)
    return scr.list.cursor


def tick(sim, *frames, idle=0):
    for f in frames:
        sim.tick(f)
    for _ in range(idle):
        sim.tick()


def saved(ctx):
    return json.loads(ctx.paths.settings_file.read_text())


def test_volume_slider_by_keys_applies_at_once_and_is_saved(sim, ctx):
    go_to(sim, "music_volume")
    tick(sim, press(Action.LEFT), press(Action.LEFT))
    assert ctx.settings.music_volume == pytest.approx(0.5)
    assert ctx.audio.volumes == (ctx.settings.master_volume, 0.5, ctx.settings.sound_volume)
    assert not ctx.paths.settings_file.exists()  # written once the changes settle
    tick(sim, idle=SAVE_AFTER + 1)
    assert saved(ctx)["music_volume"] == pytest.approx(0.5)
    settings, problems = load_settings(ctx.paths.settings_file)
    assert settings.music_volume == pytest.approx(0.5) and not problems


def test_slider_click_sets_the_value_where_clicked(sim, ctx):
    i = go_to(sim, "sound_volume")
    rect = screen(sim).list.row_rect(i)
    x, y, w, _h = _track(rect)
    tick(sim, click(x + w * 3 // 10, y + 2))
    assert ctx.settings.sound_volume == pytest.approx(0.3)
    tick(sim, click(x + w - 1, y + 2))
    assert ctx.settings.sound_volume == pytest.approx(1.0)


def test_toggles_and_choices_by_confirm_and_mouse(sim, ctx):
    i = go_to(sim, "reduced_motion")
    tick(sim, press(Action.CONFIRM))
    assert ctx.settings.reduced_motion is True
    x, y, _w, _h = screen(sim).list.row_rect(i)
    tick(sim, click(x + 20, y + 3))
    assert ctx.settings.reduced_motion is False
    go_to(sim, "text_speed")
    tick(sim, press(Action.RIGHT))
    assert ctx.settings.text_speed == 70
    tick(sim, press(Action.RIGHT), press(Action.RIGHT), press(Action.RIGHT))
    assert ctx.settings.text_speed == 0  # "Instant" is the last choice; right stops there
    go_to(sim, "high_contrast")
    tick(sim, press(Action.RIGHT))
    assert ctx.settings.high_contrast is True
    go_to(sim, "skip_mode")
    tick(sim, press(Action.CONFIRM))
    assert ctx.settings.skip_mode == "toggle"
    go_to(sim, "skip_all")
    tick(sim, press(Action.CONFIRM))
    assert ctx.settings.skip_all is True
    go_to(sim, "text_size")
    tick(sim, press(Action.CONFIRM))
    assert ctx.settings.text_size == "large"
    go_to(sim, "auto_speed")
    tick(sim, press(Action.LEFT))
    assert ctx.settings.auto_speed == 75


def test_leaving_saves_everything_changed(sim, ctx):
    go_to(sim, "high_contrast")
    tick(sim, press(Action.CONFIRM), press(Action.CANCEL))
    assert isinstance(screen(sim), TitleScreen)
    assert saved(ctx)["high_contrast"] is True


def test_window_size_and_fullscreen_change_the_window(sim, ctx):
    go_to(sim, "window_scale")
    tick(sim, press(Action.RIGHT), press(Action.RIGHT))
    assert ctx.settings.window_scale == 2 and ctx.display.scales == [1, 2]
    go_to(sim, "fullscreen")
    tick(sim, press(Action.CONFIRM))
    assert ctx.settings.fullscreen is True and ctx.display.fullscreen is True
    go_to(sim, "window_scale")
    tick(sim, press(Action.RIGHT))
    assert ctx.settings.fullscreen is False and ctx.display.scales[-1] == 3


def test_headless_without_a_window_changes_settings_safely(ctx):
    ctx.display = None
    s = Simulation(ctx, TitleScreen())
    s.stack.push(SettingsScreen())
    s.stack.apply()
    go_to(s, "fullscreen")
    tick(s, press(Action.CONFIRM))
    assert ctx.settings.fullscreen is True


def test_language_choices_come_from_the_lang_folder_and_reload_the_story(ctx, content):
    lang = content / "dialogue" / "lang"
    lang.mkdir()
    (lang / "fr.yaml").write_text("{}\n")
    (lang / "de.yaml").write_text("{}\n")
    ctx.audio, ctx.display, ctx.devices = FakeAudio(), FakeDisplay(), FakeDevices()
    s = Simulation(ctx, TitleScreen())
    s.stack.push(SettingsScreen())
    s.stack.apply()
    i = go_to(s, "language")
    option = screen(s).rows[i]
    assert [v for v, _label in option.choices] == ["", "de", "fr"]
    before = ctx.content
    tick(s, press(Action.RIGHT))
    assert ctx.settings.language == "de" and ctx.content is not before


# -- rebinding -----------------------------------------------------------------------------------------
def test_assign_swaps_a_key_taken_from_another_action():
    b = Bindings()
    changed, message = assign(b, "keys", Action.SKIP, 0, "z")  # z was Confirm's main key
    assert changed
    assert b.keys[Action.SKIP] == ("z", "c")
    assert b.keys[Action.CONFIRM] == ("left ctrl", "return", "space")  # got Skip's old key
    assert "Confirm" in message and "Left Ctrl" in message
    assert not b.conflicts()


def test_assign_refuses_to_leave_a_needed_action_without_keys():
    b = Bindings()
    b.keys[Action.MENU] = ("tab",)
    changed, message = assign(b, "keys", Action.BACKLOG, 1, "tab")  # an empty column: no swap
    assert not changed and "Menu" in message
    assert (
        b.keys[Action.MENU] == ("tab",) and b.keys[Action.BACKLOG] == DEFAULT_KEYS[Action.BACKLOG]
    )


def test_assign_moves_a_key_within_its_action_and_takes_from_optional_ones():
    b = Bindings()
    assert assign(b, "keys", Action.UP, 0, "w")[0]
    assert b.keys[Action.UP] == ("w", "up")
    b.keys[Action.QUICKLOAD] = ("f9",)
    changed, _ = assign(b, "keys", Action.QUICKSAVE, 2, "f9")
    assert changed and b.keys[Action.QUICKLOAD] == () and "f9" in b.keys[Action.QUICKSAVE]


@pytest.fixture
def rebind(sim, ctx):
    sim.stack.push(RebindScreen("keys"))
    sim.stack.apply()
    return sim


def test_rebinding_captures_the_next_key_and_applies_it(rebind, ctx):
    scr = screen(rebind)
    scr.list.cursor = list(Action).index(Action.BACKLOG)
    ctx.devices.raw.append("key:z")  # the key that chose the row is not the new binding
    tick(rebind, press(Action.CONFIRM))
    assert scr.waiting and ctx.devices.raw == []
    ctx.devices.raw.append("key:x")  # x is also Cancel: while waiting, Cancel does nothing
    tick(rebind, press(Action.CANCEL))
    assert screen(rebind) is scr and not scr.waiting
    bindings = ctx.settings.input_bindings()
    assert bindings.keys[Action.BACKLOG] == ("x",)
    assert bindings.keys[Action.CANCEL] == ("l", "escape", "backspace")
    assert ctx.devices.bound.keys[Action.BACKLOG] == ("x",)
    assert saved(ctx)["bindings"]["keys"]["backlog"] == ["x"]


def test_gamepad_rebinding_ignores_keys_and_times_out(rebind, ctx):
    rebind.stack.pop()
    rebind.stack.push(RebindScreen("pad"))
    rebind.stack.apply()
    scr = screen(rebind)
    scr.list.cursor = list(Action).index(Action.QUICKSAVE)
    tick(rebind, press(Action.CONFIRM))
    ctx.devices.raw.append("key:q")
    tick(rebind, idle=WAIT_TICKS)
    assert not scr.waiting and scr.message == "Nothing changed."
    assert ctx.settings.input_bindings().buttons[Action.QUICKSAVE] == ()
    tick(rebind, press(Action.CONFIRM))
    ctx.devices.raw.append("pad:leftshoulder")
    tick(rebind, idle=1)
    assert ctx.settings.input_bindings().buttons[Action.QUICKSAVE] == ("leftshoulder",)


def test_click_on_a_cell_chooses_its_column_and_a_click_while_waiting_keeps_the_old_key(
    rebind, ctx
):
    from game.screens.menus.rebind import COL_W, COL_X

    scr = screen(rebind)
    row = list(Action).index(Action.CONFIRM)
    _x, y, _w, _h = scr.list.row_rect(row)
    tick(rebind, click(COL_X + COL_W * 2 + 10, y + 4))
    assert scr.list.cursor == row and scr.column == 2 and scr.waiting
    tick(rebind, click(10, 10))
    assert not scr.waiting and ctx.settings.input_bindings().keys == Bindings().keys


def test_reset_to_defaults_asks_then_restores(rebind, ctx):
    b = Bindings()
    b.keys[Action.MENU] = ("m",)
    ctx.settings.bindings = b.to_data()
    scr = screen(rebind)
    scr.list.cursor = len(list(Action))  # "Reset to defaults"
    tick(rebind, press(Action.CONFIRM))
    assert isinstance(screen(rebind), ConfirmScreen)
    tick(rebind, press(Action.LEFT), press(Action.CONFIRM))
    assert screen(rebind) is scr
    assert ctx.settings.input_bindings().keys[Action.MENU] == DEFAULT_KEYS[Action.MENU]


def test_conflicts_in_the_file_are_reported(rebind, ctx):
    b = Bindings()
    b.keys[Action.BACKLOG] = ("z",)
    ctx.settings.bindings = b.to_data()
    conflicts = [c for c in screen(rebind).bindings(ctx).conflicts() if c[0].startswith("key")]
    assert conflicts == [("key z", [Action.CONFIRM, Action.BACKLOG])]


def test_livesplit_host_and_port_are_edited_in_the_menu(sim, ctx):
    """The host by keyboard (letters that are also action keys type as letters), the port by the
    arrows alone (a gamepad's way); a bad port is refused in the box with the reason."""
    from game.screens.menus.text_entry import TextEntryScreen

    go_to(sim, "livesplit_host")
    tick(sim, press(Action.CONFIRM))
    box = screen(sim)
    assert isinstance(box, TextEntryScreen) and box.text == "127.0.0.1"
    ctx.devices.raw = ["key:backspace"] * 9 + [f"key:{c}" for c in "xyz.local"]
    tick(sim, press(Action.CANCEL))  # x is Cancel too: read by name, it is a letter
    assert box.text == "xyz.local" and screen(sim) is box
    ctx.devices.raw = ["key:return"]
    tick(sim, InputFrame())
    assert ctx.settings.livesplit_host == "xyz.local" and not isinstance(
        screen(sim), TextEntryScreen
    )
    go_to(sim, "livesplit_port")
    tick(sim, press(Action.CONFIRM))
    box = screen(sim)
    assert box.text == "16834"
    up, down, right = press(Action.UP), press(Action.DOWN), press(Action.RIGHT)
    box.text, box.cursor = "6", 0
    tick(sim, up, InputFrame())  # 6 -> 7
    for _ in range(4):  # past the end, a turn up adds a character: blank -> 0
        tick(sim, right, InputFrame(), up, InputFrame())
    assert box.text == "70000"
    tick(sim, press(Action.CONFIRM))
    assert "not 1 to 65535" in box.problem and screen(sim) is box
    assert ctx.settings.livesplit_port == 16834
    tick(sim, down, InputFrame())  # the last 0 turned down is a blank: deleted when kept
    tick(sim, press(Action.CONFIRM))
    assert ctx.settings.livesplit_port == 7000 and not isinstance(screen(sim), TextEntryScreen)
    assert saved(ctx)["livesplit_host"] == "xyz.local"
