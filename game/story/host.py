"""What the story needs from the play it runs on, as a protocol (the play is a layer above).

The director runs scenes on a play: it reads and changes the play's state and world, drives its
fade, and asks it to warp, to end the chapter, and to note that a scene ended. `game.play.Play`
is the one implementation; tests may bring a smaller one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from game.state import GameState
    from game.world.world import World


class Fading(Protocol):
    """The play's fade, as the `fade` command drives it (`game.play.fade.Fade`)."""

    done: bool

    def out(self, ticks: int = 18, color: tuple[int, int, int] = (0, 0, 0)) -> None: ...

    def into(self, ticks: int = 18) -> None: ...

    def step(self) -> None: ...


class Stage(Protocol):
    state: GameState
    world: World
    fade: Fading
    pending_warp: tuple[str, str, bool] | None

    def begin_warp(self, map_name: str, spawn: str, *, door: bool) -> None: ...

    def end_chapter(self, next_chapter: str) -> None: ...

    def scene_ended(self) -> None: ...
