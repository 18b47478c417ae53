"""Building the context: settings, content, maps, audio. Shared by the window, headless runs and tests."""

from __future__ import annotations

from pathlib import Path

from game.content import ContentError, load_manifest
from game.context import Context, MapCache, Notices
from game.paths import Paths
from game.save.profile import Profile, profile_path
from game.settings import Settings
from game.settings_file import load_settings
from game.story.library import load_library
from game.story.mods import ModSet, discover
from game.story.seen import SeenLog


def build_context(
    data_dir: Path | None = None,
    *,
    headless: bool,
    root: Path | None = None,
    quiet: bool = False,
    use_mods: bool | None = None,
    player_settings: bool | None = None,
) -> Context:
    """Raises ContentError when the game's own manifest is unusable (nothing can start without it).
    A headless run is the game as shipped (no mods, default settings) unless asked otherwise:
    ``use_mods`` and ``player_settings`` read the data folder's mods and settings.json."""
    paths = Paths.create(data_dir, root)
    if use_mods is None:
        use_mods = not headless
    if player_settings is None:
        player_settings = not headless
    notices = Notices(quiet=quiet)
    if not player_settings:
        settings = Settings()  # the simulation must not depend on a player's settings file
    else:
        settings, problems = load_settings(paths.settings_file)
        for p in problems:
            notices.report(p)
    manifest = load_manifest(paths.dialogue)
    mods = discover(paths.mods) if use_mods else ModSet()
    library = load_library(paths.dialogue, mods=mods, language=settings.language)
    for problem in [*mods.problems, *library.problems, *library.conflicts]:
        notices.report(problem)
    seen = SeenLog(None if headless else paths.data / "profile" / "seen.txt")
    ctx = Context(
        paths=paths,
        settings=settings,
        manifest=manifest,
        maps=MapCache(
            paths.maps,
            images=not headless,
            overlays=[m.maps for m in mods.mods],
            allowed=[paths.maps, paths.assets],
        ),
        notices=notices,
        headless=headless,
        content=library,
        seen=seen,
        mods=mods,
    )
    if not headless:  # the profile is the player's; a headless run is the game as shipped
        ctx.profile_path = profile_path(paths.data)
        ctx.profile, problems = Profile.load(ctx.profile_path)
        for p in problems:
            notices.report(p)
    return ctx


__all__ = ["ContentError", "build_context"]
