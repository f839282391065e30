"""The one keyed table model (issue 11), tested without widgets."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desk_app.ui.keyed_model import KEY_ROLE, SORT_ROLE, Column, KeyedTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    minutes: int
    version: int = 1


COLUMNS = [
    Column(title=lambda: "Name", display=lambda r: r.name, sort_key=lambda r: r.name.casefold(),
           roles={Qt.ItemDataRole.ToolTipRole: lambda r: f"#{r.id}"}),
    Column(title=lambda: "Min.", display=lambda r: str(r.minutes), sort_key=lambda r: r.minutes,
           align=Qt.AlignmentFlag.AlignRight, live=True),
]


class Versioned(KeyedTableModel[Row]):
    def accepts(self, old: Row, new: Row) -> bool:
        return new.version > old.version


def make(cls=KeyedTableModel):
    model = cls(COLUMNS, key=lambda r: r.id)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return model


def names(model) -> list[str]:
    return [r.name for r in model.rows()]


def test_columns_are_declared_as_data(qapp):
    model = make()
    model.set_rows([Row(1, "Öztürk", 12), Row(2, "adams", 40)])
    assert model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Min."
    index = model.index(model.row_of(1), 1)
    assert model.data(index) == "12"
    assert model.data(index, SORT_ROLE) == 12
    assert model.data(index, KEY_ROLE) == 1
    assert model.data(index, Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignRight)
    assert model.data(model.index(model.row_of(1), 0), Qt.ItemDataRole.ToolTipRole) == "#1"


def test_sorting_by_a_column_and_back(qapp):
    model = make()
    model.set_rows([Row(1, "b", 5), Row(2, "a", 30), Row(3, "c", 1)])
    assert names(model) == ["a", "b", "c"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [r.minutes for r in model.rows()] == [30, 5, 1]
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [r.minutes for r in model.rows()] == [1, 5, 30]


def test_a_live_update_repaints_only_the_changed_row_and_never_resets(qapp, qtbot):
    model = make()
    model.set_rows([Row(i, f"n{i:02}", i) for i in range(20)])
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, roles=(): changed.append((a.row(), b.row())))
    model.update_rows([Row(7, "n07", 99)])
    assert resets == []
    assert changed == [(7, 7)]
    assert model.row(7).minutes == 99


def test_new_rows_are_inserted_in_order_and_persistent_indexes_follow(qapp):
    model = make()
    model.set_rows([Row(1, "b", 1), Row(2, "d", 1)])
    from PySide6.QtCore import QPersistentModelIndex
    keep = QPersistentModelIndex(model.index(model.row_of(2), 0))
    inserted = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.update_rows([Row(3, "a", 1), Row(4, "c", 1)])
    assert inserted == [(2, 3)]
    assert names(model) == ["a", "b", "c", "d"]
    assert keep.row() == model.row_of(2) == 3


def test_removing_rows_keeps_the_index_of_the_others(qapp):
    model = make()
    model.set_rows([Row(i, f"n{i}", i) for i in range(5)])
    model.remove_rows([1, 3, 42])
    assert names(model) == ["n0", "n2", "n4"]
    assert [model.row_of(k) for k in (0, 2, 4)] == [0, 1, 2]
    assert model.row(3) is None and model.keys() == {0, 2, 4}


def test_a_stale_row_that_arrives_late_is_ignored_when_the_model_says_so(qapp):
    model = make(Versioned)
    model.set_rows([Row(1, "a", 1, version=3)])
    model.update_rows([Row(1, "a", 50, version=2)])
    assert model.row(1).minutes == 1
    model.update_rows([Row(1, "a", 50, version=4)])
    assert model.row(1).minutes == 50


def test_refresh_live_repaints_only_the_live_columns(qapp):
    model = make()
    model.set_rows([Row(1, "a", 1), Row(2, "b", 2)])
    changed = []
    model.dataChanged.connect(lambda a, b, roles=(): changed.append((a.column(), b.column(), a.row(), b.row())))
    model.refresh_live()
    assert changed == [(1, 1, 0, 1)]


def test_row_changed_hook_sees_every_addition_replacement_and_removal(qapp):
    seen = []

    class Counting(KeyedTableModel[Row]):
        def row_changed(self, old, new):
            seen.append((old and old.id, new and new.id))

    model = make(Counting)
    model.set_rows([Row(1, "a", 1)])
    model.update_rows([Row(1, "a", 2), Row(2, "b", 1)])
    model.remove_rows([1])
    assert seen == [(None, 1), (1, 1), (None, 2), (1, None)]


def test_sync_rows_brings_in_the_whole_list_without_a_reset(qapp):
    model = make()
    model.sync_rows([Row(1, "a", 1), Row(2, "b", 2), Row(3, "c", 3)])   # empty: one reset
    resets, removed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    model.sync_rows([Row(3, "c", 30), Row(1, "a", 1), Row(4, "d", 4)])
    assert resets == [] and removed == [(1, 1)]
    assert names(model) == ["a", "c", "d"] and model.row(3).minutes == 30


def test_derived_values_stay_beside_their_rows_through_every_change(qapp):
    class Derived(KeyedTableModel[Row]):
        def derive(self, row):
            return f"{row.name}/{row.minutes}"

    model = make(Derived)

    def aligned():
        return all(model.derived_at(i) == f"{r.name}/{r.minutes}"
                   for i, r in enumerate(model.rows()))

    model.set_rows([Row(1, "c", 1), Row(2, "a", 2), Row(3, "b", 3)])
    assert aligned() and model.derived_at(0) == "a/2"
    model.update_rows([Row(1, "a0", 9), Row(4, "d", 4)])   # replaced and moved; inserted
    assert aligned() and names(model) == ["a", "a0", "b", "d"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert aligned() and names(model) == ["a0", "d", "b", "a"]
    model.remove_rows([4])
    assert aligned() and len(model.rows()) == 3
    model.set_rows([Row(5, "e", 5)])
    assert aligned() and model.derived_at(0) == "e/5"


def test_a_column_role_never_overrides_the_display_sort_or_key_roles(qapp):
    shadowing = {role: (lambda r: "extra") for role in
                 (Qt.ItemDataRole.DisplayRole, SORT_ROLE, KEY_ROLE,
                  Qt.ItemDataRole.TextAlignmentRole)}
    model = KeyedTableModel([
        Column(title=lambda: "A", display=lambda r: r.name, roles=shadowing,
               align=Qt.AlignmentFlag.AlignRight),
        Column(title=lambda: "B", display=lambda r: r.name, roles=shadowing),
    ], key=lambda r: r.id)
    model.set_rows([Row(1, "x", 1)])
    a, b = model.index(0, 0), model.index(0, 1)
    assert [model.data(a), model.data(a, SORT_ROLE), model.data(a, KEY_ROLE)] == ["x", "x", 1]
    assert model.data(a, Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignRight)
    # without an alignment of its own, the column's role answers
    assert model.data(b, Qt.ItemDataRole.TextAlignmentRole) == "extra"
    assert model.data(b, Qt.ItemDataRole.DecorationRole) is None
    assert model.data(model.index(5, 0)) is None and model.data(a.parent()) is None
