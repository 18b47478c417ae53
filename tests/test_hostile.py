"""Hostile scene files (issue 14): each is refused at its place when read, by the game and the
linter alike, or plays without a crash, a hang or a save that cannot be written."""

from __future__ import annotations

import json
import textwrap

import pytest

from game.boot import build_context
from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.save.savegame import capture
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation
from game.story import lint
from game.story.loader import read_scene_text

CONFIRM = InputFrame(frozenset({Action.CONFIRM}), frozenset({Action.CONFIRM}))

# step -> (the value refused, code); the reader points at the value (the step is on line 3).
REFUSED = {
    "- sneak: {watchers: [girl], look: [], caught: s}": ("[]", "S024"),
    "- sneak: {watchers: [girl], every: 0, caught: s}": ("0", "S024"),
    "- sneak: {watchers: [girl], range: -5, caught: s}": ("-5", "S024"),
    "- wait: 99999999999999999999999": ("9", "S024"),
    "- wait: -1": ("-1", "S024"),
    "- give: {item: tokens, count: -3}": ("-3", "S024"),
    "- give: {item: tokens, count: 0}": ("0", "S024"),
    "- fade: {to: black, ticks: -40}": ("-40", "S024"),
    "- title: {text: T, ticks: 99999999}": ("9", "S024"),
    "- walk: {actor: girl, to: corner, speed: 100000}": ("1", "S024"),
    "- shop: {items: [{item: scarf, price: -2}]}": ("-2", "S024"),
    "- add: {n: 99999999999999999999}": ("9", "S024"),
    '- narrate: {id: a.1, text: "\\ud800"}': ('"', "Y011"),
    '- set: {mood: "\\udfff"}': ('"', "Y011"),
}


@pytest.mark.parametrize("step", sorted(REFUSED))
def test_the_reader_refuses_at_the_place(step):
    _scene, problems = read_scene_text(f"scene: s\nsteps:\n  {step}\n", "s.yaml")
    value, code = REFUSED[step]
    col = 3 + step.index(value, step.index(":") + 1)
    got = [f"{p.line}:{p.col}: {p.code}" for p in problems]
    assert got == [f"3:{col}: {code}"], got


def test_a_huge_line_and_a_huge_choice_are_refused():
    _scene, problems = read_scene_text(
        f'scene: s\nsteps:\n  - narrate: {{id: a.1, text: "{"word " * 280_000}"}}\n', "s.yaml"
    )
    assert [p.code for p in problems] == ["S025"]
    options = "".join(f'      - text: "Option {i}"\n' for i in range(500))
    _scene, problems = read_scene_text(f"scene: s\nsteps:\n  - choice:\n{options}", "s.yaml")
    assert [(p.line, p.col, p.code) for p in problems] == [(4, 7, "S026")]


def test_lines_without_ids_get_ids_that_cannot_collide():
    a, _ = read_scene_text("scene: a\nsteps:\n  - narrate: {text: x}\n", "a.yaml")
    b, _ = read_scene_text(
        'scene: b\nsteps:\n  - narrate: {text: x}\n  - choice:\n      - text: "Go"\n', "b.yaml"
    )
    ids = [c.line_id() for s in (a, b) for c in s.walk()]
    assert ids == ["@a:0", "@b:0", "@b:1.0"]


@pytest.fixture
def play(content, tmp_path):
    def build(body: str):
        d = content / "dialogue"
        (d / "actors.yaml").write_text("girl: {name: Polly, sprite: girl_a}\n")
        (d / "items.yaml").write_text("tokens: {name: Tokens}\nscarf: {name: A scarf}\n")
        (d / "hostile.yaml").write_text(textwrap.dedent(body))
        ctx = build_context(tmp_path / "data", headless=True, root=content, quiet=True)
        assert not ctx.notices.lines, ctx.notices.lines
        sim = Simulation(ctx, WorldScreen(Play(ctx, "room", "start")))
        for _ in range(20):
            sim.tick()
        return ctx, sim, sim.stack.top

    return build


def test_a_free_item_bought_with_no_tokens_does_not_crash(play):
    _ctx, sim, screen = play("""
        scene: sale
        steps:
          - shop: {items: [{item: scarf, price: 0}]}
    """)
    screen.director.start("sale")
    sim.tick()
    sim.tick(CONFIRM)
    assert screen.state.items == {"scarf": 1}


def test_a_scene_calling_itself_after_a_wait_stops_and_saves_stay_small(play):
    ctx, sim, screen = play("""
        scene: again
        steps:
          - narrate: {id: again.1, text: "Again."}
          - call: again
    """)
    screen.director.start("again")
    for i in range(3000):
        sim.tick(CONFIRM if i % 2 else InputFrame())
    assert screen.director.run is None
    assert any("more than 32 deep" in n for n in ctx.notices.lines)
    assert len(json.dumps(capture(ctx, screen.play))) < 50_000


def test_the_linter_reports_bad_ids_in_a_warp_without_an_internal_error(tmp_path, capsys):
    from tests.mapkit import make_content

    root = make_content(tmp_path / "c")
    (root / "dialogue" / "w.yaml").write_text(
        "scene: w\nsteps:\n  - warp: {map: Bad_Map, spawn: x}\n"
    )
    rc = lint.main(["--root", str(root), str(root / "dialogue" / "w.yaml")])
    out = capsys.readouterr().out
    assert rc == 1 and "S014" in out and "L999" not in out, out


def test_the_linter_warns_of_calls_that_come_back_round(tmp_path, capsys):
    from tests.mapkit import make_content

    root = make_content(tmp_path / "c")
    d = root / "dialogue"
    (d / "a.yaml").write_text("scene: a\nsteps:\n  - wait: 1\n  - call: b\n")
    (d / "b.yaml").write_text("scene: b\nsteps:\n  - call: a\n")
    (d / "c.yaml").write_text("scene: c\nsteps:\n  - call: b\n")
    lint.main(["--root", str(root)])
    out = capsys.readouterr().out
    assert "a.yaml:4:5: L036 `call: b` comes back round to `a`" in out
    assert "b.yaml:3:5: L036" in out and "c.yaml:3:5: L036" not in out
