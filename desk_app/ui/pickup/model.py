"""The documents waiting at this service point, as a ``KeyedTableModel`` with declared
columns: live updates never reset the model, only a changed row is repainted, an older
read never overwrites a newer one, and the sort order holds (state, then waiting time)."""

from __future__ import annotations

import datetime as dt
from typing import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desk_app.domain.clock import business_day
from desk_app.domain.document_orders import DocState
from desk_app.printing.barcode import format_reference
from desk_app.services.document_desk import DocumentOrderView

from ..keyed_model import KEY_ROLE, SORT_ROLE, Column, KeyedTableModel
from ..quality_column import quality_column
from .sorting import (
    COL_ARRIVED, COL_BIRTH, COL_FILE, COL_FLAGS, COL_NAME, COL_ORDERED, COL_REFERENCE,
    COL_STATE, COL_TYPE, COLUMN_COUNT, sort_key, sort_value,
)
from .texts import STATE_BACKGROUNDS, birth_text, date_text, doc_type_label, state_text

translate = QCoreApplication.translate

__all__ = [
    "COL_ARRIVED", "COL_BIRTH", "COL_FILE", "COL_FLAGS", "COL_NAME", "COL_ORDERED", "COL_REFERENCE",
    "COL_STATE", "COL_TYPE", "COLUMN_COUNT", "ID_ROLE", "SORT_ROLE", "STATE_ROLE",
    "PickupModel", "column_titles",
]

ID_ROLE = KEY_ROLE
STATE_ROLE = Qt.ItemDataRole.UserRole + 3

_ROLE = Qt.ItemDataRole


def column_titles() -> list[str]:
    return [column.title() for column in _columns(None)]


def _columns(now: Callable[[], dt.datetime] | None) -> list[Column[DocumentOrderView]]:
    """The columns, in COL_* order. Every cell of a row has the state's colours."""
    brushes = {state: QBrush(QColor(colour)) for state, colour in STATE_BACKGROUNDS.items()}
    dark = QBrush(QColor("#111111"))
    bold = QFont()
    bold.setBold(True)

    common = {int(_ROLE.BackgroundRole): lambda order: brushes[order.state],
              int(_ROLE.ForegroundRole): lambda _order: dark,
              int(STATE_ROLE): lambda order: order.state.value}

    def column(number: int, title: Callable[[], str], display, roles=None) -> Column:
        common_roles = {**common, int(_ROLE.AccessibleTextRole): display}
        return Column(title=title, display=display,
                      sort_key=lambda order: sort_value(order, number),
                      roles={**common_roles, **(roles or {})})

    def waiting_days(order: DocumentOrderView) -> str | None:
        if order.arrived_at is None or now is None:
            return None
        days = (business_day(now()) - business_day(order.arrived_at)).days
        return translate("PickupModel", "Liegt seit {days} Tagen bereit").format(days=days)

    columns = {
        COL_REFERENCE: column(COL_REFERENCE, lambda: translate("PickupModel", "Abholnummer"),
                              lambda order: format_reference(order.reference)),
        COL_STATE: column(COL_STATE, lambda: translate("PickupModel", "Status"),
                          lambda order: state_text(order.state),
                          {int(_ROLE.FontRole): lambda order: bold
                           if order.state == DocState.ARRIVED else None}),
        COL_NAME: column(COL_NAME, lambda: translate("PickupModel", "Name"),
                         lambda order: order.display_name),
        # the holder's data-quality flags, as in the queue lists (issue 17)
        COL_FLAGS: quality_column(lambda: translate("PickupModel", "Daten"), common),
        COL_TYPE: column(COL_TYPE, lambda: translate("PickupModel", "Dokument"),
                         lambda order: doc_type_label(order.doc_type, short=True),
                         {int(_ROLE.ToolTipRole): lambda order: doc_type_label(order.doc_type)}),
        COL_BIRTH: column(COL_BIRTH, lambda: translate("PickupModel", "Geburtsdatum"),
                          lambda order: birth_text(order.birth_date)),
        COL_FILE: column(COL_FILE, lambda: translate("PickupModel", "Aktenzeichen"),
                         lambda order: order.file_number or ""),
        COL_ARRIVED: column(COL_ARRIVED, lambda: translate("PickupModel", "Eingetroffen"),
                            lambda order: date_text(order.arrived_at),
                            {int(_ROLE.ToolTipRole): waiting_days}),
        COL_ORDERED: column(COL_ORDERED, lambda: translate("PickupModel", "Bestellt"),
                            lambda order: date_text(order.ordered_at)),
    }
    return [columns[number] for number in range(COLUMN_COUNT)]


class PickupModel(KeyedTableModel[DocumentOrderView]):
    """Document orders as rows, keyed by id; sorted by state (arrived first) at first."""

    countsChanged = Signal()

    def __init__(self, now: Callable[[], dt.datetime] | None = None, parent=None) -> None:
        super().__init__(_columns(now), key=lambda order: order.id, parent=parent)
        self.sort(COL_STATE)

    # -- KeyedTableModel hooks -----------------------------------------------------------
    def accepts(self, old: DocumentOrderView, new: DocumentOrderView) -> bool:
        """An older read that arrives late never overwrites a newer one."""
        return old != new and new.version >= old.version

    def tie_break(self, row: DocumentOrderView):
        """The column's full key (e.g. given name after family name, then the id)."""
        return sort_key(row, self.sort_column())

    # -- writing (the counts follow every change) ----------------------------------------
    def set_rows(self, rows: Iterable[DocumentOrderView]) -> None:
        super().set_rows(rows)
        self.countsChanged.emit()

    def update_rows(self, rows: Iterable[DocumentOrderView]) -> None:
        newest: dict[int, DocumentOrderView] = {}
        for order in rows:                      # one row per order, the newest read
            known = newest.get(order.id)
            if known is None or order.version >= known.version:
                newest[order.id] = order
        super().update_rows(newest.values())
        self.countsChanged.emit()

    def remove_rows(self, keys: Iterable[int]) -> None:
        super().remove_rows(keys)
        self.countsChanged.emit()

    # -- reading -------------------------------------------------------------------------
    def order_at(self, row: int) -> DocumentOrderView:
        return self.row_at(row)

    def order(self, order_id: int) -> DocumentOrderView | None:
        return self.row(order_id)

    def orders(self) -> list[DocumentOrderView]:
        return self.rows()

    def ids(self) -> list[int]:
        return [order.id for order in self.rows()]

    def counts(self) -> dict[DocState, int]:
        out: dict[DocState, int] = {}
        for order in self.rows():
            out[order.state] = out.get(order.state, 0) + 1
        return out
