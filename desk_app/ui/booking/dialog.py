""""Folgetermin": from the current entry, the next free slots of a service; one keystroke
(1…9, 0) books that slot for the person or the whole family (F / P switch), then the
confirmation is printed in the applicant's language and its .ics saved beside it.

The dialog calls the AppointmentBook facade in tasks on the qasync loop (never ``exec()``;
the caller uses ``open()``), each call through its own ``Operations`` (``self.ops``,
messages in the dialog's error line). ``booked(EntryView)`` tells the caller.
Also books pickup appointments (``pickup=`` a PickupNeed): then for that person only.
With ``reschedule=True`` ("Termin verschieben", a BOOKED entry) the chosen slot moves
the booking there instead, with a reason, and the NEW confirmation is printed and its
.ics saved (``Confirmer``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QRadioButton, QTableView, QVBoxLayout, QWidget,
)

from desk_app.services.appointment_book import AppointmentBook, applicant_for, applicants_of
from desk_app.services.views import EntryView, ServicePointView, ServiceView

from ..async_tools import ActionKeys, TaskSet
from ..dialogs.parts import error_label, keys_as_promised
from ..error_messages import message_for
from ..operation import Operations
from .confirmation import Confirmer
from .slots_model import SlotsModel

PICKUP_SERVICE_CODES = {"EAT": "EAT", "TRAVEL_DOC": "RA"}


class FollowUpDialog(QDialog):
    booked = Signal(object)          # EntryView of the new booking

    def __init__(self, parent: QWidget | None, book: AppointmentBook, *,
                 entry: EntryView | None, services: Sequence[ServiceView],
                 service_points: Sequence[ServicePointView], output=None,
                 ics_dir: Path | None = None, office_name: str = "", pickup=None,
                 reschedule: bool = False, mailer=None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.book = book
        self.entry = entry
        self.pickup = pickup
        self.rescheduling = bool(reschedule and entry is not None)
        self.output = output
        self.ics_dir = Path(ics_dir) if ics_dir else None
        self.office_name = office_name
        self.tasks = TaskSet()
        self.keys = ActionKeys()
        self.ops = Operations(self.keys, parent=self)   # messages go to the error line
        self.ops.message.connect(lambda text, _error: self._show_text(text))
        self.last_booking: EntryView | None = None
        self.last_output = None
        self.last_ics: Path | None = None
        self.service_point_id = entry.service_point_id if entry else pickup.service_point_id
        self._services = list(services)
        self._sps = {sp.id: sp for sp in service_points}
        self.confirmer = Confirmer(output, self.ics_dir, services=services,
                                   service_points=service_points, office_name=office_name,
                                   mailer=mailer)
        self.setWindowTitle(self.tr("Termin verschieben") if self.rescheduling
                            else self.tr("Abholtermin") if pickup else self.tr("Folgetermin"))

        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("intro")
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        form = QFormLayout()
        self.service = QComboBox()
        self.service.setObjectName("service")
        own = [s for s in self._services if s.service_point_id == self.service_point_id]
        for s in own or self._services:
            self.service.addItem(s.name, s.id)
        wanted = self._default_service()
        if wanted is not None and self.service.findData(wanted) >= 0:
            self.service.setCurrentIndex(self.service.findData(wanted))
        form.addRow(self.tr("&Dienstleistung:"), self.service)

        people = QHBoxLayout()
        self.only_person = QRadioButton(self.tr("Nur diese &Person (P)"))
        self.only_person.setObjectName("onlyPerson")
        count = len(entry.members) if entry else 1
        self.family = QRadioButton(self.tr("Ganze &Familie, %n Personen (F)", "", count))
        self.family.setObjectName("family")
        self.family.setEnabled(count > 1 and pickup is None)
        group = QButtonGroup(self)
        group.addButton(self.only_person)
        group.addButton(self.family)
        (self.family if count > 1 and pickup is None else self.only_person).setChecked(True)
        people.addWidget(self.only_person)
        people.addWidget(self.family)
        form.addRow(self.tr("Für:"), people)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.addItems([self.tr("Unterlage fehlt"), self.tr("Wunsch der Person"),
                              self.tr("Schalter geschlossen")])
        if self.rescheduling:   # the whole booking moves, with its service
            self.only_person.hide()
            self.family.hide()
            label = form.labelForField(people)
            if label is not None:
                label.hide()
            self.service.setEnabled(False)
            form.addRow(self.tr("&Grund:"), self.reason)
        else:
            self.reason.hide()
        layout.addLayout(form)

        self.model = SlotsModel(self)
        self.table = QTableView()
        self.table.setObjectName("slots")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.book_row(index.row()))
        layout.addWidget(self.table)

        hint = QLabel(self.tr("Taste 1 bis 9 oder 0 bucht den Termin der Zeile sofort; "
                              "Eingabe bucht die markierte Zeile."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.error = error_label()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox()
        self.book_button = buttons.addButton(self.tr("&Buchen"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.book_button.setObjectName("bookButton")
        if self.rescheduling:
            self.book_button.setText(self.tr("&Verschieben"))
        self.book_button.clicked.connect(lambda: self.book_row(self._selected_row()))
        close = buttons.addButton(self.tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

        for n in range(10):
            key = QShortcut(QKeySequence(str(n)), self)
            key.activated.connect(lambda n=n: self.book_row(9 if n == 0 else n - 1))
        QShortcut(QKeySequence("F"), self).activated.connect(
            lambda: self.family.isEnabled() and self.family.setChecked(True))
        QShortcut(QKeySequence("P"), self).activated.connect(
            lambda: self.only_person.setChecked(True))
        for seq in ("Return", "Enter"):
            QShortcut(QKeySequence(seq), self.table).activated.connect(
                lambda: self.book_row(self._selected_row()))
        self.service.currentIndexChanged.connect(lambda _i: self.reload())
        keys_as_promised(self, self.book_button, self.table)   # the slots: 1…9 or Enter
        self._update_intro()
        self.resize(560, 520)

    # -- state -----------------------------------------------------------------------------
    def _default_service(self) -> int | None:
        if self.pickup is not None:
            code = PICKUP_SERVICE_CODES.get(self.pickup.doc_type)
            return next((s.id for s in self._services if s.code == code), None)
        return self.entry.service_id if self.entry else None

    @property
    def service_id(self) -> int | None:
        return self.service.currentData()

    def _people(self):
        if self.pickup is not None:
            return [applicant_for(self.pickup)]
        members = self.entry.members if self.family.isChecked() else self.entry.members[:1]
        return applicants_of(members)

    def _update_intro(self) -> None:
        if self.pickup is not None:
            name = f"{self.pickup.family_name}, {self.pickup.given_name}".strip(", ")
            self.intro.setText(self.tr("Abholtermin für {name} (Dokument {reference})").format(
                name=name, reference=self.pickup.reference))
        elif self.rescheduling:
            names = "; ".join(m.display_name for m in self.entry.members)
            self.intro.setText(self.tr("Termin {reference} ({when}) verschieben für {names}")
                               .format(reference=self.entry.booking_reference or "",
                                       when=self._when_text(self.entry), names=names))
        else:
            names = "; ".join(m.display_name for m in self.entry.members)
            self.intro.setText(self.tr("Folgetermin für {names}").format(names=names))

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else 0

    # -- loading and booking ---------------------------------------------------------------
    def open(self) -> None:
        super().open()
        self.reload()

    def reload(self):
        return self.tasks.spawn(self._load(), name="follow-up-slots")

    async def _load(self) -> None:
        async def read():
            if self.service.count() == 0:   # opened without reference data: fetch it once
                await self._load_services()
            return await self.book.next_free(service_point_id=self.service_point_id,
                                             service_id=self.service_id, count=10)

        outcome = await self.ops.read(read, what="follow-up slots")
        if not outcome:
            return
        free = outcome.value
        self.model.set_rows(free.slots)
        if free.slots:
            self.table.selectionModel().select(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self.status.setText(self.tr("Keine freien Termine in den nächsten 8 Wochen."))
        self.table.setFocus()

    async def _load_services(self) -> None:
        self._services = list(await self.book.desk.services())
        self._sps = {sp.id: sp for sp in await self.book.desk.service_points()}
        self.confirmer.set_reference(self._services, list(self._sps.values()))
        own = [s for s in self._services if s.service_point_id == self.service_point_id]
        self.service.blockSignals(True)
        for s in own or self._services:
            self.service.addItem(s.name, s.id)
        wanted = self._default_service()
        if wanted is not None and self.service.findData(wanted) >= 0:
            self.service.setCurrentIndex(self.service.findData(wanted))
        self.service.blockSignals(False)

    def book_row(self, row: int):
        slot = self.model.slot(row)
        if slot is None or not self.book_button.isEnabled():
            return None
        return self.tasks.spawn(self._book(slot), name="follow-up-book")

    async def _book(self, slot) -> None:
        self.book_button.setEnabled(False)
        self.error.hide()
        ident = ("reschedule" if self.rescheduling else "book", slot.starts_at, self.service_id, self.family.isChecked())
        outcome = await self.ops.run(ident, lambda key: self._book_call(slot, key),
                                     what="reschedule" if self.rescheduling else "book")
        if outcome:
            entry = outcome.value
            if self.rescheduling:
                self.entry = entry
                self._update_intro()
            self.last_booking = entry
            self.booked.emit(entry)
            await self._confirm(entry)
        self.book_button.setEnabled(True)
        await self._load()

    def _book_call(self, slot, key: str):
        if self.rescheduling:
            return self.book.reschedule(
                self.entry.id, starts_at=slot.starts_at, reason=self.reason.currentText(),
                expected_version=self.entry.version, key=key)
        if self.pickup is not None:
            return self.book.book_pickup(self.pickup, service_id=self.service_id,
                                         starts_at=slot.starts_at, key=key)
        return self.book.book(service_point_id=self.service_point_id,
                              service_id=self.service_id, starts_at=slot.starts_at,
                              applicants=self._people(), key=key)

    async def _confirm(self, entry: EntryView) -> None:
        when = self._when_text(entry)
        text = (self.tr("Verschoben auf {when}, Buchungsnummer {reference}") if self.rescheduling
                else self.tr("Gebucht: {when}, Buchungsnummer {reference}"))
        parts = [text.format(when=when, reference=entry.booking_reference or "")]
        confirmed = await self.ops.read(lambda: self.confirmer.confirm(entry),
                                        what="confirmation of a booking")
        if confirmed:
            done = confirmed.value
            self.last_output, self.last_ics = done.output, done.ics
            if done.output is not None:
                parts.append(self.tr("Bestätigung gedruckt") if done.output.printer
                             else self.tr("Bestätigung gespeichert: {path}").format(
                                 path=done.output.path))
            if done.ics is not None:
                parts.append(self.tr("Kalenderdatei: {path}").format(path=done.ics))
            if done.mail_text():
                parts.append(done.mail_text())
            if done.mail_error is not None:
                self.error.setText(done.mail_text())
                self.error.show()
        self.status.setText(" · ".join(parts))

    def _when_text(self, entry: EntryView) -> str:
        from ..locale_text import day_text, time_text

        return f"{day_text(entry.scheduled_at)} {time_text(entry.scheduled_at)}"

    def _show_error(self, exc: BaseException) -> None:
        self._show_text(message_for(exc))

    def _show_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
