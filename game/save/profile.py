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
MAX_IDS = 10_000  # chapters or memories: a game and its mods have dozens
MAX_DEPTH = 16  # nesting in bests and extra (a best run's splits are two deep)
MAX_PROFILE_BYTES = 2_000_000  # a real profile is a few KB; read in well under a second
MAX_VALUES = 250_000  # enough to read a profile of 100,000 chapters and keep the first of them


def profile_path(data_dir: Path) -> Path:
    """Where the profile lives, given `Paths.data`."""
    return Path(data_dir) / "profile" / PROFILE_NAME


def _id_list(value: Any, name: str, problems: list[str]) -> list[str]:
    if not isinstance(value, list):
        problems.append(f"{name}: expected a list")
        return []
    out: dict[str, None] = {}  # ordered and checked in constant time: linear in the list
    dropped = 0
    for item in value:
        if isinstance(item, str) and item and len(item) <= MAX_ID_LENGTH and len(out) < MAX_IDS:
            out[item] = None
        else:
            dropped += 1
            if dropped <= 3:
                shown = repr(item[:40]) if isinstance(item, str) else type(item).__name__
                problems.append(f"{name}: dropped {shown}")
    if dropped > 3:
        problems.append(f"{name}: dropped {dropped - 3:,} more")
    return list(out)


def _shallow(value: Any, depth: int = 0) -> bool:
    """Whether a JSON value nests at most MAX_DEPTH deep (so writing it back can never recurse
    out of the stack)."""
    if depth > MAX_DEPTH:
        return False
    if isinstance(value, dict):
        return all(_shallow(v, depth + 1) for v in value.values())
    if isinstance(value, list):
        return all(_shallow(v, depth + 1) for v in value)
    return True


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
                if isinstance(value, dict) and _shallow(value):
                    profile.bests[key] = value
                else:
                    problems.append(f"bests: dropped {key[:40]!r}")
        else:
            problems.append("bests: expected an object")
        extra = data.get("extra", {})
        if isinstance(extra, dict):
            profile.extra = {k: v for k, v in extra.items() if _shallow(v)}
            if len(profile.extra) < len(extra):
                problems.append("extra: dropped values nested too deeply")
        else:
            problems.append("extra: expected an object")
        return profile, problems

    @classmethod
    def load(cls, path: Path, *, writable: bool = True) -> tuple[Profile, list[str]]:
        """The profile at `path` (defaults when missing). Never raises.

        A file with problems is kept as `<name>.bad-<n>` and the repaired profile written in its
        place, so the player is told once; an unreadable file falls back to its backup. Without
        `writable` (another copy of the game holds the folder) nothing is repaired on disk.
        """
        path = Path(path)
        data, why = read_json(path, max_bytes=MAX_PROFILE_BYTES, max_values=MAX_VALUES)
        if why == "missing":
            return cls(), []
        reasons, source = [], data
        if data is None:
            reasons.append(f"could not be read: {why}")
            source, _ = read_json(
                backup_path(path), max_bytes=MAX_PROFILE_BYTES, max_values=MAX_VALUES
            )
            if source is not None:
                reasons.append("using the previous copy")
        profile, problems = cls.from_data(source or {})
        if not reasons and not problems:
            return profile, []
        if not writable:
            return profile, [f"{path.name}: " + "; ".join(reasons + problems) + "."]
        return profile, [repair(path, reasons + problems, lambda: profile._write(path, False))]

    def merge(self, other: Profile) -> None:
        """Take in what another copy of the game wrote meanwhile (chapters, memories, bests it
        has that this one does not): nothing either found is lost."""
        self.chapters = list(dict.fromkeys([*other.chapters, *self.chapters]))[:MAX_IDS]
        self.memories = list(dict.fromkeys([*other.memories, *self.memories]))[:MAX_IDS]
        self.bests = {**other.bests, **self.bests}
        self.extra = {**other.extra, **self.extra}

    def to_data(self) -> dict[str, Any]:
        return {"format": PROFILE_FORMAT, **asdict(self)}

    def save(self, path: Path) -> None:
        """Write durably (previous version kept as backup). Raises StoreError."""
        self._write(Path(path), True)

    def _write(self, path: Path, keep_backup: bool) -> None:
        try:
            text = json.dumps(self.to_data(), ensure_ascii=False, allow_nan=False, indent=1)
        except (TypeError, ValueError, RecursionError) as exc:
            raise StoreError(
                f"cannot save the profile: not plain data ({type(exc).__name__})"
            ) from exc
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
