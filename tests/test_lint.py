"""The content linter: each check made to fire in a small content tree, exact positions asserted."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.story import lint
from game.story.lint.codes import CODES
from tests.mapkit import ROOM, make_content, write_map

REPO = Path(__file__).resolve().parents[1]

ACTORS = """hero: {name: Kathy, sprite: hero}
girl_a: {name: Polly, sprite: girl_a}
"""
SCENES = {
    "talk.yaml": """scene: talk_girl
beat: t01
steps:
  - say: {who: girl_a, id: t01.girl_a.1, text: "Hello."}
  - set: {met: true}
  - if: "met and count(\\"tokens\\") >= 0"
    then:
      - narrate: {id: t01.narrate.1, text: "We met."}
  - call: look_pillar
""",
    "pillar.yaml": """scene: look_pillar
steps:
  - narrate: {id: p.narrate.1, text: "A pillar."}
""",
    "marble.yaml": """scene: memory_marble
steps:
  - memory: marble
""",
    "centre.yaml": """scene: enter_centre
beat: t02
steps:
  - walk: {actor: girl_a, to: corner}  # beside her own npc; anyone else there is an L076
""",
}
STORY = "# Outline\n\n- `t01` The first beat.\n- `t02` The second beat.\n"


@pytest.fixture
def tree(tmp_path, monkeypatch):
    root = make_content(tmp_path / "c")
    d = root / "dialogue"
    (d / "actors.yaml").write_text(ACTORS)
    (d / "memories.yaml").write_text('marble: {title: "A marble"}\n')
    (d / "items.yaml").write_text("tokens: {name: Tokens}\n")
    (d / "chapters.yaml").write_text("school: {title: School, map: room, spawn: start}\n")
    for name, text in SCENES.items():
        (d / name).write_text(text)
    sprites = root / "assets" / "sprites"
    sprites.mkdir(parents=True)
    for name in ("hero", "girl_a"):
        (sprites / f"{name}.png").write_bytes(b"")
    (root / "assets" / "sfx").mkdir()
    (root / "assets" / "sfx" / "door.wav").write_bytes(b"")
    (root / "STORY.md").write_text(STORY)
    monkeypatch.chdir(root)
    return root


def run(root: Path, capsys, *args: str) -> tuple[int, list[str], str]:
    rc = lint.main(["--root", str(root), "--story", str(root / "STORY.md"), *args])
    out, err = capsys.readouterr()
    return rc, out.splitlines(), err


def scene(root: Path, name: str, body: str) -> None:
    (root / "dialogue" / name).write_text(textwrap.dedent(body).lstrip())


def test_base_tree_is_clean(tree, capsys):
    rc, lines, err = run(tree, capsys)
    assert (rc, lines) == (0, []), lines
    assert err.startswith("clean: 4 scenes, 2 maps")


# (file body, expected line prefixes); the scene is reached from talk_girl via a call.
CASES = {
    "L001": ("- goto: nowhere", "3:5: L001"),
    "L002": ('- say: {who: nobody, id: x.n.1, text: "Hi."}', "3:5: L002"),
    "L003": ('- say: {who: girl_a, id: x.g.1, face: angry, text: "Hi."}', "3:5: L003"),
    "L004": ("- walk: {actor: hero, to: nowhere}", "3:5: L004"),
    "L005": ("- walk: {actor: hero, path: [from_room]}", "3:5: L005"),
    "L006": ("- warp: {map: nowhere, spawn: start}", "3:5: L006"),
    "L007": ("- warp: {map: hall, spawn: nowhere}", "3:5: L007"),
    "L008": ("- music: nowhere", "3:5: L008"),
    "L009": ("- sound: nowhere", "3:5: L009"),
    "L010": ("- give: nowhere", "3:5: L010"),
    "L011": ("- memory: nowhere", "3:5: L011"),
    "L012": ("- end_chapter: nowhere", "3:5: L012"),
    "L013": ("- costume: {actor: hero, sprite: nowhere}", "3:5: L013"),
    "L015": ('- if: "seen(\\"x.none\\")"\n  then: []', "3:10: L015"),
    "L016": ("- ambient: nowhere", "3:5: L016"),
    "E001": ('- if: "met and"', "3:17: E001"),
    "E002": ('- if: "nobody_sets_this"', "3:10: E002"),
    "E003": ('- if: "met + 1"', "3:10: E003"),
    "E004": ('- if: "magic(1)"', "3:10: E004"),
    "L032": ("- narrate: {id: x.n.9, text: " + '"' + "word " * 200 + '"}', "3:5: L032"),
    "L033": ('- narrate: {id: x.n.10, text: "A star \u2605 here."}', "3:5: L033"),
    "Y002": ("- narrate: {id: x.n.8, text: a, text: b}", "3:35: Y002"),
    "S001": ("- sya: {}", "3:5: S001"),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_each_check_reports_its_code_at_the_place(tree, capsys, code):
    step, where = CASES[code]
    body = "scene: extra\nsteps:\n" + textwrap.indent(step, "  ") + "\n"
    (tree / "dialogue" / "extra.yaml").write_text(body)
    talk = tree / "dialogue" / "talk.yaml"
    talk.write_text(talk.read_text() + "  - call: extra\n")
    rc, lines, _ = run(tree, capsys)
    assert any(ln.startswith(f"{Path('dialogue/extra.yaml')}:{where}") for ln in lines), lines
    assert rc == (0 if code in ("L005", "L033") else 1)  # warnings do not fail a run


def test_duplicate_line_ids_point_at_both(tree, capsys):
    scene(
        tree,
        "pillar.yaml",
        'scene: look_pillar\nsteps:\n  - narrate: {id: t01.girl_a.1, text: "x"}\n',
    )
    rc, lines, _ = run(tree, capsys)
    assert rc == 1
    assert any(ln.startswith(f"{Path('dialogue/pillar.yaml')}:3:5: L020") for ln in lines)
    assert any(ln.startswith(f"{Path('dialogue/talk.yaml')}:4:5: L020") for ln in lines)


def test_missing_id_is_info_and_unread_flag_a_warning(tree, capsys):
    scene(tree, "pillar.yaml", """
        scene: look_pillar
        steps:
          - narrate: "no id here"
          - choice:
              - text: "Go"
          - set: {never_read: 1}
    """)  # fmt: skip
    (tree / "dialogue" / "pillar.yaml").write_text(
        (tree / "dialogue" / "pillar.yaml")
        .read_text()
        .replace('- narrate: "no id here"', "- narrate: {text: no id here}")
    )
    rc, lines, _ = run(tree, capsys)
    prefixes = [ln.split(" ")[0] + " " + ln.split(" ")[1] for ln in lines]
    p = Path("dialogue/pillar.yaml")
    assert f"{p}:3:5: L021" in prefixes
    assert f"{p}:5:9: L021" in prefixes
    assert f"{p}:6:5: L030" in prefixes
    assert rc == 0
    assert run(tree, capsys, "--strict")[0] == 1


def test_unreachable_scene_and_beats(tree, capsys):
    scene(tree, "lost.yaml", "scene: lost\nbeat: zz9\nsteps:\n  - narrate: {id: l.1, text: x}\n")
    (tree / "STORY.md").write_text(STORY + "- `t03` A third beat.\n")
    rc, lines, _ = run(tree, capsys)
    assert f"{Path('dialogue/lost.yaml')}:1:1: L031" in [ln[: ln.index(" L0") + 5] for ln in lines]
    assert any(ln.startswith(f"{Path('dialogue/lost.yaml')}:2:1: L041") for ln in lines)
    assert any(ln.startswith("STORY.md:5:4: L040 no scene declares beat `t03`") for ln in lines)
    assert rc == 1


def test_map_checks(tree, capsys):
    objects = [
        ("spawn", "a", 16, 16, 0, 0, {}),
        ("spawn", "a", 32, 16, 0, 0, {}),
        ("gadget", "g", 16, 16, 16, 16, {}),
        ("door", "d", 16, 16, 16, 16, {"map": "room"}),
        ("warp", "w", 16, 16, 16, 16, {"map": "nowhere", "spawn": "x"}),
        ("npc", "n", 16, 16, 16, 16, {"actor": "ghost", "scene": "talk_girl", "condition": "unknown_flag"}),
        ("look", "l", 16, 16, 16, 16, {"scene": "missing_scene", "condition": "met and"}),
    ]  # fmt: skip
    write_map(tree / "maps" / "yard.tmx", ROOM, objects)
    (tree / "maps" / "broken.tmx").write_text("<map><oops")
    rc, lines, _ = run(tree, capsys)
    yard, broken = Path("maps/yard.tmx"), Path("maps/broken.tmx")
    got = {ln.split(": ", 1)[0] + ": " + ln.split(": ", 1)[1].split(" ")[0] for ln in lines}
    text = (tree / "maps/yard.tmx").read_text().splitlines()

    def at(obj_id: int) -> int:  # the line of an object's tag
        return next(i for i, t in enumerate(text, 1) if f'<object id="{obj_id}"' in t)

    expected = {
        f"{broken}:1:1: L050",
        f"{yard}:{at(2)}:1: L053",
        f"{yard}:{at(3)}:1: L051",
        f"{yard}:{at(4)}:1: L052",
        f"{yard}:{at(5)}:1: L006",
    }
    assert expected <= got, sorted(got)
    npc = next(ln for ln in lines if ln.startswith(f"{yard}") and "L002" in ln)
    assert "ghost" in npc
    assert any(ln.startswith(f"{yard}:") and "E002 npc `n` condition" in ln for ln in lines)
    assert any(
        ln.startswith(f"{yard}:") and "L001 unknown scene `missing_scene`" in ln for ln in lines
    )
    assert any(ln.startswith(f"{yard}:") and " E001 look `l` condition" in ln for ln in lines)
    assert rc == 1


def test_data_files_and_manifest(tree, capsys):
    (tree / "dialogue" / "game.yaml").write_text("title: T\nplayer: {actor: hero, sprite: ghost}\n")
    (tree / "dialogue" / "actors.yaml").write_text(ACTORS + "lucy: {name: Lucy, portrait: lucy}\n")
    (tree / "dialogue" / "chapters.yaml").write_text(
        "school: {map: room, spawn: start, scene: nope}\n"
    )
    rc, lines, _ = run(tree, capsys)
    got = [ln.split(" ")[0] + " " + ln.split(" ")[1] for ln in lines]
    assert f"{Path('dialogue/game.yaml')}:1:1: L060" in got
    assert f"{Path('dialogue/game.yaml')}:2:31: L013" in got
    assert f"{Path('dialogue/actors.yaml')}:3:1: L014" in got
    assert f"{Path('dialogue/chapters.yaml')}:1:1: L001" in got
    assert rc == 1


def test_duplicate_scene_id_and_path_filter_and_json(tree, capsys):
    scene(tree, "again.yaml", "scene: look_pillar\nsteps:\n  - narrate: {id: a.1, text: x}\n")
    rc, lines, _ = run(tree, capsys)
    assert any(ln.startswith(f"{Path('dialogue/again.yaml')}:1:1: S110") for ln in lines)
    assert any(ln.startswith(f"{Path('dialogue/pillar.yaml')}:1:1: S110") for ln in lines)
    rc, lines, _ = run(tree, capsys, "dialogue/again.yaml")
    assert lines and all(ln.startswith(str(Path("dialogue/again.yaml"))) for ln in lines)
    rc, lines, _ = run(tree, capsys, "--format", "json", "dialogue/again.yaml")
    rows = json.loads("\n".join(lines))
    assert rows[0]["code"] == "S110" and rows[0]["severity"] == "error" and rows[0]["line"] == 1
    assert set(rows[0]) == {"file", "line", "col", "code", "severity", "message"}
    assert rc == 1


def test_internal_error_becomes_l999_not_a_traceback(tree, capsys, monkeypatch):
    from game.story.lint import scenes as lint_scenes

    def boom(self, scene):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(lint_scenes.SceneChecks, "second_pass", boom)
    rc, lines, _ = run(tree, capsys)
    assert rc == 1
    assert any(" L999 internal error: RuntimeError: kaboom" in ln for ln in lines)


def test_every_engine_code_is_documented():
    used = set()
    for path in (REPO / "game").rglob("*.py"):
        used |= set(re.findall(r"\"([SEYL]\d{3})\"", path.read_text(encoding="utf-8")))
    assert used - set(CODES) == set()


def test_a_large_file_is_linted(tree, capsys):
    # How fast is measured by `python -m game bench` (lint figure), never here: a test must pass on
    # a busy machine as on an idle one.
    # A long but plausible scene: lines of about 110 characters, 1 MB in all. (Most of the time
    # goes to PyYAML's pure-Python parser inside yamlsrc; the linter's own passes are linear.)
    text = (
        "Line {i}: we walked along the fence until the light went, and nobody said a word about it."
    )
    body = "".join(
        f'  - say: {{who: girl_a, id: big.g.{i}, text: "{text.format(i=i)}"}}\n'
        for i in range(7600)
    )
    (tree / "dialogue" / "big.yaml").write_text("scene: big\nsteps:\n" + body)
    assert (tree / "dialogue" / "big.yaml").stat().st_size > 1_000_000
    _rc, lines, _ = run(tree, capsys)
    reach = "L031 nothing reaches scene `big` (no map object, goto/call or chapter)"
    assert lines == [f"{Path('dialogue/big.yaml')}:1:1: {reach}"]


SCALARS = st.sampled_from(["x", "", "no", "1.0", "{", "}", "[", "- ", ": ", "\t", '"', "'", "&a", "*a",
                           "say", "who", "text", "if", "then", "choice", "goto", "\n", "  ", "#", "\u2028"])  # fmt: skip


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(SCALARS, max_size=40), st.integers(0, 400))
def test_mutated_files_never_crash(tree, capsys, pieces, cut):
    base = SCENES["talk.yaml"]
    text = base[:cut] + "".join(pieces) + base[cut:]
    (tree / "dialogue" / "talk.yaml").write_text(text)
    rc, lines, _ = run(tree, capsys)
    assert rc in (0, 1)
    assert not any("L999" in ln for ln in lines), lines


def test_shipped_content_lints_clean(capsys, monkeypatch):
    from game.story.loader import scene_files

    if not scene_files(REPO / "dialogue"):
        pytest.skip("dialogue/ has no scene files yet")
    monkeypatch.chdir(REPO)
    rc = lint.main(["--root", str(REPO)])
    out = capsys.readouterr().out
    assert rc == 0, out


def test_translations_missing_stale_and_gone(tree, capsys):
    from game.story.translations import source_hash

    lang = tree / "dialogue" / "lang"
    lang.mkdir()
    (lang / "fr.yaml").write_text(
        f'p.narrate.1: {{text: "Un pilier.", source: {source_hash("A pillar.")}}}\n'
        't01.girl_a.1: {text: "Salut.", source: 00000000}\n'
        'gone.line.1: "Perdu."\n'
        "t01.narrate.1: {source: abc}\n"
    )
    rc, lines, _ = run(tree, capsys)
    got = [line.rpartition("lang/")[2] for line in lines]
    assert rc == 1  # the entry without text is an error
    assert any(g.startswith("fr.yaml:4:16: T001") for g in got), got
    assert any(g.startswith("fr.yaml:2:1: T003") for g in got), got
    assert any(g.startswith("fr.yaml:3:1: T002") for g in got), got
    assert any(g.startswith("fr.yaml:1:1: T004") and "t01.narrate.1" in g for g in got), got
