"""Table models of the hours editor (tested without widgets): a service point's opening
hours (``HoursModel``, edited locally and saved at once) and its blocked times
(``BlockedModel``). Both have ``set_rows``/``update_rows`` and a ``SORT_ROLE``; weekday
names come from QLocale (the UI language)."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt

from desk_app.domain.clock import to_local
from desk_app.services.capacity_config import BlockedRow, HoursRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


def weekday_name(weekday: int, *, short: bool = False) -> str:
    """Monday = 0, in the UI language (QLocale's default, set by install_translations)."""
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(weekday + 1, fmt)


def _key(row: HoursRow) -> tuple:
    return (row.weekday, row.opens, row.service_id or 0)


class HoursModel(QAbstractTableModel):
    COLUMNS = ("weekday", "opens", "closes", "minutes", "counters", "service")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[HoursRow] = []
        self.service_names: dict[int, str] = {}
        self.changed = False
        self._headers = (self.tr("Tag"), self.tr("Beginn"), self.tr("Ende"),
                         self.tr("Minuten je Termin"), self.tr("Schalter"),
                         self.tr("Dienstleistung"))

    # -- content -------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[HoursRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=_key)
        self.changed = False
        self.endResetModel()

    def update_rows(self, rows: Iterable[HoursRow]) -> None:
        """The saved hours again: unchanged rows stay, the rest resets."""
        fresh = sorted(rows, key=_key)
        if fresh != self._rows:
            self.set_rows(fresh)
        self.changed = False

    def rows(self) -> list[HoursRow]:
        return list(self._rows)

    def row(self, index: int) -> HoursRow | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def add(self, row: HoursRow) -> int:
        """Inserts ``row`` in weekday order and returns its index."""
        at = 0
        while at < len(self._rows) and _key(self._rows[at]) <= _key(row):
            at += 1
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, row)
        self.endInsertRows()
        self.changed = True
        return at

    def replace(self, index: int, row: HoursRow) -> int:
        self.remove(index)
        return self.add(row)

    def remove(self, index: int) -> None:
        if 0 <= index < len(self._rows):
            self.beginRemoveRows(QModelIndex(), index, index)
            del self._rows[index]
            self.endRemoveRows()
            self.changed = True

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ROW_ROLE:
            return r
        if role == SORT_ROLE:
            return {"weekday": r.weekday, "opens": r.opens, "closes": r.closes,
                    "minutes": r.slot_minutes, "counters": r.counters,
                    "service": self._service(r).casefold()}[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"weekday": weekday_name(r.weekday), "opens": r.opens, "closes": r.closes,
                    "minutes": str(r.slot_minutes), "counters": str(r.counters),
                    "service": self._service(r)}[column]
        return None

    def _service(self, r: HoursRow) -> str:
        if r.service_id is None:
            return self.tr("alle")
        return self.service_names.get(r.service_id, str(r.service_id))


class BlockedModel(QAbstractTableModel):
    COLUMNS = ("start", "end", "counter", "reason")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[BlockedRow] = []
        self.counter_names: dict[int, str] = {}
        self._headers = (self.tr("Beginn"), self.tr("Ende"), self.tr("Schalter"),
                         self.tr("Grund"))

    def set_rows(self, rows: Iterable[BlockedRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: Iterable[BlockedRow]) -> None:
        fresh = list(rows)
        if [b.id for b in fresh] != [b.id for b in self._rows]:
            self.set_rows(fresh)
            return
        self._rows = fresh
        if fresh:
            self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, 3))

    def row(self, index: int) -> BlockedRow | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        b = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ROW_ROLE:
            return b
        counter = (self.tr("ganze Dienststelle") if b.counter_id is None
                   else self.counter_names.get(b.counter_id, str(b.counter_id)))
        if role == SORT_ROLE:
            return {"start": b.starts_at.timestamp(), "end": b.ends_at.timestamp(),
                    "counter": counter.casefold(), "reason": b.reason.casefold()}[column]
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()
            if column in ("start", "end"):
                local = to_local(b.starts_at if column == "start" else b.ends_at)
                return (f"{weekday_name(local.weekday(), short=True)} "
                        f"{locale.toString(local.date(), QLocale.FormatType.ShortFormat)} "
                        f"{locale.toString(local.time(), 'HH:mm')}")
            return counter if column == "counter" else b.reason
        return None
