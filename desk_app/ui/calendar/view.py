"""The calendar screen: a service point's week (``WeekModel``), the selected slot's
bookings (``BookingsModel``), the week's offer in the office's words and the overbooking
allowance beside the measured no-show rate.

Mouse: drag a booking from the list onto a slot. Keyboard: arrows move in the week,
Bild auf/ab the week, Tab to the list, Strg+X takes the selected booking, Strg+V puts it
on the selected slot. Either way the reason is the text of "Grund" (required). Every
service call goes through the AppointmentBook facade in a task (never ``exec()``), run by
the screen's ``Operations`` (``self.ops``; its messages in the screen's error line).
A moved booking gets its NEW confirmation printed and its .ics saved (``confirmer``).

Beside the week: who still needs a pickup appointment (``PickupNeedsPanel``, booking
from it opens the Abholtermin dialog). Buttons open the shift lead's "Tag schließen"
(``CloseDayDialog``) and the administrator's "Öffnungszeiten" (``HoursDialog``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox,
    QSplitter, QTableView, QVBoxLayout, QWidget,
)

from desk_app.domain.capacity import MAX_OVERBOOKING_PERCENT
from desk_app.domain.clock import business_day
from desk_app.domain.roles import Permission
from desk_app.services.appointment_book import AppointmentBook

from ..async_tools import TaskSet
from ..column_fit import ColumnFit
from ..dialogs.parts import error_label
from ..error_messages import message_for
from ..labels import QUALITY_ORDER
from ..operation import Operations
from ..quality_column import flag_symbols
from .models import BookingsModel, WeekModel
from .pickup_needs import PickupNeedsPanel


class CalendarScreen(QWidget):
    rescheduled = Signal(object)      # EntryView

    def __init__(self, book: AppointmentBook, service_points, *, parent=None,
                 today: dt.date | None = None, can_set_allowance: bool = False,
                 confirmer=None, services=(), can_close_day: bool | None = None,
                 can_edit_hours: bool | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.book = book
        self.confirmer = confirmer
        self.services = list(services)
        self.service_points_list = list(service_points)
        self.last_confirmed = None
        self.dialog = None
        policy, actor = book.ctx.policy, book.ctx.actor
        if can_close_day is None:
            can_close_day = policy.allows(actor.role, Permission.REASSIGN)
        if can_edit_hours is None:
            can_edit_hours = policy.allows(actor.role, Permission.ADMINISTER)
        self.tasks = TaskSet()
        self.ops = Operations(parent=self)
        self.ops.message.connect(lambda text, error: self._show_text(text) if error
                                 else self.status.setText(text))
        self.cut: tuple[int, int] | None = None
        self.last_error = ""
        today = today or business_day(book.now())  # Berlin, not UTC: 00:30 Monday is week 49
        iso = today.isocalendar()
        self.year, self.week_no = iso[0], iso[1]

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.service_point = QComboBox()
        self.service_point.setObjectName("servicePoint")
        for sp in service_points:
            if not sp.is_reception:
                self.service_point.addItem(sp.name, sp.id)
        bar.addWidget(self.service_point, 2)
        self.prev_week = QPushButton(self.tr("◀ Vorwoche"))
        self.next_week = QPushButton(self.tr("Folgewoche ▶"))
        self.prev_week.clicked.connect(lambda: self.shift_week(-1))
        self.next_week.clicked.connect(lambda: self.shift_week(1))
        bar.addWidget(self.prev_week)
        bar.addWidget(self.next_week)
        reason_label = QLabel(self.tr("&Grund:"))
        bar.addWidget(reason_label)
        self.reason = QComboBox()
        reason_label.setBuddy(self.reason)
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.addItems([self.tr("Unterlage fehlt"), self.tr("Wunsch der Person"),
                              self.tr("Schalter geschlossen")])
        bar.addWidget(self.reason, 1)
        self.close_day_button = QPushButton(self.tr("Tag &schließen …"))
        self.close_day_button.setObjectName("closeDayButton")
        self.close_day_button.setEnabled(can_close_day)
        self.close_day_button.clicked.connect(self.open_close_day)
        bar.addWidget(self.close_day_button)
        self.hours_button = QPushButton(self.tr("Öffnungs&zeiten …"))
        self.hours_button.setObjectName("hoursButton")
        self.hours_button.setEnabled(can_edit_hours)
        self.hours_button.clicked.connect(self.open_hours)
        bar.addWidget(self.hours_button)
        layout.addLayout(bar)

        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)

        allowance = QHBoxLayout()
        allowance.addWidget(QLabel(self.tr("Überbuchung:")))
        self.percent = QSpinBox()
        self.percent.setObjectName("percent")
        self.percent.setRange(0, MAX_OVERBOOKING_PERCENT)
        self.percent.setSuffix(" %")
        self.percent.setEnabled(can_set_allowance)
        self.percent.editingFinished.connect(self._percent_changed)
        allowance.addWidget(self.percent)
        self.rate = QLabel()
        self.rate.setObjectName("rate")
        self.rate.setTextFormat(Qt.TextFormat.PlainText)
        self.rate.setWordWrap(True)
        allowance.addWidget(self.rate, 1)
        layout.addLayout(allowance)

        self.model = WeekModel(self)
        self.model.reschedule_requested.connect(self.request_reschedule)
        self.table = QTableView()
        self.table.setObjectName("week")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bookings = BookingsModel(self)
        self.list = QTableView()
        self.list.setObjectName("bookings")
        self.list.setModel(self.bookings)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        # a narrow pane: "Buchungsnummer" whole, names and services give first and elide
        self.list_columns = ColumnFit(self.list, {
            0: "TAB12345", 1: "Ferreira da Silva, José",
            2: flag_symbols(frozenset(QUALITY_ORDER[:2])), 3: "10",
            4: "Erteilung/Verlängerung"}, elastic=(1, 4))
        self.pickups = PickupNeedsPanel(book, confirmer, services=self.services,
                                        service_points=self.service_points_list)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.list)
        side.addWidget(self.pickups)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 460])
        layout.addWidget(split, 1)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self.error = error_label()
        layout.addWidget(self.error)

        self.table.selectionModel().currentChanged.connect(lambda cur, _prev: self._show_slot())
        self.service_point.currentIndexChanged.connect(lambda _i: self.reload(reset=True))
        self.pickups.booked.connect(lambda _entry: self.reload())
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage), self.table).activated.connect(
            lambda: self.shift_week(1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self.table).activated.connect(
            lambda: self.shift_week(-1))
        QShortcut(QKeySequence.StandardKey.Cut, self.list).activated.connect(self.cut_selected)
        QShortcut(QKeySequence.StandardKey.Paste, self.table).activated.connect(self.paste)

    # -- loading ---------------------------------------------------------------------------
    @property
    def service_point_id(self) -> int | None:
        return self.service_point.currentData()

    def shift_week(self, weeks: int) -> None:
        monday = dt.date.fromisocalendar(self.year, self.week_no, 1) + dt.timedelta(weeks=weeks)
        self.year, self.week_no = monday.isocalendar()[0], monday.isocalendar()[1]
        self.reload(reset=True)

    def reload(self, reset: bool = False):
        self.pickups.reload(self.service_point_id)
        return self.tasks.spawn(self._load(reset), name="calendar-week")

    async def _load(self, reset: bool) -> None:
        sp = self.service_point_id
        if sp is None:
            return
        read = await self.ops.read(
            lambda: self.book.week(service_point_id=sp, year=self.year, week=self.week_no),
            what="calendar week")
        if not read:
            return
        week = read.value
        if reset or self.model.week is None or self.model.week.week != week.week:
            self.model.set_rows(week)
        else:
            self.model.update_rows(week)
        offer = week.offer
        self.title.setText(self.tr("{title} · {sp} · {booked} von {offered} Plätzen gebucht "
                                   "({percent} %)").format(
            title=offer.title, sp=week.service_point_name, booked=offer.booked,
            offered=offer.offered, percent=offer.booked_percent))
        self.percent.blockSignals(True)
        self.percent.setValue(week.percent)
        self.percent.blockSignals(False)
        self._show_slot()
        self.tasks.spawn(self._load_allowance(sp), name="calendar-allowance")

    async def _load_allowance(self, sp: int) -> None:
        read = await self.ops.read(lambda: self.book.allowance(service_point_id=sp),
                                   what="overbooking allowance")
        if not read:
            return
        r = read.value
        if r.rate is None:
            self.rate.setText(self.tr("Keine Termine in den letzten {weeks} Wochen: keine "
                                      "Ausfallquote gemessen.").format(weeks=r.weeks))
            return
        self.rate.setText(self.tr(
            "Gemessene Ausfallquote der letzten {weeks} Wochen: {rate} % (empfohlen: {suggested} %). "
            "Mit {percent} % wären {turned} Personen abgewiesen und {empty} Plätze leer geblieben "
            "(ohne Überbuchung: {empty0} leer).").format(
            weeks=r.weeks, rate=f"{r.rate * 100:.1f}".replace(".", ","), suggested=r.suggested,
            percent=r.percent, turned=f"{r.current.turned_away:g}",
            empty=f"{r.current.left_empty:g}", empty0=r.current.left_empty_without))

    def _show_slot(self) -> None:
        index = self.table.currentIndex()
        slot = self.model.slot_at(index.row(), index.column()) if index.isValid() else None
        self.bookings.update_rows(slot.bookings if slot else ())

    # -- rescheduling ----------------------------------------------------------------------
    def cut_selected(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        booking = self.bookings.at(rows[0].row()) if rows else None
        if booking is not None:
            self.cut = (booking.entry_id, booking.version)
            self.status.setText(self.tr("Buchung {reference} zum Verschieben gewählt: "
                                        "Zielzeit wählen, dann Strg+V.").format(
                reference=booking.booking_reference))

    def paste(self) -> None:
        index = self.table.currentIndex()
        slot = self.model.slot_at(index.row(), index.column()) if index.isValid() else None
        if self.cut is None or slot is None:
            return
        entry_id, version = self.cut
        self.request_reschedule(entry_id, version, slot.starts_at)

    def request_reschedule(self, entry_id: int, version: int, starts_at) -> None:
        self.tasks.spawn(self._reschedule(entry_id, version, starts_at), name="reschedule")

    async def _reschedule(self, entry_id: int, version: int, starts_at) -> None:
        self.error.hide()
        outcome = await self.ops.run(
            ("reschedule", entry_id, version, starts_at),
            lambda key: self.book.reschedule(entry_id, starts_at=starts_at,
                                             reason=self.reason.currentText(),
                                             expected_version=version, key=key),
            what="reschedule")
        if not outcome:
            return
        entry = outcome.value
        self.cut = None
        text = self.tr("Buchung {reference} verschoben.").format(
            reference=entry.booking_reference or "")
        self.status.setText(text)
        self.rescheduled.emit(entry)
        await self._load(reset=False)
        if self.confirmer is not None:   # the new confirmation, printed, and its .ics
            confirmed = await self.ops.read(lambda: self.confirmer.confirm(entry),
                                            what="confirmation of a moved booking")
            if not confirmed:
                return
            done = self.last_confirmed = confirmed.value
            parts = [text]
            if done.output is not None:
                parts.append(self.tr("Neue Bestätigung gedruckt") if done.output.printer
                             else self.tr("Neue Bestätigung gespeichert: {path}").format(
                                 path=done.output.path))
            if done.ics is not None:
                parts.append(self.tr("Kalenderdatei: {path}").format(path=done.ics))
            if done.mail_text():
                parts.append(done.mail_text())
            self.status.setText(" · ".join(parts))

    # -- the shift lead's closing day and the hours ------------------------------------------
    def open_close_day(self):
        from .close_day import CloseDayDialog

        if self.dialog is not None or self.service_point_id is None:
            return None
        monday = dt.date.fromisocalendar(self.year, self.week_no, 1)
        index = self.table.currentIndex()
        day = self.model._days[index.column()] if index.isValid() else max(
            monday, business_day(self.book.now()))
        self.dialog = CloseDayDialog(self, self.book, self.service_points_list,
                                     service_point_id=self.service_point_id, day=day)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.moved.connect(lambda _r: self.reload())
        self.dialog.open()
        return self.dialog

    def open_hours(self):
        from .hours import HoursDialog

        if self.dialog is not None or self.service_point_id is None:
            return None
        self.dialog = HoursDialog(self, self.book, self.service_points_list,
                                  service_point_id=self.service_point_id,
                                  services=self.services)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()
        return self.dialog

    def _dialog_closed(self, _result) -> None:
        self.dialog = None
        self.reload()

    async def _set_percent(self, percent: int) -> None:
        sp = self.service_point_id
        await self.ops.run(("set-allowance", sp),
                           lambda _key: self.book.set_allowance(service_point_id=sp,
                                                                percent=percent),
                           what="set allowance")
        await self._load(reset=False)

    def _percent_changed(self) -> None:
        week = self.model.week
        if week is not None and self.percent.value() != week.percent:
            self.tasks.spawn(self._set_percent(self.percent.value()), name="set-allowance")

    def _show_error(self, exc: BaseException) -> None:
        self._show_text(message_for(exc))

    def _show_text(self, text: str) -> None:
        self.last_error = text
        self.error.setText(self.last_error)
        self.error.show()

    async def shutdown(self) -> None:
        await self.pickups.shutdown()
        self.ops.cancel()
        await self.tasks.cancel_all()
