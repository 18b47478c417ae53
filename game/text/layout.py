"""Greedy word wrap over any width function.

Kept apart from the font so the rules can be tested with a toy measure and reused by the content
linter. Pure: same text, width and measure always give the same lines.
"""

from __future__ import annotations

from collections.abc import Callable

Measure = Callable[[str], int]

# What the text box and the choice panel can show (the drawing uses these; the linter checks them).
TEXT_WIDTH = 444  # px of a line in the text box without a portrait
TEXT_WIDTH_PORTRAIT = 386  # ... beside a portrait
TEXT_WIDTH_ASIDE = 392  # a line from the game itself (an actor with `box: aside`, e.g. a hint)
MAX_LINES = 4  # rows of text in the box
CHOICE_TEXT_WIDTH = 266  # px of one option in the choice panel (one row each)
CHOICE_ROWS = 6  # options the panel shows at once; more scroll


def _break_word(word: str, max_width: int, measure: Measure) -> list[str]:
    """Split a word wider than a line into pieces that fit (at least one char per piece)."""
    pieces: list[str] = []
    start = 0
    while start < len(word):
        end = start + 1  # a single char always goes, even if it alone is too wide
        while end < len(word) and measure(word[start : end + 1]) <= max_width:
            end += 1
        pieces.append(word[start:end])
        start = end
    return pieces


def wrap_paragraph(text: str, max_width: int, measure: Measure) -> list[str]:
    """Wrap one paragraph (no newlines). Words are split on spaces; runs of spaces collapse."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if measure(candidate) <= max_width:
            line = candidate
            continue
        if line:
            lines.append(line)
        if measure(word) <= max_width:
            line = word
            continue
        *full, line = _break_word(word, max_width, measure)
        lines.extend(full)
    lines.append(line)
    return lines


def wrap_text(text: str, max_width: int, measure: Measure) -> list[str]:
    """Wrap text to `max_width`; each explicit newline starts a new line (blank lines kept)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(wrap_paragraph(paragraph, max_width, measure))
    return lines
