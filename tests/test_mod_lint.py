"""`python -m game lint <mod folder>` checks a mod the way the game will play it (issue 14): the game
with the mod laid over it, every file by its kind, replacements in full, translations like the
game's; a mod may add actors, items and memories."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from game.boot import build_context
from game.story import lint
from game.story.translations import source_hash
from tests.mapkit import HALL, HALL_OBJECTS, make_content, write_map

GAME_SCENES = {
    "talk.yaml": """
        scene: talk_girl
        steps:
          - say: {who: girl_a, id: t.girl.1, text: "Hello."}
          - call: look_pillar
    """,
    "pillar.yaml": """
        scene: look_pillar
        steps:
          - narrate: {id: p.1, text: "A pillar."}
    """,
    "marble.yaml": """
        scene: memory_marble
        steps:
          - memory: marble
    """,
    "centre.yaml": """
        scene: enter_centre
        steps:
          - narrate: {id: c.1, text: "The centre."}
    """,
}

GOOD_MOD = {
    "mod.yaml": 'id: kind_words\nname: Kind Words\nversion: "1.0"\ndescription: A gift.\n',
    "dialogue/pillar.yaml": """
        scene: look_pillar
        steps:
          - narrate: {id: p.1, text: "A pillar, warm from the sun."}
          - say: {who: stranger, id: kw.stranger.1, text: "Take this."}
          - give: ribbon
          - memory: kw_ribbon
          - if: "has(\\"ribbon\\") and found(\\"kw_ribbon\\")"
            then:
              - narrate: {id: kw.narrate.1, text: "I kept it."}
    """,
    "dialogue/actors.yaml": "stranger: {name: A stranger, sprite: girl_a}\n",
    "dialogue/items.yaml": "ribbon: {name: A ribbon}\n",
    "dialogue/memories.yaml": 'kw_ribbon: {title: "The ribbon", text: "Blue."}\n',
    "lines.yaml": 't.girl.1: "Hello there."\n',
    "maps/hall.tmx": None,  # the game's hall, replaced
}


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip()


@pytest.fixture
def game(tmp_path, monkeypatch):
    root = make_content(tmp_path / "game")
    d = root / "dialogue"
    (d / "actors.yaml").write_text(
        "hero: {name: Kathy, sprite: hero}\ngirl_a: {name: Polly, sprite: girl_a}\n"
    )
    (d / "memories.yaml").write_text('marble: {title: "A marble"}\n')
    (d / "items.yaml").write_text("tokens: {name: Tokens}\n")
    for name, text in GAME_SCENES.items():
        (d / name).write_text(dedent(text))
    sprites = root / "assets" / "sprites"
    sprites.mkdir(parents=True)
    for name in ("hero", "girl_a"):
        (sprites / f"{name}.png").write_bytes(b"")
    (root / "assets" / "sfx").mkdir()
    (root / "assets" / "sfx" / "door.wav").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    return root


def make_mod(data: Path, files: dict[str, str | None], name: str = "kind_words") -> Path:
    folder = data / "mods" / name
    for rel, text in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if rel.endswith(".tmx"):
            write_map(path, HALL, HALL_OBJECTS)
        else:
            path.write_text(dedent(text or ""))
    return folder


def lint_mod(game: Path, folder: Path, capsys) -> tuple[int, list[str]]:
    rc = lint.main(["--root", str(game), str(folder)])
    out = capsys.readouterr().out
    return rc, [line.split(f"/{folder.name}/", 1)[-1] for line in out.splitlines()]


def test_the_game_itself_is_clean(game, capsys):
    assert lint.main(["--root", str(game)]) == 0, capsys.readouterr().out


def test_a_working_mod_lints_clean_and_plays(game, tmp_path, capsys):
    folder = make_mod(tmp_path / "data", GOOD_MOD)
    rc, lines = lint_mod(game, folder, capsys)
    assert (rc, lines) == (0, []), lines
    ctx = build_context(tmp_path / "data", headless=True, root=game, quiet=True, use_mods=True)
    assert not ctx.notices.lines, ctx.notices.lines
    lib = ctx.content
    assert lib.actors["stranger"].name == "A stranger" and "ribbon" in lib.items
    assert (
        lib.memories["kw_ribbon"].text == "Blue."
        and lib.scenes["look_pillar"].source == "kind_words"
    )
    assert ctx.maps.path("hall").parent == folder / "maps"


def test_a_replacement_is_checked_in_full(game, tmp_path, capsys):
    folder = make_mod(tmp_path / "data", {
        "mod.yaml": "id: bad\n",
        "dialogue/pillar.yaml": """
            scene: look_pillar
            steps:
              - say: {who: nobody, id: p.1, text: "x"}
              - wait: -3
        """,
    })  # fmt: skip
    rc, lines = lint_mod(game, folder, capsys)
    assert rc == 1
    assert any(ln.startswith("dialogue/pillar.yaml:4:11: S024") for ln in lines), lines


def test_errors_a_mod_causes_in_the_games_files_are_shown(game, tmp_path, capsys):
    folder = make_mod(tmp_path / "data", {
        "mod.yaml": "id: renamer\n",
        "dialogue/pillar.yaml": """
            scene: look_pillar_new
            steps:
              - narrate: {id: p.1, text: "x"}
        """,
    })  # fmt: skip
    rc, lines = lint_mod(game, folder, capsys)
    # The mod's scene has the game's scene id file name but a new id: both exist, and p.1 twice.
    assert rc == 1
    assert any("L020" in ln for ln in lines), lines


def test_an_error_a_mod_causes_in_the_games_own_file_is_shown(game, tmp_path, capsys):
    centre = game / "dialogue" / "centre.yaml"
    centre.write_text(centre.read_text() + '  - if: "seen(\\"p.1\\")"\n    then: []\n')
    assert lint.main(["--root", str(game)]) == 0, capsys.readouterr().out
    capsys.readouterr()
    folder = make_mod(tmp_path / "data", {
        "mod.yaml": "id: reworded\n",
        "dialogue/pillar.yaml": """
            scene: look_pillar
            steps:
              - narrate: {id: rw.1, text: "A column."}
        """,
    })  # fmt: skip
    rc, lines = lint_mod(game, folder, capsys)
    assert rc == 1
    assert any("centre.yaml:4:10: L015 no line has the id `p.1`" in ln for ln in lines), lines


def test_translations_in_mods_are_checked_like_the_games(game, tmp_path, capsys):
    lang = game / "dialogue" / "lang"
    lang.mkdir()
    (lang / "fr.yaml").write_text(
        f't.girl.1: {{text: "Bonjour.", source: {source_hash("Hello.")}}}\n'
        f'p.1: {{text: "Un pilier.", source: {source_hash("A pillar.")}}}\n'
        f'c.1: {{text: "Le centre.", source: {source_hash("The centre.")}}}\n'
    )
    long = "mot " * 120
    folder = make_mod(tmp_path / "data", {
        **GOOD_MOD,
        "lang/fr.yaml": f"""
            kw.stranger.1: {{text: "Prends \u2605.", source: {source_hash("Take this.")}}}
            kw.narrate.1: {{text: "{long}", source: {source_hash("I kept it.")}}}
        """,
    })  # fmt: skip
    rc, lines = lint_mod(game, folder, capsys)
    got = " | ".join(lines)
    assert "lang/fr.yaml:1:1: L033" in got  # a letter the font lacks
    assert "lang/fr.yaml:2:1: L032" in got  # too long for the box
    # The mod replaced t.girl.1 and p.1: the game's French lines are now stale, because of the mod.
    assert "T003 `t.girl.1` is stale" in got and "T003 `p.1` is stale" in got, got
    assert rc == 1


def test_enabled_must_be_true_or_false(game, tmp_path, capsys):
    folder = make_mod(tmp_path / "data", {**GOOD_MOD, "mod.yaml": 'id: kw\nenabled: "false"\n'})
    rc, lines = lint_mod(game, folder, capsys)
    assert rc == 1 and any(ln.startswith("mod.yaml:2:10: M001") for ln in lines), lines
    ctx = build_context(tmp_path / "data", headless=True, root=game, quiet=True, use_mods=True)
    assert ctx.mods.mods == [] and any("M001" in n for n in ctx.notices.lines)
    (folder / "mod.yaml").write_text("id: kw\nenabled: false\n")
    ctx = build_context(tmp_path / "data", headless=True, root=game, quiet=True, use_mods=True)
    assert ctx.mods.mods == [] and not ctx.notices.lines


def test_files_the_game_would_not_read_are_pointed_out(game, tmp_path, capsys):
    folder = make_mod(tmp_path / "data", {
        "mod.yaml": "id: lost\n",
        "scenes/x.yaml": "scene: x\nsteps: []\n",
        "dialogue/chapters.yaml": "x: {}\n",
        "lines.yaml": 'no.such.line: "x"\n',
    })  # fmt: skip
    rc, lines = lint_mod(game, folder, capsys)
    got = " | ".join(lines)
    assert "scenes/x.yaml:1:1: M003" in got and "dialogue/chapters.yaml:1:1: M003" in got
    assert "lines.yaml:1:1: M004" in got and rc == 1
