"""One way to make a window action: text, shortcut shown once, tooltip and status tip."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

#: QAction property: the menu of the main window an action of a screen goes into
#: ("view", "print", "bookings"); without it the action is only a window shortcut.
MENU = "deskMenu"
#: QAction property: the action also goes into the toolbar ("main": after the day
#: picker, "end": at the right end).
TOOLBAR = "deskToolbar"


def make_action(parent: QObject, name: str, text: str, shortcut: str, help_text: str,
                slot: Callable[[], None], *, menu: str = "", toolbar: str = "") -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        # buttons show the key in their text; menus show it once, in their own column
        action.setIconText(f"{text}  [{native}]")
        action.setToolTip(f"{text} ({native})\n{help_text}")
    else:
        action.setToolTip(f"{text}\n{help_text}")
    action.setStatusTip(help_text)
    action.triggered.connect(lambda _checked=False: slot())
    if menu:
        action.setProperty(MENU, menu)
    if toolbar:
        action.setProperty(TOOLBAR, toolbar)
    return action


def separator(parent: QObject, menu: str) -> QAction:
    """A separator in ``menu`` among a screen's actions."""
    action = QAction(parent)
    action.setSeparator(True)
    action.setProperty(MENU, menu)
    return action
