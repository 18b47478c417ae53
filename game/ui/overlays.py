"""What scenes lay over the place besides words: a picture in a frame, and a small prompt.

Both read the play's flags (`_picture` from the `picture` command, `_prompt` while a `cue_press`
runs) and never change anything. The prompt names the confirm key as the player has bound it, so
the simulation never has to know it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game.input.actions import Action
from game.ui import palette, prompts
from game.ui.sceneview import BOX, draw_panel

if TYPE_CHECKING:
    from game.context import Context

FRAME_PAD = 4


def draw_overlays(surface: pygame.Surface, ctx: Context, flags: dict[str, Any]) -> None:
    picture = flags.get("_picture")
    if isinstance(picture, str) and picture:
        draw_picture(surface, ctx, picture)
    prompt = flags.get("_prompt")
    if isinstance(prompt, str) and prompt:
        draw_prompt(surface, ctx, prompt)


def draw_picture(surface: pygame.Surface, ctx: Context, picture: str) -> None:
    """The picture centred over the place, in the house frame, clear of the text box."""
    image = ctx.assets.image(f"pictures/{picture}.png")
    if image is None:
        return
    w, h = image.get_size()
    room = BOX.y - 10  # the space above the text box
    rect = pygame.Rect((surface.get_width() - w) // 2, max(6, (room - h) // 2), w, h)
    frame = rect.inflate(FRAME_PAD * 2, FRAME_PAD * 2)
    shadow = pygame.Surface(frame.size, pygame.SRCALPHA)
    shadow.fill((0, 0, 0, 90))
    surface.blit(shadow, frame.move(3, 3).topleft)
    draw_panel(surface, frame, contrast=getattr(ctx.settings, "high_contrast", False), alpha=250)
    surface.blit(image, rect.topleft)


def confirm_key(ctx: Context) -> str:
    """The first key (or button, on a gamepad) bound to confirm, as people say it ("Z", "A")."""
    return prompts.key(ctx, Action.CONFIRM)


def draw_prompt(surface: pygame.Surface, ctx: Context, text: str) -> None:
    font = ctx.assets.font("regular")
    label = f"{confirm_key(ctx)}  {text}"
    width = font.measure(label) + 16
    rect = pygame.Rect((surface.get_width() - width) // 2, 8, width, font.line_height + 8)
    draw_panel(surface, rect)
    font.draw(
        surface, label, (rect.x + 8, rect.y + 4), palette.MENU_SELECTED, shadow=palette.SHADOW
    )
