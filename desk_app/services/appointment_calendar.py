"""Reading the appointment book: a service point's calendar week, the week's offer
("Terminangebot KW 34"), and the overbooking allowance against the measured no-show
rate. Setting the allowance. Read use cases run in one read transaction each."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import capacity as cap
from desk_app.domain.clock import business_day, day_bounds_utc, ensure_utc
from desk_app.domain.roles import Permission
from desk_app.domain.states import EntryKind, State
from desk_app.domain.transitions import require
from desk_app.models import (
    Applicant, AppointmentSlot, EntryApplicant, QueueEntry, Service, ServicePoint,
)

from .appointment_views import AllowanceReport, BookingView, CalendarSlot, CalendarWeek
from .capacity_store import FREEING_STATES, booked_counts_all, load_capacity
from .changes import Change, audit, record_changes
from .context import Context
from .queue_read import MEMBER_COLUMNS, member_view_from_row
from .views import MemberView


# one row per booking and person, in slot order; the people (with what their data-quality
# flags need, issue 17: the possible duplicate in the same statement) joined in Python
_WEEK_BOOKINGS = (
    select(QueueEntry.id, QueueEntry.booking_reference, QueueEntry.state, QueueEntry.service_id,
           Service.name, QueueEntry.scheduled_at,
           QueueEntry.version, QueueEntry.reschedule_reason, AppointmentSlot.starts_at,
           *MEMBER_COLUMNS)
    .join(AppointmentSlot, AppointmentSlot.id == QueueEntry.slot_id)
    .join(EntryApplicant, EntryApplicant.entry_id == QueueEntry.id)
    .join(Applicant, Applicant.id == EntryApplicant.applicant_id)
    .outerjoin(Service, Service.id == QueueEntry.service_id)
    .where(AppointmentSlot.service_point_id == bindparam("sp"),
           AppointmentSlot.starts_at >= bindparam("start"),
           AppointmentSlot.starts_at < bindparam("end"), QueueEntry.state.not_in(FREEING_STATES))
    .order_by(QueueEntry.scheduled_at, QueueEntry.id, EntryApplicant.position)
)
_FIRST_MEMBER = 9


async def calendar_week(session: AsyncSession, *, service_point_id: int, year: int,
                        week: int, federal_state: str) -> CalendarWeek:
    """The week of a service point: every slot of every pool with its bookings, free
    places, blocked times and holidays."""
    days = cap.iso_week_days(year, week)
    capacity = await load_capacity(session, service_point_id, days[0], days[-1], federal_state)
    slots = capacity.slots(days[0], days[-1], all_pools=True)
    start, _ = day_bounds_utc(days[0])
    _, end = day_bounds_utc(days[-1])
    conn = await session.connection()
    rows = (await conn.execute(_WEEK_BOOKINGS, {"sp": service_point_id, "start": start,
                                                "end": end})).all()
    bookings: dict[dt.datetime, list[BookingView]] = {}
    last_id = None
    people: list[MemberView] = []
    row0 = None

    def flush():
        if row0 is None:
            return
        at = ensure_utc(row0[5])
        # under its slot's start: a booking at 8:05 (Desk.book, an import) is in 8:00
        bookings.setdefault(ensure_utc(row0[8]), []).append(BookingView(
            entry_id=row0[0], booking_reference=row0[1] or "", state=row0[2],
            names="; ".join(p.display_name for p in people), persons=len(people),
            service_id=row0[3], service_name=row0[4] or "", starts_at=at, version=row0[6],
            reschedule_reason=row0[7], language=people[0].preferred_language,
            members=tuple(people)))

    for r in rows:
        if r[0] != last_id:
            flush()
            last_id, row0, people = r[0], r, []
        people.append(member_view_from_row(r[_FIRST_MEMBER:]))
    flush()
    # one calendar slot per start time: the pools of the service point side by side
    merged: dict[dt.datetime, list[cap.Slot]] = {}
    for s in slots:
        merged.setdefault(s.starts_at, []).append(s)
    out = []
    for at, group in sorted(merged.items()):
        capacity_sum = sum(s.capacity for s in group)
        out.append(CalendarSlot(
            starts_at=at, ends_at=max(s.ends_at for s in group), capacity=capacity_sum,
            limit=sum(cap.slot_limit(s.capacity, capacity.percent) for s in group),
            blocked_reason=next((s.blocked_reason for s in group if s.blocked_reason), ""),
            bookings=tuple(bookings.pop(at, ()))))
    counts = {at: len(slot.bookings) for at, slot in ((s.starts_at, s) for s in out)}
    offer = cap.week_offer(year, week, capacity.service_point_name, slots=[
        cap.Slot(s.starts_at, s.ends_at, s.capacity) for s in out], booked=counts,
        percent=capacity.percent, holidays=capacity.holidays)
    return CalendarWeek(service_point_id, capacity.service_point_name, year, week,
                        tuple(days), tuple(out), capacity.holidays, capacity.blocked,
                        capacity.percent, offer)


async def week_offer(session: AsyncSession, *, service_point_id: int, year: int, week: int,
                     federal_state: str) -> cap.WeekOffer:
    """The week's offer and how much of it is booked ("Terminangebot KW 34")."""
    days = cap.iso_week_days(year, week)
    capacity = await load_capacity(session, service_point_id, days[0], days[-1], federal_state)
    slots = capacity.slots(days[0], days[-1], all_pools=True)
    start, _ = day_bounds_utc(days[0])
    _, end = day_bounds_utc(days[-1])
    counts_by_pool = await booked_counts_all(session, service_point_id, start, end)
    # the offer sums every pool; a slot's bookings are per (start, pool)
    merged_capacity: dict[dt.datetime, int] = {}
    limits: dict[dt.datetime, int] = {}
    for s in slots:
        merged_capacity[s.starts_at] = merged_capacity.get(s.starts_at, 0) + s.capacity
        limits[s.starts_at] = limits.get(s.starts_at, 0) + cap.slot_limit(s.capacity,
                                                                           capacity.percent)
    counts: dict[dt.datetime, int] = {}
    for (at, _pool), n in counts_by_pool.items():
        counts[at] = counts.get(at, 0) + n
    merged = [cap.Slot(at, at, c) for at, c in sorted(merged_capacity.items())]
    return cap.week_offer(year, week, capacity.service_point_name, merged, counts,
                          capacity.percent, capacity.holidays)


# -- the overbooking allowance ------------------------------------------------------------
_HISTORY = (
    select(QueueEntry.scheduled_at, QueueEntry.state)
    .where(QueueEntry.service_point_id == bindparam("sp"),
           QueueEntry.kind == EntryKind.APPOINTMENT.value,
           QueueEntry.scheduled_at >= bindparam("start"),
           QueueEntry.scheduled_at < bindparam("end"),
           QueueEntry.state != State.CANCELLED.value)
)


async def allowance_report(session: AsyncSession, *, service_point_id: int,
                           now: dt.datetime, federal_state: str,
                           weeks: int = 6) -> AllowanceReport:
    """The measured no-show rate of the last ``weeks`` weeks (before today), the allowance
    it suggests, and what the current and the suggested allowance would have done."""
    today = business_day(now)
    first = today - dt.timedelta(weeks=weeks)
    last = today - dt.timedelta(days=1)
    capacity = await load_capacity(session, service_point_id, first, last, federal_state)
    slots = capacity.slots(first, last, all_pools=True)
    start, _ = day_bounds_utc(first)
    _, end = day_bounds_utc(last)
    rows = (await session.execute(_HISTORY, {"sp": service_point_id, "start": start,
                                             "end": end})).all()
    history = _history(slots, rows)
    rate = cap.no_show_rate(history)
    suggested = cap.suggested_percent(rate)
    return AllowanceReport(
        service_point_id=service_point_id, percent=capacity.percent, weeks=weeks, rate=rate,
        suggested=suggested,
        current=cap.simulate_allowance(history, capacity.percent, weeks=weeks),
        with_suggested=cap.simulate_allowance(history, suggested, weeks=weeks))


def _history(slots: list[cap.Slot], rows) -> list[cap.SlotHistory]:
    """Past appointments counted into the slot they fell in (an imported booking has no
    slot row, only its time)."""
    import bisect

    starts = [s.starts_at for s in slots]
    booked = [0] * len(slots)
    no_shows = [0] * len(slots)
    for at, state in rows:
        at = ensure_utc(at)
        i = bisect.bisect_right(starts, at) - 1
        if i < 0 or at >= slots[i].ends_at:
            continue
        booked[i] += 1
        no_shows[i] += state == State.NO_SHOW.value
    return [cap.SlotHistory(s.capacity, b, n) for s, b, n in zip(slots, booked, no_shows)
            if s.capacity or b]


async def set_allowance(session: AsyncSession, ctx: Context, *, service_point_id: int,
                        percent: int) -> int:
    """Sets a service point's overbooking allowance (shift lead or admin)."""
    require(ctx.policy, ctx.actor, Permission.REASSIGN)
    if not 0 <= int(percent) <= cap.MAX_OVERBOOKING_PERCENT:
        raise cap.InvalidOverbooking(limit=cap.MAX_OVERBOOKING_PERCENT)
    async with session.begin():
        now = ctx.now()
        conn = await session.connection()
        await conn.execute(update(ServicePoint.__table__)
                           .where(ServicePoint.__table__.c.id == service_point_id)
                           .values(overbooking_percent=int(percent)))
        await audit(session, ctx.actor, now, action="set_overbooking", entity="service_point",
                    entity_id=service_point_id, detail=f"percent={int(percent)}")
        await record_changes(session, [Change("service_point", service_point_id,
                                              "set_overbooking", service_point_id)], now)
    return int(percent)


async def slot_count(session: AsyncSession, service_point_id: int) -> int:
    """How many slot rows a service point has (tests, diagnostics)."""
    return int((await session.execute(select(func.count(AppointmentSlot.id)).where(
        AppointmentSlot.service_point_id == service_point_id))).scalar_one())
