"""Documents from the federal printer, read side: the plain view of an order and the
reads of the pickup desk (by id, by scanned reference, per person, per service point).

The writes are in services/document_orders.py, the printed documents' data in
services/document_papers.py; services/document_desk.py is the UI's facade over all three.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.domain.clock import ensure_utc
from desk_app.domain.document_orders import (
    STATE_LABELS_DE, TABLE, DocAction, DocState, DocType, ReferenceCheckDigitWrong,
    normalize_scan,
)
from desk_app.domain.partial_date import InvalidPartialDate, PartialDate
from desk_app.models import Applicant, DocumentOrder, ServicePoint
from desk_app.printing.barcode import validate_reference
from desk_app.printing.data import DocumentType

from .queue_read import PERSON_COLUMNS, person_view_from_row
from .views import HolderFlags, MemberView

ENTITY = "document_order"

_PRINTING_TYPES = {DocType.EAT: DocumentType.EAT, DocType.TRAVEL_DOC: DocumentType.TRAVEL_DOCUMENT}
_FROM_PRINTING = {v: k for k, v in _PRINTING_TYPES.items()}


# -- views -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DocumentOrderView(HolderFlags):
    id: int
    reference: str
    doc_type: DocType
    state: DocState
    applicant_id: int
    family_name: str
    given_name: str
    birth_date: str | None              # PartialDate storage form
    file_number: str | None
    preferred_language: str | None
    entry_id: int | None
    collect_service_point_id: int
    collect_service_point_name: str
    card_number: str | None
    ordered_at: dt.datetime
    arrived_at: dt.datetime | None
    handed_out_at: dt.datetime | None
    closed_at: dt.datetime | None
    version: int
    replayed: bool = False              # the action was already applied under this key
    collected_by: str | None = None     # who collected for the applicant (parent, proxy)
    #: the holder with the data-quality flags (issue 17), read with the order
    person: MemberView | None = None

    @property
    def state_label(self) -> str:
        return STATE_LABELS_DE[self.state]

    @property
    def display_name(self) -> str:
        return f"{self.family_name}, {self.given_name}" if self.given_name else self.family_name

    @property
    def allowed_actions(self) -> frozenset[DocAction]:
        return frozenset(r.action for r in TABLE if r.source == self.state)


def printing_type(doc_type: DocType) -> DocumentType:
    return _PRINTING_TYPES[DocType(doc_type)]


def doc_type_of(value: DocType | DocumentType | str) -> DocType:
    if isinstance(value, DocumentType):
        return _FROM_PRINTING[value]
    try:
        return DocType(str(value).strip().upper())
    except ValueError:
        raise errors.ValidationFailed(
            message="Unbekannte Dokumentart (erwartet: eAT oder Reiseausweis).", error_code="document_type_unknown") from None


def birth_of(value: str | None) -> PartialDate | None:
    try:
        return PartialDate.from_storage(value)
    except InvalidPartialDate:
        return None


def _view_query():
    return (select(DocumentOrder, ServicePoint.name, *PERSON_COLUMNS)
            .join(Applicant, Applicant.id == DocumentOrder.applicant_id)
            .join(ServicePoint, ServicePoint.id == DocumentOrder.collect_service_point_id))


def _view(order: DocumentOrder, sp_name: str, person: MemberView,
          replayed: bool = False) -> DocumentOrderView:
    return DocumentOrderView(
        id=order.id, reference=order.reference, doc_type=DocType(order.doc_type),
        state=DocState(order.state), applicant_id=order.applicant_id,
        family_name=person.family_name, given_name=person.given_name,
        birth_date=person.birth_date, file_number=person.file_number,
        preferred_language=person.preferred_language, entry_id=order.entry_id,
        collect_service_point_id=order.collect_service_point_id,
        collect_service_point_name=sp_name, card_number=order.card_number,
        ordered_at=ensure_utc(order.ordered_at),
        arrived_at=ensure_utc(order.arrived_at) if order.arrived_at else None,
        handed_out_at=ensure_utc(order.handed_out_at) if order.handed_out_at else None,
        closed_at=ensure_utc(order.closed_at) if order.closed_at else None,
        version=order.version, replayed=replayed, collected_by=order.collected_by,
        person=person,
    )


async def _views(session: AsyncSession, where, order_by=None) -> list[DocumentOrderView]:
    q = _view_query().where(*where).order_by(*(order_by or (DocumentOrder.id,)))
    rows = (await session.execute(q.execution_options(populate_existing=True))).all()
    return [_view(o, name, person_view_from_row(person)) for o, name, *person in rows]


# -- reading -----------------------------------------------------------------------------
async def get_order(session: AsyncSession, order_id: int) -> DocumentOrderView:
    found = await _views(session, [DocumentOrder.id == order_id])
    if not found:
        raise errors.NotFound(what=f"Dokumentenauftrag {order_id}")
    return found[0]


async def orders_by_id(session: AsyncSession, ids: Iterable[int]
                      ) -> tuple[list[DocumentOrderView], list[int]]:
    """The orders with these ids in one query: (views in id order, ids not found)."""
    wanted = sorted(set(ids))
    if not wanted:
        return [], []
    found = await _views(session, [DocumentOrder.id.in_(wanted)])
    seen = {v.id for v in found}
    return found, [i for i in wanted if i not in seen]


def parse_scan(text: str | None) -> str:
    """The reference in scanner input: white space anywhere (the scanner's Enter, the
    grouping spaces of the printed form) is dropped; 12 digits with a valid check digit,
    or a specific German message."""
    reference = normalize_scan(text)
    if not validate_reference(reference):
        raise ReferenceCheckDigitWrong(reference=reference)
    return reference


async def find_by_scan(session: AsyncSession, text: str | None) -> DocumentOrderView:
    """The order whose pickup slip was scanned (or its reference typed)."""
    reference = parse_scan(text)
    found = await _views(session, [DocumentOrder.reference == reference])
    if not found:
        raise errors.NotFound(what=f"Dokument mit der Abholnummer {reference}")
    return found[0]


async def orders_for_applicant(session: AsyncSession, applicant_id: int) -> list[DocumentOrderView]:
    """Every order of one person, newest first."""
    return await _views(session, [DocumentOrder.applicant_id == applicant_id],
                        order_by=(DocumentOrder.ordered_at.desc(), DocumentOrder.id.desc()))


async def pending_at_service_point(
    session: AsyncSession, service_point_id: int,
    states: Iterable[DocState] = (DocState.ARRIVED, DocState.ORDERED),
) -> list[DocumentOrderView]:
    """Open orders to be collected at a service point: by state as given, oldest first."""
    wanted = [DocState(s).value for s in states]
    found = await _views(session, [DocumentOrder.collect_service_point_id == service_point_id,
                                   DocumentOrder.state.in_(wanted)],
                         order_by=(DocumentOrder.ordered_at, DocumentOrder.id))
    rank = {s: i for i, s in enumerate(wanted)}
    return sorted(found, key=lambda v: rank[v.state.value])


