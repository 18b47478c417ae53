"""The positioned YAML loader: positions, every problem code, pitfalls and hostile input."""

from __future__ import annotations

import datetime

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from game.story.yamlsrc import (
    MAX_CHARS,
    MAX_DEPTH,
    Pos,
    YamlProblem,
    YMap,
    YNode,
    YScalar,
    YSeq,
    expect_text,
    is_text,
    load_yaml,
    to_python,
)

SCENE = """\
scene: h02_ball
steps:
  - say: {who: lucy, text: "Why did he stop?"}
  - choice:
      - text: 'Tell her'
        then:
          - set: {told: true}
  - if: "told and tokens >= 2"
    then: [a, b]
  - note: |
      two
      lines
"""


def codes(text: str) -> list[tuple[int, int, str]]:
    return [(p.line, p.col, p.code) for p in load_yaml(text)[1]]


def load_ok(text: str) -> YNode:
    root, problems = load_yaml(text)
    assert problems == []
    assert root is not None
    return root


# --- tree and positions ----------------------------------------------------------------------


def test_tree_matches_safe_load() -> None:
    root = load_ok(SCENE)
    assert to_python(root) == yaml.safe_load(SCENE)


def test_positions_of_keys_and_values() -> None:
    root = load_ok(SCENE)
    assert isinstance(root, YMap)
    assert root.pos == Pos(1, 1)
    assert root.keys() == ["scene", "steps"]
    key, value = root.get_item("steps") or (None, None)
    assert key is not None and key.pos == Pos(2, 1)
    assert isinstance(value, YSeq) and value.pos == Pos(3, 3)
    say = value.items[0]
    assert isinstance(say, YMap) and say.pos == Pos(3, 5)
    flow = say.get("say")
    assert isinstance(flow, YMap) and flow.pos == Pos(3, 10)
    text = flow.get("text")
    assert isinstance(text, YScalar)
    assert (text.pos, text.text, text.style, text.value) == (
        Pos(3, 28),
        "Why did he stop?",
        "double",
        "Why did he stop?",
    )
    choice = value.items[1]
    assert isinstance(choice, YMap)
    options = choice.get("choice")
    assert isinstance(options, YSeq)
    first = options.items[0]
    assert isinstance(first, YMap)
    tell = first.get("text")
    assert isinstance(tell, YScalar) and tell.style == "single" and tell.pos == Pos(5, 15)
    cond = value.items[2]
    assert isinstance(cond, YMap)
    then_key, then = cond.get_item("then") or (None, None)
    assert then_key is not None and then_key.pos == Pos(9, 5)
    assert isinstance(then, YSeq) and [i.pos for i in then.items] == [Pos(9, 12), Pos(9, 15)]
    note = value.items[3]
    assert isinstance(note, YMap)
    block = note.get("note")
    assert isinstance(block, YScalar)
    assert block.style == "literal" and block.text == "two\nlines\n"
    assert root.get("missing") is None


def test_pos_at_maps_text_offsets_to_file_columns() -> None:
    root = load_ok('a: "x and y"\nb: x and y\nc: \'it\'\'s y\'\nd: "q\\"y"\ne: two\n  lines\n')
    assert isinstance(root, YMap)
    nodes = {k.text: v for k, v in root.items if isinstance(v, YScalar)}
    # the condition's error column 7 (index 6, the 'y') becomes a file column
    assert nodes["a"].pos_at(6) == Pos(1, 11)
    assert nodes["b"].pos_at(6) == Pos(2, 10)
    # escapes or several lines: no exact mapping, so the scalar's own position
    assert nodes["c"].pos_at(5) == Pos(3, 4)
    assert nodes["d"].pos_at(2) == Pos(4, 4)
    assert nodes["e"].pos_at(4) == Pos(5, 4)


def test_scalar_styles_and_values() -> None:
    root = load_ok("a: plain\nb: 'single'\nc: \"double\"\nd: |\n  lit\ne: >\n  fold\n  ed\n")
    assert isinstance(root, YMap)
    styles = {k.text: (v.style, v.value) for k, v in root.items if isinstance(v, YScalar)}
    assert styles == {
        "a": ("plain", "plain"),
        "b": ("single", "single"),
        "c": ("double", "double"),
        "d": ("literal", "lit\n"),
        "e": ("folded", "fold ed\n"),
    }


@pytest.mark.parametrize(
    ("plain", "value", "kind"),
    [
        ("yes", True, "bool"),
        ("No", False, "bool"),
        ("on", True, "bool"),
        ("OFF", False, "bool"),
        ("true", True, "bool"),
        ("null", None, "null"),
        ("~", None, "null"),
        ("", None, "null"),
        ("12", 12, "int"),
        ("0x1F", 31, "int"),
        ("1_000", 1000, "int"),
        ("1:20", 80, "int"),
        ("1.0", 1.0, "float"),
        ("2024-01-01", datetime.date(2024, 1, 1), "timestamp"),
        ("hello", "hello", "str"),
        ("y", "y", "str"),
    ],
)
def test_yaml_11_resolution(plain: str, value: object, kind: str) -> None:
    root = load_ok(f"k: {plain}\n")
    assert isinstance(root, YMap)
    node = root.get("k")
    assert isinstance(node, YScalar)
    assert node.kind == kind
    assert node.value == value and type(node.value) is type(value)
    assert yaml.safe_load(f"k: {plain}\n")["k"] == value  # same as PyYAML would say


# --- expect_text and the pitfalls ------------------------------------------------------------


@pytest.mark.parametrize(
    ("plain", "reads_as"),
    [
        ("no", "the boolean false"),
        ("yes", "the boolean true"),
        ("on", "the boolean true"),
        ("off", "the boolean false"),
        ("true", "the boolean true"),
        ("null", "null (no value)"),
        ("~", "null (no value)"),
        ("1.0", "the number 1.0"),
        ("0x1F", "the number 31"),
        ("1_000", "the number 1000"),
        ("2024-01-01", "a date"),
        ("2024-13-45", "a date"),  # not a real date, but YAML still tries to read one
    ],
)
def test_expect_text_pitfalls(plain: str, reads_as: str) -> None:
    root = load_ok(f"text: {plain}\n")
    assert isinstance(root, YMap)
    node = root.get("text")
    assert node is not None and not is_text(node)
    value, problem = expect_text(node)
    assert value is None
    assert problem == YamlProblem(
        1,
        7,
        "Y010",
        f"YAML reads `{plain}` as {reads_as} here; put it in quotes if you mean the text",
    )


def test_expect_text_accepts_text() -> None:
    root = load_ok("a: \"no\"\nb: 'yes'\nc: hello world\nd: |\n  1.0\ne: '2024-01-01'\n")
    assert isinstance(root, YMap)
    assert [expect_text(v) for _, v in root.items] == [
        ("no", None),
        ("yes", None),
        ("hello world", None),
        ("1.0\n", None),
        ("2024-01-01", None),
    ]


def test_expect_text_on_empty_and_containers() -> None:
    root = load_ok("a:\nb: [x]\nc: {x: 1}\n")
    assert isinstance(root, YMap)
    messages = [expect_text(v)[1] for _, v in root.items]
    assert [(p.line, p.col, p.message) for p in messages if p] == [
        (1, 3, "expected text here, found nothing"),
        (2, 4, "expected text here, found a list"),
        (3, 4, "expected text here, found a mapping"),
    ]


# --- problem codes ---------------------------------------------------------------------------


def test_y001_syntax_error_is_one_line_with_position() -> None:
    root, problems = load_yaml("a: 1\ntext: Why: because\n")
    assert root is None
    (p,) = problems
    assert (p.line, p.col, p.code) == (2, 10, "Y001")
    assert "mapping values are not allowed here" in p.message
    assert "put it in quotes" in p.message
    assert "\n" not in p.message and "Traceback" not in p.message
    assert p.format("dialogue/x.yaml") == f"dialogue/x.yaml:2:10: Y001 {p.message}"


def test_y001_unterminated_quote_names_where_it_began() -> None:
    (p,) = load_yaml('a: 1\nb: "open\n')[1]
    assert p.code == "Y001"
    assert "while scanning a quoted scalar at line 2, col 4" in p.message


def test_y001_control_character() -> None:
    assert load_yaml("a: 1\nb: x\x07\n")[1] == [
        YamlProblem(2, 5, "Y001", "U+0007 is not allowed in a YAML file")
    ]


def test_y001_counts_lines_like_yaml_with_crlf() -> None:
    assert codes("a: 1\r\nb: 2\r\nc: [1,\r\n") == [(4, 1, "Y001")]


def test_y002_duplicate_key_points_at_second() -> None:
    root, problems = load_yaml("a: 1\nb:\n  x: 1\n  x: 2\na: 3\n")
    assert problems == [
        YamlProblem(4, 3, "Y002", "duplicate key 'x' (first used on line 3)"),
        YamlProblem(5, 1, "Y002", "duplicate key 'a' (first used on line 1)"),
    ]
    assert to_python(root) == {"a": 1, "b": {"x": 1}}  # the first one is kept


def test_y002_in_flow_mapping_and_quoted_keys() -> None:
    assert codes("{a: 1, 'a': 2}") == [(1, 8, "Y002")]


def test_y003_anchors_aliases_merge_keys() -> None:
    root, problems = load_yaml("base: &b {x: 1}\nuse: *b\nmore:\n  <<: *b\n  y: 2\n")
    assert [(p.line, p.col, p.code) for p in problems] == [
        (1, 7, "Y003"),
        (2, 6, "Y003"),
        (4, 3, "Y003"),
        (4, 7, "Y003"),
    ]
    assert "anchors (&b)" in problems[0].message
    assert "aliases (*b)" in problems[1].message
    assert "merge keys (<<)" in problems[2].message
    # recovered: the alias reads as empty, the merge item is dropped
    assert to_python(root) == {"base": {"x": 1}, "use": None, "more": {"y": 2}}


def test_y004_tabs_in_indentation() -> None:
    root, problems = load_yaml("a:\n\tb: 1\n")
    assert root is None
    assert problems == [YamlProblem(2, 1, "Y004", "tab used for indentation; YAML needs spaces")]
    # every tab-indented line is reported in one pass
    assert codes("a: 1\nb:\n  \tc: 1\n  \td: 2\n") == [(3, 3, "Y004"), (4, 3, "Y004")]
    # a blank line holding a tab trips PyYAML: that is reported as the tab, too
    assert codes("a: 1\n\t\nb: 2\n") == [(2, 1, "Y004")]


def test_tabs_inside_text_are_fine() -> None:
    root = load_ok('a: |\n  x\n  \tindented\nb: "one\n\ttwo"\nc: "x\ty"\n')
    assert to_python(root) == {"a": "x\n\tindented\n", "b": "one two", "c": "x\ty"}


def test_y005_keys_must_be_text() -> None:
    root, problems = load_yaml("[1]: a\nyes: b\n1: c\n? {a: 1}\n: d\n'2': e\n")
    assert [(p.line, p.col, p.code) for p in problems] == [
        (1, 1, "Y005"),
        (2, 1, "Y005"),
        (3, 1, "Y005"),
        (4, 3, "Y005"),
    ]
    assert problems[0].message == "a mapping key must be text, not a list"
    assert "YAML reads `yes` as the boolean true" in problems[1].message
    assert "not a mapping" in problems[3].message
    assert to_python(root) == {"2": "e"}


def test_y006_too_large() -> None:
    root, problems = load_yaml("a: b\n" * (MAX_CHARS // 5 + 1))
    assert root is None
    assert [p.code for p in problems] == ["Y006"]


def test_y007_too_deep() -> None:
    assert codes("[" * (MAX_DEPTH + 5)) == [(1, MAX_DEPTH + 1, "Y007")]
    ok = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert load_yaml(ok)[1] == []


def test_y008_multiple_documents() -> None:
    root, problems = load_yaml("a: 1\n---\nb: 2\n")
    assert [(p.line, p.col, p.code) for p in problems] == [(2, 1, "Y008")]
    assert to_python(root) == {"a": 1}
    assert load_yaml("---\na: 1\n...\n")[1] == []  # one explicit document is fine


def test_y009_tags() -> None:
    root, problems = load_yaml(
        "a: !!python/object/apply:os.system [echo hi]\nb: !foo 1\nc: !!str 3\n"
    )
    assert [(p.line, p.col, p.code) for p in problems] == [
        (1, 4, "Y009"),
        (2, 4, "Y009"),
        (3, 4, "Y009"),
    ]
    assert "!!python/object/apply:os.system" in problems[0].message
    assert "!foo" in problems[1].message
    assert to_python(root) == {"a": ["echo hi"], "b": 1, "c": 3}  # nothing constructed


def test_several_problems_in_one_pass_sorted() -> None:
    text = "a: &x 1\nb: !t 2\na: 3\n1: 4\n"
    assert [p.code for p in load_yaml(text)[1]] == ["Y003", "Y009", "Y002", "Y005"]


def test_non_text_input_is_a_problem_not_a_crash() -> None:
    assert [p.code for p in load_yaml(b"a: 1")[1]] == ["Y001"]  # type: ignore[arg-type]


def test_empty_and_comment_only_documents() -> None:
    assert load_yaml("") == (None, [])
    assert load_yaml("# only a comment\n") == (None, [])


# --- hostile input ---------------------------------------------------------------------------


def test_billion_laughs_is_refused() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        name, prev = chr(97 + i), chr(96 + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    root, problems = load_yaml("\n".join(lines) + "\n")
    assert {p.code for p in problems} == {"Y003"}
    assert len(problems) == 10 + 81
    assert isinstance(root, YMap) and len(root.items) == 10  # nothing expanded


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,
        "[" * 100_000 + "]" * 100_000,
        "{a: " * 50_000,
        "".join(" " * i + "- \n" for i in range(1500)),
        "".join(" " * i + "k:\n" for i in range(1500)),
        "- " * 50_000 + "x\n",
    ],
)
def test_deep_nesting_is_refused(text: str) -> None:
    root, problems = load_yaml(text)
    assert root is None
    assert [p.code for p in problems] == ["Y007"]


def test_five_megabytes_is_refused() -> None:
    root, problems = load_yaml('a: "' + "x" * 5_000_000 + '"\n')
    assert root is None and [p.code for p in problems] == ["Y006"]


def test_huge_numbers_do_not_crash() -> None:
    root = load_ok("a: " + "9" * 5000 + "\n")
    assert isinstance(root, YMap)
    node = root.get("a")
    assert node is not None
    value, problem = expect_text(node)
    assert value is None and problem is not None and len(problem.message) < 200


# --- properties ------------------------------------------------------------------------------


def _check_result(text: str) -> None:
    root, problems = load_yaml(text)
    assert isinstance(problems, list)
    # YAML also breaks lines at NEL, LS and PS (U+0085, U+2028, U+2029).
    lines = sum(text.count(c) for c in "\n\r\x85\u2028\u2029") + 2
    for p in problems:
        assert isinstance(p, YamlProblem)
        assert p.code in {f"Y00{i}" for i in range(1, 10)}
        assert 1 <= p.line <= lines and p.col >= 1
        assert "\n" not in p.message
    if root is not None:
        to_python(root)  # any tree we return can be walked


@settings(max_examples=400)
@given(st.text(max_size=120))
def test_random_text_gives_only_problems(text: str) -> None:
    _check_result(text)


_ALPHABET = [*":-[]{},'\"|>&*!#?~ \n\t", "<<", "---", "yes", "\x00", "\r", "é", "\\"]


@st.composite
def mutated_yaml(draw: st.DrawFn) -> str:
    text = SCENE
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["insert", "delete", "swap"]))
        i = draw(st.integers(0, len(text) - 1))
        if kind == "insert":
            text = text[:i] + draw(st.sampled_from(_ALPHABET)) + text[i:]
        elif kind == "delete":
            text = text[:i] + text[i + 1 :]
        else:
            j = draw(st.integers(0, len(text) - 1))
            chars = list(text)
            chars[i], chars[j] = chars[j], chars[i]
            text = "".join(chars)
    return text


@settings(max_examples=400, deadline=None)
@given(mutated_yaml())
def test_mutated_scene_gives_only_problems(text: str) -> None:
    _check_result(text)


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8)),
        lambda kids: st.one_of(
            st.lists(kids, max_size=4), st.dictionaries(st.text(max_size=5), kids, max_size=4)
        ),
        max_leaves=15,
    )
)
def test_dumped_data_reads_back_the_same(data: object) -> None:
    text = yaml.safe_dump(data, allow_unicode=True)
    root, problems = load_yaml(text)
    assert problems == []
    assert to_python(root) == yaml.safe_load(text)  # (PyYAML itself reads "\x85" as " ")
