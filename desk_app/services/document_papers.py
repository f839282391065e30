"""Documents from the federal printer, printed side: the data of the pickup slip
(Abholschein) and of the handover confirmation (Empfangsbestätigung), from the database."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.domain.clock import business_day, ensure_utc
from desk_app.domain.document_orders import (
    STATE_LABELS_DE, Collector, DocAction, DocState, DocType, SlipNotAvailable,
)
from desk_app.models import Applicant, AuditEvent, DocumentOrder, ServicePoint, StaffMember
from desk_app.printing.data import HandoverConfirmationData, PickupSlipData

from .document_order_views import ENTITY, birth_of, printing_type


# -- printed documents -------------------------------------------------------------------
async def _order_with_place(session: AsyncSession, order_id: int):
    row = (await session.execute(
        select(DocumentOrder, Applicant, ServicePoint)
        .join(Applicant, Applicant.id == DocumentOrder.applicant_id)
        .join(ServicePoint, ServicePoint.id == DocumentOrder.collect_service_point_id)
        .where(DocumentOrder.id == order_id))).one_or_none()
    if row is None:
        raise errors.NotFound(what=f"Dokumentenauftrag {order_id}")
    return row


async def pickup_slip_data(session: AsyncSession, order_id: int, *, office_name: str = "",
                           language: str | None = None, copy: bool = False) -> PickupSlipData:
    """The pickup slip (Abholschein) of an open order, from the database. ``language``
    defaults to the applicant's preferred language."""
    order, applicant, sp = await _order_with_place(session, order_id)
    state = DocState(order.state)
    if state not in (DocState.ORDERED, DocState.ARRIVED):
        raise SlipNotAvailable(what="Ein Abholschein", reference=order.reference,
                               state=state, state_de=STATE_LABELS_DE[state])
    arrived = business_day(order.arrived_at) if order.arrived_at is not None else None
    return PickupSlipData(
        family_name=applicant.family_name, given_name=applicant.given_name or "",
        date_of_birth=birth_of(applicant.birth_date), file_number=applicant.file_number or "",
        document_type=printing_type(DocType(order.doc_type)), reference=order.reference,
        order_date=business_day(order.ordered_at), service_point=sp.name,
        address=sp.address or "", opening_hours=sp.opening_hours or sp.hours_note or "",
        office_name=office_name, ready_from=arrived,
        language=language if language is not None else applicant.preferred_language,
        copy=copy,
    )


async def handover_data(session: AsyncSession, order_id: int, *, collected_by: str | None = None,
                        office_name: str = "", language: str | None = None,
                        copy: bool = False) -> HandoverConfirmationData:
    """The handover confirmation (Empfangsbestätigung) of a HANDED_OUT order, from the
    database, with the stored collector's name. ``collected_by`` overrides it (orders
    handed out before the name was stored have none)."""
    order, applicant, sp = await _order_with_place(session, order_id)
    state = DocState(order.state)
    if state != DocState.HANDED_OUT:
        raise SlipNotAvailable(what="Eine Empfangsbestätigung", reference=order.reference,
                               state=state, state_de=STATE_LABELS_DE[state])
    event = (await session.execute(
        select(AuditEvent.staff_id, AuditEvent.detail)
        .where(AuditEvent.entity == ENTITY, AuditEvent.entity_id == order.id,
               AuditEvent.action == DocAction.HAND_OUT.value)
        .order_by(AuditEvent.id.desc()).limit(1))).one_or_none()
    staff_id, detail = event if event is not None else (None, None)
    name = (collected_by or "").strip() or order.collected_by
    if detail in (Collector.PARENT.value, Collector.POWER_OF_ATTORNEY.value) and name is None:
        raise errors.ValidationFailed(
            message="Das Dokument wurde von einer anderen Person abgeholt: bitte deren Namen "
                    "für die Empfangsbestätigung angeben.", error_code="collector_name_for_confirmation")
    if detail == Collector.APPLICANT.value and name is not None:
        raise errors.ValidationFailed(
            message="Das Dokument wurde von der antragstellenden Person selbst abgeholt.", error_code="collected_by_applicant")
    clerk = await session.scalar(select(StaffMember.display_name).where(
        StaffMember.id == staff_id)) if staff_id is not None else None
    return HandoverConfirmationData(
        family_name=applicant.family_name, given_name=applicant.given_name or "",
        date_of_birth=birth_of(applicant.birth_date),
        document_type=printing_type(DocType(order.doc_type)), reference=order.reference,
        handed_out_at=ensure_utc(order.handed_out_at), clerk_name=clerk or "",
        service_point=sp.name, serial_number=order.card_number,
        file_number=applicant.file_number or "", collected_by=name, office_name=office_name,
        language=language if language is not None else applicant.preferred_language,
        copy=copy,
    )
