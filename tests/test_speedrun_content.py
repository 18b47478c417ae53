"""Small two-chapter content for the speedrun tests, a bot that plays it, and start-state tests.

The shipped story has no chapters yet; this content exercises every timing rule (title card, lines,
a choice, walking into a trigger, a chapter hand-over, the end) in a few hundred ticks.
"""

from __future__ import annotations

from pathlib import Path

from game.input.actions import Action, InputFrame
from tests.mapkit import make_content

GAME = """title: Test
new_game: {map: room, spawn: start, chapter: one}
player: {actor: hero, sprite: hero}
"""

CHAPTERS = """one:
  title: Part One
  map: room
  spawn: start
  scene: one_open
two:
  title: Part Two
  map: hall
  spawn: from_room
  scene: two_open
  start: {flags: {brave: true}, items: {tokens: 2}, memories: [a_marble]}
"""

SCENES = {
    "one/open.yaml": """scene: one_open
beat: o1
chapter: one
steps:
  - title: {text: "Part One", ticks: 90}
  - narrate: {id: o.1, text: "The first line of the first part."}
  - narrate: {id: o.2, text: "The second line."}
"""
    + "".join(
        f'  - narrate: {{id: o.n{i}, text: "Line {i} of the opening."}}\n' for i in range(25)
    ),
    "one/centre.yaml": """scene: enter_centre
beat: o2
chapter: one
steps:
  - say: {who: girl, id: c.1, text: "You stood in the middle."}
  - choice:
      - text: "Stay"
        id: c.stay
        set: {brave: true}
      - text: "Go"
        id: c.go
  - narrate: {id: c.2, text: "And that was the end of that."}
  - end_chapter: two
""",
    "two/open.yaml": """scene: two_open
beat: t1
chapter: two
steps:
  - narrate: {id: t.1, text: "The second part begins."}
"""
    + "".join(
        f'  - narrate: {{id: t.n{i}, text: "Line {i} of the second part."}}\n' for i in range(25)
    )
    + """  - if: "brave"
    then:
      - narrate: {id: t.2, text: "Being brave had cost nothing."}
  - say: {who: girl, id: t.3, text: "The end."}
  - end_chapter: ""
""",
}


def make_speedrun_content(root: Path) -> Path:
    make_content(root)
    d = root / "dialogue"
    (d / "game.yaml").write_text(GAME, encoding="utf-8")
    (d / "chapters.yaml").write_text(CHAPTERS, encoding="utf-8")
    (d / "actors.yaml").write_text("girl: {name: Polly, sprite: girl_a}\n", encoding="utf-8")
    for name, text in SCENES.items():
        (d / name).parent.mkdir(parents=True, exist_ok=True)
        (d / name).write_text(text, encoding="utf-8")
    return root


def bot_frame(sim, tick: int) -> InputFrame:
    """Hold skip; press confirm every other tick (choices); walk down when free to move."""
    top = sim.stack.top
    held = {Action.SKIP}
    world = top if hasattr(top, "director") else None
    if world is not None and world.director.run is None and world.pending_chapter is None:
        held.add(Action.DOWN)
    pressed = {Action.CONFIRM} if tick % 2 == 0 else set()
    return InputFrame(frozenset(held | pressed), frozenset(pressed))


def test_content_loads_cleanly(tmp_path):
    from game.boot import build_context

    ctx = build_context(
        tmp_path / "d", headless=True, root=make_speedrun_content(tmp_path / "c"), quiet=True
    )
    assert not ctx.notices.lines, ctx.notices.lines
    assert list(ctx.content.chapters) == ["one", "two"]
