"""Everything a save restores, checked and bounded in one place before any of it is used.

A save file is the player's to edit (or a disk's to damage): loading must never crash on it, nor
later, at the first draw or when the backlog opens. `clean_save` takes a save as read (any JSON)
and returns one whose every part has the type and range the game expects, each bad part at its
default, and how many parts were left out. F9 and the Load menu both restore through it
(`game.save.savegame.restore`), which then only has to fit positions to the map they are on.
"""

from __future__ import annotations

from typing import Any

from game.state import BACKLOG_LIMIT

FACINGS = ("down", "up", "left", "right")
FOLLOW_MODES = ("follow", "support")
MAX_ID = 200  # scene, line, flag, item, memory and map ids
MAX_TEXT = 4000  # a flag's text value, a backlog line
MAX_LIST = 10_000  # memories, visited scenes, fired triggers
MAX_ENTRIES = 2_000  # flags, items, actors, followers
MAX_FRAMES = 64  # scene frames: calls nest a few deep
MAX_INT = 10**15  # numbers in flags and items (conditions count and compare them)
MAX_COORD = 1 << 24  # sub-pixels (a 1024-tile map of 64-pixel tiles is 1 << 20); the map clamps
MAX_TICKS = 1 << 42  # play time: two thousand years at 60 ticks a second
# Flags the engine reads as asset names: only a plain id may name a file.
ASSET_FLAGS = (
    "_music",
    "_player_sprite",
    "_ambient",
    "_ambient_map",
    "_tint",
    "_weather",
    "_weather_map",
)


class Cleaner:
    def __init__(self) -> None:
        self.dropped = 0  # parts left out or brought into range

    # -- values ------------------------------------------------------------------------------------
    def text(self, value: Any, limit: int = MAX_ID, default: str = "") -> str:
        if isinstance(value, str) and len(value) <= limit:
            return value
        self.dropped += 1
        return default

    def number(self, value: Any, low: int, high: int, default: int = 0) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.dropped += 1
            return default
        if not low <= value <= high:
            self.dropped += 1
        return max(low, min(high, value))

    def asset(self, value: Any, default: str = "") -> str:
        if is_asset_id(value):
            return value
        self.dropped += 1
        return default

    def flag(self, value: Any, default: bool) -> bool:
        if isinstance(value, bool):
            return value
        self.dropped += 1
        return default

    def facing(self, value: Any) -> str:
        if value in FACINGS:
            return value
        self.dropped += 1
        return "down"

    def mapping(self, value: Any, limit: int = MAX_ENTRIES) -> dict[str, Any]:
        if not isinstance(value, dict):
            if value is not None:
                self.dropped += 1
            return {}
        out = {}
        for key, item in value.items():
            if len(out) >= limit or len(key) > MAX_ID:
                self.dropped += 1
                continue
            out[key] = item
        return out

    def id_list(self, value: Any, limit: int = MAX_LIST) -> list[str]:
        if not isinstance(value, list):
            if value is not None:
                self.dropped += 1
            return []
        out: dict[str, None] = {}
        for item in value:
            if isinstance(item, str) and 0 < len(item) <= MAX_ID and len(out) < limit:
                out[item] = None
            else:
                self.dropped += 1
        return list(out)

    # -- parts -------------------------------------------------------------------------------------
    def state(self, data: Any) -> dict[str, Any]:
        data = self.mapping(data, 64)
        flags: dict[str, bool | int | str] = {}
        for key, value in self.mapping(data.get("flags")).items():
            if key in ASSET_FLAGS:
                if is_asset_id(value) or value == "":
                    flags[key] = value
                else:
                    self.dropped += 1
            elif isinstance(value, bool):
                flags[key] = value
            elif isinstance(value, int):
                flags[key] = self.number(value, -MAX_INT, MAX_INT)
            elif isinstance(value, str) and len(value) <= MAX_TEXT:
                flags[key] = value
            else:
                self.dropped += 1
        items = {
            key: self.number(value, -MAX_INT, MAX_INT)
            for key, value in self.mapping(data.get("items")).items()
        }
        return {
            "chapter": self.text(data.get("chapter", "")),
            "flags": flags,
            "items": items,
            "memories": self.id_list(data.get("memories")),
            "visited": self.id_list(data.get("visited")),
            "fired": self.id_list(data.get("fired")),
            "backlog": self.backlog(data.get("backlog")),
            "play_ticks": self.number(data.get("play_ticks", 0), 0, MAX_TICKS),
            "idle_ticks": self.number(data.get("idle_ticks", 0), 0, MAX_TICKS),
            "seed": self.number(data.get("seed", 0), -MAX_INT, MAX_INT),
        }

    def backlog(self, value: Any) -> list[list[str]]:
        if not isinstance(value, list):
            if value is not None:
                self.dropped += 1
            return []
        out = []
        for entry in value[-BACKLOG_LIMIT:]:
            # [chapter, speaker, text, line id]; older saves may lack the line id
            if (
                isinstance(entry, list)
                and len(entry) in (3, 4)
                and all(isinstance(part, str) and len(part) <= MAX_TEXT for part in entry)
            ):
                out.append([*entry, ""][:4])
            else:
                self.dropped += 1
        return out

    def world(self, data: Any) -> dict[str, Any]:
        data = self.mapping(data, 16)
        out: dict[str, Any] = {"map": self.text(data.get("map", ""))}
        player = data.get("player")
        if isinstance(player, list) and len(player) == 4:
            out["player"] = [
                self.number(player[0], 0, MAX_COORD),
                self.number(player[1], 0, MAX_COORD),
                self.facing(player[2]),
                self.asset(player[3]),
            ]
        elif player is not None:
            self.dropped += 1
        actors = {}
        for name, values in self.mapping(data.get("actors")).items():
            if isinstance(values, list) and len(values) == 5 and is_asset_id(values[4]):
                actors[name] = [
                    self.number(values[0], 0, MAX_COORD),
                    self.number(values[1], 0, MAX_COORD),
                    self.facing(values[2]),
                    self.flag(values[3], True),
                    values[4],
                ]
            else:
                self.dropped += 1
        out["actors"] = actors
        staging = {}
        for name, values in self.mapping(data.get("staging")).items():
            if isinstance(values, dict):
                staging[name] = self.staging(values)
            else:
                self.dropped += 1
        out["staging"] = staging
        return out

    def staging(self, data: dict[str, Any]) -> dict[str, Any]:
        """Pose, gesture and pace (the actor checks their values); positions kept in range."""
        out: dict[str, Any] = {}
        for key in ("pose", "gesture", "pace"):
            if key in data:
                out[key] = data[key] if not isinstance(data[key], dict | list) else None
        if isinstance(data.get("gesture"), list) and len(data["gesture"]) == 3:
            out["gesture"] = [
                self.text(data["gesture"][0], 40),
                self.number(data["gesture"][1], 0, 100_000),
                self.number(data["gesture"][2], 0, 100_000),
            ]
        if "with" in data:
            out["with"] = self.text(data["with"])
        home = data.get("home")
        if isinstance(home, list) and len(home) == 2:
            out["home"] = [self.number(home[0], 0, MAX_COORD), self.number(home[1], 0, MAX_COORD)]
        return out

    def scene(self, data: Any) -> dict[str, Any] | None:
        if not isinstance(data, dict):
            if data is not None:
                self.dropped += 1
            return None
        frames = []
        raw = data.get("frames")
        if not isinstance(raw, list):
            self.dropped += raw is not None
            raw = []
        for entry in raw[:MAX_FRAMES]:
            if (
                isinstance(entry, list)
                and len(entry) == 4
                and isinstance(entry[0], str)
                and isinstance(entry[1], str)
                and isinstance(entry[3], bool)
            ):
                frames.append(
                    [
                        self.text(entry[0]),
                        self.text(entry[1]),
                        self.number(entry[2], 0, 1_000_000),
                        entry[3],
                    ]
                )
            else:
                self.dropped += 1
        if not frames:
            return None
        line, path = data.get("line"), data.get("path")
        return {
            "frames": frames,
            "line": self.text(line) if line is not None else None,
            "path": self.text(path) if path is not None else None,
        }

    def director(self, data: Any) -> dict[str, Any]:
        data = self.mapping(data, 16)
        followers = {}
        for name, mode in self.mapping(data.get("followers"), 16).items():
            if mode in FOLLOW_MODES:
                followers[name] = mode
            else:
                self.dropped += 1
        return {"followers": followers}


def is_asset_id(value: Any) -> bool:
    """A plain id (letters, digits, `_` and `-`): what may name a sprite, a track or a bed."""
    return (
        isinstance(value, str)
        and 0 < len(value) <= 64
        and value.isascii()
        and value.replace("_", "").replace("-", "").isalnum()
    )


def clean_save(data: Any) -> tuple[dict[str, Any], int]:
    """The save with every part the game restores checked and bounded; how many parts were left
    out or brought into range (0 for a save the game wrote)."""
    c = Cleaner()
    data = data if isinstance(data, dict) else {}
    out = {
        "state": c.state(data.get("state")),
        "world": c.world(data.get("world")),
        "scene": c.scene(data.get("scene")),
        "director": c.director(data.get("director")),
    }
    return out, c.dropped
