"""Pose and gesture frames for every character: `assets/sprites/poses/<id>.png` + `layout.json`.

Each character in assets/src/sprites/characters.txt is taken apart from its own sprite parts
(assets/src/sprites/parts.txt): the head, the chest and the lower body, in role letters. Poses keep
the head and chest and swap the lower body for a block from assets/src/poses/poses.txt (sitting,
crouching, kneeling, lying curled); gestures move the head (a nod, a turn, a bowed head), the arms
(held rigid, raised to the face, waving, holding someone) or the feet (stamping), all by rules that
read the character's own shapes. So a character added to characters.txt gets every pose with no
work of its own.

A sheet has the walk sheets' 16x24 cells and rows (down, left, right, up; right is left mirrored),
one column per frame. `layout.json` (one layout for all sheets) names each column, gives the anchor
(the cell pixel drawn on the actor's position) and each gesture's frames with their ticks.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import posekit
from artlib import SRC, ArtError, Grid, check_chars, mirror, parse_blocks
from posekit import Fig
from sprites import Character, load_characters, load_parts

CELL_W, CELL_H = 16, 24
ROWS = ("down", "left", "right", "up")
VIEWS = ("down", "left", "up")
STAND = (8, 21)  # the walk sheet's anchor: feet on the actor's position
SIT = (8, 17)  # the seat on the position (a point on a bench or a bed's edge)
LIE = (8, 5)  # the head on the pillow: the position is the middle of a bed's pillow tile
TEMPLATE_LETTERS = set("osdfGNLTUwW.")
LINEN = {"w": "6", "W": "5"}  # the turned-down sheet over someone in bed: palette keys

Maker = Callable[[Fig], Grid]


@dataclass(frozen=True)
class FrameSpec:
    name: str
    anchor: tuple[int, int]
    make: Maker


def frame_specs(templates: dict[str, tuple[Grid, str]]) -> list[FrameSpec]:
    """Every frame of a pose sheet, in column order."""
    k = posekit

    def lower(pose: str, align: str = "bottom", **kw) -> Maker:
        return lambda f: k.compose(f, lower=templates[f"{pose}.{f.view}"], align=align, **kw)

    def lie(f: Fig) -> Grid:  # in bed: on her back (eyes shut), on her side (awake), face down
        return k.compose(
            f, lower=templates[f"lie.{f.view}"], align="top", eyes_shut=f.view == "down"
        )

    specs = [
        FrameSpec("sit", SIT, lower("sit")),
        FrameSpec("lie", LIE, lie),
        FrameSpec("crouch", STAND, lower("crouch", head_dy=1)),
        FrameSpec("kneel", STAND, lower("kneel")),
        FrameSpec("hug", STAND, lambda f: k.compose(f, arms="hug")),
    ]
    for base, anchor, extra in (("", STAND, {}), ("sit.", SIT, {"sit": True})):
        for name, kw in GESTURE_FRAMES:
            if base and name.startswith("stamp"):
                continue  # stamping needs her on her feet

            def make(f: Fig, kw=kw, extra=extra) -> Grid:
                if extra:
                    return k.compose(f, lower=templates[f"sit.{f.view}"], **kw)
                return k.compose(f, **kw)

            specs.append(FrameSpec(base + name, anchor, make))
    return specs


# Gesture frames: how each one changes the standing (or sitting) figure.
GESTURE_FRAMES: list[tuple[str, dict]] = [
    ("stamp.0", {"arms": "rigid", "legs": "lift_left"}),
    ("stamp.1", {"arms": "rigid", "legs": "sink", "head_dy": 1}),
    ("stamp.2", {"arms": "rigid", "legs": "lift_right"}),
    ("stamp.3", {"arms": "rigid", "legs": "sink", "head_dy": 1}),
    ("shake.0", {"head_dy": 1, "eyes_shut": True}),
    ("shake.1", {"head_dy": 1, "eyes_shut": True, "upper_dy": -1}),
    ("nod.0", {"head_dy": 1}),
    ("nod.1", {"head_dy": 2, "eyes_shut": True}),
    ("head_turn.0", {"head_turn": 0}),
    ("head_turn.1", {"head_turn": 1}),
    ("hands_to_face.0", {"arms": "face_low"}),
    ("hands_to_face.1", {"arms": "face", "head_dy": 1}),
    ("wave.0", {"arms": "wave_out"}),
    ("wave.1", {"arms": "wave_in"}),
]

# Gesture timing: (frame, ticks); "" is the pose itself; 0 ticks holds to the end.
GESTURES: dict[str, list[tuple[str, int]]] = {
    "stamp": [("stamp.0", 7), ("stamp.1", 6), ("stamp.2", 7), ("stamp.3", 6)],
    "shake": [("shake.0", 5), ("shake.1", 4)],
    "nod": [("nod.0", 5), ("nod.1", 9), ("nod.0", 5), ("", 20)],
    "head_turn": [("head_turn.0", 40), ("head_turn.1", 40)],
    "hands_to_face": [("hands_to_face.0", 6), ("hands_to_face.1", 0)],
    "wave": [("wave.0", 10), ("wave.1", 10)],
}


def load_templates() -> dict[str, tuple[Grid, str]]:
    out: dict[str, tuple[Grid, str]] = {}
    for b in parse_blocks(SRC / "poses" / "poses.txt"):
        check_chars(b.rows, TEMPLATE_LETTERS, b.where)
        if b.width != CELL_W:
            raise ArtError(f"{b.where}: template rows must be {CELL_W} wide")
        keep = b.opts.get("keep", "hand")
        if keep not in ("hand", "chest", "chest-1") and not keep.isdigit():
            raise ArtError(f"{b.where}: keep must be hand, chest, chest-1 or a number of rows")
        out[b.name] = (b.rows, keep)
    for pose in ("sit", "crouch", "kneel"):
        for view in VIEWS:
            if f"{pose}.{view}" not in out:
                raise ArtError(f"poses.txt: no block [{pose}.{view}]")
    for view in VIEWS:
        if f"lie.{view}" not in out:
            raise ArtError(f"poses.txt: no block [lie.{view}]")
    return out


def sheet(parts: dict[str, Grid], ch: Character, specs: list[FrameSpec]) -> Grid:
    """The pose sheet of one character, in palette keys."""
    figs = {view: posekit.take_apart(parts, ch, view) for view in VIEWS}
    rows: list[str] = []
    for direction in ROWS:
        view = "left" if direction == "right" else direction
        cells = []
        for spec in specs:
            grid = spec.make(figs[view])
            if len(grid) != CELL_H or any(len(r) != CELL_W for r in grid):
                raise ArtError(f"{ch.ident}: frame {spec.name} is not {CELL_W}x{CELL_H}")
            cells.append(mirror(grid) if direction == "right" else grid)
        rows += ["".join(c[y] for c in cells) for y in range(CELL_H)]
    colours = {**LINEN, **ch.colours}
    used = {c for r in rows for c in r} - {"."}
    missing = used - set(colours)
    if missing:
        raise ArtError(f"characters.txt: {ch.ident}: no colour for roles {sorted(missing)}")
    return ["".join("." if c == "." else colours[c] for c in r) for r in rows]


def layout(specs: list[FrameSpec]) -> dict:
    names = {s.name for s in specs}
    for gesture, steps in GESTURES.items():
        for frame, _ in steps:
            if frame and frame not in names:
                raise ArtError(f"gesture {gesture}: no frame {frame}")
    return {
        "cell": [CELL_W, CELL_H],
        "rows": list(ROWS),
        "frames": {s.name: {"col": i, "anchor": list(s.anchor)} for i, s in enumerate(specs)},
        "gestures": {g: [list(step) for step in steps] for g, steps in GESTURES.items()},
    }


def build_all() -> tuple[dict[str, Grid], str]:
    """Pose sheets by sprite id and the layout JSON text."""
    parts = load_parts()
    specs = frame_specs(load_templates())
    sheets = {ch.ident: sheet(parts, ch, specs) for ch in load_characters()}
    text = json.dumps(layout(specs), indent=1, sort_keys=True) + "\n"
    return sheets, text
