"""The state of a play that matters: one plain, serialisable object (what a save holds)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

Value = bool | int | str
BACKLOG_LIMIT = 400


@dataclass
class GameState:
    chapter: str = ""
    flags: dict[str, Value] = field(default_factory=dict)
    items: dict[str, int] = field(default_factory=dict)
    memories: list[str] = field(default_factory=list)  # in the order found
    visited: list[str] = field(default_factory=list)  # scenes started, in order, once each
    fired: list[str] = field(default_factory=list)  # once-only triggers already used ("map:object")
    backlog: list[list[str]] = field(default_factory=list)  # [chapter, speaker name, text, line id]
    play_ticks: int = 0
    idle_ticks: int = 0  # ticks walked free since the last new scene (game/story/hints.py)
    seed: int = 0

    def visit(self, scene_id: str) -> None:
        if scene_id not in self.visited:
            self.visited.append(scene_id)
            self.idle_ticks = 0  # progress: the hint notice waits again

    def log(self, speaker: str, text: str, line_id: str) -> None:
        self.backlog.append([self.chapter, speaker, text, line_id])
        if len(self.backlog) > BACKLOG_LIMIT:
            del self.backlog[: len(self.backlog) - BACKLOG_LIMIT]

    def to_data(self) -> dict[str, Any]:
        """Plain copies of every field (what a save writes and the state hash reads)."""
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> GameState:
        state = cls()
        for key, value in data.items():
            if hasattr(state, key) and isinstance(value, type(getattr(state, key))):
                setattr(state, key, value)
        return state


def _plain(value: Any) -> Any:
    """A copy of lists and dicts of plain values: what dataclasses.asdict gives for this state, without
    its deep copy of every string (the state is hashed every second of a run)."""
    if isinstance(value, list):
        return [_plain(v) if isinstance(v, list | dict) else v for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) if isinstance(v, list | dict) else v for k, v in value.items()}
    return value
