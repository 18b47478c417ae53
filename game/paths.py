"""Where things are: the install's content, and the player's files (platformdirs or --data-dir)."""

from __future__ import annotations

import contextlib
import errno
import os
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "Hailsham"
# Where an installed game keeps its content, inside the package: the wheel and the standalone
# build put dialogue/, maps/ and the built assets here (setup.py, packaging/hailsham.spec).
PACKAGED_CONTENT = "_content"


@cache
def content_root() -> Path:
    """The folder holding assets/, maps/ and dialogue/ for this copy of the game."""
    package = resources.files("game")
    return root_for(package if isinstance(package, Path) else Path(__file__).parent)


def root_for(package: Path) -> Path:
    """An installed game (a wheel, pipx, the standalone build) reads the copy packaged inside
    its package folder, `game/_content` (found through importlib.resources); a clone (an
    editable install, or `python -m game` in the checkout) has none and reads its working tree,
    so authors see their changes at once."""
    packaged = package / PACKAGED_CONTENT
    if (packaged / "dialogue").is_dir():
        return packaged.resolve()
    return package.resolve().parent


@dataclass(frozen=True)
class Paths:
    root: Path  # the game's own content
    data: Path  # saves, profile, replays, mods
    config: Path  # settings

    @classmethod
    def create(cls, data_dir: Path | None = None, root: Path | None = None) -> Paths:
        root = root or content_root()
        if data_dir is not None:
            data_dir = data_dir.resolve()
            return cls(root, data_dir, data_dir)
        data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        config = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
        return cls(root, data, config)

    @property
    def assets(self) -> Path:
        return self.root / "assets"

    @property
    def maps(self) -> Path:
        return self.root / "maps"

    @property
    def dialogue(self) -> Path:
        return self.root / "dialogue"

    @property
    def saves(self) -> Path:
        return self.data / "saves"

    @property
    def mods(self) -> Path:
        return self.data / "mods"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"


def inside(path: Path, folder: Path) -> bool:
    """Whether a path, links resolved, stays inside a folder (mods may not reach outside)."""
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def fsync_dir(folder: Path) -> None:
    """Make the names in a folder (a rename, a new file or folder) survive a power cut.

    Not possible on some platforms (Windows): best effort, never raises."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def make_dirs(folder: Path) -> None:
    """Create `folder` and any missing parents, each made durable in its parent. Raises OSError
    (NotADirectoryError when a file stands where one of the folders should be)."""
    folder = Path(folder)
    missing: list[Path] = []
    while not folder.is_dir():
        if folder.exists() or folder.is_symlink():
            raise NotADirectoryError(
                errno.ENOTDIR, "a file is where a folder should be", str(folder)
            )
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for new in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made by another process meanwhile: fine
            new.mkdir()
        fsync_dir(new.parent)
