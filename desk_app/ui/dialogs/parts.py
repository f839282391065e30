"""Pieces every form dialog shares: the error line and the OK/Abbrechen buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton


def error_label() -> QLabel:
    """A hidden, bold red line for a refusal; shown with setText + show()."""
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020; font-weight: bold;")
    label.hide()
    return label


def ok_cancel(ok_text: str, *, default: bool = True) -> tuple[QDialogButtonBox, QPushButton]:
    """A button box with the dialog's own OK text and "Abbrechen"."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setObjectName("ok")
    ok.setDefault(default)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("DialogParts", "Abbrechen"))
    return buttons, ok
