"""Reception (Infotheke): search as you type, check-in for any service point, live
updates from other workstations as row updates, and a retry that re-sends its key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app.domain.states import Action, State
from desk_app.services.database import DatabaseUnavailable
from tests.support import at, person

pytestmark = pytest.mark.gui


def _press(qtbot, w, key, mod=Qt.KeyboardModifier.NoModifier):
    if QApplication.activeWindow() is not w:
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    qtbot.keyClick(w, key, mod)


def test_search_as_you_type_and_check_in_anywhere(qtbot, run, station_factory, lead_desk):
    s = station_factory("info1", screen="reception")
    w, ids = s.window, s.ids
    lead = lead_desk(s.clock)
    tuyet = run(lead.book(service_point_id=ids["sp"]["BI"], scheduled_at=at(8, 0),
                          applicants=[person("Nguyễn", "Thị Ánh Tuyết", file_number="34-55821")]))
    other = run(lead.book(service_point_id=ids["sp"]["EU"], scheduled_at=at(8, 10),
                          applicants=[person("Kowalski", "Anna")],
                          booking_reference="TKX4MPL"))
    pane = w.screens["reception"].pane
    qtbot.waitUntil(lambda: pane.model.keys() >= {tuyet.id, other.id}, timeout=5000)
    assert pane.section() == "booked"

    # by name, without the accents, as you type (debounced, Desk.search)
    w.screens["reception"].search.setFocus()
    qtbot.keyClicks(w.screens["reception"].search, "nguyen")
    qtbot.waitUntil(lambda: pane.proxy.ids() == frozenset({tuyet.id}), timeout=5000)
    assert pane.proxy.visible_ids() == [tuyet.id]
    assert "1 Treffer" in w.screens["reception"].result_label.text()
    assert w.screens["reception"].panel.names.text().startswith("Nguyễn, Thị Ánh Tuyết")
    # by file number and by booking reference
    w.screens["reception"].search.setText("34-55821")
    qtbot.waitUntil(lambda: pane.proxy.ids() == frozenset({tuyet.id}), timeout=5000)
    w.screens["reception"].search.setText("tkx4mpl")
    qtbot.waitUntil(lambda: pane.proxy.ids() == frozenset({other.id}), timeout=5000)
    # nothing found says so
    w.screens["reception"].search.setText("Zzyzx")
    qtbot.waitUntil(lambda: "Nichts gefunden" in w.screens["reception"].result_label.text(), timeout=5000)
    assert pane.proxy.visible_ids() == []

    # check in the EU booking from reception (Ctrl+E): a ticket with EU's prefix
    w.screens["reception"].search.setText("Kowalski")
    qtbot.waitUntil(lambda: pane.proxy.ids() == frozenset({other.id}), timeout=5000)
    assert pane.current_id == other.id
    _press(qtbot, w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.model.row(other.id).state == State.WAITING)
    assert pane.model.row(other.id).ticket.startswith("E")
    qtbot.waitUntil(lambda: w.screens["counter"].queue.tickets.last_ticket is not None)
    assert w.screens["counter"].queue.tickets.last_ticket.path.name.startswith(pane.model.row(other.id).ticket)
    # clearing the search shows the sections again
    w.screens["reception"].search.clear()
    qtbot.waitUntil(lambda: pane.proxy.ids() is None, timeout=5000)
    assert pane.section() == "booked"
    assert other.id not in pane.proxy.visible_ids()


def test_live_updates_are_row_updates(qtbot, run, station_factory, lead_desk):
    s = station_factory("sbbi1", counter="Schalter I1")
    w, ids = s.window, s.ids
    lead = lead_desk(s.clock)
    booked = [run(lead.book(service_point_id=ids["sp"]["BI"], scheduled_at=at(8, 10 * i),
                            applicants=[person(f"Person{i}", "Test")])) for i in range(1, 5)]
    pane = w.screens["counter"].pane
    qtbot.waitUntil(lambda: len(pane.model.keys()) == 4, timeout=5000)
    pane.select(booked[2].id)
    resets, changed = [], []
    pane.model.modelReset.connect(lambda: resets.append(1))
    pane.model.dataChanged.connect(lambda tl, br, roles=(): changed.append((tl.row(), br.row())))
    scroll = pane.table.verticalScrollBar().value()
    # another workstation checks someone in: the row changes, nothing is reset
    run(lead.check_in(booked[0].id))
    qtbot.waitUntil(lambda: pane.model.row(booked[0].id).state == State.WAITING, timeout=5000)
    assert resets == []
    row = pane.model.row_of(booked[0].id)
    assert (row, row) in changed
    assert pane.current_id == booked[2].id
    assert pane.table.selectionModel().selectedRows()[0].row() == pane.proxy.row_of(booked[2].id)
    assert pane.table.verticalScrollBar().value() == scroll
    # the current entry's panel follows a change made elsewhere
    run(lead.act(booked[2].id, Action.CANCEL))
    qtbot.waitUntil(lambda: w.screens["counter"].panel.state.text().endswith("Storniert"), timeout=5000)
    assert resets == []
    # it left the "open" section, yet stays the current entry (Qt does not pick a neighbour)
    assert pane.section() == "open" and booked[2].id not in pane.proxy.visible_ids()
    assert pane.current_id == booked[2].id


def test_retry_after_lost_connection_resends_the_same_key(qtbot, run, station_factory,
                                                         lead_desk, monkeypatch):
    s = station_factory("sbbi1", counter="Schalter I1")
    w, desk, ids = s.window, s.desk, s.ids
    lead = lead_desk(s.clock)
    e = run(lead.book(service_point_id=ids["sp"]["BI"], scheduled_at=at(8, 0),
                      applicants=[person("Retry", "Rita")]))
    pane = w.screens["counter"].pane
    qtbot.waitUntil(lambda: pane.model.row(e.id) is not None, timeout=5000)
    pane.select(e.id)
    real_act = desk.act
    keys = []

    async def flaky_act(entry_id, action, *, key=None, **kw):
        keys.append(key)
        view = await real_act(entry_id, action, key=key, **kw)
        if len(keys) == 1:          # committed, but the answer was lost with the line
            raise DatabaseUnavailable(desk.db.url, "connection reset")
        return view

    monkeypatch.setattr(desk, "act", flaky_act)
    w.feed._task.cancel()          # keep the feed from settling the key first
    _press(qtbot, w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "nicht erreichbar" in w.info_text.text())
    assert "Nichts wurde gespeichert" in w.info_text.text() or "versuchen" in w.info_text.text()
    _press(qtbot, w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(keys) == 2 and pane.model.row(e.id).state == State.WAITING)
    assert keys[0] == keys[1]
    assert "bereits gespeichert" in w.info_text.text()
    assert pane.model.row(e.id).ticket == "I-001"    # applied once: one ticket
