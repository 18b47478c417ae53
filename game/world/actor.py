"""Actors: the player and the people in a map. Positions are integer sub-pixels."""

from __future__ import annotations

from dataclasses import dataclass

from game.world.geometry import Rect

SUB = 16  # sub-pixels per pixel: movement is exact integer arithmetic, never floats
FOOT_W, FOOT_H = 10, 6  # the collision box at an actor's feet, in pixels
WALK_FRAMES = (0, 1, 0, 2)  # stand, step A, stand, step B
TICKS_PER_WALK_FRAME = 9


@dataclass
class Actor:
    id: str
    sprite: str
    x: int  # centre of the feet box, sub-pixels
    y: int
    facing: str = "down"
    solid: bool = True
    walked: int = 0  # ticks spent walking; drives the walk animation
    moving: bool = False
    visible: bool = True
    role: str = ""  # the actor id from actors.yaml this person is (scenes name people by it)

    @classmethod
    def at_pixel(cls, ident: str, sprite: str, px: int, py: int, facing: str = "down") -> Actor:
        return cls(ident, sprite, px * SUB, py * SUB, facing)

    @property
    def pixel(self) -> tuple[int, int]:
        return self.x // SUB, self.y // SUB

    def box(self, x: int | None = None, y: int | None = None) -> Rect:
        """The feet box in sub-pixels, at the actor's position or at (x, y)."""
        cx = self.x if x is None else x
        cy = self.y if y is None else y
        return Rect(cx - FOOT_W * SUB // 2, cy - FOOT_H * SUB // 2, FOOT_W * SUB, FOOT_H * SUB)

    @property
    def frame(self) -> int:
        """Column of the sprite sheet to draw."""
        if not self.moving:
            return 0
        return WALK_FRAMES[(self.walked // TICKS_PER_WALK_FRAME) % len(WALK_FRAMES)]

    def snapshot(self) -> list[object]:
        return [
            self.id,
            self.sprite,
            self.x,
            self.y,
            self.facing,
            self.walked,
            self.moving,
            self.visible,
        ]
