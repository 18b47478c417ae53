"""The condition language: grammar, precedence, types, evaluation, errors and hostile input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.story.expr import (
    MAX_DEPTH,
    MAX_LENGTH,
    Binary,
    Call,
    ExprError,
    Lit,
    MappingEnv,
    Name,
    Signature,
    Type,
    Unary,
    calls,
    check,
    compile_condition,
    evaluate,
    names,
    parse,
    unparse,
)

NAMES = {
    "told_lucy": Type.BOOL,
    "flag": Type.BOOL,
    "tokens": Type.INT,
    "day": Type.INT,
    "mood": Type.STR,
}
FUNCS = {
    "seen": Signature((Type.STR,), Type.BOOL),
    "visited": Signature((Type.STR,), Type.BOOL),
    "count": Signature((Type.STR, Type.INT), Type.INT),
    "now": Signature((), Type.INT),
}


def env(**values: bool | int | str) -> MappingEnv:
    base: dict[str, bool | int | str] = {
        "told_lucy": False,
        "flag": True,
        "tokens": 3,
        "day": 1,
        "mood": "sad",
    }
    base.update(values)
    return MappingEnv(
        base,
        {
            "seen": lambda line: line == "h02.lucy.1",
            "visited": lambda scene: scene == "h03_art_class",
            "count": lambda text, n: len(text) * n,
            "now": lambda: 7,
        },
    )


def run(text: str, **values: bool | int | str) -> bool | int | str:
    tree = parse(text)
    return evaluate(tree, env(**values))


def error_of(text: str) -> ExprError:
    with pytest.raises(ExprError) as info:
        parse(text)
    return info.value


# --- grammar ---------------------------------------------------------------------------------


def test_literals() -> None:
    assert parse("42") == Lit(42)
    assert parse("true") == Lit(True)
    assert parse("false") == Lit(False)
    assert parse('"a b"') == Lit("a b")
    assert parse("'single'") == Lit("single")
    assert parse(r'"say \"hi\" \\ ok"') == Lit('say "hi" \\ ok')
    assert parse(r"'it\'s'") == Lit("it's")
    assert parse('"it\'s"') == Lit("it's")
    # true is a bool literal, never equal to the int 1
    assert parse("true") != Lit(1)


def test_names_and_keywords() -> None:
    assert parse("told_lucy") == Name("told_lucy")
    assert parse("_x9") == Name("_x9")
    assert parse("not_seen") == Name("not_seen")  # keyword prefix is still a name
    assert parse("android") == Name("android")


def test_calls() -> None:
    assert parse('seen("h02.lucy.1")') == Call("seen", (Lit("h02.lucy.1"),))
    assert parse("now()") == Call("now", ())
    assert parse('count ( "ab" , 2 )') == Call("count", (Lit("ab"), Lit(2)))
    assert parse("f(g(x))") == Call("f", (Call("g", (Name("x"),)),))


def test_precedence() -> None:
    a, b, c = Name("a"), Name("b"), Name("c")
    assert parse("a or b and c") == Binary("or", a, Binary("and", b, c))
    assert parse("a and b or c") == Binary("or", Binary("and", a, b), c)
    assert parse("not a and b") == Binary("and", Unary("not", a), b)
    assert parse("not a == b") == Unary("not", Binary("==", a, b))
    assert parse("a + 1 > b - 2") == Binary(">", Binary("+", a, Lit(1)), Binary("-", b, Lit(2)))
    assert parse("a - b - c") == Binary("-", Binary("-", a, b), c)  # left-associative
    assert parse("a - (b - c)") == Binary("-", a, Binary("-", b, c))
    assert parse("-a + b") == Binary("+", Unary("-", a), b)
    assert parse("- -a") == Unary("-", Unary("-", a))
    assert parse("(a or b) and c") == Binary("and", Binary("or", a, b), c)
    assert parse("((a))") == a


@pytest.mark.parametrize("op", ["==", "!=", "<", "<=", ">", ">="])
def test_every_comparison(op: str) -> None:
    assert parse(f"a {op} 2") == Binary(op, Name("a"), Lit(2))
    assert parse(f"a{op}2") == Binary(op, Name("a"), Lit(2))


def test_whitespace_and_newlines_are_ignored() -> None:
    assert parse("  a\n and\tb ") == parse("a and b")


def test_columns_are_one_based() -> None:
    tree = parse("  flag and tokens >= 2")
    assert isinstance(tree, Binary)
    assert tree.col == 8  # the operator
    assert names(tree) == [("flag", 3), ("tokens", 12)]


# --- errors with columns ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "col", "fragment"),
    [
        ("", 1, "empty expression"),
        ("   ", 1, "empty expression"),
        ("(a and b", 9, "expected ')' to close '(' at col 1"),
        ("f(a b)", 5, "expected ')' to close '(' at col 2"),
        ("a)", 2, "unmatched ')'"),
        ("a b", 3, "unexpected 'b' after a complete expression"),
        ('"abc', 1, "unterminated string"),
        ("x == 'abc", 6, "unterminated string"),
        (r'"a\n"', 3, "unknown escape"),
        ("a && b", 3, "use 'and'"),
        ("a || b", 3, "use 'or'"),
        ("!a", 1, "use 'not'"),
        ("a = 1", 3, "use '=='"),
        ("a $ b", 3, "unexpected character '$'"),
        ("True", 1, "did you mean 'true'"),
        ("Tokens", 1, "bad name 'Tokens'"),
        ("café", 1, "bad name"),
        ("2a", 1, "bad number '2a'"),
        ("a < b < c", 7, "comparisons cannot be chained"),
        ("a == b != c", 8, "comparisons cannot be chained"),
        ("a and", 6, "expected a value after 'and', found end of text"),
        ("a or or b", 6, "expected a value after 'or', found 'or'"),
        ("not", 4, "expected a value after 'not'"),
        ("f(a,)", 5, "expected a value after ','"),
        ("()", 2, "expected a value after '('"),
        ("1 +", 4, "expected a value after '+'"),
        ("*", 1, "unexpected character '*'"),
        ("1" * 19, 1, "number too long"),
        ("a\x00", 2, "U+0000"),
    ],
)
def test_parse_errors(text: str, col: int, fragment: str) -> None:
    err = error_of(text)
    assert fragment in err.message
    assert err.col == col
    assert str(err) == f"col {col}: {err.message}"


def test_non_text_is_an_expr_error() -> None:
    with pytest.raises(ExprError):
        parse(12)  # type: ignore[arg-type]


# --- type checking ---------------------------------------------------------------------------


def errors(text: str, want: Type | None = Type.BOOL) -> list[str]:
    return [str(e) for e in check(parse(text), NAMES, FUNCS, want)]


def test_well_typed_conditions_have_no_errors() -> None:
    for text in [
        "told_lucy and tokens >= 2",
        'not seen("h02.lucy.1")',
        'visited("h03_art_class") or mood == "sad"',
        "-tokens + day == 0",
        'count("ab", tokens) > now()',
        "(flag == true) != false",
        'mood != "happy"',
    ]:
        assert errors(text) == [], text


def test_int_is_not_a_bool() -> None:
    (msg,) = errors("tokens and flag")
    assert msg.startswith("col 1: 'and' needs a bool")
    assert "left side is int" in msg
    assert "a number is not true or false" in msg
    (msg,) = errors("flag or tokens")
    assert msg.startswith("col 9:") and "right side is int" in msg
    (msg,) = errors("not tokens")
    assert "'not' needs a bool" in msg


def test_ordering_and_arithmetic_need_ints() -> None:
    assert errors('mood < "b"') == [
        "col 1: '<' needs an int on both sides, but the left side is str",
        "col 8: '<' needs an int on both sides, but the right side is str",
    ]
    assert "'+' needs an int" in errors("tokens + flag > 0")[0]
    assert "'-' needs an int, but got str" in errors("-mood == 1")[0]


def test_equality_needs_equal_types() -> None:
    assert errors("mood == 3") == ["col 6: '==' compares values of the same type, got str and int"]
    assert errors("flag != 1") == ["col 6: '!=' compares values of the same type, got bool and int"]


def test_unknown_names_and_functions() -> None:
    assert errors("tokns > 1") == ["col 1: unknown name 'tokns' (did you mean 'tokens'?)"]
    assert errors("zzz") == ["col 1: unknown name 'zzz'"]
    assert errors('sen("x")') == ["col 1: unknown function 'sen' (did you mean 'seen'?)"]
    assert errors("seen") == ["col 1: 'seen' is a function; call it like seen(...)"]
    assert errors("flag()") == ["col 1: 'flag' is not a function"]


def test_arity_and_argument_types() -> None:
    assert errors('seen("a", "b")') == ["col 1: seen() takes 1 argument, got 2"]
    assert errors("now(1) > 0") == ["col 1: now() takes 0 arguments, got 1"]
    assert errors("seen(1)") == ["col 6: argument 1 of seen() must be str, got int"]
    assert errors('count(2, "x") > 0') == [
        "col 7: argument 1 of count() must be str, got int",
        "col 10: argument 2 of count() must be int, got str",
    ]


def test_result_must_be_bool_for_a_condition() -> None:
    assert errors("tokens + 1") == [
        "col 1: a condition must give a bool (true/false), but this gives int"
    ]
    assert errors("tokens + 1", want=Type.INT) == []
    assert errors("mood", want=None) == []


def test_errors_do_not_cascade() -> None:
    # one unknown name gives one error, not a second about the unknown type
    assert errors("nope and flag") == ["col 1: unknown name 'nope'"]
    assert errors("nope + 1 > 2") == ["col 1: unknown name 'nope'"]


def test_compile_condition() -> None:
    tree, errs = compile_condition("flag and tokens > 1", NAMES, FUNCS)
    assert tree is not None and errs == []
    tree, errs = compile_condition("flag and", NAMES, FUNCS)
    assert tree is None and errs[0].col == 9
    tree, errs = compile_condition("tokens", NAMES, FUNCS)
    assert tree is None and len(errs) == 1


# --- evaluation ------------------------------------------------------------------------------


def test_evaluate_values() -> None:
    assert run("tokens >= 2") is True
    assert run("tokens >= 4") is False
    assert run("told_lucy and tokens >= 2", told_lucy=True) is True
    assert run('not seen("h02.lucy.1")') is False
    assert run('visited("h03_art_class") or mood == "sad"') is True
    assert run('mood == "happy"') is False
    assert run("tokens - 5 + 1") == -1
    assert run("-tokens") == -3
    assert run("- -tokens") == 3
    assert run('count("abc", 2)') == 6
    assert run("now() == 7") is True
    assert run("'x'") == "x"
    assert run("tokens <= 3 and tokens < 4 and tokens > 2 and tokens != 2") is True


def test_short_circuit() -> None:
    calls_made: list[str] = []

    def seen(line: str) -> bool:
        calls_made.append(line)
        return True

    e = MappingEnv({"yes": True, "no": False}, {"seen": seen})
    assert evaluate(parse('yes or seen("a")'), e) is True
    assert evaluate(parse('no and seen("b")'), e) is False
    assert calls_made == []
    assert evaluate(parse('no or seen("c")'), e) is True
    assert evaluate(parse('yes and seen("d")'), e) is True
    assert calls_made == ["c", "d"]
    # an unknown name on the right is never read when the left decides
    assert evaluate(parse("yes or missing"), e) is True


def test_equality_never_mixes_bool_and_int() -> None:
    # Python says True == 1; the language does not.
    assert evaluate(parse("x == 1"), MappingEnv({"x": True})) is False
    assert evaluate(parse("x != 1"), MappingEnv({"x": True})) is True


def test_unchecked_type_errors_raise_expr_error_at_runtime() -> None:
    with pytest.raises(ExprError, match="'and' needs bool, got int"):
        evaluate(parse("n and true"), MappingEnv({"n": 1}))
    with pytest.raises(ExprError, match="'<' needs int, got bool"):
        evaluate(parse("b < 1"), MappingEnv({"b": True}))
    with pytest.raises(ExprError, match="'not' needs bool"):
        evaluate(parse("not 1"), MappingEnv())


def test_names_and_calls_helpers() -> None:
    tree = parse('seen("h02.lucy.1") and f(-2, x, "q", true) or a and g(y)')
    assert names(tree) == [("x", 30), ("a", 47), ("y", 55)]
    assert calls(tree) == [
        ("seen", ["h02.lucy.1"], 1),
        ("f", [-2, None, "q", True], 24),
        ("g", [None], 53),
    ]
    assert calls(parse("f(g(1))")) == [("f", [None], 1), ("g", [1], 3)]


# --- printer ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("((a)) and (b)", "a and b"),
        ("a or (b or c)", "a or (b or c)"),
        ("(a or b) or c", "a or b or c"),
        ("not (a and b)", "not (a and b)"),
        ("(a == b) == c", "(a == b) == c"),
        ("-(-3)", "- -3"),
        ("-(a + 1)", "-(a + 1)"),
        ("f( 'it\\'s' ,\"q\\\"\\\\\" )", 'f("it\'s", "q\\"\\\\")'),
        ("not not (x)", "not not x"),
    ],
)
def test_unparse(text: str, canonical: str) -> None:
    assert unparse(parse(text)) == canonical
    assert parse(canonical) == parse(text)


# --- hostile input ---------------------------------------------------------------------------


def test_ten_thousand_brackets_are_refused() -> None:
    for text in ["(" * 10_000, "(" * 10_000 + "a" + ")" * 10_000, "f(" * 5000]:
        err = error_of(text)
        assert "too long" in err.message
    # under the length cap the depth cap still holds, without RecursionError
    for text in [
        "(" * 999 + "a" + ")" * 999,
        "not " * 400 + "a",
        "-" * 1999 + "1",
        "f(" * 600 + "1" + ")" * 600,
        "1" + "+1" * 900,
        "a" + " or a" * 300,
    ]:
        assert "nested too deeply" in error_of(text).message


def test_depth_cap_is_exact() -> None:
    ok = "(" * (MAX_DEPTH - 1) + "a" + ")" * (MAX_DEPTH - 1)
    assert parse(ok) == Name("a")
    chain = "a" + " or a" * (MAX_DEPTH - 1)  # tree depth exactly MAX_DEPTH
    assert evaluate(parse(chain), MappingEnv({"a": False})) is False
    with pytest.raises(ExprError, match="nested too deeply"):
        parse(chain + " or a")


def test_five_megabyte_string_is_refused() -> None:
    err = error_of('"' + "x" * 5_000_000 + '"')
    assert err.col == 1 and f"at most {MAX_LENGTH}" in err.message


# --- properties ------------------------------------------------------------------------------

VALID = [
    "told_lucy and tokens >= 2",
    'not seen("h02.lucy.1")',
    'visited("h03_art_class") or mood == "sad"',
    "(a or b) and not (c == -3 + d)",
    "f('x\\'y', 2, g())",
]


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=80))
def test_random_text_only_raises_expr_error(text: str) -> None:
    try:
        tree = parse(text)
    except ExprError as err:
        assert 1 <= err.col <= len(text) + 1
        return
    assert parse(unparse(tree)) == tree


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(VALID))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["insert", "delete", "swap"]))
        i = draw(st.integers(0, max(len(text) - 1, 0)))
        if kind == "insert":
            ch = draw(st.sampled_from([*"()\"'\\,!=<>+- andornt_x19", chr(0), "é"]))
            text = text[:i] + ch + text[i:]
        elif kind == "delete" and text:
            text = text[:i] + text[i + 1 :]
        elif len(text) > 1:
            j = draw(st.integers(0, len(text) - 1))
            chars = list(text)
            chars[i], chars[j] = chars[j], chars[i]
            text = "".join(chars)
    return text


@settings(max_examples=600)
@given(mutated())
def test_mutations_only_raise_expr_error(text: str) -> None:
    try:
        tree = parse(text)
    except ExprError as err:
        assert 1 <= err.col <= len(text) + 1
        return
    assert parse(unparse(tree)) == tree
    for err in check(tree, NAMES, FUNCS):
        assert isinstance(err, ExprError)


# Random well-typed trees: the printer round-trips them and checked evaluation never fails.
_leaf_bool = st.one_of(st.booleans().map(Lit), st.sampled_from(["told_lucy", "flag"]).map(Name))
_leaf_int = st.one_of(st.integers(0, 999).map(Lit), st.sampled_from(["tokens", "day"]).map(Name))
_leaf_str = st.one_of(st.text(alphabet="ab'\"\\ .", max_size=5).map(Lit), st.just(Name("mood")))


def _ints(children: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(
        st.builds(Binary, st.sampled_from(["+", "-"]), children, children),
        st.builds(Unary, st.just("-"), children),
    )


_int_expr = st.recursive(_leaf_int, _ints, max_leaves=8)


def _bools(children: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(
        st.builds(Binary, st.sampled_from(["and", "or", "==", "!="]), children, children),
        st.builds(Unary, st.just("not"), children),
        st.builds(
            Binary, st.sampled_from(["<", "<=", ">", ">=", "==", "!="]), _int_expr, _int_expr
        ),
        st.builds(Binary, st.sampled_from(["==", "!="]), _leaf_str, _leaf_str),
        st.builds(lambda s: Call("seen", (s,)), _leaf_str),
    )


_bool_expr = st.recursive(_leaf_bool, _bools, max_leaves=10)


@settings(max_examples=300)
@given(_bool_expr, st.booleans(), st.integers(-5, 5))
def test_round_trip_and_checked_evaluation(tree, lucy: bool, tokens: int) -> None:  # type: ignore[no-untyped-def]
    text = unparse(tree)
    assert parse(text) == tree
    assert check(tree, NAMES, FUNCS) == []
    result = evaluate(tree, env(told_lucy=lucy, tokens=tokens))
    assert type(result) is bool
