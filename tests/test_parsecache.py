"""The parse cache: parsed scene files kept on disk as JSON by their bytes' hash. What it gives
back is exactly what the parser gives; an entry that is damaged, for other bytes or of another
shape is parsed afresh and written again, never trusted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.story.loader import ParseMemo, read_scene_file, scene_files
from game.story.parsecache import DiskCache, decode, encode
from game.story.yamlsrc import load_yaml

ROOT = Path(__file__).resolve().parents[1]
FILES = scene_files(ROOT / "dialogue")


def test_every_shipped_scene_file_comes_back_from_the_cache_as_parsed(tmp_path) -> None:
    disk = DiskCache(tmp_path)
    for path in FILES:
        fresh = read_scene_file(path)
        read_scene_file(path, cache=disk)  # writes the entry
        cached = read_scene_file(path, cache=disk)
        assert repr(cached.scene) == repr(fresh.scene) and cached.problems == fresh.problems
    assert disk.hits == len(FILES) and disk.misses == len(FILES)


def test_trees_of_every_kind_of_value_survive_json(tmp_path) -> None:
    text = (
        "a: no\nb: 1.5\nc: 2024-01-02\nd: 'quoted'\ne: |\n  block\n  text\nf: [1, null, .inf]\n"
        "g: {h: 0x1f}\nbad: 2024-13-45\n"
    )
    root, _problems = load_yaml(text)
    again = decode(json.loads(json.dumps(encode(root))))
    assert again == root


def test_problems_of_a_broken_file_are_kept_too(tmp_path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("scene: x\nsteps:\n  - say: {who: a, text: b}\n  - say: {who: a, text: b\n")
    disk = DiskCache(tmp_path / "cache")
    fresh = read_scene_file(path)
    read_scene_file(path, cache=disk)
    assert read_scene_file(path, cache=disk).problems == fresh.problems and fresh.problems
    assert disk.hits == 1


def _entries(disk: DiskCache) -> list[Path]:
    return sorted(disk.folder.rglob("*.json"))


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: "{not json",
        lambda data: json.dumps(data | {"sha256": "0" * 64}),  # another file's entry
        lambda data: json.dumps(data | {"root": ["s", 1, 1]}),  # a node cut short
        lambda data: json.dumps(data | {"root": ["x", 1, 1, []]}),  # no such node
        lambda data: json.dumps(
            data | {"root": ["m", 1, 1, [["q", 1, 1, []], ["s", 1, 1, "a", "plain", "str", 1, 2]]]}
        ),
        lambda data: json.dumps(data | {"problems": [[1, "one", "Y001", "x"]]}),
        lambda data: "[" * 100_000 + "]" * 100_000,  # deeper than any parser allows
        lambda data: json.dumps({"__reduce__": "os.system", "sha256": data["sha256"]}),
    ],
)
def test_a_bad_entry_is_parsed_afresh_and_replaced(tmp_path, damage) -> None:
    path = FILES[0]
    disk = DiskCache(tmp_path)
    fresh = read_scene_file(path)
    read_scene_file(path, cache=disk)
    (entry,) = _entries(disk)
    entry.write_text(damage(json.loads(entry.read_text())), encoding="utf-8")
    got = read_scene_file(path, cache=disk)
    assert repr(got.scene) == repr(fresh.scene) and got.problems == fresh.problems
    assert disk.hits == 0 and disk.misses == 2
    assert read_scene_file(path, cache=disk).scene is not None and disk.hits == 1  # rewritten


def test_a_changed_file_is_a_new_entry_and_a_cache_that_cannot_be_written_is_skipped(
    tmp_path,
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("scene: a\nsteps:\n  - wait: 1\n")
    disk = DiskCache(tmp_path / "cache")
    read_scene_file(path, cache=disk)
    path.write_text("scene: a\nsteps:\n  - wait: 2\n")
    assert read_scene_file(path, cache=disk).scene.steps[0].args["ticks"] == 2
    assert len(_entries(disk)) == 2
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    stuck = DiskCache(blocked)  # its folder cannot be made: nothing is kept, nothing fails
    assert read_scene_file(path, cache=stuck).scene is not None


def test_entries_of_another_reader_version_are_removed(tmp_path) -> None:
    old = tmp_path / "yaml-0-000000000000"
    (old / "ab").mkdir(parents=True)
    (old / "ab" / "x.json").write_text("{}")
    DiskCache(tmp_path)
    assert not old.exists()


def test_a_memo_with_a_disk_cache_reads_the_library_the_same(tmp_path) -> None:
    from game.story.library import load_library

    plain = load_library(ROOT / "dialogue")
    for _ in range(2):  # written, then read back
        cached = load_library(ROOT / "dialogue", memo=ParseMemo(DiskCache(tmp_path)))
        assert {k: repr(v) for k, v in cached.scenes.items()} == {
            k: repr(v) for k, v in plain.scenes.items()
        }
        assert cached.flag_types == plain.flag_types and cached.problems == plain.problems
