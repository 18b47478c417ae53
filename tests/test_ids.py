"""The line-id tool: inserts ids without touching anything else; stable, idempotent, deterministic."""

from __future__ import annotations

from game.story import ids
from game.story.loader import read_scene_text

FLOW_AND_BLOCK = """# keep this comment
scene: h02_ball
beat: h02
steps:
  - say: {who: lucy, text: "Why did he stop?"}   # and this one
  - say: {who: lucy, id: h02.lucy.1, text: 'Already has one'}
  - narrate:
      text: >
        Folded text, kept as it is.
  - if: "x"
    then:
      - choice:
          - text: "Tell her"
            set: {x: true}
          - {text: "Nothing", id: h02.choice.1}
          - text: "Third"
            then:
              - say:
                  who: miss_lucy
                  text: hi
"""

EXPECTED = """# keep this comment
scene: h02_ball
beat: h02
steps:
  - say: {id: h02.lucy.2, who: lucy, text: "Why did he stop?"}   # and this one
  - say: {who: lucy, id: h02.lucy.1, text: 'Already has one'}
  - narrate:
      id: h02.narrate.1
      text: >
        Folded text, kept as it is.
  - if: "x"
    then:
      - choice:
          - id: h02.choice.2
            text: "Tell her"
            set: {x: true}
          - {text: "Nothing", id: h02.choice.1}
          - id: h02.choice.3
            text: "Third"
            then:
              - say:
                  id: h02.miss_lucy.1
                  who: miss_lucy
                  text: hi
"""


def test_flow_and_block_styles_nested_and_comments_kept():
    out, added = ids.assign(FLOW_AND_BLOCK, set())
    assert out == EXPECTED
    assert [i for _l, _c, i in added] == [
        "h02.lucy.2", "h02.narrate.1", "h02.choice.2", "h02.choice.3", "h02.miss_lucy.1",
    ]  # fmt: skip


def test_idempotent_and_deterministic():
    once, _ = ids.assign(FLOW_AND_BLOCK, set())
    again, added = ids.assign(once, set())
    assert (again, added) == (once, [])
    assert ids.assign(FLOW_AND_BLOCK, set())[0] == once


def test_ids_used_elsewhere_are_skipped():
    out, _ = ids.assign(FLOW_AND_BLOCK, {"h02.lucy.2", "h02.lucy.3", "h02.narrate.1"})
    assert "{id: h02.lucy.4, who: lucy" in out
    assert "id: h02.narrate.2" in out


def _args(cmd):
    """Parameters without the id, conditions by their text (their line numbers move)."""
    return {k: getattr(v, "text", v) for k, v in cmd.args.items() if k != "id"}


def test_round_trip_through_the_loader_is_the_same_scene_with_ids():
    before, problems = read_scene_text(FLOW_AND_BLOCK, "a.yaml")
    out, _ = ids.assign(FLOW_AND_BLOCK, set())
    after, problems_after = read_scene_text(out, "a.yaml")
    assert problems == problems_after == []
    old, new = before.walk(), after.walk()
    assert [type(c) for c in old] == [type(c) for c in new]
    for a, b in zip(old, new, strict=True):
        assert _args(b) == _args(a)
        assert not b.line_id() or not b.line_id().startswith("@")
    options = [o for c in new for o in getattr(c, "options", [])]
    assert [o.id for o in options] == ["h02.choice.2", "h02.choice.1", "h02.choice.3"]
    assert [o.text for o in options] == ["Tell her", "Nothing", "Third"]


def test_crlf_line_endings_and_scene_id_prefix():
    text = (
        "scene: lone\r\nsteps:\r\n  - narrate:\r\n      text: hello\r\n  - narrate: {text: x}\r\n"
    )
    out, _ = ids.assign(text, set())
    assert out == (
        "scene: lone\r\nsteps:\r\n  - narrate:\r\n      id: lone.narrate.1\r\n      text: hello\r\n"
        "  - narrate: {id: lone.narrate.2, text: x}\r\n"
    )


def test_broken_yaml_is_left_alone():
    text = "scene: x\nsteps:\n  - say: {who: a, text: [unclosed\n"
    assert ids.assign(text, set()) == (text, [])


def test_main_writes_files_and_check_reports(tmp_path, capsys):
    d = tmp_path / "dialogue"
    d.mkdir()
    (d / "a.yaml").write_text(FLOW_AND_BLOCK)
    (d / "b.yaml").write_text("scene: other\nbeat: h02\nsteps:\n  - say: {who: lucy, text: x}\n")
    assert ids.main(["--root", str(tmp_path), "--check"]) == 1
    out = capsys.readouterr().out
    assert f"{d / 'a.yaml'}:5:10: L021 needs an id" in out
    assert (d / "a.yaml").read_text() == FLOW_AND_BLOCK  # --check changes nothing
    assert ids.main(["--root", str(tmp_path)]) == 0
    assert (d / "a.yaml").read_text() == EXPECTED
    assert "{id: h02.lucy.3, who: lucy" in (d / "b.yaml").read_text()  # unique across files
    assert ids.main(["--root", str(tmp_path), "--check"]) == 0


def test_only_named_paths_change_but_all_ids_count(tmp_path):
    d = tmp_path / "dialogue"
    d.mkdir()
    (d / "a.yaml").write_text("scene: a\nbeat: h01\nsteps:\n  - narrate: {text: x}\n")
    (d / "b.yaml").write_text(
        "scene: b\nbeat: h01\nsteps:\n  - narrate: {id: h01.narrate.1, text: y}\n  - narrate: {text: z}\n"
    )
    assert ids.main(["--root", str(tmp_path), str(d / "a.yaml")]) == 0
    assert "{id: h01.narrate.2, text: x}" in (d / "a.yaml").read_text()
    assert "{text: z}" in (d / "b.yaml").read_text()
