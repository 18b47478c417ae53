"""Keepsakes: what the player found and kept, caught in a wire at the end of the game.

A map marks places for them with `look` objects carrying a whole-number property `keepsake`
(1, 2, 3 ...). The N-th keepsake is the N-th memory found (in the order found), then the items she
still has that give a `fence` line (in `items.yaml` order). Memories and items say how they look
there (`fence_look`: paper, cloth, card, wool, plastic, string, photo, tin, tape) and what Kathy
thinks when she sees it (`fence`). The map draws each keepsake with its tileset's tiles
`keepsake_<look>` and `keepsake_<look>_1` (the wind's frame), and the look's scene says the line
with `recall`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from game.story.model import Command
from game.story.params import Param

if TYPE_CHECKING:
    from game.story.runner import SceneRun

LOOKS = ("paper", "cloth", "card", "wool", "plastic", "string", "photo", "tin", "tape")
DEFAULT_LOOK = "paper"


@dataclass(frozen=True)
class Keepsake:
    kind: str  # "memory" or "item"
    id: str
    look: str
    line: str  # the source text of Kathy's line about it
    line_id: str  # for translations, mods and seen lines: memory.<id>.fence / item.<id>.fence


def keepsakes(state: Any, content: Any) -> list[Keepsake]:
    """Every keepsake of this play, in the order they hang: memories as found, then items kept."""
    out: list[Keepsake] = []
    for memory_id in state.memories:
        info = content.memories.get(memory_id)
        if info is not None:
            look = info.fence_look if info.fence_look in LOOKS else DEFAULT_LOOK
            line = info.fence or info.title
            out.append(Keepsake("memory", memory_id, look, line, f"memory.{memory_id}.fence"))
    for item_id, info in content.items.items():
        if info.fence and state.items.get(item_id, 0) > 0:
            look = info.fence_look if info.fence_look in LOOKS else DEFAULT_LOOK
            out.append(Keepsake("item", item_id, look, info.fence, f"item.{item_id}.fence"))
    return out


def slot_of(obj: Any) -> int:
    """The keepsake number a map object marks (0: none)."""
    value = obj.prop("keepsake") if obj is not None else None
    if isinstance(value, str) and value.strip().isdigit():  # a property typed as text in Tiled
        value = int(value.strip())
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def hanging(state: Any, content: Any, obj: Any) -> Keepsake | None:
    """The keepsake on a marked object, if the play has that many."""
    slot = slot_of(obj)
    found = keepsakes(state, content) if slot else []
    return found[slot - 1] if 0 < slot <= len(found) else None


@dataclass
class _Line:
    """What `show_line` reads of a command: the text and the line id."""

    text: str
    ident: str

    def line_id(self) -> str:
        return self.ident

    def __getitem__(self, name: str) -> str:
        return self.text


class Recall(Command):
    """Kathy's line about the keepsake on the thing she is looking at (a map `look` object with a
    `keepsake` number): the memory's or item's `fence` line. If nothing of hers hangs there, she
    says `text` instead (or nothing, without it)."""

    key = "recall"
    category = "Words"
    params = {
        "text": Param("line", doc="said when nothing of hers hangs there"),
        "id": Param("id", doc="stable line id of `text`, added by `python -m game ids`"),
    }
    example = 'recall: {id: e06.wire.1, text: "Wire, and the wind in it."}'

    def line_id(self) -> str | None:
        return (self["id"] or f"@{self.path}") if self["text"] else None

    def start(self, run: SceneRun) -> Any:
        host = run.host
        target = host.world.facing_target()
        found = hanging(host.state, host.content, target[0] if target else None)
        if found is not None:
            return host.show_line(_Line(found.line, found.line_id), "narrate", "", "")
        if self["text"]:
            return host.show_line(self, "narrate", "", "")
        return None
