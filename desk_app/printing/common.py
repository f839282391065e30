"""Pieces shared by several documents."""

from __future__ import annotations

from .barcode import draw_code128, draw_qr, format_reference, validate_reference
from .data import DocumentType
from .fonts import REGULAR
from .i18n import tr
from .layout import Flow, mm
from . import text as T

__all__ = ["document_type_msg", "header", "reference_block", "check_reference"]


def document_type_msg(kind: DocumentType) -> str:
    return {DocumentType.EAT: "doc.eat", DocumentType.TRAVEL_DOCUMENT: "doc.travel_document"}[
        DocumentType(kind)
    ]


def check_reference(reference: str) -> str:
    ref = (reference or "").strip()
    if not validate_reference(ref):
        raise ValueError(f"invalid reference {reference!r}: 12 digits with a valid check digit expected")
    return ref


def header(flow: Flow, office_name: str, title_id: str) -> None:
    if office_name:
        flow.text(office_name, flow.base * 0.85, max_lines=2)
        flow.space(1.5 * mm)
    flow.message(title_id, flow.base * 1.9, bold=True, keep_with_next=True)
    flow.rule(weight=1.0, gap=3 * mm)


def reference_block(flow: Flow, reference: str, *, qr: bool = True) -> None:
    """Label, Code 128 with the digits below it, and a QR code of the same reference."""
    ref = check_reference(reference)
    qr_size = 24 * mm if qr else 0
    bar_h = 13 * mm
    label = flow.label_lines("label.reference", flow.width - qr_size - 6 * mm, flow.base * 0.82)
    label_h = sum(l.size * 1.2 for l, _ in label)
    height = max(qr_size, label_h + bar_h + 8 * mm) + 2 * mm

    def draw(c, x, y):
        yy = y
        for line, color in label:
            c.setFillColor(color)
            T.draw_line(c, x, yy - line.size * 0.93, line, width=flow.width, align="left")
            yy -= line.size * 1.2
        c.setFillColor((0, 0, 0))
        bar_w = flow.width - qr_size - 6 * mm
        y_bar = yy - 1 * mm - bar_h
        draw_code128(c, x, y_bar, ref, width=bar_w, height=bar_h)
        c.setFont(REGULAR, 11)
        c.drawCentredString(x + bar_w / 2, y_bar - 4.5 * mm, format_reference(ref))
        if qr:
            draw_qr(c, x + flow.width - qr_size, y - qr_size, ref, size=qr_size)

    flow.add(height, draw)
