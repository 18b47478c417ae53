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

    def on_memory(self, memory_id: str) -> None:
        """A memory was found (the profile keeps them across plays)."""
        if self.profile is not None and self.profile.add_memory(memory_id):
            self.save_profile()

    def on_chapter(self, chapter_id: str) -> None:
        if self.profile is not None and self.profile.unlock_chapter(chapter_id):
            self.save_profile()

    def save_profile(self) -> None:
        if self.profile is None or self.profile_path is None:
            return
        try:
            self.profile.save(self.profile_path)
        except OSError as exc:
            self.notices.report(f"{self.profile_path}: cannot save the profile: {exc}")
