"""The generated JSON Schema and command reference: up to date, and the schema means something."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.story import refdoc, schema
from game.story.loader import scene_files
from game.story.model import REGISTRY
from game.story.yamlsrc import load_yaml, to_python
from tests.test_scenes import SAMPLE, SMALL

REPO = Path(__file__).resolve().parents[1]


def _value(text: str) -> object:
    root, problems = load_yaml(text)
    assert not problems
    return to_python(root)


def test_committed_schema_is_up_to_date():
    committed = (REPO / schema.SCHEMA_PATH).read_text(encoding="utf-8")
    assert committed == schema.render(), "run `python -m game schema`"


def test_committed_reference_is_up_to_date():
    committed = (REPO / refdoc.DOC_PATH).read_text(encoding="utf-8")
    assert committed == refdoc.command_reference(), "run `python -m game docs`"


def test_every_command_is_in_schema_and_reference():
    built, doc = schema.build_schema(), refdoc.command_reference()
    for key in REGISTRY:
        assert f"cmd_{key}" in built["definitions"]
        assert f"### `{key}`" in doc
    assert "| `L031` | warning |" in doc and "| `Y002` | error |" in doc


def test_every_command_example_validates():
    built = schema.build_schema()
    for key, cls in REGISTRY.items():
        if cls.example:
            scene = {"scene": "x", "steps": [_value(cls.example)]}
            assert schema.validate(scene, built) == [], key


def test_sample_scenes_validate():
    built = schema.build_schema()
    for text in (SAMPLE, SMALL):
        assert schema.validate(_value(text), built) == []


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("steps: []", "missing `scene`"),
        ("scene: x\nsteps:\n  - say: {who: a}", "missing `text`"),
        ("scene: x\nsteps:\n  - wait: soon", "matches no allowed form"),
        ("scene: x\nsteps:\n  - fade: {to: green}", "matches no allowed form"),
        ("scene: x\nsteps:\n  - say: {who: a, text: b, loud: true}", "unexpected `loud`"),
        ("scene: X Y\nsteps: []", "does not match"),
        ("scene: x\nsteps:\n  - set: {Bad-Name: 1}", "unexpected `Bad-Name`"),
        ("scene: x\nsteps:\n  - choice: []", "too few items"),
        ("scene: x\nextra: 1\nsteps: []", "unexpected `extra`"),
    ],
)
def test_bad_scenes_fail_validation(text, fragment):
    problems = schema.validate(_value(text), schema.build_schema())
    assert any(fragment in p for p in problems), problems


def test_shipped_scene_files_validate():
    files = scene_files(REPO / "dialogue")
    if not files:
        pytest.skip("dialogue/ has no scene files yet")
    built = json.loads((REPO / schema.SCHEMA_PATH).read_text(encoding="utf-8"))
    for path in files:
        root, problems = load_yaml(path.read_text(encoding="utf-8"))
        if root is None or problems:
            continue  # the linter reports these
        assert schema.validate(to_python(root), built) == [], path


def test_main_writes_both(tmp_path):
    assert schema.main([str(tmp_path / "s.json")]) == 0
    assert json.loads((tmp_path / "s.json").read_text())["$schema"].startswith("http://json-schema")
    assert refdoc.main([str(tmp_path / "c.md")]) == 0
    assert (tmp_path / "c.md").read_text().startswith("# Scene commands")


def test_modding_guide_carries_the_current_reference():
    text = (REPO / refdoc.MODDING).read_text(encoding="utf-8")
    assert text == refdoc.spliced(text, refdoc.command_reference()), "run `python -m game docs`"
