"""The condition language's evaluator: a checked tree and the game's values give a value."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from game.story.expr.tree import Call, Expr, ExprError, Lit, Name, Unary, Value


class Env(Protocol):
    """What :func:`evaluate` needs from the game: values of names and results of calls."""

    def value(self, name: str) -> Value: ...

    def call(self, name: str, args: Sequence[Value]) -> Value: ...


def _need(value: Value, want: type, what: str, col: int) -> None:
    # bool is a subclass of int in Python, so compare exact types.
    if type(value) is not want:
        raise ExprError(f"{what} needs {want.__name__}, got {type(value).__name__}", col)


def evaluate(expr: Expr, env: Env) -> Value:
    """Value of ``expr``. Cannot fail for an expression that passed :func:`check` (against the
    same names and functions the env provides); otherwise a type mismatch raises ExprError."""
    if isinstance(expr, Lit):
        return expr.value
    if isinstance(expr, Name):
        return env.value(expr.name)
    if isinstance(expr, Call):
        return env.call(expr.name, [evaluate(a, env) for a in expr.args])
    if isinstance(expr, Unary):
        value = evaluate(expr.operand, env)
        if expr.op == "not":
            _need(value, bool, "'not'", expr.col)
            return not value
        _need(value, int, "'-'", expr.col)
        return -value  # type: ignore[operator]
    op = expr.op
    left = evaluate(expr.left, env)
    if op in ("and", "or"):
        _need(left, bool, repr(op), expr.col)
        if left is (op == "or"):  # short-circuit: true or ..., false and ...
            return left
        right = evaluate(expr.right, env)
        _need(right, bool, repr(op), expr.col)
        return right
    right = evaluate(expr.right, env)
    if op == "==":
        return type(left) is type(right) and left == right
    if op == "!=":
        return not (type(left) is type(right) and left == right)
    _need(left, int, repr(op), expr.col)
    _need(right, int, repr(op), expr.col)
    a, b = int(left), int(right)
    results = {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}
    if op in results:
        return results[op]
    return a + b if op == "+" else a - b


@dataclass
class MappingEnv:
    """A simple :class:`Env` over plain dicts (tests, tools, the linter's dry runs)."""

    values: Mapping[str, Value] = field(default_factory=dict)
    functions: Mapping[str, object] = field(default_factory=dict)

    def value(self, name: str) -> Value:
        return self.values[name]

    def call(self, name: str, args: Sequence[Value]) -> Value:
        return self.functions[name](*args)  # type: ignore[operator]
