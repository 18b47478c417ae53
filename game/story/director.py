"""The director runs scenes on the world: it is the host every scene command talks to.

It owns what scenes put on screen (the line, the choices, a title card, emotes) and what they move
(walkers, followers, the camera), and it is all simulation state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from game.input.actions import Action, InputFrame
from game.story import expr, posing
from game.story.commands import approach, steady
from game.story.lines import LineBox, LineWait
from game.story.runner import FUNCTIONS, FlagEnv, SceneRun
from game.story.stage import CameraState, Followers, Walker, step_walker, to_sub
from game.story.words import WordsError, has_markup, parse_words, render
from game.world.actor import SUB, Actor
from game.world.mapdata import FACINGS

if TYPE_CHECKING:
    from game.context import Context
    from game.story.host import Stage
    from game.story.model import Command, Scene

SKIP_FAST = 8  # walks, waits and fades run this many times faster while skipping
_WORDS: dict[str, tuple] = {}  # a line's text -> its parsed words (parsing is pure)


class Director:
    def __init__(self, ctx: Context, play: Stage) -> None:
        self.ctx = ctx
        self.play = play  # what the scenes play on: its state, world and fade
        self.run: SceneRun | None = None
        self.box: LineBox | None = None
        self.last_box: LineBox | None = None
        self.choices: list[Any] | None = None
        self.choice_texts: list[str] = []  # the options as shown (translated, words filled in)
        self.choice_cursor = 0
        self.card: Any = None
        self.emotes: dict[str, list[Any]] = {}
        self.walkers: dict[str, Walker] = {}
        self.followers = Followers()
        self.camera = CameraState()
        self.auto = False
        self.toast: list[Any] = []  # [text, ticks left]: "memory found" and the like
        self.sneak: Any = None  # a SneakState while a sneaking section is on
        self.shop: Any = None  # the open shop (a ShopWait), for drawing
        self._skip = False
        self.skip_on = False  # the toggled skip mode (settings: skip_mode = toggle)

    # -- what commands read ------------------------------------------------------------------------
    @property
    def content(self):
        return self.ctx.content

    @property
    def state(self):
        return self.play.state

    @property
    def world(self):
        return self.play.world

    @property
    def fade(self):
        return self.play.fade

    @property
    def seen(self):
        return self.ctx.seen

    def report(self, message: str) -> None:
        self.ctx.notices.report(message)

    def text(self, line_id: str, source: str) -> str:
        """A line as the player reads it: translated or replaced by a mod, its words filled in."""
        return self.words(self.content.text(line_id, source))

    def words(self, text: str) -> str:
        """Fill in a line's `{...}` words from the state now (see game.story.words)."""
        if not has_markup(text):
            return text
        try:
            parts = _WORDS.get(text) or _WORDS.setdefault(text, parse_words(text))
            if len(_WORDS) > 4096:
                _WORDS.clear()
            return render(parts, FlagEnv(self))
        except (WordsError, expr.ExprError) as exc:  # only text the linter was not shown
            self.report(f"words in {text[:40]!r}: {exc}")
            return text

    def scene(self, scene_id: str) -> Scene | None:
        scene = self.content.scenes.get(scene_id)
        if scene is None:
            self.report(f"scene `{scene_id}` does not exist (or has errors); skipped")
        return scene

    def text_speed(self) -> int:
        cps = self.ctx.settings.text_speed
        return 60 * 10_000 if cps <= 0 else cps  # characters * 60 per tick

    def skip_speed(self, frame: InputFrame) -> int:
        return SKIP_FAST if self._skip else 1

    def skipping_line(self, frame: InputFrame, line_id: str) -> bool:
        return self._skip and (self.ctx.settings.skip_all or self.seen.has(line_id))

    # -- starting and ticking ----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.run is not None

    def start(self, scene_id: str) -> bool:
        scene = self.scene(scene_id)
        if scene is None:
            return False
        self.run = SceneRun(self, scene)
        return True

    def reset_scene_ui(self) -> None:
        """Forget what the current scene put on screen (before restarting it after a reload)."""
        self.run = None
        self.box = self.last_box = None
        self.choices = None
        self.card = None
        self.walkers.clear()

    def condition_holds(self, text: str, where: str) -> bool:
        """A map object's condition (checked now: maps are read after the scenes)."""
        tree, errors = expr.compile_condition(text, self.content.flag_types, FUNCTIONS)
        if errors or tree is None:
            self.report(
                f"{where}: condition {text!r}: {errors[0].message if errors else 'invalid'}"
            )
            return False
        return bool(expr.evaluate(tree, FlagEnv(self)))

    def tick(self, frame: InputFrame) -> None:
        if frame.was_pressed(Action.AUTO):
            self.auto = not self.auto
            self.toast = ["Auto-advance on" if self.auto else "Auto-advance off", 60]
        if self.ctx.settings.skip_mode == "toggle":
            if frame.was_pressed(Action.SKIP):
                self.skip_on = not self.skip_on
            if self.choices:
                self.skip_on = False  # a choice always stops a toggled skip
            self._skip = self.skip_on
        else:
            self._skip = frame.is_held(Action.SKIP)
        fast = SKIP_FAST if self._skip else 1
        for actor_id, walker in list(self.walkers.items()):
            actor = self.actor(actor_id)
            if actor is None or step_walker(actor, walker, fast):
                del self.walkers[actor_id]
                if actor is not None and not walker.aside:
                    self._step_aside(actor_id, actor, walker)
        posing.tick_gestures(self, fast)
        self.followers.move(self.actor)
        self.camera.step(fast)
        for actor_id in list(self.emotes):
            self.emotes[actor_id][1] -= 1
            if self.emotes[actor_id][1] <= 0:
                del self.emotes[actor_id]
        if self.toast:
            self.toast[1] -= 1
            if self.toast[1] <= 0:
                self.toast = []
        if self.run is None and self.sneak is not None and self.play.pending_warp is None:
            self._watch()
        if self.run is not None:
            self.run.tick(frame)
            if self.run is not None and self.run.done:
                self.run = None
                self.box = self.last_box = None
                self.choices = None
                self.play.scene_ended()
                self.camera.mode = "follow" if self.camera.mode == "fixed" else self.camera.mode
        if self.run is None and self.play.pending_warp is None:
            approach.step(self, frame)  # someone coming nearer while she stands still
        if self.run is None and self.play.pending_warp is None:
            steady.step(self, frame)  # someone leaning on her, if she keeps hold

    def _step_aside(self, actor_id: str, actor: Actor, walker: Walker) -> None:
        """Arrived on someone: a few more steps to the nearest free spot (people never overlap)."""
        spot = posing.step_aside(self, actor)
        if spot != (actor.x, actor.y):
            self.walkers[actor_id] = Walker([spot], walker.speed, walker.face, aside=True)
            actor.moving = True

    def _watch(self) -> None:
        """Sneaking: turn the watchers, and start the `caught` scene if one of them sees her."""
        caught = self.sneak.step(self)
        if caught:
            self.sneak = None
            self.start(caught)

    # -- the things commands do --------------------------------------------------------------------
    def show_line(self, cmd: Command, kind: str, who: str, face: str) -> LineWait:
        info = self.content.actor(who) if who else None
        line_id = cmd.line_id() or ""
        text = self.text(line_id, cmd["text"])
        name = info.name if info else ""
        self.box = LineBox(
            kind, who, name, info.portrait if info else "", face or "neutral", text, line_id
        )
        backlog = self.state.backlog
        if not (
            backlog and backlog[-1][3] == line_id
        ):  # a line resumed from a save is not said twice
            self.state.log(name, text, line_id)
        return LineWait(self.box)

    def apply_effects(self, effects: dict[str, dict[str, Any]]) -> None:
        flags = self.state.flags
        for name, value in (effects.get("set") or {}).items():
            flags[name] = value
        for name, value in (effects.get("add") or {}).items():
            current = flags.get(name, 0)
            flags[name] = (current if type(current) is int else 0) + int(value)

    def collect_memory(self, memory_id: str) -> bool:
        if memory_id in self.state.memories:
            return False
        self.state.memories.append(memory_id)
        info = self.content.memories.get(memory_id)
        self.toast = [info.title if info else memory_id, 150]
        self.ctx.audio.play_sound("memory_found")
        self.ctx.on_memory(memory_id)
        return True

    def actor(self, actor_id: str) -> Actor | None:
        if actor_id == self.world.player.id:
            return self.world.player
        actors = self.world.actors
        return (
            actors.get(actor_id)  # by the map object's name
            or next((a for a in actors.values() if a.role == actor_id), None)  # by actor id
            or next((a for a in actors.values() if a.sprite == actor_id), None)  # by sprite
        )

    def point(self, name: str) -> tuple[int, int] | None:
        obj = self.world.map.point(name)
        if obj is None:
            self.report(f"{self.world.map.path}: no point named {name!r}")
            return None
        return obj.rect.center if obj.rect.w or obj.rect.h else (obj.rect.x, obj.rect.y)

    def start_walk(self, actor_id: str, points: list[str], speed: int, face: str) -> None:
        targets = [to_sub(*p) for name in points if (p := self.point(name)) is not None]
        if self.actor(actor_id) is None:
            self.report(f"{self.world.map.path}: nobody called {actor_id!r} here to walk")
            return
        if targets:
            self.followers.modes.pop(
                actor_id, None
            )  # walked somewhere by the scene: no longer following
            walker = self.actor(actor_id)
            assert walker is not None
            if walker.pose != "stand" or walker.gesture_left:
                self.world.get_up(walker)  # up from the bench, out of the hug, then off
            speed = posing.walk_speed(self, walker, speed)
            self.walkers[actor_id] = Walker(targets, speed, face)

    def idle(self, what: str) -> bool:
        if what == "camera":
            return self.camera.idle
        if what == "warp":
            return self.play.pending_warp is None
        return what.removeprefix("walk:") not in self.walkers

    def face(self, actor_id: str, to: str) -> None:
        actor = self.actor(actor_id)
        if actor is None:
            return
        if to in FACINGS:
            actor.facing = to
        elif (other := self.actor(to)) is not None:
            dx, dy = other.x - actor.x, other.y - actor.y
            actor.facing = (
                ("right" if dx > 0 else "left")
                if abs(dx) > abs(dy)
                else ("down" if dy > 0 else "up")
            )

    def show_actor(self, actor_id: str, at: str, facing: str) -> None:
        where = self.point(at)
        if where is None:
            return
        actor = self.actor(actor_id)
        if actor is None:
            sprite = self.content.actor(actor_id).sprite or actor_id
            actor = Actor(actor_id, sprite, 0, 0, role=actor_id)
            self.world.actors[actor_id] = actor
        self.world.release(actor)
        actor.x, actor.y = to_sub(*where)
        actor.facing, actor.visible = facing, True
        actor.x, actor.y = posing.step_aside(self, actor)  # never inside someone already there

    def hide_actor(self, actor_id: str) -> None:
        actor = self.actor(actor_id)
        if actor is not None and actor is not self.world.player:
            actor.visible = False
            self.world.release(actor)  # whoever they held lets go

    def costume(self, actor_id: str, sprite: str) -> None:
        actor = self.actor(actor_id)
        if actor is not None:
            actor.sprite = sprite
            if actor is self.world.player:
                self.state.flags["_player_sprite"] = sprite

    def camera_follow(self, actor_id: str, ticks: int = 0) -> None:
        """Follow someone (the player by default); from a pan, glide back over ``ticks``."""
        cam = self.camera
        start = self.focus()
        was_following = cam.mode == "follow"
        cam.actor = "" if actor_id == self.world.player.id else actor_id
        if was_following or ticks <= 0:
            cam.mode = "follow"
            return
        cam.mode, cam.start, cam.ticks, cam.t = "return", start, ticks, 0

    def camera_pan(self, point: str, ticks: int) -> None:
        where = self.point(point)
        if where is None:
            return
        cam = self.camera
        cam.start = self.focus()
        cam.target, cam.ticks, cam.t, cam.mode = where, max(1, ticks), 0, "pan"

    def focus(self) -> tuple[int, int]:
        """The point the camera centres on (pixels)."""
        followed = self.actor(self.camera.actor) if self.camera.actor else None
        who = followed or self.world.player
        return self.camera.focus((who.x // SUB, who.y // SUB))

    def set_follow(self, actor_id: str, mode: str) -> None:
        if mode == "off":
            self.followers.modes.pop(actor_id, None)
        else:
            self.followers.modes[actor_id] = mode
            follower = self.actor(actor_id)
            if follower is not None:
                self.world.release(follower)

    def music(self, track: str, fade: int) -> None:
        ms = fade * 1000 // 60
        if track:
            self.ctx.audio.play_music(track, fade_ms=ms)
        else:
            self.ctx.audio.stop_music(fade_ms=ms)
        self.state.flags["_music"] = track

    def warp(self, map_name: str, spawn: str) -> None:
        self.play.begin_warp(map_name, spawn, door=False)

    def end_chapter(self, next_chapter: str) -> None:
        self.play.end_chapter(next_chapter)

    # -- for hashes and saves ----------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        return {
            "run": self.run.snapshot() if self.run else None,
            "box": self.box.snapshot() if self.box else None,
            "choices": [o.id for o in self.choices] if self.choices else None,
            "card": self.card.snapshot() if self.card else None,
            "emotes": sorted((k, v) for k, v in self.emotes.items()),
            "walkers": sorted((k, w.snapshot()) for k, w in self.walkers.items()),
            "followers": self.followers.snapshot(),
            "camera": self.camera.snapshot(),
            "auto": self.auto,
            "toast": self.toast,
            "sneak": self.sneak.snapshot() if self.sneak else None,
        }
