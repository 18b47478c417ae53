"""Drawing people: the walk sheet while they stand or walk, the pose sheet while they sit, lie,
crouch, kneel, hug or play a gesture.

Pose sheets (`assets/sprites/poses/<sprite>.png`) all share one layout, `assets/sprites/poses/layout.json`,
written by `assets/tools/poses.py`: the cell size, the facing of each row, each frame's column and
anchor (the pixel that sits on the actor's feet position), and each gesture's frames with their
ticks. Drawing only reads the actor; a sheet that is missing falls back to the standing frame.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.world.actor import SUB, Actor
from game.world.mapdata import FACINGS

STAND_ANCHOR = (8, 21)  # the walk sheet's feet: 16x24 frames drawn 3 px below the feet row
NO_SHADOW = ("lie",)  # lying on a bed casts no shadow on the floor


@dataclass(frozen=True)
class PoseLayout:
    cell: tuple[int, int]
    rows: tuple[str, ...]
    frames: dict[str, tuple[int, tuple[int, int]]]  # name -> (column, anchor)
    gestures: dict[str, tuple[tuple[str, int], ...]]  # name -> ((frame, ticks), ...); "" = the pose

    @classmethod
    def read(cls, path: Path) -> PoseLayout:
        data = json.loads(path.read_text(encoding="utf-8"))
        frames = {
            str(k): (int(v["col"]), (int(v["anchor"][0]), int(v["anchor"][1])))
            for k, v in data["frames"].items()
        }
        gestures = {
            str(k): tuple((str(f), int(t)) for f, t in seq) for k, seq in data["gestures"].items()
        }
        cell = (int(data["cell"][0]), int(data["cell"][1]))
        return cls(cell, tuple(str(r) for r in data["rows"]), frames, gestures)


def gesture_step(sequence: tuple[tuple[str, int], ...], elapsed: int) -> str:
    """The frame a gesture shows ``elapsed`` ticks in: the sequence loops, unless a step has 0
    ticks, which then holds to the end (hands raised to the face stay there)."""
    if not sequence:
        return ""
    holds = any(ticks == 0 for _, ticks in sequence)
    total = sum(ticks for _, ticks in sequence)
    t = elapsed if holds else elapsed % max(1, total)
    for name, ticks in sequence:
        if ticks == 0 or t < ticks:
            return name
        t -= ticks
    return sequence[-1][0]


def frame_name(actor: Actor, layout: PoseLayout | None) -> str:
    """The pose-sheet frame to draw for ``actor``, or "" for the walk sheet."""
    pose = "" if actor.pose == "stand" else actor.pose
    if layout is None:
        return ""
    base = pose if pose in layout.frames else ""
    if actor.gesture_left > 0 and actor.gesture in layout.gestures:
        step = gesture_step(
            layout.gestures[actor.gesture], actor.gesture_total - actor.gesture_left
        )
        wanted = step if not pose else f"{pose}.{step}" if step else ""
        if wanted in layout.frames:
            return wanted
    return base


class PoseSheets:
    """Pose sheets and their shared layout, loaded on first use."""

    def __init__(self, assets_dir: Path, report) -> None:
        self.dir = assets_dir / "sprites" / "poses"
        self._report = report
        self._layout: PoseLayout | bool | None = False  # False: not read yet
        self._sheets: dict[str, pygame.Surface | None] = {}

    @property
    def layout(self) -> PoseLayout | None:
        if self._layout is False:
            path = self.dir / "layout.json"
            try:
                self._layout = PoseLayout.read(path)
            except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
                self._report(f"{path}: cannot read the pose layout: {exc}")
                self._layout = None
        return self._layout  # type: ignore[return-value]

    def frame(
        self, sprite: str, name: str, facing: str
    ) -> tuple[pygame.Surface, tuple[int, int]] | None:
        layout = self.layout
        if layout is None or name not in layout.frames:
            return None
        if sprite not in self._sheets:
            path = self.dir / f"{sprite}.png"
            try:
                self._sheets[sprite] = pygame.image.load(str(path)).convert_alpha()
            except (pygame.error, FileNotFoundError) as exc:
                self._report(f"{path}: cannot load pose sheet: {exc}")
                self._sheets[sprite] = None
        sheet = self._sheets[sprite]
        if sheet is None:
            return None
        col, anchor = layout.frames[name]
        row = layout.rows.index(facing) if facing in layout.rows else 0
        w, h = layout.cell
        rect = pygame.Rect(col * w, row * h, w, h)
        if not sheet.get_rect().contains(rect):
            return None
        return sheet.subsurface(rect), anchor


def draw_actor(surface: pygame.Surface, res, actor: Actor, cam: tuple[int, int]) -> None:
    """One person, with their shadow, at their feet position minus the camera."""
    px, py = actor.x // SUB - cam[0], actor.y // SUB - cam[1]
    sheets: PoseSheets = res.poses
    name = frame_name(actor, sheets.layout)
    posed = sheets.frame(actor.sprite, name, actor.facing) if name else None
    if actor.pose not in NO_SHADOW or posed is None:
        surface.blit(res.shadow, (px - 6, py))
    if posed is not None:
        image, (ax, ay) = posed
        surface.blit(image, (px - ax, py - ay))
        return
    image = res.actor_frame(actor.sprite, actor.facing, actor.frame)
    surface.blit(image, (px - image.get_width() // 2, py + 3 - image.get_height()))


__all__ = ["FACINGS", "PoseLayout", "PoseSheets", "draw_actor", "frame_name", "gesture_step"]
