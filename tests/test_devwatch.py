"""Hot reload: a clean change restarts the scene with the new text; a broken one keeps the old."""

import os

from game.devwatch import POLL_FRAMES, DevWatcher
from game.input.actions import Action, InputFrame
from game.play.play import Play
from game.screens.stack import ScreenStack
from game.screens.world_screen import WorldScreen
from game.simulation import Simulation

SCENE = 'scene: hello\nsteps:\n  - say: {who: girl, id: h.1, text: "%s"}\n'


def poll_until(watcher):
    return any(watcher.poll() for _ in range(POLL_FRAMES))


def bump(path, text):
    path.write_text(text)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_clean_change_restarts_the_scene_with_new_text(ctx, content):
    path = content / "dialogue" / "hello.yaml"
    path.write_text(SCENE % "Hello.")
    from game.story.library import load_library

    ctx.content = load_library(content / "dialogue")
    sim = Simulation(ctx, WorldScreen(Play(ctx, "room", "start")))
    screen = sim.stack.top
    watcher = DevWatcher(ctx, sim.stack)
    screen.director.start("hello")
    for _ in range(3):
        sim.tick(InputFrame())
    assert screen.director.box.text == "Hello."
    bump(path, SCENE % "Hello again.")
    assert poll_until(watcher)
    sim.tick(InputFrame())
    assert screen.director.box.text == "Hello again."
    assert not watcher.errors


def test_broken_change_keeps_the_old_version_and_shows_errors(ctx, content):
    path = content / "dialogue" / "hello.yaml"
    path.write_text(SCENE % "Hello.")
    from game.story.library import load_library

    ctx.content = load_library(content / "dialogue")
    sim = Simulation(ctx, WorldScreen(Play(ctx, "room", "start")))
    screen = sim.stack.top
    watcher = DevWatcher(ctx, sim.stack)
    screen.director.start("hello")
    sim.tick(InputFrame())
    bump(path, "scene: hello\nsteps:\n  - sya: {who: girl, text: oops}\n")
    assert not poll_until(watcher)
    assert any("hello.yaml:3:5: S001" in e for e in watcher.errors), watcher.errors
    sim.tick(InputFrame())
    assert screen.director.box.text == "Hello."  # the old version keeps running
    assert "hello" in ctx.content.scenes


def test_map_change_reloads_the_map_in_place(ctx, content):
    sim = Simulation(ctx, WorldScreen(Play(ctx, "room", "start")))
    screen = sim.stack.top
    watcher = DevWatcher(ctx, sim.stack)
    path = content / "maps" / "room.tmx"
    bump(path, path.read_text().replace('name="corner"', 'name="nook"'))
    assert poll_until(watcher)
    assert screen.world.map.point("nook") is not None
    bump(path, "<map")
    assert not poll_until(watcher)
    assert any("room.tmx" in e for e in watcher.errors)


def test_a_reference_error_is_caught_by_the_linter(ctx, content):
    path = content / "dialogue" / "hello.yaml"
    path.write_text(SCENE % "Hello.")
    (content / "dialogue" / "actors.yaml").write_text("girl: {name: Polly, sprite: girl_a}\n")
    from game.story.library import load_library

    ctx.content = load_library(content / "dialogue")
    watcher = DevWatcher(ctx, ScreenStack(ctx))  # nothing is being played
    bump(path, "scene: hello\nsteps:\n  - goto: nowhere_at_all\n")
    assert not poll_until(watcher)
    assert any("hello.yaml:3:5: L001" in e for e in watcher.errors), watcher.errors


def test_reload_resumes_on_the_same_line(ctx, content):
    path = content / "dialogue" / "two.yaml"
    two = 'scene: two\nsteps:\n  - narrate: {id: w.1, text: "First."}\n  - narrate: {id: w.2, text: "%s"}\n'
    path.write_text(two % "Second.")
    from game.story.library import load_library

    ctx.content = load_library(content / "dialogue")
    sim = Simulation(ctx, WorldScreen(Play(ctx, "room", "start")))
    screen = sim.stack.top
    watcher = DevWatcher(ctx, sim.stack)
    screen.director.start("two")
    press = InputFrame(frozenset({Action.CONFIRM}), frozenset({Action.CONFIRM}))
    for _ in range(40):
        box = screen.director.box
        sim.tick(
            press if box is not None and box.complete and box.line_id == "w.1" else InputFrame()
        )
    assert screen.director.box.line_id == "w.2"
    bump(path, two % "Second, and changed.")
    assert poll_until(watcher)
    sim.tick(InputFrame())
    assert (
        screen.director.box.line_id == "w.2" and screen.director.box.text == "Second, and changed."
    )


def test_a_rename_that_breaks_other_files_is_refused_and_printed(ctx, content, capsys):
    d = content / "dialogue"
    (d / "hello.yaml").write_text(SCENE % "Hello.")
    for i in range(3):
        (d / f"caller{i}.yaml").write_text(f"scene: caller{i}\nsteps:\n  - call: hello\n")
    (d / "actors.yaml").write_text("girl: {name: Polly, sprite: girl_a}\n")
    from game.story.library import load_library

    ctx.content = load_library(d)
    watcher = DevWatcher(ctx, ScreenStack(ctx))
    bump(d / "hello.yaml", (SCENE % "Hello.").replace("scene: hello", "scene: hello_renamed"))
    assert not poll_until(watcher)
    assert [e.split("/")[-1][:22] for e in watcher.errors] == [
        f"caller{i}.yaml:3:5: L001" for i in range(3)
    ]
    err = capsys.readouterr().err
    assert "not reloaded (hello.yaml): 3 error(s)" in err and "caller2.yaml:3:5: L001" in err
    assert "hello" in ctx.content.scenes  # the old version keeps running


def test_an_error_in_a_mod_is_refused(content, tmp_path):
    from game.boot import build_context

    mod = tmp_path / "data" / "mods" / "m"
    (mod / "dialogue").mkdir(parents=True)
    (mod / "mod.yaml").write_text("id: m\n")
    (mod / "dialogue" / "extra.yaml").write_text(SCENE.replace("hello", "extra") % "Hi.")
    (content / "dialogue" / "actors.yaml").write_text("girl: {name: Polly, sprite: girl_a}\n")
    ctx = build_context(tmp_path / "data", headless=True, root=content, quiet=True, use_mods=True)
    watcher = DevWatcher(ctx, ScreenStack(ctx))
    bump(mod / "dialogue" / "extra.yaml", "scene: extra\nsteps:\n  - say: {who: nobody, text: x}\n")
    assert not poll_until(watcher)
    assert any("extra.yaml:3:5: L002" in e for e in watcher.errors), watcher.errors
