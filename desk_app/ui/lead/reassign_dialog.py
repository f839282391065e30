"""Reassigning an entry (shift lead): another counter, clerk, service point or time, with
a mandatory reason. The state of the entry does not change.

The dialog only collects and checks the input. It is opened with ``open()``; OK emits
``submitted(dict)`` with the keyword arguments for ``Desk.reassign`` and keeps the dialog
open, so that the caller can run the service call and then either ``done(Accepted)`` (via
``succeeded()``) or show the service's refusal in the dialog (``show_error``). It never
runs ``exec()`` and never calls a service itself. It is a ``form`` for Operations.run
(its own idempotency key, kept for a retry after an outage).
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateTimeEdit, QDialog, QFormLayout, QLabel,
    QVBoxLayout, QWidget,
)

from desk_app.domain.clock import local_to_utc, to_local
from desk_app.domain.reassign import REASSIGNABLE
from desk_app.domain.roles import Role
from desk_app.domain.states import State
from desk_app.services.idempotency import new_key
from desk_app.services.views import EntryView, ServicePointView, StaffView

from ..labels import state_label
from .formats import date_time_format
from ..queue_model import names_text
from ..dialogs.parts import error_label, keys_as_promised, ok_cancel

#: Roles that work cases at a counter (the clerk list offers only these).
SERVING_ROLES = frozenset({Role.CLERK.value, Role.SHIFT_LEAD.value})


class ReassignDialog(QDialog):
    #: OK with valid input: the keyword arguments for Desk.reassign (reason included).
    submitted = Signal(dict)

    def __init__(self, parent: QWidget | None, entry: EntryView,
                 service_points: Iterable[ServicePointView],
                 staff: Iterable[StaffView]) -> None:
        super().__init__(parent)
        self.setObjectName("reassignDialog")
        self.setWindowTitle(self.tr("Umverteilen"))
        self.entry = entry
        self.service_points = [sp for sp in service_points if not sp.is_reception]
        self.staff = [s for s in staff if s.role in SERVING_ROLES]
        self._busy = False
        self.key = new_key()

        layout = QVBoxLayout(self)
        label = entry.ticket or entry.booking_reference or f"#{entry.id}"
        intro = QLabel(self.tr("Vorgang {ticket} ({names}, {state}) umverteilen. Der Status "
                               "bleibt unverändert.").format(
            ticket=label, names=names_text(entry), state=state_label(entry.state)))
        intro.setObjectName("intro")
        intro.setTextFormat(Qt.TextFormat.PlainText)   # the names
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.service_point = QComboBox()
        self.service_point.setObjectName("servicePoint")
        for sp in self.service_points:
            self.service_point.addItem(f"{sp.name} ({sp.code})", sp.id)
        current = self.service_point.findData(entry.service_point_id)
        self.service_point.setCurrentIndex(max(current, 0))
        form.addRow(self.tr("&Dienststelle:"), self.service_point)

        self.counter = QComboBox()
        self.counter.setObjectName("counter")
        form.addRow(self.tr("&Schalter:"), self.counter)

        self.clerk = QComboBox()
        self.clerk.setObjectName("clerk")
        self.clerk.addItem(self.tr("– unverändert –"), None)
        for s in self.staff:
            self.clerk.addItem(s.display_name, s.id)
        form.addRow(self.tr("S&achbearbeitung:"), self.clerk)

        self.move_time = QCheckBox(self.tr("Termin &verlegen auf:"))
        self.move_time.setObjectName("moveTime")
        self.when = QDateTimeEdit()
        self.when.setObjectName("when")
        self.when.setDisplayFormat(date_time_format())   # the UI language's
        self.when.setCalendarPopup(True)
        start = to_local(entry.scheduled_at) if entry.scheduled_at else None
        if start is not None:
            self.when.setDateTime(QDateTime(QDate(start.year, start.month, start.day),
                                            QTime(start.hour, start.minute)))
        bookable = entry.state == State.BOOKED
        self.move_time.setEnabled(bookable)
        self.move_time.setToolTip(self.tr("Nur gebuchte Termine können verlegt werden.")
                                  if not bookable else "")
        self.when.setEnabled(False)
        self.move_time.toggled.connect(self.when.setEnabled)
        form.addRow(self.move_time, self.when)

        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.addItems([
            self.tr("Schalter nicht besetzt"),
            self.tr("Lastausgleich zwischen den Schaltern"),
            self.tr("Fachliche Zuständigkeit"),
            self.tr("Sprachkenntnisse der Sachbearbeitung"),
            self.tr("Terminverlegung auf Wunsch"),
        ])
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setPlaceholderText(self.tr("Pflichtangabe"))
        form.addRow(self.tr("&Grund:"), self.reason)
        layout.addLayout(form)

        self.error = error_label()
        layout.addWidget(self.error)

        buttons, self.ok = ok_cancel(self.tr("Umverteilen"), default=False)
        keys_as_promised(self, self.ok, self.reason)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.service_point.currentIndexChanged.connect(self._fill_counters)
        self._fill_counters()
        if entry.state not in REASSIGNABLE:
            self.show_error(self.tr("Ein Vorgang mit dem Status „{state}“ kann nicht "
                                    "umverteilt werden.").format(state=state_label(entry.state)))
            self.ok.setEnabled(False)

    # -- input ---------------------------------------------------------------------------
    def _fill_counters(self) -> None:
        sp_id = self.service_point.currentData()
        self.counter.clear()
        self.counter.addItem(self.tr("– beliebiger Schalter –"), None)
        sp = next((s for s in self.service_points if s.id == sp_id), None)
        for c in (sp.counters if sp else ()):
            self.counter.addItem(f"{c.name} ({c.room})" if c.room else c.name, c.id)
        if sp_id == self.entry.service_point_id and self.entry.assigned_counter_id:
            self.counter.setCurrentIndex(max(self.counter.findData(
                self.entry.assigned_counter_id), 0))

    def select_service_point(self, sp_id: int) -> None:
        self.service_point.setCurrentIndex(self.service_point.findData(sp_id))

    def select_counter(self, counter_id: int | None) -> None:
        self.counter.setCurrentIndex(self.counter.findData(counter_id))

    def select_clerk(self, staff_id: int | None) -> None:
        self.clerk.setCurrentIndex(self.clerk.findData(staff_id))

    def set_reason(self, text: str) -> None:
        self.reason.setEditText(text)

    def set_time(self, local: dt.datetime) -> None:
        """Moves the appointment to ``local`` (Berlin wall-clock time)."""
        self.move_time.setChecked(True)
        self.when.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                        QTime(local.hour, local.minute)))

    def reason_text(self) -> str:
        return self.reason.currentText().strip()

    def values(self) -> dict:
        """Keyword arguments for Desk.reassign: only what changes, and the reason."""
        out: dict = {"reason": self.reason_text()}
        sp_id = self.service_point.currentData()
        if sp_id is not None and sp_id != self.entry.service_point_id:
            out["service_point_id"] = sp_id
        counter_id = self.counter.currentData()
        if counter_id is not None and not (sp_id == self.entry.service_point_id and
                                           counter_id == self.entry.assigned_counter_id):
            out["counter_id"] = counter_id
        clerk_id = self.clerk.currentData()
        if clerk_id is not None and clerk_id != self.entry.assigned_clerk_id:
            out["clerk_id"] = clerk_id
        if self.move_time.isChecked():
            q = self.when.dateTime()
            d, t = q.date(), q.time()
            at = local_to_utc(dt.date(d.year(), d.month(), d.day()), dt.time(t.hour(), t.minute()))
            if at != self.entry.scheduled_at:
                out["scheduled_at"] = at
        return out

    # -- outcome -------------------------------------------------------------------------
    def accept(self) -> None:  # OK: check, then hand over to the caller
        if self._busy:
            return
        values = self.values()
        if not values["reason"]:
            self.show_error(self.tr("Bitte einen Grund angeben: Umverteilen ist nur mit "
                                    "Begründung möglich."))
            self.reason.setFocus()
            return
        if len(values) == 1:
            self.show_error(self.tr("Nichts geändert: bitte eine andere Dienststelle, einen "
                                    "Schalter, eine Sachbearbeitung oder einen Termin wählen."))
            return
        self.error.hide()
        self.set_busy(True)
        self.submitted.emit(values)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.error.show()

    def renew_key(self) -> None:
        """The last attempt's outcome is definite: the next OK is a new action."""
        self.key = new_key()

    def succeeded(self) -> None:
        self._busy = False
        super().accept()
