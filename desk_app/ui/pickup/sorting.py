"""Sort keys of the pickup list: a full key per column (ties broken by the order id, so
the order is stable) and one comparable scalar per cell for ``SORT_ROLE``."""

from __future__ import annotations

import datetime as dt

from desk_app.domain.clock import ensure_utc
from desk_app.domain.document_orders import DocState
from desk_app.domain.search_text import fold
from desk_app.services.document_desk import DocumentOrderView

from .texts import parse_birth

(COL_REFERENCE, COL_STATE, COL_NAME, COL_FLAGS, COL_TYPE, COL_BIRTH, COL_FILE, COL_ARRIVED,
 COL_ORDERED) = range(9)
COLUMN_COUNT = 9

#: Arrived (ready to hand out) first, then ordered, then the closed ones.
STATE_RANK = {DocState.ARRIVED: 0, DocState.ORDERED: 1, DocState.HANDED_OUT: 2,
              DocState.CANCELLED: 3, DocState.INVALIDATED: 4}

_NEVER = 32503680000.0    # 3000-01-01: no date sorts last


def _ts(value: dt.datetime | None) -> float:
    return ensure_utc(value).timestamp() if value is not None else _NEVER


def sort_key(order: DocumentOrderView, column: int) -> tuple:
    if column == COL_REFERENCE:
        return (order.reference,)
    if column == COL_TYPE:
        return (order.doc_type.value, order.id)
    if column == COL_NAME:
        return (fold(order.family_name), fold(order.given_name), order.id)
    if column == COL_BIRTH:
        birth = parse_birth(order.birth_date)
        return ((birth.year, birth.month or 0, birth.day or 0) if birth else (9999, 0, 0),
                order.id)
    if column == COL_FILE:
        return (order.file_number or "\uffff", order.id)
    if column == COL_STATE:
        waiting_since = order.arrived_at if order.state == DocState.ARRIVED else order.ordered_at
        return (STATE_RANK[order.state], _ts(waiting_since), order.id)
    if column == COL_ORDERED:
        return (_ts(order.ordered_at), order.id)
    if column == COL_ARRIVED:
        return (_ts(order.arrived_at), order.id)
    if column == COL_FLAGS:        # the most flags first (ui/quality_column)
        return (-len(order.quality), order.id)
    return (order.id,)


def sort_value(order: DocumentOrderView, column: int):
    """One comparable scalar per cell (``SORT_ROLE``)."""
    key = sort_key(order, column)
    if column == COL_STATE:
        return key[0] * 1e11 + key[1]
    first = key[0]
    if isinstance(first, tuple):
        return first[0] * 10000 + first[1] * 100 + first[2]
    return first
