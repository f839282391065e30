"""The pickup list's table model without widgets: loading, row updates that never reset,
stale reads ignored, removal, and sorting on SORT_ROLE values."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk_app.domain.document_orders import DocState, DocType
from desk_app.printing.barcode import format_reference
from desk_app.ui.pickup.model import (
    COL_ARRIVED, COL_BIRTH, COL_NAME, COL_REFERENCE, COL_STATE, COL_TYPE, ID_ROLE, SORT_ROLE,
    PickupModel,
)

from .helpers import changed, view


def shown(model, column):
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_rows_show_the_record_and_sort_arrived_first(qapp):
    model = PickupModel()
    model.set_rows([view(1, state=DocState.ORDERED, family="Ordered"),
                    view(2, family="Yılmaz", given="Zeynep", days=1),
                    view(3, family="Al-Hassan", days=-1, doc_type=DocType.TRAVEL_DOC)])
    assert model.rowCount() == 3 and model.columnCount() == 9
    # default: arrived before ordered, the longest waiting first
    assert model.ids() == [3, 2, 1]
    assert shown(model, COL_STATE) == ["● Eingetroffen", "● Eingetroffen", "○ Bestellt"]
    assert shown(model, COL_TYPE) == ["Reiseausweis", "eAT", "eAT"]
    assert shown(model, COL_NAME)[1] == "Yılmaz, Zeynep"
    assert shown(model, COL_REFERENCE)[0] == format_reference(view(3).reference)
    assert shown(model, COL_BIRTH)[0] == "12.08.1985"
    assert shown(model, COL_ARRIVED)[2] == ""
    assert model.data(model.index(0, 0), ID_ROLE) == 3
    assert model.counts() == {DocState.ARRIVED: 2, DocState.ORDERED: 1}


def test_update_rows_changes_in_place_without_a_reset(qapp):
    model = PickupModel()
    rows = [view(i, family=f"Person{i}", days=i) for i in range(1, 6)]
    model.set_rows(rows)
    resets, changes, inserts = [], [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, roles=(): changes.append(a.row()))
    model.rowsInserted.connect(lambda _p, first, last: inserts.append((first, last)))
    model.update_rows([changed(rows[2], card_number="L01X00T47")])
    assert changes == [2] and resets == []
    assert model.order(3).card_number == "L01X00T47"
    # an older read that arrives late never overwrites a newer one
    model.update_rows([rows[2]])
    assert model.order(3).card_number == "L01X00T47"
    # a new order is inserted, and moved into place by a layout change
    model.update_rows([view(9, family="Neu", days=-3)])
    assert inserts == [(5, 5)] and resets == []
    assert model.ids()[0] == 9
    model.remove_rows([9, 2, 42])
    assert model.ids() == [1, 3, 4, 5] and model.row_of(5) == 3 and resets == []


def test_sort_by_any_column_keeps_persistent_indexes(qapp):
    from PySide6.QtCore import QPersistentModelIndex

    model = PickupModel()
    model.set_rows([view(1, family="Çelik"), view(2, family="Ahn"), view(3, family="Zorn")])
    keep = QPersistentModelIndex(model.index(model.row_of(3), 0))
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert [model.order_at(r).family_name for r in range(3)] == ["Ahn", "Çelik", "Zorn"]
    assert keep.row() == model.row_of(3) == 2
    values = [model.data(model.index(r, COL_NAME), SORT_ROLE) for r in range(3)]
    assert values == sorted(values)
    model.sort(COL_REFERENCE, Qt.SortOrder.DescendingOrder)
    assert model.ids() == [3, 2, 1]
    assert keep.row() == 0
    state_keys = [model.data(model.index(r, COL_STATE), SORT_ROLE) for r in range(3)]
    assert all(isinstance(k, float) for k in state_keys)
