"""The writer's tools on the command line (issue 14): the scene graph with word counts
(`python -m game story`) and translation files (`python -m game lang`)."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pygame
import pytest

from game.story import langstub, lint, storymap
from game.story.translations import source_hash
from tests.mapkit import make_content

SCENES = {
    "opening.yaml": 'scene: opening\nchapter: school\nsteps:\n  - narrate: {id: o.1, text: "It began."}\n'
    "  - goto: second\n",
    "second.yaml": 'scene: second\nchapter: school\nsteps:\n  - say: {who: girl_a, id: s.1, text: "Two words."}\n'
    '  - call: aside\n  - end_chapter: ""\n',
    "aside.yaml": 'scene: aside\nchapter: school\nsteps:\n  - choice:\n      - {id: a.1, text: "Go on"}\n'
    '      - {id: a.2, text: "Stay {if met}here{/if}"}\n  - set: {met: true}\n',
    "talk.yaml": 'scene: talk_girl\nchapter: school\nsteps:\n  - narrate: {id: t.1, text: "Hello, you."}\n',
}


@pytest.fixture
def game(tmp_path, monkeypatch):
    root = make_content(tmp_path / "game")
    d = root / "dialogue"
    (d / "actors.yaml").write_text("girl_a: {name: Polly, sprite: girl_a}\n")
    (d / "chapters.yaml").write_text(
        "school: {title: School Days, map: hall, spawn: from_room, scene: opening}\n"
    )
    for name, text in SCENES.items():
        (d / name).write_text(text)
    monkeypatch.chdir(root)
    return root


def test_the_story_as_text_with_word_counts(game, capsys):
    assert storymap.main(["--root", str(game)]) == 0
    out = capsys.readouterr().out
    assert "School Days [school]: 4 scenes, 10 words" in out  # {if met} is markup, not words
    assert (
        "  second (2 words)\n    from: goto from opening\n    to:   next_chapter end, call aside"
        in out
    )
    assert "talk_girl (2 words)\n    from: npc `girl` on map room" in out
    assert "opening (2 words)\n    from: opening of chapter school" in out


def test_the_story_as_pictures(game, tmp_path, capsys):
    for ext in ("svg", "png", "dot"):
        assert storymap.main(["--root", str(game), "--out", str(tmp_path / f"s.{ext}")]) == 0
    svg = ElementTree.parse(tmp_path / "s.svg").getroot()
    texts = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")]
    assert "School Days — 10 words" in texts and "aside" in texts
    assert pygame.image.load(str(tmp_path / "s.png")).get_width() > 300
    dot = (tmp_path / "s.dot").read_text()
    assert '"opening" -> "second" [style=solid, label="goto"]' in dot


def test_a_translation_stub_then_kept_refreshed_and_linted(game, capsys):
    path = game / "dialogue" / "lang" / "fr.yaml"
    assert langstub.main(["fr", "--root", str(game)]) == 0
    text = path.read_text()
    assert f'# en: "It began."\no.1: {{text: "", source: {source_hash("It began.")}}}' in text
    assert text.index("o.1:") < text.index("s.1:") < text.index("a.1:")
    lint.main(["--root", str(game)])
    about_fr = [ln for ln in capsys.readouterr().out.splitlines() if "fr.yaml" in ln]
    assert len(about_fr) == 1 and "T004 5 lines not translated into fr yet" in about_fr[0]

    path.write_text(
        text.replace('o.1: {text: ""', 'o.1: {text: "Ça commença."').replace(
            f'a.1: {{text: "", source: {source_hash("Go on")}}}', 'a.1: "Continuer"'
        )
    )
    scene = game / "dialogue" / "opening.yaml"
    scene.write_text(scene.read_text().replace("It began.", "It all began."))
    assert langstub.main(["fr", "--root", str(game)]) == 0
    assert "1 hashes filled" in capsys.readouterr().err  # a.1 had no hash: it gets the current one
    lint.main(["--root", str(game)])
    assert "T003 `o.1` is stale" in capsys.readouterr().out
    assert langstub.main(["fr", "--root", str(game), "--refresh", "o.1"]) == 0
    assert "1 refreshed" in capsys.readouterr().err
    text = path.read_text()
    assert f'o.1: {{text: "Ça commença.", source: {source_hash("It all began.")}}}' in text
    lint.main(["--root", str(game)])
    assert "T003" not in capsys.readouterr().out


def test_a_mods_translation_holds_its_own_lines(game, tmp_path, capsys):
    mod = tmp_path / "mods" / "m"
    (mod / "dialogue").mkdir(parents=True)
    (mod / "mod.yaml").write_text("id: m\n")
    (mod / "dialogue" / "extra.yaml").write_text(
        'scene: talk_girl\nsteps:\n  - narrate: {id: m.1, text: "From the mod."}\n'
    )
    (mod / "lines.yaml").write_text('o.1: "It started."\n')
    assert langstub.main(["de", str(mod), "--root", str(game)]) == 0
    text = (mod / "lang" / "de.yaml").read_text()
    assert (
        "m.1:" in text
        and f'# en: "It started."\no.1: {{text: "", source: {source_hash("It started.")}}}' in text
    )
    assert "s.1:" not in text
    assert not Path(game / "dialogue" / "lang" / "de.yaml").exists()
