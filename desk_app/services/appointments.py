"""The appointment book's use cases, each one transaction: the next free slots, booking a
slot for a person or a family, rescheduling, moving a closing day, pickup appointments.

No slot ever takes more than its capacity plus the overbooking allowance: every booking
locks the slot's row (``capacity_store.lock_slot``) and counts after the lock.
"""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from sqlalchemy import bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import capacity as cap
from desk_app.domain import errors
from desk_app.domain.clock import business_day, day_bounds_utc, ensure_utc
from desk_app.domain.roles import Permission
from desk_app.domain.states import EntryKind, State
from desk_app.domain.transitions import require
from desk_app.domain.text_input import check_text
from desk_app.models import (
    Applicant, AppointmentSlot, BlockedTime, DocumentOrder, EntryApplicant, QueueEntry,
)

from .appointment_views import DayMoveResult, FreeSlots, PersonToInform, PickupNeed
from .applicant_input import ApplicantInput
from .backend import backend_of
from .capacity_store import booked_counts, load_capacity, lock_slot
from .changes import Change, audit, record_changes
from .context import Context
from .idempotency import hold_key, remember
from .queue_actions import _replayed
from .queue_read import PERSON_COLUMNS, get_entry, person_view_from_row
from .registration import insert_entry
from .views import EntryView

SEARCH_WEEKS = 8
_ENTRIES = QueueEntry.__table__


async def next_free_slots(session: AsyncSession, *, service_point_id: int,
                          service_id: int | None, after: dt.datetime, federal_state: str,
                          count: int = 10, weeks: int = SEARCH_WEEKS) -> FreeSlots:
    """The first ``count`` slots with a free place in the next ``weeks`` weeks."""
    first = business_day(after)
    last = first + dt.timedelta(weeks=weeks)
    capacity = await load_capacity(session, service_point_id, first, last, federal_state)
    slots = capacity.slots(first, last, service_id)
    if not slots:
        return FreeSlots(service_point_id, service_id, ())
    counts = await booked_counts(session, service_point_id, capacity.service_key(service_id),
                                 slots[0].starts_at, slots[-1].ends_at)
    free = cap.next_free(slots, counts, capacity.percent, after=after, count=count)
    return FreeSlots(service_point_id, service_id, tuple(free))


async def _checked_slot(session: AsyncSession, ctx: Context, service_point_id: int,
                        service_id: int | None, starts_at: dt.datetime,
                        federal_state: str) -> tuple[int, int]:
    """Locks the slot at ``starts_at`` after checking that it exists, lies ahead and has
    a place; returns (slot id, service key)."""
    starts_at = ensure_utc(starts_at)
    when = starts_at
    if starts_at <= ctx.now():
        raise cap.SlotInPast(when=when)
    day = business_day(starts_at)
    capacity = await load_capacity(session, service_point_id, day, day, federal_state)
    if not capacity.rules:
        raise cap.NoCapacity()
    slot = cap.find_slot(capacity.slots(day, day, service_id), starts_at)
    if slot is None:
        raise cap.NotASlot(when=when)
    slot_id, taken = await lock_slot(session, service_point_id, slot.service_key, starts_at)
    if not cap.may_book(taken, 1, slot.capacity, capacity.percent):
        raise cap.SlotFull(when=when)
    return slot_id, slot.service_key


async def book_slot(session: AsyncSession, ctx: Context, *, key: str, service_point_id: int,
                    service_id: int | None, starts_at: dt.datetime,
                    applicants: Sequence[ApplicantInput], federal_state: str,
                    notes: str = "", pickup_order_ids: Sequence[int] = ()) -> EntryView:
    """Books one place of a slot for a person or a family (one entry, one place).
    ``pickup_order_ids``: arrived documents this appointment is for."""
    require(ctx.policy, ctx.actor, Permission.BOOK)
    async with session.begin():
        await hold_key(session, key)   # a duplicate in flight waits (issue 18)
        replay = await _replayed(session, key)
        if replay is not None:
            return replay
        now = ctx.now()
        slot_id, _ = await _checked_slot(session, ctx, service_point_id, service_id,
                                         starts_at, federal_state)
        entry = await insert_entry(session, ctx, now, kind=EntryKind.APPOINTMENT,
                                   service_point_id=service_point_id, service_id=service_id,
                                   applicants=applicants, scheduled_at=ensure_utc(starts_at),
                                   booking_reference=None, notes=notes, op="book_slot")
        conn = await session.connection()
        await conn.execute(update(_ENTRIES).where(_ENTRIES.c.id == entry.id)
                           .values(slot_id=slot_id))
        if pickup_order_ids:
            orders = DocumentOrder.__table__
            await conn.execute(update(orders).where(orders.c.id.in_(list(pickup_order_ids)))
                               .values(pickup_entry_id=entry.id))
        await remember(session, key, "book_slot", now, {"entry_id": entry.id})
        await record_changes(session, [Change("entry", entry.id, "book_slot",
                                              service_point_id, entry.business_day)], now)
        return await get_entry(session, entry.id)


_LOCK = select(QueueEntry.id, QueueEntry.state, QueueEntry.service_point_id, QueueEntry.service_id,
               QueueEntry.business_day,
               QueueEntry.booking_reference,
               QueueEntry.version).where(QueueEntry.id == bindparam("id"))


async def reschedule(session: AsyncSession, ctx: Context, entry_id: int, *, key: str,
                     starts_at: dt.datetime, reason: str, federal_state: str,
                     expected_version: int | None = None) -> EntryView:
    """Moves a booking to another slot of its service point; the old place is free as
    soon as this commits."""
    require(ctx.policy, ctx.actor, Permission.BOOK)
    reason = check_text((reason or "").strip(), "Grund", multiline=True, tab=True)
    if not reason:
        raise errors.ReasonRequired()
    async with session.begin():
        await hold_key(session, key)   # a duplicate in flight waits (issue 18)
        replay = await _replayed(session, key)
        if replay is not None:
            return replay
        now = ctx.now()
        old = await _move(session, ctx, entry_id, starts_at, reason, federal_state, now,
                          expected_version=expected_version)
        await remember(session, key, "reschedule", now, {"entry_id": entry_id})
        await record_changes(session, _changes(entry_id, old, starts_at), now)
        return await get_entry(session, entry_id)


def _changes(entry_id: int, old, starts_at: dt.datetime) -> list[Change]:
    new_day = business_day(ensure_utc(starts_at))
    changes = [Change("entry", entry_id, "reschedule", old.service_point_id, new_day)]
    if old.business_day != new_day:
        changes.append(Change("entry", entry_id, "reschedule", old.service_point_id,
                              old.business_day))
    return changes


async def _move(session: AsyncSession, ctx: Context, entry_id: int, starts_at: dt.datetime,
                reason: str, federal_state: str, now: dt.datetime, *,
                expected_version: int | None = None):
    conn = await session.connection()
    stmt = backend_of(conn).lock(_LOCK)
    row = (await conn.execute(stmt, {"id": entry_id})).first()
    if row is None:
        raise errors.NotFound(what=f"Vorgang {entry_id}")
    if row.state != State.BOOKED.value:
        raise cap.NotReschedulable(reference=row.booking_reference or str(entry_id),
                                   state_de=errors.STATE_LABELS_DE[State(row.state)])
    if expected_version is not None and row.version != expected_version:
        raise errors.ConcurrentModification(
            ticket=row.booking_reference or str(entry_id),
            state_de=errors.STATE_LABELS_DE[State(row.state)])
    slot_id, _ = await _checked_slot(session, ctx, row.service_point_id, row.service_id,
                                     starts_at, federal_state)
    starts_at = ensure_utc(starts_at)
    await conn.execute(update(_ENTRIES).where(_ENTRIES.c.id == entry_id).values(
        slot_id=slot_id, scheduled_at=starts_at, business_day=business_day(starts_at),
        reschedule_reason=reason[:500], updated_at=now, version=row.version + 1))
    await audit(session, ctx.actor, now, action="reschedule", entity="entry",
                entity_id=entry_id, from_state=row.state, to_state=row.state)
    return row


# -- a closing day ------------------------------------------------------------------------
_DAY_BOOKINGS = (
    select(QueueEntry.id, QueueEntry.booking_reference, QueueEntry.scheduled_at,
           QueueEntry.service_id, QueueEntry.slot_id,
           AppointmentSlot.service_key)
    .join(AppointmentSlot, AppointmentSlot.id == QueueEntry.slot_id)
    .where(QueueEntry.service_point_id == bindparam("sp"),
           QueueEntry.business_day == bindparam("day"),
           QueueEntry.state == State.BOOKED.value)
    .order_by(QueueEntry.scheduled_at, QueueEntry.id.desc())
)


async def move_day(session: AsyncSession, ctx: Context, *, service_point_id: int,
                   day: dt.date, reason: str, federal_state: str,
                   counter_id: int | None = None) -> DayMoveResult:
    """A service point (or one counter) closes on ``day``: blocks the day and moves every
    booking that no longer fits to the next free slot after it. Returns the people to
    inform (with the new time, or none found: to be booked by hand)."""
    require(ctx.policy, ctx.actor, Permission.REASSIGN)
    reason = check_text((reason or "").strip(), "Grund", multiline=True, tab=True)
    if not reason:
        raise errors.ReasonRequired()
    if day < business_day(ctx.now()):     # nothing to move, and the past stays as it was
        raise errors.ValidationFailed(
            message="Der {day} ist vorbei: nur heute oder ein späterer Tag lässt sich schließen.",
            error_code="close_day_in_past", day=day)
    async with session.begin():
        now = ctx.now()
        conn = await session.connection()
        start, end = day_bounds_utc(day)
        blocked_id = (await conn.execute(BlockedTime.__table__.insert().values(
            service_point_id=service_point_id, counter_id=counter_id, starts_at=start,
            ends_at=end, reason=reason[:500], created_at=now,
        ).returning(BlockedTime.__table__.c.id))).scalar_one()
        capacity = await load_capacity(session, service_point_id, day, day, federal_state)
        bookings = (await conn.execute(_DAY_BOOKINGS, {"sp": service_point_id,
                                                       "day": day})).all()
        # which bookings no longer fit: per slot, the last booked ones beyond the limit
        limits = {(s.starts_at, s.service_key): cap.slot_limit(s.capacity, capacity.percent)
                  for s in capacity.slots(day, day, all_pools=True)}
        by_slot: dict[int, list] = {}
        for b in bookings:
            by_slot.setdefault(b.slot_id, []).append(b)
        to_move = []
        for slot_bookings in by_slot.values():
            first = slot_bookings[0]
            limit = limits.get((ensure_utc(first.scheduled_at), first.service_key), 0)
            taken = await _count_in_slot(conn, first.slot_id)
            overflow = max(0, taken - limit)
            # the ones booked last move first (Q.id descending within the slot)
            to_move.extend(slot_bookings[:overflow])
        after = max(end, now)
        moved, not_moved, changes = [], [], []
        for b in sorted(to_move, key=lambda b: (b.scheduled_at, b.id)):
            free = await next_free_slots(session, service_point_id=service_point_id,
                                         service_id=b.service_id, after=after,
                                         federal_state=federal_state, count=1)
            target = free.slots[0].starts_at if free.slots else None
            if target is not None:
                old = await _move(session, ctx, b.id, target, reason, federal_state, now)
                changes.extend(_changes(b.id, old, target))
            moved_or_not = await _person(conn, b, target)
            (moved if target is not None else not_moved).append(moved_or_not)
        await audit(session, ctx.actor, now, action="move_day", entity="service_point",
                    entity_id=service_point_id, detail=f"moved={len(moved)}")
        changes.append(Change("service_point", service_point_id, "move_day", service_point_id,
                              day))
        await record_changes(session, changes, now)
        return DayMoveResult(blocked_id, tuple(moved), tuple(not_moved))


async def _count_in_slot(conn, slot_id: int) -> int:
    from .capacity_store import _SLOT_COUNT
    return int((await conn.execute(_SLOT_COUNT, {"slot": slot_id})).scalar_one())


_FIRST_PERSON = (
    select(Applicant.family_name, Applicant.given_name, Applicant.preferred_language,
           Applicant.email, Applicant.phone)
    .join(EntryApplicant, EntryApplicant.applicant_id == Applicant.id)
    .where(EntryApplicant.entry_id == bindparam("id"))
    .order_by(EntryApplicant.position)
)


async def _person(conn, booking, new_at: dt.datetime | None) -> PersonToInform:
    people = (await conn.execute(_FIRST_PERSON, {"id": booking.id})).all()
    names = "; ".join(f"{p.family_name}, {p.given_name}" if p.given_name else p.family_name
                      for p in people)
    first = people[0] if people else None
    return PersonToInform(
        entry_id=booking.id, booking_reference=booking.booking_reference or "", names=names,
        old_at=ensure_utc(booking.scheduled_at), new_at=new_at,
        language=first.preferred_language if first else None,
        email=first.email if first else None, phone=first.phone if first else None)


# -- pickup appointments ------------------------------------------------------------------
def pickup_needs_statement(service_point_id: int | None):
    pickup = QueueEntry.__table__.alias("pickup")
    stmt = (
        select(DocumentOrder.id, DocumentOrder.reference, DocumentOrder.doc_type,
               DocumentOrder.collect_service_point_id, DocumentOrder.arrived_at,
               *PERSON_COLUMNS)     # the holder with the data-quality flags (issue 17)
        .join(Applicant, Applicant.id == DocumentOrder.applicant_id)
        .outerjoin(pickup, pickup.c.id == DocumentOrder.pickup_entry_id)
        .where(DocumentOrder.state == "ARRIVED")
        .where((DocumentOrder.pickup_entry_id.is_(None))
               | pickup.c.state.in_([State.CANCELLED.value, State.NO_SHOW.value]))
        .order_by(DocumentOrder.arrived_at, DocumentOrder.id)
    )
    if service_point_id is not None:
        stmt = stmt.where(DocumentOrder.collect_service_point_id == service_point_id)
    return stmt


async def pickup_needs(session: AsyncSession, *,
                       service_point_id: int | None = None) -> list[PickupNeed]:
    """Arrived documents whose holder has no pickup appointment (or whose appointment
    was cancelled or missed): who still needs one."""
    rows = (await session.execute(pickup_needs_statement(service_point_id))).all()
    needs = []
    for order_id, reference, doc_type, sp_id, arrived_at, *person_row in rows:
        person = person_view_from_row(person_row)
        needs.append(PickupNeed(
            order_id=order_id, reference=reference, doc_type=doc_type,
            applicant_id=person.applicant_id, family_name=person.family_name,
            given_name=person.given_name, language=person.preferred_language,
            service_point_id=sp_id, arrived_at=ensure_utc(arrived_at) if arrived_at else None,
            person=person))
    return needs


def applicant_for(need: PickupNeed) -> ApplicantInput:
    return ApplicantInput(family_name=need.family_name, given_name=need.given_name,
                          applicant_id=need.applicant_id)

