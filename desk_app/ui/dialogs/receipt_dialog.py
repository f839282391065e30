"""„Quittung“: the fees of an entry, itemised per family member.

One row per fee: the person, the fee from the dated catalogue (the service's fee is
preselected for every member), "minderjährig" (half of a fee, prefilled from the date of
birth) and an exemption with its reason. Payer and payment method below, the total
priced live with the same rules the service uses (desk_app.services.fees.price_items).

Like the walk-in dialog it stays open while the window issues the receipt
(``submitted``), shows a service error in place and keeps its idempotency key, so a
retry after a lost connection cannot issue the receipt twice.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QTableWidget, QVBoxLayout, QWidget,
)

from desk_app.domain import errors
from desk_app.domain.partial_date import PartialDate
from desk_app.services.fees import FeeDefinition, FeeRequest, price_items
from desk_app.services.idempotency import new_key
from desk_app.services.views import EntryView, MemberView
from .parts import error_label, keys_as_promised, ok_cancel

PERSON, FEE, MINOR, EXEMPT = range(4)


def is_minor(member: MemberView, day: dt.date) -> bool:
    """Under 18 on ``day`` (the youngest possible age when the date is partial)."""
    try:
        born = PartialDate.from_storage(member.birth_date)
    except ValueError:
        return False
    return born is not None and born.age_on(day) < 18


def euro(amount: Decimal) -> str:
    """An amount in euro as the UI language writes it ("1.234,50 €" / "€1,234.50")."""
    return QLocale().toCurrencyString(float(amount), "€").replace("\u00a0", " ")


class ReceiptDialog(QDialog):
    submitted = Signal()

    def __init__(self, parent: QWidget, entry: EntryView, catalogue: Sequence[FeeDefinition],
                 *, day: dt.date, default_fee: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptDialog")
        self.setWindowTitle(self.tr("Quittung"))
        self.key = new_key()
        self.entry = entry
        self.day = day
        self.catalogue = [d for d in catalogue if d.valid_on(day)]
        self.default_fee = default_fee if any(d.code == default_fee for d in self.catalogue) \
            else None
        layout = QVBoxLayout(self)
        ticket = entry.ticket or entry.booking_reference or f"#{entry.id}"
        intro = QLabel(self.tr("Gebühren für {ticket} (eine Zeile je Gebühr und "
                               "Person):").format(ticket=ticket))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("fees")
        self.table.setHorizontalHeaderLabels([
            self.tr("Person"), self.tr("Gebühr"), self.tr("Minderjährig"),
            self.tr("Gebührenfrei, Grund")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FEE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EXEMPT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        rows = QHBoxLayout()
        self.add_button = QPushButton(self.tr("+ Gebühr"))
        self.add_button.setObjectName("addFee")
        self.add_button.clicked.connect(lambda: self.add_row(0, self.default_fee))
        self.remove_button = QPushButton(self.tr("− Gebühr entfernen"))
        self.remove_button.setObjectName("removeFee")
        self.remove_button.clicked.connect(self._remove_current)
        rows.addWidget(self.add_button)
        rows.addWidget(self.remove_button)
        rows.addStretch(1)
        self.total = QLabel()
        self.total.setObjectName("total")
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        rows.addWidget(self.total)
        layout.addLayout(rows)

        form = QFormLayout()
        self.payer = QLineEdit(entry.members[0].display_name if entry.members else "")
        self.payer.setObjectName("payer")
        form.addRow(self.tr("Zahlende Person:"), self.payer)
        self.method = QComboBox()
        self.method.setObjectName("paymentMethod")
        self.method.addItem(self.tr("Bar"), "cash")
        self.method.addItem(self.tr("EC-Karte (girocard)"), "card")
        form.addRow(self.tr("Zahlungsart:"), self.method)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.ok = ok_cancel(self.tr("Quittung ausstellen und drucken"), default=True)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        for i, _member in enumerate(entry.members or (None,)):
            self.add_row(i, self.default_fee)
        self._update_total()
        keys_as_promised(self, self.ok, self.payer)
        self.resize(760, 420)

    # -- rows ----------------------------------------------------------------------------
    def add_row(self, member_index: int = 0, fee_code: str | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        person = QComboBox()
        for m in self.entry.members:
            person.addItem(m.display_name, m.applicant_id)
        if not self.entry.members:
            person.addItem("—", None)
        person.setCurrentIndex(min(member_index, max(person.count() - 1, 0)))
        fee = QComboBox()
        fee.addItem(self.tr("— Gebühr wählen —"), None)
        for d in self.catalogue:
            fee.addItem(f"{d.description} ({euro(d.amount)})", d.code)
        if fee_code:
            fee.setCurrentIndex(max(0, fee.findData(fee_code)))
        minor = QCheckBox()
        members = self.entry.members
        minor.setChecked(bool(members) and is_minor(members[min(member_index, len(members) - 1)],
                                                    self.day))
        reason = QLineEdit()
        reason.setPlaceholderText(self.tr("leer: gebührenpflichtig"))
        self.table.setCellWidget(row, PERSON, person)
        self.table.setCellWidget(row, FEE, fee)
        self.table.setCellWidget(row, MINOR, minor)
        self.table.setCellWidget(row, EXEMPT, reason)
        person.currentIndexChanged.connect(lambda _i, p=person, m=minor: self._person_changed(p, m))
        fee.currentIndexChanged.connect(lambda _i: self._update_total())
        minor.toggled.connect(lambda _c: self._update_total())
        reason.textChanged.connect(lambda _t: self._update_total())
        self._update_total()
        return row

    def _person_changed(self, person: QComboBox, minor: QCheckBox) -> None:
        member = next((m for m in self.entry.members if m.applicant_id == person.currentData()),
                      None)
        if member is not None:
            minor.setChecked(is_minor(member, self.day))
        self._update_total()

    def _remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if self.table.rowCount() > 1:
            self.table.removeRow(row)
        self._update_total()

    # -- the fees ------------------------------------------------------------------------
    def requests(self) -> list[FeeRequest]:
        """The rows as fee requests; raises ValidationFailed naming the row."""
        result = []
        for row in range(self.table.rowCount()):
            person: QComboBox = self.table.cellWidget(row, PERSON)
            fee: QComboBox = self.table.cellWidget(row, FEE)
            minor: QCheckBox = self.table.cellWidget(row, MINOR)
            reason: QLineEdit = self.table.cellWidget(row, EXEMPT)
            if fee.currentData() is None:
                raise errors.ValidationFailed(message=self.tr("Zeile {n}: bitte eine Gebühr "
                                                              "wählen.").format(n=row + 1))
            member = next((m for m in self.entry.members
                           if m.applicant_id == person.currentData()), None)
            label = f"{member.given_name} {member.family_name}".strip() if member else ""
            result.append(FeeRequest(fee_code=fee.currentData(), person_label=label,
                                     applicant_id=member.applicant_id if member else None,
                                     minor=minor.isChecked(),
                                     exemption_reason=reason.text().strip() or None))
        if not result:
            raise errors.ValidationFailed(message=self.tr("Mindestens eine Gebühr eintragen."))
        return result

    def _update_total(self) -> None:
        try:
            items = price_items(self.catalogue, self.day, self.requests())
        except errors.DomainError:
            self.total.setText(self.tr("Summe: —"))
            return
        self.total.setText(self.tr("Summe: {amount}").format(
            amount=euro(sum((i.amount for i in items), Decimal("0.00")))))

    def payer_name(self) -> str:
        return self.payer.text().strip()

    def payment_method(self) -> str:
        return self.method.currentData()

    def _submit(self) -> None:
        try:
            self.requests()
            if not self.payer_name():
                raise errors.ValidationFailed(message=self.tr("Bitte den Namen der zahlenden "
                                                              "Person angeben."))
        except errors.ValidationFailed as exc:
            self.show_error(exc.params.get("message", str(exc)))
            return
        self.error.hide()
        self.submitted.emit()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def set_busy(self, busy: bool) -> None:
        self.ok.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def renew_key(self) -> None:
        self.key = new_key()
