"""The game's manifest (dialogue/game.yaml): where a new game starts, who the player is.

Kept in data so the engine names no place and no character.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


class ContentError(Exception):
    """``file: what is wrong``."""


@dataclass(frozen=True)
class Manifest:
    title: str
    subtitle: str
    start_map: str
    start_spawn: str
    player_actor: str
    player_sprite: str
    title_music: str = ""
    start_chapter: str = ""  # New Game enters this chapter (dialogue/chapters.yaml) when set
    extra: dict[str, Any] = field(default_factory=dict)


def load_manifest(dialogue_dir: Path) -> Manifest:
    path = dialogue_dir / "game.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(f"{path}: cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise ContentError(f"{where}: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise ContentError(f"{path}: expected a mapping at the top")

    def text(section: str, key: str, default: str | None = None) -> str:
        block = data.get(section, {}) if section else data
        value = block.get(key, default) if isinstance(block, dict) else default
        if not isinstance(value, str) or (not value and default is None):
            raise ContentError(f"{path}: `{section + '.' if section else ''}{key}` must be text")
        return value

    return Manifest(
        title=text("", "title"),
        subtitle=text("", "subtitle", ""),
        start_map=text("new_game", "map"),
        start_spawn=text("new_game", "spawn"),
        player_actor=text("player", "actor"),
        player_sprite=text("player", "sprite"),
        title_music=text("", "title_music", ""),
        start_chapter=text("new_game", "chapter", ""),
        extra={
            k: v for k, v in data.items() if k not in ("title", "subtitle", "new_game", "player")
        },
    )
