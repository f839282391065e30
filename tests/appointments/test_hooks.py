"""The hooks in the clerk's window and the pickup desk: the real main window opens the
Folgetermin dialog for the current entry (Strg+Umschalt+F) and the calendar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.support import person

pytestmark = pytest.mark.gui


def test_follow_up_and_calendar_from_the_main_window(qtbot, run, station_factory):
    s = station_factory("sbbi1", counter="Schalter I1")
    w = s.window
    sp = s.ids["sp"]["BI"]
    entry = run(s.desk.register_walk_in(service_point_id=sp,
                                        applicants=[person("Haddad", "Omar"), person("Haddad", "Lina")]))
    qtbot.waitUntil(lambda: entry.id in w.screens["counter"].pane.model.keys(),
                    timeout=10_000)
    w.screens["counter"].pane.select(entry.id)
    qtbot.waitUntil(lambda: w.current_entry() is not None and w.current_entry().id == entry.id,
                    timeout=5_000)
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: w.active_dialog is not None
                    and w.active_dialog.objectName() == "followUpDialog", timeout=5_000)
    dialog = w.active_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 10, timeout=10_000)
    assert dialog.family.isChecked()
    dialog.reject()
    qtbot.waitUntil(lambda: w.active_dialog is None, timeout=5_000)
    book = w.parts["appointments"]
    book.calendar_action.trigger()
    qtbot.waitUntil(lambda: book.calendar_window is not None
                    and "Terminangebot" in book.calendar_window.view.title.text(), timeout=10_000)
    run(book.calendar_window.view.shutdown())
    book.calendar_window.close()


def test_reschedule_and_pickup_list_in_the_app(qtbot, run, sqlite_database_url, tmp_path):
    """The app's composition root (open_session): its desk takes slots, so Desk.book beyond
    a slot's capacity is refused; Strg+Umschalt+U on a walk-in refuses, on a booking
    opens "Termin verschieben"; Termine ▸ Offene Abholtermine lists who needs one."""
    from desk_app.app import close_session, open_session
    from desk_app.domain import capacity as cap
    from desk_app.services.appointment_book import AppointmentBook
    from desk_app.settings import Settings
    from tests.appointments.helpers import MONDAY, local
    from tests.support import Clock
    from tests.ui.test_wiring import FakeSpooler

    settings = Settings(login="sbbi1", counter="Schalter I1", station="I15B-PC",
                        federal_state="BY")
    session = run(open_session(settings, sqlite_database_url, clock=Clock(local(MONDAY, 7)),
                               poll_interval=0.05, ticket_dir=tmp_path / "t",
                               spooler=FakeSpooler(), default_printer="", printers=lambda: []))
    w = session.window
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    try:
        assert w.desk.take_slots is True and w.desk.federal_state == "BY"
        sp = next(p.id for p in run(w.desk.service_points()) if p.code == "BI")
        with pytest.raises(cap.NotASlot):
            run(w.desk.book(service_point_id=sp, scheduled_at=local(MONDAY, 12, 30),
                            applicants=[person("Mittag", "Pause")]))
        walk_in = run(w.desk.register_walk_in(service_point_id=sp,
                                              applicants=[person("Nowak", "Jan")]))
        qtbot.waitUntil(lambda: walk_in.id in w.screens["counter"].pane.model.keys(), timeout=10_000)
        w.screens["counter"].pane.select(walk_in.id)
        qtbot.waitUntil(lambda: w.current_entry() is not None
                        and w.current_entry().id == walk_in.id, timeout=5_000)
        qtbot.keyClick(w, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
        assert w.active_dialog is None
        # once, in the window's message bar (issue 10 Must 4c), not in the status bar
        assert "gebuchter Termin" in w.info_text.text() == w.last_message
        assert w.statusBar().currentMessage() == ""
        free = run(AppointmentBook(w.desk).next_free(service_point_id=sp, service_id=None,
                                                     count=1))
        booking = run(w.desk.book(service_point_id=sp, scheduled_at=free.slots[0].starts_at,
                                  applicants=[person("Haddad", "Omar")]))
        dialog = w.parts["appointments"].open_reschedule(booking)
        assert dialog is not None and dialog.rescheduling and w.active_dialog is dialog
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 10, timeout=10_000)
        # the booking made through Desk.book holds its slot: one place less there
        assert dialog.model.slot(0).starts_at == free.slots[0].starts_at
        assert dialog.model.slot(0).free == free.slots[0].free - 1
        dialog.reject()
        qtbot.waitUntil(lambda: w.active_dialog is None, timeout=5_000)
        book = w.parts["appointments"]
        book.pickup_needs_action.trigger()
        qtbot.waitUntil(lambda: book.pickup_needs_window is not None
                        and "Abholtermin" in book.pickup_needs_window.panel.title.text(),
                        timeout=10_000)
        run(book.pickup_needs_window.panel.shutdown())
        book.pickup_needs_window.close()
    finally:
        run(close_session(session))
        w.close()
