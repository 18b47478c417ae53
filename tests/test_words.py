"""Words inside lines (issue 14): `{flag}`, `{count('x')}`, `{if c}...{elif c}...{else}...{/if}`,
checked when read and by the linter, filled in from the state when the line is shown."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from game.story import expr, lint
from game.story.loader import read_scene_text
from game.story.words import WordsError, parse_words, render

ENV = expr.MappingEnv(
    {"mood": "quiet", "visits": 3, "bought_train": True, "told": False},
    {"count": lambda name: {"tokens": 2}.get(name, 0)},
)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain words", "plain words"),
        ("She was {mood}.", "She was quiet."),
        ("{count('tokens')} tokens, {visits + 1} visits", "2 tokens, 4 visits"),
        ("{if bought_train}The train.{/if} Then.", "The train. Then."),
        ("{if told}Told.{elif visits > 2}Often.{else}Never.{/if}", "Often."),
        ("{if told}a{else}{if bought_train}b{/if}{/if}", "b"),
        ("Braces: {{ and }}.", "Braces: { and }."),
    ],
)
def test_words_are_filled_in(text, shown):
    assert render(parse_words(text), ENV) == shown


@pytest.mark.parametrize(
    ("text", "col", "needle"),
    [
        ("a {mood", 3, "not closed"),
        ("a } b", 3, "lone"),
        ("{if told}x", 1, "not closed by `{/if}`"),
        ("x{/if}", 2, "without an `{if"),
        ("{if}x{/if}", 2, "needs a condition"),
        ("{if told}a{else}b{elif told}c{/if}", 18, "after `{else}`"),
        ("{mood and}", 10, ""),
        ("{}", 1, "empty"),
    ],
)
def test_bad_markup_is_refused_at_its_column(text, col, needle):
    with pytest.raises(WordsError) as err:
        parse_words(text)
    assert err.value.col == col and needle in err.value.message, (err.value.col, err.value.message)


def test_the_reader_refuses_bad_markup_at_its_place():
    _scene, problems = read_scene_text(
        'scene: s\nsteps:\n  - narrate: {text: "a {mood"}\n', "s.yaml"
    )
    assert [(p.line, p.col, p.code) for p in problems] == [(3, 24, "S027")]


@pytest.fixture
def tree(tmp_path, monkeypatch):
    from tests.mapkit import make_content

    root = make_content(tmp_path / "c")
    d = root / "dialogue"
    (d / "items.yaml").write_text("tokens: {name: Tokens}\n")
    (d / "actors.yaml").write_text("girl_a: {name: Polly, sprite: girl_a}\n")
    monkeypatch.chdir(root)
    return root


def lint_scene(root: Path, capsys, body: str) -> list[str]:
    text = "scene: talk_girl\nsteps:\n  - set: {mood: quiet, met: true}\n" + textwrap.indent(
        textwrap.dedent(body), "  "
    )
    (root / "dialogue" / "talk.yaml").write_text(text)
    lint.main(["--root", str(root)])
    return [ln for ln in capsys.readouterr().out.splitlines() if "talk.yaml" in ln]


def test_lint_checks_the_names_and_types_inside_lines(tree, capsys):
    lines = lint_scene(tree, capsys, """\
      - narrate: {id: w.1, text: "She was {moood}."}
      - narrate: {id: w.2, text: "{met}"}
      - narrate: {id: w.3, text: "{if mood}x{/if}"}
      - narrate: {id: w.4, text: "{count('tokenz')} and {mood} {if met}ok{/if}"}
    """)  # fmt: skip
    got = " | ".join(lines)
    assert "4:5: E002 in {moood}: unknown name" in got
    assert "5:5: E003 in {met}: a true/false value cannot be shown" in got
    assert "6:5: E003 in {mood}" in got
    assert '7:5: L010 in {count("tokenz")}: unknown item `tokenz`' in got
    assert "L030" not in got  # `met` and `mood` are read, by lines


def test_lint_measures_the_longest_text_a_line_can_show(tree, capsys):
    long = "word " * 70
    lines = lint_scene(tree, capsys, f"""\
      - set: {{mood: "{"very " * 100}quiet"}}
      - narrate: {{id: w.1, text: "{{if met}}{long}{{else}}short{{/if}}"}}
      - narrate: {{id: w.2, text: "She was {{mood}}."}}
    """)  # fmt: skip
    got = " | ".join(lines)
    assert "5:5: L032" in got and "6:5: L032" in got, got


def test_a_line_shows_the_state_when_it_is_shown(content, tmp_path):
    from game.boot import build_context
    from game.input.actions import InputFrame
    from game.play.play import Play

    d = content / "dialogue"
    (d / "items.yaml").write_text("tokens: {name: Tokens}\n")
    (d / "w.yaml").write_text(
        "scene: w\nsteps:\n  - give: {item: tokens, count: 3}\n  - set: {mood: calm}\n"
        "  - narrate: {id: w.1, text: \"{count('tokens')} tokens; {if mood == 'calm'}calm{else}not{/if}.\"}\n"
    )
    ctx = build_context(tmp_path / "data", headless=True, root=content, quiet=True)
    play = Play(ctx, "room", "start")
    play.director.start("w")
    play.tick(InputFrame())
    assert play.director.box.text == "3 tokens; calm."
    assert play.state.backlog[-1][2] == "3 tokens; calm."
