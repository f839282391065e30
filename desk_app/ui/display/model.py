"""The display's calls as a Qt table model (newest first); tested without widgets."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desk_app.services.call_display import DisplayCall

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = ("ticket", "counter", "room")


def _newest_first(call: DisplayCall):
    return (call.called_at, call.call_id)


class CallsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DisplayCall] = []

    # -- data ----------------------------------------------------------------------------
    def rows(self) -> list[DisplayCall]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[DisplayCall]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=_newest_first, reverse=True)
        self.endResetModel()

    def update_rows(self, rows: Sequence[DisplayCall]) -> list[DisplayCall]:
        """Takes the newest picture; returns the calls that are new (a recall included:
        same entry, a new call time). Rows that stay keep their place in the model."""
        old = {c.key for c in self._rows}
        new = [c for c in rows if c.key not in old]
        wanted = sorted(rows, key=_newest_first, reverse=True)
        if [c.key for c in wanted] != [c.key for c in self._rows] or wanted != self._rows:
            self.set_rows(wanted)
        return new

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        call = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(call, column)
        if role == SORT_ROLE:
            return call.called_at.timestamp() if column == "ticket" else getattr(call, column)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Nummer"), self.tr("Schalter"), self.tr("Raum"))[section]
