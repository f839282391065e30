"""Finishing an entry: an outcome for each applicant (a family has one per person)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget,
)

from desk_app.domain.states import Outcome
from desk_app.services.views import EntryView

from ..labels import outcome_label
from .parts import keys_as_promised


class FinishDialog(QDialog):
    def __init__(self, parent: QWidget, entry: EntryView) -> None:
        super().__init__(parent)
        self.setObjectName("finishDialog")
        self.setWindowTitle(self.tr("Abschließen"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Ergebnis je Person für Vorgang {ticket}:").format(
            ticket=entry.ticket or entry.id))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        form = QFormLayout()
        self.choices: dict[int, QComboBox] = {}
        for member in entry.members:
            box = QComboBox()
            for outcome in Outcome:
                box.addItem(outcome_label(outcome), outcome.value)
            self.choices[member.applicant_id] = box
            name = QLabel(member.display_name)
            name.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(name, box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Abschließen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("ok")
        self.ok.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        keys_as_promised(self, self.ok, next(iter(self.choices.values()), None))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def outcomes(self) -> dict[int, Outcome]:
        return {aid: Outcome(box.currentData()) for aid, box in self.choices.items()}
