"""The statistics report (Wochenstatistik), A4 landscape, in the office's own format.

Page 1: the office's table (figures down, the layout's blocks across: Termine,
Erschienen, Nicht erschienen, Ausfallquote in whole percent), the waiting and service
times per block, and a 12-week trend chart (Ausfallquote and waiting times per week,
reportlab graphics). Then the detail: per service point and per day (Ausfallquote with
one decimal), per hour of arrival, and the definitions (docs/statistics.md).

A pure function of a ``StatisticsReport`` (desk_app.domain.statistics): no database, no
Qt. The document is internal and German only. Service point and block names are data:
drawn as text, wrapped or shrunk to fit, never interpreted.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4, landscape

from desk_app.domain.statistics import (
    Figures, Period, StatisticsReport, WeeklyReport,
)

from . import text as T
from .fonts import BOLD, REGULAR
from .layout import GREY, Flow, fmt_date, fmt_time, mm

__all__ = ["render_weekly_statistics", "render_statistics", "format_rate", "format_count",
           "format_office_rate", "format_minutes", "title", "COLUMNS", "TIME_COLUMNS",
           "cell_text", "OFFICE_ROWS"]

PAGE = landscape(A4)
MARGIN = 14 * mm
SHADE = Color(0.92, 0.92, 0.92)
OFFICE_SHADE = Color(0.85, 0.89, 0.95)   # the office's four figures
RATE_COLOR = Color(0.75, 0.22, 0.17)
WAIT_COLOR = Color(0.16, 0.38, 0.66)
WAIT90_COLOR = Color(0.55, 0.70, 0.88)
WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
DASH = "—"

#: the detail columns: (header, Figures attribute or "rate", one of the office's own)
COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("Termine", "appointments", True),
    ("Erschienen", "appeared", True),
    ("Nicht erschienen", "no_show", True),
    ("Ausfallquote", "rate", True),
    ("Vorsprachen ohne Termin", "walk_ins", False),
    ("nach Nicht erschienen eingelassen", "late_admitted", False),
    ("Aufruf verpasst", "missed", False),
    ("gegangen", "left", False),
    ("storniert", "cancelled", False),
    ("weiter- geleitet", "forwarded", False),
    ("noch offen", "open", False),
)

#: the times and the rest: (header, Figures attribute)
TIME_COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("Erledigt", "served", False),
    ("Wartezeit Median (min)", "wait_median", True),
    ("Wartezeit 90 % (min)", "wait_p90", True),
    ("Bearbeitung Median (min)", "service_median", True),
    ("Bearbeitung 90 % (min)", "service_p90", True),
    ("Aufrufe je Vorgang", "calls_per_served", False),
    ("Dokumente bestellt", "documents_ordered", False),
    ("Dokumente ausgegeben", "documents_handed_out", False),
)

#: the office's table, figures down: (label, attribute)
OFFICE_ROWS = (("Termine", "appointments"), ("Erschienen", "appeared"),
               ("Nicht erschienen", "no_show"), ("Ausfallquote", "office_rate"))

NOTES = (
    "Termine: gebuchte Termine des Zeitraums, ohne vorab stornierte.",
    "Erschienen: alle, die erschienen sind – eingecheckte Termine (auch nach „Nicht "
    "erschienen“ doch noch eingelassene) und Vorsprachen ohne Termin.",
    "Nicht erschienen: Termine, die als nicht erschienen endeten.",
    "Ausfallquote: Nicht erschienen ÷ Termine, in der Amtstabelle ganze Prozent, im Detail "
    "eine Nachkommastelle.",
    "Wartezeit: Einchecken bis erster Aufruf; Bearbeitung: Beginn bis Abschluss; je Median "
    "und 90. Perzentil.",
    "Ein weitergeleiteter Vorgang zählt einmal, bei der Dienststelle, bei der er in die "
    "Warteschlange kam.",
    "Einzelheiten: docs/statistics.md.",
)


def title(report: WeeklyReport | StatisticsReport) -> str:
    if isinstance(report, WeeklyReport):
        return f"Wochenstatistik KW {report.week}/{report.year}"
    if report.period.kind == "week":
        return f"Wochenstatistik {report.period.title()}"
    return f"Statistik {report.period.title()}"


def format_count(n: int) -> str:
    """German thousands separator: 2.013."""
    return f"{n:,}".replace(",", ".")


def format_rate(rate: Decimal | None) -> str:
    """12,5 % – or an en dash when there are no appointments."""
    if rate is None:
        return "–"
    return f"{rate:.1f} %".replace(".", ",")


def format_office_rate(rate: Decimal | None) -> str:
    """12 % – whole percent, as the office prints it."""
    if rate is None:
        return "–"
    return f"{rate:.0f} %"


def format_minutes(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{Decimal(repr(value)).quantize(Decimal('0.1'), ROUND_HALF_UP)}".replace(".", ",")


def cell_text(t: Figures, attr: str) -> str:
    """The text of one figure, as every table of the app prints it."""
    if attr == "rate":
        return format_rate(t.no_show_rate)
    if attr == "office_rate":
        return format_office_rate(t.office_rate)
    if attr == "calls_per_served":
        v = t.calls_per_served
        return "–" if v is None else f"{v:.1f}".replace(".", ",")
    value = getattr(t, attr)
    if isinstance(value, float) or value is None:
        return format_minutes(value)
    return format_count(value)


def _head(text: str, size: float, width: float, bold: bool) -> list[T.Line]:
    """A column header: shrunk until its longest word fits (no word is ever split),
    then wrapped onto at most three lines."""
    longest = max(text.split(), key=len, default="")
    while size > 6 and T.layout_line(longest, size, bold=bold, rtl=False).width > width:
        size -= 0.25
    return T.fit(text, size, width, max_lines=3, min_size=size * 0.8, bold=bold, rtl=False)


def _table(flow: Flow, heading: str, first_col: str, columns: list[tuple[str, bool]],
           rows: list[tuple[str, list[str], bool]], *, label_share: float = 0.21,
           scale: float = 1.0) -> None:
    """A table: ``columns`` (header, office), ``rows`` (label, cells, is_total)."""
    w = flow.width
    label_w = w * label_share
    weights = [1.15 if office else 0.95 for _h, office in columns]
    unit = (w - label_w) / sum(weights)
    col_ws = [unit * k for k in weights]
    col_x = [label_w + sum(col_ws[:k]) for k in range(len(col_ws))]
    pad = 1.2 * mm * scale
    size = 9.0 * scale
    head_size = 8.0 * min(1.0, scale + 0.05)

    flow.text(heading, 12 * scale, bold=True, keep_with_next=True, rtl=False)
    flow.space(1.5 * mm)
    flow.items[-1].keep_with_next = True

    heads = [_head(first_col, head_size, label_w - 2 * pad, True)]
    for (name, office), cw in zip(columns, col_ws):
        heads.append(_head(name, head_size, cw - 2 * pad, office))
    head_h = max(sum(line.size * 1.2 for line in h) for h in heads) + 2 * pad

    def draw_head(c, x, y):
        c.setFillColor(SHADE)
        c.rect(x, y - head_h, w, head_h, stroke=0, fill=1)
        c.setFillColor(OFFICE_SHADE)
        for (_n, office), cx, cw in zip(columns, col_x, col_ws):
            if office:
                c.rect(x + cx, y - head_h, cw, head_h, stroke=0, fill=1)
        for k, lines in enumerate(heads):
            x0 = x if k == 0 else x + col_x[k - 1]
            cw = label_w if k == 0 else col_ws[k - 1]
            office = k == 0 or columns[k - 1][1]
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

    def add_row(label: str, values: list[str], bold: bool) -> None:
        label_lines = T.fit(label, size, label_w - 2 * pad, max_lines=2, min_size=7,
                            bold=bold, rtl=False)
        cells = [T.layout_line(v, size, bold=bold, rtl=False) for v in values]
        row_h = max(sum(line.size * 1.2 for line in label_lines), size * 1.2) + 2 * pad

        def draw(c, x, y):
            if bold:
                c.setFillColor(SHADE)
                c.rect(x, y - row_h, w, row_h, stroke=0, fill=1)
                c.setFillColor(black)
                c.setLineWidth(0.8)
                c.line(x, y, x + w, y)
            yy = y - pad
            for line in label_lines:
                T.draw_line(c, x + pad, yy - line.size * 0.93, line, width=label_w - 2 * pad,
                            align="left")
                yy -= line.size * 1.2
            for k, line in enumerate(cells):
                c.setFillColor(black if columns[k][1] else GREY)
                T.draw_line(c, x + col_x[k] + pad, y - pad - line.size * 0.93, line,
                            width=col_ws[k] - 2 * pad, align="right")
            c.setFillColor(black)
            c.setLineWidth(0.25)
            c.setStrokeColor(Color(0.75, 0.75, 0.75))
            c.line(x, y - row_h, x + w, y - row_h)
            c.setStrokeColor(black)

        flow.add(row_h, draw)

    for label, values, bold in rows:
        add_row(label, values, bold)


def _figure_rows(items: list[tuple[str, Figures]], columns, total: tuple[str, Figures] | None):
    rows = [(label, [cell_text(t, attr) for _h, attr, _o in columns], False)
            for label, t in items]
    if total is not None:
        rows.append((total[0], [cell_text(total[1], attr) for _h, attr, _o in columns], True))
    return rows


def _office_table(flow: Flow, report: StatisticsReport, scale: float) -> None:
    """Figures down, blocks across; a hidden figure is "—"."""
    columns = [(b.name, True) for b in report.blocks]
    rows = []
    for label, attr in OFFICE_ROWS:
        cells = []
        for b in report.blocks:
            hidden = attr in b.hidden or (attr == "office_rate" and "rate" in b.hidden)
            cells.append(DASH if hidden else cell_text(b.figures, attr))
        rows.append((label, cells, attr == "office_rate"))
    share = 0.25 if len(columns) > 3 else 0.4
    _table(flow, report.heading(), "", columns, rows, label_share=share, scale=scale)


# -- the 12-week trend chart -------------------------------------------------------------
def _short_week(p: Period) -> str:
    return f"KW {p.first.isocalendar()[1]}"


def trend_drawing(trend: list[tuple[Period, Figures]], width: float, height: float) -> Drawing:
    """Two charts side by side: Ausfallquote per week (bars, %) and waiting time per week
    (median and 90th percentile, minutes). Weeks without data are gaps, never zero."""
    d = Drawing(width, height)
    half = (width - 12 * mm) / 2
    labels = [_short_week(p) for p, _t in trend]
    rates = [float(t.no_show_rate) if t.no_show_rate is not None else None for _p, t in trend]
    if not any(r is not None for r in rates):
        rates = [0.0] * len(trend)   # reportlab needs one value to scale the axis
    w50 = [t.wait_median for _p, t in trend]
    w90 = [t.wait_p90 for _p, t in trend]

    def title_at(x, text_):
        d.add(String(x, height - 9, text_, fontName=BOLD, fontSize=9))

    title_at(0, "Ausfallquote je Woche (%)")
    bars = VerticalBarChart()
    bars.x, bars.y = 26, 22
    bars.width, bars.height = half - 30, height - 44
    bars.data = [rates]
    bars.bars[0].fillColor = RATE_COLOR
    bars.bars[0].strokeColor = None
    bars.valueAxis.valueMin = 0
    top = max([r for r in rates if r is not None] or [10])
    bars.valueAxis.valueMax = max(10, (int(top) // 5 + 1) * 5)
    bars.valueAxis.valueStep = max(1, bars.valueAxis.valueMax // 5)
    bars.valueAxis.labels.fontName = REGULAR
    bars.valueAxis.labels.fontSize = 7
    bars.categoryAxis.categoryNames = labels
    bars.categoryAxis.labels.fontName = REGULAR
    bars.categoryAxis.labels.fontSize = 6.5
    bars.categoryAxis.labels.angle = 0
    bars.barLabelFormat = lambda v: "" if v is None else f"{v:.0f}"
    bars.barLabels.fontName = REGULAR
    bars.barLabels.fontSize = 6
    bars.barLabels.nudge = 5
    d.add(bars)

    x0 = half + 12 * mm
    title_at(x0, "Wartezeit je Woche (min)")
    lines = HorizontalLineChart()
    lines.x, lines.y = x0 + 26, 22
    lines.width, lines.height = half - 30, height - 44
    lines.data = [[v if v is not None else None for v in w50],
                  [v if v is not None else None for v in w90]]
    lines.lines[0].strokeColor = WAIT_COLOR
    lines.lines[0].strokeWidth = 1.6
    lines.lines[1].strokeColor = WAIT90_COLOR
    lines.lines[1].strokeWidth = 1.2
    lines.lines[1].strokeDashArray = (3, 2)
    lines.valueAxis.valueMin = 0
    wtop = max([v for v in w90 + w50 if v is not None] or [10])
    lines.valueAxis.valueMax = max(10, (int(wtop) // 10 + 1) * 10)
    lines.valueAxis.valueStep = max(1, lines.valueAxis.valueMax // 5)
    lines.valueAxis.labels.fontName = REGULAR
    lines.valueAxis.labels.fontSize = 7
    lines.categoryAxis.categoryNames = labels
    lines.categoryAxis.labels.fontName = REGULAR
    lines.categoryAxis.labels.fontSize = 6.5
    lines.joinedLines = 1
    lines.lines[0].symbol = makeMarker("FilledCircle", size=3.5, fillColor=WAIT_COLOR)
    lines.lines[1].symbol = makeMarker("FilledCircle", size=2.5, fillColor=WAIT90_COLOR)
    if not any(v is not None for v in w50 + w90):
        lines.data = [[0.0] * len(trend)]
        lines.lines[0].strokeColor = None
        lines.lines[0].symbol = None
    d.add(lines)
    legend = Legend()
    legend.x, legend.y = x0 + half - 150, height - 4
    legend.fontName = REGULAR
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 70
    legend.colorNamePairs = [(WAIT_COLOR, "Median"), (WAIT90_COLOR, "90 %")]
    d.add(legend)
    return d


def _trend(flow: Flow, trend: list[tuple[Period, Figures]], scale: float) -> None:
    flow.text(f"Entwicklung der letzten {len(trend)} Wochen", 12 * scale, bold=True,
              keep_with_next=True, rtl=False)
    flow.space(1.5 * mm)
    flow.items[-1].keep_with_next = True
    h = 58 * mm * scale
    drawing = trend_drawing(trend, flow.width, h)
    flow.add(h, lambda c, x, y: renderPDF.draw(drawing, c, x, y - h))


# -- the detail ---------------------------------------------------------------------------
def _day_rows(report: StatisticsReport) -> list[tuple[str, Figures]]:
    """The office's working days (Mo–Fr, Sa/So when something happened), for a period up
    to a month; every day with something for longer ranges."""
    by_day = dict(report.days)
    out = []
    if report.period.days > 31:
        days = sorted(by_day)
    else:
        busy = [d for d, t in report.days if any(t.counts().values())]
        days = [d for d in report.period.dates() if d.weekday() < 5 or d in busy]
    for day in days:
        out.append((f"{WEEKDAYS[day.weekday()]}, {fmt_date(day)}", by_day.get(day) or Figures()))
    return out


def render_statistics(report: StatisticsReport, *, office_name: str = "",
                      created_at: dt.datetime | None = None) -> bytes:
    """The statistics as PDF bytes (A4 landscape).

    ``created_at`` (UTC) prints "Erstellt am …"; without it the output depends on the
    report alone (same report, same bytes)."""
    first, last = report.shown_days
    period = f"{fmt_date(first)} – {fmt_date(last)}"
    footer = f"{title(report)} · {fmt_date(first)} – {fmt_date(last)}"
    if created_at is not None:
        period += f" · Erstellt am {fmt_date(created_at)}, {fmt_time(created_at)} Uhr"
    flow = _layout(report, office_name, period, 1.0)
    return flow.render_sheet(PAGE, title=title(report), copy=False, margin=MARGIN,
                             footer=footer)


def _layout(report: StatisticsReport, office_name: str, period: str, scale: float) -> Flow:
    flow = Flow(PAGE[0] - 2 * MARGIN, None, base_size=9.5)
    if office_name:
        flow.text(office_name, 10, max_lines=2, rtl=False)
        flow.space(1 * mm)
    flow.text(title(report), 18, bold=True, rtl=False)
    flow.text(period, 10, color=GREY, rtl=False)
    flow.rule(weight=1.0, gap=3 * mm * scale)

    _office_table(flow, report, scale)
    flow.space(4 * mm * scale)
    cols = [(h, o) for h, _a, o in TIME_COLUMNS]
    _table(flow, "Wartezeiten und Bearbeitung", "Block", cols,
           _figure_rows([(b.name, b.figures) for b in report.blocks], TIME_COLUMNS, None),
           scale=scale)
    if report.trend:
        flow.space(4 * mm * scale)
        _trend(flow, report.trend, scale)

    flow.space(6 * mm * scale)
    detail_cols = [(h, o) for h, _a, o in COLUMNS]
    _table(flow, "Nach Dienststelle", "Dienststelle", detail_cols,
           _figure_rows([(b.name, b.figures) for b in report.service_points], COLUMNS,
                        ("Gesamt", report.total)), scale=scale)
    flow.space(4 * mm * scale)
    _table(flow, "Wartezeiten nach Dienststelle", "Dienststelle", cols,
           _figure_rows([(b.name, b.figures) for b in report.service_points], TIME_COLUMNS,
                        ("Gesamt", report.total)), scale=scale)
    flow.space(4 * mm * scale)
    _table(flow, "Nach Tag", "Tag", detail_cols,
           _figure_rows(_day_rows(report), COLUMNS, ("Zeitraum", report.total)), scale=scale)
    if report.hours:
        flow.space(4 * mm * scale)
        hour_cols = [("Termine", True), ("Erschienen", True), ("Vorsprachen ohne Termin", False),
                     ("Wartezeit Median (min)", True), ("Wartezeit 90 % (min)", True)]
        attrs = ("appointments", "appeared", "walk_ins", "wait_median", "wait_p90")
        rows = [(f"{h:02d}–{h + 1:02d} Uhr", [cell_text(t, a) for a in attrs], False)
                for h, t in report.hours]
        _table(flow, "Nach Stunde der Ankunft (Personalplanung)", "Stunde", hour_cols, rows,
               scale=scale)
    if report.requests is not None:
        flow.space(4 * mm * scale)
        _requests(flow, report, scale)
    flow.space(3 * mm * scale)
    flow.text(" ".join(NOTES), 7, color=GREY, max_lines=6, rtl=False)
    return flow


def _requests(flow: Flow, report: StatisticsReport, scale: float) -> None:
    """The mailbox worklist's figures (issue 20): the shares, then per week and month."""
    from desk_app.domain.mail_requests import figures_rows

    rows = figures_rows(report.requests)
    periodic = [r for r in rows if r[0].startswith(("Woche ", "Monat "))]
    summary = [r for r in rows if r not in periodic]
    _table(flow, "Terminanfragen (Postfach)", "Kennzahl", [("Wert", True)],
           [(label, [value], False) for label, value in summary], label_share=0.7,
           scale=scale)
    if periodic:
        flow.space(2 * mm * scale)
        _table(flow, "Terminanfragen je Woche und Monat", "Zeitraum", [("Anfragen", True)],
               [(label, [value], False) for label, value in periodic], label_share=0.7,
               scale=scale)


def render_weekly_statistics(report: WeeklyReport | StatisticsReport, *, office_name: str = "",
                             created_at: dt.datetime | None = None) -> bytes:
    """Issue 2's entry point: a WeeklyReport is shown as one block over every service
    point; a StatisticsReport as it is."""
    if isinstance(report, WeeklyReport):
        from desk_app.domain.statistics import DEFAULT_LAYOUT, BlockFigures

        rep = StatisticsReport(period=Period.week(report.year, report.week),
                               layout=DEFAULT_LAYOUT)
        rep.blocks = [BlockFigures("Gesamt", (), report.total)]
        rep.service_points = [BlockFigures(name, (), t) for name, t in report.rows]
        rep.total = report.total
        rep.days = list(report.days)
        report = rep
    return render_statistics(report, office_name=office_name, created_at=created_at)

