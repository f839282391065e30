"""The statistics as a spreadsheet: CSV (semicolon, UTF-8 with BOM, formula injection
neutralised: desk_app.domain.csv_safe) and XLSX (openpyxl; numbers as numbers, the rates
as percent-formatted fractions). One table form for both, sections one after another:
the office's table, per service point, per day, per hour, the weekly trend.

Qt-free and database-free: a pure function of a StatisticsReport.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from desk_app.domain.csv_safe import csv_bytes
from desk_app.domain.statistics import Figures, StatisticsReport

from .weekly_statistics import render_statistics

__all__ = ["export", "table_rows", "to_csv", "to_xlsx", "HEADERS"]

#: (header, attribute); "rate" is Ausfallquote in percent (one decimal in CSV; a fraction
#: formatted as percent in XLSX)
FIELDS: tuple[tuple[str, str], ...] = (
    ("Termine", "appointments"),
    ("Erschienen", "appeared"),
    ("Nicht erschienen", "no_show"),
    ("Ausfallquote (%)", "rate"),
    ("Ausfallquote Amt (%)", "office_rate"),
    ("Vorsprachen ohne Termin", "walk_ins"),
    ("Termine erschienen", "appeared_appointments"),
    ("nach Nicht erschienen eingelassen", "late_admitted"),
    ("Aufruf verpasst", "missed"),
    ("gegangen", "left"),
    ("storniert", "cancelled"),
    ("weitergeleitet", "forwarded"),
    ("noch offen", "open"),
    ("Erledigt", "served"),
    ("Aufrufe je Vorgang", "calls_per_served"),
    ("Wartezeit Median (min)", "wait_median"),
    ("Wartezeit 90 % (min)", "wait_p90"),
    ("Bearbeitung Median (min)", "service_median"),
    ("Bearbeitung 90 % (min)", "service_p90"),
    ("Dokumente bestellt", "documents_ordered"),
    ("Dokumente ausgegeben", "documents_handed_out"),
)
HEADERS = ("Teil", "Name", "von", "bis", *(h for h, _a in FIELDS))
RATE_ATTRS = ("rate", "office_rate")


def _value(t: Figures, attr: str, hidden: tuple[str, ...] = ()) -> Any:
    if attr in hidden or (attr == "office_rate" and "rate" in hidden):
        return None
    if attr == "rate":
        return t.no_show_rate
    if attr == "office_rate":
        return t.office_rate
    if attr == "calls_per_served":
        return t.calls_per_served
    v = getattr(t, attr)
    return round(v, 2) if isinstance(v, float) else v


def table_rows(report: StatisticsReport) -> list[list[Any]]:
    """The rows after the header: numbers stay numbers (int, Decimal, float, None)."""
    p = report.period
    rows: list[list[Any]] = []

    def add(part: str, name: str, first: dt.date, last: dt.date, t: Figures,
            hidden: tuple[str, ...] = ()) -> None:
        rows.append([part, name, first, last, *(_value(t, a, hidden) for _h, a in FIELDS)])

    for b in report.blocks:
        add("Amt", b.name, p.first, p.last, b.figures, b.hidden)
    for b in report.service_points:
        add("Dienststelle", b.name, p.first, p.last, b.figures)
    add("Gesamt", "Gesamt", p.first, p.last, report.total)
    for day, t in report.days:
        add("Tag", f"{day:%d.%m.%Y}", day, day, t)
    for hour, t in report.hours:
        add("Stunde", f"{hour:02d}–{hour + 1:02d} Uhr", p.first, p.last, t)
    for week, t in report.trend:
        add("Woche", week.title(), week.first, week.last, t)
    if report.previous is not None:
        q = report.previous.period
        for b in report.previous.blocks:
            add("Vorperiode", b.name, q.first, q.last, b.figures, b.hidden)
    return rows


def to_csv(report: StatisticsReport) -> bytes:
    def cell(v):
        if isinstance(v, dt.date):
            return f"{v:%d.%m.%Y}"
        if isinstance(v, float):       # minutes: one decimal, half up, as in the PDF
            return Decimal(repr(v)).quantize(Decimal("0.1"), ROUND_HALF_UP)
        return v
    head = [[report.heading()], list(HEADERS)]
    return csv_bytes([*head, *([cell(v) for v in row] for row in table_rows(report)),
                      *_request_lines(report)])


def _request_lines(report: StatisticsReport) -> list[list]:
    """The mailbox worklist's figures after a blank line (issue 20), when read."""
    if report.requests is None:
        return []
    from desk_app.domain.mail_requests import figures_rows

    return [[], ["Terminanfragen (Postfach)"], *([k, v] for k, v in figures_rows(report.requests))]


def to_xlsx(report: StatisticsReport) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Statistik"
    ws.append([report.heading()])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(list(HEADERS))
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    rate_cols = {4 + i for i, (_h, a) in enumerate(FIELDS) if a in RATE_ATTRS}
    for row in table_rows(report):
        values = []
        for k, v in enumerate(row):
            if isinstance(v, Decimal):
                v = float(v) / 100 if k in rate_cols else float(v)
            values.append(v)
        ws.append(values)
        r = ws.max_row
        for k in range(len(values)):
            cell = ws.cell(row=r, column=k + 1)
            if isinstance(values[k], str):
                cell.data_type = "s"      # text, never a formula (openpyxl reads "=…" as one)
            if k in (2, 3):
                cell.number_format = "DD.MM.YYYY"
            elif k in rate_cols:
                cell.number_format = "0.0%" if FIELDS[k - 4][1] == "rate" else "0%"
            elif isinstance(values[k], float):
                cell.number_format = "0.0"
    ws.freeze_panes = "C3"
    ws.column_dimensions["A"].width = 13
    ws.column_dimensions["B"].width = 42
    for col in "CD":
        ws.column_dimensions[col].width = 11
    if report.requests is not None:      # issue 20: the mailbox worklist's figures
        from desk_app.domain.mail_requests import figures_rows

        sheet = wb.create_sheet("Terminanfragen")
        for label, value in figures_rows(report.requests):
            sheet.append([label, value])
            for c in sheet[sheet.max_row]:
                c.data_type = "s"
        sheet.column_dimensions["A"].width = 40
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def export(report: StatisticsReport, fmt: str, *, office_name: str = "",
           created_at: dt.datetime | None = None) -> bytes:
    if fmt == "pdf":
        return render_statistics(report, office_name=office_name, created_at=created_at)
    if fmt == "csv":
        return to_csv(report)
    if fmt == "xlsx":
        return to_xlsx(report)
    raise ValueError(f"unknown format {fmt!r}")
