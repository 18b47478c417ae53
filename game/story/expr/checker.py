"""The condition language's static checker: names, functions, arity and types, before anything runs."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from game.story.expr.parser import parse
from game.story.expr.tree import (
    Binary,
    Call,
    Expr,
    ExprError,
    Lit,
    Name,
    Signature,
    Type,
    Unary,
    start_col,
)


def _article(t: Type) -> str:
    return {Type.BOOL: "a bool (true/false)", Type.INT: "an int", Type.STR: "a str"}[t]


class _Checker:
    def __init__(self, names: Mapping[str, Type], functions: Mapping[str, Signature]) -> None:
        self.names = names
        self.functions = functions
        self.errors: list[ExprError] = []

    def err(self, message: str, col: int) -> None:
        self.errors.append(ExprError(message, col))

    def suggest(self, word: str, pool: Mapping[str, object]) -> str:
        close = difflib.get_close_matches(word, sorted(pool), n=1)
        return f" (did you mean {close[0]!r}?)" if close else ""

    def type_of(self, expr: Expr) -> Type | None:
        """Type of ``expr``, or None when it is unknown because of an error already reported."""
        if isinstance(expr, Lit):
            if isinstance(expr.value, bool):
                return Type.BOOL
            return Type.INT if isinstance(expr.value, int) else Type.STR
        if isinstance(expr, Name):
            return self.name(expr)
        if isinstance(expr, Call):
            return self.call(expr)
        if isinstance(expr, Unary):
            want = Type.BOOL if expr.op == "not" else Type.INT
            got = self.type_of(expr.operand)
            if got is not None and got is not want:
                self.err(f"{expr.op!r} needs {_article(want)}, but got {got.value}", expr.col)
            return want
        return self.binary(expr)

    def name(self, expr: Name) -> Type | None:
        if expr.name in self.names:
            return self.names[expr.name]
        if expr.name in self.functions:
            self.err(f"{expr.name!r} is a function; call it like {expr.name}(...)", expr.col)
        else:
            self.err(f"unknown name {expr.name!r}{self.suggest(expr.name, self.names)}", expr.col)
        return None

    def call(self, expr: Call) -> Type | None:
        arg_types = [self.type_of(a) for a in expr.args]
        sig = self.functions.get(expr.name)
        if sig is None:
            if expr.name in self.names:
                self.err(f"{expr.name!r} is not a function", expr.col)
            else:
                hint = self.suggest(expr.name, self.functions)
                self.err(f"unknown function {expr.name!r}{hint}", expr.col)
            return None
        if len(expr.args) != len(sig.params):
            count = len(sig.params)
            noun = "argument" if count == 1 else "arguments"
            self.err(f"{expr.name}() takes {count} {noun}, got {len(expr.args)}", expr.col)
            return sig.result
        for k, (arg, got, want) in enumerate(zip(expr.args, arg_types, sig.params, strict=True)):
            if got is not None and got is not want:
                self.err(
                    f"argument {k + 1} of {expr.name}() must be {want.value}, got {got.value}",
                    start_col(arg),
                )
        return sig.result

    def binary(self, expr: Binary) -> Type | None:
        left, right = self.type_of(expr.left), self.type_of(expr.right)
        op = expr.op
        if op not in ("==", "!="):
            want = Type.BOOL if op in ("and", "or") else Type.INT
            for side, got, node in (("left", left, expr.left), ("right", right, expr.right)):
                if got is not None and got is not want:
                    hint = ""
                    if want is Type.BOOL and got is Type.INT:
                        hint = "; a number is not true or false, compare it (e.g. x > 0)"
                    self.err(
                        f"{op!r} needs {_article(want)} on both sides, "
                        f"but the {side} side is {got.value}{hint}",
                        start_col(node),
                    )
            return Type.BOOL if op not in ("+", "-") else Type.INT
        # == and != compare two values of one type.
        if left is not None and right is not None and left is not right:
            self.err(
                f"{op!r} compares values of the same type, got {left.value} and {right.value}",
                expr.col,
            )
        return Type.BOOL


def check(
    expr: Expr,
    names: Mapping[str, Type],
    functions: Mapping[str, Signature],
    want: Type | None = Type.BOOL,
) -> list[ExprError]:
    """Static errors: unknown names or functions, wrong arity or argument types, operator type
    errors, and (unless ``want`` is None) a result of the wrong type. Empty list: safe to run."""
    checker = _Checker(names, functions)
    got = checker.type_of(expr)
    if want is not None and got is not None and got is not want:
        what = "condition" if want is Type.BOOL else "expression"
        checker.err(
            f"a {what} must give {_article(want)}, but this gives {got.value}", start_col(expr)
        )
    return checker.errors


def compile_condition(
    text: str, names: Mapping[str, Type], functions: Mapping[str, Signature]
) -> tuple[Expr | None, list[ExprError]]:
    """Parse and check a condition in one step, for loaders and the linter."""
    try:
        tree = parse(text)
    except ExprError as exc:
        return None, [exc]
    errors = check(tree, names, functions)
    return (None if errors else tree), errors
