"""The weekly statistics PDF (A4 landscape, the office's columns) and `desk-app report --pdf`."""

from __future__ import annotations

import asyncio
import datetime as dt
import re

import pytest

from desk_app.domain.statistics import Tally, WeeklyReport, iso_week_bounds
from desk_app.printing import render_weekly_statistics
from desk_app.printing.weekly_statistics import format_count, format_rate

from .conftest import pdf_pages, pdf_text

VISA = "DLZ Visa-Angelegenheiten, ausländische Studierende & Fachkräfte"


def _report() -> WeeklyReport:
    first, last = iso_week_bounds(2026, 48)
    report = WeeklyReport(2026, 48, first, last)
    bi = Tally(appointments=1200, appeared=1050, no_show=150, cancelled=31, missed=7, left=3,
               walk_ins=88, open=0)
    visa = Tally(appointments=813, appeared=700, no_show=100, cancelled=12, missed=2, left=1,
                 walk_ins=40, open=13)
    empty = Tally()
    report.rows = [("DLZ Bürgerdienste International", bi), (VISA, visa),
                   ("Städtische Asylstelle", empty)]
    for t in (bi, visa):
        report.total.add(t)
    report.days = [(first, Tally(appointments=400, appeared=350, no_show=50)),
                   (first + dt.timedelta(days=2), Tally(appointments=613, appeared=540,
                                                        no_show=60, open=13)),
                   (first + dt.timedelta(days=5), Tally(walk_ins=3))]
    return report


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_title_period_and_the_office_columns():
    pdf = render_weekly_statistics(_report(), office_name="Landeshauptstadt – Ausländerbehörde")
    text = _flat(pdf_text(pdf))
    assert "Wochenstatistik KW 48/2026" in text
    assert "23.11.2026 – 29.11.2026" in text
    assert "Landeshauptstadt – Ausländerbehörde" in text
    for column in ("Termine", "Erschienen", "Nicht erschienen", "Ausfallquote",
                   "Vorsprachen ohne Termin", "Aufruf verpasst", "storniert", "noch offen"):
        assert column in text, column
    # per service point: Termine, Erschienen, Nicht erschienen, Ausfallquote, then the rest
    assert "DLZ Bürgerdienste International 1.200 1.050 150 12,5 % 88 7 3 31 0" in text
    # 100 of 800 decided (813 minus 13 still open)
    assert "700 100 12,5 % 40 2 1 12 13" in text
    assert "Studierende & Fachkräfte" in text     # a long name wraps, never cut
    # a service point without appointments has no rate, not 0 %
    assert "Städtische Asylstelle 0 0 0 – 0 0 0 0 0" in text
    assert "Gesamt 2.013 1.750 250 12,5 % 128 9 4 43 13" in text


def test_per_day_table_lists_the_working_days_and_a_busy_weekend_day():
    text = _flat(pdf_text(render_weekly_statistics(_report())))
    assert "Nach Tag" in text
    assert "Mo, 23.11.2026 400 350 50 12,5 %" in text
    assert "Di, 24.11.2026 0 0 0 –" in text          # a weekday without entries still shows
    assert "Mi, 25.11.2026 613 540 60 10,0 %" in text  # 60 of 600 decided
    assert "Sa, 28.11.2026 0 0 0 – 3" in text         # walk-ins on a Saturday
    assert "So, 29.11.2026" not in text                # an empty Sunday is left out
    assert "Woche 2.013 1.750 250 12,5 %" in text


def test_one_landscape_page_embedded_fonts_and_deterministic():
    report = _report()
    pdf = render_weekly_statistics(report)
    pages = pdf_pages(pdf)
    assert len(pages) == 1
    w, h = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert w > h and round(w) == 842 and round(h) == 595
    assert b"/FontFile2" in pdf            # TrueType outlines embedded
    assert render_weekly_statistics(report) == pdf
    stamped = render_weekly_statistics(report, created_at=dt.datetime(2026, 11, 30, 7, 5,
                                                                      tzinfo=dt.timezone.utc))
    assert "Erstellt am 30.11.2026, 08:05 Uhr" in pdf_text(stamped)


def test_a_week_with_every_service_point_and_weekend_still_fits_one_page():
    first, last = iso_week_bounds(2026, 48)
    report = WeeklyReport(2026, 48, first, last)
    report.rows = [(f"{VISA} {i}", Tally(appointments=9999, appeared=9000, no_show=999,
                                         walk_ins=9999, cancelled=999, missed=99, left=99))
                   for i in range(7)]
    report.days = [(first + dt.timedelta(days=i), Tally(appointments=99999)) for i in range(7)]
    pdf = render_weekly_statistics(report)
    assert len(pdf_pages(pdf)) == 1


def test_names_from_the_database_are_text_not_markup():
    report = _report()
    report.rows.append(("<b>Fett</b> & \u202eevil\u202c", Tally()))
    text = pdf_text(render_weekly_statistics(report))
    assert "<b>Fett</b> & evil" in text


def test_formatting():
    from decimal import Decimal

    assert format_count(2013) == "2.013" and format_count(0) == "0"
    assert format_rate(Decimal("12.5")) == "12,5 %" and format_rate(None) == "–"


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
        await lead.check_in(booked[0].id)
        await lead.check_in(booked[1].id)
        lead.ctx.clock.set(at(12, 0))
        await lead.act(booked[2].id, Action.MARK_NO_SHOW)
        await lead.act(booked[3].id, Action.CANCEL)
    finally:
        await db.dispose()


def test_cli_report_writes_the_pdf(sqlite_database_url, tmp_path, capsys):
    from desk_app.cli import main

    asyncio.run(_seed(sqlite_database_url))
    out = tmp_path / "stats" / "kw48.pdf"
    assert main(["report", "--week", "2026-W48", "--pdf", str(out),
                 "--database", sqlite_database_url]) == 0
    printed = capsys.readouterr().out
    assert "Wochenstatistik KW 48/2026" in printed and f"PDF gespeichert: {out}" in printed
    text = _flat(pdf_text(out.read_bytes()))
    assert "Wochenstatistik KW 48/2026" in text
    # 3 appointments (one cancelled in advance), 2 appeared, 1 no-show: 33,3 %
    assert "DLZ Bürgerdienste International 3 2 1 33,3 % 0 0 0 1 0" in text
    assert "Mi, 25.11.2026 3 2 1 33,3 %" in text


def test_cli_report_pdf_to_an_unwritable_place_is_a_clear_error(sqlite_database_url, tmp_path,
                                                                 capsys):
    from desk_app.cli import main

    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["report", "--week", "2026-W48", "--pdf", str(blocker / "kw48.pdf"),
                 "--database", sqlite_database_url]) == 2
    assert "PDF nicht geschrieben" in capsys.readouterr().err
