"""The stage's lint: places for poses, someone to hug, sane paces, marks that stand on each other."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.mapkit import ROOM, write_map
from tests.test_lint import run, tree  # noqa: F401  (the shared content tree fixture)

YARD_OBJECTS = [
    ("spawn", "gate", 24, 24, 0, 0, {}),
    ("point", "seat", 64, 24, 0, 0, {"poses": "sit"}),
    ("point", "bed", 96, 24, 0, 0, {"poses": "lie, sit"}),
    ("point", "plain", 120, 72, 0, 0, {}),
    ("point", "odd", 40, 72, 0, 0, {"poses": "sit,fly"}),
    ("point", "on_gate", 28, 26, 0, 0, {}),
    ("npc", "sitter", 150, 80, 16, 16, {"actor": "girl_a", "pose": "perch"}),
]


@pytest.fixture
def yard(tree):  # noqa: F811
    write_map(tree / "maps" / "yard.tmx", ROOM, YARD_OBJECTS)
    return tree


def found(root: Path, capsys, steps: str) -> list[str]:
    """Lint lines for dialogue/extra.yaml with these steps (called from a reached scene)."""
    body = "scene: extra\nsteps:\n" + textwrap.indent(textwrap.dedent(steps).strip(), "  ") + "\n"
    (root / "dialogue" / "extra.yaml").write_text(body)
    talk = root / "dialogue" / "talk.yaml"
    if "call: extra" not in talk.read_text():
        talk.write_text(talk.read_text() + "  - call: extra\n")
    _, lines, _ = run(root, capsys)
    return [ln.split(" ", 2)[0] + " " + ln.split(" ", 2)[1] for ln in lines if "L005" not in ln]


EXTRA = Path("dialogue/extra.yaml")


@pytest.mark.parametrize(
    ("step", "code"),
    [
        ("- pose: {actor: girl_a, pose: sit}", "L070"),
        ("- pose: {actor: girl_a, pose: lie}", "L070"),
        ("- pose: {actor: girl_a, pose: lie, at: seat}", "L071"),
        ("- pose: {actor: girl_a, pose: sit, at: plain}", "L071"),
        ("- pose: {actor: girl_a, pose: hug}", "L072"),
        ("- pose: {actor: girl_a, pose: hug, with: girl_a}", "L072"),
        ("- pose: {actor: girl_a, pose: kneel, with: hero}", "L073"),
        ("- pose: {actor: girl_a, pose: hug, with: hero, at: seat}", "L073"),
        ("- pace: {actor: girl_a, percent: 5}", "L074"),
        ("- pace: {actor: girl_a, percent: 900}", "36: S024"),  # the reader's range, at the value
        ("- gesture: {actor: girl_a, gesture: nod, ticks: 0}", "51: S024"),
        ("- gesture: {actor: girl_a, gesture: dance}", "39: S013"),  # at the bad name
        ("- pose: {actor: girl_a, pose: fly}", "33: S013"),
        ("- pose: {actor: nobody, pose: kneel}", "L002"),
        ("- pose: {actor: girl_a, pose: sit, at: nowhere}", "L004"),
    ],
)
def test_each_stage_problem_at_its_step(yard, capsys, step, code):
    where = code if ":" in code else f"5: {code}"
    assert f"{EXTRA}:3:{where}" in found(yard, capsys, step)


def test_poses_that_fit_their_places_are_clean(yard, capsys):
    lines = found(
        yard,
        capsys,
        """
        - pose: {actor: girl_a, pose: sit, at: seat, facing: down}
        - pose: {actor: girl_a, pose: lie, at: bed}
        - pose: {actor: girl_a, pose: sit, at: bed}
        - pose: {actor: girl_a, pose: kneel}
        - pose: {actor: girl_a, pose: crouch, at: plain}
        - pose: {actor: hero, pose: hug, with: girl_a}
        - pose: {actor: hero, pose: stand}
        - gesture: {actor: hero, gesture: stamp, ticks: 90, wait: true}
        - pace: {actor: girl_a, percent: 40}
        - pace: {actor: girl_a, percent: 0}
        """,
    )
    assert [ln for ln in lines if str(EXTRA) in ln] == []


def test_map_poses_and_marks_that_stand_on_each_other(yard, capsys):
    lines = found(yard, capsys, "- walk: {actor: girl_a, to: on_gate}")
    text = (yard / "maps" / "yard.tmx").read_text().splitlines()

    def at(obj_id: int) -> int:
        return next(i for i, t in enumerate(text, 1) if f'<object id="{obj_id}"' in t)

    yard_tmx = Path("maps/yard.tmx")
    assert f"{yard_tmx}:{at(5)}:1: L075" in lines  # `fly` is no pose
    assert f"{yard_tmx}:{at(6)}:1: L076" in lines  # Polly sent where Kathy arrives
    assert f"{yard_tmx}:{at(7)}:1: L075" in lines  # an npc cannot `perch`


def test_one_person_under_two_names_is_no_overlap(yard, capsys):
    lines = found(yard, capsys, "- walk: {actor: hero, to: on_gate}")
    assert not any("L076" in ln and "yard" in ln for ln in lines)


def test_pace_in_actors_yaml_is_checked(yard, capsys):
    actors = yard / "dialogue" / "actors.yaml"
    actors.write_text(actors.read_text() + "slow: {name: Slow, sprite: girl_a, pace: 2}\n")
    lines = found(yard, capsys, "- wait: 1")
    assert f"{Path('dialogue/actors.yaml')}:3:42: L074" in lines


def test_posing_someone_without_a_pose_sheet_warns(yard, capsys):
    poses = yard / "assets" / "sprites" / "poses"
    poses.mkdir(parents=True)
    (poses / "hero.png").write_bytes(b"")
    lines = found(
        yard, capsys, "- pose: {actor: girl_a, pose: kneel}\n- pose: {actor: hero, pose: kneel}"
    )
    assert f"{EXTRA}:3:5: L077" in lines and f"{EXTRA}:4:5: L077" not in lines


def test_a_gesture_the_pose_cannot_show_warns(yard, capsys):
    poses = yard / "assets" / "sprites" / "poses"
    poses.mkdir(parents=True)
    (poses / "layout.json").write_text(
        '{"frames": {"sit": {}, "stamp.0": {}, "nod.0": {}, "sit.nod.0": {}},'
        ' "gestures": {"stamp": [["stamp.0", 5]], "nod": [["nod.0", 5], ["", 5]]}}'
    )
    lines = found(
        yard,
        capsys,
        """
        - pose: {actor: girl_a, pose: sit, at: seat}
        - gesture: {actor: girl_a, gesture: nod}
        - gesture: {actor: girl_a, gesture: stamp}
        - pose: {actor: girl_a, pose: stand}
        - gesture: {actor: girl_a, gesture: stamp}
        """,
    )
    warned = [ln for ln in lines if "L078" in ln]
    assert warned == [f"{EXTRA}:5:5: L078"]
