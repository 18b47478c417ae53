"""The one context object built in main() and passed down: no hidden globals."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.content import Manifest
from game.paths import Paths
from game.settings import Settings
from game.world.mapdata import MapData, MapError, load_map
from game.world.mapfiles import Sandbox


class NullAudio:
    """Audio that does nothing: headless runs, tests, and when the mixer cannot start."""

    current_track: str | None = None
    current_ambient: str | None = None

    def set_volumes(
        self, master: float, music: float, sound: float, ambient: float = 1.0
    ) -> None: ...
    def play_music(self, track: str, *, fade_ms: int = 500, loop: bool = True) -> None: ...
    def stop_music(self, *, fade_ms: int = 500) -> None: ...
    def play_sound(self, name: str) -> None: ...
    def set_ambient(self, bed: str | None, *, fade_ms: int = 1500) -> None: ...
    def stop_ambient(self, *, fade_ms: int = 1500) -> None: ...


@dataclass
class Notices:
    """Problems worth telling the player: printed once to stderr, kept for drawing on screen."""

    lines: list[str] = field(default_factory=list)
    quiet: bool = False
    reserved_top: int = 0  # drawing only: the canvas rows the notices panel covers this frame

    def report(self, message: str) -> None:
        if message in self.lines:
            return
        self.lines.append(message)
        if not self.quiet:
            print(message, file=sys.stderr)


class MapCache:
    """Loads maps by id from maps/ (or a mod's maps/, which wins), with images when a window exists."""

    def __init__(
        self, maps_dir: Path, *, images: bool, overlays: list[Path] = (), allowed: list[Path] = ()
    ) -> None:
        self.maps_dir = maps_dir
        self.overlays = list(overlays)  # mod map folders (<mod>/maps), the last one wins
        self.allowed = list(allowed)  # the game's folders any map may read from (maps, assets)
        self.images = images
        self._cache: dict[str, MapData] = {}

    def path(self, name: str) -> Path:
        for folder in reversed(self.overlays):
            candidate = folder / f"{name}.tmx"
            if candidate.is_file():
                return candidate
        return self.maps_dir / f"{name}.tmx"

    def get(self, name: str) -> MapData:
        """The map, or MapError (``file: what is wrong``)."""
        if name not in self._cache:
            if not name or "/" in name or "\\" in name or name.startswith("."):
                raise MapError(f"{self.path(name or '?')}: not a valid map id {name!r}")
            path = self.path(name)
            self._cache[name] = load_map(path, images=self.images, sandbox=self.sandbox(path))
            # Without images a map is small: keep every one a run visits (verify, headless).
            while len(self._cache) > (6 if self.images else 64):
                self._cache.pop(next(iter(self._cache)))
        return self._cache[name]

    def sandbox(self, path: Path) -> Sandbox:
        """Where a map may read: a mod's map its mod's folder (and the game's files at the same
        places), the game's own maps the game's folders."""
        if path.parent == self.maps_dir:
            return Sandbox(self.maps_dir, [self.maps_dir, *self.allowed])
        mod = path.parent.parent
        return Sandbox(mod, [mod, self.maps_dir, *self.allowed], self.maps_dir.parent)

    def forget(self, name: str | None = None) -> None:
        if name is None:
            self._cache.clear()
        else:
            self._cache.pop(name, None)


@dataclass
class Context:
    paths: Paths
    settings: Settings
    manifest: Manifest
    maps: MapCache
    audio: Any = field(default_factory=NullAudio)
    notices: Notices = field(default_factory=Notices)
    headless: bool = False
    quit_requested: bool = False
    assets: Any = None  # drawing resources (fonts, sprites), None when headless
    content: Any = None  # the story library (scenes, actors, memories ...)
    seen: Any = None  # lines seen (the player's profile)
    mods: Any = None  # the active mods (ModSet)
    display: Any = None  # the window (None when headless): settings screens resize it
    devices: Any = None  # input devices (None when headless): rebinding reads raw key names from it

    dev: bool = False  # `--dev`: the writer's tools (hot reload, dev menu, inspector)
    dev_overlay: bool = False  # the flag and state inspector is shown (F3)

    speedrun: Any = None  # the speedrun mode and timer (set by the simulation)
    profile: Any = None  # what outlives a play: chapters reached, memories found, bests
    profile_path: Path | None = None
    profile_unsaved: bool = False  # the last profile write failed: it is tried again
    # The lock on the data folder (game.save.lock.DataLock) when this game writes one; None: no
    # lock is asked for (tests, tools). `on_lock_gained` runs when a lock not held at the start is
    # taken later (the other copy of the game closed): boot reads the profile again and merges.
    lock: Any = None
    on_lock_gained: Any = None

    def write_problem(self) -> str | None:
        """None when the game may write the player's files now, else why not (for the player)."""
        if self.lock is None:
            return None
        had = self.lock.held
        problem = self.lock.problem()
        if problem is None and not had and self.on_lock_gained is not None:
            self.on_lock_gained(self)
        return problem

    def on_memory(self, memory_id: str) -> None:
        """A memory was found (the profile keeps them across plays)."""
        if self.profile is not None and self.profile.add_memory(memory_id):
            self.save_profile()

    def on_chapter(self, chapter_id: str) -> None:
        if self.profile is not None and self.profile.unlock_chapter(chapter_id):
            self.save_profile()

    def save_profile(self) -> None:
        """Write the profile; a failure is told (once) and the write tried again next time."""
        if self.profile is None or self.profile_path is None:
            return
        self.profile_unsaved = True
        problem = self.write_problem()
        if problem is not None:
            return  # said when the lock was refused; the profile waits in memory
        try:
            self.profile.save(self.profile_path)
        except Exception as exc:  # a full or read-only disk: the game goes on, the profile waits
            self.notices.report(f"Your progress could not be saved: {exc}.")
            return
        self.profile_unsaved = False

    def flush(self) -> None:
        """Write what waits to be written (the profile, seen lines): on leaving, or when possible."""
        if self.profile_unsaved:
            self.save_profile()
        if self.seen is not None and hasattr(self.seen, "flush"):
            self.seen.flush()
