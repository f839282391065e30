"""Fee receipt (Quittung) and cancellation receipt (Stornobeleg), A5 or 80 mm roll.

Layout only: the receipt number, items and totals come from the caller (sequential per
office and year, from the dated fee catalogue).  On a cancellation receipt the items are
given as on the original receipt and printed negated.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from . import text as T
from .data import FeeItem, FeeReceiptData, PaperFormat, PaymentMethod
from .i18n import tr
from .layout import A5, GREY, ROLL_WIDTH, Flow, fmt_date, fmt_time, mm, new_canvas
from .money import amount_in_words_de, format_eur, to_cents

__all__ = ["render_fee_receipt", "render_fee_receipts", "receipt_total", "WORDS_THRESHOLD"]

WORDS_THRESHOLD = Decimal("100")  # the total is also written in words above this


def _sign(data: FeeReceiptData) -> int:
    return -1 if data.is_cancellation else 1


def _line_total(item: FeeItem, sign: int) -> Decimal:
    return sign * abs(Decimal(to_cents(item.amount)) / 100 * int(item.quantity))


def receipt_total(data: FeeReceiptData) -> Decimal:
    """Sum of the lines as printed (negative on a cancellation receipt)."""
    sign = _sign(data)
    return sum((_line_total(i, sign) for i in data.items), Decimal("0.00"))


def _table(flow: Flow, data: FeeReceiptData, roll: bool) -> None:
    sign = _sign(data)
    size = flow.base * 0.95
    hs = flow.base * 0.78
    w = flow.width
    if roll:
        cols = [("fr.col_description", 0.0, w * 0.66, "left"), ("fr.col_amount", w * 0.66, w * 0.34, "right")]
    else:
        cols = [("fr.col_description", 0.0, w * 0.44, "left"), ("fr.col_person", w * 0.46, w * 0.24, "left"),
                ("fr.col_quantity", w * 0.70, w * 0.10, "right"), ("fr.col_amount", w * 0.80, w * 0.20, "right")]
    gap = 1.5 * mm

    # header row
    heads = []
    for msg, x0, cw, align in cols:
        lines = [(l, None) for l in T.fit(tr(msg), hs, cw - gap, max_lines=1, bold=True, rtl=False)]
        other = flow.second(msg)
        if other:
            lines += [(l, GREY) for l in T.fit(other, hs * 0.9, cw - gap, max_lines=2, rtl=flow.rtl2)]
        heads.append(lines)
    head_h = max(sum(l.size * 1.2 for l, _ in h) for h in heads) + 1.5 * mm

    def draw_head(c, x, y):
        for (msg, x0, cw, align), lines in zip(cols, heads):
            yy = y
            for line, color in lines:
                c.setFillColor(color or (0, 0, 0))
                a = align if color is None or not flow.rtl2 else ("right" if align == "left" else align)
                T.draw_line(c, x + x0, yy - line.size * 0.93, line, width=cw - gap, align=a)
                yy -= line.size * 1.2
        c.setFillColor((0, 0, 0))
        c.setLineWidth(0.6)
        c.line(x, y - head_h + 0.8 * mm, x + w, y - head_h + 0.8 * mm)

    flow.add(head_h, draw_head, keep_with_next=True)

    for item in data.items:
        total = _line_total(item, sign)
        qty = int(item.quantity)
        if roll:
            desc = T.fit(item.description, size, cols[0][2] - gap, max_lines=4, min_size=size * 0.7)
            extra = []
            if item.person:
                extra += T.fit(item.person, size * 0.85, cols[0][2] - gap, max_lines=2)
            if qty != 1:
                extra += [T.layout_line(f"{qty} × {format_eur(sign * abs(Decimal(to_cents(item.amount)) / 100))}",
                                        size * 0.85, rtl=False)]
            cells = [(desc + extra, 0), ([T.layout_line(format_eur(total), size, rtl=False)], 1)]
        else:
            desc = T.fit(item.description, size, cols[0][2] - gap, max_lines=4, min_size=size * 0.7)
            person = T.fit(item.person or "", size, cols[1][2] - gap, max_lines=3, min_size=size * 0.7)
            cells = [(desc, 0), (person, 1), ([T.layout_line(str(qty), size, rtl=False)], 2),
                     ([T.layout_line(format_eur(total), size, rtl=False)], 3)]
        row_h = max(sum(l.size * 1.2 for l in lines) for lines, _ in cells) + 1.2 * mm

        def draw_row(c, x, y, cells=cells):
            for lines, k in cells:
                _, x0, cw, align = cols[k]
                yy = y
                for line in lines:
                    T.draw_line(c, x + x0, yy - line.size * 0.93, line, width=cw - gap,
                                align="start" if align == "left" else align)
                    yy -= line.size * 1.2

        flow.add(row_h, draw_row)

    # total
    total = receipt_total(data)
    tsize = flow.base * 1.15
    label = [(l, None) for l in T.fit(tr("fr.total"), tsize, w * 0.6, max_lines=1, bold=True, rtl=False)]
    other = flow.second("fr.total")
    if other:
        label += [(l, GREY) for l in T.fit(other, tsize * 0.75, w * 0.6, max_lines=1, rtl=flow.rtl2)]
    amount = T.layout_line(format_eur(total), tsize, bold=True, rtl=False)
    total_h = sum(l.size * 1.2 for l, _ in label) + 2.5 * mm

    def draw_total(c, x, y):
        c.setLineWidth(0.6)
        c.line(x, y - 0.5 * mm, x + w, y - 0.5 * mm)
        c.line(x, y - total_h + 0.4 * mm, x + w, y - total_h + 0.4 * mm)
        yy = y - 1.5 * mm
        for line, color in label:
            c.setFillColor(color or (0, 0, 0))
            T.draw_line(c, x, yy - line.size * 0.93, line, width=w * 0.6, align="start" if color else "left")
            yy -= line.size * 1.2
        c.setFillColor((0, 0, 0))
        T.draw_line(c, x, y - 1.5 * mm - tsize * 0.93, amount, width=w, align="right")

    flow.add(total_h, draw_total)
    if abs(total) > WORDS_THRESHOLD:
        words = amount_in_words_de(total)
        flow.space(1 * mm)
        flow.text(f"{tr('fr.in_words')}: {words}", flow.base / flow.scale * 0.9, max_lines=4, rtl=False)


@dataclass(slots=True)
class _Laid:
    """One receipt measured and ready to draw."""
    flow: Flow
    roll: bool
    margin: float
    title: str  # also the A5 footer
    copy: bool

    @property
    def pagesize(self) -> tuple[float, float]:
        return (ROLL_WIDTH, self.flow.roll_height(copy=self.copy)) if self.roll else A5

    def draw(self, c) -> None:
        if self.roll:
            self.flow.draw_roll(c, copy=self.copy)
        else:
            self.flow.draw_sheet(c, A5, copy=self.copy, margin=self.margin, footer=self.title)


def _layout(data: FeeReceiptData) -> _Laid:
    roll = PaperFormat(data.paper) is PaperFormat.ROLL_80MM
    margin = 4 * mm if roll else 12 * mm
    width = (ROLL_WIDTH if roll else A5[0]) - 2 * margin
    flow = Flow(width, data.language, base_size=8.5 if roll else 9.5, bilingual_scale=0.95)
    align = "center" if roll else "left"
    flow.text(data.office_name, 9 if roll else 10, bold=True, align=align, max_lines=3, rtl=False)
    for part in (data.office_address or "").split("\n"):
        if part.strip():
            flow.text(part, 8, align=align, max_lines=2, rtl=False)
    flow.space(2.5 * mm)
    title_id = "fr.title_cancel" if data.is_cancellation else "fr.title"
    # messages: German left, the applicant's language at its own side (Arabic, Farsi right)
    message_align = "center" if roll else "start"
    flow.message(title_id, 15 if roll else 17, bold=True, align=message_align)
    if data.is_cancellation:
        flow.message("fr.cancels", 10, bold=True, align=message_align,
                     number=data.cancels_receipt_number)
    flow.rule(weight=1.0, gap=3 * mm)
    ratio = 0.45 if roll else 0.36
    flow.field("fr.number", data.receipt_number, bold=True, label_ratio=ratio)
    flow.field("fr.payer", data.payer_name, max_lines=3, label_ratio=ratio)
    flow.space(2 * mm)
    _table(flow, data, roll)
    flow.space(2 * mm)
    method = {PaymentMethod.CASH: "fr.cash", PaymentMethod.CARD: "fr.card"}[PaymentMethod(data.payment_method)]
    flow.field("fr.payment_method", tr(method), value_second=flow.second(method), label_ratio=ratio)
    flow.field("fr.clerk", data.clerk_name, label_ratio=ratio, max_lines=2)
    when = f"{data.place}, {fmt_date(data.issued_at)}, {tr('time.clock', time=fmt_time(data.issued_at))}"
    flow.field("fr.place_date", when, label_ratio=ratio, max_lines=2)
    flow.space(2 * mm)
    flow.message("fr.refunded" if data.is_cancellation else "fr.received", 9, align=message_align)
    return _Laid(flow, roll, margin, f"{tr(title_id)} {data.receipt_number}", data.copy)


def render_fee_receipt(data: FeeReceiptData) -> bytes:
    laid = _layout(data)
    if laid.roll:
        return laid.flow.render_roll(title=laid.title, copy=laid.copy)
    return laid.flow.render_sheet(A5, title=laid.title, copy=laid.copy, margin=laid.margin,
                                  footer=laid.title)


def render_fee_receipts(datas: Sequence[FeeReceiptData]) -> bytes:
    """Many receipts in ONE PDF (e.g. the cash office's batch): each starts on a new
    page of its own ``paper`` (A5 sheets and 80 mm roll pages may be mixed), drawn
    exactly as ``render_fee_receipt`` draws it; the fonts are embedded once for all."""
    laid = [_layout(d) for d in datas]
    if not laid:
        raise ValueError("render_fee_receipts: no receipts")
    title = laid[0].title if len(laid) == 1 else f"{laid[0].title} – {laid[-1].title}"
    buf = io.BytesIO()
    c = new_canvas(buf, laid[0].pagesize, title)
    for one in laid:
        one.draw(c)
    c.save()
    return buf.getvalue()
