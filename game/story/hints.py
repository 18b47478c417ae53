"""The hint a lost player asks for, and the quiet notice that one is there.

A chapter names its hint scene in `chapters.yaml` (`hint: hint_<chapter>`): a plain scene of `if`
branches that says one short line in the game's own voice. The pause menu plays it on request. After
a long stretch of free walking with no new scene reached (counted in play ticks, so it is the same on
every machine), the world shows a notice, once, that the pause menu has a hint.
"""

from __future__ import annotations

from typing import Any

from game.state import GameState

IDLE_TICKS = 3 * 60 * 60  # three minutes of walking about without reaching a new scene
NOTICE = "Lost? The pause menu has a hint."
NOTICE_TICKS = 300
NO_HINT = "No hints here: this part is yours to find."


def hint_scene(content: Any, chapter: str) -> str:
    """The chapter's hint scene id, or "" when it has none (or names a scene that is missing)."""
    info = content.chapters.get(chapter) if content is not None else None
    scene = str(info.get("hint", "") or "") if isinstance(info, dict) else ""
    return scene if scene in content.scenes else ""


def count_idle(state: GameState, content: Any, free: bool) -> bool:
    """One tick of play: counts it while the player walks free; True on the tick to show the notice
    (once per stretch: any new scene starts the count again)."""
    if not free:
        return False
    state.idle_ticks += 1
    return state.idle_ticks == IDLE_TICKS and bool(hint_scene(content, state.chapter))
