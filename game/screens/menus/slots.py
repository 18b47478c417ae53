"""Save and load screens: the thirteen slots with chapter, place, play time, date and thumbnail.

A damaged slot is shown as damaged with the reason and its backup is offered; overwriting anything
asks first (a damaged save that is overwritten is kept beside the new one); Delete (the button in
the details, or right then Z) removes a slot after asking; a bad slot never takes the game down
(every call into the save module is guarded).
"""

from __future__ import annotations

from typing import Any

import pygame

from game.context import Context
from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.save import savegame
from game.save.slots import AUTOSAVE_SLOTS
from game.screens.menus.common import (
    back_clicked,
    chapter_title,
    latest_slot,
    list_slots,
    load_play,
)
from game.screens.menus.confirm import ConfirmScreen
from game.screens.menus.slot_view import (
    DELETE,
    LIST_W,
    LIST_X,
    LIST_Y,
    MESSAGE_TICKS,
    PANEL,
    ROW_H,
    SLOTS,
    SlotView,
    Thumbnail,
    format_date,
    slot_label,
)
from game.ui.widgets import ListBox, inside


class SlotScreen(SlotView):
    """``mode`` is "save" (needs the ``play``) or "load" (from the title, or the pause menu over a
    ``play``)."""

    def __init__(
        self, mode: str, play: Play | None = None, thumbnail: Thumbnail | None = None
    ) -> None:
        self.mode = mode
        self.play, self.thumbnail = play, thumbnail
        self.infos: dict[str, Any] = {}
        self.newest_auto = ""  # the autosave written last: the three take turns, so it is marked
        self.list = ListBox(LIST_X, LIST_Y, LIST_W, ROW_H, len(SLOTS), self._enabled())
        self.message = ""
        self.message_ticks = 0
        self.on_delete = False  # the keys are on the Delete button, not the list
        self._thumbs: dict[str, tuple[int, pygame.Surface | None]] = {}  # drawing cache only

    def _enabled(self) -> list[bool]:
        # Autosaves are the game's own; the player saves into the quicksave and the nine slots.
        return [self.mode == "load" or not s.startswith("auto") for s in SLOTS]

    def on_enter(self, ctx: Context) -> None:
        self.refresh(ctx)
        if self.mode == "load":  # start on the newest save
            newest = latest_slot(ctx)
            if newest is not None and str(newest.slot) in SLOTS:
                self.list.cursor = SLOTS.index(str(newest.slot))
                self.list.set_enabled(self.list.enabled)

    def on_resume(self, ctx: Context) -> None:
        self.refresh(ctx)

    def refresh(self, ctx: Context) -> None:
        self.infos = {str(getattr(i, "slot", "")): i for i in list_slots(ctx)}
        self.newest_auto = newest_autosave(ctx)
        self._thumbs.clear()

    def info(self, slot: str) -> Any:
        return self.infos.get(slot)

    def say(self, text: str) -> None:
        self.message, self.message_ticks = text, MESSAGE_TICKS

    # -- the tick ------------------------------------------------------------------------------------
    def update(self, frame: InputFrame, ctx: Context) -> None:
        if self.message_ticks:
            self.message_ticks -= 1
            if not self.message_ticks:
                self.message = ""
        slot = SLOTS[self.list.cursor]
        if self.deletable(slot):
            if frame.click and frame.pointer and inside(DELETE, frame.pointer):
                self.ask_delete(ctx, slot)
                return
            if self.on_delete:
                self.update_delete(frame, ctx, slot)
                return
            if frame.was_pressed(Action.RIGHT):
                self.on_delete = True
                ctx.audio.play_sound("menu_move")
                return
        self.on_delete = False
        index = self.chosen(ctx, frame, self.list, leave=back_clicked(frame, PANEL))
        if index is not None:
            slot = SLOTS[index]
            if self.mode == "save":
                self.choose_save(ctx, slot)
            else:
                self.choose_load(ctx, slot)

    # -- deleting ------------------------------------------------------------------------------------
    def deletable(self, slot: str) -> bool:
        info = self.info(slot)
        return info is not None and bool(getattr(info, "exists", False))

    def update_delete(self, frame: InputFrame, ctx: Context, slot: str) -> None:
        """The keys while the Delete button has them: Z asks, anything else goes back to the list."""
        if frame.was_pressed(Action.CONFIRM):
            self.ask_delete(ctx, slot)
        elif any(
            frame.was_pressed(a) for a in (Action.CANCEL, Action.LEFT, Action.UP, Action.DOWN)
        ):
            self.on_delete = False
            ctx.audio.play_sound("menu_move")
        elif frame.pointer is not None and self.list.hit(frame.pointer) is not None:
            self.on_delete = False  # the mouse went back to the list

    def ask_delete(self, ctx: Context, slot: str) -> None:
        ctx.audio.play_sound("menu_confirm")
        info = self.info(slot)
        detail = (
            "This cannot be undone; its backup goes too."
            if getattr(info, "ok", False)
            else "It is damaged; its backup goes too (copies kept as .bad files stay)."
        )
        self.stack.push(
            ConfirmScreen(
                f"Delete {slot_label(slot)}?",
                lambda c: self.delete(c, slot),
                detail=detail,
                yes="Delete",
                no="Keep",
            )
        )

    def delete(self, ctx: Context, slot: str) -> None:
        self.on_delete = False
        try:
            problem = savegame.delete_slot(ctx, slot)
        except Exception as exc:  # never lose the game to a failing delete
            problem = str(exc)
        self.say(f"Not deleted: {problem}" if problem else f"{slot_label(slot)} deleted.")
        self.refresh(ctx)

    # -- saving and loading --------------------------------------------------------------------------
    def choose_save(self, ctx: Context, slot: str) -> None:
        info = self.info(slot)
        if info is None or not getattr(info, "exists", False):
            self.save(ctx, slot)
            return
        detail = (
            "It holds a save from " + (chapter_title(ctx, info.chapter) or "an earlier play") + "."
            if getattr(info, "ok", False)
            else f"It is damaged: {info.problem}. It is kept beside the new save."
        )
        damaged = not getattr(info, "ok", False)
        self.stack.push(
            ConfirmScreen(
                f"Overwrite {slot_label(slot)}?",
                lambda c: self.save(c, slot, overwrite_damaged=damaged),
                detail=detail,
                yes="Overwrite",
                no="Keep",
            )
        )

    def save(self, ctx: Context, slot: str, *, overwrite_damaged: bool = False) -> None:
        if self.play is None:
            self.say("Saving is not available.")
            return
        try:
            picture = self.thumbnail(ctx) if self.thumbnail is not None else None
            problem = savegame.save_to_slot(
                ctx, self.play, slot, picture, overwrite_damaged=overwrite_damaged
            )
        except Exception as exc:  # never lose the game to a failing save
            problem = f"could not save: {exc}"
        self.say(f"Not saved: {problem}" if problem else f"Saved to {slot_label(slot)}.")
        self.refresh(ctx)

    def choose_load(self, ctx: Context, slot: str) -> None:
        info = self.info(slot)
        if info is None or not getattr(info, "exists", False):
            ctx.audio.play_sound("menu_cancel")
            self.say("This slot is empty.")
            return
        if not getattr(info, "ok", False):
            if getattr(info, "has_backup", False) and getattr(info, "backup_ok", False):
                self.stack.push(
                    ConfirmScreen(
                        "Load the backup instead?",
                        lambda c: self.load(c, slot, backup=True),
                        detail=f"This save is damaged: {info.problem}",
                        yes="Load backup",
                        no="Cancel",
                    )
                )
            else:
                self.say(f"Damaged, and no usable backup: {info.problem}")
            return
        if self.play is not None and savegame.has_unsaved_progress(self.play):
            self.stack.push(
                ConfirmScreen(
                    f"Load {slot_label(slot)}?",
                    lambda c: self.load(c, slot),
                    detail="Progress since your last save will be lost.",
                    yes="Load",
                    no="Cancel",
                )
            )
            return
        self.load(ctx, slot)

    def load(self, ctx: Context, slot: str, *, backup: bool = False) -> None:
        play, problem = load_play(ctx, slot, backup=backup, from_title=self.play is None)
        if play is not None:
            self.stack.to_play(play)
        elif problem:
            self.say(f"Not loaded: {problem}")
            self.refresh(ctx)

    def snapshot(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "list": self.list.snapshot(),
            "message": self.message,
            "message_ticks": self.message_ticks,
            "on_delete": self.on_delete,
        }


__all__ = ["DELETE", "SLOTS", "SlotScreen", "Thumbnail", "format_date", "slot_label"]


def newest_autosave(ctx: Context) -> str:
    """The autosave slot written last ("" when none loads); never raises."""
    try:
        info = savegame.store(ctx).latest(AUTOSAVE_SLOTS)
    except Exception as exc:  # a broken save folder must not take the menu down
        ctx.notices.report(f"saves: cannot find the newest autosave: {exc}")
        return ""
    return str(info.slot) if info is not None else ""
