"""Commands that hand the player something to do: sneaking past watchers, spending at a shop."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from game.input.actions import Action, InputFrame
from game.input.menu import Repeater
from game.story.model import Command
from game.story.params import Param, Reader
from game.story.yamlsrc import YMap, YNode, YSeq
from game.world.actor import SUB
from game.world.geometry import FACING_VECTORS, Rect

if TYPE_CHECKING:
    from game.story.runner import SceneRun


@dataclass
class SneakState:
    """Watchers turn through their facings; the player must not be in sight while they look."""

    watchers: list[str]
    look: list[str]
    every: int
    range: int
    caught: str
    t: int = 0

    def step(self, host: Any) -> str | None:
        """One tick: turn the watchers; returns the `caught` scene if one of them sees the player."""
        self.t += 1
        if not self.look or self.every <= 0:  # the loader refuses these; a save might not
            return None
        facing = self.look[(self.t // self.every) % len(self.look)]
        for watcher_id in self.watchers:
            watcher = host.actor(watcher_id)
            if watcher is None or not watcher.visible:
                continue
            if self.t % self.every == self.every - 40:
                host.emotes[watcher_id] = ["dots", 30]  # a sign she is about to turn
            watcher.facing = facing
            if sees(watcher, self.range, host.world.player.box()):
                host.emotes[watcher_id] = ["exclaim", 50]
                return self.caught
        return None

    def snapshot(self) -> list[Any]:
        return [self.watchers, self.look, self.every, self.range, self.caught, self.t]


SIGHT_NEAR_PX = 8  # half the width of a watcher's view right in front of her
SIGHT_SPREAD = 3  # ... which widens by one pixel on each side for every 3 pixels of distance


def sees(watcher: Any, range_px: int, box: Rect) -> bool:
    """Whether a watcher sees a feet box: a cone `range_px` long in front of her, widening with
    distance (what the wedge on screen shows). Integer sub-pixel arithmetic only."""
    vx, vy = FACING_VECTORS[watcher.facing]
    cx, cy = box.center
    ahead = (cx - watcher.x) * vx + (cy - watcher.y) * vy  # distance along her gaze
    across = abs((cx - watcher.x) * vy - (cy - watcher.y) * vx)  # distance to either side
    if not 0 < ahead <= range_px * SUB:
        return False
    half = SIGHT_NEAR_PX * SUB + ahead // SIGHT_SPREAD
    return across <= half + max(box.w, box.h) // 2


class Sneak(Command):
    """Start a sneaking section: the player has control, and the `watchers` look in turn through
    the `look` facings, `every` ticks each (they give a small sign just before turning). If the player
    is in a watcher's view (a cone `range` pixels long that widens with distance, shown on
    screen), the `caught` scene plays (being seen is a
    consequence, never a game over). `stop: true` ends the section (put it in a trigger's scene at
    the far end). The scene goes on at once after starting the section."""

    key = "sneak"
    category = "Play"
    params = {
        "watchers": Param("list:ref:actor", doc="who is watching"),
        "look": Param(
            "list:facing", default=["left", "down"], doc="facings they turn through", min_items=1
        ),
        "every": Param("int", default=120, doc="ticks they look each way", lo=30, hi=3600),
        "range": Param("int", default=72, doc="how far they see, in pixels", lo=8, hi=480),
        "caught": Param("ref:scene", doc="scene played when they see her"),
        "stop": Param("bool", default=False, doc="end the sneaking section"),
    }
    example = "sneak: {watchers: [miss_emily], look: [down, left], every: 150, caught: h10_caught}"

    def start(self, run: SceneRun) -> None:
        host = run.host
        if self["stop"]:
            host.sneak = None
            return
        if not self["watchers"] or not self["caught"]:
            host.report(
                f"{run.scene.file}:{self.line}:{self.col}: sneak needs `watchers` and `caught`"
            )
            return
        host.sneak = SneakState(
            list(self["watchers"]),
            list(self["look"]),
            max(30, self["every"]),
            self["range"],
            self["caught"],
        )


PRICE = Param("int", doc="what it costs in the currency", lo=0, hi=999)


@dataclass
class ShopItem:
    item: str
    price: int


@dataclass
class ShopWait:
    currency: str
    stock: list[ShopItem]
    cursor: int = 0
    repeat: Repeater = field(default_factory=Repeater)
    bought: list[str] = field(default_factory=list)

    def update(self, run: SceneRun, frame: InputFrame) -> bool:
        host = run.host
        rows = len(self.stock) + 1  # the last row is "leave"
        if self.repeat.fire(frame, Action.UP):
            self.cursor = (self.cursor - 1) % rows
            host.ctx.audio.play_sound("menu_move")
        if self.repeat.fire(frame, Action.DOWN):
            self.cursor = (self.cursor + 1) % rows
            host.ctx.audio.play_sound("menu_move")
        if frame.was_pressed(Action.CANCEL) or (
            frame.was_pressed(Action.CONFIRM) and self.cursor == rows - 1
        ):
            host.shop = None
            host.ctx.audio.play_sound("menu_cancel")
            return True
        if frame.was_pressed(Action.CONFIRM):
            self.buy(run, self.stock[self.cursor])
        return False

    def buy(self, run: SceneRun, entry: ShopItem) -> None:
        host, items = run.host, run.host.state.items
        if items.get(entry.item, 0) > 0 or items.get(self.currency, 0) < entry.price:
            host.ctx.audio.play_sound("menu_cancel")  # already hers, or not enough tokens
            return
        left = items.get(self.currency, 0) - entry.price  # a free item costs nothing she lacks
        if left > 0:
            items[self.currency] = left
        else:
            items.pop(self.currency, None)
        items[entry.item] = 1
        self.bought.append(entry.item)
        name = host.content.items.get(entry.item)
        host.state.log("", "\u2192 " + (name.name if name else entry.item), f"shop.{entry.item}")
        host.ctx.audio.play_sound("menu_confirm")

    def snapshot(self) -> list[Any]:
        return ["shop", self.cursor, self.bought, sorted(self.repeat.held_for.items())]


class Shop(Command):
    """Let the player spend a `currency` item (tokens) on `items`, each `{item, price}`, choosing as
    many as she can afford, until she leaves (cancel, or the last row). Each item can be bought once;
    conditions read purchases with `has("item")`."""

    key = "shop"
    category = "Play"
    params = {
        "currency": Param("ref:item", default="tokens", doc="the item spent"),
        "items": Param("custom", required=True, doc="list of {item, price}"),
    }
    example = """shop:
  currency: tokens
  items:
    - {item: silk_scarf, price: 3}
    - {item: button_tin, price: 2}"""

    def build(self, reader: Reader, nodes: dict[str, YNode]) -> None:
        self.stock: list[ShopItem] = []
        node = nodes.get("items")
        if node is None:
            return
        if not isinstance(node, YSeq) or not node.items:
            reader.problem(node, "S023", "`items` is a list of {item, price}")
            return
        for entry in node.items:
            if (
                not isinstance(entry, YMap)
                or entry.get("item") is None
                or entry.get("price") is None
            ):
                reader.problem(entry, "S023", "each shop entry needs `item` and `price`")
                continue
            item = reader.read("ref:item", entry.get("item"), "item")
            price = reader.read("int", entry.get("price"), "price", PRICE)
            if item is not None and price is not None:
                self.stock.append(ShopItem(item, price))

    def item_refs(self) -> list[str]:
        return [s.item for s in self.stock]

    def start(self, run: SceneRun) -> ShopWait | None:
        if not self.stock:
            return None
        wait = ShopWait(self["currency"], list(self.stock))
        run.host.shop = wait
        return wait
