"""Forwarding to another service point: choose the target; the dialog is the
confirmation (the person keeps the ticket and waits again elsewhere)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from desk_app.services.views import EntryView, ServicePointView

from .parts import keys_as_promised


class ForwardDialog(QDialog):
    def __init__(self, parent: QWidget, entry: EntryView,
                 targets: list[ServicePointView]) -> None:
        super().__init__(parent)
        self.setObjectName("forwardDialog")
        self.setWindowTitle(self.tr("Weiterleiten"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Vorgang {ticket} an eine andere Dienststelle weiterleiten? "
                               "Die Wartenummer bleibt erhalten.").format(
            ticket=entry.ticket or entry.booking_reference or entry.id))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        form = QFormLayout()
        self.target = QComboBox()
        self.target.setObjectName("target")
        for sp in targets:
            self.target.addItem(f"{sp.name} ({sp.code})", sp.id)
        form.addRow(self.tr("Dienststelle:"), self.target)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("optional"))
        form.addRow(self.tr("Grund:"), self.reason)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Weiterleiten"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("ok")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        keys_as_promised(self, self.ok, self.target)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def target_id(self) -> int | None:
        return self.target.currentData()

    def select_code(self, code: str) -> None:
        for i in range(self.target.count()):
            if self.target.itemText(i).endswith(f"({code})"):
                self.target.setCurrentIndex(i)
                return
        raise KeyError(code)

    def reason_text(self) -> str:
        return self.reason.text().strip()
