"""Writes small Tiled maps from ASCII layouts, for tests that must not depend on shipped content.

``#`` is a solid tile, ``.`` floor. Objects are (kind, name, x, y, w, h, props) in pixels.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import quoteattr

TILESET = """  <tileset firstgid="1" name="test" tilewidth="16" tileheight="16" tilecount="2" columns="2">
    <image source="test.png" width="32" height="16"/>
    <tile id="1"><properties><property name="solid" type="bool" value="true"/></properties></tile>
  </tileset>
"""


def write_map(
    path: Path, layout: list[str], objects: list[tuple] = (), above: list[str] | None = None
) -> Path:
    height, width = len(layout), len(layout[0])
    rows = [",".join("2" if ch == "#" else "1" for ch in line) for line in layout]
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" renderorder="right-down" '
        f'width="{width}" height="{height}" tilewidth="16" tileheight="16" infinite="0" '
        f'nextlayerid="4" nextobjectid="{len(objects) + 1}">',
        TILESET,
        f'  <layer id="1" name="ground" width="{width}" height="{height}">',
        '    <data encoding="csv">',
        ",\n".join(rows),
        "    </data>",
        "  </layer>",
    ]
    if above:
        arows = [",".join("1" if ch != "." else "0" for ch in line) for line in above]
        parts += [
            f'  <layer id="3" name="above" width="{width}" height="{height}">',
            '    <data encoding="csv">',
            ",\n".join(arows),
            "    </data>",
            "  </layer>",
        ]
    parts.append('  <objectgroup id="2" name="objects">')
    for i, (kind, name, x, y, w, h, props) in enumerate(objects, start=1):
        size = f' width="{w}" height="{h}"' if w or h else ""
        parts.append(
            f'    <object id="{i}" name={quoteattr(name)} type="{kind}" x="{x}" y="{y}"{size}>'
        )
        if props:
            parts.append("      <properties>")
            for k, v in props.items():
                kind_attr = ' type="bool"' if isinstance(v, bool) else ""
                value = str(v).lower() if isinstance(v, bool) else str(v)
                parts.append(f'        <property name="{k}"{kind_attr} value={quoteattr(value)}/>')
            parts.append("      </properties>")
        if not (w or h):
            parts.append("      <point/>")
        parts.append("    </object>")
    parts += ["  </objectgroup>", "</map>", ""]
    path.write_text("\n".join(parts), encoding="utf-8")
    _write_tileset_png(path.parent / "test.png")
    return path


def _write_tileset_png(path: Path) -> None:
    if path.exists():
        return
    import pygame

    surf = pygame.Surface((32, 16))
    surf.fill((90, 140, 80), (0, 0, 16, 16))
    surf.fill((120, 90, 70), (16, 0, 16, 16))
    pygame.image.save(surf, str(path))


ROOM = [
    "############",
    "#..........#",
    "#..........#",
    "#....##....#",
    "#....##....#",
    "#..........#",
    "#..........#",
    "#####..#####",
    "############",
]

ROOM_OBJECTS = [
    ("spawn", "start", 40, 40, 0, 0, {}),
    ("spawn", "from_hall", 88, 100, 0, 0, {"facing": "up"}),
    ("door", "to_hall", 80, 112, 32, 8, {"map": "hall", "spawn": "from_room"}),
    ("npc", "girl", 152, 24, 16, 16, {"actor": "girl_a", "facing": "left", "scene": "talk_girl"}),
    ("look", "pillar", 80, 48, 32, 32, {"scene": "look_pillar"}),
    ("memory", "marble", 16, 80, 16, 16, {"memory": "marble", "scene": "memory_marble"}),
    ("trigger", "centre", 32, 64, 16, 16, {"scene": "enter_centre", "once": True}),
    ("solid", "", 160, 80, 16, 16, {}),
    ("point", "corner", 170, 30, 0, 0, {}),
]

HALL = [
    "########",
    "#......#",
    "#......#",
    "###..###",
]

HALL_OBJECTS = [
    ("spawn", "from_room", 64, 40, 0, 0, {"facing": "down"}),
    ("door", "to_room", 48, 48, 32, 8, {"map": "room", "spawn": "from_hall"}),
]

GAME_YAML = """title: Test
new_game: {map: room, spawn: start}
player: {actor: hero, sprite: hero}
"""


def make_content(root: Path) -> Path:
    """A minimal content tree (maps/, dialogue/, assets/) for engine tests."""
    (root / "maps").mkdir(parents=True, exist_ok=True)
    (root / "dialogue").mkdir(exist_ok=True)
    (root / "assets").mkdir(exist_ok=True)
    write_map(root / "maps" / "room.tmx", ROOM, ROOM_OBJECTS)
    write_map(root / "maps" / "hall.tmx", HALL, HALL_OBJECTS)
    (root / "dialogue" / "game.yaml").write_text(GAME_YAML, encoding="utf-8")
    return root
