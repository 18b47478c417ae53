"""The content linter (`python -m game lint`): every check over scenes, maps and data files.

`check` runs them all and prints findings; `content` loads what they read; `codes` lists every
finding code; `refs`, `scenes`, `world`, `stage` and `lang` are the checks themselves.
"""

from game.story.lint.check import default_root, lint, main, shown_path

__all__ = ["default_root", "lint", "main", "shown_path"]
