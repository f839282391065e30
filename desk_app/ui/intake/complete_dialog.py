"""Completing a person's data (date of birth, nationality, contact, file number); the
service assesses the record anew, so the fixed flags clear."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from desk_app.services.idempotency import new_key
from desk_app.services.intake import IntakePerson, PersonCompletion

from ..locale_text import birth_input, birth_pattern, birth_text
from ..dialogs.parts import keys_as_promised
from .flags import tooltip


class CompleteDialog(QDialog):
    """Open with ``open()``. Save emits ``saveRequested`` and keeps the dialog open: the
    owner saves ``completion()`` and calls ``saved()`` (closes) or ``show_error()``. A
    ``form`` for ``Operations.run`` (key, show_error, set_busy, renew_key)."""

    saveRequested = Signal()

    def __init__(self, person: IntakePerson, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("completeDialog")
        self.setWindowTitle(self.tr("Personendaten ergänzen"))
        self.setMinimumWidth(460)
        self.person = person
        self.key = new_key()
        layout = QVBoxLayout(self)
        name = QLabel(person.display_name)
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setObjectName("personName")
        layout.addWidget(name)
        hints = QLabel(tooltip(person.flags) or self.tr("Keine offenen Hinweise."))
        hints.setTextFormat(Qt.TextFormat.PlainText)
        hints.setObjectName("personHints")
        layout.addWidget(hints)
        form = QFormLayout()
        self.birth = self._field("birthEdit", birth_text(person.birth_date),
                                 self.tr("{pattern}, 00 für unbekannt").format(
                                     pattern=birth_pattern()))
        self.nationality = self._field("nationalityEdit", person.nationality or "",
                                       self.tr("z. B. TUR, Türkei oder türkisch"))
        self.email = self._field("emailEdit", person.email or "", "name@example.org")
        self.phone = self._field("phoneEdit", person.phone or "", "+49 …")
        self.file_number = self._field("fileNumberEdit", person.file_number or "", "")
        form.addRow(self.tr("Geburtsdatum"), self.birth)
        form.addRow(self.tr("Staatsangehörigkeit"), self.nationality)
        form.addRow(self.tr("E-Mail"), self.email)
        form.addRow(self.tr("Telefon"), self.phone)
        form.addRow(self.tr("Aktenzeichen"), self.file_number)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("completeError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.saveRequested.emit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        keys_as_promised(self, buttons.button(QDialogButtonBox.StandardButton.Save), self.birth)
        self._initial = self._values()

    def _field(self, name: str, value: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _values(self) -> dict[str, str]:
        return {"birth_date": birth_input(self.birth.text()),
                "nationality": self.nationality.text(),
                "email": self.email.text(), "phone": self.phone.text(),
                "file_number": self.file_number.text()}

    def completion(self) -> PersonCompletion:
        """Only what the clerk changed; the rest stays as stored."""
        now = self._values()
        return PersonCompletion(**{k: v for k, v in now.items() if v != self._initial[k]})

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    def renew_key(self) -> None:
        self.key = new_key()

    def saved(self) -> None:
        self.accept()
