"""Pieces every form dialog shares: the error line, the OK/Abbrechen buttons, and the
keys (Enter = the action, Esc = cancel, the cursor in the first field to fill)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QApplication, QDialog, QDialogButtonBox, QLabel, QPushButton,
    QStyledItemDelegate, QWidget,
)


def error_label() -> QLabel:
    """A hidden, bold red line for a refusal; shown with setText + show()."""
    label = QLabel()
    label.setObjectName("error")
    label.setTextFormat(Qt.TextFormat.PlainText)
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


class KeysOnShow(QObject):
    """On every show: only the action is (auto-)default, and the cursor goes into the
    first field to fill. Done at show time, when every button is in the dialog.
    ``set_action`` hands Enter to another button (a dialog whose action changes)."""

    def __init__(self, dialog: QDialog, action: QPushButton, first: QWidget | None) -> None:
        super().__init__(dialog)
        self._dialog, self._action, self._first = dialog, action, first
        self._main = action
        self._sections: list[tuple[QWidget, QPushButton]] = []
        dialog.installEventFilter(self)
        self.apply_buttons()

    def set_action(self, action: QPushButton) -> None:
        self._action = self._main = action
        self.apply_buttons()

    def section(self, container: QWidget, action: QPushButton) -> None:
        """While the cursor is in ``container`` (a part of the form with an action of its
        own, such as the blocked times of the opening hours), Enter runs ``action``; back
        elsewhere, the dialog's action again."""
        if not self._sections:      # a slot of this QObject: gone with the dialog
            QApplication.instance().focusChanged.connect(self._focus_moved)
        self._sections.append((container, action))

    def _focus_moved(self, _old, now) -> None:
        if now is None or now.window() is not self._dialog:
            return
        wanted = next((action for container, action in self._sections
                       if container is now or container.isAncestorOf(now)), self._main)
        if wanted is not self._action:
            self._action = wanted
            self.apply_buttons()

    def apply_buttons(self) -> None:
        for button in self._dialog.findChildren(QPushButton):
            if button is not self._action:
                button.setAutoDefault(False)
                button.setDefault(False)
        self._action.setAutoDefault(True)
        self._action.setDefault(True)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if watched is self._dialog and event.type() == QEvent.Type.Show:
            self.apply_buttons()
            if self._first is not None:
                first = self._first
                _focus(first)
                QTimer.singleShot(0, lambda: _focus(first))
        return False


def _focus(widget: QWidget) -> None:
    try:
        if hasattr(widget, "edit_first"):  # a table: into its first cell's editor
            widget.edit_first()
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
    except RuntimeError:  # the dialog is gone
        pass


class FormCells(QStyledItemDelegate):
    """For a table of fields in a dialog: Enter and Esc in a cell's editor act as in every
    other field. Qt's delegate would only end the edit: Enter would need a second press
    to reach the action, Esc a second press to cancel."""

    def eventFilter(self, editor, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.KeyPress or event.modifiers() not in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            return super().eventFilter(editor, event)
        dialog = editor.window()
        if event.key() == Qt.Key.Key_Escape and isinstance(dialog, QDialog):
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
            dialog.reject()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(dialog, QDialog):
            action = next((b for b in dialog.findChildren(QPushButton)
                           if b.isDefault() and b.isEnabled() and b.isVisible()), None)
            self.commitData.emit(editor)          # the cell's text first, then the action
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            if action is not None:
                action.click()
            return True
        return super().eventFilter(editor, event)


def keys_as_promised(dialog: QDialog, action: QPushButton,
                     first: QWidget | None = None) -> KeysOnShow:
    """Enter runs the dialog's action, Esc cancels, the cursor starts in ``first``.

    No other button is default or auto-default: a focused or auto-default "Abbrechen"
    would otherwise take the Enter meant for the action (what F8, Enter did).
    """
    return KeysOnShow(dialog, action, first)
