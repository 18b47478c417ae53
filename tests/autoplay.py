"""A small bot that plays the real game through `Simulation`, recording every input frame.

It walks Kathy along a ROUTE of map objects (a BFS over walkable tiles to the object), presses
confirm to talk or look, answers choices by plan, reads every line, spends tokens at the Sale and
sneaks past a watcher by waiting until she looks away. Nothing is read back into the game but input
frames, so the frames it records replay the same game headless.

    python tests/autoplay.py            # play from New Game, write tests/data/chapter1.input
    python tests/autoplay.py --check    # play, and fail unless every beat was reached
    python tests/autoplay.py --chapter cottages   # one chapter from its own start: tests/data/cottages.input
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import deque
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.boot import build_context  # noqa: E402
from game.input.actions import Action, InputFrame  # noqa: E402
from game.input.recording import encode  # noqa: E402
from game.screens.title import TitleScreen  # noqa: E402
from game.screens.world_screen import WorldScreen  # noqa: E402
from game.simulation import Simulation  # noqa: E402
from game.story.commands.text import SETTLE_TICKS  # noqa: E402
from game.world.actor import SUB  # noqa: E402
from game.world.mapdata import MapObject  # noqa: E402
from tests.routes import Goal, plan  # noqa: E402

INPUT_FILE = ROOT / "tests" / "data" / "chapter1.input"
WHOLE_FILE = ROOT / "tests" / "data" / "whole_game.input"
TILE = 16
NONE = InputFrame()
DIRS = {Action.UP: (0, -1), Action.DOWN: (0, 1), Action.LEFT: (-1, 0), Action.RIGHT: (1, 0)}


ENTER_KINDS = ("door", "warp", "trigger")


class Bot:
    def __init__(self, data_dir: Path, max_ticks: int = 400_000) -> None:
        self.ctx = build_context(data_dir, headless=True, root=ROOT, quiet=True)
        self.sim = Simulation(self.ctx, TitleScreen())
        self.frames: list[InputFrame] = []
        self.max_ticks = max_ticks
        self.route: list[Goal] = []
        self.all_memories = False  # take the routes' memory detours too
        self.choice_no: dict[str, int] = {}  # choices met so far, per chapter
        self.shop_step: dict[str, int] = {}
        self.log: list[str] = []
        self.last_state = None  # the play's state as last seen (kept once the credits replace it)
        self.hold: tuple[Action, ...] = ()  # held on every tick, as a route's `handle` asks

    def chapter(self) -> str:
        s = self.screen()
        return s.state.chapter if s is not None else ""

    # -- plumbing --------------------------------------------------------------------------------
    def tick(self, *held: Action, press: tuple[Action, ...] = ()) -> None:
        frame = InputFrame(
            frozenset(held) | frozenset(self.hold) | frozenset(press), frozenset(press)
        )
        self.frames.append(frame)
        self.sim.tick(frame)
        if isinstance(self.sim.stack.top, WorldScreen):
            self.last_state = self.sim.stack.top.state  # still readable after the play has ended
        if self.sim.tick_count > self.max_ticks:
            raise RuntimeError(f"ran out of ticks; still to go: {self.route[:2]}\n" + self.where())

    def screen(self) -> WorldScreen | None:
        top = self.sim.stack.top
        return top if isinstance(top, WorldScreen) else None

    def where(self) -> str:
        s = self.screen()
        if s is None:
            return f"screen {type(self.sim.stack.top).__name__}"
        p = s.world.player
        return (
            f"map {s.world.map.name} at {p.x // SUB // TILE},{p.y // SUB // TILE} "
            f"visited {s.state.visited[-3:]}"
        )

    # -- the game's own waits --------------------------------------------------------------------
    def busy(self) -> bool:
        """Handle whatever the game is showing; False when Kathy is free to walk."""
        s = self.screen()
        chapter_plan = plan(s.state.chapter) if s is not None else None
        handle = getattr(chapter_plan, "handle", None)
        if handle is not None and handle(self, s):
            return True
        if s is None:
            if getattr(self.sim.stack.top, "waits_for_stillness", False):
                self.tick()  # a screen that goes on only once no key has been held a while
                return True
            # title, cards, fades: a press now and then moves them on
            self.tick(press=(Action.CONFIRM,) if self.sim.tick_count % 20 == 0 else ())
            return True
        d = s.director
        if d.shop is not None:
            self.shop(d)
            return True
        if d.choices:
            self.choose(d)
            return True
        if d.box is not None:
            if not d.box.complete:
                self.tick(press=(Action.CONFIRM,))
            else:
                self.tick()
                self.tick(press=(Action.CONFIRM,))
            return True
        if d.run is not None or d.card is not None or s.pending_warp is not None:
            self.tick()
            return True
        if s.pending_chapter is not None or not s.fade.done:
            self.tick()
            return True
        return False

    def choose(self, d) -> None:
        chapter = self.chapter()
        planned = getattr(plan(chapter), "CHOICES", ())
        n = self.choice_no.get(chapter, 0)
        want = planned[n] if n < len(planned) else 0
        want = min(want, len(d.choices) - 1)
        self.choice_no[chapter] = n + 1
        for _ in range((want - d.choice_cursor) % len(d.choices)):
            self.tick(press=(Action.DOWN,))
            self.tick()
        self.answer(d)

    def answer(self, d) -> None:
        """Confirm the option under the cursor once the choice takes answers (it settles first)."""
        wait = getattr(d.run, "wait", None)
        while getattr(wait, "age", SETTLE_TICKS + 1) <= SETTLE_TICKS:
            self.tick()
        self.tick(press=(Action.CONFIRM,))
        self.tick()

    def shop(self, d) -> None:
        wait = d.shop
        chapter = self.chapter()
        shop_plan = getattr(plan(chapter), "SHOP_PLAN", ())
        step = self.shop_step.get(chapter, 0)
        if step < len(shop_plan):
            target = shop_plan[step]
            while wait.cursor != target:
                self.tick(press=(Action.DOWN,))
                self.tick()
            self.tick(press=(Action.CONFIRM,))
            self.tick()
            self.shop_step[chapter] = step + 1
        else:
            self.tick(press=(Action.CANCEL,))
            self.tick()

    # -- walking ---------------------------------------------------------------------------------
    def tile_of_player(self, s: WorldScreen) -> tuple[int, int]:
        p = s.world.player
        return p.x // SUB // TILE, p.y // SUB // TILE

    def blocked_tiles(self, s: WorldScreen) -> set[tuple[int, int]]:
        out = set()
        for a in s.world.actors.values():
            if a.visible and a.solid:
                out.add((a.x // SUB // TILE, a.y // SUB // TILE))
        return out

    def solid_rect_tiles(self, s: WorldScreen) -> set[tuple[int, int]]:
        """Tiles a map's `solid` rectangles cover (walls the tile layer does not show)."""
        out = set()
        for o in s.world.map.of_kind("solid"):
            r = o.rect
            for tx in range(r.x // TILE, (r.right - 1) // TILE + 1):
                for ty in range(r.y // TILE, (r.bottom - 1) // TILE + 1):
                    out.add((tx, ty))
        return out

    def targets(self, s: WorldScreen, obj: MapObject) -> tuple[set[tuple[int, int]], Action | None]:
        """Tiles to stand on, and the facing to use there (None: just stand there)."""
        r = obj.rect
        inside = {
            (tx, ty)
            for tx in range(r.x // TILE, (r.right - 1) // TILE + 1)
            for ty in range(r.y // TILE, (r.bottom - 1) // TILE + 1)
        }
        if obj.kind in ENTER_KINDS:
            return inside, None
        if obj.kind == "npc":
            a = s.world.actors[obj.name]
            inside = {(a.x // SUB // TILE, a.y // SUB // TILE)}
        stands = {}
        for tx, ty in inside:
            for act, (dx, dy) in DIRS.items():
                spot = (tx - dx, ty - dy)
                if spot not in inside:
                    stands.setdefault(spot, act)
        self._facing = stands
        return set(stands), None

    def path(
        self, s: WorldScreen, goal: set[tuple[int, int]], lowest_row: int = 0
    ) -> list[tuple[int, int]] | None:
        """Shortest walk over tiles; rows above `lowest_row` only as the last step."""
        m = s.world.map
        start = self.tile_of_player(s)
        people = self.blocked_tiles(s) | self.solid_rect_tiles(s)
        goal = (goal - people) or goal  # a way in past someone standing in a doorway or trigger
        people -= goal
        prev: dict[tuple[int, int], tuple[int, int] | None] = {start: None}
        queue = deque([start])
        while queue:
            cur = queue.popleft()
            if cur in goal:
                out = []
                while cur is not None:
                    out.append(cur)
                    cur = prev[cur]
                return out[::-1]
            for dx, dy in DIRS.values():
                nxt = (cur[0] + dx, cur[1] + dy)
                if nxt in prev or m.is_solid_tile(*nxt) or nxt in people:
                    continue
                if nxt[1] < lowest_row and nxt not in goal:
                    continue
                prev[nxt] = cur
                queue.append(nxt)
        return None

    def step_to(self, s: WorldScreen, tile: tuple[int, int]) -> None:
        """Hold a direction towards the tile's centre for one tick."""
        p = s.world.player
        cx, cy = (tile[0] * TILE + 8) * SUB, (tile[1] * TILE + 8) * SUB
        dx, dy = cx - p.x, cy - p.y
        if abs(dx) > 20:
            self.tick(Action.RIGHT if dx > 0 else Action.LEFT)
        elif abs(dy) > 20:
            self.tick(Action.DOWN if dy > 0 else Action.UP)
        else:
            self.tick()

    def step_along(self, s: WorldScreen, cur: tuple[int, int], nxt: tuple[int, int]) -> None:
        """One tick from tile `cur` towards the neighbouring tile `nxt`: first line up with the
        middle of `cur` across the way, then walk (never back along the way: no dithering)."""
        p = s.world.player
        cx, cy = (cur[0] * TILE + 8) * SUB, (cur[1] * TILE + 8) * SUB
        if nxt[0] != cur[0]:
            if abs(p.y - cy) > 20:
                self.tick(Action.DOWN if cy > p.y else Action.UP)
            else:
                self.tick(Action.RIGHT if nxt[0] > cur[0] else Action.LEFT)
        elif abs(p.x - cx) > 20:
            self.tick(Action.RIGHT if cx > p.x else Action.LEFT)
        else:
            self.tick(Action.DOWN if nxt[1] > cur[1] else Action.UP)

    def at_centre(self, s: WorldScreen, tile: tuple[int, int]) -> bool:
        p = s.world.player
        cx, cy = (tile[0] * TILE + 8) * SUB, (tile[1] * TILE + 8) * SUB
        return abs(cx - p.x) <= 20 and abs(cy - p.y) <= 20

    # -- one goal --------------------------------------------------------------------------------
    def reach(self, goal: Goal) -> None:
        while self.busy():
            pass
        s = self.screen()
        assert s is not None
        if s.world.map.name != goal.map:
            raise RuntimeError(f"expected map {goal.map} for {goal.obj}; {self.where()}")
        obj = next((o for o in s.world.map.objects if o.name == goal.obj), None)
        if obj is None:
            raise RuntimeError(f"no object {goal.obj} on {goal.map}")
        marker = (len(s.state.visited), s.world.map.name, len(s.state.memories))
        stuck = 0
        while True:
            if self.done(s, marker):
                return
            if self.busy():
                s = self.screen() or s
                continue
            tiles, _ = self.targets(s, obj)
            route = self.path(s, tiles, lowest_row=4 if goal.sneak else 0)
            if route is None:
                raise RuntimeError(f"no way to {goal.obj}; {self.where()}")
            if len(route) > 1:
                nxt = route[1]
                if goal.sneak and not self.safe(s, nxt):
                    self.tick()
                    continue
                before = (s.world.player.x, s.world.player.y)
                self.step_along(s, route[0], nxt)
                stuck = stuck + 1 if (s.world.player.x, s.world.player.y) == before else 0
                if stuck > 90:
                    raise RuntimeError(f"stuck on the way to {goal.obj}; {self.where()}")
                continue
            # standing on a target tile
            here = route[0]
            if not self.at_centre(s, here):
                self.step_to(s, here)
                continue
            if obj.kind in ENTER_KINDS:
                self.push_into(s, obj, goal)
            else:
                face = self._facing[here]
                self.tick(face)
                self.tick(press=(Action.CONFIRM,))
                self.tick()

    def push_into(self, s: WorldScreen, obj: MapObject, goal: Goal) -> None:
        """Walk towards the middle of a door or trigger until something happens."""
        p = s.world.player
        cx, cy = obj.rect.center
        dx, dy = cx * SUB - p.x, cy * SUB - p.y
        if goal.sneak and not self.safe(s, None):
            self.tick()
            return
        r = obj.rect
        across = r.x * SUB <= p.x <= r.right * SUB  # already level with it: go straight in
        if across or (abs(dy) >= abs(dx) and not r.y * SUB <= p.y <= r.bottom * SUB):
            self.tick(Action.DOWN if dy > 0 else Action.UP)
        else:
            self.tick(Action.RIGHT if dx > 0 else Action.LEFT)

    def done(self, s: WorldScreen, marker: tuple[int, str, int]) -> bool:
        now = self.screen()
        if now is None or now is not s:
            return True
        return (
            len(now.state.visited) > marker[0]
            or now.world.map.name != marker[1]
            or now.pending_warp is not None
            or len(now.state.memories) > marker[2]
        )

    def safe(self, s: WorldScreen, nxt: tuple[int, int] | None) -> bool:
        """While sneaking: step into a watcher's row only while every watcher looks elsewhere
        and will for a while yet."""
        sneak = s.director.sneak
        if sneak is None:
            return True
        if nxt is not None and nxt[1] >= 4:
            return True  # the lower part of the corridor is out of sight
        phase = sneak.t % sneak.every
        facing = sneak.look[(sneak.t // sneak.every) % len(sneak.look)]
        return facing != "left" and sneak.every - phase > 45

    # -- the whole run ---------------------------------------------------------------------------
    def play(self, until: str = "") -> Simulation:
        """From the title: New Game, then every chapter's route in turn. Stops when the chapter
        ``until`` begins, or (by default) at the end card."""
        for _ in range(40):
            self.tick()
        self.tick(press=(Action.CONFIRM,))  # New Game
        self.follow_routes(until)
        if not until:
            self.to_the_end()
        return self.sim

    def to_the_end(self) -> None:
        """Play on (idle, answering what is asked) until the end card, or the credits rolling."""
        while not self.at_the_end():
            if not self.busy():
                self.tick()
        for _ in range(60):
            self.tick()

    def at_the_end(self) -> bool:
        top = self.sim.stack.top
        name = type(top).__name__
        return name == "EndCard" or (name == "EndCredits" and top.phase != "white")

    def play_chapter(self, chapter: str) -> Simulation:
        """From a chapter's own start (what Chapter Select and a chapter run begin with): play
        that chapter's route and stop when the next chapter begins (or the game ends)."""
        from game.play.start import chapter_start

        self.sim = Simulation(self.ctx, WorldScreen(chapter_start(self.ctx, chapter)))
        order = list(self.ctx.content.chapters)
        after = order[order.index(chapter) + 1] if chapter in order[:-1] else ""
        self.follow_routes(until=after)
        while after and self.chapter() != after:
            if type(self.sim.stack.top).__name__ == "EndCard":
                break
            if not self.busy():
                self.tick()
        if not after:  # the last chapter: on to the end (the credits)
            self.to_the_end()
        return self.sim

    def follow_routes(self, until: str = "") -> None:
        """Play each chapter's route from the one the game is in, chapter after chapter, until
        ``until`` begins or a chapter has no plan."""
        order = list(self.ctx.content.chapters)
        while not self.chapter():  # the title, then the first chapter's hand-over
            if not self.busy():
                self.tick()
        chapter = self.chapter()
        while chapter and chapter != until:
            chapter_plan = plan(chapter)
            # A chapter without a plan (a placeholder) is waited through: it hands over by itself.
            goals = list(chapter_plan.ROUTE) if chapter_plan is not None else []
            self.route = [g for g in goals if self.all_memories or not g.memory]
            while self.route:
                goal = self.route.pop(0)
                self.reach(goal)
                self.log.append(f"{self.sim.tick_count}: {goal.map}/{goal.obj}")
            later = order[order.index(chapter) + 1 :] if chapter in order else []
            if not later:
                return
            chapter = later[0]
            while self.chapter() != chapter:
                if self.at_the_end() or type(self.sim.stack.top).__name__ == "EndCredits":
                    return
                if not self.busy():
                    self.tick()


def beats_in_order(visited: list[str], scenes: dict) -> list[str]:
    """The beat of each scene visited, first visits only, in the order they were reached."""
    out: list[str] = []
    for scene_id in visited:
        beat = getattr(scenes.get(scene_id), "beat", "") or ""
        if beat and beat not in out:
            out.append(beat)
    return out


def main(argv: list[str]) -> int:
    """`autoplay.py`: New Game to the start of Chapter 2 (tests/data/chapter1.input);
    `--chapter X`: chapter X from its chapter-select start (tests/data/X.input);
    `--whole`: New Game to the credits (tests/data/whole_game.input); `--check`: write nothing."""
    chapter = argv[argv.index("--chapter") + 1] if "--chapter" in argv[:-1] else ""
    whole = "--whole" in argv
    with tempfile.TemporaryDirectory() as tmp:
        bot = Bot(Path(tmp))
        if chapter:
            bot.play_chapter(chapter)
        elif whole:
            bot.play()
        else:  # from New Game through the prologue and Chapter 1, until Chapter 2 begins
            order = list(bot.ctx.content.chapters)
            bot.play(until=order[order.index("hailsham") + 1])
        text = encode(bot.frames)
    if chapter:
        out = ROOT / "tests" / "data" / f"{chapter}.input"
        header = (
            f"# The `{chapter}` chapter played by tests/autoplay.py from its chapter-select start;\n"
            f"# regenerate with `python tests/autoplay.py --chapter {chapter}` when its content changes.\n"
        )
    elif whole:
        out = WHOLE_FILE
        header = (
            "# The whole game, New Game to the credits, played by tests/autoplay.py; regenerate\n"
            "# with `python tests/autoplay.py --whole` whenever any chapter's content changes.\n"
        )
    else:
        out = INPUT_FILE
        header = (
            "# Chapter 1 playthrough recorded by tests/autoplay.py from New Game; regenerate with\n"
            "# `python tests/autoplay.py` whenever the prologue or Chapter 1 content changes.\n"
        )
    if "--check" not in argv:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(header + text)
        print(f"wrote {out.relative_to(ROOT)}: {len(bot.frames)} ticks")
    print("\n".join(bot.log[-5:]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
