"""Building the context: settings, content, maps, audio. Shared by the window, headless runs and tests."""

from __future__ import annotations

from pathlib import Path

from game.content import ContentError, load_manifest
from game.context import Context, MapCache, Notices
from game.paths import Paths
from game.save.lock import DataLock
from game.save.profile import Profile, profile_path
from game.save.store import StoreError, keep_aside, write_atomic
from game.settings import Settings
from game.settings_file import load_settings
from game.story.library import LazyLibrary, Library, languages, load_library, load_tables
from game.story.mods import ModSet, discover
from game.story.seen import SeenLog

SEEN_NAME = "seen.txt"


def build_context(
    data_dir: Path | None = None,
    *,
    headless: bool,
    root: Path | None = None,
    quiet: bool = False,
    use_mods: bool | None = None,
    player_settings: bool | None = None,
    lock: bool = False,
) -> Context:
    """Raises ContentError when the game's own manifest is unusable (nothing can start without it).
    A headless run is the game as shipped (no mods, default settings) unless asked otherwise:
    ``use_mods`` and ``player_settings`` read the data folder's mods and settings.json.

    With `lock` (the windowed game), the data folder is locked for this game; if another copy
    holds it, this one says so and writes nothing (see game.save.lock)."""
    paths = Paths.create(data_dir, root)
    if use_mods is None:
        use_mods = not headless
    if player_settings is None:
        player_settings = not headless
    notices = Notices(quiet=quiet)
    data_lock = DataLock(paths.data) if lock and not headless else None
    if data_lock is not None and not data_lock.acquire():
        notices.report(data_lock.reason)
    writable = not headless and (data_lock is None or data_lock.held)  # headless writes nothing
    if not player_settings:
        settings = Settings()  # the simulation must not depend on a player's settings file
    else:
        settings, problems = load_settings(paths.settings_file, writable=writable)
        for p in problems:
            notices.report(p)
    manifest = load_manifest(paths.dialogue)
    mods = discover(paths.mods) if use_mods else ModSet()
    if settings.language and settings.language not in languages(paths.dialogue, mods):
        notices.report(
            f"{paths.settings_file.name}: language `{settings.language}` is not one the game "
            "or a mod has; using the source text."
        )
        settings.language = ""
    for problem in mods.problems:
        notices.report(problem)

    def loaded(library: Library) -> None:
        for problem in [*library.problems, *library.conflicts]:
            notices.report(problem)

    # The window shows the title before any scene is read (and reads them in the background
    # then); headless runs, verify and tests read everything now, as they always need it.
    language = settings.language
    library = LazyLibrary(
        lambda: load_library(paths.dialogue, mods=mods, language=language),
        lambda: load_tables(paths.dialogue, mods, Library())["chapters"],
        loaded,
    )
    if headless:
        library = library.get()
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
        mods=mods,
        lock=data_lock,
        on_lock_gained=_lock_gained,
    )
    ctx.seen = SeenLog(None)
    if not headless:  # the profile is the player's; a headless run is the game as shipped
        ctx.seen = SeenLog(
            paths.data / "profile" / SEEN_NAME,
            writable=ctx.write_problem,
            report=notices.report,
            compact=lambda path, ids, why: notices.report(_compact(path, ids, why)),
        )
        ctx.profile_path = profile_path(paths.data)
        ctx.profile, problems = Profile.load(ctx.profile_path, writable=writable)
        for p in problems:
            notices.report(p)
    return ctx


def _compact(path: Path, ids: list[str], why: str) -> str:
    """A seen-lines log too large to be real, rewritten with the ids it holds (the old one kept)."""
    message = f"{path.name} {why}: the lines you have seen are read from its start only"
    kept = keep_aside(path)
    if kept is None:
        return message + "."
    data = "".join(i + "\n" for i in ids).encode("utf-8")
    try:
        write_atomic(path, data, keep_backup=False)
    except StoreError as exc:
        return f"{message}; {exc}."
    return f"{message}, and it is kept as {kept.name}."


def _lock_gained(ctx: Context) -> None:
    """The other copy of the game closed and this one may write now: what it wrote meanwhile is
    read again and merged with what this one holds, so neither loses anything."""
    if ctx.profile is not None and ctx.profile_path is not None:
        on_disk, _problems = Profile.load(ctx.profile_path)
        ctx.profile.merge(on_disk)
        ctx.profile_unsaved = True
    ctx.notices.report("The other copy of Hailsham has closed: this one saves again.")
    ctx.flush()


__all__ = ["ContentError", "build_context"]
