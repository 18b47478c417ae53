"""The condition language used by scene files (never ``eval``).

Scene files are untrusted, so conditions such as ``told_lucy and tokens >= 2`` or
``not seen("h02.lucy.1")`` are read by our own tokenizer and recursive-descent parser into a
small immutable AST, checked statically against the known names and functions, and evaluated
with short-circuit ``and``/``or``.

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

from __future__ import annotations

import difflib
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

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


class Env(Protocol):
    """What :func:`evaluate` needs from the game: values of names and results of calls."""

    def value(self, name: str) -> Value: ...

    def call(self, name: str, args: Sequence[Value]) -> Value: ...


# --- AST -------------------------------------------------------------------------------------
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

# --- tokenizer -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Tok:
    kind: str  # "int" "str" "name" "op" "end"; keywords and punctuation are "op"
    text: str
    col: int
    value: Value = ""


_HINTS = {
    "&": "use 'and' instead of '&' or '&&'",
    "|": "use 'or' instead of '|' or '||'",
    "!": "use 'not' (or '!=' to compare)",
    "=": "use '==' to compare",
}
_WRONG_WORDS = {"True": "true", "False": "false", "AND": "and", "OR": "or", "NOT": "not"}


def _is_name_start(ch: str) -> bool:
    return ch == "_" or "a" <= ch <= "z"


def _is_name_char(ch: str) -> bool:
    return _is_name_start(ch) or "0" <= ch <= "9"


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        col = i + 1
        if ch in " \t\r\n":
            i += 1
        elif "0" <= ch <= "9":
            j = i
            while j < n and "0" <= text[j] <= "9":
                j += 1
            if j < n and (text[j].isalnum() or text[j] == "_"):
                raise ExprError(f"bad number {text[i : j + 1]!r}", col)
            if j - i > MAX_INT_DIGITS:
                raise ExprError(f"number too long (more than {MAX_INT_DIGITS} digits)", col)
            toks.append(_Tok("int", text[i:j], col, int(text[i:j])))
            i = j
        elif ch in "\"'":
            i = _string(text, i, toks)
        elif _is_name_start(ch) or ch.isalpha():
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            word = text[i:j]
            if not all(_is_name_char(c) for c in word):
                hint = _WRONG_WORDS.get(word)
                extra = f"; did you mean {hint!r}?" if hint else "; names use a-z, 0-9 and _"
                raise ExprError(f"bad name {word!r}{extra}", col)
            toks.append(_Tok("op" if word in KEYWORDS else "name", word, col))
            i = j
        elif text.startswith(("==", "!=", "<=", ">="), i):
            toks.append(_Tok("op", text[i : i + 2], col))
            i += 2
        elif ch in "<>+-(),":
            toks.append(_Tok("op", ch, col))
            i += 1
        else:
            hint = _HINTS.get(ch, "")
            shown = repr(ch) if ch.isprintable() else f"U+{ord(ch):04X}"
            raise ExprError(f"unexpected character {shown}" + (f"; {hint}" if hint else ""), col)
    toks.append(_Tok("end", "", n + 1))
    return toks


def _string(text: str, i: int, toks: list[_Tok]) -> int:
    """Read a quoted string starting at ``text[i]``; return the index after it."""
    quote, start = text[i], i
    out: list[str] = []
    i += 1
    while i < len(text):
        ch = text[i]
        if ch == quote:
            toks.append(_Tok("str", text[start : i + 1], start + 1, "".join(out)))
            return i + 1
        if ch == "\\":
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if nxt not in ("\\", '"', "'"):
                raise ExprError("unknown escape; only \\\\, \\\" and \\' are allowed", i + 1)
            out.append(nxt)
            i += 2
        else:
            out.append(ch)
            i += 1
    raise ExprError(
        f"unterminated string: no closing {quote} for the one at col {start + 1}", start + 1
    )


# --- parser ----------------------------------------------------------------------------------


def _describe(tok: _Tok) -> str:
    return "end of text" if tok.kind == "end" else repr(tok.text)


class _Parser:
    def __init__(self, toks: list[_Tok]) -> None:
        self.toks = toks
        self.i = 0
        self.depth = 0

    def peek(self) -> _Tok:
        return self.toks[self.i]

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def at(self, *ops: str) -> bool:
        tok = self.peek()
        return tok.kind == "op" and tok.text in ops

    def enter(self, col: int) -> None:
        # Guard the parser's own recursion; the tree depth is checked after parsing.
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExprError(f"expression nested too deeply (more than {MAX_DEPTH} levels)", col)

    def expr(self) -> Expr:
        left = self.conj()
        while self.at("or"):
            op = self.take()
            self.after(op)
            left = Binary("or", left, self.conj(), op.col)
        return left

    def conj(self) -> Expr:
        left = self.negation()
        while self.at("and"):
            op = self.take()
            self.after(op)
            left = Binary("and", left, self.negation(), op.col)
        return left

    def negation(self) -> Expr:
        if self.at("not"):
            op = self.take()
            self.enter(op.col)
            self.after(op)
            node = Unary("not", self.negation(), op.col)
            self.depth -= 1
            return node
        return self.comparison()

    def comparison(self) -> Expr:
        left = self.total()
        if self.at(*COMPARE_OPS):
            op = self.take()
            self.after(op)
            left = Binary(op.text, left, self.total(), op.col)
            if self.at(*COMPARE_OPS):
                tok = self.peek()
                raise ExprError(
                    f"comparisons cannot be chained; join them with 'and' ({tok.text!r})", tok.col
                )
        return left

    def total(self) -> Expr:
        left = self.neg()
        while self.at("+", "-"):
            op = self.take()
            self.after(op)
            left = Binary(op.text, left, self.neg(), op.col)
        return left

    def neg(self) -> Expr:
        if self.at("-"):
            op = self.take()
            self.enter(op.col)
            self.after(op)
            node = Unary("-", self.neg(), op.col)
            self.depth -= 1
            return node
        return self.atom()

    def after(self, op: _Tok) -> None:
        """Before parsing the operand after ``op``: a clear message when it is missing.
        (A check, not a wrapper, so each nesting level costs fewer stack frames.)"""
        tok = self.peek()
        if tok.kind == "end" or (tok.kind == "op" and tok.text in (")", ",", "and", "or")):
            raise ExprError(f"expected a value after {op.text!r}, found {_describe(tok)}", tok.col)

    def atom(self) -> Expr:
        tok = self.take()
        if tok.kind == "int" or tok.kind == "str":
            return Lit(tok.value, tok.col)
        if tok.kind == "name":
            if self.at("("):
                return self.call(tok)
            return Name(tok.text, tok.col)
        if tok.kind == "op" and tok.text in ("true", "false"):
            return Lit(tok.text == "true", tok.col)
        if tok.kind == "op" and tok.text == "(":
            self.enter(tok.col)
            self.after(tok)
            inner = self.expr()
            self.close(tok)
            self.depth -= 1
            return inner
        raise ExprError(f"expected a value, found {_describe(tok)}", tok.col)

    def call(self, name: _Tok) -> Expr:
        paren = self.take()
        self.enter(paren.col)
        args: list[Expr] = []
        if not self.at(")"):
            self.after(paren)
            args.append(self.expr())
            while self.at(","):
                comma = self.take()
                self.after(comma)
                args.append(self.expr())
        self.close(paren)
        self.depth -= 1
        return Call(name.text, tuple(args), name.col)

    def close(self, paren: _Tok) -> None:
        tok = self.take()
        if not (tok.kind == "op" and tok.text == ")"):
            raise ExprError(
                f"expected ')' to close '(' at col {paren.col}, found {_describe(tok)}", tok.col
            )


def parse(text: str) -> Expr:
    """Parse expression text into an AST; raises :class:`ExprError` and nothing else."""
    if not isinstance(text, str):
        raise ExprError("an expression must be text", 1)
    if len(text) > MAX_LENGTH:
        raise ExprError(f"expression too long ({len(text)} characters, at most {MAX_LENGTH})", 1)
    toks = _tokenize(text)
    if toks[0].kind == "end":
        raise ExprError("empty expression", 1)
    parser = _Parser(toks)
    tree = parser.expr()
    tok = parser.peek()
    if tok.kind != "end":
        if tok.kind == "op" and tok.text == ")":
            raise ExprError("unmatched ')'", tok.col)
        raise ExprError(f"unexpected {tok.text!r} after a complete expression", tok.col)
    deep = _first_too_deep(tree)
    if deep is not None:
        raise ExprError(f"expression nested too deeply (more than {MAX_DEPTH} levels)", deep)
    return tree


# --- walking ---------------------------------------------------------------------------------


def _children(expr: Expr) -> tuple[Expr, ...]:
    if isinstance(expr, Binary):
        return (expr.left, expr.right)
    if isinstance(expr, Unary):
        return (expr.operand,)
    if isinstance(expr, Call):
        return expr.args
    return ()


def _preorder(expr: Expr) -> list[Expr]:
    """All nodes in source order, without recursion."""
    out: list[Expr] = []
    stack = [expr]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(reversed(_children(node)))
    return out


def _first_too_deep(expr: Expr) -> int | None:
    """Column of the first node deeper than MAX_DEPTH (long operator chains nest too)."""
    stack = [(expr, 1)]
    while stack:
        node, d = stack.pop()
        if d > MAX_DEPTH:
            return start_col(node)
        stack.extend((child, d + 1) for child in reversed(_children(node)))
    return None


def start_col(expr: Expr) -> int:
    """Column where the text of ``expr`` begins (a binary node's col is its operator)."""
    while isinstance(expr, Binary):
        expr = expr.left
    return expr.col


def names(expr: Expr) -> list[tuple[str, int]]:
    """Names read by the expression, with their columns, in source order."""
    return [(n.name, n.col) for n in _preorder(expr) if isinstance(n, Name)]


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
        for n in _preorder(expr)
        if isinstance(n, Call)
    ]


# --- printer ---------------------------------------------------------------------------------

_PREC = {"or": 1, "and": 2, "not": 3, **dict.fromkeys(COMPARE_OPS, 4), "+": 5, "-": 5}
_ATOM = 7


def _prec(expr: Expr) -> int:
    if isinstance(expr, Binary):
        return _PREC[expr.op]
    if isinstance(expr, Unary):
        return 3 if expr.op == "not" else 6
    return _ATOM


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def unparse(expr: Expr) -> str:
    """Canonical text for an AST, with only the brackets it needs; parse(unparse(e)) == e."""

    def wrap(child: Expr, need: int) -> str:
        text = unparse(child)
        return f"({text})" if _prec(child) < need else text

    if isinstance(expr, Lit):
        if isinstance(expr.value, bool):
            return "true" if expr.value else "false"
        if isinstance(expr.value, int):
            return str(expr.value)  # parse never makes negative literals: -5 is Unary("-", 5)
        return _quote(expr.value)
    if isinstance(expr, Name):
        return expr.name
    if isinstance(expr, Call):
        return f"{expr.name}({', '.join(unparse(a) for a in expr.args)})"
    if isinstance(expr, Unary):
        if expr.op == "not":
            return "not " + wrap(expr.operand, 3)
        text = wrap(expr.operand, 6)
        return ("- " if text.startswith("-") else "-") + text
    p = _PREC[expr.op]
    # Left-associative: the left side may share the precedence, the right side may not.
    # Comparisons do not chain, so neither side may be a comparison.
    left = wrap(expr.left, p + 1 if p == 4 else p)
    right = wrap(expr.right, p + 1)
    return f"{left} {expr.op} {right}"


# --- type checker ----------------------------------------------------------------------------


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


# --- evaluator -------------------------------------------------------------------------------


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
