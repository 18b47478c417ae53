"""Hot reload for authors (``--dev``): watch dialogue/, maps/ and the mods, reload what changed.

A change is checked first, by the loader and by the linter over the game with its mods (exactly
what `python -m game lint` runs): any error it brings in, in the changed file or any other (a
renamed scene that other scenes still call), refuses the change. Then the errors are shown on
screen and printed to the terminal, and the old version keeps running. A clean change replaces
the content and the scene being played picks up again on the same line, with the new text.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from game.context import Context
from game.save.savegame import resume_scene, scene_position
from game.screens.stack import ScreenStack
from game.screens.world_screen import WorldScreen
from game.story.library import load_library
from game.story.lint import lint
from game.world.mapdata import MapError, load_map

POLL_FRAMES = 20  # about three checks a second at 60 frames a second


def snapshot(folders: list[Path]) -> dict[str, int]:
    """Modification times of every watched file (cheap: a few dozen stat calls)."""
    out: dict[str, int] = {}
    for folder in folders:
        if folder.is_dir():
            for path in folder.rglob("*"):
                if path.suffix in (".yaml", ".tmx", ".tsx") and path.is_file():
                    with contextlib.suppress(OSError):
                        out[str(path)] = path.stat().st_mtime_ns
    return out


class DevWatcher:
    def __init__(self, ctx: Context, stack: ScreenStack) -> None:
        self.ctx, self.stack = ctx, stack
        self.folders = [ctx.paths.dialogue, ctx.paths.maps] + [m.folder for m in ctx.mods.mods]
        self.seen = snapshot(self.folders)
        self.frames = 0
        self.errors: list[str] = []  # shown on screen until the next clean reload
        self.reloads = 0
        # Lint errors before any change: a change is refused only for errors it brings in.
        self.baseline: dict[tuple[str, str, str], str] = self._lint()

    def poll(self) -> bool:
        """Call once a frame; returns True when content was reloaded."""
        self.frames += 1
        if self.frames % POLL_FRAMES:
            return False
        now = snapshot(self.folders)
        if now == self.seen:
            return False
        changed = sorted(k for k in set(now) | set(self.seen) if now.get(k) != self.seen.get(k))
        self.seen = now
        return self.reload(changed)

    def reload(self, changed: list[str]) -> bool:
        ctx = self.ctx
        library = load_library(ctx.paths.dialogue, mods=ctx.mods, language=ctx.settings.language)
        errors = list(library.problems)
        maps = [Path(c) for c in changed if c.endswith(".tmx")]
        for path in maps:
            try:
                load_map(path, sandbox=ctx.maps.sandbox(path))
            except MapError as exc:
                errors.append(str(exc))
        if not errors:
            errors = self._lint_errors(changed)
        if errors:
            self.errors = errors
            self._print_refusal(changed, errors)
            return False
        self.errors = []
        ctx.content = library
        ctx.maps.forget()
        self._restart_scene(reload_map=bool(maps))
        self.reloads += 1  # numbered: the notices say each message once, and every reload counts
        ctx.notices.report(f"reloaded ({self.reloads}): {', '.join(Path(c).name for c in changed)}")
        return True

    def _lint(self) -> dict[tuple[str, str, str], str]:
        """The linter's errors over the game and its mods, keyed without line numbers."""
        found = lint(self.ctx.paths.root, mods=list(self.ctx.mods.mods)).findings
        return {
            (str(Path(f.file).resolve()), f.code, f.message): f.format()
            for f in sorted(found)
            if f.severity == "error"
        }

    def _lint_errors(self, changed: list[str]) -> list[str]:
        """Errors the change brought in, in any file (errors there before do not block it): the
        changed files' own first, then those it caused elsewhere."""
        current = self._lint()
        wanted = {str(Path(c).resolve()) for c in changed}
        new = [
            (key[0] not in wanted, text)
            for key, text in current.items()
            if key not in self.baseline
        ]
        if not new:
            self.baseline = current
        return [text for _elsewhere, text in sorted(new)]

    def _print_refusal(self, changed: list[str], errors: list[str]) -> None:
        names = ", ".join(Path(c).name for c in changed)
        print(
            f"not reloaded ({names}): {len(errors)} error(s); the old version keeps running",
            file=sys.stderr,
        )
        for error in errors:
            print(f"  {error}", file=sys.stderr)

    def _restart_scene(self, *, reload_map: bool) -> None:
        screen = self.stack.find(WorldScreen)
        if screen is None:
            return
        play = screen.play
        if reload_map:
            play.reload_map()
        director = play.director
        if director.run is not None:
            # Pick up on the same line (by its id) with the new text, the way a save resumes; if
            # the line is gone the scene starts again from its beginning.
            position = scene_position(director.run)
            director.reset_scene_ui()
            note = resume_scene(self.ctx, play, position)
            if note:
                self.ctx.notices.report(note)
