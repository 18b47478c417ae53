"""The condition language's tokenizer: text to tokens, with a clear message for common slips."""

from __future__ import annotations

from dataclasses import dataclass

from game.story.expr.tree import KEYWORDS, MAX_INT_DIGITS, ExprError, Value


@dataclass(frozen=True)
class Token:
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


def tokenize(text: str) -> list[Token]:
    toks: list[Token] = []
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
            toks.append(Token("int", text[i:j], col, int(text[i:j])))
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
            toks.append(Token("op" if word in KEYWORDS else "name", word, col))
            i = j
        elif text.startswith(("==", "!=", "<=", ">="), i):
            toks.append(Token("op", text[i : i + 2], col))
            i += 2
        elif ch in "<>+-(),":
            toks.append(Token("op", ch, col))
            i += 1
        else:
            hint = _HINTS.get(ch, "")
            shown = repr(ch) if ch.isprintable() else f"U+{ord(ch):04X}"
            raise ExprError(f"unexpected character {shown}" + (f"; {hint}" if hint else ""), col)
    toks.append(Token("end", "", n + 1))
    return toks


def _string(text: str, i: int, toks: list[Token]) -> int:
    """Read a quoted string starting at ``text[i]``; return the index after it."""
    quote, start = text[i], i
    out: list[str] = []
    i += 1
    while i < len(text):
        ch = text[i]
        if ch == quote:
            toks.append(Token("str", text[start : i + 1], start + 1, "".join(out)))
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
