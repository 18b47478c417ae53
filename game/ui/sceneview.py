"""Drawing what a scene shows: the text box with name plate and portrait, choices, title cards,
emote bubbles and notices. Reads the director's state; never changes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.story.commands.play import SIGHT_NEAR_PX, SIGHT_SPREAD
from game.text.layout import CHOICE_ROWS, CHOICE_TEXT_WIDTH
from game.ui import palette, prompts
from game.world.actor import SUB
from game.world.geometry import FACING_VECTORS

if TYPE_CHECKING:
    from game.context import Context
    from game.story.director import Director

BOX = pygame.Rect(10, 196, 460, 68)
MAX_BOX_ROWS = 8  # large letters may need more rows than the box's 4; never past the screen
PORTRAIT = 48
PAD = 8
ASIDE_INSET = 20  # a line from the game sits a little inside the usual box


def draw_panel(
    surface: pygame.Surface, rect: pygame.Rect, *, contrast: bool = False, alpha: int = 232
) -> None:
    """A soft dark panel with a thin warm border (the house style for every box).

    ``alpha`` 255 (and high contrast) is wholly opaque: a modal panel over another menu hides it.
    """
    edge = (255, 255, 255) if contrast else palette.BOX_EDGE
    if contrast or alpha >= 255:
        fill = (8, 8, 10) if contrast else palette.BOX
        pygame.draw.rect(surface, fill, rect)
        pygame.draw.rect(surface, edge, rect, 1)
        pygame.draw.rect(surface, _mix(palette.SHADOW, fill, 160), rect.inflate(-2, -2), 1)
        return
    panel = pygame.Surface(rect.size, pygame.SRCALPHA)
    panel.fill((*palette.BOX, alpha))
    pygame.draw.rect(panel, edge, panel.get_rect(), 1)
    pygame.draw.rect(panel, (*palette.SHADOW, 160), panel.get_rect().inflate(-2, -2), 1)
    surface.blit(panel, rect.topleft)


def _mix(top: tuple[int, int, int], below: tuple[int, int, int], alpha: int) -> tuple[int, ...]:
    """``top`` over ``below`` at ``alpha`` (0..255), as one colour."""
    return tuple((t * alpha + b * (255 - alpha)) // 255 for t, b in zip(top, below, strict=True))


def draw_scene_ui(surface: pygame.Surface, ctx: Context, director: Director) -> None:
    if director.card is not None:
        draw_card(surface, ctx, director.card)
        return
    box = director.box or (director.last_box if director.choices else None)
    if box is not None:
        draw_line(surface, ctx, box, waiting=director.box is not None and box.complete)
    if director.choices:
        draw_choices(surface, ctx, director)
    if director.shop is not None:
        draw_shop(surface, ctx, director)
    if director.toast:
        draw_toast(surface, ctx, director.toast[0])


def draw_line(surface: pygame.Surface, ctx: Context, box, *, waiting: bool) -> None:
    res = ctx.assets
    if box.speaker and ctx.content.actor(box.speaker).box == "aside":
        draw_aside(surface, ctx, box, waiting=waiting)
        return
    contrast = getattr(ctx.settings, "high_contrast", False)
    font = res.font(
        "large" if getattr(ctx.settings, "text_size", "normal") == "large" else "regular"
    )
    image = None
    if box.portrait:
        image = res.portrait(
            box.portrait, box.expression, ctx.content.actor(box.speaker).expressions
        )
    x = BOX.x + PAD + (PORTRAIT + 2 + PAD - 2 if image is not None else 0)
    text, chars = prompts.with_keys(ctx, box.text, box.chars)  # "<confirm>": the player's key
    lines = _wrapped(font, text, BOX.right - PAD - x)[:MAX_BOX_ROWS]  # lint keeps lines shorter
    # The box grows upwards when large letters need more rows than the usual box holds.
    height = max(BOX.h, 16 + len(lines) * font.line_height)
    rect = pygame.Rect(BOX.x, BOX.bottom - height, BOX.w, height)
    draw_panel(surface, rect, contrast=contrast)
    if image is not None:
        frame = pygame.Rect(rect.x + 6, rect.y + 10, PORTRAIT + 2, PORTRAIT + 2)
        pygame.draw.rect(surface, palette.BOX_EDGE, frame, 1)
        surface.blit(image, (frame.x + 1, frame.y + 1))
    color = palette.TEXT if box.kind == "say" else palette.NARRATION
    if contrast:
        color = (255, 255, 255)
    shown = _count_with_breaks(text, lines, chars or 0)
    font.draw(
        surface,
        "\n".join(lines),
        (x, rect.y + 8),
        color,
        shadow=None if contrast else palette.SHADOW,
        count=shown,
    )
    if box.name:
        small = res.font("regular")
        w = small.measure(box.name) + 12
        plate = pygame.Rect(rect.x + 4, rect.y - 12, w, 14)
        draw_panel(surface, plate, contrast=contrast, alpha=250)
        tint = ctx.content.actor(box.speaker).color
        small.draw(
            surface, box.name, (plate.x + 6, plate.y + 1), (255, 255, 255) if contrast else tint
        )
    if waiting and (box.ticks // 24) % 2 == 0:
        pygame.draw.polygon(
            surface,
            palette.TEXT,
            [
                (BOX.right - 12, BOX.bottom - 9),
                (BOX.right - 6, BOX.bottom - 9),
                (BOX.right - 9, BOX.bottom - 6),
            ],
        )


def draw_aside(surface: pygame.Surface, ctx: Context, box, *, waiting: bool) -> None:
    """A line from the game itself (a hint), not from anyone in the story: no portrait, no name
    plate, its own colour, and a small tab on the right with the speaker's name."""
    res = ctx.assets
    contrast = getattr(ctx.settings, "high_contrast", False)
    info = ctx.content.actor(box.speaker)
    font = res.font(
        "large" if getattr(ctx.settings, "text_size", "normal") == "large" else "regular"
    )
    left, width = BOX.x + ASIDE_INSET, BOX.w - 2 * ASIDE_INSET
    text, chars = prompts.with_keys(ctx, box.text, box.chars)  # "<confirm>": the player's key
    lines = _wrapped(font, text, width - 28)
    height = max(BOX.h - 18, 16 + len(lines) * font.line_height)
    rect = pygame.Rect(left, BOX.bottom - height, width, height)
    x = rect.x + 14
    draw_panel(surface, rect, contrast=contrast)
    color = (255, 255, 255) if contrast else info.color
    pygame.draw.rect(surface, color, rect.inflate(-4, -4), 1)
    shown = _count_with_breaks(text, lines, chars or 0)
    font.draw(surface, "\n".join(lines), (x, rect.y + 8), color, shadow=palette.SHADOW, count=shown)
    if box.name:
        small = res.font("small")
        w = small.measure(box.name) + 10
        tab = pygame.Rect(rect.right - w - 8, rect.y - 10, w, small.line_height + 4)
        draw_panel(surface, tab, contrast=contrast, alpha=250)
        small.draw(surface, box.name, (tab.x + 5, tab.y + 2), color)
    if waiting and (box.ticks // 24) % 2 == 0:
        tip = [(rect.right - 12, rect.bottom - 9), (rect.right - 6, rect.bottom - 9)]
        pygame.draw.polygon(surface, color, [*tip, (rect.right - 9, rect.bottom - 6)])


_WRAPS: dict[tuple[int, str, int], list[str]] = {}


def _wrapped(font, text: str, width: int) -> list[str]:
    """Word-wrapped lines, cached: the same line is drawn every frame while it shows."""
    key = (id(font), text, width)
    lines = _WRAPS.get(key)
    if lines is None:
        if len(_WRAPS) > 512:
            _WRAPS.clear()
        lines = _WRAPS[key] = font.wrap(text, width)
    return lines


def _count_with_breaks(text: str, lines: list[str], chars: int) -> int:
    """Characters of the wrapped text to show for ``chars`` characters of the source line."""
    shown, used = 0, 0
    for i, line in enumerate(lines):
        take = min(len(line), chars - used)
        if take <= 0:
            break
        shown += take + (1 if i else 0)
        used += len(line) + 1  # the space the wrap turned into a line break
    return shown


def choice_window(count: int, cursor: int, rows: int = CHOICE_ROWS) -> range:
    """The options shown: all if they fit, else ``rows`` of them keeping the cursor in view."""
    if count <= rows:
        return range(count)
    first = min(max(0, cursor - rows // 2), count - rows)
    return range(first, first + rows)


def draw_choices(surface: pygame.Surface, ctx: Context, director: Director) -> None:
    res = ctx.assets
    font = res.font("regular")
    texts = list(director.choice_texts) or [
        ctx.content.text(o.id, o.text) for o in director.choices
    ]
    texts = [prompts.with_keys(ctx, t)[0] for t in texts]  # "<confirm>": the player's key
    shown = choice_window(len(texts), director.choice_cursor)
    row = font.line_height + 4
    width = min(CHOICE_TEXT_WIDTH + 34, max(font.measure(t) for t in texts) + 34)
    more = len(shown) < len(texts)  # a scrolling list: room for the arrows above and below
    height = len(shown) * row + 10 + (8 if more else 0)
    rect = pygame.Rect(BOX.right - width, BOX.y - height - 18, width, height)
    draw_panel(surface, rect, contrast=getattr(ctx.settings, "high_contrast", False))
    top = rect.y + 6 + (4 if more else 0)
    for n, i in enumerate(shown):
        y = top + n * row
        selected = i == director.choice_cursor
        color = palette.MENU_SELECTED if selected else palette.MENU
        if selected:
            pygame.draw.rect(
                surface,
                (*palette.BOX_EDGE,),
                (rect.x + 4, y - 1, rect.w - 8, font.line_height + 2),
                1,
            )
            font.draw(surface, "\u203a", (rect.x + 9, y), color)
        clip = surface.get_clip()
        surface.set_clip(pygame.Rect(rect.x + 20, y - 1, rect.w - 24, row).clip(clip))
        font.draw(surface, texts[i], (rect.x + 20, y), color, shadow=palette.SHADOW)
        surface.set_clip(clip)
    mid = rect.centerx
    if shown.start > 0:  # more above
        pygame.draw.polygon(
            surface, palette.MENU, [(mid - 3, rect.y + 6), (mid + 3, rect.y + 6), (mid, rect.y + 3)]
        )
    if shown.stop < len(texts):  # more below
        bottom = rect.bottom - 5
        pygame.draw.polygon(
            surface, palette.MENU, [(mid - 3, bottom - 2), (mid + 3, bottom - 2), (mid, bottom + 1)]
        )


def draw_card(surface: pygame.Surface, ctx: Context, card) -> None:
    surface.fill((0, 0, 0))
    res = ctx.assets
    big, small = res.font("large"), res.font("regular")
    fade_in = min(255, card.shown * 6)
    fade_out = min(255, max(0, (card.ticks - card.shown) * 6))
    alpha = min(fade_in, fade_out)
    layer = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
    w, h = surface.get_size()
    big.draw(layer, card.text, ((w - big.measure(card.text)) // 2, h // 2 - 16), palette.TITLE)
    if card.sub:
        small.draw(
            layer, card.sub, ((w - small.measure(card.sub)) // 2, h // 2 + 6), palette.SUBTITLE
        )
    layer.set_alpha(alpha)
    surface.blit(layer, (0, 0))


def draw_toast(surface: pygame.Surface, ctx: Context, text: str) -> None:
    """A short notice at the top; a long one (why a save failed) wraps onto up to three lines."""
    font = ctx.assets.font("regular")
    lines = font.wrap(f"\u00b7 {text} \u00b7", surface.get_width() - 40)[:3]
    width = max(font.measure(line) for line in lines) + 16
    height = font.line_height * len(lines) + 8
    top = max(8, getattr(ctx.notices, "reserved_top", 0) + 4)  # below problems being shown
    rect = pygame.Rect((surface.get_width() - width) // 2, top, width, height)
    draw_panel(surface, rect)
    for i, line in enumerate(lines):
        x = rect.x + 8 + (width - 16 - font.measure(line)) // 2
        y = rect.y + 4 + i * font.line_height
        font.draw(surface, line, (x, y), palette.MENU_SELECTED, shadow=palette.SHADOW)


EMOTE_GLYPHS = {
    "exclaim": "!",
    "question": "?",
    "heart": "\u2665",
    "music": "\u266a",
    "dots": "\u2026",
    "sweat": "'",
    "anger": "#",
}


def draw_emotes(
    surface: pygame.Surface, ctx: Context, director: Director, cam: tuple[int, int]
) -> None:
    font = ctx.assets.font("regular")
    for actor_id, (icon, _left) in director.emotes.items():
        actor = director.actor(actor_id)
        if actor is None or not actor.visible:
            continue
        x, y = actor.x // SUB - cam[0], actor.y // SUB - cam[1] - 30
        bubble = pygame.Rect(x - 7, y - 7, 14, 13)
        pygame.draw.rect(surface, (250, 246, 232), bubble, border_radius=3)
        pygame.draw.rect(surface, palette.SHADOW, bubble, 1, border_radius=3)
        pygame.draw.polygon(
            surface,
            (250, 246, 232),
            [(x - 2, bubble.bottom - 1), (x + 2, bubble.bottom - 1), (x, bubble.bottom + 2)],
        )
        glyph = EMOTE_GLYPHS.get(icon, "?")
        font.draw(surface, glyph, (x - font.measure(glyph) // 2, y - 6), (60, 40, 40))


def draw_shop(surface: pygame.Surface, ctx: Context, director: Director) -> None:
    """The Sale: what is on the table, what it costs, what she has left."""
    shop = director.shop
    res = ctx.assets
    font, small = res.font("regular"), res.font("small")
    items = director.state.items
    rows = [*shop.stock, None]
    rect = pygame.Rect(
        120, 20, 240, 30 + len(rows) * (font.line_height + 3) + small.line_height + 8
    )
    draw_panel(surface, rect, contrast=getattr(ctx.settings, "high_contrast", False))
    currency = ctx.content.items.get(shop.currency)
    wallet = f"{currency.name if currency else shop.currency}: {items.get(shop.currency, 0)}"
    small.draw(
        surface,
        wallet,
        (rect.right - 10 - small.measure(wallet), rect.y + 7),
        palette.MENU_SELECTED,
    )
    small.draw(surface, "Choose what to buy", (rect.x + 10, rect.y + 7), palette.SUBTITLE)
    y = rect.y + 24
    for i, entry in enumerate(rows):
        selected = i == shop.cursor
        if entry is None:
            label, price, owned = "Leave the table", "", False
        else:
            info = ctx.content.items.get(entry.item)
            label = info.name if info else entry.item
            price, owned = str(entry.price), items.get(entry.item, 0) > 0
        color = palette.HINT if owned else (palette.MENU_SELECTED if selected else palette.MENU)
        if selected:
            pygame.draw.rect(
                surface, palette.BOX_EDGE, (rect.x + 5, y - 1, rect.w - 10, font.line_height + 2), 1
            )
        font.draw(
            surface,
            label + ("  (yours)" if owned else ""),
            (rect.x + 12, y),
            color,
            shadow=palette.SHADOW,
        )
        if price:
            font.draw(surface, price, (rect.right - 14 - font.measure(price), y), color)
        y += font.line_height + 3
    entry = shop.stock[shop.cursor] if shop.cursor < len(shop.stock) else None
    info = ctx.content.items.get(entry.item) if entry else None
    if info and info.text:
        for j, line in enumerate(small.wrap(info.text, rect.w - 20)[:2]):
            small.draw(
                surface,
                line,
                (rect.x + 10, rect.bottom - 4 - small.line_height * (2 - j)),
                palette.NARRATION,
            )


_SIGHT_LAYERS: dict[tuple[int, int], pygame.Surface] = {}


def draw_sight(surface: pygame.Surface, director: Director, cam: tuple[int, int]) -> None:
    """While sneaking, a faint wedge shows where each watcher is looking."""
    sneak = director.sneak
    if sneak is None:
        return

    layer = _SIGHT_LAYERS.get(surface.get_size())
    if layer is None:  # drawing-only cache: one layer per canvas size, cleared each frame
        layer = _SIGHT_LAYERS[surface.get_size()] = pygame.Surface(
            surface.get_size(), pygame.SRCALPHA
        )
    layer.set_clip(None)
    layer.fill((0, 0, 0, 0))
    layer.set_clip(
        pygame.Rect((-cam[0], -cam[1]), director.world.map.pixel_size)
    )  # not past the walls
    for watcher_id in sneak.watchers:
        actor = director.actor(watcher_id)
        if actor is None or not actor.visible:
            continue
        vx, vy = FACING_VECTORS[actor.facing]
        x, y = actor.x // SUB - cam[0], actor.y // SUB - cam[1]

        far = sneak.range
        px, py = -vy, vx
        near, wide = SIGHT_NEAR_PX, SIGHT_NEAR_PX + far // SIGHT_SPREAD  # the cone `sees` tests
        points = [
            (x + px * near, y + py * near),
            (x + vx * far + px * wide, y + vy * far + py * wide),
            (x + vx * far - px * wide, y + vy * far - py * wide),
            (x - px * near, y - py * near),
        ]
        pygame.draw.polygon(layer, (255, 236, 170, 46), points)
    surface.blit(layer, (0, 0))


LABEL_NEAR_PX = 40  # a door's label shows when her feet are this close to it
LABEL_FADED = 70  # how much of a label shows while she stands under it (of 255)


def her_box(world, cam: tuple[int, int]) -> pygame.Rect:
    """Where Kathy is drawn on screen (her standing frame: 16x24, feet 3 px above its bottom)."""
    p = world.player
    return pygame.Rect(p.x // SUB - cam[0] - 8, p.y // SUB - cam[1] - 21, 16, 24)


def door_labels(
    world, font, cam: tuple[int, int], size: tuple[int, int]
) -> list[tuple[str, pygame.Rect, int]]:
    """(text, where, alpha) of each door label shown: above its door, near Kathy, faded while it
    would cover her (a door in the wall below her puts its label where she stands)."""
    px, py = world.player.x // SUB, world.player.y // SUB
    her = her_box(world, cam)
    out = []
    for obj in world.map.of_kind("door", "warp"):
        label = obj.prop("label")
        if not label:
            continue
        cx, cy = obj.rect.center
        if abs(cx - px) > LABEL_NEAR_PX or abs(cy - py) > LABEL_NEAR_PX:
            continue
        text = str(label)
        w = font.measure(text) + 8
        rect = pygame.Rect(cx - cam[0] - w // 2, obj.rect.y - cam[1] - 14, w, font.line_height + 4)
        rect.clamp_ip(pygame.Rect((0, 0), size))
        out.append((text, rect, LABEL_FADED if rect.colliderect(her) else 255))
    return out


def draw_door_labels(surface: pygame.Surface, ctx: Context, world, cam: tuple[int, int]) -> None:
    """Doors with a `label` property name where they lead when Kathy comes near (drawing only)."""
    font = ctx.assets.font("small")
    for text, rect, alpha in door_labels(world, font, cam, surface.get_size()):
        target = surface if alpha >= 255 else pygame.Surface(rect.size, pygame.SRCALPHA)
        at = rect if alpha >= 255 else pygame.Rect((0, 0), rect.size)
        draw_panel(target, at, alpha=200)
        font.draw(target, text, (at.x + 4, at.y + 2), palette.MENU_SELECTED)
        if target is not surface:
            target.set_alpha(alpha)
            surface.blit(target, rect.topleft)
