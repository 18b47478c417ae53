"""Integer rectangles and directions for the simulation (no floats, no pygame)."""

from __future__ import annotations

from dataclasses import dataclass

# Facing names and their unit vectors, in a fixed order.
FACING_VECTORS: dict[str, tuple[int, int]] = {
    "down": (0, 1),
    "left": (-1, 0),
    "right": (1, 0),
    "up": (0, -1),
}


@dataclass(frozen=True, slots=True)
class Rect:
    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    @property
    def center(self) -> tuple[int, int]:
        return self.x + self.w // 2, self.y + self.h // 2

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def scaled(self, k: int) -> Rect:
        return Rect(self.x * k, self.y * k, self.w * k, self.h * k)

    def moved(self, dx: int, dy: int) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.w, self.h)
