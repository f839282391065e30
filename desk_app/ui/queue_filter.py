"""The filter proxy in front of the QueueModel: sections (sets of states), a quick text
filter, and an optional set of entry ids (the reception's search results).

``filterAcceptsRow`` reads the model's rows and search texts by row (no ``data()`` calls),
so that a keystroke filters 5,000 rows in a few milliseconds. Sorting is delegated to the
source model, which sorts on precomputed keys; the proxy keeps the source order.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from desk_app.domain.search_text import fold
from desk_app.domain.states import State

from .queue_model import QueueModel


class QueueFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._states: frozenset[State] | None = None
        self._needle = ""
        self._ids: frozenset[int] | None = None
        self._queue: QueueModel | None = None
        self.setDynamicSortFilter(True)

    def setSourceModel(self, model: QueueModel) -> None:  # noqa: N802 (Qt name)
        self._queue = model
        super().setSourceModel(model)

    def queue(self) -> QueueModel:
        assert self._queue is not None
        return self._queue

    # -- the filter ----------------------------------------------------------------------
    def _changed(self, apply) -> None:
        self.beginFilterChange()
        apply()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_states(self, states: Iterable[State] | None) -> None:
        value = None if states is None else frozenset(states)
        if value != self._states:
            self._changed(lambda: setattr(self, "_states", value))

    def states(self) -> frozenset[State] | None:
        return self._states

    def set_text(self, text: str) -> None:
        needle = fold(text)
        if needle != self._needle:
            self._changed(lambda: setattr(self, "_needle", needle))

    def set_ids(self, ids: Iterable[int] | None) -> None:
        value = None if ids is None else frozenset(ids)
        if value != self._ids:
            self._changed(lambda: setattr(self, "_ids", value))

    def ids(self) -> frozenset[int] | None:
        return self._ids

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        queue = self._queue
        if queue is None:
            return True
        # called for each of 5,000 rows on every keystroke: the model's own lists, read
        # here directly, cost a third of a method call per row (benchmarks/RESULTS.md,
        # session 6); search_text_at and row_at are the same values
        if self._needle and self._needle not in queue._derived[source_row]:
            return False
        if self._states is not None or self._ids is not None:
            entry = queue._rows[source_row]
            if self._states is not None and entry.state not in self._states:
                return False
            if self._ids is not None and entry.id not in self._ids:
                return False
        return True

    # -- sorting: done by the source model -----------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._queue is not None:
            self._queue.sort(column, order)

    # -- helpers -------------------------------------------------------------------------
    def entry_id_at(self, row: int) -> int | None:
        if row < 0 or row >= self.rowCount():
            return None
        source = self.mapToSource(self.index(row, 0))
        return self.queue().row_at(source.row()).id

    def row_of(self, entry_id: int) -> int | None:
        source_row = self.queue().row_of(entry_id)
        if source_row is None:
            return None
        index = self.mapFromSource(self.queue().index(source_row, 0))
        return index.row() if index.isValid() else None

    def visible_ids(self) -> list[int]:
        queue = self.queue()
        return [queue.row_at(self.mapToSource(self.index(r, 0)).row()).id
                for r in range(self.rowCount())]
