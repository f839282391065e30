"""The hand-out dialog: who collects the document. A ``form`` for ``Operations.run``: it
carries the action's idempotency key, shows a refusal in place and is busy while the
service decides."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QRadioButton, QVBoxLayout, QWidget,
)

from desk_app.domain.document_orders import CHILD_AGE_LIMIT, DocType
from desk_app.printing.barcode import format_reference
from desk_app.services.document_desk import DocumentOrderView

from ..dialogs.parts import error_label, keys_as_promised
from .texts import birth_text, doc_type_label


class HandOutDialog(QDialog):
    """Who collects: the applicant, a parent (child under 16) or another person with a
    power of attorney. ``submitted`` asks the screen to try; the service decides, and a
    refusal is shown here (``show_error``) so the clerk can correct and try again.

    ``key`` is the hand-out's idempotency key (kept after an outage, also when the dialog
    is opened again); ``renew_key`` asks ``new_key`` for the next one once the outcome is
    definite."""

    submitted = Signal()

    APPLICANT, PARENT, OTHER = "applicant", "parent", "other"

    def __init__(self, parent: QWidget, order: DocumentOrderView, *, child: bool,
                 key: str = "", new_key: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handOutDialog")
        self.setWindowTitle(self.tr("Dokument aushändigen"))
        self.setMinimumWidth(480)
        self.order = order
        self.key = key
        self._new_key = new_key
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("{doc} {reference} für {name} (geb. {birth})").format(
            doc=doc_type_label(order.doc_type, short=True),
            reference=format_reference(order.reference), name=order.display_name,
            birth=birth_text(order.birth_date) or "—"))
        head.setObjectName("handOutHeading")
        head.setTextFormat(Qt.TextFormat.PlainText)   # the name: never markup
        head.setWordWrap(True)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        layout.addWidget(head)
        check = QLabel(self.tr("Bitte prüfen: Pass oder Passersatz, bisheriges Dokument oder "
                               "Fiktionsbescheinigung{pin}.").format(
            pin=self.tr(", PIN-Brief") if order.doc_type == DocType.EAT else ""))
        check.setWordWrap(True)
        layout.addWidget(check)

        box = QGroupBox(self.tr("Wer holt ab?"))
        box_layout = QVBoxLayout(box)
        self.who = QButtonGroup(self)
        self.applicant = QRadioButton(self.tr("Die antragstellende Person selbst"))
        self.applicant.setObjectName("collectApplicant")
        self.parent_ = QRadioButton(self.tr("Ein Elternteil (Kind unter {limit} Jahren)").format(
            limit=CHILD_AGE_LIMIT))
        self.parent_.setObjectName("collectParent")
        self.other = QRadioButton(self.tr("Eine andere Person (mit Vollmacht)"))
        self.other.setObjectName("collectOther")
        for button in (self.applicant, self.parent_, self.other):
            self.who.addButton(button)
            box_layout.addWidget(button)
        layout.addWidget(box)
        if child:
            note = QLabel(self.tr("Die antragstellende Person ist unter {limit} Jahre alt.").format(
                limit=CHILD_AGE_LIMIT))
            note.setObjectName("childNote")
            note.setStyleSheet("color: #6a4a00; font-weight: bold;")
            layout.addWidget(note)

        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("collectorName")
        self.name.setPlaceholderText(self.tr("Vor- und Familienname wie im Ausweis"))
        name_label = QLabel(self.tr("&Name der abholenden Person:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        layout.addLayout(form)
        self.power = QCheckBox(self.tr("Schriftliche &Vollmacht liegt vor und wurde geprüft"))
        self.power.setObjectName("powerOfAttorney")
        layout.addWidget(self.power)

        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Aushändigen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("ok")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        keys_as_promised(self, self.ok)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.who.buttonToggled.connect(lambda _button, _on: self._update())
        (self.parent_ if child else self.applicant).setChecked(True)
        self._update()

    def mode(self) -> str:
        if self.parent_.isChecked():
            return self.PARENT
        if self.other.isChecked():
            return self.OTHER
        return self.APPLICANT

    def _update(self) -> None:
        someone_else = self.mode() != self.APPLICANT
        self.name.setEnabled(someone_else)
        # a parent of a child needs no power of attorney, but may bring one (the domain
        # reads it as "person with a power of attorney from the parents")
        self.power.setEnabled(someone_else)
        if self.mode() == self.OTHER and not self.name.text():
            self.name.setFocus()

    def pickup(self) -> dict[str, Any]:
        """The keyword arguments for ``hand_out``."""
        mode = self.mode()
        if mode == self.APPLICANT:
            return {"collected_by": None, "power_of_attorney": False, "by_parent": False}
        return {"collected_by": self.name.text().strip(),
                "power_of_attorney": self.power.isChecked(),
                "by_parent": mode == self.PARENT}

    # -- the form protocol of Operations.run ----------------------------------------------
    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def set_busy(self, busy: bool) -> None:
        self.ok.setEnabled(not busy)

    def renew_key(self) -> None:
        if self._new_key is not None:
            self.key = self._new_key()

    def _submit(self) -> None:
        self.error.hide()
        self.submitted.emit()
