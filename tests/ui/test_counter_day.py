"""A whole day at the counter, driven by keyboard shortcuts on the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app.domain.states import State
from desk_app.ui.queue_model import COL_CALLS, COL_COUNTER, COL_NAMES, COL_STATE, COL_TICKET
from tests.support import at, person

pytestmark = pytest.mark.gui


def book(run, desk, ids, family, given, hh, mm, sp="BI", **kw):
    return run(desk.book(service_point_id=ids["sp"][sp], scheduled_at=at(hh, mm),
                         applicants=[person(family, given, **kw)]))


def cell(window, entry_id, column, view="counter"):
    pane = window.screens[view].pane
    row = pane.model.row_of(entry_id)
    assert row is not None, f"entry {entry_id} is not in the {view} table"
    return pane.model.index(row, column).data()


def state_of(window, entry_id, view="counter"):
    pane = window.screens[view].pane
    entry = pane.model.row(entry_id)
    return entry.state if entry else None


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key on the window, as the clerk presses it (the window is the active one:
    the offscreen platform does not hand activation back when a dialog closes)."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, key, modifier)


def enter(qtbot, dialog):
    """Enter where the cursor is, as the clerk presses it: it must run the dialog's
    action (the default button), not "Abbrechen"."""
    qtbot.waitUntil(lambda: dialog.isVisible() and QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget()), timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_a_day_at_the_counter_by_keyboard(qtbot, run, station_factory, lead_desk, tmp_path):
    s = station_factory("sbbi1", counter="Schalter I1")
    w, clock, ids = s.window, s.clock, s.ids
    lead = lead_desk(clock)
    a = book(run, lead, ids, "Nguyễn", "Thị Ánh Tuyết", 8, 0)
    b = book(run, lead, ids, "Yılmaz", "Mehmet", 8, 10)
    c = book(run, lead, ids, "Kowalski", "Anna", 8, 20)
    pane = w.screens["counter"].pane
    # the bookings made elsewhere arrive through the change feed, as rows
    qtbot.waitUntil(lambda: pane.model.keys() >= {a.id, b.id, c.id}, timeout=5000)
    assert cell(w, a.id, COL_NAMES) == "Nguyễn, Thị Ánh Tuyết"
    assert cell(w, a.id, COL_STATE).endswith("Gebucht")

    # check in A and B (Ctrl+E); each gets a ticket, printed at once as a PDF
    pane.select(a.id)
    press(qtbot, w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: state_of(w, a.id) == State.WAITING)
    assert cell(w, a.id, COL_TICKET) == "I-001"
    qtbot.waitUntil(lambda: w.screens["counter"].queue.tickets.last_ticket is not None and w.screens["counter"].queue.tickets.last_ticket.ticket == "I-001")
    assert w.screens["counter"].queue.tickets.last_ticket.path.read_bytes().startswith(b"%PDF")
    assert "I-001" in w.info_text.text()
    pane.select(b.id)
    press(qtbot, w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: state_of(w, b.id) == State.WAITING)

    # F5 calls the next person: A, to this counter
    clock.set(at(8, 1))
    press(qtbot, w, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: state_of(w, a.id) == State.CALLED)
    assert cell(w, a.id, COL_COUNTER) == "Schalter I1"
    assert pane.current_id == a.id
    assert w.screens["counter"].panel.state.text().endswith("Aufgerufen")
    assert w.screens["counter"].panel.ticket.text() == "I-001"

    # F7: A does not answer → waiting again, with the recall lock
    press(qtbot, w, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: state_of(w, a.id) == State.WAITING)
    assert "gesperrt" in cell(w, a.id, COL_CALLS)

    # F5 again must not call the locked person: B is called instead
    press(qtbot, w, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: state_of(w, b.id) == State.CALLED)
    assert state_of(w, a.id) == State.WAITING
    press(qtbot, w, Qt.Key.Key_F6)                       # B appeared
    qtbot.waitUntil(lambda: state_of(w, b.id) == State.IN_SERVICE)
    press(qtbot, w, Qt.Key.Key_F8)                       # finish B: an outcome per person
    qtbot.waitUntil(lambda: w.active_dialog is not None)
    assert w.active_dialog.objectName() == "finishDialog"
    dialog = w.active_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is next(iter(dialog.choices.values())))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)   # Esc cancels
    qtbot.waitUntil(lambda: w.active_dialog is None)
    assert state_of(w, b.id) == State.IN_SERVICE
    press(qtbot, w, Qt.Key.Key_F8)                       # F8, Enter: finished
    qtbot.waitUntil(lambda: w.active_dialog is not None)
    enter(qtbot, w.active_dialog)
    qtbot.waitUntil(lambda: state_of(w, b.id) == State.DONE)

    # only the locked person waits: F5 says so, in German, in the window
    press(qtbot, w, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "Niemand wartet" in w.info_text.text())
    assert w.infobar.isVisible()
    assert state_of(w, a.id) == State.WAITING

    # past the lock (5 min), A is called again
    clock.advance(minutes=6)
    press(qtbot, w, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: state_of(w, a.id) == State.CALLED)
    assert cell(w, a.id, COL_CALLS) == "2"
    press(qtbot, w, Qt.Key.Key_F6)                       # appeared
    qtbot.waitUntil(lambda: state_of(w, a.id) == State.IN_SERVICE)

    # Ctrl+P parks with a reason (pay machine), Ctrl+R resumes at the front
    press(qtbot, w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.active_dialog is not None)
    assert w.active_dialog.objectName() == "reasonDialog"
    assert w.active_dialog.text() == "Kassenautomat"
    w.active_dialog.ok.click()
    qtbot.waitUntil(lambda: state_of(w, a.id) == State.PARKED)
    assert w.screens["counter"].pane.model.row(a.id).park_reason == "Kassenautomat"
    press(qtbot, w, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: state_of(w, a.id) == State.WAITING)
    press(qtbot, w, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: state_of(w, a.id) == State.CALLED)
    press(qtbot, w, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: state_of(w, a.id) == State.IN_SERVICE)

    # calling the next one while A is still in service asks first; "Abbrechen" keeps A
    press(qtbot, w, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: isinstance(w.active_dialog, QMessageBox))
    assert "A" in w.active_dialog.text() and "I-001" in w.active_dialog.text()
    w.active_dialog.findChild(type(w.active_dialog.defaultButton()), "confirmNo").click()
    qtbot.waitUntil(lambda: w.active_dialog is None)
    assert state_of(w, a.id) == State.IN_SERVICE

    # F8 finishes A
    press(qtbot, w, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: w.active_dialog is not None)
    enter(qtbot, w.active_dialog)
    qtbot.waitUntil(lambda: state_of(w, a.id) == State.DONE)
    assert cell(w, a.id, COL_STATE).endswith("Erledigt")

    # C never came: Ctrl+Shift+N, confirmed with Enter (the action is the default)
    clock.set(at(8, 40))
    pane.select(c.id)
    press(qtbot, w, Qt.Key.Key_N,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(w.active_dialog, QMessageBox))
    assert w.active_dialog.defaultButton().objectName() == "confirmYes"
    qtbot.keyClick(w.active_dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: state_of(w, c.id) == State.NO_SHOW)
    assert cell(w, c.id, COL_STATE).endswith("Nicht erschienen")

    # the section tabs count what the table holds
    tabs = pane.tabs
    texts = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Erledigt (2)" in texts and "Nicht erschienen (1)" in texts
    pane.set_section("done")
    assert sorted(pane.proxy.visible_ids()) == sorted([a.id, b.id])


def test_walk_in_family_then_forward(qtbot, run, station_factory):
    s = station_factory("sbbi1", counter="Schalter I1")
    w, clock = s.window, s.clock
    clock.set(at(9, 0))
    press(qtbot, w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.active_dialog is not None)
    dialog = w.active_dialog
    assert dialog.objectName() == "walkInDialog"
    dialog.people.item(0, 0).setText("Haddad")
    dialog.people.item(0, 1).setText("Omar")
    dialog.people.item(0, 2).setText("31.02.1990")          # not a date
    dialog.add_person("Haddad", "Lina", "00.00.1992", "SYR")
    dialog.add_person("Haddad", "Sami", "00.05.2015", "SYR")
    dialog.ok.click()
    assert dialog.error.isVisible() and "Person 1" in dialog.error.text()
    assert w.active_dialog is dialog                        # stays open to fix it
    dialog.people.item(0, 2).setText("00.00.1990")          # partial dates are fine
    dialog.ok.click()
    qtbot.waitUntil(lambda: w.active_dialog is None)
    model = w.screens["counter"].pane.model
    family = next(e for e in model.rows() if e.members and e.members[0].family_name == "Haddad")
    assert family.state == State.WAITING and len(family.members) == 3
    assert cell(w, family.id, COL_NAMES) == "Haddad, Omar + 2"
    assert cell(w, family.id, COL_TICKET) == "I-001"
    qtbot.waitUntil(lambda: w.screens["counter"].queue.tickets.last_ticket is not None)
    assert w.screens["counter"].queue.tickets.last_ticket.path.exists()
    assert str(w.screens["counter"].queue.tickets.last_ticket.path) in w.info_text.text()

    # call, appeared, forward to EU (F9): the dialog is the confirmation
    press(qtbot, w, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: state_of(w, family.id) == State.CALLED)
    press(qtbot, w, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: state_of(w, family.id) == State.IN_SERVICE)
    press(qtbot, w, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: w.active_dialog is not None)
    assert w.active_dialog.objectName() == "forwardDialog"
    dialog = w.active_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.target)   # the first field
    dialog.select_code("EU")
    enter(qtbot, dialog)                                   # F9, Enter: forwarded
    # it leaves this service point's table and waits at EU, keeping its ticket
    qtbot.waitUntil(lambda: model.row(family.id) is None)
    moved = w.screens["reception"].pane.model.row(family.id)
    assert moved.state == State.WAITING and moved.ticket == "I-001"
    assert moved.service_point_name.startswith("EU")
    assert "EU" in w.info_text.text()


def test_actions_follow_state_and_permission(qtbot, run, station_factory, lead_desk):
    s = station_factory("sbbi1", counter="Schalter I1")
    w, ids = s.window, s.ids
    lead = lead_desk(s.clock)
    e = book(run, lead, ids, "Petrenko", "Olena", 8, 30)
    qtbot.waitUntil(lambda: w.screens["counter"].pane.model.row(e.id) is not None, timeout=5000)
    w.screens["counter"].pane.select(e.id)
    enabled = {a.value for a, qa in w.screens["counter"].queue.entry_actions.actions.items() if qa.isEnabled()}
    assert enabled == {"check_in", "mark_no_show", "cancel"}
    for act, qa in w.screens["counter"].queue.entry_actions.actions.items():      # every action names its shortcut
        assert qa.shortcut().toString() and qa.shortcut().toString(
            qa.shortcut().SequenceFormat.NativeText) in qa.toolTip()
    # a clerk may not call a specific person out of order (shift lead may)
    pane = w.screens["counter"].pane
    pane.select(e.id)
    qtbot.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: state_of(w, e.id) == State.WAITING)
    assert not w.screens["counter"].queue.entry_actions.actions[__import__("desk_app.domain.states", fromlist=["Action"]).Action.CALL].isEnabled()


def test_offline_banner_and_read_only(qtbot, run, station_factory):
    s = station_factory("sbbi1", counter="Schalter I1")
    w = s.window
    assert not w.banner.isVisible()
    assert w.screens["counter"].queue.call_next_action.isEnabled()
    w._on_status(False, "OSError")
    assert w.banner.isVisible() and "Keine Verbindung" in w.banner.text()
    assert not w.screens["counter"].queue.call_next_action.isEnabled() and not w.screens["counter"].queue.walk_in_action.isEnabled()
    assert "Keine Verbindung" in w.online_label.text()
    w._on_status(True, "")
    assert not w.banner.isVisible() and w.screens["counter"].queue.call_next_action.isEnabled()

    ro = station_factory("sbbi2", counter="Schalter I2", read_only_reason="schema")
    assert ro.window.banner.isVisible() and "Nur Lesezugriff" in ro.window.banner.text()
    assert not ro.window.screens["counter"].queue.call_next_action.isEnabled()
    assert "Nur Lesen" in ro.window.online_label.text()
    assert "sqlite" in ro.window.db_label.text()
    assert "Angemeldet:" in ro.window.clerk_label.text()
    assert "Sachbearbeitung" in ro.window.clerk_label.text()
