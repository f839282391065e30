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


def _runs(pdf: bytes) -> list[tuple[float, str]]:
    """(x where the run starts, its text) of every text run on page 1."""
    import io
    import unicodedata

    from pypdf import PdfReader

    runs = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            runs.append((cm[0] * tm[4] + cm[2] * tm[5] + cm[4],
                         unicodedata.normalize("NFKC", text).strip()))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return runs


@pytest.mark.parametrize("lang, side", [("ar", "right"), ("fa", "right"), ("en", "left")])
def test_the_receipts_title_and_thanks_stand_on_their_languages_side(lang, side):
    """As on every other A5 document: German on the left, Arabic and Farsi on the right
    (the receipt set them left, under "Quittung")."""
    import unicodedata

    from desk_app.printing.i18n import tr
    from desk_app.printing.samples import render, sample_documents

    runs = _runs(render(sample_documents(lang)["fee_receipt"]))
    margin = 34.0                                      # 12 mm
    for msg_id in ("fr.title", "fr.received"):
        wanted = unicodedata.normalize("NFKC", tr(msg_id, lang)).strip(" .")
        x = next(x for x, text in runs if text.strip(" .") == wanted)
        assert (x > 200) if side == "right" else (abs(x - margin) < 1), (msg_id, x)
