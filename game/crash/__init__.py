"""Crash reports that replay: what the window writes when something unexpected goes wrong.

While the game runs, a `CrashRecorder` keeps the input frames since the play's last *checkpoint*:
the moment a play began (New Game, a chapter's start, a loaded save) or a chapter began inside it.
A checkpoint is kept only when it can be rebuilt exactly (the rebuilt play's snapshot equals the
live one's); otherwise the older one stays and the frames run on from there. On an exception the
window writes a report into the data folder, ``crashes/crash-<date>-<time>.txt``::

    hailsham-crash 1
    game 0.1.0
    ...                          (python, pygame-ce, sdl, platform, content, mods)
    error ZeroDivisionError: division by zero
    where tick                   (tick: in the simulation; draw: drawing a frame; events)
    ticks 1234                   (input frames below, the last one the tick that failed)
    start new_game               (or chapter:<id>, or `save` with the saved play on `state`)
    state {...}
    check 9c1f0e2d3a4b5c6d       (the start's hash: a replay first checks it rebuilt the same)
    settings {...}
    seen [...]                   (lines seen: Skip depends on them)
    traceback
    | Traceback (most recent call last):
    | ...
    input
    30 +right                    (the .run input format: game.input.recording)

`python -m game verify REPORT` rebuilds the start headless, feeds the frames and says whether the
same exception comes back at the same tick; `python -m game replay REPORT` shows it in a window
(a crash while drawing only shows there). The recorder never writes a save: the player's last
autosave is the one made before the crash.
"""

from game.crash.recorder import MAGIC, CrashRecorder, exact_start, play_hash, write_report
from game.crash.replay import (
    CrashReport,
    ReportError,
    is_report,
    prepare_report,
    read_report,
    reproduce,
    verify_main,
)

__all__ = [
    "MAGIC",
    "CrashRecorder",
    "CrashReport",
    "ReportError",
    "exact_start",
    "is_report",
    "play_hash",
    "prepare_report",
    "read_report",
    "reproduce",
    "verify_main",
    "write_report",
]
