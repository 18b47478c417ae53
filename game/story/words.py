"""Words inside lines: a flag's value or a short alternative, without a whole branch.

Our own small grammar over the condition language (never `eval`)::

    "You have {count('tokens')} tokens."            a whole number or text, in place
    "She looked {mood} that day."                    a flag's value
    "{if bought_train}The train was still in my bag.{/if}"
    "{if tokens > 2}Plenty.{elif tokens > 0}A few.{else}None.{/if}"
    "Braces themselves: {{ and }}."

`{expr}` shows a whole number or text (a true/false value is an error: use `{if}`); `{if c}`,
`{elif c}`, `{else}` and `{/if}` choose a part by conditions, and may nest. Lines are checked
when read (the grammar) and by the linter (names, types, and the longest text each line can take
must fit the text box). The text shown is worked out when the line is shown, from the state then.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from game.story import expr

MAX_PARTS = 200


class WordsError(Exception):
    def __init__(self, message: str, col: int) -> None:
        super().__init__(message)
        self.message, self.col = message, col  # col: 1-based, in the line's text


@dataclass(frozen=True)
class Literal:
    text: str


@dataclass(frozen=True)
class Insert:
    tree: expr.Expr
    source: str
    col: int  # 1-based column of the expression in the line's text


@dataclass(frozen=True)
class Choose:
    arms: tuple[
        tuple[expr.Expr | None, str, int, tuple[Part, ...]], ...
    ]  # (cond, source, col, parts)


Part = Literal | Insert | Choose


def has_markup(text: str) -> bool:
    return "{" in text or "}" in text


def parse_words(text: str) -> tuple[Part, ...]:
    """The parts of a line; WordsError for markup that is not well formed."""
    if not has_markup(text):
        return (Literal(text),)
    tokens = list(_tokens(text))
    if len(tokens) > MAX_PARTS:
        raise WordsError(f"more than {MAX_PARTS} pieces of markup in one line", 1)
    parts, at = _parse(tokens, 0, text, top=True)
    assert at == len(tokens)
    return parts


def _tokens(text: str) -> Iterator[tuple[str, str, int]]:
    """("text", s, col) and ("tag", inside, col of the text inside the braces)."""
    i, buf, start = 0, [], 1
    while i < len(text):
        ch = text[i]
        if text.startswith("{{", i) or text.startswith("}}", i):
            buf.append(ch)
            i += 2
        elif ch == "}":
            raise WordsError("a lone `}` (write `}}` for a brace)", i + 1)
        elif ch == "{":
            end = text.find("}", i + 1)
            if end < 0:
                raise WordsError("`{` is not closed by `}` (write `{{` for a brace)", i + 1)
            if buf:
                yield "text", "".join(buf), start
                buf = []
            yield "tag", text[i + 1 : end], i + 2
            i = end + 1
            start = i + 1
        else:
            buf.append(ch)
            i += 1
    if buf:
        yield "text", "".join(buf), start


def _expr(source: str, col: int) -> expr.Expr:
    try:
        return expr.parse(source)
    except expr.ExprError as exc:
        raise WordsError(exc.message, col + exc.col - 1) from None


def _parse(tokens: list, at: int, text: str, *, top: bool) -> tuple[tuple[Part, ...], int]:
    parts: list[Part] = []
    while at < len(tokens):
        kind, value, col = tokens[at]
        word = value.strip()
        if kind == "text":
            parts.append(Literal(value))
            at += 1
        elif word.startswith("if ") or word == "if":
            at = _parse_if(tokens, at, text, parts)
        elif word in ("else", "/if") or word.startswith("elif "):
            if top:
                raise WordsError(f"`{{{word}}}` without an `{{if ...}}` before it", col - 1)
            return tuple(parts), at
        elif not word:
            raise WordsError("empty `{}` (write `{{}}` for braces)", col - 1)
        else:
            lead = len(value) - len(value.lstrip())
            parts.append(Insert(_expr(word, col + lead), word, col + lead))
            at += 1
    return tuple(parts), at


def _parse_if(tokens: list, at: int, text: str, parts: list[Part]) -> int:
    arms = []
    _kind, value, col = tokens[at]
    opened = col - 1
    word, cond_col = value.strip(), col + len(value) - len(value.lstrip())
    seen_else = False
    while True:
        if word == "else":
            cond, source = None, ""
            seen_else = True
        else:
            source = word.split(" ", 1)[1].strip() if " " in word else ""
            if not source:
                raise WordsError(f"`{{{word}}}` needs a condition", cond_col)
            offset = cond_col + word.index(source)
            cond = _expr(source, offset)
            cond_col = offset
        body, at = _parse(tokens, at + 1, text, top=False)
        arms.append((cond, source, cond_col, body))
        if at >= len(tokens):
            raise WordsError("`{if ...}` is not closed by `{/if}`", opened)
        _kind, value, col = tokens[at]
        word, cond_col = value.strip(), col + len(value) - len(value.lstrip())
        if word == "/if":
            parts.append(Choose(tuple(arms)))
            return at + 1
        if seen_else:
            raise WordsError(f"`{{{word}}}` after `{{else}}`", col - 1)


def render(parts: tuple[Part, ...], env: expr.Env) -> str:
    """The text the player reads, from the state now. ExprError only for unchecked input."""
    out: list[str] = []
    for part in parts:
        if isinstance(part, Literal):
            out.append(part.text)
        elif isinstance(part, Insert):
            value = expr.evaluate(part.tree, env)
            out.append(str(value) if not isinstance(value, bool) else ("yes" if value else "no"))
        else:
            for cond, _src, _col, body in part.arms:
                if cond is None or expr.evaluate(cond, env) is True:
                    out.append(render(body, env))
                    break
    return "".join(out)


def expressions(parts: tuple[Part, ...]) -> Iterator[tuple[expr.Expr, int, expr.Type | None]]:
    """Every expression in a line with its column and the type it must have (None: int or text)."""
    for part in parts:
        if isinstance(part, Insert):
            yield part.tree, part.col, None
        elif isinstance(part, Choose):
            for cond, _src, col, body in part.arms:
                if cond is not None:
                    yield cond, col, expr.Type.BOOL
                yield from expressions(body)


def widest(parts: tuple[Part, ...], value_of: Callable[[expr.Expr], str]) -> str:
    """The longest text a line can take (each choice's longest arm, each value's longest form)."""
    out: list[str] = []
    for part in parts:
        if isinstance(part, Literal):
            out.append(part.text)
        elif isinstance(part, Insert):
            out.append(value_of(part.tree))
        else:
            arms = [widest(body, value_of) for _c, _s, _col, body in part.arms]
            out.append(max(arms, key=len) if arms else "")
    return "".join(out)


def check_words(
    parts: tuple[Part, ...], names: Mapping[str, expr.Type], functions: Mapping[str, expr.Signature]
) -> list[tuple[int, str]]:
    """(col, message) for names, calls and types that do not fit."""
    problems = []
    for tree, col, want in expressions(parts):
        for err in expr.check(tree, names, functions, want=want):
            problems.append((col + err.col - 1, err.message))
        if want is None:
            got = _type_of(tree, names, functions)
            if got is expr.Type.BOOL:
                problems.append((col, "a true/false value cannot be shown: use {if ...}...{/if}"))
    return problems


def _type_of(
    tree: expr.Expr, names: Mapping[str, expr.Type], functions: Mapping
) -> expr.Type | None:
    for want in (expr.Type.INT, expr.Type.STR, expr.Type.BOOL):
        if not expr.check(tree, names, functions, want=want):
            return want
    return None
