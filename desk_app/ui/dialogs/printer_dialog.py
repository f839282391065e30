"""„Drucker …“: the printer per document type for this session.

One row per kind of document (wait tickets, slips and confirmations, receipts). Each
offers the printer from the settings or the system default, every printer Qt knows, and
"save as PDF". Opened with ``open()``; the window reads ``choices()`` on ``accepted``.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget,
)

from .parts import keys_as_promised

#: Marks the entry "as before": the settings or the system default.
DEFAULT = None
PDF = ""


class PrinterDialog(QDialog):
    def __init__(self, parent: QWidget, printers: Sequence[str], *,
                 rows: Sequence[tuple[str, str]], current: dict[str, str | None],
                 fallback: dict[str, str]) -> None:
        """``rows``: (setting, label); ``current``: the session's choice per setting
        (None = none made); ``fallback``: what applies without a choice ("" = PDF)."""
        super().__init__(parent)
        self.setObjectName("printerDialog")
        self.setWindowTitle(self.tr("Drucker wählen"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Drucker je Dokumentart (gilt bis zum Beenden des Programms):"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for setting, label in rows:
            combo = QComboBox()
            combo.setObjectName(f"printer_{setting}")
            usual = fallback.get(setting, "")
            combo.addItem(self.tr("Voreinstellung ({name})").format(
                name=usual or self.tr("als PDF speichern")), DEFAULT)
            for name in printers:
                combo.addItem(name, name)
            combo.addItem(self.tr("Nicht drucken, als PDF speichern"), PDF)
            choice = current.get(setting, DEFAULT)
            if choice is not DEFAULT:
                index = combo.findData(choice)
                if index < 0:              # a printer that is gone: still show it
                    combo.insertItem(1, choice, choice)
                    index = 1
                combo.setCurrentIndex(index)
            form.addRow(label, combo)
            self.combos[setting] = combo
        layout.addLayout(form)
        if not printers:
            none = QLabel(self.tr("Es ist kein Drucker eingerichtet. Dokumente werden als PDF "
                                  "gespeichert."))
            none.setWordWrap(True)
            layout.addWidget(none)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        first = next(iter(self.combos.values()), None)
        keys_as_promised(self, buttons.button(QDialogButtonBox.StandardButton.Ok), first)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choices(self) -> dict[str, str | None]:
        """Per setting: a printer name, "" (PDF) or None (back to the default)."""
        return {setting: combo.currentData() for setting, combo in self.combos.items()}
