"""Hot reload for authors (``--dev``): watch dialogue/ and maps/, reload what changed.

A change is checked first; if clean, the new content replaces the old and the scene being played
restarts in place with the new text; if not, the errors are shown and the old version keeps running.
Only what changed is parsed and checked again: the watcher keeps every file it has read (by a
hash of its bytes), and the linter re-runs each scene's own checks for the changed files alone.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from game.context import Context
from game.save.savegame import resume_scene, scene_position
from game.screens.stack import ScreenStack
from game.screens.world_screen import WorldScreen
from game.story.library import load_library
from game.story.lint import lint
from game.story.loader import ParseMemo
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
        self.memo = ParseMemo()  # every scene file read, by its bytes' hash
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
        library = load_library(
            ctx.paths.dialogue, mods=ctx.mods, language=ctx.settings.language, memo=self.memo
        )
        errors = list(library.problems)
        maps = [Path(c) for c in changed if c.endswith(".tmx")]
        for path in maps:
            try:
                load_map(path)
            except MapError as exc:
                errors.append(str(exc))
        if not errors:
            errors = self._lint_errors(changed)
        if errors:
            self.errors = errors
            return False
        self.errors = []
        ctx.content = library
        ctx.maps.forget()
        self._restart_scene(reload_map=bool(maps))
        ctx.notices.report(f"reloaded: {', '.join(Path(c).name for c in changed)}")
        return True

    def _lint(self, only: set[str] | None = None) -> dict[tuple[str, str, str], str]:
        """The linter's errors (references to scenes, actors, points ...), keyed without line
        numbers; with ``only``, each scene's own checks for those files alone."""
        found = lint(self.ctx.paths.root, memo=self.memo, only=only).findings
        return {
            (str(Path(f.file).resolve()), f.code, f.message): f.format()
            for f in found
            if f.severity == "error"
        }

    def _lint_errors(self, changed: list[str]) -> list[str]:
        """Errors the change brought into the changed files (ones already there do not block it)."""
        wanted = {str(Path(c).resolve()) for c in changed}
        current = self._lint(only={str(Path(c)) for c in changed} | wanted)
        new = [
            text for key, text in current.items() if key[0] in wanted and key not in self.baseline
        ]
        if not new:  # the changed files' errors are now these; the others' stay as they were
            kept = {k: v for k, v in self.baseline.items() if k[0] not in wanted}
            self.baseline = kept | {k: v for k, v in current.items() if k[0] in wanted}
        return new

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
