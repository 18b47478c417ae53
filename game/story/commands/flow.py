"""Commands that steer a scene: conditions, jumps, calls, pauses, endings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from game.story.model import Command, parse_steps
from game.story.params import Param, Reader
from game.story.runner import Ticks
from game.story.yamlsrc import YMap, YNode, YSeq

if TYPE_CHECKING:
    from game.story.runner import SceneRun


class If(Command):
    """Run `then` when the condition holds; otherwise the first `elif` whose condition holds, or
    `else`. `elif` is a list of `{if: ..., then: [...]}`."""

    key = "if"
    short = "if"
    inline = True
    category = "Flow"
    params = {
        "if": Param("condition", required=True, doc="the condition"),
        "then": Param("steps", required=True, doc="steps when it holds"),
        "elif": Param("custom", doc="list of {if, then}"),
        "else": Param("steps", doc="steps when nothing held"),
    }
    example = """if: "showed_lucy and count(\\"tokens\\") >= 2"
then:
  - narrate: {id: my_mod.narrate.1, text: "I had shown her everything."}
elif:
  - if: "seen(\\"h02.miss_lucy.1\\")"
    then:
      - narrate: {id: my_mod.narrate.2, text: "She had asked about the ball."}
else:
  - narrate: {id: my_mod.narrate.3, text: "I kept it to myself."}"""

    def build(self, reader: Reader, nodes: dict[str, YNode]) -> None:
        self.then = (
            parse_steps(nodes["then"], reader, f"{self.path}.then") if "then" in nodes else []
        )
        self.otherwise = (
            parse_steps(nodes["else"], reader, f"{self.path}.else") if "else" in nodes else []
        )
        self.elifs: list[tuple[Any, list[Command]]] = []
        node = nodes.get("elif")
        if node is None:
            return
        if not isinstance(node, YSeq):
            reader.problem(node, "S022", "`elif` takes a list of `{if: ..., then: [...]}`")
            return
        for i, item in enumerate(node.items):
            if not isinstance(item, YMap) or item.get("if") is None or item.get("then") is None:
                reader.problem(item, "S022", "each `elif` needs `if` and `then`")
                continue
            cond = reader.read("condition", item.get("if"), "if")
            self.elifs.append((cond, parse_steps(item.get("then"), reader, f"{self.path}.elif{i}")))

    def children(self) -> list[tuple[str, list[Command]]]:
        kids = [("then", self.then)]
        kids += [(f"elif{i}", steps) for i, (_c, steps) in enumerate(self.elifs)]
        return [*kids, ("else", self.otherwise)]

    def start(self, run: SceneRun) -> None:
        if run.condition(self["if"]):
            run.push(f"{self.path}.then", self.then)
            return
        for i, (cond, steps) in enumerate(self.elifs):
            if run.condition(cond):
                run.push(f"{self.path}.elif{i}", steps)
                return
        run.push(f"{self.path}.else", self.otherwise)


class Goto(Command):
    """Leave this scene and play another from its start."""

    key = "goto"
    short = "scene"
    category = "Flow"
    params = {"scene": Param("ref:scene", required=True, doc="scene id")}
    example = "goto: h03_art_class"

    def start(self, run: SceneRun) -> None:
        scene = run.host.scene(self["scene"])
        if scene is None:
            run.stop()
        else:
            run.goto(scene)


class Call(Command):
    """Play another scene, then come back and go on after this step."""

    key = "call"
    short = "scene"
    category = "Flow"
    params = {"scene": Param("ref:scene", required=True, doc="scene id")}
    example = "call: look_bench"

    def start(self, run: SceneRun) -> None:
        scene = run.host.scene(self["scene"])
        if scene is not None:
            run.enter(scene, called=True)


class Wait(Command):
    """Pause for a number of ticks (60 a second). Skipping fast-forwards it."""

    key = "wait"
    short = "ticks"
    category = "Flow"
    params = {"ticks": Param("int", required=True, doc="ticks to wait (60 = one second)", hi=3600)}
    example = "wait: 45"

    def start(self, run: SceneRun) -> Ticks | None:
        return Ticks(self["ticks"]) if self["ticks"] > 0 else None


class End(Command):
    """End the scene here (and any scene that called it)."""

    key = "end"
    short = "reason"
    category = "Flow"
    params = {"reason": Param("text", default="", doc="a note for readers of the file")}
    example = "end: the player walked away"

    def start(self, run: SceneRun) -> None:
        run.stop()


class EndChapter(Command):
    """End the chapter: the game records it, autosaves and hands over to `next` (a chapter id
    from `dialogue/chapters.yaml`) with its title card."""

    key = "end_chapter"
    short = "next"
    category = "Flow"
    params = {
        "next": Param("ref:chapter", default="", doc="the chapter that follows (empty: the end)")
    }
    example = "end_chapter: cottages"

    def start(self, run: SceneRun) -> None:
        run.host.end_chapter(self["next"])
        run.stop()
