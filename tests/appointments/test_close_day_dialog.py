"""The shift lead's "Tag schließen" dialog from the calendar: the day's bookings move in
one step, the people to inform are listed, saved as CSV (formula injection neutralised)
and printed. The CSV helper alone, without Qt."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desk_app.services.appointment_book import AppointmentBook
from desk_app.services.appointment_export import people_to_inform_csv
from desk_app.services.appointment_views import DayMoveResult, PersonToInform
from desk_app.services.database import open_database
from desk_app.ui.calendar import CalendarScreen
from desk_app.ui.calendar.close_day import SORT_ROLE, PeopleToInformModel
from tests.appointments.helpers import MONDAY, local
from tests.support import Clock, desk_for, ids, person

pytestmark = pytest.mark.gui


def test_the_csv_of_people_to_inform():
    old = dt.datetime(2026, 11, 30, 7, 50, tzinfo=dt.timezone.utc)
    result = DayMoveResult(7, moved=(PersonToInform(
        1, "TAB12345", "=cmd|' /C calc'!A0, Evil", old, old + dt.timedelta(days=1), "ar",
        "e@example.org", "+49 170 1"),), not_moved=(PersonToInform(
            2, "TCD67890", "Nowak, Jan", old, None, None, None, None),))
    data = people_to_inform_csv(result)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Buchungsnummer", "Namen", "Alter Termin", "Neuer Termin"]
    assert rows[1] == ["TAB12345", "'=cmd|' /C calc'!A0, Evil", "30.11.2026 08:50",
                       "01.12.2026 08:50", "ar", "e@example.org", "'+49 170 1"]
    assert rows[2][:4] == ["TCD67890", "Nowak, Jan", "30.11.2026 08:50", "neu buchen"]


@pytest.fixture
def calendar(qtbot, run, sqlite_database_url):
    db = open_database(sqlite_database_url)
    clock = Clock(local(MONDAY, 7, 0))
    lead = run(desk_for(db, "leitung", clock=clock))
    book = AppointmentBook(lead)
    sp = run(ids(db))["sp"]["EU"]
    people = [("Haddad", "Omar"), ("=HYPERLINK(1)", "Eve"), ("Nowak", "Jan")]
    booked = [run(book.book(service_point_id=sp, service_id=None,
                            starts_at=local(MONDAY + dt.timedelta(days=1), 7, 30) + dt.timedelta(minutes=20 * i),
                            applicants=[person(f, g, email=f"{g.lower()}@example.org")]))
              for i, (f, g) in enumerate(people)]
    view = CalendarScreen(book, run(lead.service_points()),
                        today=MONDAY)
    qtbot.addWidget(view)
    view.show()
    view.service_point.setCurrentIndex(view.service_point.findData(sp))
    view.reload(reset=True)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    yield view, book, booked, sp
    run(view.shutdown())
    run(db.dispose())


def test_close_a_day_and_get_the_list(qtbot, run, calendar, tmp_path):
    view, book, booked, sp = calendar
    tuesday = MONDAY + dt.timedelta(days=1)
    view.table.setCurrentIndex(view.model.index_of(local(tuesday, 7, 30)))
    assert view.close_day_button.isEnabled()       # a shift lead
    assert not view.hours_button.isEnabled()        # not an administrator
    dialog = view.open_close_day()
    qtbot.addWidget(dialog)
    assert dialog.chosen_day == tuesday
    assert dialog.counter.currentData() is None and dialog.counter.count() > 1
    dialog.move()                                   # no reason: refused, nothing moves
    assert dialog.error.isVisibleTo(dialog) and dialog.result_ is None
    dialog.reason.setText("Personalversammlung")
    dialog.move()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=20_000)
    assert dialog.model.rowCount() == 3
    assert "3 Termine verlegt" in dialog.summary.text()
    assert not dialog.move_button.isEnabled()       # one step, once
    names = [dialog.model.data(dialog.model.index(r, 1)) for r in range(3)]
    assert sorted(names) == sorted(["Haddad, Omar", "=HYPERLINK(1), Eve", "Nowak, Jan"])
    for r in range(3):
        new = dialog.model.data(dialog.model.index(r, 3))
        assert not new.startswith(tuesday.strftime("%d.%m.%Y"))
        assert dialog.model.data(dialog.model.index(r, 3), SORT_ROLE) > dialog.model.data(
            dialog.model.index(r, 2), SORT_ROLE)
    # the moved bookings left the closed day
    week = run(book.week(service_point_id=sp, year=2026, week=49))
    assert not any(s.bookings for s in week.slots if s.starts_at.date() == tuesday)
    # saved as CSV: the injected formula is text
    path = dialog.save_csv(tmp_path / "liste.csv")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert len(rows) == 4
    assert "'=HYPERLINK(1), Eve" in [r[1] for r in rows]
    assert "Gespeichert" in dialog.summary.text()
    # printed: the list as a PDF through QPrinter
    from PySide6.QtPrintSupport import QPrinter
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "liste.pdf"))
    dialog.print_to(printer)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "liste.pdf").pages).split())
    assert "Personalversammlung" in text and "Nowak, Jan" in text and "omar@example.org" in text
    dialog.reject()


def test_the_people_model_without_widgets(qapp):
    old = dt.datetime(2026, 11, 30, 7, 50, tzinfo=dt.timezone.utc)
    people = [PersonToInform(i, f"T{i}", f"P{i}", old, None if i == 2 else old + dt.timedelta(hours=i),
                             None, None, None) for i in (1, 2)]
    model = PeopleToInformModel()
    model.set_rows(people)
    assert model.rowCount() == 2 and model.data(model.index(1, 3)) == "neu buchen"
    assert model.data(model.index(1, 3), SORT_ROLE) > model.data(model.index(0, 3), SORT_ROLE)
    changed = []
    model.dataChanged.connect(lambda a, b: changed.append(a.row()))
    model.update_rows(people)
    assert changed == [0] and model.rowCount() == 2
    model.update_rows(people[:1])
    assert model.rowCount() == 1


def test_a_day_gone_by_is_not_offered(qtbot, run, calendar):
    """The date edit starts at today at the earliest; a past day picked in the calendar
    becomes today, and typing an earlier one does not take."""
    from PySide6.QtCore import QDate

    from desk_app.ui.calendar.close_day import CloseDayDialog

    view, book, _booked, sp = calendar
    dialog = CloseDayDialog(view, book, view.service_points_list, service_point_id=sp,
                            day=MONDAY - dt.timedelta(days=3))
    qtbot.addWidget(dialog)
    assert dialog.day.minimumDate() == QDate(2026, 11, 30)
    assert dialog.chosen_day == MONDAY
    dialog.day.setDate(QDate(2026, 1, 29))
    assert dialog.chosen_day == MONDAY
    dialog.day.setDate(QDate(2026, 12, 1))
    assert dialog.chosen_day == MONDAY + dt.timedelta(days=1)


def test_the_bookings_list_fits_its_narrow_pane(qtbot, run, calendar):
    """The slot's bookings beside the week: "Buchungsnummer" was cut off. Every column on
    screen, the short ones whole; names and services give and elide."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    view, _book, _booked, _sp = calendar
    view.resize(1400, 850)
    view.table.setCurrentIndex(view.model.index_of(local(MONDAY + dt.timedelta(days=1), 7, 30)))
    qtbot.waitUntil(lambda: view.bookings.rowCount() == 1, timeout=5_000)
    QApplication.processEvents()
    table = view.list
    model = table.model()
    room = table.viewport().width()
    assert room < 500                                   # the narrow pane
    assert sum(table.columnWidth(c) for c in range(model.columnCount())) <= room
    fm = table.horizontalHeader().fontMetrics()
    for c in (0, 2, 3):                                 # Buchungsnummer, Daten, Anzahl
        title = model.headerData(c, Qt.Orientation.Horizontal)
        assert table.columnWidth(c) >= fm.horizontalAdvance(title) + 8, title
