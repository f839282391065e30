"""The reception desk (Infotheke): check-in for every service point from one screen,
a search that finds a booking as you type, and walk-in registration. What its actions
do is the QueueController's (controller.py)."""

from __future__ import annotations

import datetime as dt
from typing import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget,
)

from desk_app.domain.clock import utcnow

from ..labels import format_duration
from ..queue_model import COL_CALLS, COL_COUNTER, COL_WAITING
from .counter import queue_and_panel

SEARCH_DEBOUNCE_MS = 150


class ReceptionScreen(QWidget):
    """A Screen (desk_app.ui.screen); ``queue``: the QueueController behind it."""

    name = "reception"
    #: The search text settled (after the debounce): run the search.
    searchRequested = Signal(str)
    #: Screen protocol: a message for the window's message bar (text, is_error).
    message = Signal(str, bool)

    def __init__(self, queue, actions: Sequence[QAction], extra_actions: Sequence[QAction],
                 parent: QWidget | None = None, now: Callable[[], dt.datetime] = utcnow) -> None:
        super().__init__(parent)
        self.queue = queue
        self.setObjectName("receptionView")
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Suchen:"))
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Name, Aktenzeichen, Buchungsnummer oder Wartenummer …"))
        label.setBuddy(self.search)
        bar.addWidget(label)
        bar.addWidget(self.search, 1)
        for action in extra_actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setObjectName(f"button_{action.objectName()}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        layout.addLayout(bar)
        self.result_label = QLabel()
        self.result_label.setObjectName("searchResult")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.hide()
        layout.addWidget(self.result_label)
        # issue 12: the estimated wait per service point (docs/waiting-time.md)
        self.estimates_label = QLabel()
        self.estimates_label.setObjectName("waitEstimates")
        self.estimates_label.setTextFormat(Qt.TextFormat.PlainText)
        self.estimates_label.setWordWrap(True)
        self.estimates_label.hide()
        layout.addWidget(self.estimates_label)

        self.pane, self.panel = queue_and_panel(
            layout, actions, now, hidden_columns=[COL_COUNTER, COL_CALLS, COL_WAITING])
        self.pane.set_section("booked")

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.searchRequested.emit(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self._section_before_search: str | None = None
        # the window's keys work from the search field (QLineEdit would take Ctrl+E as
        # "end of line"); Down and Enter move into the results
        self._window_keys = [a.shortcut() for a in actions if not a.shortcut().isEmpty()]
        self.search.installEventFilter(self)

    # -- the Screen protocol -------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Ausländerbehörde – Infotheke")

    def screen_actions(self) -> list[QAction]:
        return self.queue.actions()

    def activate(self) -> None:
        # the keyboard starts where the work is: the search
        self.search.setFocus()

    async def load(self) -> None:
        await self.queue.load()

    async def on_changes(self, records: Iterable) -> None:
        """Nothing: the shell passes the changes to the shared controller (a part)."""

    def set_writable(self, writable: bool) -> None:
        """Nothing: the counter screen updates the shared controller's actions."""

    async def shutdown(self) -> None:
        """Nothing: the shell shuts the shared controller (a part) down."""

    def current_entry(self):
        return self.pane.current_entry()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- keys from the search field ------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.search and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride:
                pressed = QKeySequence(event.keyCombination())
                if any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch
                       for k in self._window_keys):
                    return True   # not overridden: the window's action runs
            elif event.type() == QEvent.Type.KeyPress and event.modifiers() in (
                    Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
                if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.enter_results(step=event.key() == Qt.Key.Key_Down)
                    return True
        return super().eventFilter(watched, event)

    def enter_results(self, *, step: bool = False) -> None:
        """Into the results: the selected hit (or the first) becomes current; Down from
        the field with a hit already selected goes on to the next one."""
        pane = self.pane
        rows = pane.proxy.rowCount()
        if not rows:
            return
        row = pane.proxy.row_of(pane.current_id) if pane.current_id is not None else None
        if row is None:
            row = 0
        elif step and self.search.text().strip() and rows > 1 and row + 1 < rows:
            row = row if self._fresh_hit else row + 1
        self._fresh_hit = False
        pane.select(pane.proxy.entry_id_at(row))
        pane.table.setFocus(Qt.FocusReason.OtherFocusReason)

    _fresh_hit = False

    def show_results(self, query: str, ids: list[int] | None) -> None:
        """Shows only the found entries (all sections), or everything again."""
        if ids is None:
            self.pane.proxy.set_ids(None)
            self.result_label.hide()
            if self._section_before_search is not None:
                self.pane.set_section(self._section_before_search)
                self._section_before_search = None
            return
        if self._section_before_search is None:
            self._section_before_search = self.pane.section()
            self.pane.set_section("all")
        self.pane.proxy.set_ids(ids)
        if ids:
            self.result_label.setText(self.tr("{n} Treffer für „{query}“").format(
                n=len(ids), query=query))
            if self.pane.current_id not in ids:
                # the first one reception can act on (a booking to check in), else the first
                model = self.pane.model
                actionable = [i for i in ids if model.row(i) is not None
                              and model.row(i).state.value == "BOOKED"]
                self.pane.select((actionable or ids)[0])
                self._fresh_hit = True
        else:
            self.result_label.setText(self.tr("Nichts gefunden für „{query}“.").format(
                query=query))
            self.pane.select(None)   # the panel shows no entry the table does not
        self.result_label.show()

    def show_estimates(self, estimates, names: dict[str, str] | None = None) -> None:
        """The estimated wait for someone checking in now, per service point with a
        queue (services.waiting_time.WaitEstimate); nothing known: hidden."""
        parts = []
        for e in estimates:
            if e.shown_minutes is None or not e.waiting:
                continue
            name = (names or {}).get(e.service_point, e.service_point)
            parts.append(self.tr("{sp}: ca. {wait}").format(
                sp=name, wait=format_duration(e.shown_minutes)))
        self.estimates_label.setText(self.tr("Wartezeit jetzt: {list}").format(
            list=" · ".join(parts)) if parts else "")
        self.estimates_label.setVisible(bool(parts))
