"""Documents from the federal printer: ordering, the Bundesdruckerei's delivery, the
scan at pickup, hand-out, cancellation, destroying what was not collected in time, and
the data of the pickup slip and the handover confirmation.

Every state change runs in one transaction on the session it is given (the Desk facade's
``desk.write(fn, desk.ctx, ...)``), checks desk_app.domain.document_orders, honours an
idempotency key, writes audit rows (ids and codes only) and change-log rows
(entity ``document_order``), and returns plain dataclasses. Reads (``desk.read(fn, ...)``)
run in whatever transaction the session has.

The reference is ``make_reference(n)`` for the next value of the gapless counter
``document_reference``: 11 digits and a Damm check digit, digits only because keyboard-
mode scanners on German layouts swap Y and Z. The unique constraint on
``document_orders.reference`` is the last guard.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.domain.clock import business_day, ensure_utc
from desk_app.domain.document_orders import (
    ORDER_PERMISSIONS, STATE_LABELS_DE, TABLE, TYPE_LABELS_DE, Collector, DocAction,
    DocState, DocType, DocumentOrderChanged, OrderFacts, Pickup, ReferenceCheckDigitWrong,
    SlipNotAvailable,
    check_retention_days, decide, normalize_scan, require_any,
)
from desk_app.domain.partial_date import InvalidPartialDate, PartialDate
from desk_app.models import (
    Applicant, AuditEvent, Counter, DocumentOrder, EntryApplicant, QueueEntry, ServicePoint,
    StaffMember,
)
from desk_app.printing.barcode import make_reference, validate_reference
from desk_app.printing.data import (
    DocumentType, HandoverConfirmationData, PickupSlipData,
)

from .changes import Change, audit, next_sequence_values, record_changes
from .context import Context
from .idempotency import hold_key, previous_result, remember

__all__ = [
    "ENTITY", "REFERENCE_SEQUENCE", "ArrivalProblem", "ArrivalBatchResult",
    "DocumentOrderView", "order_document", "mark_arrived", "mark_arrived_batch",
    "find_by_scan", "parse_scan", "get_order", "hand_out", "cancel",
    "invalidate_uncollected", "orders_for_applicant", "pending_at_service_point",
    "pickup_slip_data", "handover_data", "printing_type",
]

ENTITY = "document_order"
REFERENCE_SEQUENCE = "document_reference"
D = DocumentOrder

_PRINTING_TYPES = {DocType.EAT: DocumentType.EAT, DocType.TRAVEL_DOC: DocumentType.TRAVEL_DOCUMENT}
_FROM_PRINTING = {v: k for k, v in _PRINTING_TYPES.items()}


# -- views -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DocumentOrderView:
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

    @property
    def state_label(self) -> str:
        return STATE_LABELS_DE[self.state]

    @property
    def type_label(self) -> str:
        return TYPE_LABELS_DE[self.doc_type]

    @property
    def display_name(self) -> str:
        return f"{self.family_name}, {self.given_name}" if self.given_name else self.family_name

    @property
    def allowed_actions(self) -> frozenset[DocAction]:
        return frozenset(r.action for r in TABLE if r.source == self.state)


@dataclass(frozen=True, slots=True)
class ArrivalProblem:
    """A reference of a delivery that was not booked as arrived, and why (a code and a
    German message without personal data)."""

    reference: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class ArrivalBatchResult:
    arrived: tuple[DocumentOrderView, ...]
    problems: tuple[ArrivalProblem, ...]
    replayed: bool = False


def printing_type(doc_type: DocType) -> DocumentType:
    return _PRINTING_TYPES[DocType(doc_type)]


def _doc_type(value: DocType | DocumentType | str) -> DocType:
    if isinstance(value, DocumentType):
        return _FROM_PRINTING[value]
    try:
        return DocType(str(value).strip().upper())
    except ValueError:
        raise errors.ValidationFailed(
            message="Unbekannte Dokumentart (erwartet: eAT oder Reiseausweis).") from None


def _birth(value: str | None) -> PartialDate | None:
    try:
        return PartialDate.from_storage(value)
    except InvalidPartialDate:
        return None


def _view_query():
    return (select(D, Applicant, ServicePoint.name)
            .join(Applicant, Applicant.id == D.applicant_id)
            .join(ServicePoint, ServicePoint.id == D.collect_service_point_id))


def _view(order: DocumentOrder, applicant: Applicant, sp_name: str,
          replayed: bool = False) -> DocumentOrderView:
    return DocumentOrderView(
        id=order.id, reference=order.reference, doc_type=DocType(order.doc_type),
        state=DocState(order.state), applicant_id=order.applicant_id,
        family_name=applicant.family_name, given_name=applicant.given_name or "",
        birth_date=applicant.birth_date, file_number=applicant.file_number,
        preferred_language=applicant.preferred_language, entry_id=order.entry_id,
        collect_service_point_id=order.collect_service_point_id,
        collect_service_point_name=sp_name, card_number=order.card_number,
        ordered_at=ensure_utc(order.ordered_at),
        arrived_at=ensure_utc(order.arrived_at) if order.arrived_at else None,
        handed_out_at=ensure_utc(order.handed_out_at) if order.handed_out_at else None,
        closed_at=ensure_utc(order.closed_at) if order.closed_at else None,
        version=order.version, replayed=replayed, collected_by=order.collected_by,
    )


async def _views(session: AsyncSession, where, order_by=None) -> list[DocumentOrderView]:
    q = _view_query().where(*where).order_by(*(order_by or (D.id,)))
    rows = (await session.execute(q.execution_options(populate_existing=True))).all()
    return [_view(o, a, name) for o, a, name in rows]


# -- reading -----------------------------------------------------------------------------
async def get_order(session: AsyncSession, order_id: int) -> DocumentOrderView:
    found = await _views(session, [D.id == order_id])
    if not found:
        raise errors.NotFound(what=f"Dokumentenauftrag {order_id}")
    return found[0]


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
    found = await _views(session, [D.reference == reference])
    if not found:
        raise errors.NotFound(what=f"Dokument mit der Abholnummer {reference}")
    return found[0]


async def orders_for_applicant(session: AsyncSession, applicant_id: int) -> list[DocumentOrderView]:
    """Every order of one person, newest first."""
    return await _views(session, [D.applicant_id == applicant_id],
                        order_by=(D.ordered_at.desc(), D.id.desc()))


async def pending_at_service_point(
    session: AsyncSession, service_point_id: int,
    states: Iterable[DocState] = (DocState.ARRIVED, DocState.ORDERED),
) -> list[DocumentOrderView]:
    """Open orders to be collected at a service point: by state as given, oldest first."""
    wanted = [DocState(s).value for s in states]
    found = await _views(session, [D.collect_service_point_id == service_point_id,
                                   D.state.in_(wanted)],
                         order_by=(D.ordered_at, D.id))
    rank = {s: i for i, s in enumerate(wanted)}
    return sorted(found, key=lambda v: rank[v.state.value])


# -- writing -----------------------------------------------------------------------------
async def _replayed(session: AsyncSession, key: str) -> DocumentOrderView | None:
    prev = await previous_result(session, key)
    if prev is None:
        return None
    return dataclasses.replace(await get_order(session, prev["order_id"]), replayed=True)


async def _lock(session: AsyncSession, order_id: int) -> DocumentOrder:
    order = (await session.execute(
        select(D).where(D.id == order_id).with_for_update()
        .execution_options(populate_existing=True))).scalar_one_or_none()
    if order is None:
        raise errors.NotFound(what=f"Dokumentenauftrag {order_id}")
    return order


def _permissions(action: DocAction):
    return next(r.permissions for r in TABLE if r.action == action)


def _check_version(order: DocumentOrder, expected: int | None) -> None:
    if expected is not None and order.version != expected:
        state = DocState(order.state)
        raise DocumentOrderChanged(reference=order.reference, ticket=order.reference,
                                   state=state, state_de=STATE_LABELS_DE[state])


async def _facts(session: AsyncSession, order: DocumentOrder) -> OrderFacts:
    birth = await session.scalar(select(Applicant.birth_date).where(
        Applicant.id == order.applicant_id))
    sp_name = await session.scalar(select(ServicePoint.name).where(
        ServicePoint.id == order.collect_service_point_id))
    return OrderFacts(state=DocState(order.state), reference=order.reference,
                      collect_service_point_id=order.collect_service_point_id,
                      birth_date=_birth(birth), arrived_at=order.arrived_at,
                      collect_service_point_name=sp_name or "")


def _change(order: DocumentOrder, op: str, now: dt.datetime) -> Change:
    return Change(ENTITY, order.id, op, order.collect_service_point_id, business_day(now))


async def _apply(session: AsyncSession, ctx: Context, order: DocumentOrder, action: DocAction,
                 now: dt.datetime, *, detail: str | None = None, **kw) -> None:
    """Decides and applies one action on a locked order, with its audit row."""
    decision = decide(await _facts(session, order), action, ctx.actor, now, ctx.policy, **kw)
    for name, value in decision.changes.items():
        setattr(order, name, value)
    order.state = decision.target.value
    order.version += 1
    await audit(session, ctx.actor, now, action=action.value, entity=ENTITY,
                entity_id=order.id, from_state=decision.source.value,
                to_state=decision.target.value,
                detail=decision.collector.value if decision.collector else detail)


async def _transition(session: AsyncSession, ctx: Context, order_id: int, action: DocAction,
                      *, key: str, expected_version: int | None, **kw) -> DocumentOrderView:
    async with session.begin():
        await hold_key(session, key)
        replay = await _replayed(session, key)
        if replay is not None:
            return replay
        now = ctx.now()
        order = await _lock(session, order_id)
        _check_version(order, expected_version)
        await _apply(session, ctx, order, action, now, **kw)
        await remember(session, key, action.value, now, {"order_id": order.id})
        await session.flush()
        await record_changes(session, [_change(order, action.value, now)], now)
        return await get_order(session, order.id)


async def order_document(session: AsyncSession, ctx: Context, *, key: str, applicant_id: int,
                         doc_type: DocType | DocumentType | str,
                         collect_service_point_id: int,
                         entry_id: int | None = None) -> DocumentOrderView:
    """Orders a document for one person: ORDERED, with a fresh reference."""
    require_any(ctx.policy, ctx.actor, ORDER_PERMISSIONS)
    kind = _doc_type(doc_type)
    async with session.begin():
        await hold_key(session, key)
        replay = await _replayed(session, key)
        if replay is not None:
            return replay
        now = ctx.now()
        applicant = await session.get(Applicant, applicant_id)
        if applicant is None:
            raise errors.NotFound(what=f"Person {applicant_id}")
        if applicant.anonymized_at is not None:
            raise errors.ValidationFailed(
                message="Person {applicant_id} ist anonymisiert; kein Dokument bestellbar.",
                applicant_id=applicant_id)
        sp = await session.get(ServicePoint, collect_service_point_id)
        if sp is None or not sp.active:
            raise errors.NotFound(what=f"Dienststelle {collect_service_point_id}")
        if sp.is_reception:
            raise errors.ValidationFailed(
                message="An der Infotheke werden keine Dokumente ausgegeben; bitte eine "
                        "Dienststelle als Abholort wählen.")
        if entry_id is not None:
            if await session.get(QueueEntry, entry_id) is None:
                raise errors.NotFound(what=f"Vorgang {entry_id}")
            member = await session.scalar(select(EntryApplicant.applicant_id).where(
                EntryApplicant.entry_id == entry_id,
                EntryApplicant.applicant_id == applicant_id))
            if member is None:
                raise errors.ValidationFailed(
                    message="Person {applicant_id} gehört nicht zum Vorgang {entry_id}.",
                    applicant_id=applicant_id, entry_id=entry_id)
        number = await next_sequence_values(session, REFERENCE_SEQUENCE)
        order = D(reference=make_reference(number), doc_type=kind.value,
                  state=DocState.ORDERED.value, applicant_id=applicant.id, entry_id=entry_id,
                  collect_service_point_id=sp.id, ordered_at=now, version=1)
        session.add(order)
        await session.flush()
        await audit(session, ctx.actor, now, action="order_document", entity=ENTITY,
                    entity_id=order.id, to_state=order.state, detail=kind.value)
        await remember(session, key, "order_document", now, {"order_id": order.id})
        await session.flush()
        await record_changes(session, [_change(order, "order_document", now)], now)
        return await get_order(session, order.id)


async def mark_arrived(session: AsyncSession, ctx: Context, order_id: int, *, key: str,
                       card_number: str | None = None,
                       expected_version: int | None = None) -> DocumentOrderView:
    """One document has arrived from the federal printer (optionally with its number)."""
    return await _transition(session, ctx, order_id, DocAction.ARRIVE, key=key,
                             expected_version=expected_version, card_number=card_number)


async def mark_arrived_batch(session: AsyncSession, ctx: Context, references: Sequence[str],
                             *, key: str) -> ArrivalBatchResult:
    """The Bundesdruckerei's delivery: every ORDERED reference becomes ARRIVED in one
    transaction. A reference that is malformed, unknown or not ORDERED (already arrived,
    cancelled, ...) is reported and does not stop the others."""
    require_any(ctx.policy, ctx.actor, _permissions(DocAction.ARRIVE))
    async with session.begin():
        await hold_key(session, key)
        prev = await previous_result(session, key)
        if prev is not None:
            arrived = [dataclasses.replace(await get_order(session, i), replayed=True)
                       for i in prev["order_ids"]]
            return ArrivalBatchResult(
                arrived=tuple(arrived), replayed=True,
                problems=tuple(ArrivalProblem(*p) for p in prev["problems"]))
        now = ctx.now()
        problems: list[ArrivalProblem] = []
        wanted: list[str] = []
        for raw in references:
            try:
                reference = parse_scan(raw)
            except errors.DomainError as exc:
                shown = "".join(str(raw or "").split())[:32]
                problems.append(ArrivalProblem(shown, exc.code, str(exc)))
                continue
            if reference not in wanted:
                wanted.append(reference)
        orders = {o.reference: o for o in (await session.execute(
            select(D).where(D.reference.in_(wanted)).order_by(D.id).with_for_update()
            .execution_options(populate_existing=True))).scalars()} if wanted else {}
        done: list[DocumentOrder] = []
        for reference in wanted:
            order = orders.get(reference)
            if order is None:
                exc = errors.NotFound(what=f"Dokument mit der Abholnummer {reference}")
                problems.append(ArrivalProblem(reference, exc.code, str(exc)))
                continue
            try:
                await _apply(session, ctx, order, DocAction.ARRIVE, now, detail="delivery")
            except errors.DomainError as exc:
                problems.append(ArrivalProblem(reference, exc.code, str(exc)))
                continue
            done.append(order)
        await remember(session, key, "arrive_batch", now, {
            "order_ids": [o.id for o in done],
            "problems": [[p.reference, p.code, p.message] for p in problems]})
        await session.flush()
        await record_changes(session, [_change(o, DocAction.ARRIVE.value, now) for o in done], now)
        arrived = [await get_order(session, o.id) for o in done]
        return ArrivalBatchResult(arrived=tuple(arrived), problems=tuple(problems))


async def _actor_service_point(session: AsyncSession, ctx: Context) -> int | None:
    if ctx.actor.counter_id is None:
        return None
    return await session.scalar(select(Counter.service_point_id).where(
        Counter.id == ctx.actor.counter_id))


async def hand_out(session: AsyncSession, ctx: Context, order_id: int, *, key: str,
                   collected_by: str | None = None, power_of_attorney: bool = False,
                   by_parent: bool = False,
                   expected_version: int | None = None) -> DocumentOrderView:
    """Hands an ARRIVED document out at its collection point.

    ``collected_by=None``: the applicant in person (not a child under 16). Someone else
    needs ``power_of_attorney=True``; a parent collecting for a child under 16 gives
    ``by_parent=True``. The collector's name is stored on the order for the handover
    confirmation; the audit row gets a code only (applicant / parent / power_of_attorney)."""
    async with session.begin():
        await hold_key(session, key)
        replay = await _replayed(session, key)
        if replay is not None:
            return replay
        now = ctx.now()
        order = await _lock(session, order_id)
        _check_version(order, expected_version)
        await _apply(session, ctx, order, DocAction.HAND_OUT, now,
                     pickup=Pickup(collected_by=collected_by,
                                   power_of_attorney=bool(power_of_attorney),
                                   by_parent=bool(by_parent)),
                     actor_service_point_id=await _actor_service_point(session, ctx))
        await remember(session, key, DocAction.HAND_OUT.value, now, {"order_id": order.id})
        await session.flush()
        await record_changes(session, [_change(order, DocAction.HAND_OUT.value, now)], now)
        return await get_order(session, order.id)


async def cancel(session: AsyncSession, ctx: Context, order_id: int, *, key: str,
                 expected_version: int | None = None) -> DocumentOrderView:
    """Cancels an order that has not arrived yet."""
    return await _transition(session, ctx, order_id, DocAction.CANCEL, key=key,
                             expected_version=expected_version)


async def invalidate_uncollected(session: AsyncSession, ctx: Context, *, key: str,
                                 older_than_days: int) -> list[DocumentOrderView]:
    """Every ARRIVED document that has waited at least ``older_than_days`` Berlin days
    becomes INVALIDATED (to be destroyed). Shift lead or admin; one transaction."""
    require_any(ctx.policy, ctx.actor, _permissions(DocAction.INVALIDATE))
    days = check_retention_days(older_than_days)
    async with session.begin():
        await hold_key(session, key)
        prev = await previous_result(session, key)
        if prev is not None:
            return [dataclasses.replace(await get_order(session, i), replayed=True)
                    for i in prev["order_ids"]]
        now = ctx.now()
        # coarse filter in SQL (a day of slack for the Berlin day boundary), exact in the domain
        cutoff = now - dt.timedelta(days=days - 1)
        candidates = (await session.execute(
            select(D).where(D.state == DocState.ARRIVED.value, D.arrived_at < cutoff)
            .order_by(D.id).with_for_update().execution_options(populate_existing=True)
        )).scalars().all()
        done: list[DocumentOrder] = []
        for order in candidates:
            if order.state != DocState.ARRIVED.value:
                continue
            try:
                await _apply(session, ctx, order, DocAction.INVALIDATE, now,
                             older_than_days=days, detail="uncollected")
            except errors.DomainError:
                continue   # not due yet by the Berlin calendar
            done.append(order)
        await remember(session, key, "invalidate_uncollected", now,
                       {"order_ids": [o.id for o in done]})
        await session.flush()
        await record_changes(session, [_change(o, DocAction.INVALIDATE.value, now)
                                       for o in done], now)
        return [await get_order(session, o.id) for o in done]


# -- printed documents -------------------------------------------------------------------
async def _order_with_place(session: AsyncSession, order_id: int):
    row = (await session.execute(
        select(D, Applicant, ServicePoint)
        .join(Applicant, Applicant.id == D.applicant_id)
        .join(ServicePoint, ServicePoint.id == D.collect_service_point_id)
        .where(D.id == order_id))).one_or_none()
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
        date_of_birth=_birth(applicant.birth_date), file_number=applicant.file_number or "",
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
                    "für die Empfangsbestätigung angeben.")
    if detail == Collector.APPLICANT.value and name is not None:
        raise errors.ValidationFailed(
            message="Das Dokument wurde von der antragstellenden Person selbst abgeholt.")
    clerk = await session.scalar(select(StaffMember.display_name).where(
        StaffMember.id == staff_id)) if staff_id is not None else None
    return HandoverConfirmationData(
        family_name=applicant.family_name, given_name=applicant.given_name or "",
        date_of_birth=_birth(applicant.birth_date),
        document_type=printing_type(DocType(order.doc_type)), reference=order.reference,
        handed_out_at=ensure_utc(order.handed_out_at), clerk_name=clerk or "",
        service_point=sp.name, serial_number=order.card_number,
        file_number=applicant.file_number or "", collected_by=name, office_name=office_name,
        language=language if language is not None else applicant.preferred_language,
        copy=copy,
    )
