"""QueueModel and QueueFilter without widgets: row identity, no resets, sort role, filter."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from desk_app.domain.states import State
from desk_app.ui.queue_filter import QueueFilter
from desk_app.ui.queue_model import (
    COL_CALLS, COL_NAMES, COL_QUALITY, COL_STATE, COL_TICKET, COL_TIME, COL_WAITING, ID_ROLE,
    SORT_ROLE, QueueModel,
)
from tests.ui.factories import BASE, changed, day, view


@pytest.fixture
def model(qapp):
    m = QueueModel(now=lambda: BASE)
    m.set_rows([view(i, minute=10 * i) for i in range(1, 6)])
    return m


def signals(model):
    seen = {"reset": 0, "changed": [], "inserted": [], "removed": [], "layout": 0}
    model.modelReset.connect(lambda: seen.__setitem__("reset", seen["reset"] + 1))
    model.dataChanged.connect(lambda a, b, roles=(): seen["changed"].append((a.row(), b.row())))
    model.rowsInserted.connect(lambda p, a, b: seen["inserted"].append((a, b)))
    model.rowsRemoved.connect(lambda p, a, b: seen["removed"].append((a, b)))
    model.layoutChanged.connect(lambda *a: seen.__setitem__("layout", seen["layout"] + 1))
    return seen


def test_update_rows_keeps_row_identity_and_never_resets(model):
    seen = signals(model)
    keep = QPersistentModelIndex(model.index(3, COL_NAMES))
    third = model.row_at(2)
    model.update_rows([changed(third, state=State.CALLED, call_count=1)])
    assert seen["reset"] == 0 and seen["changed"] == [(2, 2)] and seen["layout"] == 0
    assert model.row_at(2).state == State.CALLED
    assert model.index(2, COL_STATE).data().endswith("Aufgerufen")
    assert keep.row() == 3
    # an unchanged view is no change at all
    model.update_rows([model.row_at(1)])
    assert seen["changed"] == [(2, 2)]


def test_update_rows_appends_new_and_remove_rows(model):
    seen = signals(model)
    model.update_rows([view(99, minute=500)])
    assert seen["inserted"] == [(5, 5)] and seen["reset"] == 0
    assert model.row_of(99) == 5
    model.remove_rows([2, 99])
    assert seen["reset"] == 0 and len(seen["removed"]) == 2
    assert [model.row_at(r).id for r in range(model.rowCount())] == [1, 3, 4, 5]
    assert all(model.row_of(model.row_at(r).id) == r for r in range(model.rowCount()))


def test_sort_role_and_sorting_keep_persistent_indexes(model):
    assert model.index(0, COL_TIME).data(SORT_ROLE) < model.index(1, COL_TIME).data(SORT_ROLE)
    keep = QPersistentModelIndex(model.index(0, COL_NAMES))
    first_id = model.index(0, 0).data(ID_ROLE)
    model.sort(COL_TIME, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data(ID_ROLE) == 5
    assert keep.row() == 4 and model.index(keep.row(), 0).data(ID_ROLE) == first_id
    # a resumed entry (priority 0) moves to the front of the call order, as a layout change
    model.sort(COL_TIME, Qt.SortOrder.AscendingOrder)
    seen = signals(model)
    model.update_rows([changed(model.row(4), priority=0)])
    assert seen["reset"] == 0 and seen["layout"] == 1
    assert model.index(0, 0).data(ID_ROLE) == 4


def test_family_is_one_row_with_its_members(qapp):
    m = QueueModel(now=lambda: BASE)
    m.set_rows([view(5, size=3, family="Nguyễn")])   # its first member has no contact data
    assert m.rowCount() == 1
    assert m.index(0, COL_NAMES).data().startswith("Nguyễn, ") and m.index(0, COL_NAMES).data().endswith(" + 2")
    assert m.index(0, COL_NAMES).data(Qt.ItemDataRole.ToolTipRole).count("\n") == 2
    # data-quality symbols carry a tooltip that says what they mean
    assert m.index(0, COL_QUALITY).data()
    assert "Keine Kontaktdaten" in m.index(0, COL_QUALITY).data(Qt.ItemDataRole.ToolTipRole)


def test_filter_by_section_text_and_ids(qapp):
    m = QueueModel(now=lambda: BASE)
    rows = day(300)
    m.set_rows(rows)
    p = QueueFilter()
    p.setSourceModel(m)
    p.set_states({State.WAITING})
    assert p.rowCount() == sum(1 for r in rows if r.state == State.WAITING)
    assert all(m.row(i).state == State.WAITING for i in p.visible_ids())
    p.set_states(None)
    p.set_text("NGUYEN")                 # case and accents folded
    assert p.rowCount() == sum(1 for r in rows if r.members[0].family_name == "Nguyễn")
    p.set_text("")
    p.set_ids([3, 5])
    assert sorted(p.visible_ids()) == [3, 5]
    # sorting through the proxy sorts the source model (the proxy keeps its order)
    p.set_ids(None)
    p.sort(COL_TICKET, Qt.SortOrder.AscendingOrder)
    tickets = [m.row(i).ticket or "~" for i in p.visible_ids()]
    assert tickets == sorted(tickets)


def test_a_late_older_read_never_overwrites_a_newer_row(model):
    """A change-feed fetch overtaken by this station's own action must not show stale data."""
    seen = signals(model)
    newer = changed(model.row(3), state=State.CALLED, version=5)
    model.update_rows([newer])
    model.update_rows([changed(model.row(3), state=State.WAITING, version=4)])
    assert model.row(3).state == State.CALLED and len(seen["changed"]) == 1


def test_state_colours_stay_apart_in_greyscale():
    from desk_app.ui.labels import STATE_STYLES, STATE_SYMBOLS

    def luminance(hex_colour: str) -> float:
        def lin(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)

    states = [State.BOOKED, State.WAITING, State.CALLED, State.IN_SERVICE, State.PARKED,
              State.MISSED, State.NO_SHOW, State.DONE]
    values = sorted(luminance(STATE_STYLES[s].background) for s in states)
    assert min(b - a for a, b in zip(values, values[1:])) >= 0.05
    assert all((luminance(STATE_STYLES[s].background) + 0.05) / (0.0056 + 0.05) >= 4.5
               for s in states)                       # dark text stays readable on each
    assert len(set(STATE_SYMBOLS.values())) == len(STATE_SYMBOLS)


def test_a_late_arrival_shows_the_time_it_is_sorted_by(qapp):
    """A 10:00 appointment that came late waits at 15:20: it must not show "10:00"
    below a 15:10 row (issue 10)."""
    import datetime as dt

    from tests.ui.factories import changed as _changed

    m = QueueModel(now=lambda: BASE)
    rows = [view(i, minute=10 * i) for i in range(1, 4)]
    m.set_rows(rows)
    late = _changed(rows[0], state=State.WAITING, sort_at=rows[2].scheduled_at
                    + dt.timedelta(minutes=5))
    m.update_rows([late])
    shown = [m.index(r, COL_TIME).data() for r in range(m.rowCount())]
    assert [m.row_at(r).id for r in range(3)] == [2, 3, 1]
    assert "(Termin" in shown[2] and shown[2].split()[0] > shown[1].split()[0], shown


def test_pane_never_highlights_a_neighbour_and_never_scrolls_by_itself(qtbot):
    """The highlighted row and the panel agree; live updates do not scroll (issue 10)."""
    from desk_app.ui.queue_pane import QueuePane

    pane = QueuePane(now=lambda: BASE)
    qtbot.addWidget(pane)
    pane.resize(900, 300)
    pane.show()
    pane.set_section("all")
    pane.model.set_rows([view(i, minute=5 * i) for i in range(1, 80)])
    shown = []
    pane.currentEntryChanged.connect(shown.append)
    pane.select(40)
    assert pane.table.selectionModel().isRowSelected(pane.proxy.row_of(40), pane.table.rootIndex())
    # the entry leaves the view (filtered away): no other row is highlighted instead
    pane.proxy.set_text("zzzz-nobody")
    pane.proxy.set_text("")
    pane.proxy.set_text("TREF0012")
    assert pane.current_id == 40 and not pane.table.selectionModel().hasSelection()
    assert all(e is None or e.id == 40 for e in shown)
    pane.proxy.set_text("")
    # a live update that moves rows keeps the scroll position
    bar = pane.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    pane.model.update_rows([changed(pane.model.row(40), priority=0)])   # to the front
    assert bar.value() == before
    assert pane.table.selectionModel().isRowSelected(pane.proxy.row_of(40), pane.table.rootIndex())


def test_the_clock_is_read_only_for_the_columns_that_depend_on_it(qapp):
    reads = []

    def now():
        reads.append(1)
        return BASE

    m = QueueModel(now=now)
    m.set_rows(day(50))
    reads.clear()
    for row in range(m.rowCount()):
        for column in range(m.columnCount()):
            if column not in (COL_WAITING, COL_CALLS):
                m.data(m.index(row, column))
    assert reads == []
    waiting = next(r for r in range(m.rowCount()) if m.row_at(r).state == State.WAITING)
    m.data(m.index(waiting, COL_WAITING))
    assert reads == [1]


def test_the_filter_matches_each_row_by_its_own_search_text_after_changes(qapp):
    m = QueueModel(now=lambda: BASE)
    rows = day(300)
    m.set_rows(rows)
    p = QueueFilter()
    p.setSourceModel(m)
    p.set_text("nguyen")
    nguyen = {r.id for r in rows if r.members[0].family_name == "Nguyễn"}
    assert set(p.visible_ids()) == nguyen
    # a Nguyễn renamed and moved to the end of the order; one removed; the order reversed
    renamed = next(r for r in rows if r.id in nguyen)
    member = dataclasses.replace(renamed.members[0], family_name="Kowalski")
    m.update_rows([changed(renamed, members=(member,), priority=9)])
    gone = next(i for i in nguyen if i != renamed.id)
    m.remove_rows([gone])
    m.sort(COL_TICKET, Qt.SortOrder.DescendingOrder)
    p.set_text("")
    p.set_text("nguyen")
    assert set(p.visible_ids()) == nguyen - {renamed.id, gone}
    p.set_text("kowalski")
    assert renamed.id in p.visible_ids()

