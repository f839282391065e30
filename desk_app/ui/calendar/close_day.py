"""The shift lead's "Tag schließen": a service point or one counter closes on a day; its
bookings that no longer fit move, in one step (AppointmentBook.move_day), to the next
free slots. The dialog then shows the people to inform (old and new time, language,
contact; "neu buchen" where no slot was free), to save as CSV (formula injection
neutralised by the app's one CSV helper, domain/csv_safe) or to print.

Opened from the calendar with ``open()``; the file and print dialogs are opened with
``open()`` too, never ``exec()``. The move runs through the dialog's ``Operations``
(``self.ops``; its messages in the dialog's error line).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Iterable

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QTextCursor, QTextDocument, QTextTableFormat
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog,
    QFormLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout,
)

from desk_app.domain.clock import business_day
from desk_app.services.appointment_book import people_rows, people_to_inform_csv
from desk_app.services.appointment_views import DayMoveResult

from ..async_tools import TaskSet
from ..dialogs.parts import error_label, keys_as_promised
from ..operation import Operations

log = logging.getLogger(__name__)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class PeopleToInformModel(QAbstractTableModel):
    """Rows: (reference, names, old time, new time or "neu buchen", language, e-mail,
    phone), plain text; ``SORT_ROLE``: the times as timestamps, the rest as text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._people: list = []
        self._rows: list[tuple[str, ...]] = []
        self._headers = (self.tr("Buchungsnummer"), self.tr("Namen"), self.tr("Alter Termin"),
                         self.tr("Neuer Termin"), self.tr("Sprache"), self.tr("E-Mail"),
                         self.tr("Telefon"))

    def set_rows(self, people: Iterable) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._rows = people_rows(self._people)
        self.endResetModel()

    def update_rows(self, people: Iterable) -> None:
        fresh = list(people)
        if [p.entry_id for p in fresh] != [p.entry_id for p in self._people]:
            self.set_rows(fresh)
            return
        self._people, self._rows = fresh, people_rows(fresh)
        if fresh:
            self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, 6))

    def rows(self) -> list[tuple[str, ...]]:
        return list(self._rows)

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == SORT_ROLE:
            p = self._people[index.row()]
            if index.column() == 2:
                return p.old_at.timestamp()
            if index.column() == 3:
                return p.new_at.timestamp() if p.new_at else float("inf")
            return self._rows[index.row()][index.column()].casefold()
        return None


class CloseDayDialog(QDialog):
    moved = Signal(object)       # DayMoveResult: the calendar reloads

    def __init__(self, parent, book, service_points, *, service_point_id: int,
                 day: dt.date) -> None:
        super().__init__(parent)
        self.setObjectName("closeDayDialog")
        self.setWindowTitle(self.tr("Tag schließen: Termine verlegen"))
        self.book = book
        self.tasks = TaskSet()
        self.ops = Operations(parent=self)
        self.ops.message.connect(lambda text, _error: self._show_error(text))
        self.result_: DayMoveResult | None = None
        self.file_dialog = None
        self.print_dialog = None
        self._sps = {sp.id: sp for sp in service_points if not sp.is_reception}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.service_point = QComboBox()
        self.service_point.setObjectName("servicePoint")
        for sp in self._sps.values():
            self.service_point.addItem(sp.name, sp.id)
        self.service_point.setCurrentIndex(max(0, self.service_point.findData(service_point_id)))
        form.addRow(self.tr("&Dienststelle:"), self.service_point)
        self.counter = QComboBox()
        self.counter.setObjectName("counter")
        form.addRow(self.tr("&Schalter:"), self.counter)
        self.day = QDateEdit(QDate(day.year, day.month, day.day))
        self.day.setObjectName("day")
        today = business_day(book.now())        # a day gone by cannot be closed any more
        self.day.setMinimumDate(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        form.addRow(self.tr("&Tag:"), self.day)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("z. B. Personalversammlung, Schalter defekt"))
        form.addRow(self.tr("&Grund:"), self.reason)
        layout.addLayout(form)
        hint = QLabel(self.tr("Der Tag (oder der Schalter) wird gesperrt; Termine, die dann "
                              "keinen Platz mehr haben, gehen auf den nächsten freien Termin."))
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = PeopleToInformModel(self)
        self.table = QTableView()
        self.table.setObjectName("people")
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)     # by the old time
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.error = error_label()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox()
        self.move_button = buttons.addButton(self.tr("Termine &verlegen"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.move_button.setObjectName("moveButton")
        self.move_button.clicked.connect(self.move)
        self.csv_button = buttons.addButton(self.tr("Als &CSV speichern …"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.csv_button.setObjectName("csvButton")
        self.csv_button.clicked.connect(self.ask_csv_path)
        self.print_button = buttons.addButton(self.tr("&Liste drucken …"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.ask_printer)
        close = buttons.addButton(self.tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.csv_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.service_point.currentIndexChanged.connect(lambda _i: self._fill_counters())
        self._fill_counters()
        keys_as_promised(self, self.move_button, self.reason)  # the one thing to type
        self.resize(820, 520)

    def _fill_counters(self) -> None:
        self.counter.clear()
        self.counter.addItem(self.tr("Ganze Dienststelle"), None)
        sp = self._sps.get(self.service_point.currentData())
        for c in (sp.counters if sp else ()):
            self.counter.addItem(c.name, c.id)

    @property
    def chosen_day(self) -> dt.date:
        d = self.day.date()
        return dt.date(d.year(), d.month(), d.day())

    # -- the move ----------------------------------------------------------------------
    def move(self):
        if not self.move_button.isEnabled():
            return None
        if not self.reason.text().strip():
            self._show_error(self.tr("Bitte einen Grund angeben."))
            self.reason.setFocus()
            return None
        return self.tasks.spawn(self._move(), name="close-day")

    async def _move(self) -> None:
        self.move_button.setEnabled(False)
        self.error.hide()
        sp, day, counter = (self.service_point.currentData(), self.chosen_day,
                            self.counter.currentData())
        outcome = await self.ops.run(
            ("close-day", sp, day, counter),
            lambda _key: self.book.move_day(service_point_id=sp, day=day,
                                            reason=self.reason.text(), counter_id=counter),
            what="close day")
        if not outcome:
            self.move_button.setEnabled(True)
            return
        result = self.result_ = outcome.value
        for w in (self.service_point, self.counter, self.day, self.reason):
            w.setEnabled(False)     # done: one closing per dialog
        self.model.set_rows([*result.moved, *result.not_moved])
        moved, not_moved = len(result.moved), len(result.not_moved)
        self.summary.setText(self.tr("{moved}, {not_moved}. {inform}").format(
            moved=self.tr("%n Termine verlegt", "", moved),
            not_moved=self.tr("%n ohne freien Termin (neu buchen)", "", not_moved),
            inform=self.tr("Zu benachrichtigen: %n Personen.", "", moved + not_moved)))
        self.csv_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.table.setFocus()
        self.moved.emit(result)

    # -- CSV and printing --------------------------------------------------------------
    def ask_csv_path(self) -> None:
        if self.result_ is None:
            return
        name = f"zu-benachrichtigen-{self.chosen_day:%Y-%m-%d}.csv"
        self.file_dialog = QFileDialog(self, self.tr("Liste als CSV speichern"), name,
                                       self.tr("CSV-Dateien (*.csv)"))
        self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.file_dialog.setDefaultSuffix("csv")
        self.file_dialog.fileSelected.connect(lambda path: self.save_csv(Path(path)))
        self.file_dialog.open()

    def save_csv(self, path: Path) -> Path | None:
        if self.result_ is None:
            return None
        try:
            tmp = path.with_suffix(path.suffix + ".part")
            tmp.write_bytes(people_to_inform_csv(self.result_))
            tmp.replace(path)
        except OSError as exc:
            log.warning("saving the list failed: %s", type(exc).__name__)
            self._show_error(self.tr("Die Datei ließ sich nicht speichern: {error}").format(
                error=exc.strerror or type(exc).__name__))
            return None
        self.summary.setText(self.summary.text().split(" · ")[0] + " · " + self.tr(
            "Gespeichert: {path}").format(path=path))
        return path

    def list_document(self) -> QTextDocument:
        """The list as a document to print: plain text cells, never markup."""
        doc = QTextDocument(self)
        cursor = QTextCursor(doc)
        sp = self.service_point.currentText()
        counter = self.counter.currentText()
        cursor.insertText(self.tr("Zu benachrichtigen: {sp}, {counter}, {day}").format(
            sp=sp, counter=counter, day=self.day.text()))
        cursor.insertBlock()
        cursor.insertText(self.tr("Grund: {reason}").format(reason=self.reason.text()))
        cursor.insertBlock()
        rows = self.model.rows()
        fmt = QTextTableFormat()
        fmt.setCellPadding(3)
        fmt.setBorder(0.5)
        fmt.setHeaderRowCount(1)
        table = cursor.insertTable(len(rows) + 1, 7, fmt)
        for column, text in enumerate(self.model.headers()):
            table.cellAt(0, column).firstCursorPosition().insertText(text)
        for r, row in enumerate(rows, start=1):
            for column, text in enumerate(row):
                table.cellAt(r, column).firstCursorPosition().insertText(text)
        return doc

    def ask_printer(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.result_ is None:
            return
        printer = QPrinter()
        self.print_dialog = QPrintDialog(printer, self)
        self.print_dialog.accepted.connect(lambda: self.print_to(printer))
        self.print_dialog.open()

    def print_to(self, printer) -> None:
        self.list_document().print_(printer)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
