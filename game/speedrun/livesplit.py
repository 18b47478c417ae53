"""A LiveSplit server client: the game's timer shown in LiveSplit, kept in step.

LiveSplit's server (Control > Start TCP Server) takes UTF-8 lines ``command[ argument]``. The game
never sends lines itself: it tells this client what the run is (started, its game time, each split,
reset), and a background thread brings LiveSplit to that state. Normally that is a line or two per
change: ``reset``, ``starttimer``, ``pausegametime`` at a start (so LiveSplit shows only the game's
own time), ``setgametime`` with the IGT, and the exact split time then ``split`` at each chapter end.

A dropped connection loses nothing: on (re)connecting the thread asks LiveSplit where it is
(``getsplitindex``) and sends what it missed (a fresh start if its timer is not running this run,
the splits it lacks, the game time now), then goes on. Nothing here may disturb the game: the game
only updates a small shared state under a lock; the thread connects with short timeouts and tries
again at most every RETRY_SECONDS.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from game.speedrun.timer import livesplit_time

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 16834
RETRY_SECONDS = 3.0
CONNECT_TIMEOUT = 0.25
SEND_TIMEOUT = 0.25
ANSWER_TIMEOUT = 0.25
GAMETIME_EVERY = 6  # push the running game time at most every 6 ticks (10 a second)


@dataclass
class Target:
    """What LiveSplit should show: which run (0: none), its splits and its game time."""

    run: int = 0
    splits: list[int] = field(default_factory=list)
    time: int = 0
    changed: int = 0  # bumped on every change (the thread's cue)


class LiveSplitClient:
    def __init__(
        self,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.host, self.port = host, port
        self.clock = clock
        self.connected = False
        self.sent: int = 0  # lines sent (for the status shown on screen and for tests)
        self.resyncs = 0  # times LiveSplit was brought back in step after a (re)connect
        self._lock = threading.Condition()
        self._target = Target()
        self._runs = 0
        self._last_push = -GAMETIME_EVERY
        self._closing = False
        # What LiveSplit has, as far as the thread knows (only the thread touches these):
        self._sock: socket.socket | None = None
        self._synced = False
        self._has = Target()
        self._next_try = 0.0
        self._thread = threading.Thread(target=self._loop, name="livesplit", daemon=True)
        self._thread.start()

    # -- what the game calls (never blocks for long: a lock held for an assignment) -----------------
    def _update(self, change: Callable[[Target], None]) -> None:
        with self._lock:
            change(self._target)
            self._target.changed += 1
            self._lock.notify()

    def run_started(self) -> None:
        self._runs += 1
        self._last_push = 0  # time 0 is sent with the start
        number = self._runs

        def start(t: Target) -> None:
            t.run, t.splits, t.time = number, [], 0

        self._update(start)

    def resume_run(self, ticks: int, splits: list[int]) -> None:
        """A run already going (LiveSplit turned on mid-run): bring LiveSplit into it."""
        self._runs += 1
        self._last_push = ticks
        number = self._runs

        def resume(t: Target) -> None:
            t.run, t.splits, t.time = number, list(splits), ticks

        self._update(resume)

    def game_time(self, ticks: int, *, force: bool = False) -> None:
        """The IGT now; passed on at most every GAMETIME_EVERY ticks unless forced."""
        if force or ticks - self._last_push >= GAMETIME_EVERY:
            self._last_push = ticks

            def at(t: Target) -> None:
                t.time = ticks

            self._update(at)

    def split(self, total_ticks: int) -> None:
        self._last_push = total_ticks

        def split(t: Target) -> None:
            t.splits.append(total_ticks)
            t.time = total_ticks

        self._update(split)

    def run_abandoned(self) -> None:
        def reset(t: Target) -> None:
            t.run, t.splits, t.time = 0, [], 0

        self._update(reset)

    def close(self, timeout: float = 1.0) -> None:
        """Send what is still to send (a reset, a last split) for up to `timeout`, then stop."""
        with self._lock:
            self._closing = True
            self._lock.notify()
        self._thread.join(timeout=timeout)

    # -- the background thread -----------------------------------------------------------------------
    def _loop(self) -> None:
        seen = -1
        while True:
            with self._lock:
                if self._target.changed == seen and not self._closing:
                    self._lock.wait(timeout=0.5)
                closing = self._closing
                target = Target(self._target.run, list(self._target.splits), self._target.time)
                seen = self._target.changed
            if self._sock is None:
                self._connect()
            if self._sock is not None:
                try:
                    self._bring(target)
                except OSError:
                    self._drop()
                    seen = -1  # try again when the connection is back
            if closing:
                break
        self._drop()

    def _bring(self, want: Target) -> None:
        """Send what LiveSplit lacks to show ``want``."""
        has = self._has
        if not self._synced:
            self._resync(want)
            return
        if want.run != has.run:
            if want.run:
                self._fresh(want)
            else:
                self._send("reset")
                self._has = Target()
            return
        if not want.run:
            return
        for total in want.splits[len(has.splits) :]:
            self._send("setgametime " + livesplit_time(total))
            self._send("split")
            has.splits.append(total)
            has.time = total
        if want.time != has.time:
            self._send("setgametime " + livesplit_time(want.time))
            has.time = want.time

    def _resync(self, want: Target) -> None:
        """Just (re)connected: find where LiveSplit is and put it where the game is."""
        index = self._ask_split_index()
        self.resyncs += 1
        self._synced = True
        ours = index is not None and index >= 0 and self._has.run == want.run and want.run
        if not want.run:
            if self._has.run and index is not None and index >= 0:
                self._send("reset")  # the run was abandoned while LiveSplit was away
            self._has = Target()
            return
        if not ours:
            self._fresh(want)
            return
        assert index is not None
        done = self._has.splits[:index] if index <= len(self._has.splits) else self._has.splits
        for _ in range(max(0, index - len(want.splits))):
            self._send("unsplit")  # LiveSplit is ahead of the game (split by hand)
        self._has = Target(want.run, list(done[: len(want.splits)]), -1)
        self._bring(want)

    def _fresh(self, want: Target) -> None:
        """Start LiveSplit's timer for this run, with every split it has had so far."""
        for line in ("reset", "starttimer", "pausegametime", "setgametime " + livesplit_time(0)):
            self._send(line)
        self._has = Target(want.run, [], 0)
        self._bring(want)

    def _ask_split_index(self) -> int | None:
        """LiveSplit's split index (-1: its timer is not running), or None if it does not say."""
        assert self._sock is not None
        self._send("getsplitindex")
        end = self.clock() + ANSWER_TIMEOUT
        data = b""
        with contextlib.suppress(OSError):
            self._sock.settimeout(ANSWER_TIMEOUT)
            while b"\n" not in data and len(data) < 64:
                chunk = self._sock.recv(64)
                if not chunk:
                    break
                data += chunk
                if self.clock() > end:
                    break
        self._sock.settimeout(SEND_TIMEOUT)
        text = data.split(b"\n", 1)[0].strip().decode("ascii", "replace")
        return int(text) if text.lstrip("-").isdigit() else None

    def _send(self, line: str) -> None:
        assert self._sock is not None
        self._sock.sendall((line + "\r\n").encode("utf-8"))
        self.sent += 1

    def _connect(self) -> None:
        now = self.clock()
        if now < self._next_try:
            return
        self._next_try = now + RETRY_SECONDS
        try:
            sock = socket.create_connection((self.host, self.port), timeout=CONNECT_TIMEOUT)
            sock.settimeout(SEND_TIMEOUT)
        except (OSError, ValueError, UnicodeError):
            return
        self._sock, self.connected, self._synced = sock, True, False

    def _drop(self) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.close()
        self._sock, self.connected, self._synced = None, False, False
