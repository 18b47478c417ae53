"""What every menu screen shares: the overlay base class, the panel with its title and key hints,
sounds for widget events, and the save slots as the menus see them (never raising)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game.play.play import Play
from game.save import savegame
from game.save.store import StoreError
from game.screens.stack import Screen
from game.settings_file import save_settings
from game.ui import palette
from game.ui.sceneview import draw_panel
from game.ui.widgets import Event, ListBox, draw_button, inside, shade

if TYPE_CHECKING:
    from game.context import Context
    from game.input.actions import InputFrame

TICKS_PER_SECOND = 60


class MenuOverlay(Screen):
    """A menu drawn over whatever is below it (the world, the title); menus are not play time."""

    opaque = False
    counts_time = False

    def chosen(
        self, ctx: Context, frame: InputFrame, listbox: ListBox, *, leave: bool = False
    ) -> int | None:
        """One tick of a menu's list: `leave` (Back clicked, Menu pressed) or cancel closes the screen;
        returns the index of the row chosen this tick, if any."""
        if leave:
            ctx.audio.play_sound("menu_cancel")
            self.stack.pop()
            return None
        event = listbox.update(frame)
        play_for(ctx, event)
        if event.kind == "cancel":
            self.stack.pop()
            return None
        return event.index if event.kind == "choose" else None

    def draw_frame(
        self, surface: pygame.Surface, ctx: Context, rect: pygame.Rect, title: str, hint: str
    ) -> None:
        """Shade the screen below, then the panel with its title (top left) and key hint (bottom)."""
        shade(surface)
        draw_panel(surface, rect, contrast=getattr(ctx.settings, "high_contrast", False), alpha=255)
        small = ctx.assets.font("small")
        ctx.assets.font("regular").draw(
            surface, title, (rect.x + 10, rect.y + 6), palette.TITLE, shadow=palette.SHADOW
        )
        pygame.draw.line(
            surface, palette.BOX_EDGE, (rect.x + 8, rect.y + 20), (rect.right - 9, rect.y + 20)
        )
        if hint:
            small.draw(
                surface,
                hint,
                (rect.right - 10 - small.measure(hint), rect.bottom - small.line_height - 4),
                palette.HINT,
            )


def back_button(panel: pygame.Rect) -> tuple[int, int, int, int]:
    """Where the mouse's way back is: the panel's bottom-left corner (fixed layout)."""
    return (panel.x + 8, panel.bottom - 19, 52, 14)


def back_clicked(frame: InputFrame, panel: pygame.Rect) -> bool:
    return bool(frame.click and frame.pointer and inside(back_button(panel), frame.pointer))


def draw_back(surface: pygame.Surface, ctx: Context, panel: pygame.Rect) -> None:
    draw_button(surface, ctx.assets.font("small"), back_button(panel), "Back", selected=False)


def draw_scroll_marks(surface: pygame.Surface, box: ListBox) -> None:
    """Small triangles above and below a list that has more rows than it shows."""
    x = box.x + box.w - 6
    if box.scroll > 0:
        y = box.y - 4
        pygame.draw.polygon(surface, palette.MENU, [(x - 3, y + 2), (x + 3, y + 2), (x, y - 1)])
    if box.scroll + box.visible < box.count:
        y = box.y + box.visible * box.row_h + 2
        pygame.draw.polygon(surface, palette.MENU, [(x - 3, y), (x + 3, y), (x, y + 3)])


def play_for(ctx: Context, event: Event) -> None:
    """The usual sound for a widget event."""
    sound = {"move": "menu_move", "choose": "menu_confirm", "cancel": "menu_cancel"}.get(event.kind)
    if sound:
        ctx.audio.play_sound(sound)


def play_time(ticks: int) -> str:
    """H:MM:SS from simulation ticks."""
    seconds = max(0, int(ticks)) // TICKS_PER_SECOND
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def chapter_title(ctx: Context, chapter: str) -> str:
    info = ctx.content.chapters.get(chapter or "") if ctx.content else None
    if isinstance(info, dict) and info.get("title"):
        return str(info["title"])
    return chapter or ""


def list_slots(ctx: Context) -> list[Any]:
    """Every slot's SlotInfo; [] when the save folder cannot be read (never raises)."""
    try:
        return list(savegame.store(ctx).list())
    except Exception as exc:  # a broken save folder must not take the menu down
        ctx.notices.report(f"saves: cannot list slots: {exc}")
        return []


def latest_slot(ctx: Context) -> Any:
    """The newest loadable save's SlotInfo, or None."""
    try:
        return savegame.store(ctx).latest()
    except Exception as exc:
        ctx.notices.report(f"saves: cannot find the latest save: {exc}")
        return None


def load_play(
    ctx: Context, slot: str, *, backup: bool = False, from_title: bool
) -> tuple[Play | None, str | None]:
    """The play a slot holds, or (None, why it failed). Never raises."""
    if from_title:  # the title's music ends; the save brings its own
        ctx.audio.stop_music(fade_ms=600)
    try:
        play, problem = savegame.load_slot(ctx, slot, backup=backup)
    except Exception as exc:  # a bad save never takes the menus down
        play, problem = None, f"could not load: {exc}"
    if play is None:
        if from_title and ctx.manifest.title_music:
            ctx.audio.play_music(ctx.manifest.title_music)
        return None, problem or "unknown problem"
    return play, None


def persist_settings(ctx: Context) -> str | None:
    """Write the settings file (atomically); a failure is told, never raised. Returns it."""
    problem = ctx.write_problem()
    if problem is None:
        try:
            save_settings(ctx.paths.settings_file, ctx.settings)
            return None
        except (StoreError, OSError) as exc:  # a full or read-only disk: the game goes on
            problem = str(exc)
    message = f"Settings not saved (they apply until you quit): {problem}"
    ctx.notices.report(message)
    return message


def profile_list(ctx: Context, name: str) -> list[str]:
    """``ctx.profile.<name>`` (chapters, memories) as a list of ids; [] without a profile."""
    profile = getattr(ctx, "profile", None)
    value = getattr(profile, name, None) if profile is not None else None
    if isinstance(value, dict):
        return [str(k) for k in value]
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(str(v) for v in value)
    return []
