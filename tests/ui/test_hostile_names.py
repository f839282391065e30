"""A family name that is markup, put through every screen and dialog of the real window:
every QLabel that shows it is plain text (no red heading, no image load), and so are the
confirmation boxes (no-show, cancel, receipt cancellation with the payer) and the queue's
tooltips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desk_app.domain.states import Action, State
from desk_app.services import document_orders as docs
from desk_app.services.fees import FeeRequest
from desk_app.services.idempotency import new_key
from desk_app.ui.queue_model import COL_NAMES, COL_STATE
from tests.support import at, person
from tests.ui.test_wiring import printing_station, spooler  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui

HOSTILE = '<h1 style="color:red">Groß</h1><img src=x>'
GIVEN = "<b>Fett</b>"
MARKS = ("<h1", "<img", "<b>")


def _hostile(text: str) -> bool:
    return any(m in text for m in MARKS)


class Seen:
    """Every QLabel that showed hostile text, by where it was (window/dialog class)."""

    def __init__(self) -> None:
        self.places: set[str] = set()

    def check(self) -> None:
        bad = []
        for w in QApplication.allWidgets():
            if not isinstance(w, QLabel) or not w.isVisible():
                continue
            text = w.text()
            if not _hostile(text):
                continue
            top = w.window()
            self.places.add(f"{type(top).__name__}:{top.objectName()}/{w.objectName()}")
            if w.textFormat() != Qt.TextFormat.PlainText:
                bad.append((type(top).__name__, w.objectName(), text[:70]))
            if w.pixmap() is not None and not w.pixmap().isNull():
                bad.append(("pixmap", w.objectName()))
        assert not bad, f"labels that would render markup: {bad}"

    def check_tooltip(self, tip: str | None) -> None:
        if tip and _hostile(tip):
            # Qt shows a tooltip as rich text when it looks like markup: it must be escaped
            assert not QtGui_Qt.mightBeRichText(tip) or "&lt;" in tip and "<h1" not in tip, tip


def _close(qtbot, w) -> None:
    dialog = w.active_dialog
    if dialog is not None:
        dialog.reject()
        qtbot.waitUntil(lambda: w.active_dialog is None, timeout=5000)


def _press(qtbot, w, key, modifier=Qt.KeyboardModifier.NoModifier):
    if QApplication.activeWindow() is not w:
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    qtbot.keyClick(w, key, modifier)


def test_a_markup_name_is_plain_text_everywhere(qtbot, run, printing_station):  # noqa: F811
    s = printing_station("leitung", counter="Schalter I3", receipts=True)
    w, desk, ids = s.window, s.desk, s.ids
    seen = Seen()
    bi = ids["sp"]["BI"]
    family = run(desk.book(service_point_id=bi, scheduled_at=at(8, 0),
                           applicants=[person(HOSTILE, GIVEN), person(HOSTILE, "Ana")],
                           notes=f"Notiz {HOSTILE}"))
    single = run(desk.book(service_point_id=bi, scheduled_at=at(8, 30),
                           applicants=[person(HOSTILE, GIVEN, file_number="AZ <i>1</i>")]))
    pane = w.screens["counter"].pane
    qtbot.waitUntil(lambda: pane.model.keys() >= {family.id, single.id}, timeout=5000)

    # the counter: the queue's tooltips, the entry panel, and the confirmations
    row = pane.model.row_of(family.id)
    seen.check_tooltip(pane.model.index(row, COL_NAMES).data(Qt.ItemDataRole.ToolTipRole))
    pane.select(single.id)
    qtbot.waitUntil(lambda: w.current_entry() is not None and w.current_entry().id == single.id)
    seen.check()
    for action in (Action.MARK_NO_SHOW, Action.CANCEL):
        s.clock.set(at(9, 0))
        w.update_actions()
        w.screens["counter"].queue.entry_actions.trigger(action)
        qtbot.waitUntil(lambda: isinstance(w.active_dialog, QMessageBox), timeout=5000)
        assert _hostile(w.active_dialog.text())
        seen.check()
        _close(qtbot, w)

    # in service: finish, forward, park, receipts (and their cancellation), the order
    s.clock.set(at(8, 0))
    view = run(desk.check_in(family.id))
    view = run(desk.call_specific(view.id))
    view = run(desk.act(view.id, Action.APPEAR))
    qtbot.waitUntil(lambda: pane.model.row(view.id) is not None
                    and pane.model.row(view.id).state == State.IN_SERVICE, timeout=5000)
    pane.select(view.id)
    qtbot.waitUntil(lambda: w.current_entry() is not None and w.current_entry().id == view.id)
    seen.check()
    for action in (Action.FINISH, Action.FORWARD, Action.PARK):
        w.screens["counter"].queue.entry_actions.trigger(action)
        qtbot.waitUntil(lambda: w.active_dialog is not None, timeout=5000)
        seen.check()
        _close(qtbot, w)
    w.screens["counter"].queue.receipts.open_receipt()
    qtbot.waitUntil(lambda: w.active_dialog is not None, timeout=5000)
    seen.check()
    _close(qtbot, w)
    run(w.receipt_desk.issue(payer_name=HOSTILE, payment_method="cash", entry_id=view.id,
                             fees=[FeeRequest("FIKTION", HOSTILE)]))
    w.screens["counter"].queue.receipts._forget_entry_receipts()
    qtbot.waitUntil(lambda: w.screens["counter"].queue.receipts._receipts_loading is None and w.screens["counter"].queue.receipts.receipt_to_cancel() is not None
                    and w.screens["counter"].queue.receipts.cancel_receipt_action.isEnabled(), timeout=10_000)
    w.screens["counter"].queue.receipts.cancel_last_receipt()
    qtbot.waitUntil(lambda: isinstance(w.active_dialog, QMessageBox), timeout=5000)
    assert HOSTILE in w.active_dialog.text()
    seen.check()
    _close(qtbot, w)
    w.screens["counter"].queue.open_order()
    qtbot.waitUntil(lambda: w.active_dialog is not None, timeout=5000)
    seen.check()
    _close(qtbot, w)
    parked = run(desk.act(view.id, Action.PARK, reason=f"Grund {HOSTILE}"))
    qtbot.waitUntil(lambda: pane.model.row(view.id).state == State.PARKED, timeout=5000)
    seen.check_tooltip(pane.model.index(pane.model.row_of(parked.id), COL_STATE).data(
        Qt.ItemDataRole.ToolTipRole))
    seen.check()

    # reception: the search echoes what was typed
    w.show_screen("reception")
    w.screens["reception"].search.setText(HOSTILE)
    qtbot.waitUntil(lambda: _hostile(w.screens["reception"].result_label.text()), timeout=5000)
    seen.check()
    w.screens["reception"].search.setText("Grosz-nicht-da <img src=y>")
    qtbot.waitUntil(lambda: "nicht-da" in w.screens["reception"].result_label.text(), timeout=5000)
    seen.check()

    # the shift lead's board and the reassign dialog
    w.show_screen("lead")
    board = w.screens["lead"]
    qtbot.waitUntil(lambda: board.loaded, timeout=5000)
    board.pane.set_section("all")
    qtbot.waitUntil(lambda: board.pane.model.row(single.id) is not None, timeout=5000)
    board.pane.select(single.id)
    dialog = board.commands.open_reassign()
    assert dialog is not None
    seen.check()
    dialog.reject()

    # the pickup desk: the record and the hand-out dialog's heading
    order = run(desk.write(docs.order_document, desk.ctx, key=new_key(),
                           applicant_id=single.members[0].applicant_id, doc_type="EAT",
                           collect_service_point_id=bi))
    run(desk.write(docs.mark_arrived, desk.ctx, order.id, key=new_key()))
    w.show_screen("pickup")
    pickup = w.screens["pickup"]
    run(pickup.reload())
    pickup.scan.setFocus()
    qtbot.keyClicks(pickup.scan, order.reference)
    qtbot.keyClick(pickup.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pickup.order is not None, timeout=5000)
    seen.check()
    hand_out = pickup.open_hand_out()
    assert hand_out is not None
    seen.check()
    hand_out.reject()

    # the places the name was seen: the ones the issue names among them
    places = "\n".join(sorted(seen.places))
    for expected in ("QMessageBox:confirmBox", "ReassignDialog", "handOutHeading", "MainWindow"):
        assert expected in places, places


def test_the_calendar_shows_a_markup_name_as_text(qtbot, run, sqlite_database_url):
    """The appointment book's calendar (issue 15): the slot's tooltip with the names is
    escaped, its labels are plain text."""
    from desk_app.services.appointment_book import AppointmentBook
    from desk_app.services.database import open_database
    from desk_app.ui.calendar import CalendarScreen
    from tests.appointments.helpers import MONDAY, local
    from tests.support import Clock, desk_for, ids

    db = open_database(sqlite_database_url)
    desk = run(desk_for(db, "leitung", clock=Clock(local(MONDAY, 7, 0))))
    book = AppointmentBook(desk)
    sp = run(ids(db))["sp"]["BI"]
    run(book.book(service_point_id=sp, service_id=None, starts_at=local(MONDAY, 7, 50),
                  applicants=[person(HOSTILE, GIVEN), person(HOSTILE, "Ana")]))
    view = CalendarScreen(book, run(desk.service_points()), today=MONDAY, can_set_allowance=True)
    qtbot.addWidget(view)
    view.show()
    view.reload(reset=True)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    try:
        index = view.model.index_of(local(MONDAY, 7, 50))
        view.table.setCurrentIndex(index)
        tip = view.model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert HOSTILE in tip.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
        Seen().check_tooltip(tip)
        Seen().check()
    finally:
        run(view.shutdown())
        run(db.dispose())
