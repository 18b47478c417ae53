"""Playing a scene: a stack of step lists, advanced a tick at a time, waiting where a command waits.

All of it is simulation state: positions are (scene, step-list path, index), so a run can be hashed,
saved by line id and resumed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from game.input.actions import InputFrame
from game.story import expr
from game.story.model import Command, Scene
from game.story.params import Condition

if TYPE_CHECKING:
    from game.story.director import Director as SceneHost

MAX_STEPS_PER_TICK = 500  # a scene that loops without ever waiting is stopped, not hung
MAX_CALL_DEPTH = 32  # scenes calling scenes: deeper than this is a loop, stopped with a message


class Wait(Protocol):
    def update(self, run: SceneRun, frame: InputFrame) -> bool:
        """One tick; True when the scene may go on."""
        ...

    def snapshot(self) -> list[Any]: ...


@dataclass
class Ticks:
    """Wait a number of ticks; fast-forwarded when skipping."""

    left: int
    skippable: bool = True

    def update(self, run: SceneRun, frame: InputFrame) -> bool:
        self.left -= run.host.skip_speed(frame) if self.skippable else 1
        return self.left <= 0

    def snapshot(self) -> list[Any]:
        return ["ticks", self.left]


@dataclass
class UntilIdle:
    """Wait for a walker, a camera pan or a warp to finish (walks and pans go faster when skipping)."""

    what: str  # "walk:<actor>", "camera" or "warp"

    def update(self, run: SceneRun, frame: InputFrame) -> bool:
        return run.host.idle(self.what)

    def snapshot(self) -> list[Any]:
        return ["until", self.what]


@dataclass
class Frame:
    scene: Scene
    path: str
    steps: list[Command]
    index: int = 0
    called: bool = False  # pushed by `call`: the scene below resumes when it ends

    def snapshot(self) -> list[Any]:
        return [self.scene.id, self.path, self.index, self.called]


class FlagEnv:
    """Conditions read flags, items, memories and what has been seen, from the host's state."""

    def __init__(self, host: SceneHost) -> None:
        self.host = host

    def value(self, name: str) -> expr.Value:
        state = self.host.state
        if name in state.flags:
            return state.flags[name]
        kind = self.host.content.flag_types.get(name)
        return {expr.Type.INT: 0, expr.Type.STR: ""}.get(kind, False)  # type: ignore[arg-type]

    def call(self, name: str, args: Sequence[expr.Value]) -> expr.Value:
        state, arg = self.host.state, str(args[0]) if args else ""
        if name == "seen":
            return self.host.seen.has(arg)
        if name == "visited":
            return arg in state.visited
        if name == "has":
            return state.items.get(arg, 0) > 0
        if name == "count":
            return state.items.get(arg, 0)
        if name == "found":
            return arg in state.memories
        raise expr.ExprError(f"unknown function {name}", 1)


FUNCTIONS: dict[str, expr.Signature] = {
    "seen": expr.Signature((expr.Type.STR,), expr.Type.BOOL),
    "visited": expr.Signature((expr.Type.STR,), expr.Type.BOOL),
    "has": expr.Signature((expr.Type.STR,), expr.Type.BOOL),
    "count": expr.Signature((expr.Type.STR,), expr.Type.INT),
    "found": expr.Signature((expr.Type.STR,), expr.Type.BOOL),
}


class SceneRun:
    def __init__(self, host: SceneHost, scene: Scene) -> None:
        self.host = host
        self.frames: list[Frame] = []
        self.wait: Wait | None = None
        self.done = False
        self.scene = scene
        self.enter(scene)

    # -- moving through steps --------------------------------------------------------------------
    def enter(self, scene: Scene, *, called: bool = False) -> bool:
        """Start ``scene`` on top (a call) or alone; False (and the run stopped) when calls nest
        deeper than MAX_CALL_DEPTH: a scene that calls itself must not grow the stack for good."""
        if called and sum(f.called for f in self.frames) >= MAX_CALL_DEPTH:
            where = self.frames[-1].scene if self.frames else scene
            self.host.report(
                f"{where.file}: `call: {scene.id}` nests calls more than {MAX_CALL_DEPTH} deep "
                "(a scene that calls itself?); the scene stops here"
            )
            self.stop()
            return False
        self.scene = scene
        self.host.state.visit(scene.id)
        self.frames.append(Frame(scene, "", scene.steps, 0, called))
        return True

    def push(self, path: str, steps: list[Command]) -> None:
        """Run nested steps (a branch, a choice's answer) before going on."""
        if steps:
            self.frames.append(Frame(self.frames[-1].scene, path, steps, 0))

    def goto(self, scene: Scene) -> None:
        self.frames.clear()
        self.enter(scene)

    def condition(self, cond: Condition | None) -> bool:
        if cond is None:
            return True
        try:
            return bool(expr.evaluate(cond.tree, FlagEnv(self.host)))
        except expr.ExprError as exc:  # only a condition the loader could not check gets here
            self.host.report(f"{self.frames[-1].scene.file}:{cond.line}:{cond.col}: {exc.message}")
            return False

    def tick(self, frame: InputFrame) -> None:
        """Advance until a command waits or the scene ends."""
        if self.wait is not None:
            if not self.wait.update(self, frame):
                return
            self.wait = None
        for _ in range(MAX_STEPS_PER_TICK):
            if not self.frames:
                self.done = True
                return
            top = self.frames[-1]
            if top.index >= len(top.steps):
                self.frames.pop()
                if self.frames:
                    self.scene = self.frames[-1].scene
                continue
            cmd = top.steps[top.index]
            top.index += 1
            wait = cmd.start(self)
            if wait is not None:
                self.wait = wait
                return
            if self.done:
                return
        self.host.report(
            f"{self.scene.file}: scene {self.scene.id} ran {MAX_STEPS_PER_TICK} steps without waiting; stopped"
        )
        self.frames.clear()
        self.done = True

    def stop(self) -> None:
        self.frames.clear()
        self.done = True

    # -- position, for saves and hashes ----------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        return {
            "frames": [f.snapshot() for f in self.frames],
            "wait": self.wait.snapshot() if self.wait is not None else None,
        }
