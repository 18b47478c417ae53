"""Durable files: atomic writes with backups, JSON reading with reasons, keeping bad files, fingerprint."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.paths import content_root
from game.save.fingerprint import content_fingerprint
from game.save.store import (
    StoreError,
    backup_path,
    keep_aside,
    read_json,
    repair,
    write_atomic,
)


def test_write_atomic_creates_and_replaces_keeping_the_previous_version(tmp_path):
    path = tmp_path / "deep" / "slot.json"
    write_atomic(path, b'{"v": 1}')
    assert path.read_bytes() == b'{"v": 1}'
    assert not backup_path(path).exists()  # nothing to back up the first time
    write_atomic(path, b'{"v": 2}')
    write_atomic(path, b'{"v": 3}')
    assert path.read_bytes() == b'{"v": 3}'
    assert backup_path(path).read_bytes() == b'{"v": 2}'
    assert sorted(p.name for p in path.parent.iterdir()) == ["slot.json", "slot.json.bak"]


def test_write_atomic_without_backup_leaves_the_old_backup_alone(tmp_path):
    path = tmp_path / "f.json"
    write_atomic(path, b"1")
    write_atomic(path, b"2")
    write_atomic(path, b"3", keep_backup=False)
    assert path.read_bytes() == b"3"
    assert backup_path(path).read_bytes() == b"1"


def test_backup_is_a_separate_file_not_changed_by_later_writes(tmp_path):
    path = tmp_path / "f.json"
    write_atomic(path, b"old")
    write_atomic(path, b"new")
    os.chmod(path, 0o644)
    write_atomic(path, b"newer", keep_backup=False)
    assert backup_path(path).read_bytes() == b"old"


def test_stale_temporary_files_from_a_killed_write_are_removed(tmp_path):
    path = tmp_path / "f.json"
    stale = tmp_path / ".f.json.abc123.tmp"
    stale.write_bytes(b"half a fi")
    other = tmp_path / ".g.json.abc123.tmp"  # another file's temporary: not ours to remove
    other.write_bytes(b"x")
    write_atomic(path, b"whole")
    assert not stale.exists()
    assert other.exists()


def test_write_atomic_failure_is_a_store_error_and_keeps_the_old_file(tmp_path):
    path = tmp_path / "f.json"
    write_atomic(path, b"old")
    blocker = tmp_path / "file_not_folder"
    blocker.write_text("x")
    with pytest.raises(StoreError):
        write_atomic(blocker / "inside.json", b"data")
    path.with_name("f.json.bak").mkdir()  # a folder where the backup goes: the replace fails
    with pytest.raises(StoreError):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "missing"),
        (b"", "empty"),
        (b"  \n\t", "empty"),
        (b'{"chapter": "a", "pla', "truncated"),
        (b'{"chapter": "a", "place": ', "truncated"),
        (b'{"chapter": "a", "place": "b"', "truncated"),
        (b'{"a": 1,\n "b": ]}', "not JSON (line 2, column 7"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not text"),
        (b'{"a": "\x00"}', "not text"),
        (b"[1, 2, 3]", "not an object (the file holds a list)"),
        (b'"just a string"', "not an object"),
        (b'{"a": NaN}', "not usable"),
        (b"[" * 100_000 + b"]" * 100_000, "not usable (nested too deeply)"),
        (b'{"a": ' + b"9" * 5000 + b"}", "not usable"),
    ],
)
def test_read_json_reasons(tmp_path, content, reason):
    path = tmp_path / "f.json"
    if content is not None:
        path.write_bytes(content)
    data, why = read_json(path)
    assert data is None
    assert why is not None and why.startswith(reason), why


def test_read_json_too_large_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "f.json"
    with open(path, "wb") as f:
        f.truncate(9_000_000)  # sparse: costs nothing
    assert read_json(path) == (None, "too large (9,000,000 bytes)")
    path.write_bytes(b'{"a": 1}')
    assert read_json(path, max_bytes=4)[1].startswith("too large")


def test_read_json_reads_objects_and_folders_are_unreadable(tmp_path):
    path = tmp_path / "f.json"
    path.write_text('{"a": [1, "é"]}', encoding="utf-8")
    assert read_json(path) == ({"a": [1, "é"]}, None)
    assert read_json(tmp_path)[1].startswith("unreadable")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_read_json_never_raises_on_any_bytes(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("r") / "f.json"
    path.write_bytes(raw)
    data, why = read_json(path)
    assert (data is None) != (why is None)
    assert data is None or isinstance(data, dict)


def test_keep_aside_numbers_copies_and_does_not_duplicate(tmp_path):
    path = tmp_path / "settings.json"
    path.write_bytes(b"{broken")
    assert keep_aside(path) == tmp_path / "settings.json.bad-1"
    assert keep_aside(path) == tmp_path / "settings.json.bad-1"  # same bytes: kept already
    path.write_bytes(b"{broken differently")
    assert keep_aside(path) == tmp_path / "settings.json.bad-2"
    assert (tmp_path / "settings.json.bad-1").read_bytes() == b"{broken"
    assert keep_aside(tmp_path / "nothing.json") is None


def test_repair_keeps_the_bad_file_then_writes_once(tmp_path):
    path = tmp_path / "p.json"
    path.write_bytes(b"{bad")
    msg = repair(
        path, ["could not be read (x)"], lambda: write_atomic(path, b"{}", keep_backup=False)
    )
    assert "p.json.bad-1" in msg and "could not be read" in msg
    assert path.read_bytes() == b"{}"
    assert (tmp_path / "p.json.bad-1").read_bytes() == b"{bad"


def _content(root: Path) -> Path:
    (root / "dialogue" / "ch1").mkdir(parents=True)
    (root / "maps").mkdir()
    (root / "dialogue" / "ch1" / "a.yaml").write_bytes(b"scene: a\nsteps: []\n")
    (root / "dialogue" / "game.yaml").write_bytes(b"start: ch1\n")
    (root / "maps" / "m.tmx").write_bytes(b"<map/>\n")
    return root


def test_fingerprint_is_stable_and_follows_content(tmp_path):
    root = _content(tmp_path / "c")
    first = content_fingerprint(root)
    assert len(first) == 16 and int(first, 16) >= 0
    assert content_fingerprint(root) == first
    (root / "notes.txt").write_text("not content")
    (root / "maps" / "tilesets").mkdir()
    (root / "maps" / "tilesets" / "t.tsx").write_text("<tileset/>")
    assert content_fingerprint(root) == first  # only scenes and maps count
    (root / "dialogue" / "ch1" / "a.yaml").write_bytes(b"scene: a\r\nsteps: []\r\n")
    assert content_fingerprint(root) == first  # newlines normalised
    (root / "dialogue" / "ch1" / "a.yaml").write_bytes(b"scene: a\nsteps: [x]\n")
    assert content_fingerprint(root) != first
    (root / "dialogue" / "ch1" / "a.yaml").write_bytes(b"scene: a\nsteps: []\n")
    (root / "dialogue" / "ch1" / "a.yaml").rename(root / "dialogue" / "ch1" / "b.yaml")
    assert content_fingerprint(root) != first  # a renamed scene file is a change


def test_fingerprint_of_the_shipped_content_is_stable():
    root = content_root()
    fingerprint = content_fingerprint(root)
    assert len(fingerprint) >= 16 and fingerprint == content_fingerprint(root)


def test_backup_is_copied_where_hard_links_are_not_supported(tmp_path, monkeypatch):
    def no_links(*args, **kwargs):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "f.json"
    write_atomic(path, b"one")
    write_atomic(path, b"two")
    assert path.read_bytes() == b"two" and backup_path(path).read_bytes() == b"one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.json", "f.json.bak"]
