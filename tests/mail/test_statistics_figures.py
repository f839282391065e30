"""The office's figures of the mailbox in the statistics (facade, CSV, XLSX, the screen)."""

from __future__ import annotations

import datetime as dt
import io

from desk_app.domain.statistics import Period
from desk_app.services.mail_requests import FetchedMessage, RequestDesk
from desk_app.services.statistics_facade import StatisticsFacade
from tests.mail.test_worklist_services import NOW, form
from tests.support import Clock, desk_for
from tests.mail.actors import acting


async def test_figures_in_the_report_and_its_exports(db):
    requests = RequestDesk(db, ctx=acting(lambda: NOW))
    await requests.ingest(mailbox="INBOX", uid_validity=1, messages=[
        FetchedMessage(1, form(1)),
        FetchedMessage(2, form(2, family="B", sender="b@x.example", file_number="I-2019-222",
                               department="EU"))])
    desk = await desk_for(db, "admin", clock=Clock(NOW))
    facade = StatisticsFacade(desk)
    period = Period(dt.date(2026, 11, 30), dt.date(2026, 12, 6), "week")
    report = await facade.report(period, trend_weeks=0)
    report.requests = await facade.requests(period)
    assert report.requests.requests == 2 and report.requests.incomplete == 1
    assert report.requests.misaddressed == 1
    csv_text = facade.export(report, "csv").decode("utf-8-sig")
    assert "Terminanfragen (Postfach)" in csv_text and "davon unvollständig" in csv_text
    assert "1 (50 %)" in csv_text
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(facade.export(report, "xlsx")))
    sheet = wb["Terminanfragen"]
    assert [c.value for c in sheet[1]] == ["Terminanfragen", "2"]


async def test_figures_in_the_pdf(db):
    from pypdf import PdfReader

    requests = RequestDesk(db, ctx=acting(lambda: NOW))
    await requests.ingest(mailbox="INBOX", uid_validity=1, messages=[
        FetchedMessage(1, form(1)),
        FetchedMessage(2, form(2, family="B", sender="b@x.example", file_number="I-2019-222",
                               department="EU"))])
    desk = await desk_for(db, "admin", clock=Clock(NOW))
    facade = StatisticsFacade(desk)
    period = Period(dt.date(2026, 11, 30), dt.date(2026, 12, 6), "week")
    report = await facade.report(period, trend_weeks=0)
    without = "".join(p.extract_text() for p in PdfReader(io.BytesIO(
        facade.export(report, "pdf"))).pages)
    assert "Terminanfragen" not in without
    report.requests = await facade.requests(period)
    pdf = facade.export(report, "pdf")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    from desk_app.domain.mail_requests import WorklistFigures, figures_rows

    rows = dict(figures_rows(WorklistFigures(4, 1, 0, 0, 2, 19.5)))
    assert rows["Zeit bis zur Antwort (Median, Stunden)"] == "19,5"    # German, as the PDF
    for expected in ("Terminanfragen (Postfach)", "davon unvollständig", "1 (50 %)",
                     "davon falsch adressiert", "Woche 2026-W49", "Monat 2026-11"):
        assert expected in text, expected
