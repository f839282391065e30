"""Documents from the federal printer, write side: ordering, the Bundesdruckerei's
delivery, hand-out, cancellation and destroying what was not collected in time. The
reads and the plain view are in services/document_order_views.py, the printed
documents' data in services/document_papers.py (both re-exported here); the UI goes
through the facade services/document_desk.py.

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
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.domain.clock import business_day
from desk_app.domain.document_orders import (
    ORDER_PERMISSIONS, STATE_LABELS_DE, TABLE, DocAction, DocState, DocType,
    DocumentOrderChanged, OrderFacts, Pickup, check_retention_days, decide, require_any,
)
from desk_app.models import (
    Applicant, Counter, DocumentOrder, EntryApplicant, QueueEntry, ServicePoint,
)
from desk_app.printing.barcode import make_reference
from desk_app.printing.data import DocumentType

from .changes import Change, audit, next_sequence_values, record_changes
from .context import Context
from .document_order_views import (
    ENTITY, DocumentOrderView, birth_of, doc_type_of, find_by_scan, get_order,
    orders_by_id, orders_for_applicant, parse_scan, pending_at_service_point, printing_type,
)
from .document_papers import handover_data, pickup_slip_data
from .idempotency import hold_key, previous_result, remember

__all__ = [
    "ENTITY", "REFERENCE_SEQUENCE", "ArrivalProblem", "ArrivalBatchResult",
    "DocumentOrderView", "order_document", "mark_arrived", "mark_arrived_batch",
    "find_by_scan", "parse_scan", "get_order", "orders_by_id", "hand_out", "cancel",
    "invalidate_uncollected", "orders_for_applicant", "pending_at_service_point",
    "pickup_slip_data", "handover_data", "printing_type",
]

REFERENCE_SEQUENCE = "document_reference"


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


# -- writing -----------------------------------------------------------------------------
async def _replayed(session: AsyncSession, key: str) -> DocumentOrderView | None:
    prev = await previous_result(session, key)
    if prev is None:
        return None
    return dataclasses.replace(await get_order(session, prev["order_id"]), replayed=True)


async def _views_in_order(session: AsyncSession, ids: Sequence[int], *,
                          replayed: bool = False) -> list[DocumentOrderView]:
    """The views of these orders in the given order, read in one query."""
    found, _missing = await orders_by_id(session, ids)
    by_id = {view.id: view for view in found}
    views = [by_id[i] for i in ids if i in by_id]
    return [dataclasses.replace(view, replayed=True) for view in views] if replayed else views


async def _lock(session: AsyncSession, order_id: int) -> DocumentOrder:
    order = (await session.execute(
        select(DocumentOrder).where(DocumentOrder.id == order_id).with_for_update()
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
                      birth_date=birth_of(birth), arrived_at=order.arrived_at,
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
    kind = doc_type_of(doc_type)
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
                message="Person {applicant_id} ist anonymisiert; kein Dokument bestellbar.", error_code="applicant_anonymised",
                applicant_id=applicant_id)
        sp = await session.get(ServicePoint, collect_service_point_id)
        if sp is None or not sp.active:
            raise errors.NotFound(what=f"Dienststelle {collect_service_point_id}")
        if sp.is_reception:
            raise errors.ValidationFailed(
                message="An der Infotheke werden keine Dokumente ausgegeben; bitte eine "
                        "Dienststelle als Abholort wählen.", error_code="no_documents_at_reception")
        if entry_id is not None:
            if await session.get(QueueEntry, entry_id) is None:
                raise errors.NotFound(what=f"Vorgang {entry_id}")
            member = await session.scalar(select(EntryApplicant.applicant_id).where(
                EntryApplicant.entry_id == entry_id,
                EntryApplicant.applicant_id == applicant_id))
            if member is None:
                raise errors.ValidationFailed(
                    message="Person {applicant_id} gehört nicht zum Vorgang {entry_id}.", error_code="applicant_not_in_entry",
                    applicant_id=applicant_id, entry_id=entry_id)
        number = await next_sequence_values(session, REFERENCE_SEQUENCE)
        order = DocumentOrder(reference=make_reference(number), doc_type=kind.value,
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
            arrived = await _views_in_order(session, prev["order_ids"], replayed=True)
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
        orders = {order.reference: order for order in (await session.execute(
            select(DocumentOrder).where(DocumentOrder.reference.in_(wanted))
            .order_by(DocumentOrder.id).with_for_update()
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
            "order_ids": [order.id for order in done],
            "problems": [[p.reference, p.code, p.message] for p in problems]})
        await session.flush()
        await record_changes(session, [_change(order, DocAction.ARRIVE.value, now)
                                       for order in done], now)
        arrived = await _views_in_order(session, [order.id for order in done])
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
            return await _views_in_order(session, prev["order_ids"], replayed=True)
        now = ctx.now()
        # coarse filter in SQL (a day of slack for the Berlin day boundary), exact in the domain
        cutoff = now - dt.timedelta(days=days - 1)
        candidates = (await session.execute(
            select(DocumentOrder).where(DocumentOrder.state == DocState.ARRIVED.value,
                                        DocumentOrder.arrived_at < cutoff)
            .order_by(DocumentOrder.id).with_for_update().execution_options(populate_existing=True)
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
                       {"order_ids": [order.id for order in done]})
        await session.flush()
        await record_changes(session, [_change(order, DocAction.INVALIDATE.value, now)
                                       for order in done], now)
        return await _views_in_order(session, [order.id for order in done])


