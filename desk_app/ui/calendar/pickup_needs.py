"""Who still needs a pickup appointment: arrived documents whose holder has none (or a
cancelled or missed one). ``PickupNeedsModel`` (set_rows/update_rows, SORT_ROLE, tested
without widgets); ``PickupNeedsPanel`` beside the calendar's week and in a window of its
own (Termine ▸ Offene Abholtermine), where Eingabe or "Abholtermin buchen" opens the
Abholtermin dialog (FollowUpDialog with ``pickup=``) for the selected row."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import (
    QAbstractTableModel, QLocale, QModelIndex, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from desk_app.domain.clock import to_local
from desk_app.services.appointment_views import PickupNeed

from ..async_tools import TaskSet
from ..dialogs.parts import error_label
from ..operation import Operations
from ..dialogs.parts import error_label, keys_as_promised
from ..quality_column import quality_column

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
NEED_ROLE = Qt.ItemDataRole.UserRole + 2


def _doc_type(value: str) -> str:
    from ..pickup.texts import doc_type_label
    try:
        return doc_type_label(value, short=True)
    except ValueError:
        return str(value)


class PickupNeedsModel(QAbstractTableModel):
    # the flags before the name: a short column, seen even where the pane is narrow
    COLUMNS = ("arrived", "reference", "doc_type", "flags", "name")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PickupNeed] = []
        self._headers = (self.tr("Eingetroffen"), self.tr("Dokument-Nr."), self.tr("Art"),
                         self.tr("Daten"), self.tr("Name"))
        # the holder's data-quality flags, as in the queue lists (issue 17)
        self._flags = quality_column(lambda: self._headers[3])

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def need(self, row: int) -> PickupNeed | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        n = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == NEED_ROLE:
            return n
        if column == "flags":
            if role == SORT_ROLE:
                return self._flags.key_of(n)
            if role == Qt.ItemDataRole.DisplayRole:
                return self._flags.display(n)
            extra = self._flags.roles.get(role)
            return extra(n) if extra is not None else None
        if role == SORT_ROLE:
            if column == "arrived":
                return n.arrived_at.timestamp() if n.arrived_at else 0.0
            if column == "name":
                return f"{n.family_name}\t{n.given_name}".casefold()
            return {"reference": n.reference, "doc_type": n.doc_type}[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "arrived":
                return (QLocale().toString(to_local(n.arrived_at).date(), QLocale.FormatType.ShortFormat)
                        if n.arrived_at else "")
            if column == "reference":
                return n.reference
            if column == "doc_type":
                return _doc_type(n.doc_type)
            return f"{n.family_name}, {n.given_name}" if n.given_name else n.family_name
        return None

    def set_rows(self, needs: Iterable[PickupNeed]) -> None:
        self.beginResetModel()
        self._rows = list(needs)
        self.endResetModel()

    def update_rows(self, needs: Iterable[PickupNeed]) -> None:
        """The list again after a change: rows gone (booked) are removed, changed ones
        updated in place, new ones appended; the order of the rest is kept."""
        fresh = {n.order_id: n for n in needs}
        for row in range(len(self._rows) - 1, -1, -1):
            order_id = self._rows[row].order_id
            if order_id not in fresh:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
            elif fresh[order_id] != self._rows[row]:
                self._rows[row] = fresh[order_id]
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, len(self.COLUMNS) - 1))
        known = {n.order_id for n in self._rows}
        new = [n for n in fresh.values() if n.order_id not in known]
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()


class PickupNeedsPanel(QWidget):
    booked = Signal(object)       # EntryView of a pickup appointment booked from here

    def __init__(self, book, confirmer=None, *, services=(), service_points=(),
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pickupNeeds")
        self.book = book
        self.confirmer = confirmer
        self.services = list(services)
        self.service_points = list(service_points)
        self.service_point_id: int | None = None
        self.tasks = TaskSet()
        self.ops = Operations(parent=self)
        self.ops.message.connect(lambda text, _error: (self.error.setText(text),
                                                       self.error.show()))
        self.dialog = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Noch ohne Abholtermin"))
        self.title.setObjectName("pickupNeedsTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        self.model = PickupNeedsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("pickupNeedsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.book_selected())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.book_button = QPushButton(self.tr("&Abholtermin buchen …"))
        self.book_button.setObjectName("bookPickupButton")
        self.book_button.clicked.connect(self.book_selected)
        row.addWidget(self.book_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = error_label()
        layout.addWidget(self.error)
        for seq in ("Return", "Enter"):
            QShortcut(QKeySequence(seq), self.table).activated.connect(self.book_selected)

    def reload(self, service_point_id: int | None = None, *, all_points: bool = False):
        self.service_point_id = None if all_points else service_point_id
        return self.tasks.spawn(self._load(), name="pickup-needs")

    async def _load(self) -> None:
        sp = self.service_point_id
        read = await self.ops.read(lambda: self.book.pickup_needs(service_point_id=sp),
                                   what="pickup needs")
        if not read:
            return
        needs = read.value
        self.error.hide()
        if self.model.rowCount() == 0:
            self.model.set_rows(needs)
        else:
            self.model.update_rows(needs)
        self.title.setText(self.tr("Noch ohne Abholtermin: {n}").format(n=len(needs)))
        if needs and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def selected_need(self) -> PickupNeed | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.data(rows[0], NEED_ROLE)

    def book_selected(self):
        from ..booking.dialog import FollowUpDialog

        need = self.selected_need()
        if need is None or self.dialog is not None:
            return None
        c = self.confirmer
        self.dialog = FollowUpDialog(self, self.book, entry=None, pickup=need,
                                     services=self.services,
                                     service_points=self.service_points,
                                     output=c.output if c else None,
                                     ics_dir=c.ics_dir if c else None,
                                     office_name=c.office_name if c else "",
                                     mailer=c.mailer if c else None)
        self.dialog.booked.connect(self._booked)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()
        return self.dialog

    def _booked(self, entry) -> None:
        self.booked.emit(entry)
        self.tasks.spawn(self._load(), name="pickup-needs")

    def _closed(self, _result) -> None:
        self.dialog = None
        self.table.setFocus()

    async def shutdown(self) -> None:
        self.ops.cancel()
        await self.tasks.cancel_all()


class PickupNeedsWindow(QDialog):
    """The list for every service point, in a window of its own (not modal)."""

    def __init__(self, parent, book, confirmer=None, *, services=(), service_points=()):
        super().__init__(parent)
        self.setObjectName("pickupNeedsWindow")
        self.setWindowTitle(self.tr("Offene Abholtermine"))
        layout = QVBoxLayout(self)
        self.panel = PickupNeedsPanel(book, confirmer, services=services,
                                      service_points=service_points, parent=self)
        layout.addWidget(self.panel)
        keys_as_promised(self, self.panel.book_button, self.panel.table)
        self.resize(640, 420)

    def reload(self):
        return self.panel.reload(all_points=True)
