"""The panel for the current entry: who, what, where in the state table, and a button
for every action (the window's QActions, so shortcuts and tooltips are shared)."""

from __future__ import annotations

import datetime as dt
from typing import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QGridLayout, QLabel, QScrollArea, QSizePolicy, QToolButton,
    QVBoxLayout, QWidget,
)

from desk_app.domain.clock import ensure_utc
from desk_app.domain.states import EntryKind
from desk_app.services.views import EntryView

from .locale_text import birth_text
from .labels import (
    QUALITY_ORDER, QUALITY_SYMBOLS, STATE_STYLES, STATE_SYMBOLS, local_time, quality_label,
    state_label,
)


def _hhmm(value: dt.datetime | None) -> str:
    return local_time(value) if value is not None else "—"


def _birth(text: str | None) -> str:
    return birth_text(text, "—")


class EntryPanel(QFrame):
    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None,
                 now: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._now = now
        self.entry: EntryView | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # the details scroll when the screen is small (large text); the action buttons
        # below them are always reachable
        details = QWidget()
        layout = QVBoxLayout(details)
        scroll = QScrollArea()
        scroll.setObjectName("entryDetails")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(details)
        outer.addWidget(scroll, 1)

        self.ticket = QLabel("—")
        self.ticket.setObjectName("ticketLabel")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.ticket.setFont(big)
        layout.addWidget(self.ticket)

        self.state = QLabel()
        self.state.setObjectName("stateLabel")
        self.state.setAutoFillBackground(True)
        self.state.setMargin(4)
        layout.addWidget(self.state)

        self.names = QLabel()
        self.names.setObjectName("namesLabel")
        self.names.setWordWrap(True)
        self.names.setTextFormat(Qt.TextFormat.PlainText)
        self.names.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.names)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        for key, title in (
            ("service", self.tr("Anliegen:")),
            ("service_point", self.tr("Dienststelle:")),
            ("time", self.tr("Termin:")),
            ("waiting", self.tr("Wartet seit:")),
            ("counter", self.tr("Schalter:")),
            ("calls", self.tr("Aufrufe:")),
            ("reference", self.tr("Buchungsnr.:")),
            ("note", self.tr("Hinweis:")),
            ("quality", self.tr("Datenqualität:")),
        ):
            label = QLabel("—")
            label.setObjectName(f"field_{key}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.fields[key] = label
            form.addRow(title, label)
        layout.addLayout(form)

        self.empty_hint = QLabel(self.tr("Kein Vorgang gewählt. Mit F5 die nächste Person "
                                         "aufrufen oder eine Zeile wählen."))
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.empty_hint)

        layout.addStretch(1)
        grid = QGridLayout()
        grid.setContentsMargins(6, 0, 6, 6)
        grid.setSpacing(4)
        self.buttons: dict[str, QToolButton] = {}
        for i, action in enumerate(actions):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setObjectName(f"button_{action.objectName()}")
            self.buttons[action.objectName()] = button
            grid.addWidget(button, i // 2, i % 2)
        outer.addLayout(grid)
        self.show_entry(None)

    def show_entry(self, entry: EntryView | None) -> None:
        self.entry = entry
        has = entry is not None
        for label in self.fields.values():
            label.parentWidget()  # keep the form rows; only their text changes
        self.empty_hint.setVisible(not has)
        self.state.setVisible(has)
        if entry is None:
            self.ticket.setText("—")
            self.names.setText("")
            for label in self.fields.values():
                label.setText("—")
            return
        self.ticket.setText(entry.ticket or entry.booking_reference or f"#{entry.id}")
        style = STATE_STYLES[entry.state]
        self.state.setText(f"{STATE_SYMBOLS[entry.state]} {state_label(entry.state)}")
        font = QFont(self.font())
        font.setBold(True)
        font.setItalic(style.italic)
        self.state.setFont(font)
        self.state.setStyleSheet(
            f"background-color: {style.background}; color: #111111; border: 1px solid #666;")
        lines = []
        for m in entry.members:
            extra = [_birth(m.birth_date)]
            if m.nationality:
                extra.append(m.nationality)
            if m.file_number:
                extra.append(self.tr("Az. {number}").format(number=m.file_number))
            lines.append(f"{m.display_name}  ({', '.join(extra)})")
        self.names.setText("\n".join(lines) or "—")
        f = self.fields
        f["service"].setText(entry.service_name or "—")
        f["service_point"].setText(entry.service_point_name)
        if entry.kind == EntryKind.WALK_IN:
            f["time"].setText(self.tr("ohne Termin, angekommen {time}").format(
                time=_hhmm(entry.checked_in_at)))
        else:
            f["time"].setText(_hhmm(entry.scheduled_at))
        f["waiting"].setText(_hhmm(entry.waiting_since))
        f["counter"].setText(entry.counter_name or "—")
        calls = str(entry.call_count)
        now = self._now() if self._now else None
        if entry.recall_locked_until is not None and (
                now is None or ensure_utc(entry.recall_locked_until) > now):
            calls += "  " + self.tr("(Aufrufsperre bis {time})").format(
                time=_hhmm(entry.recall_locked_until))
        f["calls"].setText(calls)
        f["reference"].setText(entry.booking_reference or "—")
        notes = [n for n in (entry.park_reason and self.tr("Geparkt: {r}").format(
            r=entry.park_reason), entry.late_reason and self.tr("Verspätet: {r}").format(
            r=entry.late_reason), entry.notes) if n]
        f["note"].setText("\n".join(notes) or "—")
        quality = entry.quality
        f["quality"].setText("\n".join(f"{QUALITY_SYMBOLS[q]} {quality_label(q)}"
                                       for q in QUALITY_ORDER if q in quality) or
                             self.tr("vollständig"))
