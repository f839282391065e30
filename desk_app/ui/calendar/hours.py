"""The administrator's "Öffnungszeiten" of one service point: the opening hours per
weekday (begin, end, minutes per appointment, parallel counters, a service's own pool or
all), saved together in one step, and the blocked times (staff meetings, training, a
closed counter), added or removed one at a time. Every call goes through the
AppointmentBook facade in a task, run by the dialog's ``Operations`` (``self.ops``; its
messages in the dialog's error line); opened with ``open()``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale, QTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox,
    QTableView, QTimeEdit, QVBoxLayout,
)

from desk_app.domain.clock import BERLIN, UTC
from desk_app.services.capacity_config import HoursRow

from ..async_tools import TaskSet
from ..dialogs.parts import error_label, keys_as_promised
from ..operation import Operations
from .hours_models import BlockedModel, HoursModel, weekday_name


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _to_utc(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    local = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=BERLIN)
    return local.astimezone(UTC)


class HoursDialog(QDialog):
    def __init__(self, parent, book, service_points, *, service_point_id: int,
                 services=()) -> None:
        super().__init__(parent)
        self.setObjectName("hoursDialog")
        self.book = book
        self.service_point_id = service_point_id
        self.tasks = TaskSet()
        self.ops = Operations(parent=self)
        self.ops.message.connect(lambda text, _error: self._show_error(text))
        sp = next((p for p in service_points if p.id == service_point_id), None)
        self.setWindowTitle(self.tr("Öffnungszeiten: {name}").format(name=sp.name if sp else ""))
        layout = QVBoxLayout(self)

        # -- the hours ---------------------------------------------------------------
        box = QGroupBox(self.tr("Öffnungszeiten (Terminangebot je Wochentag)"))
        hours = QVBoxLayout(box)
        self.hours_model = HoursModel(self)
        self.hours_model.service_names = {s.id: s.name for s in services}
        self.hours_table = _table(self.hours_model)
        self.hours_table.setObjectName("hours")
        hours.addWidget(self.hours_table, 1)
        edit = QGridLayout()
        self.weekday = QComboBox()
        self.weekday.setObjectName("weekday")
        for day in range(7):
            self.weekday.addItem(weekday_name(day), day)
        self.opens = QTimeEdit(QTime(7, 30))
        self.opens.setObjectName("opens")
        self.closes = QTimeEdit(QTime(12, 0))
        self.closes.setObjectName("closes")
        for w in (self.opens, self.closes):
            w.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(5, 240)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(20)
        self.counters = QSpinBox()
        self.counters.setObjectName("counters")
        self.counters.setRange(0, 100)
        self.counters.setValue(len(sp.counters) if sp and sp.counters else 1)
        self.service = QComboBox()
        self.service.setObjectName("service")
        self.service.addItem(self.tr("alle Dienstleistungen"), None)
        for s in services:
            if s.service_point_id == service_point_id:
                self.service.addItem(s.name, s.id)
        for column, (text, widget) in enumerate((
                (self.tr("&Tag"), self.weekday), (self.tr("&Beginn"), self.opens),
                (self.tr("&Ende"), self.closes), (self.tr("&Minuten"), self.minutes),
                (self.tr("S&chalter"), self.counters), (self.tr("&Dienstleistung"), self.service))):
            label = QLabel(text)
            label.setBuddy(widget)
            edit.addWidget(label, 0, column)
            edit.addWidget(widget, 1, column)
        hours.addLayout(edit)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Hinzufügen"))
        self.add_button.setObjectName("addHours")
        self.add_button.clicked.connect(self.add_hours)
        self.change_button = QPushButton(self.tr("Ä&ndern"))
        self.change_button.setObjectName("changeHours")
        self.change_button.clicked.connect(self.change_hours)
        self.remove_button = QPushButton(self.tr("Zeile &löschen"))
        self.remove_button.setObjectName("removeHours")
        self.remove_button.clicked.connect(self.remove_hours)
        self.save_button = QPushButton(self.tr("Öffnungszeiten &speichern"))
        self.save_button.setObjectName("saveHours")
        self.save_button.clicked.connect(self.save_hours)
        for b in (self.add_button, self.change_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.save_button)
        hours.addLayout(row)
        layout.addWidget(box, 3)
        self.hours_table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._edit_row(cur.row()))

        # -- the blocked times -------------------------------------------------------
        box = self.blocked_box = QGroupBox(
            self.tr("Sperrzeiten (Dienstbesprechung, Schulung, Schalter zu)"))
        blocked = QVBoxLayout(box)
        self.blocked_model = BlockedModel(self)
        self.blocked_model.counter_names = {c.id: c.name for c in (sp.counters if sp else ())}
        self.blocked_table = _table(self.blocked_model)
        self.blocked_table.setObjectName("blocked")
        blocked.addWidget(self.blocked_table, 1)
        grid = QGridLayout()
        now = QDateTime.currentDateTime()
        self.block_start = QDateTimeEdit(QDateTime(now.date().addDays(1), QTime(9, 0)))
        self.block_start.setObjectName("blockStart")
        self.block_end = QDateTimeEdit(QDateTime(now.date().addDays(1), QTime(10, 0)))
        self.block_end.setObjectName("blockEnd")
        for w in (self.block_start, self.block_end):
            w.setCalendarPopup(True)
        self.block_counter = QComboBox()
        self.block_counter.setObjectName("blockCounter")
        self.block_counter.addItem(self.tr("ganze Dienststelle"), None)
        for c in (sp.counters if sp else ()):
            self.block_counter.addItem(c.name, c.id)
        self.block_reason = QLineEdit()
        self.block_reason.setObjectName("blockReason")
        self.block_reason.setMaxLength(500)
        self.block_reason.setPlaceholderText(self.tr("Dienstbesprechung"))
        for column, (text, widget) in enumerate((
                (self.tr("Be&ginn"), self.block_start), (self.tr("Endet &um"), self.block_end),
                (self.tr("Sch&alter"), self.block_counter), (self.tr("G&rund"), self.block_reason))):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        blocked.addLayout(grid)
        row = QHBoxLayout()
        self.add_block_button = QPushButton(self.tr("Sperrzeit hin&zufügen"))
        self.add_block_button.setObjectName("addBlocked")
        self.add_block_button.clicked.connect(self.add_blocked)
        self.remove_block_button = QPushButton(self.tr("Sperrzeit ent&fernen"))
        self.remove_block_button.setObjectName("removeBlocked")
        self.remove_block_button.clicked.connect(self.remove_blocked)
        row.addWidget(self.add_block_button)
        row.addWidget(self.remove_block_button)
        row.addStretch(1)
        blocked.addLayout(row)
        layout.addWidget(box, 2)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        # Enter saves the hours, in the blocked times it adds the blocked time; the cursor
        # starts in the hours' table (a row fills the editor)
        self.keys = keys_as_promised(self, self.save_button, self.hours_table)
        self.keys.section(self.blocked_box, self.add_block_button)
        self.resize(900, 680)

    # -- loading -------------------------------------------------------------------------
    def open(self) -> None:
        super().open()
        self.reload()

    def reload(self):
        return self.tasks.spawn(self._load(), name="hours")

    async def _load(self) -> None:
        read = await self.ops.read(
            lambda: self.book.hours(service_point_id=self.service_point_id), what="hours")
        if not read:
            return
        found = read.value
        if not self.hours_model.changed:      # unsaved edits stay
            self.hours_model.update_rows(found.hours)
        self.blocked_model.update_rows(found.blocked)

    # -- the hours -----------------------------------------------------------------------
    def editor_row(self) -> HoursRow:
        return HoursRow(weekday=self.weekday.currentData(),
                        opens=self.opens.time().toString("HH:mm"),
                        closes=self.closes.time().toString("HH:mm"),
                        slot_minutes=self.minutes.value(), counters=self.counters.value(),
                        service_id=self.service.currentData())

    def _edit_row(self, index: int) -> None:
        r = self.hours_model.at(index)
        if r is None:
            return
        self.weekday.setCurrentIndex(r.weekday)
        self.opens.setTime(QTime.fromString(r.opens, "HH:mm"))
        self.closes.setTime(QTime.fromString(r.closes, "HH:mm"))
        self.minutes.setValue(r.slot_minutes)
        self.counters.setValue(r.counters)
        self.service.setCurrentIndex(max(0, self.service.findData(r.service_id)))

    def _selected(self, table) -> int:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_hours(self) -> None:
        self.hours_table.selectRow(self.hours_model.add(self.editor_row()))
        self._unsaved()

    def change_hours(self) -> None:
        index = self._selected(self.hours_table)
        if index >= 0:
            self.hours_table.selectRow(self.hours_model.replace(index, self.editor_row()))
            self._unsaved()

    def remove_hours(self) -> None:
        index = self._selected(self.hours_table)
        if index >= 0:
            self.hours_model.remove(index)
            self._unsaved()

    def _unsaved(self) -> None:
        self.status.setText(self.tr("Geändert, noch nicht gespeichert."))

    def save_hours(self):
        return self.tasks.spawn(self._save_hours(), name="save-hours")

    async def _save_hours(self) -> None:
        self.error.hide()
        rows = self.hours_model.rows()
        outcome = await self.ops.run(
            ("save-hours", self.service_point_id),
            lambda _key: self.book.save_hours(service_point_id=self.service_point_id,
                                              hours=rows), what="save hours")
        if not outcome:
            return
        n = outcome.value
        self.hours_model.changed = False
        self.status.setText(self.tr("%n Öffnungszeiten gespeichert.", "", n))
        await self._load()

    # -- the blocked times ---------------------------------------------------------------
    def add_blocked(self):
        return self.tasks.spawn(self._add_blocked(), name="add-blocked")

    async def _add_blocked(self) -> None:
        self.error.hide()
        starts_at, ends_at = (_to_utc(self.block_start.dateTime()),
                              _to_utc(self.block_end.dateTime()))
        if not await self.ops.run(
                ("add-blocked", self.service_point_id, starts_at, ends_at),
                lambda _key: self.book.add_blocked(
                    service_point_id=self.service_point_id, starts_at=starts_at,
                    ends_at=ends_at, reason=self.block_reason.text(),
                    counter_id=self.block_counter.currentData()), what="add blocked time"):
            return
        self.status.setText(self.tr("Sperrzeit gespeichert."))
        await self._load()

    def remove_blocked(self):
        b = self.blocked_model.at(self._selected(self.blocked_table))
        if b is None:
            return None
        return self.tasks.spawn(self._remove_blocked(b.id), name="remove-blocked")

    async def _remove_blocked(self, blocked_id: int) -> None:
        self.error.hide()
        if not await self.ops.run(("remove-blocked", blocked_id),
                                  lambda _key: self.book.remove_blocked(blocked_id),
                                  what="remove blocked time"):
            return
        self.status.setText(self.tr("Sperrzeit entfernt."))
        await self._load()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
