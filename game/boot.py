"""Building the context: settings, content, maps, audio. Shared by the window, headless runs and tests."""

from __future__ import annotations

from pathlib import Path

from game.content import ContentError, load_manifest
from game.context import Context, MapCache, Notices
from game.paths import Paths
from game.settings import Settings


def build_context(
    data_dir: Path | None = None, *, headless: bool, root: Path | None = None, quiet: bool = False
) -> Context:
    """Raises ContentError when the game's own manifest is unusable (nothing can start without it)."""
    paths = Paths.create(data_dir, root)
    notices = Notices(quiet=quiet)
    if headless:
        settings = Settings()  # the simulation must not depend on a player's settings file
    else:
        settings, problems = Settings.load(paths.settings_file)
        for p in problems:
            notices.report(p)
    manifest = load_manifest(paths.dialogue)
    return Context(
        paths=paths,
        settings=settings,
        manifest=manifest,
        maps=MapCache(paths.maps, images=not headless),
        notices=notices,
        headless=headless,
    )


__all__ = ["ContentError", "build_context"]
