"""Build Tiled maps from ASCII layouts: `python assets/tools/build_maps.py`.

Layouts live in assets/src/maps/<map>.yaml: a `terrain` grid (one char per tile: ground and
autotiled terrains), an `items` grid (tiles and multi-tile things, anchored at their top-left
char), optional `pitch` lines, and the `objects` list. The COMMITTED .tmx in maps/ is what the
game reads and may be edited in Tiled; re-running this tool overwrites such hand edits.

Layers written: ground, detail (terrain overlays, pitch lines), build (things placed on top)
-- all below the actors -- and above (tree tops, lamp heads: drawn over the actors).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from xml.sax.saxutils import quoteattr

import tilesets
import yaml
from artlib import ROOT, SRC, TILE, ArtError

E, S, W_ = 2, 4, 8
N = 1
LAYERS = ("ground", "detail", "build", "above")


class Layout:
    """A map in the making: four layers of tile names, filled from the YAML layout."""

    def __init__(self, spec: dict, tiles: list[tilesets.Tile]) -> None:
        self.spec = spec
        self.w, self.h = spec["size"]
        self.ids = {t.name: i for i, t in enumerate(tiles)}
        self.above = {t.name for t in tiles if t.above}
        self.layers = {name: [[""] * self.w for _ in range(self.h)] for name in LAYERS}
        self.rng = random.Random(spec.get("seed", 7))

    def grid(self, key: str) -> list[str]:
        rows = self.spec[key].rstrip("\n").split("\n")
        if len(rows) != self.h or any(len(r) != self.w for r in rows):
            raise ArtError(f"{key}: must be {self.h} rows of {self.w} chars")
        return rows

    def put(self, layer: str, x: int, y: int, name: str) -> None:
        if name not in self.ids:
            raise ArtError(f"unknown tile {name!r} at {x},{y}")
        if 0 <= x < self.w and 0 <= y < self.h:
            self.layers["above" if name in self.above else layer][y][x] = name

    def mask(self, rows: list[str], x: int, y: int, same: str) -> int:
        """4-bit neighbour mask; the map's outside counts as the same terrain."""
        bits = 0
        for bit, dx, dy in ((N, 0, -1), (E, 1, 0), (S, 0, 1), (W_, -1, 0)):
            nx, ny = x + dx, y + dy
            if not (0 <= nx < self.w and 0 <= ny < self.h) or rows[ny][nx] in same:
                bits |= bit
        return bits

    def terrain(self) -> None:
        rows, legend = self.grid("terrain"), self.spec["terrain_legend"]
        for y, row in enumerate(rows):
            for x, ch in enumerate(row):
                kind = legend.get(ch)
                if kind is None:
                    raise ArtError(f"terrain: no legend for {ch!r} at {x},{y}")
                ground, *rest = kind.split()
                self.put("ground", x, y, self.ground_tile(ground, x, y, rows, ch))
                for extra in rest:  # an autotile or tile over the ground, e.g. "grass hedge"
                    # an autotile: one of these, or any set's `<name>_0`..`<name>_15` (dune, pool ...)
                    autos = ("hedge", "woods", "bed", "rug", "wallcap", "puddle", "stonewall")
                    if extra in autos or (extra not in self.ids and f"{extra}_15" in self.ids):
                        same = "".join(k for k, v in legend.items() if extra in v.split())
                        # chars that count as this terrain without drawing it (the sea for wet sand)
                        same += self.spec.get("autotile_joins", {}).get(extra, "")
                        self.put("detail", x, y, f"{extra}_{self.mask(rows, x, y, same)}")
                    else:
                        self.put("detail", x, y, extra)

    def ground_tile(self, kind: str, x: int, y: int, rows: list[str], ch: str) -> str:
        if kind == "grass":
            roll = self.rng.random()
            return (
                "grass_daisies"
                if roll < 0.04
                else "grass_clover"
                if roll < 0.07
                else (f"grass_{self.rng.randrange(4)}")
            )
        if kind == "path":
            return f"path_{self.mask(rows, x, y, ch + self.spec.get('path_joins', ''))}"
        if kind == "field":
            return "field_a" if (y // 2) % 2 else "field_b"
        if kind == "floor":
            return f"floor_wood_{self.rng.randrange(3)}"
        if kind.endswith(
            "~"
        ):  # any of the set's numbered variants: "stubble~" -> stubble_0, stubble_1 ...
            variants = sorted(
                n for n in self.ids if n.startswith(kind[:-1] + "_") and n[len(kind) :].isdigit()
            )
            if not variants:
                raise ArtError(f"no tiles {kind[:-1]}_<n> for {kind!r} at {x},{y}")
            return variants[self.rng.randrange(len(variants))]
        return kind

    def pitch(self) -> None:
        """White lines: boundary, halfway line and the centre circle."""
        if "pitch" not in self.spec:
            return
        x0, y0, x1, y1 = self.spec["pitch"]
        mid = (x0 + x1) // 2
        lines = {}
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                on_edge = x in (x0, x1) or y in (y0, y1)
                if on_edge or x == mid:
                    bits = 0
                    for bit, dx, dy in ((N, 0, -1), (E, 1, 0), (S, 0, 1), (W_, -1, 0)):
                        nx, ny = x + dx, y + dy
                        inside = x0 <= nx <= x1 and y0 <= ny <= y1
                        if inside and (
                            (nx in (x0, x1) and x == nx)
                            or (ny in (y0, y1) and y == ny)
                            or (nx == mid and x == mid)
                        ):
                            bits |= bit
                    lines[(x, y)] = bits
        for (x, y), bits in lines.items():
            self.put("detail", x, y, f"fline_{bits}")
        cy = (y0 + y1) // 2
        for i in range(9):
            self.put("detail", mid - 1 + i % 3, cy - 1 + i // 3, f"fcircle/{i % 3},{i // 3}")

    def items(self) -> None:
        rows, legend = self.grid("items"), self.spec["items_legend"]
        for y, row in enumerate(rows):
            for x, ch in enumerate(row):
                if ch == ".":
                    continue
                name = legend.get(ch)
                if name is None:
                    raise ArtError(f"items: no legend for {ch!r} at {x},{y}")
                if name.endswith("~"):  # any of the numbered variants, as for the ground
                    name = self.ground_tile(name, x, y, rows, ch)
                elif name == "brick*":  # plain brick, two variants for texture
                    name = f"wall_{(x * 7 + y * 3) % 2}"
                elif name.endswith("*"):  # roof/quoin run: pick the end pieces
                    base = name[:-1]
                    left = x == 0 or row[x - 1] not in self.spec.get("joins", {}).get(ch, ch)
                    right = x == self.w - 1 or row[x + 1] not in self.spec.get("joins", {}).get(
                        ch, ch
                    )
                    name = base + ("_l" if left else "_r" if right else "")
                if name in self.ids:
                    self.put("build", x, y, name)
                    continue
                parts = sorted(n for n in self.ids if n.startswith(name + "/"))
                if not parts:
                    raise ArtError(f"items: unknown tile or block {name!r}")
                for part in parts:
                    tx, ty = (int(v) for v in part.split("/")[1].split(","))
                    self.put("build", x + tx, y + ty, part)


def properties(props: dict) -> list[str]:
    if not props:
        return []
    out = ["   <properties>"]
    for key, val in props.items():
        kind = (
            ' type="bool"'
            if isinstance(val, bool)
            else ' type="int"'
            if isinstance(val, int)
            else ""
        )
        text = str(val).lower() if isinstance(val, bool) else str(val)
        out.append(f"    <property name={quoteattr(key)}{kind} value={quoteattr(text)}/>")
    return [*out, "   </properties>"]


def tmx_text(layout: Layout, tileset: str) -> str:
    objects = layout.spec.get("objects", [])
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" '
        f'renderorder="right-down" width="{layout.w}" height="{layout.h}" tilewidth="{TILE}" '
        f'tileheight="{TILE}" infinite="0" nextlayerid="{len(LAYERS) + 2}" '
        f'nextobjectid="{len(objects) + 1}">',
        # Map properties (e.g. `title`, the place's name in save slots), from the layout's `properties`.
        *[line[1:] for line in properties(layout.spec.get("properties") or {})],
        f' <tileset firstgid="1" source="tilesets/{tileset}.tsx"/>',
    ]
    for lid, name in enumerate(LAYERS, 1):
        grid = layout.layers[name]
        csv = ",\n".join(
            ",".join(str(layout.ids[n] + 1) if n else "0" for n in row) for row in grid
        )
        lines += [
            f' <layer id="{lid}" name="{name}" width="{layout.w}" height="{layout.h}">',
            '  <data encoding="csv">',
            csv,
            "</data>",
            " </layer>",
        ]
    lines.append(f' <objectgroup id="{len(LAYERS) + 1}" name="objects">')
    for oid, obj in enumerate(objects, 1):
        obj = dict(obj)
        kind, at = obj.pop("type"), obj.pop("at")
        x, y, w, h = ([*at, 1, 1])[:4]
        name = obj.pop("name", "")
        head = (
            f'  <object id="{oid}" name={quoteattr(name)} type="{kind}" x="{x * TILE}" '
            f'y="{y * TILE}" width="{w * TILE}" height="{h * TILE}"'
        )
        props = properties(obj)
        lines += [head + ">", *props, "  </object>"] if props else [head + "/>"]
    lines += [" </objectgroup>", "</map>"]
    return "\n".join(lines) + "\n"


def build_map(stem: str) -> Path:
    spec = yaml.safe_load((SRC / "maps" / f"{stem}.yaml").read_text())
    tiles = tilesets.build_tileset(spec["tileset"])
    layout = Layout(spec, tiles)
    layout.terrain()
    layout.pitch()
    layout.items()
    out = ROOT / "maps" / f"{stem}.tmx"
    out.write_text(tmx_text(layout, spec["tileset"]))
    return out


def main(argv: list[str]) -> int:
    stems = argv or sorted(p.stem for p in (SRC / "maps").glob("*.yaml"))
    for stem in stems:
        print(f"wrote {build_map(stem).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
