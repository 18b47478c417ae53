"""Mods overlay scenes, lines, translations and maps; they cannot reach outside their folder."""

import os

from game.boot import build_context
from game.story.translations import check, load_language, source_hash
from tests.mapkit import HALL, HALL_OBJECTS, write_map

BASE = 'scene: greet\nsteps:\n  - say: {who: girl, id: g.1, text: "Hello."}\n  - say: {who: girl, id: g.2, text: "Bye."}\n'


def setup(content, tmp_path):
    (content / "dialogue" / "greet.yaml").write_text(BASE)
    mods = tmp_path / "data" / "mods"
    mods.mkdir(parents=True)
    return mods


def make_mod(mods, name, files):
    folder = mods / name
    folder.mkdir()
    (folder / "mod.yaml").write_text(f"id: {name}\nname: {name.title()} Mod\nversion: '1.0'\n")
    for rel, text in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return folder


def ctx_for(content, tmp_path, **kw):
    return build_context(
        tmp_path / "data", headless=True, root=content, quiet=True, use_mods=True, **kw
    )


def test_mod_adds_and_replaces_scenes_and_lines(content, tmp_path):
    mods = setup(content, tmp_path)
    make_mod(
        mods,
        "extra",
        {
            "dialogue/new.yaml": 'scene: new_scene\nsteps:\n  - narrate: {id: n.1, text: "New."}\n',
            "lines.yaml": 'g.1: "Hello there."\n',
        },
    )
    ctx = ctx_for(content, tmp_path)
    assert "new_scene" in ctx.content.scenes and ctx.content.scenes["new_scene"].source == "extra"
    assert ctx.content.text("g.1", "Hello.") == "Hello there."
    assert ctx.content.text("g.2", "Bye.") == "Bye."
    assert ctx.mods.names == ["Extra Mod 1.0"]


def test_conflicting_mods_are_reported_not_silent(content, tmp_path):
    mods = setup(content, tmp_path)
    make_mod(mods, "a_mod", {"lines.yaml": 'g.1: "From A."\n', "dialogue/g.yaml": BASE})
    make_mod(mods, "b_mod", {"lines.yaml": 'g.1: "From B."\n', "dialogue/g.yaml": BASE})
    ctx = ctx_for(content, tmp_path)
    assert ctx.content.text("g.1", "Hello.") == "From B."
    conflicts = " ".join(ctx.content.conflicts)
    assert "both replace line `g.1`" in conflicts and "both replace scene `greet`" in conflicts
    assert any("both replace" in n for n in ctx.notices.lines)


def test_mod_cannot_read_outside_its_folder(content, tmp_path):
    mods = setup(content, tmp_path)
    secret = tmp_path / "secret.yaml"
    secret.write_text('scene: stolen\nsteps:\n  - narrate: {text: "outside"}\n')
    folder = make_mod(mods, "sneaky", {})
    (folder / "dialogue").mkdir()
    os.symlink(secret, folder / "dialogue" / "link.yaml")
    ctx = ctx_for(content, tmp_path)
    assert "stolen" not in ctx.content.scenes


def test_mod_map_overrides_and_is_checked_for_outside_references(content, tmp_path):
    mods = setup(content, tmp_path)
    folder = make_mod(mods, "maps_mod", {})
    (folder / "maps").mkdir()
    write_map(folder / "maps" / "hall.tmx", HALL, HALL_OBJECTS)
    ctx = ctx_for(content, tmp_path)
    assert ctx.maps.path("hall").parent == folder / "maps"
    assert ctx.maps.get("hall").width == 8
    bad = (
        (folder / "maps" / "hall.tmx")
        .read_text()
        .replace('source="test.png"', 'source="../../../../secret.png"')
    )
    (folder / "maps" / "hall.tmx").write_text(bad)
    ctx = ctx_for(content, tmp_path)
    try:
        ctx.maps.get("hall")
        raise AssertionError("a map reaching outside its mod must not load")
    except Exception as exc:
        assert "outside the mod" in str(exc)


def test_broken_or_disabled_mods_are_skipped_with_a_reason(content, tmp_path):
    mods = setup(content, tmp_path)
    (mods / "nofile").mkdir()
    bad = make_mod(mods, "bad", {})
    (bad / "mod.yaml").write_text("id: [oops\n")
    off = make_mod(mods, "off", {"lines.yaml": 'g.1: "Off."\n'})
    (off / "mod.yaml").write_text("id: off\nenabled: false\n")
    ctx = ctx_for(content, tmp_path)
    assert ctx.mods.mods == []
    assert any("no mod.yaml" in p for p in ctx.mods.problems)
    assert any(p.startswith(str(bad / "mod.yaml") + ":") and "Y001" in p for p in ctx.mods.problems)
    assert ctx.content.text("g.1", "Hello.") == "Hello."


def test_translation_falls_back_and_reports_missing_and_stale(content, tmp_path):
    (content / "dialogue" / "greet.yaml").write_text(BASE)
    lang = content / "dialogue" / "lang"
    lang.mkdir()
    (lang / "fr.yaml").write_text(
        f'g.1: {{text: "Bonjour.", source: {source_hash("Hello.")}}}\ng.9: "Perdu."\n'
    )
    from game.settings import Settings

    ctx = ctx_for(content, tmp_path)
    ctx.settings = Settings(language="fr")
    from game.story.library import load_library

    lib = load_library(content / "dialogue", language="fr")
    assert lib.text("g.1", "Hello.") == "Bonjour." and lib.text("g.2", "Bye.") == "Bye."
    loaded = load_language("fr", [lang / "fr.yaml"])
    problems = check(loaded, {"g.1": "Hello.", "g.2": "Bye."})
    codes = sorted(p.code for _f, p in problems)
    assert codes == ["T002", "T004"]
    stale = check(loaded, {"g.1": "Hello!", "g.2": "Bye."})
    assert any(p.code == "T003" for _f, p in stale)


def test_headless_with_a_data_dir_plays_its_mods_and_settings(content, tmp_path, capsys):
    from game.cli import main

    mods = setup(content, tmp_path)
    (content / "dialogue" / "chapters.yaml").write_text(
        "ch: {title: Ch, map: room, spawn: start}\n"
    )
    (content / "dialogue" / "actors.yaml").write_text("girl: {name: Polly, sprite: girl_a}\n")
    make_mod(
        mods,
        "extra",
        {"dialogue/new.yaml": 'scene: new_scene\nsteps:\n  - narrate: {id: n.1, text: "New."}\n'},
    )
    (tmp_path / "data" / "settings.json").write_text('{"text_speed": 0}')
    args = ["--headless", "--content-root", str(content), "--ticks", "30"]
    start = ["--start", "scene:ch:new_scene"]
    assert main([*args, "--data-dir", str(tmp_path / "data"), *start]) == 0
    with_mod = capsys.readouterr().out.splitlines()[-1]
    assert main([*args, *start]) == 2  # without --data-dir: the game as shipped, no such scene
    assert "no scene 'new_scene'" in capsys.readouterr().err
    assert with_mod.startswith("state ")
