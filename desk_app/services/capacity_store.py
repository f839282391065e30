"""Reading the appointment book's capacity from the database: rules, blocked times, the
overbooking allowance, and how many places each slot has taken. The rules themselves are
pure (desk_app.domain.capacity); this module only fetches their input.

A slot row (``appointment_slots``) exists once a slot had a booking; its count of
bookings is the number of entries holding it that are not cancelled (a rescheduled
entry holds its new slot only, so the old one is free at once, for everyone).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import capacity as cap
from desk_app.domain import errors
from desk_app.domain.clock import day_bounds_utc
from desk_app.domain.states import State
from desk_app.models import AppointmentSlot, BlockedTime, CapacityRule, QueueEntry, ServicePoint

from .backend import backend_of


#: states that no longer hold a place of their slot
FREEING_STATES = (State.CANCELLED.value,)


@dataclass(frozen=True)
class Capacity:
    """Everything needed to compute a service point's slots over a period."""

    service_point_id: int
    service_point_name: str
    percent: int
    rules: tuple[cap.CapacityRule, ...]
    blocked: tuple[cap.Blocked, ...]
    holidays: dict[dt.date, str]

    def slots(self, first_day: dt.date, last_day: dt.date,
              service_id: int | None = None, *, all_pools: bool = False) -> list[cap.Slot]:
        rules = self.rules if all_pools else cap.rules_for(self.rules, service_id)
        return cap.slots_between(rules, first_day, last_day, blocked=self.blocked,
                                 holidays=self.holidays)

    def service_key(self, service_id: int | None) -> int:
        rules = cap.rules_for(self.rules, service_id)
        return rules[0].service_key if rules else 0


def rule_from_row(r: CapacityRule) -> cap.CapacityRule:
    return cap.CapacityRule(service_point_id=r.service_point_id, weekday=r.weekday,
                            opens=cap.parse_time(r.opens), closes=cap.parse_time(r.closes),
                            slot_minutes=r.slot_minutes, counters=r.counters,
                            service_id=r.service_id)


_SP = select(ServicePoint.id, ServicePoint.name, ServicePoint.overbooking_percent).where(
    ServicePoint.id == bindparam("sp"))
_RULES = select(CapacityRule).where(CapacityRule.service_point_id == bindparam("sp")).order_by(
    CapacityRule.weekday, CapacityRule.opens, CapacityRule.id)
_BLOCKED = select(BlockedTime).where(
    BlockedTime.service_point_id == bindparam("sp"),
    BlockedTime.ends_at > bindparam("start"), BlockedTime.starts_at < bindparam("end"),
).order_by(BlockedTime.starts_at)


async def load_capacity(session: AsyncSession, service_point_id: int, first_day: dt.date,
                        last_day: dt.date, federal_state: str) -> Capacity:
    sp = (await session.execute(_SP, {"sp": service_point_id})).first()
    if sp is None:
        raise errors.NotFound(what=f"Dienststelle {service_point_id}")
    rules = tuple(rule_from_row(r) for r in
                  (await session.execute(_RULES, {"sp": service_point_id})).scalars())
    start, _ = day_bounds_utc(first_day)
    _, end = day_bounds_utc(last_day)
    blocked = tuple(cap.Blocked(b.starts_at, b.ends_at, b.reason, b.counter_id, b.id) for b in
                    (await session.execute(_BLOCKED, {"sp": service_point_id, "start": start,
                                                      "end": end})).scalars())
    return Capacity(service_point_id, sp.name, int(sp.overbooking_percent or 0), rules,
                    blocked, cap.public_holidays(federal_state, first_day, last_day))


_COUNTS = (
    select(AppointmentSlot.starts_at, func.count(QueueEntry.id))
    .join(QueueEntry, QueueEntry.slot_id == AppointmentSlot.id)
    .where(AppointmentSlot.service_point_id == bindparam("sp"),
           AppointmentSlot.service_key == bindparam("key"),
           AppointmentSlot.starts_at >= bindparam("start"),
           AppointmentSlot.starts_at < bindparam("end"),
           QueueEntry.state.not_in(FREEING_STATES))
    .group_by(AppointmentSlot.starts_at)
)
_COUNTS_ALL = (
    select(AppointmentSlot.starts_at, AppointmentSlot.service_key, func.count(QueueEntry.id))
    .join(QueueEntry, QueueEntry.slot_id == AppointmentSlot.id)
    .where(AppointmentSlot.service_point_id == bindparam("sp"),
           AppointmentSlot.starts_at >= bindparam("start"),
           AppointmentSlot.starts_at < bindparam("end"),
           QueueEntry.state.not_in(FREEING_STATES))
    .group_by(AppointmentSlot.starts_at, AppointmentSlot.service_key)
)


async def booked_counts(session: AsyncSession, service_point_id: int, service_key: int,
                        start: dt.datetime, end: dt.datetime) -> dict[dt.datetime, int]:
    """Places taken per slot start in [start, end) of one pool."""
    conn = await session.connection()
    rows = await conn.execute(_COUNTS, {"sp": service_point_id, "key": service_key,
                                        "start": start, "end": end})
    return {_utc(r[0]): int(r[1]) for r in rows}


async def booked_counts_all(session: AsyncSession, service_point_id: int, start: dt.datetime,
                            end: dt.datetime) -> dict[tuple[dt.datetime, int], int]:
    conn = await session.connection()
    rows = await conn.execute(_COUNTS_ALL, {"sp": service_point_id, "start": start, "end": end})
    return {(_utc(r[0]), int(r[1])): int(r[2]) for r in rows}


def _utc(value: dt.datetime) -> dt.datetime:
    from desk_app.domain.clock import ensure_utc
    return ensure_utc(value)


_SLOT_ID = select(AppointmentSlot.id).where(AppointmentSlot.service_point_id == bindparam("sp"),
                               AppointmentSlot.service_key == bindparam("key"),
                               AppointmentSlot.starts_at == bindparam("start"))
_SLOT_COUNT = select(func.count(QueueEntry.id)).where(QueueEntry.slot_id == bindparam("slot"),
                                             QueueEntry.state.not_in(FREEING_STATES))


async def lock_slot(session: AsyncSession, service_point_id: int, service_key: int,
                    starts_at: dt.datetime) -> tuple[int, int]:
    """Makes the slot's row if it is new, locks it until the transaction ends, and
    returns (slot id, places taken). On PostgreSQL the row lock (SELECT … FOR UPDATE)
    makes every other booking of this slot wait, and the count is read after the lock
    is held, so it sees what the one before committed. On SQLite the write transaction
    (BEGIN IMMEDIATE) already serialises writers."""
    conn = await session.connection()
    backend = backend_of(conn)
    await conn.execute(backend.insert(AppointmentSlot.__table__).values(
        service_point_id=service_point_id, service_key=service_key, starts_at=starts_at,
    ).on_conflict_do_nothing(index_elements=["service_point_id", "service_key", "starts_at"]))
    params = {"sp": service_point_id, "key": service_key, "start": starts_at}
    stmt = backend.lock(_SLOT_ID)
    slot_id = (await conn.execute(stmt, params)).scalar_one()
    taken = int((await conn.execute(_SLOT_COUNT, {"slot": slot_id})).scalar_one())
    return slot_id, taken


async def take_place(session: AsyncSession, *, service_point_id: int, service_id: int | None,
                     at: dt.datetime, federal_state: str) -> int | None:
    """A booking at ``at`` outside the appointment book's own dialogs (``Desk.book``, a
    moved time in the reassign dialog) takes a place of the slot that holds ``at``,
    under the same row lock as the appointment book (``lock_slot``), and returns the
    slot's id. No overbooking: a full (or blocked) slot raises ``SlotFull``. A time
    outside every slot of a service point that has opening hours raises ``NotASlot``.
    A service point without any hours (no appointment book there) books as before,
    without a slot (None)."""
    from desk_app.domain.clock import business_day, ensure_utc

    at = ensure_utc(at)
    day = business_day(at)
    capacity = await load_capacity(session, service_point_id, day, day, federal_state)
    if not capacity.rules:
        return None
    slot = cap.slot_containing(capacity.slots(day, day, service_id), at)
    if slot is None:
        raise cap.NotASlot(when=at)
    slot_id, taken = await lock_slot(session, service_point_id, slot.service_key,
                                     slot.starts_at)
    if not cap.may_book(taken, 1, slot.capacity, capacity.percent):
        raise cap.SlotFull(when=slot.starts_at)
    return slot_id
