"""Actors: the player and the people in a map. Positions are integer sub-pixels.

Besides where they stand, an actor has a *pose* (standing, sitting on a bench, lying on a bed ...),
a *gesture* playing for some ticks (a stamp, a nod ...) and a walking *pace*. They are simulation
state: saved, hashed and restored; drawing only reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.world.geometry import Rect

SUB = 16  # sub-pixels per pixel: movement is exact integer arithmetic, never floats
FOOT_W, FOOT_H = 10, 6  # the collision box at an actor's feet, in pixels
WALK_FRAMES = (0, 1, 0, 2)  # stand, step A, stand, step B
TICKS_PER_WALK_FRAME = 9
POSES = ("stand", "sit", "lie", "crouch", "kneel", "hug")
GESTURES = ("stamp", "shake", "nod", "head_turn", "hands_to_face", "wave")


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
    pose: str = "stand"  # one of POSES
    partner: str = ""  # whom they hold, in a hug
    home: tuple[int, int] | None = None  # where they stood before sitting or lying down somewhere
    gesture: str = ""  # one of GESTURES while it plays
    gesture_left: int = 0  # ticks it still plays
    gesture_total: int = 0  # ticks it plays in all (the frame shown is picked by the ticks gone)
    pace: int = 0  # walking pace in percent of normal; 0: their usual pace (actors.yaml `pace`)

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

    def stand_up(self) -> None:
        """Back on their feet, any gesture over (walking does this)."""
        self.pose, self.partner, self.home = "stand", "", None
        self.stop_gesture()

    def stop_gesture(self) -> None:
        self.gesture, self.gesture_left, self.gesture_total = "", 0, 0

    def staging(self) -> dict[str, object]:
        """Pose, gesture and pace where they differ from the defaults (for saves and hashes)."""
        out: dict[str, object] = {}
        if self.pose != "stand":
            out["pose"] = self.pose
        if self.partner:
            out["with"] = self.partner
        if self.home is not None:
            out["home"] = list(self.home)
        if self.gesture_left > 0:
            out["gesture"] = [self.gesture, self.gesture_left, self.gesture_total]
        if self.pace:
            out["pace"] = self.pace
        return out

    def restore_staging(self, data: object) -> None:
        """The inverse of ``staging``; anything malformed is left at its default."""
        self.stand_up()
        self.pace = 0
        if not isinstance(data, dict):
            return
        pose = data.get("pose")
        self.pose = pose if pose in POSES else "stand"
        self.partner = str(data.get("with", "")) if self.pose == "hug" else ""
        home = data.get("home")
        if isinstance(home, list) and len(home) == 2 and all(_is_int(v) for v in home):
            self.home = (home[0], home[1])
        gesture = data.get("gesture")
        if (
            isinstance(gesture, list)
            and len(gesture) == 3
            and gesture[0] in GESTURES
            and all(_is_int(v) for v in gesture[1:])
            and 0 < gesture[1] <= gesture[2]
        ):
            self.gesture, self.gesture_left, self.gesture_total = gesture
        pace = data.get("pace")
        if _is_int(pace) and 0 < pace <= 1000:
            self.pace = pace

    def snapshot(self) -> list[object]:
        base: list[object] = [
            self.id,
            self.sprite,
            self.x,
            self.y,
            self.facing,
            self.walked,
            self.moving,
            self.visible,
        ]
        # Only when set, so a play that never poses anyone hashes as it always did (recorded runs
        # keep verifying).
        extra = self.staging()
        return [*base, extra] if extra else base


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
