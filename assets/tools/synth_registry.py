"""Every instrument a score may name: the core set plus the music and place sounds."""

from __future__ import annotations

from synth_instruments import INSTRUMENTS as CORE
from synth_piano import PIANO
from synth_world import WORLD_INSTRUMENTS

INSTRUMENTS = {**CORE, **WORLD_INSTRUMENTS, **PIANO}
