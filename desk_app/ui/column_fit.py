"""Columns that fit their table (issue 10, Must 5): every visible column on screen, none
behind a horizontal scroll bar, each header readable where there is room.

Each column has an ideal width: its widest sample text or its header, whichever is wider
(in the table's and the header's font, so 150 % text stays whole). Where the viewport has
room, the columns take their ideal widths and the elastic ones (names, services) share
the rest. Where it has not, the elastic ones give first, down to a few characters; only
then does every column shrink in proportion. Cell text elides.
"""

from __future__ import annotations

from typing import Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnFit(QObject):
    def __init__(self, table: QTableView, samples: dict[int, str],
                 elastic: Sequence[int]) -> None:
        """``samples``: column -> a widest typical cell text; ``elastic``: the columns that
        take the spare room and give first."""
        super().__init__(table)
        self.table = table
        self.samples = dict(samples)
        self.elastic = [c for c in elastic if c in self.samples]
        self.ideal: dict[int, int] = {}
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in self.samples:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)
        self.apply_font_metrics()

    def header_width(self, column: int) -> int:
        """The room the header's text needs (with the sort indicator where it sorts)."""
        header = self.table.horizontalHeader()
        fm = header.fontMetrics()
        title = self.table.model().headerData(column, Qt.Orientation.Horizontal) or ""
        indicator = fm.height() if self.table.isSortingEnabled() else 0
        return fm.horizontalAdvance(str(title)) + fm.horizontalAdvance("MM") + indicator

    def apply_font_metrics(self) -> None:
        fm = self.table.fontMetrics()
        pad = fm.horizontalAdvance("MM")
        self.ideal = {c: max(fm.horizontalAdvance(text) + pad, self.header_width(c))
                      for c, text in self.samples.items()}
        self.table.horizontalHeader().setMinimumSectionSize(fm.horizontalAdvance("MMM"))
        self.fit()

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        shown = [c for c in self.ideal if not self.table.isColumnHidden(c)]
        room = self.table.viewport().width()
        if room <= 0 or not shown:
            return
        widths = {c: self.ideal[c] for c in shown}
        elastic = [c for c in self.elastic if c in widths] or shown[-1:]
        spare = room - sum(widths.values())
        if spare >= 0:
            for i, c in enumerate(elastic):
                widths[c] += spare // len(elastic) + (1 if i < spare % len(elastic) else 0)
        else:
            floor = self.table.fontMetrics().horizontalAdvance("MMMMMM")
            spare = _give(widths, elastic, -spare, lambda c: min(floor, widths[c]))
            if spare > 0:
                least = header.minimumSectionSize()
                _give(widths, shown, spare, lambda c: min(least, widths[c]))
        for c, width in widths.items():
            header.resizeSection(c, width)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize and shiboken6.isValid(self.table) \
                and watched is self.table.viewport():
            self.fit()
        return False


def _give(widths: dict[int, int], columns: list[int], over: int, floor) -> int:
    """Takes ``over`` pixels from ``columns`` in proportion to what each can give above
    its floor; returns what they could not give."""
    can = {c: widths[c] - floor(c) for c in columns}
    total = sum(can.values())
    if total <= 0:
        return over
    taken = 0
    for c in sorted(columns, key=lambda c: -can[c]):
        give = min(can[c], -(-over * can[c] // total), over - taken)
        widths[c] -= give
        taken += give
    return over - taken
