"""The condition language used by scene files (never ``eval``).

Scene files are untrusted, so conditions such as ``told_lucy and tokens >= 2`` or
``not seen("h02.lucy.1")`` are read by our own tokenizer and recursive-descent parser into a
small immutable tree, checked statically against the known names and functions, and evaluated
with short-circuit ``and``/``or``: `tokenizer`, `parser` (and its printer), `checker`,
`evaluator`, over the nodes in `tree`.

Grammar (lowest precedence first)::

    expr    := and ("or" and)*
    and     := not ("and" not)*
    not     := "not" not | cmp
    cmp     := sum (("==" | "!=" | "<" | "<=" | ">" | ">=") sum)?     # never chained
    sum     := neg (("+" | "-") neg)*
    neg     := "-" neg | atom
    atom    := INT | STRING | "true" | "false" | NAME | NAME "(" [expr ("," expr)*] ")"
             | "(" expr ")"

Types are ``bool``, ``int`` and ``str``; there is no truthiness (an int is not a bool).
Every error is an :class:`ExprError` with a 1-based column; nothing else is ever raised by
:func:`parse`. Text longer than :data:`MAX_LENGTH` or nested deeper than :data:`MAX_DEPTH` is
refused, so hostile input can never exhaust the stack.
"""

from game.story.expr.checker import check, compile_condition
from game.story.expr.evaluator import Env, MappingEnv, evaluate
from game.story.expr.parser import parse, unparse
from game.story.expr.tree import (
    COMPARE_OPS,
    KEYWORDS,
    MAX_DEPTH,
    MAX_INT_DIGITS,
    MAX_LENGTH,
    Binary,
    Call,
    Expr,
    ExprError,
    Lit,
    Name,
    Signature,
    Type,
    Unary,
    Value,
    calls,
    names,
    start_col,
)

__all__ = [
    "COMPARE_OPS",
    "KEYWORDS",
    "MAX_DEPTH",
    "MAX_INT_DIGITS",
    "MAX_LENGTH",
    "Binary",
    "Call",
    "Env",
    "Expr",
    "ExprError",
    "Lit",
    "MappingEnv",
    "Name",
    "Signature",
    "Type",
    "Unary",
    "Value",
    "calls",
    "check",
    "compile_condition",
    "evaluate",
    "names",
    "parse",
    "start_col",
    "unparse",
]
