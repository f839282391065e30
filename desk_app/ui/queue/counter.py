"""The clerk's screen (Schalter): service point and counter, the queue, and the current
entry. What its actions do is the QueueController's (controller.py)."""

from __future__ import annotations

import datetime as dt
from typing import Callable, Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget,
)

from desk_app.domain.clock import utcnow
from desk_app.services.views import ServicePointView

from ..entry_panel import EntryPanel
from ..labels import format_duration
from ..queue_model import COL_SERVICE_POINT
from ..queue_pane import QueuePane


def queue_and_panel(layout, actions: Sequence[QAction], now: Callable[[], dt.datetime], *,
                    hidden_columns: Sequence[int]) -> tuple[QueuePane, EntryPanel]:
    """The queue (3/4) beside the current entry's panel (1/4), the panel following the
    queue's current entry: the body of both queue screens."""
    split = QSplitter(Qt.Orientation.Horizontal)
    pane = QueuePane(now=now, hidden_columns=hidden_columns)
    panel = EntryPanel(actions, now=now)
    split.addWidget(pane)
    split.addWidget(panel)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 1)
    split.setChildrenCollapsible(False)
    layout.addWidget(split, 1)
    pane.currentEntryChanged.connect(panel.show_entry)
    return pane, panel


class CounterScreen(QWidget):
    """A Screen (desk_app.ui.screen); ``queue``: the QueueController behind it."""

    name = "counter"
    #: The service point or counter choice changed (service point id, counter id).
    stationChanged = Signal(object, object)
    #: Screen protocol: a message for the window's message bar (text, is_error).
    message = Signal(str, bool)

    def __init__(self, queue, actions: Sequence[QAction], parent: QWidget | None = None,
                 now: Callable[[], dt.datetime] = utcnow) -> None:
        super().__init__(parent)
        self.queue = queue
        self.setObjectName("counterView")
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        sp_label = QLabel(self.tr("&Dienststelle:"))
        self.service_point = QComboBox()
        self.service_point.setObjectName("servicePointPicker")
        self.service_point.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        sp_label.setBuddy(self.service_point)
        counter_label = QLabel(self.tr("S&chalter:"))
        self.counter = QComboBox()
        self.counter.setObjectName("counterPicker")
        self.counter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        counter_label.setBuddy(self.counter)
        self.filter = QLineEdit()
        self.filter.setObjectName("quickFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filtern: Name, Nummer, Aktenzeichen …"))
        bar.addWidget(sp_label)
        bar.addWidget(self.service_point)
        bar.addWidget(counter_label)
        bar.addWidget(self.counter)
        # the service point's rules the admin sets (follow the change feed, issue 13)
        self.rules = QLabel()
        self.rules.setObjectName("servicePointRules")
        self.rules.setTextFormat(Qt.TextFormat.PlainText)
        bar.addWidget(self.rules)
        bar.addSpacing(12)
        bar.addWidget(self.filter, 1)
        layout.addLayout(bar)

        self.pane, self.panel = queue_and_panel(layout, actions, now,
                                                hidden_columns=[COL_SERVICE_POINT])
        self.filter.textChanged.connect(self.pane.proxy.set_text)
        self.service_point.currentIndexChanged.connect(self._sp_changed)
        self.counter.currentIndexChanged.connect(self._counter_changed)
        self._service_points: list[ServicePointView] = []

    # -- the Screen protocol -------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Ausländerbehörde – Schalter")

    def screen_actions(self) -> list[QAction]:
        return self.queue.actions()

    def activate(self) -> None:
        self.pane.table.setFocus()

    async def load(self) -> None:
        await self.queue.load()

    async def on_changes(self, records: Iterable) -> None:
        """Nothing: the shared controller is a part of the window (ui/part.py) and gets
        every batch from the shell itself."""

    def set_writable(self, writable: bool) -> None:
        self.queue.update_actions()

    async def shutdown(self) -> None:
        """Nothing: the shell shuts the shared controller (a part) down."""

    def current_entry(self):
        return self.pane.current_entry()

    def focus_search(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # -- the station ---------------------------------------------------------------------
    def set_service_points(self, service_points: list[ServicePointView],
                           service_point_id: int | None, counter_id: int | None) -> None:
        self._service_points = [sp for sp in service_points if not sp.is_reception]
        self.service_point.blockSignals(True)
        self.service_point.clear()
        for sp in self._service_points:
            self.service_point.addItem(f"{sp.name} ({sp.code})", sp.id)
        index = self.service_point.findData(service_point_id)
        self.service_point.setCurrentIndex(max(0, index))
        self.service_point.blockSignals(False)
        self._fill_counters(counter_id)

    def service_point_id(self) -> int | None:
        return self.service_point.currentData()

    def counter_id(self) -> int | None:
        return self.counter.currentData()

    def select_service_point(self, code: str) -> None:
        for i, sp in enumerate(self._service_points):
            if sp.code == code:
                self.service_point.setCurrentIndex(i)
                return
        raise KeyError(code)

    def select_counter(self, name: str) -> None:
        index = self.counter.findText(name, Qt.MatchFlag.MatchStartsWith)
        if index < 0:
            raise KeyError(name)
        self.counter.setCurrentIndex(index)

    def _fill_counters(self, counter_id: int | None) -> None:
        sp_id = self.service_point_id()
        sp = next((s for s in self._service_points if s.id == sp_id), None)
        self.counter.blockSignals(True)
        self.counter.clear()
        self.counter.addItem(self.tr("— kein Schalter —"), None)
        for c in (sp.counters if sp else ()):
            self.counter.addItem(f"{c.name} ({c.room})" if c.room else c.name, c.id)
        index = self.counter.findData(counter_id)
        self.counter.setCurrentIndex(index if index >= 0 else (1 if self.counter.count() > 1 else 0))
        self.counter.blockSignals(False)
        self.rules.setText(self.tr("Aufrufsperre {lock} · höchstens {calls} Aufrufe").format(
            lock=format_duration(sp.recall_lock_min), calls=sp.max_calls) if sp else "")

    def _sp_changed(self, _index: int) -> None:
        self._fill_counters(None)
        self.stationChanged.emit(self.service_point_id(), self.counter_id())

    def _counter_changed(self, _index: int) -> None:
        self.stationChanged.emit(self.service_point_id(), self.counter_id())
