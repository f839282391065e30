"""pytest-qt: the calendar of a service point's week; a reschedule by drag (through the
models' mimeData / dropMimeData) and by keyboard (Strg+X, Strg+V); the models alone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, Qt

from desk_app.services.appointment_book import AppointmentBook
from desk_app.services.database import open_database
from desk_app.ui.calendar import CalendarScreen
from desk_app.ui.calendar.models import MIME, SORT_ROLE, BookingsModel, WeekModel
from tests.appointments.helpers import MONDAY, local
from tests.support import Clock, desk_for, ids, person

pytestmark = pytest.mark.gui


@pytest.fixture
def calendar(qtbot, run, sqlite_database_url):
    db = open_database(sqlite_database_url)
    clock = Clock(local(MONDAY, 7, 0))
    desk = run(desk_for(db, "leitung", clock=clock))
    book = AppointmentBook(desk)
    sp = run(ids(db))["sp"]["BI"]
    booked = [run(book.book(service_point_id=sp, service_id=None, starts_at=local(MONDAY, 7, 50),
                            applicants=[person("Haddad", "Omar"), person("Haddad", "Lina")]))]
    booked.append(run(book.book(service_point_id=sp, service_id=None,
                                starts_at=local(MONDAY, 7, 50), applicants=[person("Nowak", "Jan")])))
    view = CalendarScreen(book, run(desk.service_points()), today=MONDAY, can_set_allowance=True)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    view.reload(reset=True)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and "KW 49" in view.title.text(),
                    timeout=10_000)
    yield view, book, booked, sp
    run(view.shutdown())
    run(db.dispose())


def select(view, at):
    index = view.model.index_of(at)
    assert index.isValid()
    view.table.setCurrentIndex(index)
    return index


def test_the_week_shows_slots_bookings_and_free_places(calendar):
    view, book, booked, sp = calendar
    assert view.model.columnCount() == 5              # Mo–Fr
    index = select(view, local(MONDAY, 7, 50))
    assert view.model.data(index) == "2/6 · frei 4"
    assert "Haddad, Omar; Haddad, Lina" in view.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert view.bookings.rowCount() == 2
    assert view.bookings.data(view.bookings.index(0, 3)) == "2"     # after the flags
    assert "Terminangebot KW 49" in view.title.text() and "2 von" in view.title.text()


def test_a_reschedule_by_drag(qtbot, calendar):
    view, book, booked, sp = calendar
    select(view, local(MONDAY, 7, 50))
    source = view.bookings.index(0, 0)
    mime = view.bookings.mimeData([source])
    assert mime.hasFormat(MIME)
    target = view.model.index_of(local(MONDAY, 9, 30))
    assert view.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    view.reason.setCurrentText("Unterlage fehlt")
    assert view.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    qtbot.waitUntil(lambda: view.model.data(view.model.index_of(local(MONDAY, 9, 30)))
                    == "1/6 · frei 5", timeout=10_000)
    assert view.model.data(view.model.index_of(local(MONDAY, 7, 50))) == "1/6 · frei 5"
    assert "verschoben" in view.status.text()
    moved = view.model.slot_at(target.row(), target.column()).bookings[0]
    assert moved.entry_id == booked[0].id and moved.reschedule_reason == "Unterlage fehlt"


def test_a_stale_drag_is_refused_with_a_message(qtbot, run, calendar):
    view, book, booked, sp = calendar
    select(view, local(MONDAY, 7, 50))
    mime = view.bookings.mimeData([view.bookings.index(1, 0)])
    # someone else moves it first
    run(book.reschedule(booked[1].id, starts_at=local(MONDAY, 10, 10), reason="anderswo"))
    view.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1,
                            view.model.index_of(local(MONDAY, 8, 50)))
    qtbot.waitUntil(lambda: view.last_error != "", timeout=10_000)
    assert view.error.isVisibleTo(view)


def test_a_reschedule_by_keyboard(qtbot, calendar):
    view, book, booked, sp = calendar
    select(view, local(MONDAY, 7, 50))
    view.list.setFocus()
    view.list.selectRow(1)
    qtbot.keyClick(view.list, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert view.cut == (booked[1].id, booked[1].version)
    view.table.setFocus()
    select(view, local(MONDAY, 7, 50))
    for _ in range(2):   # two slots later: 8:30
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.model.data(view.model.index_of(local(MONDAY, 8, 30)))
                    == "1/6 · frei 5", timeout=10_000)
    qtbot.keyClick(view.table, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: "KW 50" in view.title.text(), timeout=10_000)


def test_the_models_without_widgets(qapp, calendar):
    view, book, booked, sp = calendar
    week = view.model.week
    model = WeekModel()
    model.set_rows(week)
    index = model.index_of(local(MONDAY, 7, 50))
    assert model.data(index, SORT_ROLE) == 4
    assert model.flags(index) & Qt.ItemFlag.ItemIsDropEnabled
    assert not model.dropMimeData(QMimeData(), Qt.DropAction.MoveAction, -1, -1, index)
    seen = []
    model.reschedule_requested.connect(lambda *a: seen.append(a))
    bookings = BookingsModel()
    bookings.set_rows(model.slot_at(index.row(), index.column()).bookings)
    assert bookings.flags(bookings.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.dropMimeData(bookings.mimeData([bookings.index(0, 1)]),
                              Qt.DropAction.MoveAction, -1, -1, model.index_of(local(MONDAY, 8, 50)))
    assert seen == [(booked[0].id, booked[0].version, local(MONDAY, 8, 50))]
    changed = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), a.column())))
    model.update_rows(week)
    assert changed == []        # nothing changed, nothing repainted


def test_just_after_midnight_on_monday_it_opens_on_the_new_week(qtbot, run, sqlite_database_url):
    """00:30 Berlin on Monday is still Sunday in UTC: the calendar opens on Monday's week
    (it took the UTC date and showed the week before)."""
    db = open_database(sqlite_database_url)
    desk = run(desk_for(db, "leitung", clock=Clock(local(MONDAY, 0, 30))))
    book = AppointmentBook(desk)
    view = CalendarScreen(book, run(desk.service_points()))
    qtbot.addWidget(view)
    try:
        assert (view.year, view.week_no) == tuple(MONDAY.isocalendar())[:2]
    finally:
        run(view.shutdown())
        run(db.dispose())
