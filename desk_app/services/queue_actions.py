"""The state-changing use cases of the queue. Each runs one transaction on the session it
is given, checks the domain rules, writes audit and change-log rows, honours an
idempotency key, and returns an EntryView."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
from typing import Mapping

from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.domain.clock import business_day
from desk_app.domain.reassign import check_reassign
from desk_app.domain.roles import Permission
from desk_app.domain.rules import ServicePointRules
from desk_app.domain.states import Action, EntryKind, Outcome, State
from desk_app.domain.text_input import check_text
from desk_app.domain.tickets import format_ticket
from desk_app.domain.transitions import EntryFacts, decide, require
from desk_app.models import (Counter, EntryApplicant, IdempotencyKey, QueueEntry, ServicePoint,
                             TicketCounter)

from . import lead_ops
from .backend import Backend, backend_of
from .changes import Change, audit, record_changes
from .context import Context
from .idempotency import hold_key, previous_result, remember
from .entry_write import write_action
from .queue_read import get_entry
from .views import EntryView


async def _replayed(session: AsyncSession, key: str) -> EntryView | None:
    prev = await previous_result(session, key)
    if prev is None:
        return None
    view = await get_entry(session, prev["entry_id"])
    return dataclasses.replace(view, replayed=True)


async def _lock_entry(session: AsyncSession, entry_id: int) -> QueueEntry:
    entry = (await session.execute(
        select(QueueEntry).where(QueueEntry.id == entry_id).with_for_update()
        .execution_options(populate_existing=True))).scalar_one_or_none()
    if entry is None:
        raise errors.NotFound(what=f"Vorgang {entry_id}")
    return entry


@dataclasses.dataclass(slots=True)
class _Locked:
    """The columns an action needs, read with the row lock (Core, no ORM object)."""

    id: int
    state: str
    kind: str
    service_point_id: int
    scheduled_at: dt.datetime | None
    call_count: int
    recall_locked_until: dt.datetime | None
    counter_id: int | None
    business_day: dt.date
    version: int
    ticket: str | None
    booking_reference: str | None
    first_called_at: dt.datetime | None
    ticket_prefix: str
    rules: ServicePointRules
    previous: str | None = None   # the stored result when the key was applied before


_LOCK_COLUMNS = (
    QueueEntry.id, QueueEntry.state, QueueEntry.kind, QueueEntry.service_point_id,
    QueueEntry.scheduled_at, QueueEntry.call_count,
    QueueEntry.recall_locked_until, QueueEntry.counter_id, QueueEntry.business_day,
    QueueEntry.version, QueueEntry.ticket,
    QueueEntry.booking_reference, QueueEntry.first_called_at, ServicePoint.ticket_prefix,
    ServicePoint.grace_period_min,
    ServicePoint.late_tolerance_min, ServicePoint.late_limit_min, ServicePoint.recall_lock_min,
    ServicePoint.max_calls,
    ServicePoint.walk_in_offset_min,
)


def _locking(*where, skip_locked: bool = False, order=None):
    """Locks the entry and reads what an action needs, together with the stored result
    of the key bound as ``key`` (one round trip for the lock and the idempotency check)."""
    previous = (select(IdempotencyKey.result)
                .where(IdempotencyKey.key == bindparam("key")).scalar_subquery())
    stmt = (select(*_LOCK_COLUMNS, previous).join(ServicePoint,
                                                  ServicePoint.id == QueueEntry.service_point_id)
            .where(*where))
    if order is not None:
        stmt = stmt.order_by(*order).limit(1)
    return stmt.with_for_update(of=QueueEntry, skip_locked=skip_locked)


# Built once: SQLAlchemy reuses a statement object's cache key and result layout, which
# saves about a millisecond of CPU per action against building it each time.
_MEMBERS = EntryApplicant.__table__
_SET_OUTCOME = (update(_MEMBERS)
                .where(_MEMBERS.c.entry_id == bindparam("entry"),
                       _MEMBERS.c.applicant_id == bindparam("applicant"))
                .values(outcome=bindparam("outcome")))
_LOCK_BY_ID = _locking(QueueEntry.id == bindparam("entry_id"))
_LOCK_NEXT = _locking(
    QueueEntry.business_day == bindparam("day"), QueueEntry.service_point_id == bindparam("sp"),
    QueueEntry.state == State.WAITING.value,
    or_(QueueEntry.recall_locked_until.is_(None),
        QueueEntry.recall_locked_until <= bindparam("now")),
    or_(QueueEntry.assigned_counter_id.is_(None),
        QueueEntry.assigned_counter_id == bindparam("counter_id")),
    or_(QueueEntry.assigned_clerk_id.is_(None),
        QueueEntry.assigned_clerk_id == bindparam("staff_id")),
    skip_locked=True, order=(QueueEntry.priority, QueueEntry.sort_at, QueueEntry.id),
)


def _locked(row) -> _Locked:
    *head, prefix, grace, tolerance, limit, lock, max_calls, offset, previous = row
    return _Locked(*head, ticket_prefix=prefix, rules=ServicePointRules(
        grace_period_min=grace, late_tolerance_min=tolerance, late_limit_min=limit,
        recall_lock_min=lock, max_calls=max_calls, walk_in_offset_min=offset),
        previous=previous)


async def _replay_of(session: AsyncSession, previous: str) -> EntryView:
    view = await get_entry(session, json.loads(previous or "{}")["entry_id"])
    return dataclasses.replace(view, replayed=True)


async def _lock_row(session: AsyncSession, entry_id: int, key: str) -> _Locked:
    conn = await session.connection()   # Core rows, without the ORM's result machinery
    row = (await conn.execute(_LOCK_BY_ID, {"entry_id": entry_id, "key": key})).first()
    if row is None:
        raise errors.NotFound(what=f"Vorgang {entry_id}")
    return _locked(row)


async def _counter_name(session: AsyncSession, counter_id: int | None) -> str:
    if counter_id is None:
        return "einem anderen Arbeitsplatz"
    name = await session.scalar(select(Counter.name).where(Counter.id == counter_id))
    return name or f"Schalter {counter_id}"


async def _check_version(session: AsyncSession, entry: QueueEntry, expected: int | None,
                         action: Action | None) -> None:
    state = State(entry.state)
    label = entry.ticket or entry.booking_reference or f"#{entry.id}"
    if action == Action.CALL and state in (State.CALLED, State.IN_SERVICE):
        # whoever acted first won; say which counter has the person now
        raise errors.AlreadyCalledElsewhere(
            ticket=label, counter=await _counter_name(session, entry.counter_id),
            state=state, state_de=errors.STATE_LABELS_DE[state])
    if expected is None or entry.version == expected:
        return
    raise errors.ConcurrentModification(ticket=label, state=state,
                                        state_de=errors.STATE_LABELS_DE[state])


async def _applicant_ids(session: AsyncSession, entry_id: int) -> tuple[int, ...]:
    rows = await session.execute(
        select(EntryApplicant.applicant_id).where(EntryApplicant.entry_id == entry_id)
        .order_by(EntryApplicant.position))
    return tuple(rows.scalars())


@functools.cache
def _next_ticket(backend: Backend):
    """Upsert of the service point's counter row for the day (Core, built once)."""
    table = TicketCounter.__table__
    stmt = backend.insert(table).values(service_point_id=bindparam("sp"),
                                        business_day=bindparam("day"),
                                 last_number=1)
    return stmt.on_conflict_do_update(
        index_elements=[table.c.service_point_id, table.c.business_day],
        set_={"last_number": table.c.last_number + 1},
    ).returning(table.c.last_number)


async def allocate_ticket(session: AsyncSession, service_point_id: int, prefix: str,
                          day: dt.date) -> tuple[str, int]:
    """The next ticket number of a service point and day, from its locked counter row."""
    conn = await session.connection()
    number = (await conn.execute(_next_ticket(backend_of(conn)),
                                 {"sp": service_point_id, "day": day})).scalar_one()
    return format_ticket(prefix, number), number


async def transition(
    session: AsyncSession, ctx: Context, entry_id: int, action: Action, *, key: str,
    expected_version: int | None = None, reason: str | None = None,
    outcomes: Mapping[int, Outcome] | None = None, target_service_point_id: int | None = None,
    counter_id: int | None = None,
) -> EntryView:
    """Applies one action of the state table to one entry, in one transaction."""
    check_text(reason, "Grund", multiline=True, tab=True)
    if action == Action.CALL:
        # calling a chosen entry skips the queue: call_next is the only call without it
        require(ctx.policy, ctx.actor, Permission.CALL_SPECIFIC)
    async with session.begin():
        await hold_key(session, key)
        try:
            entry = await _lock_row(session, entry_id, key)
        except errors.NotFound:
            replay = await _replayed(session, key)
            if replay is not None:
                return replay
            raise
        if entry.previous is not None:
            return await _replay_of(session, entry.previous)
        return await _act(session, ctx, entry, action, key=key,
                          expected_version=expected_version, reason=reason,
                          outcomes=outcomes, target_service_point_id=target_service_point_id,
                          counter_id=counter_id)


async def _act(
    session: AsyncSession, ctx: Context, entry: _Locked, action: Action, *, key: str,
    expected_version: int | None = None, reason: str | None = None,
    outcomes: Mapping[int, Outcome] | None = None, target_service_point_id: int | None = None,
    counter_id: int | None = None,
) -> EntryView:
    """The body of every transition, on an entry locked in the open transaction. Core
    statements only: the ORM's unit of work costs more than the action itself."""
    now = ctx.now()
    await _check_version(session, entry, expected_version, action)
    # only finishing needs the people (an outcome for each): one query less otherwise
    applicant_ids = await _applicant_ids(session, entry.id) if action == Action.FINISH else ()
    facts = EntryFacts(
        state=State(entry.state), kind=EntryKind(entry.kind),
        service_point_id=entry.service_point_id, applicant_ids=applicant_ids,
        scheduled_at=entry.scheduled_at, call_count=entry.call_count,
        recall_locked_until=entry.recall_locked_until, counter_id=entry.counter_id,
        business_day=entry.business_day,
    )
    if target_service_point_id is not None and action == Action.FORWARD:
        if await session.scalar(select(ServicePoint.id).where(
                ServicePoint.id == target_service_point_id)) is None:
            raise errors.ForwardTargetInvalid()
    decision = decide(facts, action, ctx.actor, now, entry.rules, ctx.policy,
                      reason=reason, outcomes=outcomes,
                      target_service_point_id=target_service_point_id,
                      counter_id=counter_id)
    values = {name: value for name, value in decision.changes.items() if name != "outcomes"}
    if decision.target == State.WAITING and entry.ticket is None:
        values["ticket"], values["ticket_number"] = await allocate_ticket(
            session, entry.service_point_id, entry.ticket_prefix, entry.business_day)
        values["ticket_service_point_id"] = entry.service_point_id
    if decision.action == Action.CALL and entry.first_called_at is None:
        values["first_called_at"] = now
    values.update(state=decision.target.value, updated_at=now, version=entry.version + 1)
    outcomes = decision.changes.get("outcomes", {})
    if outcomes:
        conn = await session.connection()
        await conn.execute(_SET_OUTCOME, [
            {"entry": entry.id, "applicant": applicant_id, "outcome": outcome.value}
            for applicant_id, outcome in outcomes.items()])
    new_sp = values.get("service_point_id", entry.service_point_id)
    changes = [Change("entry", entry.id, action.value, new_sp, entry.business_day)]
    if new_sp != entry.service_point_id:
        changes.append(Change("entry", entry.id, action.value, entry.service_point_id,
                              entry.business_day))
    return await write_action(session, actor=ctx.actor, entry_id=entry.id, values=values,
                              action=action.value, from_state=decision.source.value,
                              to_state=decision.target.value, key=key, changes=changes,
                              now=now)


async def call_next(session: AsyncSession, ctx: Context, *, service_point_id: int,
                    counter_id: int, key: str, day: dt.date | None = None) -> EntryView:
    """Calls the first waiting entry in the call order that is not under recall lock and
    not reserved for another counter or clerk. On PostgreSQL, SKIP LOCKED lets
    simultaneous calls pass each other instead of picking the same person."""
    require(ctx.policy, ctx.actor, Permission.CALL)
    async with session.begin():
        await hold_key(session, key)
        # refused on a break, away or closed; across queues when the counter or the clerk
        # has assignments (issue 14, services/lead_ops.py)
        if await lead_ops.check_may_call(session, counter_id, ctx.actor.staff_id):
            return await lead_ops.call_next_across(session, ctx, counter_id=counter_id,
                                                   key=key, day=day)
        now = ctx.now()
        day = day or business_day(now)
        conn = await session.connection()
        row = (await conn.execute(_LOCK_NEXT, {
            "day": day, "sp": service_point_id, "now": now, "counter_id": counter_id,
            "staff_id": ctx.actor.staff_id, "key": key})).first()
        if row is None:
            # a retried call whose first attempt took the last person finds no one now
            replay = await _replayed(session, key)
            if replay is not None:
                return replay
            raise errors.QueueEmpty()
        entry = _locked(row)
        if entry.previous is not None:
            return await _replay_of(session, entry.previous)
        return await _act(session, ctx, entry, Action.CALL, key=key, counter_id=counter_id)


async def call_specific(session: AsyncSession, ctx: Context, entry_id: int, *, counter_id: int,
                        key: str, expected_version: int | None = None) -> EntryView:
    """Calls one person out of order (needs the permission). When another station called
    them first, the error names that counter."""
    require(ctx.policy, ctx.actor, Permission.CALL_SPECIFIC)
    return await transition(session, ctx, entry_id, Action.CALL, key=key,
                            expected_version=expected_version, counter_id=counter_id)


async def reassign(session: AsyncSession, ctx: Context, entry_id: int, *, key: str,
                   reason: str, expected_version: int | None = None,
                   counter_id: int | None = None, clerk_id: int | None = None,
                   service_point_id: int | None = None,
                   scheduled_at: dt.datetime | None = None,
                   federal_state: str | None = None) -> EntryView:
    """Moves an entry to another counter, clerk, service point or time (a reason is
    required). A booking whose time or service point changes takes a place of the slot
    at its new time under the slot's row lock, and frees its old one
    (``capacity_store.take_place``: a full slot or a time outside the hours is refused);
    with ``federal_state`` None (``Desk.take_slots`` off) it only frees the old one."""
    check_text(reason, "Grund", multiline=True, tab=True)
    async with session.begin():
        await hold_key(session, key)
        replay = await _replayed(session, key)
        if replay is not None:
            return replay
        now = ctx.now()
        entry = await _lock_entry(session, entry_id)
        await _check_version(session, entry, expected_version, None)
        entry.reassign_reason = check_reassign(State(entry.state), ctx.actor, ctx.policy, reason)
        old_sp = entry.service_point_id
        if service_point_id is not None and service_point_id != entry.service_point_id:
            if await session.get(ServicePoint, service_point_id) is None:
                raise errors.NotFound(what=f"Dienststelle {service_point_id}")
            entry.service_point_id = service_point_id
            entry.assigned_counter_id = None
        if counter_id is not None:
            counter = await session.get(Counter, counter_id)
            if counter is None or counter.service_point_id != entry.service_point_id:
                raise errors.ValidationFailed(message="Der Schalter gehört nicht zu dieser Dienststelle.", error_code="counter_elsewhere")
            entry.assigned_counter_id = counter_id
        if clerk_id is not None:
            entry.assigned_clerk_id = clerk_id
        if scheduled_at is not None:
            if State(entry.state) != State.BOOKED:
                raise errors.ValidationFailed(message="Nur gebuchte Termine können verlegt werden.", error_code="only_booked_movable")
            entry.scheduled_at = scheduled_at
            entry.business_day = business_day(scheduled_at)
        if (State(entry.state) == State.BOOKED and entry.scheduled_at is not None
                and (scheduled_at is not None or old_sp != entry.service_point_id)):
            entry.slot_id = None    # its old place is free; it does not count itself
            if federal_state is not None:
                from .capacity_store import take_place
                await session.flush()
                entry.slot_id = await take_place(
                    session, service_point_id=entry.service_point_id,
                    service_id=entry.service_id, at=entry.scheduled_at,
                    federal_state=federal_state)
        entry.version += 1
        entry.updated_at = now
        await audit(session, ctx.actor, now, action="reassign", entity="entry",
                    entity_id=entry.id, from_state=entry.state, to_state=entry.state)
        await remember(session, key, "reassign", now, {"entry_id": entry.id})
        await session.flush()
        changes = [Change("entry", entry.id, "reassign", entry.service_point_id,
                          entry.business_day)]
        if old_sp != entry.service_point_id:
            changes.append(Change("entry", entry.id, "reassign", old_sp, entry.business_day))
        await record_changes(session, changes, now)
        return await get_entry(session, entry.id)
