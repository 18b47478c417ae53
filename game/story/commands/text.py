"""Commands that show words: spoken lines, Kathy's narration, and choices."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from game.input.actions import InputFrame
from game.input.menu import Menu
from game.story.lines import LineBox, LineWait
from game.story.model import Command, parse_steps
from game.story.params import Param, Reader
from game.story.yamlsrc import YMap, YNode, YSeq

if TYPE_CHECKING:
    from game.story.runner import SceneRun


class Say(Command):
    """A character speaks a line in the text box, with their name plate and portrait.

    `who` is an actor id from `dialogue/actors.yaml`; `face` picks one of the actor's portrait
    expressions (default `neutral`). `id` is the line's stable id (the id tool adds it).
    """

    key = "say"
    category = "Words"
    params = {
        "who": Param("ref:actor", required=True, doc="who speaks (actor id)"),
        "text": Param("line", required=True, doc="what they say"),
        "id": Param("id", doc="stable line id, added by `python -m game ids`"),
        "face": Param("ref:portrait", default="neutral", doc="portrait expression"),
    }
    example = 'say: {who: miss_lucy, id: my_mod.miss_lucy.1, text: "Why did he stop?", face: kind}'

    def line_id(self) -> str | None:
        return self["id"] or self.auto_id()

    def start(self, run: SceneRun) -> LineWait:
        return run.host.show_line(self, "say", self["who"], self["face"])


class Narrate(Command):
    """Kathy's voice looking back: narration in the text box, without a name plate."""

    key = "narrate"
    category = "Words"
    params = {
        "text": Param("line", required=True, doc="the narration"),
        "id": Param("id", doc="stable line id, added by `python -m game ids`"),
    }
    example = (
        'narrate: {id: my_mod.narrate.4, text: "We were told a great many things, that year."}'
    )

    def line_id(self) -> str | None:
        return self["id"] or self.auto_id()

    def start(self, run: SceneRun) -> LineWait:
        return run.host.show_line(self, "narrate", "", "")


@dataclass
class Option:
    text: str
    id: str
    condition: Any = None
    effects: dict[str, dict[str, Any]] = field(default_factory=dict)  # "set"/"add" -> values
    steps: list[Command] = field(default_factory=list)
    path: str = ""


# A choice takes no answer for its first ticks: a player tapping Confirm through the line before
# it would otherwise pick the first option without having seen the menu. Moving the cursor is free.
SETTLE_TICKS = 15  # a quarter of a second


@dataclass
class ChoiceWait:
    options: list[Option]
    cursor: int = 0
    repeat: Any = None
    age: int = 0  # ticks since the choice was offered

    def update(self, run: SceneRun, frame: InputFrame) -> bool:
        host = run.host
        self.age += 1
        menu = Menu([o.text for o in self.options], cursor=self.cursor)
        if self.repeat is not None:
            menu.repeat = self.repeat
        action, index = menu.update(frame)
        self.cursor, self.repeat = menu.cursor, menu.repeat
        host.choice_cursor = self.cursor
        if action == "move":
            host.ctx.audio.play_sound("menu_move")
        if action != "choose" or index is None or self.age <= SETTLE_TICKS:
            return False
        host.ctx.audio.play_sound("menu_confirm")
        chosen = self.options[index]
        host.seen.add(chosen.id)
        host.state.log("", "\u2192 " + host.text(chosen.id, chosen.text), chosen.id)
        host.apply_effects(chosen.effects)
        host.choices = None
        host.last_box = None
        run.push(chosen.path, chosen.steps)
        return True

    def snapshot(self) -> list[Any]:
        held = sorted(self.repeat.held_for.items()) if self.repeat else []
        return ["choice", [o.id for o in self.options], self.cursor, held, min(self.age, 99)]


MAX_OPTIONS = 30  # the panel scrolls, but a longer list is no longer a choice anyone can read


class Choice(Command):
    """Offer the player a choice. Each option has `text`, and may have an `id`, a condition `if`
    (the option is shown only when it holds), effects `set`/`add`, and `then` steps.

    Choices are never skipped. Options whose conditions all fail are hidden; if none is left the
    choice is passed over.
    """

    key = "choice"
    short = "options"
    category = "Words"
    params = {"options": Param("options", required=True, doc="list of options")}
    example = """choice:
  - text: "Tell her about the woods"
    id: my_mod.choice.1
    set: {told_lucy: true}
    then:
      - say: {who: miss_lucy, id: my_mod.miss_lucy.2, text: "I see."}
  - text: "Say nothing"
    id: my_mod.choice.2
    if: "not told_lucy\""""

    OPTION_KEYS = ("text", "id", "if", "set", "add", "then")

    def build(self, reader: Reader, nodes: dict[str, YNode]) -> None:
        node = nodes.get("options")
        self.options: list[Option] = []
        if node is None:
            return
        if not isinstance(node, YSeq) or not node.items:
            reader.problem(node, "S020", "`choice` takes a list of options")
            return
        if len(node.items) > MAX_OPTIONS:
            reader.problem(
                node, "S026", f"{len(node.items)} options; a choice offers at most {MAX_OPTIONS}"
            )
            return
        for i, item in enumerate(node.items):
            if not isinstance(item, YMap):
                reader.problem(item, "S021", "each option is a mapping with at least `text`")
                continue
            for key, _ in item.items:
                if key.text not in self.OPTION_KEYS:
                    reader.problem(
                        key,
                        "S006",
                        f"an option has no `{key.text}`; it takes: {', '.join(self.OPTION_KEYS)}",
                    )
            text_node = item.get("text")
            if text_node is None:
                reader.problem(item, "S007", "an option needs `text`")
                continue
            text = reader.read("line", text_node, "text")
            ident = reader.read("id", item.get("id"), "id") if item.get("id") is not None else None
            cond = (
                reader.read("condition", item.get("if"), "if")
                if item.get("if") is not None
                else None
            )
            effects = {
                k: v
                for k in ("set", "add")
                if (n := item.get(k)) is not None and (v := reader.read("values", n, k))
            }
            steps = (
                parse_steps(item.get("then"), reader, f"{self.path}.{i}")
                if item.get("then") is not None
                else []
            )
            path = f"{self.path}.{i}"
            self.options.append(Option(text or "", ident or f"@{path}", cond, effects, steps, path))
            self.options[-1].node = item  # type: ignore[attr-defined]  # for the id tool

    def children(self) -> list[tuple[str, list[Command]]]:
        return [(str(i), o.steps) for i, o in enumerate(self.options)]

    def line_id(self) -> str | None:
        """A choice is found again (after an update) by its first option's id."""
        return self.options[0].id if self.options else None

    def start(self, run: SceneRun) -> ChoiceWait | None:
        visible = [o for o in self.options if run.condition(o.condition)]
        if not visible:
            return None
        run.host.choices = visible
        run.host.choice_texts = [run.host.text(o.id, o.text) for o in visible]
        run.host.choice_cursor = 0
        return ChoiceWait(visible)


__all__ = ["Choice", "ChoiceWait", "LineBox", "LineWait", "Narrate", "Option", "Say"]
