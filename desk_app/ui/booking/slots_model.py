"""The proposed free slots as a table model (tested without widgets): number key, day,
time, free places. ``set_rows`` replaces, ``update_rows`` changes rows in place by start
time; ``SORT_ROLE`` gives a comparable value per cell."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desk_app.domain.capacity import FreeSlot

from ..locale_text import day_text, time_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SLOT_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("key", "day", "time", "free")


def key_label(row: int) -> str:
    """Slot 1..9 has key 1..9, slot 10 has key 0."""
    return str((row + 1) % 10) if row < 10 else ""


class SlotsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[FreeSlot] = []
        self._headers = (self.tr("Taste"), self.tr("Tag"), self.tr("Uhrzeit"),
                         self.tr("Freie Plätze"))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def slot(self, row: int) -> FreeSlot | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == SLOT_ROLE:
            return s
        if role == SORT_ROLE:
            return {"key": index.row(), "day": s.starts_at.timestamp(),
                    "time": s.starts_at.timestamp(), "free": s.free}[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "key":
                return key_label(index.row())
            if column == "day":
                return day_text(s.starts_at)
            if column == "time":
                return time_text(s.starts_at)
            return str(s.free)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("key", "free"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def set_rows(self, slots: Iterable[FreeSlot]) -> None:
        self.beginResetModel()
        self._rows = list(slots)
        self.endResetModel()

    def update_rows(self, slots: Iterable[FreeSlot]) -> None:
        """Changes the free places of slots already shown; a slot now full is removed."""
        fresh = {s.starts_at: s for s in slots}
        for row in range(len(self._rows) - 1, -1, -1):
            start = self._rows[row].starts_at
            if start not in fresh:
                continue
            if fresh[start].free <= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
            else:
                self._rows[row] = fresh[start]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
