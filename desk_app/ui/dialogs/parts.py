"""Pieces every form dialog shares: the error line, the OK/Abbrechen buttons, and the
keys (Enter = the action, Esc = cancel, the cursor in the first field to fill)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget


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


class _FocusOnShow(QObject):
    """Puts the cursor into the first field to fill whenever the dialog is shown."""

    def __init__(self, dialog: QDialog, first: QWidget) -> None:
        super().__init__(dialog)
        self._first = first
        dialog.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Show:
            first = self._first
            QTimer.singleShot(0, lambda: _focus(first))
            _focus(first)
        return False


def _focus(widget: QWidget) -> None:
    try:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if hasattr(widget, "edit_first"):
            widget.edit_first()
    except RuntimeError:  # the dialog is gone
        pass


def keys_as_promised(dialog: QDialog, action: QPushButton,
                     first: QWidget | None = None) -> None:
    """Enter runs the dialog's action, Esc cancels, the cursor starts in ``first``.

    No other button is default or auto-default: a focused "Abbrechen" would otherwise
    take the Enter meant for the action (what the clerk's F8, Enter did in a real window).
    """
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)
    action.setAutoDefault(True)
    action.setDefault(True)
    if first is not None:
        _FocusOnShow(dialog, first)
