"""The flag and state inspector (`--dev`, F3): what the play holds, over the picture.

Where Kathy is, the scene and line playing, the chapter, the flags (the game's own, starting with
`_`, last), items, memories and the scenes visited most recently. It only reads the play.
"""

from __future__ import annotations

from typing import Any

import pygame

from game.ui import palette
from game.ui.sceneview import draw_panel

WIDTH = 220
MAX_ROWS = 24


def inspector_lines(play: Any) -> list[tuple[str, tuple[int, int, int]]]:
    """The rows shown, each with its colour (kept apart from drawing so tests can read them)."""
    state, world, director = play.state, play.world, play.director
    px, py = world.player.pixel
    rows: list[tuple[str, tuple[int, int, int]]] = [
        (f"{world.map.name}  ({px // 16}, {py // 16})  {world.player.facing}", palette.TITLE),
        (f"chapter {state.chapter or '-'}   tick {state.play_ticks}", palette.SUBTITLE),
    ]
    run = director.run
    if run is not None and run.frames:
        top = run.frames[-1]
        line = director.box.line_id if director.box is not None else ""
        rows.append((f"scene {top.scene.id}  step {top.path or 'top'}.{top.index}", palette.TEXT))
        if line:
            rows.append((f"line {line}", palette.TEXT))
    else:
        rows.append(("no scene playing", palette.HINT))
    flags = sorted(state.flags.items(), key=lambda kv: (kv[0].startswith("_"), kv[0]))
    rows.append((f"flags ({len(flags)})", palette.SUBTITLE))
    rows += [
        (f"  {k} = {_shown(v)}", palette.HINT if k.startswith("_") else palette.TEXT)
        for k, v in flags
    ]
    items = ", ".join(f"{k} {v}" if v != 1 else k for k, v in sorted(state.items.items()))
    rows.append((f"items: {items or '-'}", palette.SUBTITLE))
    rows.append((f"memories: {', '.join(state.memories) or '-'}", palette.SUBTITLE))
    recent = list(state.visited)[-5:]
    rows.append((f"visited: {', '.join(recent) or '-'}", palette.SUBTITLE))
    return rows


def _shown(value: Any) -> str:
    return (
        ("true" if value else "false")
        if isinstance(value, bool)
        else repr(value)
        if isinstance(value, str)
        else str(value)
    )


def draw_inspector(surface: pygame.Surface, ctx: Any, play: Any) -> None:
    font = ctx.assets.font("small")
    rows: list[tuple[str, tuple[int, int, int]]] = []
    for text, color in inspector_lines(play):
        rows += [(part, color) for part in font.wrap(text, WIDTH - 12)]
    if len(rows) > MAX_ROWS:
        rows = [*rows[: MAX_ROWS - 1], (f"... {len(rows) - MAX_ROWS + 1} more rows", palette.HINT)]
    x = surface.get_width() - WIDTH - 4
    rect = pygame.Rect(x, 4, WIDTH, 8 + len(rows) * font.line_height)
    draw_panel(surface, rect, alpha=215)
    for i, (text, color) in enumerate(rows):
        font.draw(surface, text, (rect.x + 6, rect.y + 4 + i * font.line_height), color)
