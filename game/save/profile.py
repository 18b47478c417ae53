"""The player's profile: what outlives a single game (chapters reached, memories found, bests).

Written like a save (atomic replace, whole backup). Read leniently: each bad part falls back to its
default and is named in one message, and a file that had problems is kept beside the repaired one.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from game.save.store import StoreError, backup_path, read_json, repair, write_atomic

PROFILE_FORMAT = 1
PROFILE_NAME = "profile.json"
MAX_ID_LENGTH = 200


def profile_path(data_dir: Path) -> Path:
    """Where the profile lives, given `Paths.data`."""
    return Path(data_dir) / "profile" / PROFILE_NAME


def _id_list(value: Any, name: str, problems: list[str]) -> list[str]:
    if not isinstance(value, list):
        problems.append(f"{name}: expected a list")
        return []
    out: list[str] = []
    for item in value:
        if isinstance(item, str) and item and len(item) <= MAX_ID_LENGTH:
            if item not in out:
                out.append(item)
        else:
            problems.append(f"{name}: dropped {str(item)[:40]!r}")
    return out


@dataclass
class Profile:
    chapters: list[str] = field(default_factory=list)  # chapter ids reached, in order
    memories: list[str] = field(default_factory=list)  # memory ids found, in order
    bests: dict[str, dict] = field(default_factory=dict)  # speedrun category -> its best run
    extra: dict = field(default_factory=dict)  # anything else that outlives a game (JSON values)

    @property
    def finished(self) -> bool:
        """Whether this player has reached the end of the game once."""
        return isinstance(self.extra, dict) and self.extra.get("finished") is True

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> tuple[Profile, list[str]]:
        """A profile from parsed JSON, each bad part at its default; the problems found."""
        profile, problems = cls(), []
        version = data.get("format", PROFILE_FORMAT)
        if not isinstance(version, int) or isinstance(version, bool) or version > PROFILE_FORMAT:
            problems.append(f"made by a newer version of the game (format {version!r})")
        if "chapters" in data:
            profile.chapters = _id_list(data["chapters"], "chapters", problems)
        if "memories" in data:
            profile.memories = _id_list(data["memories"], "memories", problems)
        bests = data.get("bests", {})
        if isinstance(bests, dict):
            for key, value in bests.items():
                if isinstance(value, dict):
                    profile.bests[key] = value
                else:
                    problems.append(f"bests: dropped {key!r}")
        else:
            problems.append("bests: expected an object")
        extra = data.get("extra", {})
        if isinstance(extra, dict):
            profile.extra = extra
        else:
            problems.append("extra: expected an object")
        return profile, problems

    @classmethod
    def load(cls, path: Path) -> tuple[Profile, list[str]]:
        """The profile at `path` (defaults when missing). Never raises.

        A file with problems is kept as `<name>.bad-<n>` and the repaired profile written in its
        place, so the player is told once; an unreadable file falls back to its backup.
        """
        path = Path(path)
        data, why = read_json(path)
        if why == "missing":
            return cls(), []
        reasons, source = [], data
        if data is None:
            reasons.append(f"could not be read: {why}")
            source, _ = read_json(backup_path(path))
            if source is not None:
                reasons.append("using the previous copy")
        profile, problems = cls.from_data(source or {})
        if not reasons and not problems:
            return profile, []
        return profile, [repair(path, reasons + problems, lambda: profile._write(path, False))]

    def to_data(self) -> dict[str, Any]:
        return {"format": PROFILE_FORMAT, **asdict(self)}

    def save(self, path: Path) -> None:
        """Write durably (previous version kept as backup). Raises StoreError."""
        self._write(Path(path), True)

    def _write(self, path: Path, keep_backup: bool) -> None:
        try:
            text = json.dumps(self.to_data(), ensure_ascii=False, allow_nan=False, indent=1)
        except (TypeError, ValueError) as exc:
            raise StoreError(f"cannot save the profile: not plain data ({exc})") from exc
        write_atomic(path, text.encode("utf-8"), keep_backup=keep_backup)

    def unlock_chapter(self, chapter: str) -> bool:
        """True when the chapter is new to the profile."""
        if chapter in self.chapters:
            return False
        self.chapters.append(chapter)
        return True

    def add_memory(self, memory: str) -> bool:
        """True when the memory is new to the profile."""
        if memory in self.memories:
            return False
        self.memories.append(memory)
        return True
