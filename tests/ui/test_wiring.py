"""The parts wired into the main window: wait tickets through PrintDesk to a (fake)
spooler, once per press and "KOPIE" on a deliberate reprint; failed jobs in the dock;
the appointment confirmation; fee receipts (hidden when switched off); the shift lead's
screens (F4, Shift+F4) only for roles with REASSIGN; presence while a session is open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app.domain.states import Action, State
from desk_app.printing.jobs import JobStatus
from desk_app.settings import PrinterSettings, Settings
from tests.printing.conftest import pdf_text
from tests.printing_backend.conftest import FakeSpooler
from tests.support import at, person

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, key, modifier)


@pytest.fixture
def spooler():
    s = FakeSpooler()
    s.add("Thermo1")
    s.add("Laser2")
    return s


@pytest.fixture
def printing_station(station_factory, spooler):
    """station(login, receipts=..., ticket_printer=...): a window with PrintDesk and
    ReceiptDesk on the fake spooler."""
    from desk_app.services.printing_desk import PrintDesk, ReceiptDesk

    def _station(login, *, counter=None, screen="counter", receipts=False,
                 ticket_printer="Thermo1"):
        settings = Settings(receipts_enabled=receipts, office_name="Testamt",
                            printers=PrinterSettings(wait_ticket=ticket_printer, slips="Laser2",
                                                     receipts="Laser2"))
        made = {}

        def services(db, desk):
            made["print_desk"] = PrintDesk(db, desk.ctx, spooler, printers=settings.printers,
                                           default_printer="")
            made["receipt_desk"] = ReceiptDesk(db, desk.ctx, enabled=receipts,
                                               office_name="Testamt")
            return dict(made, printers=lambda: ["Laser2", "Thermo1"])

        s = station_factory(login, counter=counter, screen=screen, settings=settings,
                            services=services)
        s.print_desk = made["print_desk"]
        return s

    return _station


def _fill_walk_in(qtbot, w, family="Haddad", given="Omar", birth="01.02.1980"):
    qtbot.waitUntil(lambda: w.active_dialog is not None
                    and w.active_dialog.objectName() == "walkInDialog")
    dialog = w.active_dialog
    for col, text in enumerate((family, given, birth)):
        dialog.people.item(0, col).setText(text)
    return dialog


def test_walk_in_prints_one_job_and_ctrl_t_prints_a_copy(qtbot, run, printing_station, spooler):
    s = printing_station("info1", screen="reception")
    w = s.window
    press(qtbot, w, Qt.Key.Key_N, CTRL)
    dialog = _fill_walk_in(qtbot, w)
    dialog.ok.click()
    qtbot.waitUntil(lambda: w.screens["counter"].queue.tickets.last_ticket is not None, timeout=10_000)
    assert len(spooler.submitted) == 1
    queue, title, pdf = spooler.submitted[0]
    assert queue == "Thermo1" and title.startswith("desk-wait_ticket-")
    ticket = w.screens["counter"].queue.tickets.last_ticket.ticket
    assert ticket in pdf_text(pdf) and "KOPIE" not in pdf_text(pdf)
    assert w.screens["counter"].queue.tickets.last_ticket.path is None and w.screens["counter"].queue.tickets.last_ticket.printer == "Thermo1"
    assert "Thermo1" in w.info_text.text()

    # the same ticket printed again by accident (a double press): still one job
    view = w.screens["reception"].pane.current_entry()
    assert view.ticket == ticket
    run(w.screens["counter"].queue.tickets.print_ticket(view))
    run(w.screens["counter"].queue.tickets.print_ticket(view))
    assert len(spooler.submitted) == 1
    jobs = run(s.print_desk.jobs())
    assert [(j.doc_type, j.is_copy) for j in jobs] == [("wait_ticket", False)]

    # Ctrl+T: a deliberate reprint is a new job, marked KOPIE
    press(qtbot, w, Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: len(spooler.submitted) == 2)
    assert "KOPIE" in pdf_text(spooler.submitted[1][2])
    qtbot.waitUntil(lambda: len(run(s.print_desk.jobs())) == 2)
    assert sorted(j.is_copy for j in run(s.print_desk.jobs())) == [False, True]


def test_check_in_pressed_twice_prints_once(qtbot, run, printing_station, lead_desk, spooler):
    s = printing_station("info1", screen="reception")
    w = s.window
    lead = lead_desk(s.clock)
    booked = run(lead.book(service_point_id=s.ids["sp"]["BI"], scheduled_at=at(8, 0),
                           applicants=[person("Kowalski", "Anna")]))
    pane = w.screens["reception"].pane
    qtbot.waitUntil(lambda: booked.id in pane.model.keys(), timeout=5000)
    pane.select(booked.id)
    press(qtbot, w, Qt.Key.Key_E, CTRL)
    press(qtbot, w, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: pane.model.row(booked.id).state == State.WAITING)
    qtbot.waitUntil(lambda: w.screens["counter"].queue.tickets.last_ticket is not None, timeout=10_000)
    qtbot.wait(300)
    assert len(spooler.submitted) == 1


def test_a_failed_job_shows_in_the_dock_and_retry_prints(qtbot, run, printing_station, spooler):
    s = printing_station("info1", screen="reception", ticket_printer="Gone")
    w = s.window
    assert not w.print_panel.isVisible()
    press(qtbot, w, Qt.Key.Key_N, CTRL)
    _fill_walk_in(qtbot, w).ok.click()
    qtbot.waitUntil(lambda: w.screens["counter"].queue.tickets.last_ticket is not None, timeout=10_000)
    assert w.screens["counter"].queue.tickets.last_ticket.job.status is JobStatus.FAILED
    assert w.infobar.property("error") and "Druckaufträge" in w.info_text.text()
    panel = w.print_panel
    qtbot.waitUntil(lambda: panel.isVisible() and len(panel.attention_jobs) == 1, timeout=5000)
    assert panel.banner.isVisible()
    assert spooler.submitted == []
    # the printer is back: retry from the dock prints it, once
    spooler.add("Gone")
    panel.select_job(panel.attention_jobs[0].id)
    panel.retry_button.click()
    qtbot.waitUntil(lambda: len(spooler.submitted) == 1, timeout=5000)
    qtbot.waitUntil(lambda: panel.attention_jobs == [], timeout=5000)
    # Ctrl+J hides and shows the dock
    press(qtbot, w, Qt.Key.Key_J, CTRL)
    assert not panel.isVisible()
    press(qtbot, w, Qt.Key.Key_J, CTRL)
    assert panel.isVisible()


def test_printer_choice_for_the_session(qtbot, run, printing_station, spooler):
    s = printing_station("info1", screen="reception")
    w = s.window
    w.printers_action.trigger()
    qtbot.waitUntil(lambda: w.active_dialog is not None)
    dialog = w.active_dialog
    combo = dialog.combos["wait_ticket"]
    combo.setCurrentIndex(combo.findData("Laser2"))
    dialog.accept()
    assert w.output.printer_for("wait_ticket") == "Laser2"
    press(qtbot, w, Qt.Key.Key_N, CTRL)
    _fill_walk_in(qtbot, w).ok.click()
    qtbot.waitUntil(lambda: w.screens["counter"].queue.tickets.last_ticket is not None, timeout=10_000)
    assert len(spooler.submitted) == 1 and spooler.submitted[0][0] == "Laser2"
    # "save as PDF" for this session: no job, a file
    w.output.choose("wait_ticket", "")
    entry = w.screens["reception"].pane.current_entry()
    run(w.screens["counter"].queue.tickets.print_ticket(entry, copy=True))
    assert len(spooler.submitted) == 1
    assert w.screens["counter"].queue.tickets.last_ticket.path is not None and w.screens["counter"].queue.tickets.last_ticket.path.read_bytes().startswith(b"%PDF")


def test_appointment_confirmation_in_the_first_members_language(qtbot, run, printing_station,
                                                                 lead_desk, spooler):
    s = printing_station("sbbi1", counter="Schalter I1")
    w = s.window
    lead = lead_desk(s.clock)
    booked = run(lead.book(service_point_id=s.ids["sp"]["BI"], scheduled_at=at(10, 30),
                           applicants=[person("Yılmaz", "Mehmet", preferred_language="tr")]))
    pane = w.screens["counter"].pane
    qtbot.waitUntil(lambda: booked.id in pane.model.keys(), timeout=5000)
    pane.select(booked.id)
    assert w.screens["counter"].queue.tickets.confirmation_action.isEnabled()
    press(qtbot, w, Qt.Key.Key_B, CTRL | SHIFT)
    qtbot.waitUntil(lambda: len(spooler.submitted) == 1, timeout=10_000)
    queue, title, pdf = spooler.submitted[0]
    text = pdf_text(pdf)
    assert queue == "Laser2" and "appointment_confirmation" in title
    assert booked.booking_reference in text and "Yılmaz" in text and "10:30" in text
    assert "Randevu" in text or "randevu" in text.lower()


def _in_service(qtbot, run, s, applicants):
    w = s.window
    view = run(w.desk.register_walk_in(service_point_id=s.ids["sp"]["BI"],
                                       applicants=applicants))
    called = run(w.desk.call_next(service_point_id=s.ids["sp"]["BI"],
                                  counter_id=s.ids["counter"]["Schalter I1"]))
    called = getattr(called, "entry", called)
    run(w.desk.act(called.id, Action.APPEAR))
    pane = w.screens["counter"].pane
    qtbot.waitUntil(lambda: pane.model.row(view.id) is not None
                    and pane.model.row(view.id).state == State.IN_SERVICE, timeout=5000)
    pane.select(view.id)
    return view


def test_receipts_are_hidden_when_switched_off(qtbot, run, printing_station):
    s = printing_station("sbbi1", counter="Schalter I1", receipts=False)
    w = s.window
    _in_service(qtbot, run, s, [person("Muster", "Erika")])
    assert not w.screens["counter"].queue.receipts.receipt_action.isVisible() and not w.screens["counter"].queue.receipts.receipt_action.isEnabled()
    assert not w.screens["counter"].queue.receipts.cancel_receipt_action.isVisible()
    press(qtbot, w, Qt.Key.Key_K, CTRL)
    qtbot.wait(200)
    assert w.active_dialog is None
    titles = [a.text() for m in w.menuBar().actions() for a in m.menu().actions()]
    assert not any("Quittung" in t for t in titles)


def test_issue_and_cancel_a_receipt(qtbot, run, printing_station, spooler):
    from decimal import Decimal

    s = printing_station("sbbi1", counter="Schalter I1", receipts=True)
    w = s.window
    view = _in_service(qtbot, run, s, [person("Haddad", "Omar", birth_date="01.02.1980"),
                                       person("Haddad", "Lina", birth_date="03.04.2015")])
    assert w.screens["counter"].queue.receipts.receipt_action.isVisible() and w.screens["counter"].queue.receipts.receipt_action.isEnabled()
    press(qtbot, w, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: w.active_dialog is not None
                    and w.active_dialog.objectName() == "receiptDialog", timeout=5000)
    dialog = w.active_dialog
    assert dialog.table.rowCount() == 2
    fee = dialog.table.cellWidget(0, 1)
    fee.setCurrentIndex(fee.findData("AT_ISSUE"))
    child_fee = dialog.table.cellWidget(1, 1)
    child_fee.setCurrentIndex(child_fee.findData("AT_ISSUE"))
    assert dialog.table.cellWidget(1, 2).isChecked()        # a minor: half
    assert not dialog.table.cellWidget(0, 2).isChecked()
    assert dialog.total.text() == "Summe: 150,00 €"
    dialog.ok.click()
    qtbot.waitUntil(lambda: w.screens["counter"].queue.receipts.last_receipt is not None, timeout=10_000)
    receipt = w.screens["counter"].queue.receipts.last_receipt
    assert receipt.total == Decimal("150.00") and receipt.entry_id == view.id
    qtbot.waitUntil(lambda: len(spooler.submitted) == 1, timeout=5000)
    queue, title, pdf = spooler.submitted[0]
    assert queue == "Laser2" and "fee_receipt" in title
    assert receipt.display_number in pdf_text(pdf)

    # Ctrl+Shift+K asks, then issues the cancellation receipt and prints it. The entry's
    # receipts are reloaded from the database after issuing (and on the change feed):
    # wait until that settled, or the key may meet the action disabled mid-reload.
    qtbot.waitUntil(lambda: w.screens["counter"].queue.receipts._receipts_loading is None and w.screens["counter"].queue.receipts.cancel_receipt_action.isEnabled()
                    and w.screens["counter"].queue.receipts.receipt_to_cancel() is not None
                    and w.screens["counter"].queue.receipts.receipt_to_cancel().id == receipt.id, timeout=10_000)
    # the receipt's own change coming back through the feed reloads the list, but the
    # action must not flicker off meanwhile (the clerk's key would be lost)
    w.screens["counter"].queue.receipts._forget_entry_receipts()
    assert w.screens["counter"].queue.receipts._receipts_loading is not None and w.screens["counter"].queue.receipts.cancel_receipt_action.isEnabled()
    press(qtbot, w, Qt.Key.Key_K, CTRL | SHIFT)
    qtbot.waitUntil(lambda: w.active_dialog is not None
                    and w.active_dialog.objectName() == "confirmBox", timeout=10_000)
    w.active_dialog.findChild(object, "confirmYes").click()
    qtbot.waitUntil(lambda: w.screens["counter"].queue.receipts.last_receipt.is_cancellation, timeout=10_000)
    assert w.screens["counter"].queue.receipts.last_receipt.total == Decimal("-150.00")
    qtbot.waitUntil(lambda: len(spooler.submitted) == 2, timeout=5000)
    assert receipt.display_number in pdf_text(spooler.submitted[1][2])
    assert not w.screens["counter"].queue.receipts.cancel_receipt_action.isEnabled()


def test_shift_lead_screens_by_f4_and_shift_f4(qtbot, run, station_factory, lead_desk):
    s = station_factory("leitung")
    w = s.window
    assert w.switch_actions["lead"].isVisible()
    press(qtbot, w, Qt.Key.Key_F4)
    assert w.screen() == "lead"
    qtbot.waitUntil(lambda: w.screens["lead"].loaded, timeout=5000)
    assert w.screens["lead"].counter_model.rowCount() > 0
    # a change made elsewhere reaches the board through the window's change feed
    other = lead_desk(s.clock)
    booked = run(other.book(service_point_id=s.ids["sp"]["EU"], scheduled_at=at(9, 0),
                            applicants=[person("Petrenko", "Olena")]))
    qtbot.waitUntil(lambda: any(e.id == booked.id for e in w.screens["lead"].entries()), timeout=5000)
    # the board's messages reach the window's message bar
    w.screens["lead"].message.emit("Testmeldung", False)
    assert w.info_text.text() == "Testmeldung"
    press(qtbot, w, Qt.Key.Key_F4, SHIFT)
    assert w.screen() == "statistics"
    qtbot.waitUntil(lambda: w.screens["statistics"].report is not None, timeout=5000)
    assert w.current_entry() is None
    press(qtbot, w, Qt.Key.Key_F2)
    assert w.screen() == "counter"


def test_a_clerk_has_no_shift_lead_screens(qtbot, run, station_factory):
    s = station_factory("sbbi1", counter="Schalter I1")
    w = s.window
    assert "lead" not in w.screens and "statistics" not in w.screens
    assert "lead" not in w.switch_actions            # no action shows the board
    press(qtbot, w, Qt.Key.Key_F4)
    press(qtbot, w, Qt.Key.Key_F4, SHIFT)
    assert w.screen() == "counter"
    w.show_screen("lead")              # even asked directly: the counter screen
    assert w.screen() == "counter"


def test_heartbeat_while_the_session_is_open(qtbot, run, sqlite_database_url, tmp_path):
    from desk_app.app import close_session, open_session
    from desk_app.services.database import open_database
    from desk_app.services.presence import list_presence
    from tests.support import Clock, ids

    clock = Clock(at(8, 0))
    settings = Settings(login="sbbi1", counter="Schalter I1", station="HB-TEST-PC")
    session = run(open_session(settings, sqlite_database_url, clock=clock, poll_interval=0.05,
                               ticket_dir=tmp_path / "t", spooler=FakeSpooler(),
                               default_printer="", printers=lambda: [],
                               heartbeat_interval=0.1))
    db = open_database(sqlite_database_url)
    try:
        known = run(ids(db))

        def rows():
            return [p for p in run(list_presence(db, clock())) if p.station == "HB-TEST-PC"]

        qtbot.waitUntil(lambda: rows() and rows()[0].counter_id == known["counter"]["Schalter I1"],
                        timeout=5000)
        row = rows()[0]
        assert row.service_point_id == known["sp"]["BI"] and row.online
        assert row.staff_id == known["staff"]["sbbi1"][0]
        # the clerk moves to another counter: the heartbeat follows at once
        session.window.screens["counter"].select_counter("Schalter I2")
        qtbot.waitUntil(lambda: rows()[0].counter_id == known["counter"]["Schalter I2"],
                        timeout=5000)
        run(close_session(session))
        session.window.close()
        assert rows() == []
    finally:
        run(db.dispose())


def test_pickup_desk_by_ctrl_f4_for_clerks_not_reception(qtbot, run, station_factory):
    s = station_factory("sbbi1", counter="Schalter I1")
    w = s.window
    press(qtbot, w, Qt.Key.Key_F4, CTRL)
    assert w.screen() == "pickup"
    qtbot.waitUntil(lambda: w.screens["pickup"].service_point_id == s.ids["sp"]["BI"], timeout=5000)
    assert w.current_entry() is None
    r = station_factory("info1", screen="reception")
    assert "pickup" not in r.window.screens and "pickup" not in r.window.switch_actions
    press(qtbot, r.window, Qt.Key.Key_F4, CTRL)
    assert r.window.screen() == "reception"


def test_print_and_receipt_desks_follow_the_counter_change(qtbot, run, printing_station,
                                                          monkeypatch):
    """After the clerk changes counter, print jobs and receipts are made with the
    window's new Context, not the one the desks were built with."""
    from desk_app.services import print_jobs, receipts
    from desk_app.services.fees import FeeRequest

    s = printing_station("sbbi1", counter="Schalter I1", receipts=True)
    w = s.window
    i1, i2 = s.ids["counter"]["Schalter I1"], s.ids["counter"]["Schalter I2"]
    assert w.print_desk.ctx.actor.counter_id == i1
    seen = []
    for module, name in ((print_jobs, "create_job"), (receipts, "issue_receipt")):
        def spy(session, ctx, *args, _real=getattr(module, name), **kwargs):
            seen.append(ctx)
            return _real(session, ctx, *args, **kwargs)
        monkeypatch.setattr(module, name, spy)

    w.screens["counter"].select_counter("Schalter I2")
    qtbot.waitUntil(lambda: w.desk.ctx.actor.counter_id == i2)
    for facade in (w.print_desk, w.receipt_desk):
        assert facade.ctx is w.desk.ctx
        assert facade._desk.ctx is w.desk.ctx          # the facade's own Desk as well
    view = _in_service(qtbot, run, s, [person("Muster", "Erika")])
    run(w.print_desk.print_document(w.receipt_desk.document(run(w.receipt_desk.issue(
        payer_name="Erika Muster", payment_method="cash", fees=[FeeRequest("FIKTION")],
        entry_id=view.id)))))
    assert len(seen) == 2 and all(ctx.actor.counter_id == i2 for ctx in seen)


def test_cancel_last_receipt_of_the_entry_after_a_restart(qtbot, run, printing_station, spooler):
    """The receipt was issued before the window (re)started: it is found in the database
    for the selected entry, cancelled after asking, and then nothing is left to cancel."""
    from decimal import Decimal

    from desk_app.services.fees import FeeRequest

    before = printing_station("sbbi1", counter="Schalter I1", receipts=True)
    view = _in_service(qtbot, run, before, [person("Haddad", "Omar")])
    receipt = run(before.window.receipt_desk.issue(
        payer_name="Omar Haddad", payment_method="cash", fees=[FeeRequest("NE")],
        entry_id=view.id))
    other = run(before.window.desk.register_walk_in(service_point_id=before.ids["sp"]["BI"],
                                                    applicants=[person("Kaya", "Ali")]))

    s = printing_station("sbbi1", counter="Schalter I1", receipts=True)   # "after a restart"
    w = s.window
    assert w.screens["counter"].queue.receipts.last_receipt is None
    pane = w.screens["counter"].pane
    qtbot.waitUntil(lambda: other.id in pane.model.keys(), timeout=5000)
    pane.select(other.id)                      # an entry without receipts: nothing to cancel
    qtbot.waitUntil(lambda: w.screens["counter"].queue.receipts.entry_receipts == (other.id, []), timeout=5000)
    assert not w.screens["counter"].queue.receipts.cancel_receipt_action.isEnabled()
    pane.select(view.id)
    qtbot.waitUntil(w.screens["counter"].queue.receipts.cancel_receipt_action.isEnabled, timeout=5000)
    assert w.screens["counter"].queue.receipts.receipt_to_cancel().id == receipt.id
    w.screens["counter"].queue.receipts.cancel_receipt_action.trigger()
    qtbot.waitUntil(lambda: w.active_dialog is not None
                    and w.active_dialog.objectName() == "confirmBox")
    assert receipt.display_number in w.active_dialog.text()
    w.active_dialog.findChild(object, "confirmYes").click()
    qtbot.waitUntil(lambda: w.screens["counter"].queue.receipts.last_receipt is not None and w.screens["counter"].queue.receipts.last_receipt.is_cancellation,
                    timeout=10_000)
    assert w.screens["counter"].queue.receipts.last_receipt.cancels_receipt_id == receipt.id
    assert w.screens["counter"].queue.receipts.last_receipt.total == Decimal("-113.00")
    qtbot.waitUntil(lambda: len(spooler.submitted) == 1, timeout=5000)
    assert receipt.display_number in pdf_text(spooler.submitted[0][2])
    assert not w.screens["counter"].queue.receipts.cancel_receipt_action.isEnabled()
    qtbot.waitUntil(lambda: w.screens["counter"].queue.receipts.entry_receipts is not None, timeout=5000)
    assert [(r.receipt.id, r.cancelled) for r in w.screens["counter"].queue.receipts.entry_receipts[1]] == [
        (w.screens["counter"].queue.receipts.last_receipt.id, False), (receipt.id, True)]
    assert not w.screens["counter"].queue.receipts.cancel_receipt_action.isEnabled()
