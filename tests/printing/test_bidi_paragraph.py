"""Bidi is resolved per paragraph, then each wrapped line is reordered (issue 10): a
bracketed German term in an Arabic or Farsi line keeps its brackets and hyphens on the
sides the whole paragraph gives them, wherever the line breaks."""

from __future__ import annotations

import json

import pytest

from desk_app.printing import text as T
from desk_app.resource_files import document_texts_dir


def _shown(lines) -> list[str]:
    def part(run) -> str:
        s = str(run.text)
        return "<RTL>" if any("\u0590" <= c <= "\u08ff" for c in s) else s
    return ["".join(part(r) for r in line.runs).strip() for line in lines]


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_a_bracketed_term_wraps_as_one_paragraph(lang):
    texts = json.loads((document_texts_dir() / f"{lang}.json").read_text("utf-8"))
    eat = texts["doc.eat"]
    assert "(elektronischer Aufenthaltstitel - eAT)" in eat
    full = _shown([T.layout_line(eat, 10, rtl=True)])[0]
    # one line: the Latin term between its brackets, left of the Arabic script
    assert full.startswith("(elektronischer Aufenthaltstitel - eAT)"), full
    for width in (150, 120, 100, 80):
        lines = _shown(T.wrap(eat, 10, width, rtl=True))
        # within the embedded German term the words and the hyphen keep their order
        assert "- Aufenthaltstitel" not in " ".join(lines), (width, lines)
        # one bracket pair over the lines, each on the side RTL reading needs
        assert sum(l.count("(") + l.count(")") for l in lines) == 2, lines


def test_wrapped_lines_equal_the_paragraph_levels():
    text = "مرحبا (Hallo Welt - eins zwei) نهاية"
    levels = T.bidi_levels(T.clean(text), True)
    spans = T._wrap_spans(T.clean(text), 10, 60, False)
    assert len(spans) > 1
    for (s, e), line in zip(spans, T.wrap(text, 10, 60, rtl=True)):
        assert line.width > 0
        assert set(levels[s:e]) <= {1, 2}


def test_a_long_compound_breaks_after_its_hyphen():
    lines = T._wrap_strings("Dokumenten-/Kartennummer", 10, 100, True)
    assert lines == ["Dokumenten-/", "Kartennummer"], lines
