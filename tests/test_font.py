"""Bitmap fonts: build output up to date, glyph coverage, wrap/measure rules, headless drawing."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import importlib.util
import sys
from pathlib import Path

import pygame
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.text.layout import wrap_text
from game.ui.font import BitmapFont

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "assets" / "fonts"
NAMES = ("regular", "small", "large")
WHITE = (255, 255, 255)


def _load_tool():
    spec = importlib.util.spec_from_file_location(
        "build_fonts", ROOT / "assets" / "tools" / "build_fonts.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_fonts"] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture(scope="module", params=NAMES)
def font(request) -> BitmapFont:
    return BitmapFont.load(FONTS, request.param)


@pytest.fixture(scope="module")
def regular() -> BitmapFont:
    return BitmapFont.load(FONTS, "regular")


# -- build output -------------------------------------------------------------------------------


def test_output_is_up_to_date():
    stale = tool.stale_outputs(FONTS)
    assert stale == [], f"run: python assets/tools/build_fonts.py (stale: {stale})"


def test_build_is_deterministic():
    assert tool.build_all() == tool.build_all()


def test_parser_reports_file_and_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text(
        "line_height: 8\nbaseline: 6\ngrid_height: 2\nspacing: 1\n\n[A]\n#.\n#x\n", "utf-8"
    )
    with pytest.raises(tool.FontSourceError, match=r"bad.txt:8: "):
        tool.parse_font(bad)


def test_parser_rejects_missing_glyphs(tmp_path):
    src = tmp_path / "tiny.txt"
    src.write_text("line_height: 8\nbaseline: 6\ngrid_height: 1\nspacing: 1\n\n[A]\n#\n", "utf-8")
    with pytest.raises(tool.FontSourceError, match="missing glyphs"):
        tool.parse_font(src)


# -- coverage and metrics -----------------------------------------------------------------------


def test_every_required_character_has_a_glyph(font):
    missing = [c for c in tool.REQUIRED_CHARS if not font.has_glyph(c)]
    assert missing == []


def test_line_heights_match_the_brief():
    heights = {name: BitmapFont.load(FONTS, name).line_height for name in NAMES}
    assert 11 <= heights["regular"] <= 12
    assert 8 <= heights["small"] <= 9
    assert 15 <= heights["large"] <= 16


def test_visible_glyphs_have_ink_and_space_has_width(font):
    for c in tool.REQUIRED_CHARS:
        g = font.glyph(c)
        assert g.advance > 0, c
        if c != " ":
            assert g.w > 0 and g.h > 0, f"{c!r} has no ink"
        assert g.dy + g.h <= font.line_height, f"{c!r} spills below the line"


def test_unknown_characters_use_the_fallback(regular):
    assert not regular.has_glyph("\u2603")
    assert regular.measure("\u2603") == regular.glyph("fallback").width
    assert regular.render("\u2603", WHITE).get_width() > 0


def test_measure_basics(regular):
    assert regular.measure("") == 0
    i, m = regular.measure("i"), regular.measure("m")
    assert 0 < i < m
    # The widths of two runs plus the gap between them, independent of cache or order.
    assert regular.measure("im") == regular.glyph("i").advance + m
    assert regular.measure("ab\nabcdef") == regular.measure("abcdef")


# -- wrapping -----------------------------------------------------------------------------------

SENTENCE = "We walked down to the pond in the rain, and nobody said a word about the boat."


def test_wrap_fits_and_keeps_words(regular):
    lines = regular.wrap(SENTENCE, 120)
    assert len(lines) > 1
    assert all(regular.measure(line) <= 120 for line in lines)
    assert " ".join(lines) == SENTENCE  # no word split, none lost


def test_wrap_empty_and_newlines(regular):
    assert regular.wrap("", 100) == [""]
    assert regular.wrap("one\n\ntwo", 100) == ["one", "", "two"]
    assert regular.wrap("a line\n", 100) == ["a line", ""]


def test_wrap_breaks_long_words(regular):
    word = "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    lines = regular.wrap(f"so {word} end", 60)
    assert "".join(lines).replace(" ", "") == f"so{word}end"
    assert all(regular.measure(line) <= 60 for line in lines)
    assert len(lines) >= 3


def test_wrap_single_char_wider_than_line_still_progresses(regular):
    assert regular.wrap("MMM", 3) == ["M", "M", "M"]


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet="ab M.,’…\n\u2603", max_size=80),
    width=st.integers(min_value=1, max_value=200),
)
def test_wrap_properties(text, width):
    font = BitmapFont.load(FONTS, "regular")
    lines = font.wrap(text, width)
    for line in lines:
        assert font.measure(line) <= width or len(line) == 1
        assert "\n" not in line
    # Words survive intact except when one is too long for a line.
    words = text.split()
    if all(font.measure(w) <= width for w in words):
        assert " ".join(" ".join(lines).split()) == " ".join(words)
    assert len(lines) >= text.count("\n") + 1
    assert font.wrap(text, width) == lines  # deterministic


def test_wrap_text_with_toy_measure():
    # Monospace: each char 1 px. Explicit and wrapped lines both appear.
    assert wrap_text("aa bb cc\ndd", 5, len) == ["aa bb", "cc", "dd"]


# -- drawing ------------------------------------------------------------------------------------


def _ink_columns(surface: pygame.Surface) -> list[int]:
    w, h = surface.get_size()
    return [x for x in range(w) if any(surface.get_at((x, y)).a for y in range(h))]


def test_render_is_tinted_and_cached(font):
    red = font.render("Hello", (200, 10, 10))
    assert red.get_size() == (font.measure("Hello"), font.line_height)
    assert font.render("Hello", (200, 10, 10)) is red
    pixels = {
        tuple(red.get_at((x, y)))
        for x in range(red.get_width())
        for y in range(red.get_height())
        if red.get_at((x, y)).a
    }
    assert pixels == {(200, 10, 10, 255)}
    assert font.render("Hello", (10, 200, 10)) is not red


def test_draw_with_shadow(regular):
    surf = pygame.Surface((100, 20), pygame.SRCALPHA)
    regular.draw(surf, "I", (10, 2), WHITE, shadow=(1, 2, 3))
    g = regular.glyph("I")
    top_left = (10 + g.dx, 2 + g.dy)
    assert tuple(surf.get_at(top_left))[:3] == WHITE
    corner = (10 + g.dx + g.w, 2 + g.dy + g.h)  # shadow's bottom-right pixel, 1 px off
    assert tuple(surf.get_at(corner))[:3] == (1, 2, 3)


def test_typewriter_count_keeps_layout(regular):
    text = "Tea, then."
    full = pygame.Surface((120, 20), pygame.SRCALPHA)
    regular.draw(full, text, (0, 0), WHITE)
    part = pygame.Surface((120, 20), pygame.SRCALPHA)
    regular.draw(part, text, (0, 0), WHITE, count=3)
    prefix = pygame.Surface((120, 20), pygame.SRCALPHA)
    regular.draw(prefix, text[:3], (0, 0), WHITE)
    assert _ink_columns(part) == _ink_columns(prefix)
    assert max(_ink_columns(part)) < max(_ink_columns(full))
    empty = pygame.Surface((120, 20), pygame.SRCALPHA)
    regular.draw(empty, text, (0, 0), WHITE, count=0)
    assert _ink_columns(empty) == []


def test_typewriter_count_spans_lines(regular):
    # count includes the newline: "ab\ncd" with count 4 shows "ab" and "c".
    a = pygame.Surface((60, 30), pygame.SRCALPHA)
    regular.draw(a, "ab\ncd", (0, 0), WHITE, count=4)
    b = pygame.Surface((60, 30), pygame.SRCALPHA)
    regular.draw(b, "ab\nc", (0, 0), WHITE)
    assert pygame.image.tobytes(a, "RGBA") == pygame.image.tobytes(b, "RGBA")


def test_dialogue_box_reuses_rendered_lines(regular):
    # Frame time is measured by `python -m game bench`; here: a typed line is drawn from the cache.
    target = pygame.Surface((480, 270), pygame.SRCALPHA)
    lines = regular.wrap(SENTENCE * 2, 440)
    first = [regular.render(line, WHITE) for line in lines]
    for i, line in enumerate(lines):
        regular.draw(target, line, (20, 200 + i * 12), WHITE, shadow=(0, 0, 0), count=50)
    assert [regular.render(line, WHITE) for line in lines] == first
    assert all(
        a is b for a, b in zip(first, [regular.render(line, WHITE) for line in lines], strict=True)
    )


# -- glyphs that must not be mistaken for each other ("197B", "0:0B:13") ---------------------------


def _ink(font_name: str, ch: str) -> list[str]:
    """The glyph's rows cut to its ink box."""
    rows = tool.parse_font(tool.SRC_DIR / f"{font_name}.txt").glyphs[ch].rows
    rows = [r for r in rows if "#" in r]
    cols = [i for i in range(len(rows[0])) if any(r[i] == "#" for r in rows)]
    return [r[cols[0] : cols[-1] + 1] for r in rows]


@pytest.mark.parametrize("name", NAMES)
def test_figures_and_letters_that_look_alike_are_drawn_apart(name):
    eight, bee = _ink(name, "8"), _ink(name, "B")
    assert all(r[0] == "#" for r in bee) and not all(r[0] == "#" for r in eight), "8 reads as B"
    two, zed = _ink(name, "2"), _ink(name, "Z")
    assert set(zed[0]) == {"#"} and two[0][0] == ".", "2 reads as Z (2 has a round shoulder)"
    nine, three = _ink(name, "9"), _ink(name, "3")

    def left_in_upper_half(rows: list[str]) -> int:
        return sum(r[0] == "#" for r in rows[: (len(rows) + 1) // 2])

    assert left_in_upper_half(nine) >= 2 > left_in_upper_half(three), "9 reads as 3 (an open bowl)"
