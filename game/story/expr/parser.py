"""The condition language's parser (recursive descent, depth-limited) and its printer.

Grammar (lowest precedence first)::

    expr    := and ("or" and)*
    and     := not ("and" not)*
    not     := "not" not | cmp
    cmp     := sum (("==" | "!=" | "<" | "<=" | ">" | ">=") sum)?     # never chained
    sum     := neg (("+" | "-") neg)*
    neg     := "-" neg | atom
    atom    := INT | STRING | "true" | "false" | NAME | NAME "(" [expr ("," expr)*] ")"
             | "(" expr ")"
"""

from __future__ import annotations

from game.story.expr.tokenizer import Token, tokenize
from game.story.expr.tree import (
    COMPARE_OPS,
    MAX_DEPTH,
    MAX_LENGTH,
    Binary,
    Call,
    Expr,
    ExprError,
    Lit,
    Name,
    Unary,
    first_too_deep,
)


def _describe(tok: Token) -> str:
    return "end of text" if tok.kind == "end" else repr(tok.text)


class _Parser:
    def __init__(self, toks: list[Token]) -> None:
        self.toks = toks
        self.i = 0
        self.depth = 0

    def peek(self) -> Token:
        return self.toks[self.i]

    def take(self) -> Token:
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

    def after(self, op: Token) -> None:
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

    def call(self, name: Token) -> Expr:
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

    def close(self, paren: Token) -> None:
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
    toks = tokenize(text)
    if toks[0].kind == "end":
        raise ExprError("empty expression", 1)
    parser = _Parser(toks)
    tree = parser.expr()
    tok = parser.peek()
    if tok.kind != "end":
        if tok.kind == "op" and tok.text == ")":
            raise ExprError("unmatched ')'", tok.col)
        raise ExprError(f"unexpected {tok.text!r} after a complete expression", tok.col)
    deep = first_too_deep(tree)
    if deep is not None:
        raise ExprError(f"expression nested too deeply (more than {MAX_DEPTH} levels)", deep)
    return tree


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
