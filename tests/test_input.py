"""Input: bindings, keyboard and controller events to actions, recorded input files."""

import pygame
import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.input.actions import Action, InputFrame
from game.input.bindings import Bindings
from game.input.devices import InputDevices
from game.input.recording import InputFileError, encode, frames_from_text


def key(kind, k):
    return pygame.event.Event(kind, key=k, mod=0)


def pad(kind, button):
    return pygame.event.Event(kind, button=button, instance_id=0)


def test_keyboard_maps_to_actions_with_press_and_hold():
    dev = InputDevices(Bindings())
    dev.handle(key(pygame.KEYDOWN, pygame.K_RIGHT))
    dev.handle(key(pygame.KEYDOWN, pygame.K_z))
    f = dev.frame()
    assert f.held == {Action.RIGHT, Action.CONFIRM}
    assert f.pressed == {Action.RIGHT, Action.CONFIRM}
    f = dev.frame()  # next tick: still held, no longer newly pressed
    assert f.held == {Action.RIGHT, Action.CONFIRM} and not f.pressed
    dev.handle(key(pygame.KEYUP, pygame.K_z))
    assert dev.frame().held == {Action.RIGHT}


def test_wasd_and_alternative_confirm_keys():
    dev = InputDevices(Bindings())
    for k in (pygame.K_w, pygame.K_a, pygame.K_RETURN, pygame.K_SPACE):
        dev.handle(key(pygame.KEYDOWN, k))
    assert dev.frame().held == {Action.UP, Action.LEFT, Action.CONFIRM}


def test_tap_shorter_than_a_tick_is_not_lost():
    dev = InputDevices(Bindings())
    dev.handle(key(pygame.KEYDOWN, pygame.K_x))
    dev.handle(key(pygame.KEYUP, pygame.K_x))
    f = dev.frame()
    assert Action.CANCEL in f.pressed and Action.CANCEL in f.held
    assert dev.frame().empty


def test_os_key_repeat_is_not_a_new_press():
    dev = InputDevices(Bindings())
    dev.handle(key(pygame.KEYDOWN, pygame.K_DOWN))
    dev.frame()
    dev.handle(key(pygame.KEYDOWN, pygame.K_DOWN))
    assert not dev.frame().pressed


def test_two_keys_for_one_action_release_independently():
    dev = InputDevices(Bindings())
    dev.handle(key(pygame.KEYDOWN, pygame.K_LEFT))
    dev.handle(key(pygame.KEYDOWN, pygame.K_a))
    dev.handle(key(pygame.KEYUP, pygame.K_LEFT))
    assert dev.frame().held == {Action.LEFT}


def test_rebinding_changes_the_mapping():
    b = Bindings()
    b.keys[Action.CONFIRM] = ("k",)
    dev = InputDevices(b)
    dev.handle(key(pygame.KEYDOWN, pygame.K_z))
    dev.handle(key(pygame.KEYDOWN, pygame.K_k))
    assert dev.frame().held == {Action.CONFIRM}
    assert Bindings.from_data(b.to_data()).keys[Action.CONFIRM] == ("k",)


def test_binding_conflicts_are_found():
    b = Bindings()
    b.keys[Action.CANCEL] = ("z",)
    assert ("key z", [Action.CONFIRM, Action.CANCEL]) in b.conflicts()
    assert Bindings().conflicts() == []


def test_simulated_controller_buttons_and_dpad():
    dev = InputDevices(Bindings())
    dev.handle(pad(pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLER_BUTTON_A))
    dev.handle(pad(pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLER_BUTTON_DPAD_UP))
    f = dev.frame()
    assert f.held == {Action.CONFIRM, Action.UP} and f.pressed == {Action.CONFIRM, Action.UP}
    dev.handle(pad(pygame.CONTROLLERBUTTONUP, pygame.CONTROLLER_BUTTON_A))
    dev.handle(pad(pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLER_BUTTON_B))
    assert dev.frame().held == {Action.UP, Action.CANCEL}


def stick(axis, value):
    return pygame.event.Event(pygame.CONTROLLERAXISMOTION, axis=axis, value=value, instance_id=0)


def test_left_stick_with_dead_zone():
    dev = InputDevices(Bindings())
    dev.handle(stick(pygame.CONTROLLER_AXIS_LEFTX, 5000))  # small drift: nothing
    dev.handle(stick(pygame.CONTROLLER_AXIS_LEFTY, -6000))
    assert dev.frame().empty
    dev.handle(stick(pygame.CONTROLLER_AXIS_LEFTX, 30000))
    f = dev.frame()
    assert f.held == {Action.RIGHT} and f.pressed == {Action.RIGHT}
    dev.handle(stick(pygame.CONTROLLER_AXIS_LEFTX, -32768))
    f = dev.frame()
    assert f.held == {Action.LEFT} and f.pressed == {Action.LEFT}
    dev.handle(stick(pygame.CONTROLLER_AXIS_LEFTX, 0))
    assert dev.frame().empty


def test_focus_loss_releases_everything():
    dev = InputDevices(Bindings())
    dev.handle(key(pygame.KEYDOWN, pygame.K_RIGHT))
    dev.frame()
    dev.release_all()
    assert dev.frame().empty


def test_input_file_runs_and_presses():
    frames = list(frames_from_text("# walk\n3 +right\n2\n1 +confirm up\n"))
    assert len(frames) == 6
    assert frames[0] == InputFrame(frozenset({Action.RIGHT}), frozenset({Action.RIGHT}))
    assert frames[1] == frames[2] == InputFrame(frozenset({Action.RIGHT}))
    assert frames[3].empty
    assert frames[5].pressed == {Action.CONFIRM} and frames[5].held == {Action.CONFIRM, Action.UP}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("x right\n", "1:1"),
        ("2 jump\n", "1:3"),
        ("1 up\n0 up\n", "2:1"),
        ("3 +up +sideways", "1:7"),
    ],
)
def test_input_file_errors_name_line_and_column(text, where):
    with pytest.raises(InputFileError) as err:
        list(frames_from_text(text))
    assert str(err.value).startswith(where)


frame_st = st.builds(
    InputFrame,
    st.frozensets(st.sampled_from(list(Action))),
    st.frozensets(st.sampled_from(list(Action))),
    st.none() | st.tuples(st.integers(0, 479), st.integers(0, 269)),
    st.booleans(),
    st.integers(-3, 3),
)


@given(st.lists(frame_st, max_size=60))
def test_encoding_round_trips(frames):
    assert list(frames_from_text(encode(frames))) == frames


def test_mouse_tokens():
    frames = list(frames_from_text("2 @10,20 +click\n1 wheel:-2\n"))
    assert frames[0].pointer == (10, 20) and frames[0].click
    assert frames[1].pointer == (10, 20) and not frames[1].click
    assert frames[2].wheel == -2 and frames[2].pointer is None
