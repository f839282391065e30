"""The statistics PDF (A4 landscape: the office's table, waiting times, a 12-week trend
chart, the detail), the CSV and XLSX exports, and `desk-app report`."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import re
from decimal import Decimal

import pytest

from desk_app.domain.statistics import (
    Block, BlockFigures, Figures, Layout, Period, StatisticsReport, Tally, WeeklyReport,
    iso_week_bounds,
)
from desk_app.printing import render_weekly_statistics
from desk_app.printing.statistics_export import to_csv, to_xlsx
from desk_app.printing.weekly_statistics import (
    format_count, format_office_rate, format_rate, render_statistics,
)

from .conftest import pdf_pages, pdf_text

VISA = "DLZ Visa-Angelegenheiten, ausländische Studierende & Fachkräfte"
BI = "DLZ Bürgerdienste International"


def _fig(**kw) -> Figures:
    return Figures(**kw)


def _report() -> StatisticsReport:
    """KW 34/2021 in the office's layout, with hand-made figures."""
    period = Period.week(2021, 34)
    layout = Layout(name="Terminangebot", title="Terminangebot", exclude=("EINB",), blocks=(
        Block("Allgemein", exclude=("EINB",)),
        Block("DLZ International", include=("BI",), hidden=("appeared",))))
    allg = _fig(appointments=1958, appeared=1795, appeared_appointments=1724, no_show=234,
                walk_ins=71, served=1700, calls=1870, wait_median=14.5, wait_p90=38.25,
                service_median=12.0, service_p90=31.5, documents_ordered=88,
                documents_handed_out=91)
    dlz = _fig(appointments=944, appeared=821, appeared_appointments=821, no_show=123,
               served=800, calls=800, wait_median=11.0, wait_p90=30.0, service_median=10.0,
               service_p90=25.0)
    other = _fig(appointments=1014, appeared=974, appeared_appointments=903, no_show=111,
                 walk_ins=71)
    report = StatisticsReport(period=period, layout=layout)
    report.blocks = [BlockFigures("Allgemein", ("BI", "EU"), allg),
                     BlockFigures("DLZ International", ("BI",), dlz, ("appeared",))]
    report.service_points = [BlockFigures(BI, ("BI",), dlz),
                             BlockFigures(VISA, ("VISA",), other),
                             BlockFigures("Städtische Asylstelle", ("ASYL",), Figures())]
    report.total = allg
    report.excluded_names = ("Einbürgerung und Staatsangehörigkeit",)
    report.days = [(dt.date(2021, 8, 23), _fig(appointments=400, appeared=380, no_show=50)),
                   (dt.date(2021, 8, 28), _fig(walk_ins=3, appeared=3))]
    report.hours = [(8, _fig(appointments=300, appeared=280, walk_ins=10, wait_median=9.0))]
    weeks = [Period.week(2021, w) for w in range(23, 35)]
    report.trend = [(w, _fig(appointments=1000 + i, no_show=100 + 5 * i, wait_median=10.0 + i,
                             wait_p90=20.0 + i) if i != 4 else Figures())
                    for i, w in enumerate(weeks)]
    return report


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_office_table_times_and_trend_on_the_first_page():
    pdf = render_statistics(_report(), office_name="Landeshauptstadt – Ausländerbehörde")
    first = _flat(pdf_text(pdf).split("Nach Dienststelle")[0])
    assert "Wochenstatistik KW 34/2021" in first
    # the office names its working days; the busy Saturday widens the week
    assert ("Terminangebot KW 34 (23.08. – 28.08.2021), ohne Einbürgerung und "
            "Staatsangehörigkeit") in first
    assert "Allgemein DLZ International" in first
    assert "Termine 1.958 944" in first
    assert "Erschienen 1.795 —" in first
    assert "Nicht erschienen 234 123" in first
    assert "Ausfallquote 12 % 13 %" in first          # whole percent, as the office prints
    assert "Allgemein 1.700 14,5 38,3 12,0 31,5 1,1 88 91" in first
    assert "Entwicklung der letzten 12 Wochen" in first
    assert "KW 23" in first and "KW 34" in first
    assert "Ausfallquote je Woche (%)" in first and "Wartezeit je Woche (min)" in first


def test_the_detail_with_one_decimal_and_no_division_by_zero():
    text = _flat(pdf_text(render_statistics(_report())))
    assert f"{BI} 944 821 123 13,0 %" in text
    assert "Städtische Asylstelle 0 0 0 – 0" in text
    assert "Studierende & Fachkräfte" in text           # a long name wraps, never cut
    assert "Mo, 23.08.2021 400 380 50 12,5 %" in text
    assert "Sa, 28.08.2021 0 3 0 – 3" in text
    assert "So, 29.08.2021" not in text
    assert "08–09 Uhr 300 280 10 9,0 –" in text
    assert "Ein weitergeleiteter Vorgang zählt einmal" in text


def test_landscape_embedded_fonts_deterministic_and_stamped():
    report = _report()
    pdf = render_statistics(report)
    pages = pdf_pages(pdf)
    w, h = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert w > h and round(w) == 842 and round(h) == 595
    assert b"/FontFile2" in pdf
    assert render_statistics(report) == pdf
    stamped = render_statistics(report, created_at=dt.datetime(2021, 8, 30, 7, 5,
                                                               tzinfo=dt.timezone.utc))
    assert "Erstellt am 30.08.2021, 09:05 Uhr" in pdf_text(stamped)


def test_issue_2s_weekly_report_still_renders():
    first, last = iso_week_bounds(2026, 48)
    report = WeeklyReport(2026, 48, first, last)
    report.rows = [(BI, Tally(appointments=7, appeared=6, no_show=1))]
    report.total = Tally(appointments=7, appeared=6, no_show=1)
    text = _flat(pdf_text(render_weekly_statistics(report)))
    assert "Wochenstatistik KW 48/2026" in text and f"{BI} 7 6 1 14,3 %" in text


def test_names_from_the_database_are_text_not_markup():
    report = _report()
    report.service_points.append(BlockFigures("<b>Fett</b> & \u202eevil\u202c", ("X",),
                                              Figures()))
    assert "<b>Fett</b> & evil" in pdf_text(render_statistics(report))


def test_formatting():
    assert format_count(2013) == "2.013" and format_count(0) == "0"
    assert format_rate(Decimal("12.5")) == "12,5 %" and format_rate(None) == "–"
    assert format_office_rate(Decimal("12")) == "12 %"


# -- CSV and XLSX -------------------------------------------------------------------------
def test_csv_for_german_excel_with_formulas_neutralised():
    report = _report()
    report.service_points.append(BlockFigures("=HYPERLINK(\"http://x\")", ("X",), Figures()))
    data = to_csv(report)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[1].startswith("Teil;Name;von;bis;Termine;Erschienen;Nicht erschienen;")
    assert "Amt;Allgemein;23.08.2021;29.08.2021;1958;1795;234;12,0;12;71;" in text
    # a hidden figure is empty, not zero
    assert "Amt;DLZ International;23.08.2021;29.08.2021;944;;123;13,0;13;" in text
    assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text
    assert ";1700;1,1;14,5;38,3;12,0;31,5;88;91" in text      # minutes: one decimal


def test_xlsx_numbers_are_numbers():
    from openpyxl import load_workbook

    report = _report()
    report.service_points.append(BlockFigures("=1+2", ("X",), Figures()))
    ws = load_workbook(io.BytesIO(to_xlsx(report))).active
    header = [c.value for c in ws[2]]
    row = {h: c for h, c in zip(header, ws[3])}
    assert row["Name"].value == "Allgemein"
    assert row["Termine"].value == 1958 and isinstance(row["Termine"].value, int)
    assert row["Ausfallquote (%)"].value == pytest.approx(0.12)
    assert row["Ausfallquote (%)"].number_format == "0.0%"
    assert row["Wartezeit 90 % (min)"].value == pytest.approx(38.25)
    assert row["von"].value == dt.datetime(2021, 8, 23)
    dlz = {h: c.value for h, c in zip(header, ws[4])}
    assert dlz["Erschienen"] is None and dlz["Nicht erschienen"] == 123
    names = [ws.cell(row=r, column=2) for r in range(3, ws.max_row + 1)]
    injected = next(c for c in names if c.value == "=1+2")
    assert injected.data_type == "s"                  # text, never a formula


# -- the CLI ---------------------------------------------------------------------------
async def _seed(url: str) -> None:
    from desk_app.domain.states import Action
    from desk_app.services.database import open_database
    from tests.support import at, desk_for, person

    db = open_database(url)
    try:
        lead = await desk_for(db, "leitung", counter="Schalter I1")
        sp = {s.code: s.id for s in await lead.service_points()}
        booked = [await lead.book(service_point_id=sp["BI"], scheduled_at=at(9, i * 5),
                                  applicants=[person(f"Person{i}")]) for i in range(4)]
        einb = await lead.book(service_point_id=sp["EINB"], scheduled_at=at(9, 0),
                               applicants=[person("Einb")])
        await lead.check_in(booked[0].id)
        await lead.check_in(booked[1].id)
        lead.ctx.clock.set(at(12, 0))
        await lead.act(booked[2].id, Action.MARK_NO_SHOW)
        await lead.act(booked[3].id, Action.CANCEL)
        await lead.act(einb.id, Action.MARK_NO_SHOW)
    finally:
        await db.dispose()


def test_cli_report_in_every_format_with_a_saved_layout(sqlite_database_url, tmp_path, capsys):
    from openpyxl import load_workbook

    from desk_app.cli import main

    asyncio.run(_seed(sqlite_database_url))
    db = ["--database", sqlite_database_url]
    assert main(["report-layout", "save", "Terminangebot", "--title", "Terminangebot",
                 "--exclude", "EINB", "--block", "Allgemein=-EINB",
                 "--block", "DLZ International=BI,!appeared", *db]) == 0
    assert main(["report-layout", "list", *db]) == 0
    assert "Terminangebot (ohne EINB): Allgemein = alle außer EINB; DLZ International = BI" \
        in capsys.readouterr().out
    out = tmp_path / "stats" / "kw48.pdf"
    assert main(["report", "--week", "2026-W48", "--layout", "Terminangebot",
                 "--format", "pdf", "--out", str(out), *db]) == 0
    printed = capsys.readouterr().out
    assert "Terminangebot KW 48 (23.11. – 27.11.2026), ohne Einbürgerung" in printed
    assert re.search(r"Ausfallquote\s+33 %\s+33 %", printed)
    text = _flat(pdf_text(out.read_bytes()))
    assert "Termine 3 3" in text and "Erschienen 2 —" in text
    assert f"{BI} 3 2 1 33,3 %" in text
    csv_file = tmp_path / "kw48.csv"
    assert main(["report", "--week", "2026-W48", "--exclude", "EINB", "--format", "csv",
                 "--out", str(csv_file), *db]) == 0
    assert "Amt;Gesamt;23.11.2026;29.11.2026;3;2;1;33,3;33;" in \
        csv_file.read_bytes().decode("utf-8-sig")
    xlsx = tmp_path / "nov.xlsx"
    assert main(["report", "--month", "2026-11", "--service-point", "EINB",
                 "--out", str(xlsx), *db]) == 0
    ws = load_workbook(xlsx).active
    assert [c.value for c in ws[3]][:7] == ["Amt", "Gesamt", dt.datetime(2026, 11, 1),
                                             dt.datetime(2026, 11, 30), 1, 0, 1]
    day = tmp_path / "day.csv"
    assert main(["report", "--from", "2026-11-25", "--to", "2026-11-25", "--format", "csv",
                 "--out", str(day), *db]) == 0


@pytest.mark.parametrize("args, message", [
    (["--week", "2026-W54"], "Die Kalenderwoche 54 gibt es im Jahr 2026 nicht."),
    (["--week", "48"], "Woche als JJJJ-Www angeben, z. B. 2021-W34."),
    (["--month", "2026-13"], "Monat als JJJJ-MM angeben"),
    (["--from", "2026-11-20", "--to", "2026-11-10"], "Der Zeitraum endet vor seinem Beginn."),
    (["--day", "25.11.2026"], "Datum als JJJJ-MM-TT angeben"),
    (["--layout", "Nope"], "Bericht-Layout „Nope“ gibt es nicht."),
    (["--exclude", "XX"], "Unbekannte Dienststelle im Bericht: XX."),
    (["--format", "csv"], "--format braucht --out DATEI"),
])
def test_cli_report_errors_are_german_and_clear(sqlite_database_url, capsys, args, message):
    from desk_app.cli import main

    assert main(["report", *args, "--database", sqlite_database_url]) == 2
    assert message in capsys.readouterr().err


def test_cli_report_to_an_unwritable_place_is_a_clear_error(sqlite_database_url, tmp_path,
                                                            capsys):
    from desk_app.cli import main

    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["report", "--week", "2026-W48", "--pdf", str(blocker / "kw48.pdf"),
                 "--database", sqlite_database_url]) == 2
    assert "Datei nicht geschrieben" in capsys.readouterr().err
