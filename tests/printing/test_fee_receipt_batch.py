"""Many fee receipts in ONE PDF (render_fee_receipts): a page (or pages) per receipt in
order, each on its own paper, fonts embedded once for the whole batch."""

from __future__ import annotations

import dataclasses
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from desk_app.printing import (
    FeeItem, FeeReceiptData, PaperFormat, render_fee_receipt, render_fee_receipts,
)
from desk_app.printing.fee_receipt import receipt_total
from desk_app.printing.money import format_eur
from desk_app.printing.samples import sample_documents

from .test_fonts_embedded import _font_resources

MM = 72 / 25.4
A5_W, A5_H = 148 * MM, 210 * MM


def _flat(text: str) -> str:
    return " ".join((text or "").split())


def _batch_data(n: int = 12) -> list[FeeReceiptData]:
    """Receipts 2026-000001.. with distinct totals, A5 and 80 mm alternating, several
    languages, number 6 a Stornobeleg (on roll paper) for number 5."""
    a5 = sample_documents("de")["fee_receipt"]
    storno = sample_documents("de")["fee_receipt_80mm_storno"]
    langs = ("de", "tr", "en", "uk", "ar", None)
    out = []
    for i in range(1, n + 1):
        items = (FeeItem("Aufenthaltserlaubnis bis 1 Jahr", Decimal("100.00")),
                 FeeItem("Bescheinigung", Decimal(f"{i}.25"), quantity=i))
        paper = PaperFormat.ROLL_80MM if i % 2 == 0 else PaperFormat.A5
        base = storno if i == 6 else a5
        out.append(dataclasses.replace(
            base, receipt_number=f"2026-{i:06d}", items=items, paper=paper,
            language=langs[i % len(langs)],
            cancels_receipt_number="2026-000005" if i == 6 else None))
    return out


def _pages(pdf: bytes):
    return PdfReader(io.BytesIO(pdf)).pages


def test_one_page_per_receipt_in_order_with_its_number_and_total():
    datas = _batch_data()
    pdf = render_fee_receipts(datas)
    pages = _pages(pdf)
    assert len(pages) == len(datas)
    numbers = [d.receipt_number for d in datas]
    for page, data in zip(pages, datas):
        text = _flat(page.extract_text())
        assert data.receipt_number in text
        assert format_eur(receipt_total(data)) in text
        assert not [n for n in numbers if n != data.receipt_number and n in text
                    and n != data.cancels_receipt_number], text
    totals = [receipt_total(d) for d in datas]
    assert len(set(totals)) == len(totals)  # the totals really tell the pages apart


def test_the_stornobeleg_in_the_batch_is_marked_as_such():
    datas = _batch_data()
    pages = _pages(render_fee_receipts(datas))
    for page, data in zip(pages, datas):
        text = _flat(page.extract_text())
        if data.is_cancellation:
            assert "Stornobeleg" in text and "Storno zu Quittung Nr. 2026-000005" in text
            assert format_eur(receipt_total(data)).startswith("-")
            assert format_eur(receipt_total(data)) in text
        else:
            assert "Stornobeleg" not in text
    assert sum(d.is_cancellation for d in datas) == 1


def test_mixed_a5_and_80mm_pages_have_their_sizes():
    datas = _batch_data()
    pages = _pages(render_fee_receipts(datas))
    for page, data in zip(pages, datas):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if data.paper == PaperFormat.ROLL_80MM:
            single = _pages(render_fee_receipt(data))[0]
            assert w == pytest.approx(80 * MM)
            assert h == pytest.approx(float(single.mediabox.height))  # as high as the content
            assert 60 * MM < h < A5_H
        else:
            assert (w, h) == (pytest.approx(A5_W, abs=1), pytest.approx(A5_H, abs=1))


def test_a_receipt_over_two_pages_is_followed_by_the_next_on_a_new_page():
    long = dataclasses.replace(
        sample_documents("de")["fee_receipt"], receipt_number="2026-000777",
        items=tuple(FeeItem(f"Bescheinigung {k}", Decimal("10.00"), person=f"Person {k}")
                    for k in range(40)))
    short = dataclasses.replace(sample_documents("de")["fee_receipt"], receipt_number="2026-000778")
    assert len(_pages(render_fee_receipt(long))) == 2
    pages = _pages(render_fee_receipts([long, short]))
    assert len(pages) == 3
    texts = [_flat(p.extract_text()) for p in pages]
    assert "2026-000777" in texts[1] and "2026-000778" not in texts[1]
    assert "2026-000778" in texts[2] and "2026-000777" not in texts[2]
    assert texts[1].endswith("2") and texts[2].endswith("1")  # footer pages count per receipt


def test_fonts_embedded_once_for_the_batch():
    datas = [dataclasses.replace(sample_documents("tr")["fee_receipt"], receipt_number=f"2026-{i:06d}")
             for i in range(1, 31)]
    batch = render_fee_receipts(datas)
    fonts = _font_resources(batch)
    assert fonts and not {name for name, embedded in fonts if not embedded}

    def font_files(pdf: bytes) -> set:
        found = set()
        for page in _pages(pdf):
            for ref in page["/Resources"]["/Font"].values():
                font = ref.get_object()
                desc = (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font
                        else font)["/FontDescriptor"].get_object()
                found.add(desc.raw_get("/FontFile2").idnum)
        return found

    # the same font programs as one receipt alone, shared by all 30 pages
    assert len(font_files(batch)) == len(font_files(render_fee_receipt(datas[0])))


def test_the_batch_is_much_smaller_than_the_single_pdfs():
    datas = _batch_data(40)
    batch = render_fee_receipts(datas)
    singles = sum(len(render_fee_receipt(d)) for d in datas)
    assert len(batch) * 5 < singles


def test_a_batch_of_one_is_the_single_receipt_and_deterministic():
    data = sample_documents("fa")["fee_receipt_80mm_storno"]
    assert render_fee_receipts([data]) == render_fee_receipt(data)
    datas = _batch_data(4)
    assert render_fee_receipts(datas) == render_fee_receipts(tuple(datas))


def test_copies_are_marked_in_the_batch():
    datas = [dataclasses.replace(d, copy=i == 1) for i, d in enumerate(_batch_data(3))]
    texts = [_flat(p.extract_text()) for p in _pages(render_fee_receipts(datas))]
    assert ["KOPIE / COPY" in t for t in texts] == [False, True, False]


def test_no_receipts_is_an_error():
    with pytest.raises(ValueError):
        render_fee_receipts([])


def test_print_desk_helper_renders_the_same_pdf():
    from desk_app.services.printing_desk import render_receipts_batch

    datas = _batch_data(3)
    assert render_receipts_batch(iter(datas)) == render_fee_receipts(datas)
