"""Pictures shown close up by the `picture` command: text grids to PNG.

Each block of assets/src/pictures/*.txt is one picture (any size, '.' transparent), written to
assets/pictures/<name>.png. The sources were drawn as grids (some composed with small throwaway
scripts, then kept and edited as text, like everything else here).
"""

from __future__ import annotations

from artlib import SRC, Grid, check_chars, load_palette, parse_blocks


def build_all() -> dict[str, Grid]:
    """Every picture by name, in file order."""
    allowed = set(load_palette())
    out: dict[str, Grid] = {}
    for path in sorted((SRC / "pictures").glob("*.txt")):
        for block in parse_blocks(path):
            check_chars(block.rows, allowed, block.where)
            out[block.name] = block.rows
    return out
