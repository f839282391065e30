"""User data (names, notes, reasons, payers) is shown as plain text, never as markup.

QLabel and QMessageBox take ``setTextFormat(Qt.TextFormat.PlainText)`` where they are
made. A tooltip has no format of its own: Qt renders it as rich text when it looks like
markup (``Qt.mightBeRichText``), so such a tooltip is escaped here first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt


def plain_tooltip(text: str | None) -> str | None:
    """``text`` for ToolTipRole/setToolTip, shown literally even when it holds "<…>"."""
    if not text or not GuiQt.mightBeRichText(text):
        return text
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
