"""The calendar's table models, tested without widgets.

``WeekModel``: rows are the slot times of the week, columns its days; a cell shows
booked / places and takes a dropped booking (``dropMimeData``), which it turns into
``reschedule_requested(entry_id, version, starts_at)``: the view asks the facade.
``BookingsModel``: the bookings of the selected slot; ``mimeData`` drags one.
Both have ``set_rows``/``update_rows`` and a ``SORT_ROLE``; ``BookingsModel`` (like
the hours editor's models) is a ``ListModel``, a ``KeyedTableModel`` with its columns
declared as data.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Iterable, TypeVar

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desk_app.domain.clock import to_local
from desk_app.services.appointment_views import BookingView, CalendarSlot, CalendarWeek

from ..locale_text import day_text, time_text
from ..keyed_model import SORT_ROLE, Column, KeyedTableModel
from ..plain_text import plain_tooltip
from ..quality_column import quality_column

R = TypeVar("R")
MIME = "application/x-desk-booking"
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
        if orientation == Qt.Orientation.Horizontal:
            day = self._days[section]
            text = day_text(day, year=False)
            holiday = self.week.holidays.get(day) if self.week else None
            return f"{text}\n{holiday}" if holiday else text
        return time_text(self._times[section])

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


class ListModel(KeyedTableModel[R]):
    """A ``KeyedTableModel`` the calendar's lists share: ``update_rows`` takes the whole
    list as it is now (rows gone are removed, the rest updated in place or inserted:
    never a reset), and ``at`` reads a row by position, None outside the list."""

    def update_rows(self, rows: Iterable[R]) -> None:
        self.sync_rows(rows)

    def at(self, index: int) -> R | None:
        return self.row_at(index) if 0 <= index < self.rowCount() else None


class BookingsModel(ListModel[BookingView]):
    """The bookings of one slot: reference, names, data-quality flags, persons, service;
    drag source."""

    def __init__(self, parent=None) -> None:
        super().__init__([
            # in the order of booking (entry id), as the slot lists them
            Column(lambda: self.tr("Buchungsnummer"), lambda b: b.booking_reference,
                   sort_key=lambda b: b.entry_id),
            Column(lambda: self.tr("Personen"), lambda b: b.names),
            quality_column(lambda: self.tr("Daten")),    # as in the queue lists (issue 17)
            Column(lambda: self.tr("Anzahl"), lambda b: str(b.persons),
                   sort_key=lambda b: b.persons),
            Column(lambda: self.tr("Dienstleistung"), lambda b: b.service_name),
        ], key=lambda b: b.entry_id, parent=parent)

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.row_at(index.row()).state == "BOOKED":
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
        return encode(self.row_at(rows[0]))
