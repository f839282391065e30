"""Asks for a reason (park, late arrival, late check-in), with suggestions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget,
)


from .parts import keys_as_promised


class ReasonDialog(QDialog):
    def __init__(self, parent: QWidget, title: str, prompt: str, suggestions: list[str],
                 ok_text: str) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.addItems(suggestions)
        self.reason.setCurrentIndex(0 if suggestions else -1)
        label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("ok")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        keys_as_promised(self, self.ok, self.reason)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.reason.currentText().strip()

    def accept(self) -> None:
        if not self.text():
            self.error.setText(self.tr("Bitte einen Grund angeben."))
            self.error.show()
            return
        super().accept()
