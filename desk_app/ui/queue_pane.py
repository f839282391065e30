"""The queue table with its section tabs: QueueModel → QueueFilter → QTableView.

Keeps the current entry by id: live updates, filtering and sorting never lose it, and
the selection and scroll position survive because the model is never reset by them.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable, Iterable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QTabBar, QTableView, QVBoxLayout, QWidget,
)

from desk_app.domain.clock import utcnow
from desk_app.services.views import EntryView

from .labels import SECTION_BY_KEY, SECTIONS, section_label
from .queue_filter import QueueFilter
from .queue_model import (
    COL_CALLS, COL_COUNTER, COL_NAMES, COL_QUALITY, COL_SERVICE, COL_SERVICE_POINT, COL_STATE,
    COL_TICKET, COL_TIME, COL_WAITING, QueueModel,
)


class QueuePane(QWidget):
    #: The current entry changed or was updated (an EntryView, or None).
    currentEntryChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None,
                 now: Callable[[], dt.datetime] = utcnow, hidden_columns: Iterable[int] = (),
                 model_class: type[QueueModel] = QueueModel) -> None:
        super().__init__(parent)
        self.model = model_class(now, self)
        self.proxy = QueueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.current_id: int | None = None
        # While rows leave the proxy (filtered away, removed, re-sorted) Qt moves the
        # selection's current index to a neighbour; that is not the user choosing it.
        # Connected before the view's selection model exists, so these run first.
        self._moving = 0
        for begin, end in ((self.proxy.rowsAboutToBeRemoved, self.proxy.rowsRemoved),
                           (self.proxy.layoutAboutToBeChanged, self.proxy.layoutChanged),
                           (self.proxy.modelAboutToBeReset, self.proxy.modelReset)):
            begin.connect(self._begin_move)
            end.connect(self._end_move)
        self._last_shown: EntryView | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabBar()
        self.tabs.setObjectName("sections")
        self.tabs.setExpanding(False)
        self.tabs.setDocumentMode(True)
        for section in SECTIONS:
            self.tabs.addTab(section_label(section.key))
            self.tabs.setTabData(self.tabs.count() - 1, section.key)
        self.tabs.currentChanged.connect(self._section_changed)
        self.proxy.set_states(SECTION_BY_KEY[SECTIONS[0].key].states)
        layout.addWidget(self.tabs)

        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSortIndicator(COL_TIME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column in hidden_columns:
            self.table.setColumnHidden(column, True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.viewport().installEventFilter(self)
        self.apply_font_metrics()
        layout.addWidget(self.table, 1)

        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.countsChanged.connect(self._update_counts)
        self.model.dataChanged.connect(self._model_changed)
        self.model.rowsInserted.connect(self._model_changed)
        self.model.modelReset.connect(self._model_changed)
        self.model.rowsRemoved.connect(self._model_changed)

    # -- layout that follows the font size (150 % stays readable) ------------------------
    def apply_font_metrics(self) -> None:
        fm = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        pad = fm.horizontalAdvance("MM")
        widths = {
            COL_TIME: fm.horizontalAdvance("ohne T. 00:00") + pad,
            COL_TICKET: fm.horizontalAdvance("EIN-000") + pad,
            COL_SERVICE_POINT: fm.horizontalAdvance("DLZ Bürgerdienste Intern") + pad,
            COL_NAMES: fm.horizontalAdvance("Ferreira da Silva, José Luis + 2") + pad,
            COL_STATE: fm.horizontalAdvance("▶ In Bearbeitung") + 2 * pad,
            COL_WAITING: fm.horizontalAdvance("00:00 (0 Std. 00 Min.)") + pad,
            COL_COUNTER: fm.horizontalAdvance("Schalter EIN6") + pad,
            COL_CALLS: fm.horizontalAdvance("3 · gesperrt") + pad,
            COL_QUALITY: fm.horizontalAdvance("☎ @ ◐ #") + pad,
        }
        widths[COL_SERVICE] = fm.horizontalAdvance("Erteilung/Verlängerung") + pad
        self._ideal_widths = widths
        for column in widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(fm.horizontalAdvance("MMM"))
        self.table.verticalHeader().setDefaultSectionSize(int(fm.height() * 1.6))
        self.fit_columns()

    def fit_columns(self) -> None:
        """Every visible column on screen, none behind a horizontal scroll bar: the
        columns take their ideal widths where there is room (the service text gets the
        rest) and shrink in proportion where there is not; their text elides."""
        widths = getattr(self, "_ideal_widths", None)
        if not widths:
            return
        header = self.table.horizontalHeader()
        shown = [c for c in widths if not self.table.isColumnHidden(c)]
        room = self.table.viewport().width()
        if room <= 0 or not shown:
            return
        total = sum(widths[c] for c in shown)
        least = header.minimumSectionSize()
        if total <= room:
            for c in shown:
                header.resizeSection(c, widths[c])
            header.resizeSection(COL_SERVICE, widths[COL_SERVICE] + room - total)
            return
        scale = room / total
        fitted = {c: max(least, int(widths[c] * scale)) for c in shown}
        over = sum(fitted.values()) - room
        for c in sorted(shown, key=lambda c: -fitted[c]):  # what rounding left over
            if over <= 0:
                break
            give = min(over, fitted[c] - least)
            fitted[c] -= give
            over -= give
        for c, width in fitted.items():
            header.resizeSection(c, width)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    # -- sections ------------------------------------------------------------------------
    def set_section(self, key: str) -> None:
        for i in range(self.tabs.count()):
            if self.tabs.tabData(i) == key:
                self.tabs.setCurrentIndex(i)
                self._section_changed(i)
                return
        raise KeyError(key)

    def section(self) -> str:
        return self.tabs.tabData(self.tabs.currentIndex())

    def _section_changed(self, index: int) -> None:
        key = self.tabs.tabData(index)
        if key is None:
            return
        self.proxy.set_states(SECTION_BY_KEY[key].states)
        self._reselect()

    def _update_counts(self) -> None:
        counts = self.model.counts()
        total = sum(counts.values())
        for i in range(self.tabs.count()):
            key = self.tabs.tabData(i)
            states = SECTION_BY_KEY[key].states
            n = total if states is None else sum(counts.get(s, 0) for s in states)
            self.tabs.setTabText(i, f"{section_label(key)} ({n})")

    # -- current entry -------------------------------------------------------------------
    def current_entry(self) -> EntryView | None:
        return None if self.current_id is None else self.model.row(self.current_id)

    def select(self, entry_id: int | None) -> None:
        """Makes an entry current, and selects its row when it is visible (scrolling to
        it: this is a choice, not a live update)."""
        self.current_id = entry_id
        self._reselect(scroll=True)
        self._emit_current(force=True)

    def _reselect(self, *, scroll: bool = False) -> None:
        """The highlighted row is the current entry's, or none: never a neighbour that
        Qt moved the selection to (the panel would show one entry, the table another).
        Live updates never scroll the view."""
        sm = self.table.selectionModel()
        row = self.proxy.row_of(self.current_id) if self.current_id is not None else None
        if row is None:
            if sm.hasSelection() or sm.currentIndex().isValid():
                self._moving += 1
                try:
                    sm.clear()
                finally:
                    self._moving -= 1
            return
        index = self.proxy.index(row, 0)
        if sm.currentIndex().row() != row or not sm.isRowSelected(row, QModelIndex()):
            bar = self.table.verticalScrollBar()
            kept = bar.value()
            self._moving += 1
            try:
                sm.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                   | QItemSelectionModel.SelectionFlag.Rows)
            finally:
                self._moving -= 1
            if not scroll:
                bar.setValue(kept)   # Qt's auto-scroll to the current row is not wanted here
        if scroll:
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _begin_move(self, *args) -> None:
        self._moving += 1

    def _end_move(self, *args) -> None:
        self._moving = max(0, self._moving - 1)
        if not self._moving:
            self._reselect()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._moving or not current.isValid():
            return  # filtered away: the current entry stays current
        entry_id = self.proxy.entry_id_at(current.row())
        if entry_id != self.current_id:
            self.current_id = entry_id
            self._emit_current(force=True)

    def _model_changed(self, *args) -> None:
        self._emit_current(force=False)

    def _emit_current(self, *, force: bool) -> None:
        entry = self.current_entry()
        if force or entry is not self._last_shown:
            self._last_shown = entry
            self.currentEntryChanged.emit(entry)
