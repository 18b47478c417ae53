"""`repeat`: run steps again and again while a condition holds (a choice offered until the player
has had enough, questions asked until none are left).

The body is one step list that ends in a hidden `_again` step: when the body has run, `_again`
checks the condition and, if it still holds, sends the same frame back to the body's first step.
So a loop never stacks frames, and a save made inside the body resumes inside the loop (the
frames are saved by path, like any branch).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.story.model import Command, parse_steps
from game.story.params import Condition, Param, Reader
from game.story.yamlsrc import YNode

if TYPE_CHECKING:
    from game.story.runner import SceneRun


class Repeat(Command):
    """Run `steps` while the condition `while` holds, checking it before each round. A round
    must wait for something (a line, a choice, a walk): a loop that never waits is stopped with a
    message rather than hanging the game. Use it for a choice the player may come back to: give
    each option an `if` so it goes once used, and one option that ends the loop.

    Forms: parameters sit beside `repeat:` in the same step; `repeat:` holds the condition."""

    key = "repeat"
    short = "while"
    inline = True
    category = "Flow"
    params = {
        "while": Param("condition", required=True, doc="go round again while this holds"),
        "steps": Param("steps", required=True, doc="the steps of one round"),
    }
    example = """repeat: "not done_asking"
steps:
  - choice:
      - text: "Ask about the fence"
        if: "not asked_fence"
        set: {asked_fence: true}
        then:
          - say: {who: miss_emily, text: "Stories. We did not stop them."}
      - text: "That's enough"
        set: {done_asking: true}"""

    def build(self, reader: Reader, nodes: dict[str, YNode]) -> None:
        body = parse_steps(nodes["steps"], reader, f"{self.path}.do") if "steps" in nodes else []
        self.body: list[Command] = [*body, Again(self, f"{self.path}.do.{len(body)}")]

    def children(self) -> list[tuple[str, list[Command]]]:
        return [("do", self.body)]

    def holds(self, run: SceneRun) -> bool:
        cond: Condition | None = self["while"]
        return run.condition(cond)

    def start(self, run: SceneRun) -> None:
        if len(self.body) > 1 and self.holds(run):
            run.push(f"{self.path}.do", self.body)


class Again(Command):
    """The hidden last step of a `repeat` body: round again while the condition holds."""

    key = ""  # not a command anyone writes

    def __init__(self, loop: Repeat, path: str) -> None:
        super().__init__({}, loop.line, loop.col, path)
        self.loop = loop

    def start(self, run: SceneRun) -> None:
        if self.loop.holds(run):
            run.frames[-1].index = 0
