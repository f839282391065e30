"""A confirmation for actions where a slip of the hand costs a person."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def ask(parent: QWidget, title: str, text: str, confirm_text: str,
        on_confirm: Callable[[], None], *, informative: str = "") -> QMessageBox:
    """Opens a window-modal question (``open()``); calls ``on_confirm`` on yes.

    The action is the default button (the action key, then Enter, does it: the
    confirmation is that second, deliberate key); Esc cancels.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("confirmBox")
    box.setTextFormat(Qt.TextFormat.PlainText)   # names and payers: never markup
    if informative:
        box.setInformativeText(informative)
    yes = box.addButton(confirm_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(translate("Confirm", "Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    yes.setObjectName("confirmYes")
    no.setObjectName("confirmNo")
    box.setDefaultButton(yes)
    box.setEscapeButton(no)

    def finished(_result: int) -> None:
        if box.clickedButton() is yes:
            on_confirm()
        box.deleteLater()

    box.finished.connect(finished)
    box.open()
    return box
