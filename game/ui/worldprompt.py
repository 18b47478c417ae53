"""The small prompt over what Z will reach: "Z Talk: Ruth", "Z Look", in the player's binding.

Shown only while Kathy is the player's to walk and Z would do something (a person with nothing to
say gets no prompt, so nobody looks more interactive than they are). Drawing only: it asks the play
what Z would reach and never changes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game.input.actions import Action
from game.ui import palette, prompts
from game.ui.sceneview import LABEL_FADED, draw_panel, her_box
from game.world.actor import SUB

if TYPE_CHECKING:
    from game.play.play import Play

SPRITE_TOP_PX = 27  # a standing person's head is this far above their feet


def prompt_text(play: Play, ctx: Any) -> tuple[str, tuple[int, int]] | None:
    """What the prompt says and the map pixel it sits above (centre, top), or None."""
    found = play.interaction()
    if found is None:
        return None
    obj, actor = found
    z = prompts.key(ctx, Action.CONFIRM)
    if actor is not None:
        name = ctx.content.actor(str(obj.prop("actor", obj.name))).name
        return f"{z} Talk: {name}", (actor.x // SUB, actor.y // SUB - SPRITE_TOP_PX)
    label = obj.prop("label")
    words = f"{z} {label}" if label else f"{z} Look"
    return words, (obj.rect.center[0], obj.rect.y)


def prompt_box(
    play: Play, ctx: Any, font: Any, cam: tuple[int, int], size: tuple[int, int]
) -> tuple[str, pygame.Rect, int] | None:
    """(text, where on screen, alpha): above the person or thing, kept on screen, faded while
    it would cover Kathy herself."""
    found = prompt_text(play, ctx)
    if found is None:
        return None
    text, (x, top) = found
    w, h = font.measure(text) + 8, font.line_height + 4
    rect = pygame.Rect(x - cam[0] - w // 2, top - cam[1] - h - 1, w, h)
    rect.clamp_ip(pygame.Rect((0, 0), size))
    return text, rect, LABEL_FADED if rect.colliderect(her_box(play.world, cam)) else 255


def draw_prompt(surface: pygame.Surface, ctx: Any, play: Play, cam: tuple[int, int]) -> None:
    font = ctx.assets.font("small")
    found = prompt_box(play, ctx, font, cam, surface.get_size())
    if found is None:
        return
    text, rect, alpha = found
    layer = pygame.Surface(rect.size, pygame.SRCALPHA)
    draw_panel(layer, layer.get_rect(), alpha=200)
    font.draw(layer, text, (4, 2), palette.MENU_SELECTED)
    if alpha < 255:
        layer.set_alpha(alpha)
    surface.blit(layer, rect.topleft)
