"""Packaging: the wheel carries the game's content (dialogue, maps, built assets) inside the
package as game/_content/, so an installed `hailsham` runs from any folder.

Everything else is in pyproject.toml; the list of content files is its [tool.hailsham.package]
table. An editable install (`pip install -e .`) copies nothing: the clone's working tree is read
in place, so authors see their changes (and `--dev` reloads them) at once.
"""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TARGET = Path("game") / "_content"


def package_table(root: Path = ROOT) -> dict:
    table = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    return table["tool"]["hailsham"]["package"]


def content_files(root: Path = ROOT) -> list[Path]:
    """The content files, relative to the root, sorted: every file under an `include` folder
    that neither is nor lies under a path matching an `exclude` pattern."""
    table = package_table(root)
    out = []
    for folder in table["include"]:
        for path in (root / folder).rglob("*"):
            rel = path.relative_to(root)
            ancestors = [rel, *rel.parents[:-1]]
            if path.is_file() and not any(a.match(x) for a in ancestors for x in table["exclude"]):
                out.append(rel)
    return sorted(out, key=lambda p: p.as_posix())


class BuildWithContent(build_py):
    """build_py, then the content copied next to the code (never for an editable install)."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / TARGET
        shutil.rmtree(target, ignore_errors=True)  # a file removed since the last build goes too
        for rel in content_files():
            out = target / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ROOT / rel, out)


if __name__ == "__main__":  # setuptools runs it so; tests and the PyInstaller spec import it
    setup(cmdclass={"build_py": BuildWithContent})
