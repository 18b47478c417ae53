"""Record the committed speedruns in runs/: the playthrough bot plays the shipped game through the
real speedrun mode, holding Skip as a runner does, once per category.

    python tests/record_runs.py            # every run: runs/full.run, memories.run, <chapter>.run
    python tests/record_runs.py hailsham   # only these categories (full, or chapter ids)
    python tests/record_runs.py --check    # record into a temporary folder; fail if any differs

Run it when the content changes on purpose (a scene, a map, chapters.yaml), and commit the runs
with the change: tests/test_runs_committed.py verifies every file in runs/ on every test run.
Each file is the .run the game itself wrote, less its `rta` line (the bot's real time says nothing).
Practice points (runs/practice.json, the state at each beat of the full run) are written too.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.input.actions import Action  # noqa: E402
from game.play.start import categories, start_of  # noqa: E402
from game.screens.speedrun import SpeedrunScreen  # noqa: E402
from game.simulation import Simulation  # noqa: E402
from game.speedrun.practice import PRACTICE_FILE, capture_point  # noqa: E402
from tests.autoplay import Bot  # noqa: E402

RUNS = ROOT / "runs"


class RunOver(Exception):
    """The run ended (finished, or abandoned: a bug the caller reports)."""


class RunBot(Bot):
    """The playthrough bot in speedrun mode: Skip held through every line, cut-scene and walk."""

    def __init__(self, data_dir: Path, category: str) -> None:
        super().__init__(data_dir, max_ticks=200_000)
        self.sim = Simulation(self.ctx, SpeedrunScreen())
        self.category = category
        self.all_memories = category == "memories"
        self.points: dict[str, dict] = {}  # beat -> the practice point before it
        self._before: dict | None = None

    def tick(self, *held: Action, press: tuple[Action, ...] = ()) -> None:
        session = self.sim.speedrun.session
        screen = self.screen()
        if screen is not None and session is not None and not session.practice:
            point = capture_point(self.ctx, screen.play)
            if point is not None:
                self._before = point
        super().tick(*held, Action.SKIP, press=press)
        if session is not None:
            for beat, _tick in session.beats:
                if beat not in self.points and self._before is not None:
                    self.points[beat] = self._before | {"beat_scene": session.beat_scenes[beat]}
        if self.sim.speedrun.last is not None:
            raise RunOver

    def record(self):
        problem = self.sim.start_run(self.category, start_of(self.category))
        if problem:
            raise RuntimeError(f"{self.category}: {problem}")
        try:
            self.follow_routes()
            while True:
                if not self.busy():
                    self.tick()
        except RunOver:
            pass
        session = self.sim.speedrun.last
        if not session.finished:
            raise RuntimeError(f"{self.category}: the run was abandoned; {self.where()}")
        return session


def run_name(category: str) -> str:
    """runs/full.run, runs/memories.run, runs/<chapter>.run."""
    return category.partition(":")[2] if category.startswith("chapter:") else category


def record(category: str, data_dir: Path) -> tuple[str, RunBot]:
    bot = RunBot(data_dir, category)
    session = bot.record()
    text = session.result.path.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines(keepends=True) if not ln.startswith("rta ")]
    return "".join(lines), bot


def main(argv: list[str]) -> int:
    check = "--check" in argv
    wanted = [a for a in argv if not a.startswith("--")]
    with tempfile.TemporaryDirectory() as tmp:
        from game.boot import build_context

        ctx = build_context(Path(tmp) / "probe", headless=True, quiet=True)
        cats = [c for c in categories(ctx) if not wanted or run_name(c) in wanted]
        different = []
        for i, category in enumerate(cats):
            text, bot = record(category, Path(tmp) / str(i))
            path = RUNS / f"{run_name(category)}.run"
            igt = next(ln for ln in text.splitlines() if ln.startswith("igt "))
            if check:
                old = path.read_text(encoding="utf-8") if path.exists() else ""
                if old != text:
                    different.append(path.name)
                print(f"{path.name}: {igt} ({'same' if old == text else 'DIFFERENT'})")
                continue
            RUNS.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote runs/{path.name}: {igt}")
            if category == "full":
                points = {"note": "written by tests/record_runs.py", "beats": bot.points}
                (RUNS / PRACTICE_FILE).write_text(
                    json.dumps(points, indent=1, sort_keys=True) + "\n", encoding="utf-8"
                )
                print(f"wrote runs/{PRACTICE_FILE}: {len(bot.points)} beats")
    if different:
        print("re-record with `python tests/record_runs.py`: " + ", ".join(different))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
