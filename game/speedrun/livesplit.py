"""A LiveSplit server client: the game's timer shown in LiveSplit.

LiveSplit's server (Control > Start TCP Server) takes UTF-8 lines ``command[ argument]``. On a run's
start we send ``reset``, ``starttimer`` and ``pausegametime`` (so LiveSplit shows only the game's own
time), then push ``setgametime`` with the IGT and ``split`` at each chapter end.

Nothing here may disturb the game: the simulation only puts lines in a bounded queue; a background
thread does the connecting and sending with short timeouts, drops what it cannot send, and tries to
connect again at most every RETRY_SECONDS. A missing or vanished LiveSplit costs nothing.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
import time
from collections.abc import Callable

from game.speedrun.timer import livesplit_time

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 16834
RETRY_SECONDS = 3.0
CONNECT_TIMEOUT = 0.25
SEND_TIMEOUT = 0.25
QUEUE_LIMIT = 256
GAMETIME_EVERY = 6  # push the running game time at most every 6 ticks (10 a second)


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
        self._queue: queue.Queue[str | None] = queue.Queue(QUEUE_LIMIT)
        self._sock: socket.socket | None = None
        self._next_try = 0.0
        self._last_push = -GAMETIME_EVERY
        self._thread = threading.Thread(target=self._loop, name="livesplit", daemon=True)
        self._thread.start()

    # -- what the game calls (never blocks) --------------------------------------------------------
    def send(self, line: str) -> None:
        # LiveSplit is not keeping up or not there: drop the line, never wait.
        with contextlib.suppress(queue.Full):
            self._queue.put_nowait(line)

    def run_started(self) -> None:
        self._last_push = 0  # time 0 is sent with the start
        for line in ("reset", "starttimer", "pausegametime", "setgametime " + livesplit_time(0)):
            self.send(line)

    def game_time(self, ticks: int, *, force: bool = False) -> None:
        """The IGT now; sent at most every GAMETIME_EVERY ticks unless forced."""
        if force or ticks - self._last_push >= GAMETIME_EVERY:
            self._last_push = ticks
            self.send("setgametime " + livesplit_time(ticks))

    def split(self, total_ticks: int) -> None:
        self.game_time(total_ticks, force=True)
        self.send("split")

    def run_abandoned(self) -> None:
        self.send("reset")

    def close(self) -> None:
        with contextlib.suppress(queue.Full):
            self._queue.put_nowait(None)
        self._thread.join(timeout=1.0)

    # -- the background thread ---------------------------------------------------------------------
    def _loop(self) -> None:
        while True:
            line = self._queue.get()
            if line is None:
                break
            if self._sock is None and not self._connect():
                continue  # dropped: LiveSplit is not there
            try:
                assert self._sock is not None
                self._sock.sendall((line + "\r\n").encode("utf-8"))
                self.sent += 1
            except OSError:
                self._drop()
        self._drop()

    def _connect(self) -> bool:
        now = self.clock()
        if now < self._next_try:
            return False
        self._next_try = now + RETRY_SECONDS
        try:
            sock = socket.create_connection((self.host, self.port), timeout=CONNECT_TIMEOUT)
            sock.settimeout(SEND_TIMEOUT)
        except OSError:
            return False
        self._sock, self.connected = sock, True
        return True

    def _drop(self) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.close()
        self._sock, self.connected = None, False
