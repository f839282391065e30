"""The board's small dialogs for issue 14: a move's reason (after a drop or for "all of
Frau X's afternoon"), a counter's presence state, and a counter's queues with weights.
Each is opened with open(), never exec(); the board acts on ``submitted``. Each is a
``form`` for Operations.run: its own idempotency key, busy while the call runs, the
service's refusal shown inside."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from desk_app.domain.lead import PRESENCE_LABELS_DE, Presence
from desk_app.services.idempotency import new_key
from desk_app.services.lead_facade import Assignment, MoveTarget, QueueChoice

from ..dialogs.parts import keys_as_promised


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class _Dialog(QDialog):
    submitted = Signal(object)

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = _plain(QLabel())
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.key = new_key()
        self._busy = False

    def finish_layout(self, first: QWidget | None = None) -> None:
        """Enter is OK, Esc cancels, the cursor starts in ``first`` (issue 10)."""
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        keys_as_promised(self, self.buttons.button(QDialogButtonBox.StandardButton.Ok), first)

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def succeeded(self) -> None:
        self.accept()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def renew_key(self) -> None:
        """The last attempt's outcome is definite: the next OK is a new action."""
        self.key = new_key()

    def _submit(self) -> None:
        if not self._busy:
            self._ok()

    def _ok(self) -> None:
        raise NotImplementedError


class MoveDialog(_Dialog):
    """What is moved where, and the one reason. ``submitted``: dict(targets, reason)."""

    def __init__(self, parent, *, what: str, targets: Sequence[tuple[str, MoveTarget]],
                 preselected: Sequence[MoveTarget] = ()) -> None:
        super().__init__(parent, self.tr("Verschieben"))
        self.form.addRow(self.tr("Was:"), _plain(QLabel(what)))
        self.targets = QListWidget()
        self.targets.setObjectName("targets")
        for label, target in targets:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, target)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if target in preselected
                               else Qt.CheckState.Unchecked)
            self.targets.addItem(item)
        self.form.addRow(self.tr("Wohin (gleichmäßig verteilt):"), self.targets)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.form.addRow(self.tr("&Grund:"), self.reason)
        # after a drop the target is chosen: the reason is what is left to fill
        self.finish_layout(self.reason if preselected else self.targets)

    def chosen(self) -> list[MoveTarget]:
        return [self.targets.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.targets.count())
                if self.targets.item(i).checkState() == Qt.CheckState.Checked]

    def _ok(self) -> None:
        if not self.chosen():
            self.show_error(self.tr("Bitte mindestens ein Ziel wählen."))
            return
        if not self.reason.text().strip():
            self.show_error(self.tr("Bitte einen Grund angeben."))
            return
        self.submitted.emit({"targets": self.chosen(), "reason": self.reason.text().strip()})


class PresenceDialog(_Dialog):
    """A counter's state. ``submitted``: dict(state, reason)."""

    def __init__(self, parent, counter_name: str, current: Presence = Presence.AT_COUNTER
                 ) -> None:
        super().__init__(parent, self.tr("Status von {counter}").format(counter=counter_name))
        self.state = QComboBox()
        self.state.setObjectName("state")
        labels = {Presence.AT_COUNTER: self.tr("Am Schalter"), Presence.BREAK: self.tr("Pause"),
                  Presence.AWAY: self.tr("Abwesend"),
                  Presence.CLOSED: self.tr("Schalter geschlossen")}
        assert set(labels) == set(PRESENCE_LABELS_DE)
        for p in Presence:
            self.state.addItem(labels[p], p)
        self.state.setCurrentIndex(list(Presence).index(current))
        self.form.addRow(self.tr("&Status:"), self.state)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.form.addRow(self.tr("&Grund (bei Pause):"), self.reason)
        self.finish_layout(self.state)

    def _ok(self) -> None:
        state = Presence(self.state.currentData())
        if state == Presence.BREAK and not self.reason.text().strip():
            self.show_error(self.tr("Für eine Pause bitte einen Grund angeben."))
            return
        self.submitted.emit({"state": state, "reason": self.reason.text().strip() or None})


class AssignmentDialog(_Dialog):
    """A counter's queues for call next: whole service points or single services of one,
    their weights and order (Stufe 0 first; a later Stufe only when the earlier ones are
    empty). ``rows``: (service point id, box, weight, tier) per service point;
    ``service_rows``: (service point id, service id, box, weight, tier) per service.
    A current assignment the dialog has no row for (an inactive service, say) is kept.
    ``submitted``: list[Assignment]."""

    def __init__(self, parent, counter_name: str, choices: Sequence[QueueChoice],
                 current: Sequence[Assignment]) -> None:
        super().__init__(parent, self.tr("Warteschlangen von {counter}").format(
            counter=counter_name))
        self.form.addRow(_plain(QLabel(self.tr(
            "Gewicht 2 zu 1: zwei Aufrufe aus dieser Warteschlange je einem aus der anderen. "
            "Stufe 1: nur, wenn Stufe 0 leer ist. Wer 45 Minuten wartet, kommt vor."))))
        self.form.addRow(_plain(QLabel(self.tr(
            "Eine einzelne Leistung ruft nur Personen mit dieser Leistung auf."))))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Dienststelle / Leistung")), 0, 0)
        grid.addWidget(QLabel(self.tr("Gewicht")), 0, 1)
        grid.addWidget(QLabel(self.tr("Stufe")), 0, 2)
        now = {a.queue: a for a in current}
        self.rows: list[tuple[int, QCheckBox, QSpinBox, QSpinBox]] = []
        self.service_rows: list[tuple[int, int, QCheckBox, QSpinBox, QSpinBox]] = []
        line = 1
        for choice in choices:
            sp_id = choice.service_point_id
            box, weight, tier = self._row(grid, line, choice.name, now.get((sp_id, None)))
            self.rows.append((sp_id, box, weight, tier))
            line += 1
            for service_id, name in choice.services:
                box, weight, tier = self._row(grid, line, name, now.get((sp_id, service_id)),
                                              indent=True)
                self.service_rows.append((sp_id, service_id, box, weight, tier))
                line += 1
        shown = {(sp_id, None) for sp_id, *_ in self.rows} | {
            (sp_id, service_id) for sp_id, service_id, *_ in self.service_rows}
        self.kept = [a for a in current if a.queue not in shown]
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setObjectName("queues")
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setMinimumHeight(min(480, 40 + 30 * line))
        scroll.setMinimumWidth(inner.sizeHint().width() + 30)   # long names unclipped
        self.layout_.addWidget(scroll)
        self.finish_layout(self.rows[0][1] if self.rows else None)   # the first queue

    @staticmethod
    def _row(grid: QGridLayout, line: int, name: str, now: Assignment | None, *,
             indent: bool = False) -> tuple[QCheckBox, QSpinBox, QSpinBox]:
        box = QCheckBox(name)
        box.setChecked(now is not None)
        if indent:
            box.setStyleSheet("margin-left: 24px;")
        weight = QSpinBox()
        weight.setRange(1, 9)
        weight.setValue(now.weight if now is not None else 1)
        tier = QSpinBox()
        tier.setRange(0, 3)
        tier.setValue(now.tier if now is not None else 0)
        grid.addWidget(box, line, 0)
        grid.addWidget(weight, line, 1)
        grid.addWidget(tier, line, 2)
        return box, weight, tier

    def chosen(self) -> list[Assignment]:
        whole = [Assignment(sp_id, None, weight.value(), tier.value())
                 for sp_id, box, weight, tier in self.rows if box.isChecked()]
        single = [Assignment(sp_id, service_id, weight.value(), tier.value())
                  for sp_id, service_id, box, weight, tier in self.service_rows
                  if box.isChecked()]
        return whole + single + self.kept

    def _ok(self) -> None:
        self.submitted.emit(self.chosen())
