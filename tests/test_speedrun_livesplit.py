"""The LiveSplit client against a local test server on 127.0.0.1 (bounded: it stops by itself)."""

from __future__ import annotations

import re
import socket
import threading
import time

from game.simulation import Simulation
from game.speedrun.livesplit import LiveSplitClient
from game.speedrun.timer import livesplit_time
from tests.test_speedrun_runs import CONFIRM, play, sr_ctx, sr_root  # noqa: F401 - fixtures

TIME = re.compile(r"^(\d+:)?\d{2}:\d{2}\.\d{7}$")  # [[h:]mm:]ss.fffffff
COMMANDS = {"reset", "starttimer", "pausegametime", "split", "setgametime"}


class Server:
    """Accepts connections and collects lines until stopped or `seconds` pass."""

    def __init__(self, seconds: float = 10.0, port: int = 0) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(4)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.lines: list[str] = []
        self.connections = 0
        self.deadline = time.monotonic() + seconds
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stopping.is_set() and time.monotonic() < self.deadline:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.settimeout(0.1)
            buf = b""
            while not self.stopping.is_set() and time.monotonic() < self.deadline:
                try:
                    data = conn.recv(4096)
                except TimeoutError:
                    continue
                except OSError:
                    break
                if not data:
                    break
                buf += data
                *done, buf = buf.split(b"\r\n")
                self.lines += [d.decode("utf-8") for d in done]
            conn.close()
        self.sock.close()

    def wait_for(self, count: int, seconds: float = 5.0) -> None:
        end = time.monotonic() + seconds
        while len(self.lines) < count and time.monotonic() < end:
            time.sleep(0.01)

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(timeout=5)
        assert not self.thread.is_alive()


def check_lines(lines: list[str]) -> None:
    for line in lines:
        command, _, arg = line.partition(" ")
        assert command in COMMANDS, line
        if command == "setgametime":
            assert TIME.match(arg), line
        else:
            assert not arg, line


def test_commands_and_time_strings():
    server = Server()
    client = LiveSplitClient("127.0.0.1", server.port)
    try:
        client.run_started()
        for ticks in range(1, 20):
            client.game_time(ticks)
        client.split(83 * 60 + 27)
        server.wait_for(9)
    finally:
        client.close()
        server.stop()
    check_lines(server.lines)
    assert server.lines[:4] == [
        "reset",
        "starttimer",
        "pausegametime",
        "setgametime 0:00:00.0000000",
    ]
    pushed = [ln for ln in server.lines[4:] if ln.startswith("setgametime")]
    # Throttled to one push every 6 ticks, then the split's time exactly.
    assert pushed == [f"setgametime {livesplit_time(t)}" for t in (6, 12, 18)] + [
        "setgametime 0:01:23.4500000"
    ]
    assert server.lines[-1] == "split"


def test_missing_livesplit_never_blocks():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens here now
    client = LiveSplitClient("127.0.0.1", port)
    try:
        start = time.perf_counter()
        client.run_started()
        for ticks in range(600):
            client.game_time(ticks, force=True)  # far more than the queue holds
        assert time.perf_counter() - start < 0.1  # the game never waits
    finally:
        client.close()
    assert not client.connected and client.sent == 0


def test_vanished_livesplit_is_reconnected_at_most_every_few_seconds():
    now = [0.0]
    server = Server(seconds=10)
    client = LiveSplitClient("127.0.0.1", server.port, clock=lambda: now[0])
    port = server.port
    try:
        client.send("reset")
        server.wait_for(1)
        server.stop()  # LiveSplit closed
        for _ in range(5):
            client.send("split")  # the send that finds it gone drops the connection
            time.sleep(0.05)
        attempts_before = server.connections
        server = Server(seconds=10, port=port)  # LiveSplit is back
        now[0] = 1.0
        client.send("split")  # too soon to try again: dropped
        time.sleep(0.2)
        assert server.connections == 0
        now[0] = 10.0
        client.send("starttimer")
        server.wait_for(1)
        assert server.lines == ["starttimer"] and attempts_before == 1
    finally:
        client.close()
        server.stop()


def test_a_run_drives_livesplit(sr_ctx):  # noqa: F811 - the fixture
    from game.screens.speedrun import SpeedrunScreen

    server = Server()
    sim = Simulation(sr_ctx, SpeedrunScreen())
    client = LiveSplitClient("127.0.0.1", server.port)
    sim.speedrun.livesplit = client
    try:
        sim.tick(CONFIRM)
        session = play(sim)
        splits = [ln for ln in server.lines if ln == "split"]
        server.wait_for(len(server.lines) + 1, seconds=0.5)
    finally:
        client.close()
        server.stop()
    check_lines(server.lines)
    assert server.lines[:3] == ["reset", "starttimer", "pausegametime"]
    assert server.lines.count("split") == len(session.splits) == 2, splits
    for split in session.splits:  # each split is preceded by its exact game time
        i = server.lines.index(f"setgametime {livesplit_time(split.total)}")
        assert server.lines[i + 1] == "split"
