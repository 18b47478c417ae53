"""The LiveSplit client against a local test server on 127.0.0.1 (bounded: it stops by itself)."""

from __future__ import annotations

import re
import socket
import threading
import time

from game.simulation import Simulation
from game.speedrun import livesplit as lsmod
from game.speedrun.livesplit import LiveSplitClient
from game.speedrun.timer import livesplit_time
from tests.test_speedrun_runs import CONFIRM, play, sr_ctx, sr_root  # noqa: F401 - fixtures

TIME = re.compile(r"^(\d+:)?\d{2}:\d{2}\.\d{7}$")  # [[h:]mm:]ss.fffffff
COMMANDS = {
    "reset",
    "starttimer",
    "pausegametime",
    "split",
    "setgametime",
    "getsplitindex",
    "unsplit",
}


class Server:
    """Accepts connections and collects lines until stopped or `seconds` pass."""

    def __init__(self, seconds: float = 10.0, port: int = 0, answer: bool = False) -> None:
        self.answer = answer  # behave like LiveSplit: answer getsplitindex, keep the split index
        self.index = -1
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
            self.dropping = False
            while not self.stopping.is_set() and time.monotonic() < self.deadline:
                if self.dropping:
                    self.dropping = False
                    break
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
                for d in done:
                    line = d.decode("utf-8")
                    self.lines.append(line)
                    self._act(conn, line)
            conn.close()
        self.sock.close()

    def _act(self, conn, line: str) -> None:
        """What LiveSplit's timer does with a command (enough of it for the tests)."""
        if line == "reset":
            self.index = -1
        elif line == "starttimer" and self.index < 0:
            self.index = 0
        elif line == "split" and self.index >= 0:
            self.index += 1
        elif line == "unsplit" and self.index > 0:
            self.index -= 1
        elif line == "getsplitindex" and self.answer:
            conn.sendall(f"{self.index}\r\n".encode())

    def drop(self) -> None:
        """Close the connection LiveSplit has (as when the network blinks); keep listening."""
        self.dropping = True

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


def wait_until(check, seconds: float = 5.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.01)
    return check()


def test_commands_and_time_strings():
    server = Server()
    client = LiveSplitClient("127.0.0.1", server.port)
    try:
        client.run_started()
        for ticks in range(1, 20):
            client.game_time(ticks)
        client.split(83 * 60 + 27)
        assert wait_until(lambda: "split" in server.lines)
    finally:
        client.close()
        server.stop()
    check_lines(server.lines)
    lines = [ln for ln in server.lines if ln != "getsplitindex"]
    assert lines[:4] == ["reset", "starttimer", "pausegametime", "setgametime 0:00:00.0000000"]
    pushed = [ln for ln in lines[4:] if ln.startswith("setgametime")]
    # Throttled to a push every 6 ticks at most (pushes may be merged), then the split's exact time.
    times = [ln.split()[1] for ln in pushed[:-1]]
    assert set(times) <= {livesplit_time(t) for t in (6, 12, 18)} and times == sorted(times)
    assert pushed[-1] == "setgametime 0:01:23.4500000" and lines[-1] == "split"


def test_missing_livesplit_never_blocks(monkeypatch):
    """The game's calls never wait on the network: here the connection attempt hangs until the
    game has made all its calls (if any call waited for it, the test would never get there)."""
    release, attempted = threading.Event(), threading.Event()

    def hanging_connect(*_args, **_kwargs):
        attempted.set()
        release.wait(30)
        raise OSError("nobody listens")

    monkeypatch.setattr(lsmod.socket, "create_connection", hanging_connect)
    client = LiveSplitClient("127.0.0.1", 9)
    try:
        client.run_started()
        assert attempted.wait(30)  # the thread is now stuck in the network, as on a dead host
        for ticks in range(600):
            client.game_time(ticks, force=True)
            if ticks % 60 == 0:
                client.split(ticks)
        client.run_abandoned()
    finally:
        release.set()
        client.close()
    assert not client.connected and client.sent == 0


def test_reconnect_brings_livesplit_back_in_step(monkeypatch):
    """A connection lost at a split loses nothing: on reconnecting, the client asks LiveSplit
    where it is and sends the splits it missed, then the game time now."""
    monkeypatch.setattr(lsmod, "RETRY_SECONDS", 0.05)
    server = Server(answer=True)
    client = LiveSplitClient("127.0.0.1", server.port)
    try:
        client.run_started()
        client.split(600)
        assert wait_until(lambda: server.index == 1)
        server.drop()  # the network blinks ...
        time.sleep(0.2)
        client.split(1200)  # ... and a split happens meanwhile: the send finds it gone
        client.game_time(1300, force=True)
        assert wait_until(lambda: server.index == 2 and client.resyncs >= 2), server.lines
        client.split(1800)
        assert wait_until(lambda: server.index == 3)
    finally:
        client.close()
        server.stop()
    check_lines(server.lines)
    assert server.lines.count("starttimer") == 1  # the timer was not restarted, only caught up
    i = server.lines.index(f"setgametime {livesplit_time(1200)}")
    assert server.lines[i + 1] == "split"
    assert server.connections == 2


def test_a_run_started_while_livesplit_was_away_starts_it(monkeypatch):
    monkeypatch.setattr(lsmod, "RETRY_SECONDS", 0.05)
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    client = LiveSplitClient("127.0.0.1", port)
    server = None
    try:
        client.run_started()
        client.split(600)
        client.game_time(700, force=True)
        time.sleep(0.1)
        server = Server(port=port, answer=True)  # LiveSplit starts late
        assert wait_until(
            lambda: server.index == 1 and f"setgametime {livesplit_time(700)}" in server.lines
        )
        client.run_abandoned()
        assert wait_until(lambda: server.index == -1)
    finally:
        client.close()
        if server is not None:
            server.stop()
    assert server.lines[1:5] == [
        "reset",
        "starttimer",
        "pausegametime",
        "setgametime 0:00:00.0000000",
    ]


def test_a_run_drives_livesplit(sr_ctx):  # noqa: F811 - the fixture
    from game.screens.speedrun import SpeedrunScreen

    server = Server(answer=True)
    sim = Simulation(sr_ctx, SpeedrunScreen())
    client = LiveSplitClient("127.0.0.1", server.port)
    sim.speedrun.use_livesplit(client)
    try:
        sim.tick(CONFIRM)
        session = play(sim)
        assert wait_until(lambda: server.index == len(session.splits))
    finally:
        client.close()
        server.stop()
    check_lines(server.lines)
    lines = [ln for ln in server.lines if ln != "getsplitindex"]
    assert lines[:3] == ["reset", "starttimer", "pausegametime"]
    assert lines.count("split") == len(session.splits) == 2
    for split in session.splits:  # each split is preceded by its exact game time
        i = lines.index(f"setgametime {livesplit_time(split.total)}")
        assert lines[i + 1] == "split"


def test_closing_the_game_mid_run_resets_livesplit(sr_ctx):  # noqa: F811 - the fixture
    from game.screens.speedrun import SpeedrunScreen

    server = Server(answer=True)
    sim = Simulation(sr_ctx, SpeedrunScreen())
    client = LiveSplitClient("127.0.0.1", server.port)
    sim.speedrun.use_livesplit(client)
    try:
        sim.tick(CONFIRM)
        for _ in range(10):
            sim.tick()
        assert wait_until(lambda: server.index == 0)
        sim.speedrun.close()  # what the window does when it closes
        client.close()
        assert wait_until(lambda: server.index == -1)
    finally:
        server.stop()
    assert server.lines[-1] == "reset"
    assert sim.speedrun.last.abandoned


def test_the_setting_takes_effect_at_once(sr_ctx, monkeypatch):  # noqa: F811 - the fixture
    from game.screens.speedrun import SpeedrunScreen

    monkeypatch.setattr(lsmod, "RETRY_SECONDS", 0.05)
    server = Server(answer=True)
    sr_ctx.headless = False  # a windowed game makes its own client from the settings
    sr_ctx.settings.livesplit_port = server.port
    sim = Simulation(sr_ctx, SpeedrunScreen())
    try:
        sim.tick(CONFIRM)
        for _ in range(30):
            sim.tick()
        assert sim.speedrun.livesplit is None and server.connections == 0
        sr_ctx.settings.livesplit = True  # turned on mid-run: LiveSplit joins the run going
        sim.tick()
        client = sim.speedrun.livesplit
        assert client is not None
        assert wait_until(lambda: server.index == 0)
        sr_ctx.settings.livesplit = False  # turned off: the client goes at once
        sim.tick()
        assert sim.speedrun.livesplit is None and not client._thread.is_alive()
    finally:
        sim.speedrun.close()
        server.stop()


def test_host_and_port_settings_are_checked():
    from game.settings import Settings

    long_host = ".".join(["a" * 63] * 4)[:253]
    settings, problems = Settings.from_data({"livesplit_host": long_host, "livesplit_port": 16835})
    assert (
        settings.livesplit_host == long_host and settings.livesplit_port == 16835 and not problems
    )
    settings, problems = Settings.from_data({"livesplit_port": 70000, "livesplit_host": "x" * 254})
    assert settings.livesplit_port == 16834 and settings.livesplit_host == "127.0.0.1"
    assert any("70000 is not 1 to 65535" in p for p in problems)
    assert any("1 to 253" in p for p in problems)
    _, problems = Settings.from_data({"livesplit_host": "bad host!"})
    assert problems
