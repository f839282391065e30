"""The calendar's table models, tested without widgets.

``WeekModel``: rows are the slot times of the week, columns its days; a cell shows
booked / places and takes a dropped booking (``dropMimeData``), which it turns into
``reschedule_requested(entry_id, version, starts_at)``: the view asks the facade.
``BookingsModel``: the bookings of the selected slot; ``mimeData`` drags one.
Both have ``set_rows``/``update_rows`` and a ``SORT_ROLE``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Iterable

from PySide6.QtCore import QAbstractTableModel, QByteArray, QLocale, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desk_app.domain.clock import to_local
from desk_app.services.appointment_views import BookingView, CalendarSlot, CalendarWeek

from ..plain_text import plain_tooltip

MIME = "application/x-desk-booking"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SLOT_ROLE = Qt.ItemDataRole.UserRole + 2

HOLIDAY = QColor("#d9d9d9")
BLOCKED = QColor("#f6c98b")
FULL = QColor("#f3b1b1")
FREE = QColor("#cfe8cf")
PARTLY = QColor("#fff3b0")


def encode(booking: BookingView) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME, QByteArray(json.dumps(
        {"entry_id": booking.entry_id, "version": booking.version}).encode()))
    mime.setText(booking.booking_reference)
    return mime


def decode(mime: QMimeData) -> tuple[int, int] | None:
    if mime is None or not mime.hasFormat(MIME):
        return None
    try:
        data = json.loads(bytes(mime.data(MIME)).decode())
        return int(data["entry_id"]), int(data["version"])
    except (ValueError, KeyError, TypeError):
        return None


class WeekModel(QAbstractTableModel):
    reschedule_requested = Signal(int, int, object)   # entry id, version, starts_at (UTC)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.week: CalendarWeek | None = None
        self._days: list[dt.date] = []
        self._times: list[dt.time] = []
        self._cells: dict[tuple[int, int], CalendarSlot] = {}

    # -- content -----------------------------------------------------------------------
    def set_rows(self, week: CalendarWeek) -> None:
        self.beginResetModel()
        self._fill(week)
        self.endResetModel()

    def update_rows(self, week: CalendarWeek) -> None:
        """The same week again (after a change): cells change in place; a different
        grid (other times or week) resets."""
        old = (self._days, self._times)
        cells = dict(self._cells)
        self._fill(week)
        if (self._days, self._times) != old:
            self.beginResetModel()
            self.endResetModel()
            return
        for key, slot in self._cells.items():
            if cells.get(key) != slot:
                index = self.index(*key)
                self.dataChanged.emit(index, index)
        for key in cells.keys() - self._cells.keys():
            index = self.index(*key)
            self.dataChanged.emit(index, index)

    def _fill(self, week: CalendarWeek) -> None:
        self.week = week
        days = [d for d in week.days if d.weekday() < 5 or any(
            to_local(s.starts_at).date() == d for s in week.slots)]
        self._days = days
        times = sorted({to_local(s.starts_at).time() for s in week.slots})
        self._times = times
        row_of = {t: i for i, t in enumerate(times)}
        col_of = {d: i for i, d in enumerate(days)}
        self._cells = {}
        for s in week.slots:
            local = to_local(s.starts_at)
            if local.date() in col_of:
                self._cells[(row_of[local.time()], col_of[local.date()])] = s

    def slot_at(self, row: int, column: int) -> CalendarSlot | None:
        return self._cells.get((row, column))

    def index_of(self, starts_at: dt.datetime) -> QModelIndex:
        local = to_local(starts_at)
        try:
            return self.index(self._times.index(local.time()), self._days.index(local.date()))
        except ValueError:
            return QModelIndex()

    # -- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._times)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._days)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        locale = QLocale()
        if orientation == Qt.Orientation.Horizontal:
            day = self._days[section]
            text = locale.toString(day, "ddd dd.MM.")
            holiday = self.week.holidays.get(day) if self.week else None
            return f"{text}\n{holiday}" if holiday else text
        return locale.toString(self._times[section], "HH:mm")

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.slot_at(index.row(), index.column()) is not None:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        slot = self.slot_at(index.row(), index.column())
        day = self._days[index.column()]
        holiday = self.week.holidays.get(day, "") if self.week else ""
        if role == SLOT_ROLE:
            return slot
        if role == SORT_ROLE:
            return slot.free if slot else -1
        if slot is None:
            if role == Qt.ItemDataRole.DisplayRole and holiday:
                return holiday
            if role == Qt.ItemDataRole.BackgroundRole and holiday:
                return QBrush(HOLIDAY)
            return None
        booked = len(slot.bookings)
        if role == Qt.ItemDataRole.DisplayRole:
            if slot.limit == 0:
                return self.tr("gesperrt")
            return self.tr("{booked}/{limit} · frei {free}").format(
                booked=booked, limit=slot.limit, free=slot.free)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [b.names for b in slot.bookings]
            if slot.blocked_reason:
                lines.insert(0, self.tr("Gesperrt: {reason}").format(reason=slot.blocked_reason))
            return plain_tooltip("\n".join(lines) or None)   # names: never markup
        if role == Qt.ItemDataRole.BackgroundRole:
            if slot.limit == 0 or slot.blocked_reason:
                return QBrush(BLOCKED)
            if slot.free == 0:
                return QBrush(FULL)
            return QBrush(FREE if booked == 0 else PARTLY)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # -- drop --------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [MIME]

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return (decode(data) is not None and parent.isValid()
                and self.slot_at(parent.row(), parent.column()) is not None)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        found = decode(data)
        target = self.slot_at(parent.row(), parent.column()) if parent.isValid() else None
        if found is None or target is None:
            return False
        entry_id, version = found
        self.reschedule_requested.emit(entry_id, version, target.starts_at)
        return True


class BookingsModel(QAbstractTableModel):
    """The bookings of one slot: reference, names, persons, service; drag source."""

    COLUMNS = ("reference", "names", "persons", "service")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[BookingView] = []
        self._headers = (self.tr("Buchungsnummer"), self.tr("Personen"), self.tr("Anzahl"),
                         self.tr("Dienstleistung"))

    def set_rows(self, bookings: Iterable[BookingView]) -> None:
        self.beginResetModel()
        self._rows = list(bookings)
        self.endResetModel()

    def update_rows(self, bookings: Iterable[BookingView]) -> None:
        fresh = list(bookings)
        if [b.entry_id for b in fresh] != [b.entry_id for b in self._rows]:
            self.set_rows(fresh)
            return
        self._rows = fresh
        if fresh:
            self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, 3))

    def booking(self, row: int) -> BookingView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

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
        value = {"reference": b.booking_reference, "names": b.names, "persons": b.persons,
                 "service": b.service_name}[column]
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        return None

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self._rows[index.row()].state == "BOOKED":
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes) -> QMimeData | None:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if not rows:
            return None
        return encode(self._rows[rows[0]])
