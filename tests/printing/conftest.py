"""Fixtures for the document tests: text extraction (pypdf), rendering (pypdfium2) and
barcode decoding (zxing-cpp)."""

from __future__ import annotations

import io

import pytest


def pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def pdf_pages(pdf: bytes) -> list:
    from pypdf import PdfReader

    return list(PdfReader(io.BytesIO(pdf)).pages)


def render_png(pdf: bytes, dpi: int = 300, page: int = 0):
    """The page as a PIL image."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[page].render(scale=dpi / 72).to_pil()
    finally:
        doc.close()


def decode_barcodes(pdf: bytes, dpi: int = 300) -> dict[str, list[str]]:
    """Decoded barcode texts by format name ("Code128", "QRCode")."""
    import zxingcpp

    image = render_png(pdf, dpi).convert("L")
    found: dict[str, list[str]] = {}
    for result in zxingcpp.read_barcodes(image):
        name = str(result.format).split(".")[-1]
        found.setdefault(name, []).append(result.text)
    return found


@pytest.fixture
def text_of():
    return pdf_text


@pytest.fixture
def barcodes_of():
    return decode_barcodes
