"""A table model over plain records (the admin services' dataclasses): set_rows,
update_rows by id, and SORT_ROLE with one comparable key per cell. Tested without widgets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    header: str                                  # already translated
    text: Callable[[Any], str]
    key: Callable[[Any], Any] | None = None      # sort key; default: the text, folded


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []

    # -- data ------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: Iterable[Any]) -> None:
        """Replaces rows with the same id in place and appends new ones (no reset)."""
        index = {r.id: i for i, r in enumerate(self._rows)}
        for r in rows:
            i = index.get(r.id)
            if i is None:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
                self._rows.append(r)
                index[r.id] = len(self._rows) - 1
                self.endInsertRows()
            else:
                self._rows[i] = r
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))

    def record(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: Any) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def records(self) -> list[Any]:
        return list(self._rows)

    # -- Qt --------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            if column.key is not None:
                return column.key(record)
            return column.text(record).casefold()
        if role == Qt.ItemDataRole.ForegroundRole and getattr(record, "active", True) is False:
            from PySide6.QtGui import QColor

            return QColor("#888888")
        return None
