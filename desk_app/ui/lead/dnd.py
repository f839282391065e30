"""Drag and drop on the board: entries (one or a selection) onto a counter or a clerk.

The queue model encodes the dragged entries as ids with their versions (so a move of an
entry that changed meanwhile is reported, not applied blindly); the counter model
accepts them and emits what was dropped where. The board turns a drop into one bulk
move (LeadOps.bulk_move). Tested through mimeData and dropMimeData, without widgets.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QModelIndex, Qt, Signal

from desk_app.services.lead_facade import MoveTarget

from ..queue_model import QueueModel
from .models import C_WHO, CounterModel

ENTRY_MIME = "application/x-desk-entries"


def encode_entries(refs: list[tuple[int, int]]) -> QMimeData:
    data = QMimeData()
    data.setData(ENTRY_MIME, json.dumps([[i, v] for i, v in refs]).encode("ascii"))
    return data


def decode_entries(data: QMimeData | None) -> list[tuple[int, int | None]]:
    if data is None or not data.hasFormat(ENTRY_MIME):
        return []
    try:
        raw = json.loads(bytes(data.data(ENTRY_MIME)).decode("ascii"))
        return [(int(i), None if v is None else int(v)) for i, v in raw]
    except (ValueError, TypeError):
        return []


class DraggableQueueModel(QueueModel):
    """The board's queue: rows can be dragged; the MIME data carries ids and versions."""

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ENTRY_MIME]

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_entries([(self.row_at(r).id, self.row_at(r).version) for r in rows])


class DropCounterModel(CounterModel):
    """The board's counters: drop entries on a row to move them to that counter, or on
    the "Mitarbeiter/in" column to move them to the clerk working there."""

    #: (list of (entry id, version), MoveTarget)
    entriesDropped = Signal(list, object)

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ENTRY_MIME]

    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def target_at(self, row: int, column: int) -> MoveTarget | None:
        if not 0 <= row < self.rowCount():
            return None
        r = self.row_at(row)
        if column == C_WHO:
            return MoveTarget(clerk_id=r.who_id) if r.who_id is not None else None
        return MoveTarget(counter_id=r.counter_id)

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if not decode_entries(data):
            return False
        target_row = parent.row() if parent.isValid() else row
        target_col = parent.column() if parent.isValid() else column
        return self.target_at(target_row, target_col) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        refs = decode_entries(data)
        target_row = parent.row() if parent.isValid() else row
        target_col = parent.column() if parent.isValid() else column
        target = self.target_at(target_row, target_col)
        if not refs or target is None:
            return False
        self.entriesDropped.emit(refs, target)
        # the move itself is the service's; the rows change when the feed reports it
        return True
