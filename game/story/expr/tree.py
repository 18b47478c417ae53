"""The condition language's syntax tree: values, types, errors, the nodes and walks over them.

Nodes are small immutable dataclasses; columns are kept for messages but left out of equality, so
a re-parsed printout compares equal.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

MAX_LENGTH = 2000  # characters of expression text
MAX_DEPTH = 64  # levels of the syntax tree (brackets, operators, calls)
MAX_INT_DIGITS = 18  # keeps integer literals in a sane range

Value = bool | int | str


class ExprError(Exception):
    """A problem in an expression; ``col`` is the 1-based column in the expression text."""

    def __init__(self, message: str, col: int) -> None:
        super().__init__(message, col)
        self.message = message
        self.col = col

    def __str__(self) -> str:
        return f"col {self.col}: {self.message}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ExprError) and (self.message, self.col) == (
            other.message,
            other.col,
        )

    def __hash__(self) -> int:
        return hash((self.message, self.col))


class Type(enum.Enum):
    BOOL = "bool"
    INT = "int"
    STR = "str"


@dataclass(frozen=True)
class Signature:
    """What a function callable from conditions accepts and returns."""

    params: tuple[Type, ...]
    result: Type


# --- nodes -------------------------------------------------------------------------------------
# Columns are kept for messages but left out of equality, so a re-parsed printout compares equal.


@dataclass(frozen=True, eq=False)
class Lit:
    value: Value
    col: int = field(default=0)

    # Python says True == 1; a literal true must not equal a literal 1.
    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Lit)
            and type(self.value) is type(other.value)
            and self.value == other.value
        )

    def __hash__(self) -> int:
        return hash((type(self.value).__name__, self.value))


@dataclass(frozen=True)
class Name:
    name: str
    col: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Expr, ...]
    col: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Unary:
    op: str  # "not" or "-"
    operand: Expr
    col: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Binary:
    op: str  # "or" "and" "==" "!=" "<" "<=" ">" ">=" "+" "-"
    left: Expr
    right: Expr
    col: int = field(default=0, compare=False)  # column of the operator


Expr = Lit | Name | Call | Unary | Binary

COMPARE_OPS = ("==", "!=", "<", "<=", ">", ">=")
KEYWORDS = ("and", "or", "not", "true", "false")

# --- walking ---------------------------------------------------------------------------------


def children(expr: Expr) -> tuple[Expr, ...]:
    if isinstance(expr, Binary):
        return (expr.left, expr.right)
    if isinstance(expr, Unary):
        return (expr.operand,)
    if isinstance(expr, Call):
        return expr.args
    return ()


def preorder(expr: Expr) -> list[Expr]:
    """All nodes in source order, without recursion."""
    out: list[Expr] = []
    stack = [expr]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(reversed(children(node)))
    return out


def first_too_deep(expr: Expr) -> int | None:
    """Column of the first node deeper than MAX_DEPTH (long operator chains nest too)."""
    stack = [(expr, 1)]
    while stack:
        node, d = stack.pop()
        if d > MAX_DEPTH:
            return start_col(node)
        stack.extend((child, d + 1) for child in reversed(children(node)))
    return None


def start_col(expr: Expr) -> int:
    """Column where the text of ``expr`` begins (a binary node's col is its operator)."""
    while isinstance(expr, Binary):
        expr = expr.left
    return expr.col


def names(expr: Expr) -> list[tuple[str, int]]:
    """Names read by the expression, with their columns, in source order."""
    return [(n.name, n.col) for n in preorder(expr) if isinstance(n, Name)]


def _literal(expr: Expr) -> object:
    if isinstance(expr, Lit):
        return expr.value
    if isinstance(expr, Unary) and expr.op == "-" and isinstance(expr.operand, Lit):
        value = expr.operand.value
        if type(value) is int:
            return -value
    return None


def calls(expr: Expr) -> list[tuple[str, list[object], int]]:
    """Function calls in source order: name, each argument's literal value (None if not a
    literal) and the column of the name. Lets the linter check e.g. that seen() ids exist."""
    return [
        (n.name, [_literal(a) for a in n.args], n.col)
        for n in preorder(expr)
        if isinstance(n, Call)
    ]
