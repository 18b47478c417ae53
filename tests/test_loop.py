"""The fixed-step clock and the screen stack."""

from game.input.actions import NO_INPUT
from game.loop import TICK_US, FixedStep
from game.screens.stack import Screen, ScreenStack


def test_exact_sixty_ticks_per_second_of_frames():
    clock = FixedStep()
    total = sum(clock.advance(16_667) for _ in range(600))  # ~60 Hz display
    assert total in (599, 600, 601)
    clock = FixedStep()
    assert sum(clock.advance(1_000_000 // 144) for _ in range(144 * 5)) in (
        299,
        300,
    )  # 144 Hz display


def test_slow_frames_catch_up_but_are_capped():
    clock = FixedStep(max_steps=5)
    assert clock.advance(int(TICK_US * 3) + 1) == 3
    assert clock.advance(int(TICK_US * 20)) == 5  # capped: slow motion rather than a spiral
    assert clock.dropped_us > 0


def test_huge_frame_is_clamped():
    clock = FixedStep(max_frame_us=250_000, max_steps=100)
    assert clock.advance(10_000_000) == 15  # a 10 s stall counts as 250 ms
    assert clock.advance(-5) == 0  # a clock going backwards adds nothing


def test_remainder_is_kept_between_frames():
    clock = FixedStep()
    assert clock.advance(10_000) == 0
    assert clock.advance(10_000) == 1
    assert 0 <= clock.alpha < 1


class Probe(Screen):
    def __init__(self, name, log, opaque=True):
        self.name, self.log, self.opaque = name, log, opaque

    def on_enter(self, ctx):
        self.log.append(f"enter {self.name}")

    def on_exit(self, ctx):
        self.log.append(f"exit {self.name}")

    def on_resume(self, ctx):
        self.log.append(f"resume {self.name}")

    def update(self, frame, ctx):
        self.log.append(f"update {self.name}")

    def update_below(self, ctx):
        self.log.append(f"below {self.name}")

    def draw(self, surface, ctx):
        self.log.append(f"draw {self.name}")


def test_stack_push_pop_replace_and_hooks():
    log = []
    stack = ScreenStack(ctx=None)
    stack.push(Probe("a", log))
    stack.push(Probe("b", log, opaque=False))
    stack.apply()
    stack.update(NO_INPUT)
    assert log == ["enter a", "enter b", "below a", "update b"]
    log.clear()
    stack.draw(None)
    assert log == ["draw a", "draw b"]  # b is translucent: a shows under it
    log.clear()
    stack.push(Probe("c", log))
    stack.apply()
    stack.draw(None)
    assert log == ["enter c", "draw c"]  # c is opaque: nothing under it is drawn
    log.clear()
    stack.pop()
    stack.apply()
    assert log == ["exit c", "resume b"]
    log.clear()
    stack.replace(Probe("d", log))
    stack.apply()
    assert log == ["exit b", "enter d"] and len(stack) == 2


def test_changes_during_update_apply_after_it():
    log = []
    stack = ScreenStack(ctx=None)

    class Pusher(Probe):
        def update(self, frame, ctx):
            super().update(frame, ctx)
            stack.push(Probe("pushed", log))
            assert stack.top is self  # not yet

    stack.push(Pusher("p", log))
    stack.update(NO_INPUT)
    assert stack.top.name == "pushed"
