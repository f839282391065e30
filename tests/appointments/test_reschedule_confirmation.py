"""pytest-qt: a moved booking gets a NEW appointment confirmation, printed with the new
time, and a new .ics: from the calendar (drag, Strg+X/Strg+V) and from the clerk's
window ("Termin verschieben", the Folgetermin dialog in reschedule mode)."""

from __future__ import annotations

import io

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desk_app.services.appointment_book import AppointmentBook
from desk_app.services.database import open_database
from desk_app.services.printing_desk import PrintDesk
from desk_app.settings import PrinterSettings
from desk_app.ui.booking import FollowUpDialog
from desk_app.ui.booking.confirmation import Confirmer
from desk_app.ui.calendar import CalendarScreen
from desk_app.services.document_output import DocumentOutput
from tests.appointments.helpers import MONDAY, local
from tests.support import Clock, desk_for, ids, person

pytestmark = pytest.mark.gui


def pdf_text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def ics_start(path):
    (event,) = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    return event.decoded("dtstart")


@pytest.fixture
def office(run, sqlite_database_url, spooler, tmp_path):
    db = open_database(sqlite_database_url)
    clock = Clock(local(MONDAY, 7, 0))
    desk = run(desk_for(db, "leitung", clock=clock))
    book = AppointmentBook(desk)
    sp = run(ids(db))["sp"]["BI"]
    output = DocumentOutput(PrintDesk(desk.db, desk.ctx, spooler,
                                      printers=PrinterSettings(slips="Laser2")), tmp_path / "pdf")
    confirmer = Confirmer(output, tmp_path / "ics", services=run(desk.services()),
                          service_points=run(desk.service_points()), office_name="Testamt")
    entry = run(book.book(service_point_id=sp, service_id=None, starts_at=local(MONDAY, 7, 50),
                          applicants=[person("Haddad", "Omar", preferred_language="ar")]))
    yield db, desk, book, sp, confirmer, entry
    run(db.dispose())


def test_a_drag_in_the_calendar_prints_the_new_confirmation(qtbot, run, office, spooler):
    db, desk, book, sp, confirmer, entry = office
    view = CalendarScreen(book, run(desk.service_points()), today=MONDAY, confirmer=confirmer,
                        services=run(desk.services()))
    qtbot.addWidget(view)
    view.show()
    view.reload(reset=True)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    view.table.setCurrentIndex(view.model.index_of(local(MONDAY, 7, 50)))
    mime = view.bookings.mimeData([view.bookings.index(0, 0)])
    view.reason.setCurrentText("Unterlage fehlt")
    assert view.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1,
                                   view.model.index_of(local(MONDAY, 9, 30)))
    qtbot.waitUntil(lambda: view.last_confirmed is not None, timeout=20_000)
    assert len(spooler.submitted) == 1
    text = pdf_text(spooler.submitted[0][2])
    assert "Terminbestätigung" in text and entry.booking_reference in text
    assert "09:30" in text and "07:50" not in text
    assert ics_start(view.last_confirmed.ics) == local(MONDAY, 9, 30)
    assert "Neue Bestätigung gedruckt" in view.status.text()
    # moved again (keyboard): another confirmation, not swallowed as a duplicate print
    view.table.setCurrentIndex(view.model.index_of(local(MONDAY, 9, 30)))
    qtbot.waitUntil(lambda: view.bookings.rowCount() == 1, timeout=10_000)
    view.list.selectRow(0)
    view.cut_selected()
    view.table.setCurrentIndex(view.model.index_of(local(MONDAY, 10, 10)))
    first = view.last_confirmed
    view.paste()
    qtbot.waitUntil(lambda: view.last_confirmed is not first, timeout=20_000)
    assert len(spooler.submitted) == 2
    assert "10:10" in pdf_text(spooler.submitted[1][2])
    assert ics_start(view.last_confirmed.ics) == local(MONDAY, 10, 10)
    run(view.shutdown())


def test_termin_verschieben_in_the_clerks_window(qtbot, run, office, spooler, tmp_path):
    db, desk, book, sp, confirmer, entry = office
    dialog = FollowUpDialog(None, book, entry=entry, reschedule=True,
                            services=run(desk.services()),
                            service_points=run(desk.service_points()),
                            output=confirmer.output, ics_dir=tmp_path / "ics2",
                            office_name="Testamt")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 10, timeout=10_000)
    assert dialog.windowTitle() == "Termin verschieben"
    assert dialog.reason.isVisibleTo(dialog) and not dialog.family.isVisibleTo(dialog)
    assert entry.booking_reference in dialog.intro.text()
    target = dialog.model.slot(3)
    intro_before = dialog.intro.text()
    assert dialog.book_button.text() == "&Verschieben"
    dialog.reason.setCurrentText("Wunsch der Person")
    qtbot.keyClick(dialog.table, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: dialog.last_ics is not None, timeout=20_000)
    moved = dialog.last_booking
    assert moved.id == entry.id and moved.scheduled_at == target.starts_at
    assert moved.booking_reference == entry.booking_reference
    assert "Verschoben auf" in dialog.status.text()
    assert dialog.intro.text() != intro_before          # shows the new time
    # the old place is free at once, the new one taken
    free = run(book.next_free(service_point_id=sp, service_id=None, count=20))
    by_start = {f.starts_at: f.free for f in free.slots}
    assert by_start[local(MONDAY, 7, 50)] == 6
    assert by_start.get(target.starts_at, 0) == target.free - 1
    assert len(spooler.submitted) == 1
    assert f"{target.starts_at.astimezone(__import__('zoneinfo').ZoneInfo('Europe/Berlin')):%H:%M}" \
        in pdf_text(spooler.submitted[0][2])
    assert ics_start(dialog.last_ics) == target.starts_at
    # an empty reason is refused, nothing moves
    dialog.reason.setCurrentText("")
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10_000)
    assert len(spooler.submitted) == 1
    dialog.reject()


def test_a_confirmation_that_breaks_leaves_the_move_and_says_so(qtbot, run, office, spooler,
                                                                  caplog):
    """The confirmation runs through the screen's (the dialog's) Operations: the booking
    is moved, the error line says the confirmation failed, the unexpected is logged."""
    db, desk, book, sp, confirmer, entry = office

    async def broken(_entry):
        raise RuntimeError("printer driver crashed")

    confirmer.confirm = broken
    view = CalendarScreen(book, run(desk.service_points()), today=MONDAY, confirmer=confirmer,
                          services=run(desk.services()))
    qtbot.addWidget(view)
    view.show()
    view.reload(reset=True)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    view.table.setCurrentIndex(view.model.index_of(local(MONDAY, 7, 50)))
    qtbot.waitUntil(lambda: view.bookings.rowCount() == 1, timeout=10_000)
    view.list.selectRow(0)
    view.reason.setCurrentText("Unterlage fehlt")
    view.cut_selected()
    view.table.setCurrentIndex(view.model.index_of(local(MONDAY, 9, 30)))
    view.paste()
    qtbot.waitUntil(lambda: "Unerwarteter Fehler (RuntimeError)" in view.last_error,
                    timeout=20_000)
    assert "verschoben" in view.status.text() and view.last_confirmed is None
    assert "confirmation of a moved booking failed" in caplog.text
    assert spooler.submitted == []
    run(view.shutdown())


def test_in_the_dialog_a_broken_confirmation_leaves_the_move_and_says_so(
        qtbot, run, office, spooler, tmp_path, caplog):
    db, desk, book, sp, confirmer, entry = office
    dialog = FollowUpDialog(None, book, entry=entry, reschedule=True,
                            services=run(desk.services()),
                            service_points=run(desk.service_points()),
                            output=confirmer.output, ics_dir=tmp_path / "ics2",
                            office_name="Testamt")
    qtbot.addWidget(dialog)

    async def broken(_entry):
        raise RuntimeError("printer driver crashed")

    dialog.confirmer.confirm = broken
    dialog.show()
    dialog.open()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 10, timeout=10_000)
    dialog.reason.setCurrentText("Wunsch der Person")
    qtbot.keyClick(dialog.table, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=20_000)
    assert "Unerwarteter Fehler (RuntimeError)" in dialog.error.text()
    assert dialog.last_booking is not None and "Verschoben auf" in dialog.status.text()
    assert dialog.last_ics is None and spooler.submitted == []
    assert "confirmation of a booking failed" in caplog.text
    dialog.reject()
