"""The layout engine: cleaning, bidi order, font choice per script, wrapping."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.printing import text as T
from desk_app.printing.fonts import BOLD, REGULAR


def visual(line: T.Line) -> str:
    return "".join(str(r.text) for r in line.runs)


def test_clean():
    assert T.clean("a\tb\nc\u202ed\x00e") == "a b cde"
    assert T.clean("e\u0301") == "é"
    assert T.clean(None) == ""
    assert T.clean("می\u200cخواهم") == "می\u200cخواهم"  # ZWNJ stays (Farsi)


def test_latin_line_is_one_run():
    line = T.layout_line("Bitte warten (ca. 15 Min.)", 10)
    assert [r.font for r in line.runs] == [REGULAR]
    assert visual(line) == "Bitte warten (ca. 15 Min.)"
    assert line.width > 0 and not line.rtl


def test_fonts_per_script():
    assert T.font_for("A") == REGULAR
    assert T.font_for("A", True) == BOLD
    assert T.font_for("Ж") == REGULAR
    assert T.font_for("ب") == "NotoSansArabic"
    assert T.font_for("李") == "DroidSansFallback"
    assert T.font_for("김") == "NanumGothic"
    assert T.font_for("\U0001F984") is None  # unicorn: no font, drawn as REPLACEMENT


def test_mixed_script_runs():
    line = T.layout_line("Kim 김민준 李", 10, rtl=False)
    assert [r.font for r in line.runs] == [REGULAR, "NanumGothic", "DroidSansFallback"]


def test_uncovered_character_becomes_replacement():
    line = T.layout_line("a\U0001F984b", 10)
    assert T.REPLACEMENT in visual(line)


def test_rtl_line_order_keeps_latin_and_brackets():
    # logical: Arabic, then "(Nr. 42)", then Arabic; visually (left to right): the second
    # Arabic word, then "(Nr. 42)" reading left to right, then the first Arabic word
    line = T.layout_line("جواز (Nr. 42) رسالة", 10, rtl=True)
    runs = [str(r.text) for r in line.runs]
    joined = "".join(runs)
    assert "Nr. 42" in joined
    i = joined.index("Nr. 42")
    assert joined[i - 1] == "(" and joined[i + 6] == ")"
    assert line.rtl


def test_numbers_with_hyphen_stay_in_order_when_isolated():
    line = T.layout_line("رقم \u200e2026-000123\u200e", 10, rtl=True)
    assert "2026-000123" in visual(line)
    assert "\u200e" not in visual(line)


def test_direction_from_first_strong_character():
    assert T.is_rtl_text("  (محمد) Ali")
    assert not T.is_rtl_text("Ali محمد")
    assert not T.is_rtl_text("123")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200),
       st.floats(min_value=30, max_value=400))
def test_fit_never_exceeds_width(text, width):
    lines = T.fit(text, 10, width, max_lines=3, min_size=6)
    assert 1 <= len(lines) <= 3
    for line in lines:
        assert line.width <= width + 0.01


def test_wrap_breaks_long_words():
    lines = T.wrap("x" * 300, 10, 100)
    assert len(lines) > 3
    assert all(l.width <= 100 for l in lines)
