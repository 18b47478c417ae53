"""Saves, the player profile and durable files (atomic writes with backups, lenient reading)."""

from game.save.fingerprint import content_fingerprint
from game.save.migrate import FORMAT_VERSION, SaveError, migrate
from game.save.profile import Profile, profile_path
from game.save.slots import AUTOSAVE_SLOTS, MANUAL_SLOTS, SLOTS, SaveStore, SlotInfo
from game.save.store import StoreError, read_json, write_atomic

__all__ = [
    "AUTOSAVE_SLOTS",
    "FORMAT_VERSION",
    "MANUAL_SLOTS",
    "SLOTS",
    "Profile",
    "SaveError",
    "SaveStore",
    "SlotInfo",
    "StoreError",
    "content_fingerprint",
    "migrate",
    "profile_path",
    "read_json",
    "write_atomic",
]
