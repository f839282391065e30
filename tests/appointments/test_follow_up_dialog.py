"""pytest-qt: a follow-up for a family, booked and its confirmation printed from the
keyboard alone, on the real dialog (offscreen), with the qasync loop."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desk_app.services.appointment_book import AppointmentBook
from desk_app.services.database import open_database
from desk_app.services.printing_desk import PrintDesk
from desk_app.settings import PrinterSettings
from desk_app.ui.booking import FollowUpDialog
from desk_app.ui.booking.slots_model import SORT_ROLE, SlotsModel, key_label
from desk_app.services.document_output import DocumentOutput
from tests.appointments.helpers import MONDAY, local
from tests.support import Clock, desk_for, ids, person

pytestmark = pytest.mark.gui


@pytest.fixture
def office(run, sqlite_database_url):
    db = open_database(sqlite_database_url)
    clock = Clock(local(MONDAY, 7, 0))
    desk = run(desk_for(db, "sbbi1", counter="Schalter I1", clock=clock))
    yield db, desk, clock
    run(db.dispose())


def open_dialog(qtbot, run, desk, entry, spooler, tmp_path):
    book = AppointmentBook(desk)
    output = DocumentOutput(PrintDesk(desk.db, desk.ctx, spooler,
                                      printers=PrinterSettings(slips="Laser2")), tmp_path / "pdf")
    dialog = FollowUpDialog(None, book, entry=entry, services=run(desk.services()),
                            service_points=run(desk.service_points()), output=output,
                            ics_dir=tmp_path / "ics", office_name="Testamt")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 10, timeout=10_000)
    return dialog


def test_a_family_follow_up_is_booked_and_printed_from_the_keyboard(qtbot, run, office,
                                                                    spooler, tmp_path):
    db, desk, clock = office
    sp = run(ids(db))["sp"]["BI"]
    family = [person("Yılmaz", "Ayşe", preferred_language="tr"),
              person("Yılmaz", "Emre", birth_date="03.04.2015"),
              person("Yılmaz", "Elif", birth_date="05.06.2017")]
    entry = run(desk.register_walk_in(service_point_id=sp, applicants=family))
    dialog = open_dialog(qtbot, run, desk, entry, spooler, tmp_path)
    assert dialog.family.isChecked()
    third = dialog.model.slot(2)
    # P and F switch between the person and the family, without the mouse
    qtbot.keyClick(dialog.table, Qt.Key.Key_P)
    assert dialog.only_person.isChecked()
    qtbot.keyClick(dialog.table, Qt.Key.Key_F)
    assert dialog.family.isChecked()
    qtbot.keyClick(dialog.table, Qt.Key.Key_3)      # books the third slot at once
    qtbot.waitUntil(lambda: "gedruckt" in dialog.status.text(), timeout=20_000)
    booking = dialog.last_booking
    assert booking.scheduled_at == third.starts_at
    assert [m.given_name for m in booking.members] == ["Ayşe", "Emre", "Elif"]
    assert booking.booking_reference in dialog.status.text()
    # printed once, in German and the applicant's language, with the reference
    assert len(spooler.submitted) == 1
    queue, _title, pdf = spooler.submitted[0]
    assert queue == "Laser2"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Terminbestätigung" in text and "Randevu onay" in text
    assert booking.booking_reference in text and "Yılmaz" in text
    # and the .ics beside it
    assert dialog.last_ics is not None and dialog.last_ics.exists()
    assert booking.booking_reference in dialog.last_ics.read_text()
    # the slot list follows: the booked slot shows one place less
    qtbot.waitUntil(lambda: dialog.model.slot(2) is not None
                    and dialog.model.slot(2).free == third.free - 1, timeout=10_000)


def test_enter_books_the_selected_slot_for_the_person_only(qtbot, run, office, spooler,
                                                           tmp_path):
    db, desk, clock = office
    sp = run(ids(db))["sp"]["BI"]
    entry = run(desk.register_walk_in(service_point_id=sp,
                                      applicants=[person("Haddad", "Omar"), person("Haddad", "Lina")]))
    dialog = open_dialog(qtbot, run, desk, entry, spooler, tmp_path)
    qtbot.keyClick(dialog.table, Qt.Key.Key_P)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.last_booking is not None, timeout=20_000)
    assert [m.given_name for m in dialog.last_booking.members] == ["Omar"]
    assert dialog.last_booking.scheduled_at == local(MONDAY, 7, 50)


def test_the_slots_model_without_widgets(qapp):
    from desk_app.domain.capacity import FreeSlot

    model = SlotsModel()
    import datetime as dt

    step = dt.timedelta(minutes=20)
    slots = [FreeSlot(local(MONDAY, 8) + i * step, local(MONDAY, 8) + (i + 1) * step, 2, 2, 2)
             for i in range(3)]
    model.set_rows(slots)
    assert model.rowCount() == 3
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["1", "2", "3"]
    assert model.data(model.index(1, 2)) == "08:20"
    assert model.data(model.index(2, 3), SORT_ROLE) == 2
    model.update_rows([FreeSlot(slots[1].starts_at, slots[1].ends_at, 0, 2, 2),
                       FreeSlot(slots[2].starts_at, slots[2].ends_at, 1, 2, 2)])
    assert model.rowCount() == 2 and model.slot(1).free == 1
    assert key_label(9) == "0" and key_label(10) == ""


def test_an_outage_while_booking_is_shown_and_the_retry_sends_the_same_key(
        qtbot, run, office, spooler, tmp_path):
    """The booking runs through the dialog's Operations: the lost connection is said in
    the dialog's error line, the key is kept, and Enter again books once with it."""
    from desk_app.services.database import DatabaseUnavailable

    db, desk, clock = office
    sp = run(ids(db))["sp"]["BI"]
    entry = run(desk.register_walk_in(service_point_id=sp, applicants=[person("Haddad", "Omar")]))
    dialog = open_dialog(qtbot, run, desk, entry, spooler, tmp_path)
    real_book, keys = dialog.book.book, []

    async def book(**kwargs):
        keys.append(kwargs["key"])
        if len(keys) == 1:                  # COMMIT sent, then the connection was lost
            exc = DatabaseUnavailable("sqlite:///desk", "connection lost")
            exc.applied = None
            raise exc
        return await real_book(**kwargs)

    dialog.book.book = book
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=20_000)
    assert "möglicherweise" in dialog.error.text() and dialog.last_booking is None
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled(), timeout=10_000)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.last_booking is not None, timeout=20_000)
    assert len(keys) == 2 and keys[0] == keys[1]
