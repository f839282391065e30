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
    flow.message(title_id, 17, bold=True, keep_with_next=True)
    flow.rule(weight=1.0, gap=3 * mm)


def reference_block(flow: Flow, reference: str, *, qr: bool = True, qr_size: float = 22 * mm,
                    bar_height: float = 12 * mm) -> None:
    """Label, Code 128 with the digits below it, and a QR code of the same reference,
    stacked in ``flow`` (usually a narrow column)."""
    ref = check_reference(reference)
    label = flow.label_lines("label.reference", flow.width, flow.base * 0.82)
    label_h = sum(l.size * 1.2 for l, _ in label)
    height = label_h + bar_height + 7 * mm + (qr_size + 2 * mm if qr else 0)

    def draw(c, x, y):
        yy = y
        for line, color in label:
            c.setFillColor(color)
            T.draw_line(c, x, yy - line.size * 0.93, line, width=flow.width, align="center")
            yy -= line.size * 1.2
        c.setFillColor((0, 0, 0))
        y_bar = yy - 1 * mm - bar_height
        draw_code128(c, x, y_bar, ref, width=flow.width, height=bar_height)
        c.setFont(REGULAR, 10.5)
        c.drawCentredString(x + flow.width / 2, y_bar - 4.5 * mm, format_reference(ref))
        if qr:
            draw_qr(c, x + (flow.width - qr_size) / 2, y_bar - 6.5 * mm - qr_size, ref, size=qr_size)

    flow.add(height, draw)
