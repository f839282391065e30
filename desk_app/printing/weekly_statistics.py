"""Weekly statistics (Wochenstatistik), A4 landscape, in the office's own format.

The office's columns come first: Termine · Erschienen · Nicht erschienen · Ausfallquote,
per service point and in total; then the counts the office reads beside them
(Vorsprachen ohne Termin, Aufruf verpasst, gegangen, storniert, noch offen). A second
table gives the same figures per day of the week.

A pure function of a ``WeeklyReport`` (desk_app.domain.statistics): no database, no Qt.
The document is internal and German only, so its texts live here rather than in the
bilingual catalogue of the applicant documents. Service point names are data: they are
drawn as text, wrapped or shrunk to fit, never interpreted.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4, landscape

from desk_app.domain.statistics import Tally, WeeklyReport

from . import text as T
from .layout import GREY, Flow, fmt_date, fmt_time, mm

__all__ = ["render_weekly_statistics", "format_rate", "format_count", "title", "COLUMNS"]

PAGE = landscape(A4)
MARGIN = 14 * mm
SHADE = Color(0.92, 0.92, 0.92)
OFFICE_SHADE = Color(0.85, 0.89, 0.95)   # the office's four columns
WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")

#: (header, Tally attribute or "rate", one of the office's own columns)
COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("Termine", "appointments", True),
    ("Erschienen", "appeared", True),
    ("Nicht erschienen", "no_show", True),
    ("Ausfallquote", "rate", True),
    ("Vorsprachen ohne Termin", "walk_ins", False),
    ("Aufruf verpasst", "missed", False),
    ("gegangen", "left", False),
    ("storniert", "cancelled", False),
    ("noch offen", "open", False),
)

NOTES = (
    "Termine: gebuchte Termine der Woche, ohne vorab stornierte.",
    "Erschienen: Termine, zu denen die Person eingecheckt wurde (auch verspätet).",
    "Nicht erschienen: Termine, zu denen niemand kam. Wer kam und auf die Aufrufe nicht "
    "reagierte, zählt unter „Aufruf verpasst“.",
    "Ausfallquote: Nicht erschienen ÷ entschiedene Termine (Termine ohne die noch offenen), "
    "eine Nachkommastelle.",
    "Vorsprachen ohne Termin, gegangen, storniert und noch offen zählen gesondert.",
)


def title(report: WeeklyReport) -> str:
    return f"Wochenstatistik KW {report.week}/{report.year}"


def format_count(n: int) -> str:
    """German thousands separator: 2.013."""
    return f"{n:,}".replace(",", ".")


def format_rate(rate: Decimal | None) -> str:
    """12,5 % – or an en dash when there is no decided appointment."""
    if rate is None:
        return "–"
    return f"{rate:.1f} %".replace(".", ",")


def _cell(t: Tally, attr: str) -> str:
    if attr == "rate":
        return format_rate(t.no_show_rate)
    return format_count(getattr(t, attr))


def _head(text: str, size: float, width: float, bold: bool) -> list[T.Line]:
    """A column header: shrunk until its longest word fits (no word is ever split),
    then wrapped onto at most three lines."""
    longest = max(text.split(), key=len, default="")
    while size > 6 and T.layout_line(longest, size, bold=bold, rtl=False).width > width:
        size -= 0.25
    return T.fit(text, size, width, max_lines=3, min_size=size * 0.8, bold=bold, rtl=False)


def _widths(total_w: float) -> tuple[float, list[float]]:
    """The label column and the number columns (the office's four a little wider)."""
    label_w = total_w * 0.25
    weights = [1.15 if office else 0.95 for *_x, office in COLUMNS]
    unit = (total_w - label_w) / sum(weights)
    return label_w, [unit * k for k in weights]


def _table(flow: Flow, heading: str, first_col: str,
           rows: list[tuple[str, Tally]], total: Tally, total_label: str,
           scale: float = 1.0) -> None:
    w = flow.width
    label_w, col_ws = _widths(w)
    col_x = [label_w + sum(col_ws[:k]) for k in range(len(col_ws))]
    pad = 1.2 * mm * scale
    size = 9.0 * scale
    head_size = 8.0 * min(1.0, scale + 0.05)

    flow.text(heading, 12 * scale, bold=True, keep_with_next=True, rtl=False)
    flow.space(1.5 * mm)
    flow.items[-1].keep_with_next = True

    heads = [_head(first_col, head_size, label_w - 2 * pad, True)]
    for (name, _attr, office), cw in zip(COLUMNS, col_ws):
        heads.append(_head(name, head_size, cw - 2 * pad, office))
    head_h = max(sum(l.size * 1.2 for l in h) for h in heads) + 2 * pad

    def draw_head(c, x, y):
        c.setFillColor(SHADE)
        c.rect(x, y - head_h, w, head_h, stroke=0, fill=1)
        c.setFillColor(OFFICE_SHADE)
        office_w = sum(cw for (*_x, office), cw in zip(COLUMNS, col_ws) if office)
        c.rect(x + label_w, y - head_h, office_w, head_h, stroke=0, fill=1)
        for k, lines in enumerate(heads):
            x0 = x if k == 0 else x + col_x[k - 1]
            cw = label_w if k == 0 else col_ws[k - 1]
            office = k == 0 or COLUMNS[k - 1][2]
            c.setFillColor(black if office else GREY)
            yy = y - pad
            for line in lines:
                T.draw_line(c, x0 + pad, yy - line.size * 0.93, line, width=cw - 2 * pad,
                            align="left" if k == 0 else "right")
                yy -= line.size * 1.2
        c.setFillColor(black)
        c.setLineWidth(0.8)
        c.line(x, y - head_h, x + w, y - head_h)

    flow.add(head_h, draw_head, keep_with_next=True)

    def add_row(label: str, t: Tally, *, bold: bool, shade: bool) -> None:
        label_lines = T.fit(label, size, label_w - 2 * pad, max_lines=2, min_size=7,
                            bold=bold, rtl=False)
        cells = [T.layout_line(_cell(t, attr), size, bold=bold or (office and attr == "rate"),
                               rtl=False)
                 for _name, attr, office in COLUMNS]
        row_h = max(sum(l.size * 1.2 for l in label_lines), size * 1.2) + 2 * pad

        def draw(c, x, y):
            if shade:
                c.setFillColor(SHADE)
                c.rect(x, y - row_h, w, row_h, stroke=0, fill=1)
                c.setFillColor(black)
            if bold:
                c.setLineWidth(0.8)
                c.line(x, y, x + w, y)
            yy = y - pad
            for line in label_lines:
                T.draw_line(c, x + pad, yy - line.size * 0.93, line, width=label_w - 2 * pad,
                            align="left")
                yy -= line.size * 1.2
            for k, line in enumerate(cells):
                c.setFillColor(black if COLUMNS[k][2] else GREY)
                T.draw_line(c, x + col_x[k] + pad, y - pad - line.size * 0.93, line,
                            width=col_ws[k] - 2 * pad, align="right")
            c.setFillColor(black)
            c.setLineWidth(0.25)
            c.setStrokeColor(Color(0.75, 0.75, 0.75))
            c.line(x, y - row_h, x + w, y - row_h)
            c.setStrokeColor(black)

        flow.add(row_h, draw)

    for label, t in rows:
        add_row(label, t, bold=False, shade=False)
    add_row(total_label, total, bold=True, shade=True)


def _day_rows(report: WeeklyReport) -> list[tuple[str, Tally]]:
    """Monday to Friday always, Saturday and Sunday when something happened on them."""
    by_day = dict(report.days)
    out = []
    for i in range(7):
        day = report.first_day + dt.timedelta(days=i)
        t = by_day.get(day)
        if t is None and i >= 5:
            continue
        out.append((f"{WEEKDAYS[day.weekday()]}, {fmt_date(day)}", t or Tally()))
    return out


def render_weekly_statistics(report: WeeklyReport, *, office_name: str = "",
                             created_at: dt.datetime | None = None) -> bytes:
    """The weekly statistics as PDF bytes (A4 landscape).

    ``created_at`` (UTC) prints "Erstellt am …"; without it the output depends on the
    report alone (same report, same bytes)."""
    period = f"{fmt_date(report.first_day)} – {fmt_date(report.last_day)}"
    footer = f"{title(report)} · {period}"
    if created_at is not None:
        period += f" · Erstellt am {fmt_date(created_at)}, {fmt_time(created_at)} Uhr"
    # one page whenever it can be: many long service point names get a denser table
    room = PAGE[1] - 2 * MARGIN - 5 * mm
    for scale in (1.0, 0.92, 0.85, 0.78):
        flow = _layout(report, office_name, period, scale)
        if sum(item.height for item in flow.items) <= room:
            break
    return flow.render_sheet(PAGE, title=title(report), copy=False, margin=MARGIN,
                             footer=footer)


def _layout(report: WeeklyReport, office_name: str, period: str, scale: float) -> Flow:
    flow = Flow(PAGE[0] - 2 * MARGIN, None, base_size=9.5)
    if office_name:
        flow.text(office_name, 10, max_lines=2, rtl=False)
        flow.space(1 * mm)
    flow.text(title(report), 18, bold=True, rtl=False)
    flow.text(period, 10, color=GREY, rtl=False)
    flow.rule(weight=1.0, gap=4 * mm * scale)

    _table(flow, "Nach Dienststelle", "Dienststelle", list(report.rows), report.total,
           "Gesamt", scale)
    flow.space(5 * mm * scale)
    _table(flow, "Nach Tag", "Tag", _day_rows(report), report.total, "Woche", scale)
    flow.space(3 * mm * scale)
    flow.text(" ".join(NOTES), 7, color=GREY, max_lines=4, rtl=False)
    return flow
