"""Speedrun mode: the Simulation's hooks (the game timer, a run session while one is on), starting
and restarting runs, and LiveSplit.

`Speedrun` is made by the Simulation and sees every tick (`before_tick`, `after_tick`): it keeps the
game timer always, and a `session.RunSession` while a run is on. Nothing here changes the game
except the input of a run (actions that speedrun mode locks are taken out before the game sees
them, and the same filtered frames are what the `.run` file records). It starts runs as plays and
tells the Simulation when one ended; showing them (the world, the results) is the screens' business.
"""

from __future__ import annotations

from typing import Any

from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.play.start import NEW_GAME, StartError, make_start
from game.speedrun import practice
from game.speedrun.session import (
    BLOCKED,
    HASH_EVERY,
    LOCKED,
    RunResult,
    RunSession,
    in_run,
    locked_settings,
    run_hash,
)
from game.speedrun.timer import GameTimer
from game.world.mapdata import MapError


class Speedrun:
    """The Simulation's speedrun hooks: the game timer always, a run session while one is on."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self.timer = GameTimer()
        self.session: RunSession | None = None
        self.last: RunSession | None = None  # the run that just ended (the results card reads it)
        self.livesplit: Any = None  # a LiveSplitClient while the setting is on (or one given)
        self._livesplit_for: tuple[str, int] | None = None  # the host and port it talks to
        self.livesplit_given = False  # tests and tools hand in their own client
        self.show_results = True  # verify turns the results card off
        self.last_frame = InputFrame()  # what the game saw last tick (the input display draws it)
        self._restart = False
        self._ticking = False  # between before_tick and after_tick (a screen's update is running)

    def before_tick(self, stack: Any, frame: InputFrame) -> InputFrame:
        if self.session is not None:
            if frame.was_pressed(Action.RESTART) and self.session.live:
                self._restart = True
            frame = self.session.before_tick(frame)
        self.timer.before_tick(stack.top)
        self.last_frame = frame
        self._ticking = True
        return frame

    def after_tick(self, stack: Any) -> RunSession | None:
        """The run that ended on this tick (finished or abandoned), if one did."""
        self._ticking = False
        self._follow_settings()
        report = self.timer.after_tick(stack)
        session = self.session
        if session is None:
            self._restart = False
            return None
        session.after_tick(stack, report)
        if self._restart and not (session.finished or session.abandoned):
            self._restart = False
            session.stop(abandoned=True)
            self.session, self.last = None, session
            play, _problem = self.start(session.category, session.start, seed=session.seed)
            if play is not None:
                stack.to_play(play)
                stack.apply()  # between ticks: the new run's first tick is the next one
            return session
        if session.finished or session.abandoned:
            self.session, self.last = None, session
            return session
        return None

    def request_restart(self) -> None:
        """Start the run again after this tick (the pause menu's Restart run, the restart key)."""
        if self.session is not None and self.session.live:
            self._restart = True

    def start(self, category: str, start: str, *, seed: int = 0) -> tuple[Play | None, str | None]:
        """Start a run: (the play it runs on, None), or (None, the problem).

        The caller shows the play. From a screen's update (a menu), the run begins with the next
        tick; the tick of the choice is not part of it.
        """
        try:
            beat = start.partition(":")[2] if start.startswith("beat:") else ""
            if beat and beat in practice.load_points(self.ctx):
                play = practice.start_play(self.ctx, beat)
            else:
                play = make_start(self.ctx, start, seed)
        except (StartError, MapError) as exc:
            return None, str(exc)
        self._follow_settings()
        self.session = RunSession(
            self.ctx, category, start, play, seed=seed, livesplit=self.livesplit
        )
        if not self._ticking:  # started between ticks (tools, tests): the next tick is the first
            self.session.recording = True
        return play, None

    def close(self) -> None:
        """The game is closing: a run still going is over (LiveSplit is told: `reset`)."""
        if self.session is not None:
            session, self.session = self.session, None
            session.stop(abandoned=True)
            self.last = session
        if self.livesplit is not None and not self.livesplit_given:
            self.livesplit.close()
            self.livesplit = None

    def use_livesplit(self, client: Any) -> None:
        """Use this client whatever the settings say (tests, tools)."""
        self.livesplit, self.livesplit_given = client, client is not None

    def _follow_settings(self) -> None:
        """The LiveSplit setting takes effect at once: turned on, a client is made (and a run
        already going is brought into LiveSplit); turned off, or its host or port changed, the
        client is closed."""
        if self.livesplit_given:
            return
        s = self.ctx.settings
        want = None
        if not self.ctx.headless and getattr(s, "livesplit", False):
            host = str(getattr(s, "livesplit_host", "") or "127.0.0.1")
            want = (host, int(getattr(s, "livesplit_port", 0) or 16834))
        if want == self._livesplit_for:
            return
        # Only when the player turns LiveSplit on: no socket module for anyone else.
        from game.speedrun.livesplit import LiveSplitClient

        if self.livesplit is not None:
            self.livesplit.close()
            self.livesplit = None
        self._livesplit_for = want
        if want is not None:
            self.livesplit = LiveSplitClient(*want)
            session = self.session
            if session is not None and not session.practice:
                session.livesplit = self.livesplit
                self.livesplit.resume_run(session.igt, [s.total for s in session.splits])
        if self.session is not None and not self.session.practice:
            self.session.livesplit = self.livesplit


__all__ = [
    "BLOCKED",
    "HASH_EVERY",
    "LOCKED",
    "NEW_GAME",
    "RunResult",
    "RunSession",
    "Speedrun",
    "in_run",
    "locked_settings",
    "run_hash",
]
