"""Seeding: the office's reference data, and a realistic demo day driven through the
real services (so a demo day is exactly what a real day leaves in the database)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import capacity as cap
from desk_app.domain import errors
from desk_app.domain.clock import BERLIN, local_to_utc
from desk_app.domain.roles import Actor, Permission, Role
from desk_app.domain.states import Action, Outcome, State
from desk_app.models import CapacityRule, Counter, Service, ServicePoint, StaffMember

from . import demo_data as data
from .applicant_input import ApplicantInput
from .context import Context
from .database import Database
from .desk import Desk


async def seed_reference(session: AsyncSession) -> bool:
    """Creates service points, counters, services and staff once; False if present.
    The same path as an office's own file: ``desk-app config import`` (issue 13); then the
    appointment book's default hours."""
    from .capacity_config import seed_capacity  # the appointment book's default hours
    from .config_file import seed_from_config
    from .demo_config import demo_reference_config

    if not await seed_from_config(session, demo_reference_config()):
        return False
    async with session.begin():
        await seed_capacity(session)
    return True


@dataclass
class DemoSummary:
    entries: int
    as_of: dt.datetime
    documents: int = 0


def demo_day_for(today: dt.date) -> dt.date:
    """The working day a demo started ``today`` shows: today, or on a weekend or public
    holiday (of the office's federal state, as the appointment calendar has them) the
    last working day before it (an office is closed then)."""
    from desk_app.domain.capacity import DEFAULT_FEDERAL_STATE, public_holidays

    closed = public_holidays(DEFAULT_FEDERAL_STATE, today - dt.timedelta(days=14), today)
    day = today
    while day.weekday() >= 5 or day in closed:
        day -= dt.timedelta(days=1)
    return day


def demo_now(now: dt.datetime) -> dt.datetime:
    """The demo's "now": this time of day on ``demo_day_for`` today. The demo's clock
    runs that far behind the real one, so that on a Sunday afternoon it is Friday
    afternoon in the demo, with waits as real as on any working day."""
    local = now.astimezone(BERLIN)
    day = demo_day_for(local.date())
    if day == local.date():
        return now
    return local_to_utc(day, local.time().replace(tzinfo=None))


def demo_as_of(day: dt.date, now: dt.datetime) -> dt.datetime:
    """The moment the demo day shows: ``now`` when ``day`` is today, whatever the hour or
    weekday (the window always shows the real clock, so any other moment would give
    impossible waits); for another day a busy mid-morning picture at 10:30."""
    if now.astimezone(BERLIN).date() == day:
        return now
    return local_to_utc(day, dt.time(10, 30))


# The demo's "opening hours" lie around the moment it shows: three hours behind (done,
# no-shows, walk-ins), five ahead (bookings), within the business day. A demo started at
# 17:45 or on a Sunday is a working morning at that moment, not an office closed for
# hours with impossible waits (see README, "desk-app demo").
DEMO_HOURS_BEHIND = dt.timedelta(hours=3)
DEMO_HOURS_AHEAD = dt.timedelta(hours=5)
LONGEST_WAIT = dt.timedelta(minutes=40)


def demo_window(day: dt.date, as_of: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """[first slot, last slot] of the demo day's bookings, inside ``day``."""
    first = max(as_of - DEMO_HOURS_BEHIND, local_to_utc(day, dt.time(0, 10)))
    last = min(as_of + DEMO_HOURS_AHEAD, local_to_utc(day, dt.time(23, 50)))
    first = first.replace(second=0, microsecond=0)
    first -= dt.timedelta(minutes=first.minute % 10)  # whole ten minutes, as bookings are
    return first, last


async def seed_demo_day(db: Database, day: dt.date, *, now: dt.datetime, size: int = 400,
                        seed: int = 4711) -> DemoSummary:
    """About ``size`` entries for ``day`` across the service points, progressed to
    ``demo_as_of``: finished, no-shows, waiting (at most 40 minutes), called, in service,
    parked, walk-ins, bookings ahead; and documents ordered and arrived for pickup."""
    rnd = random.Random(seed)
    async with db.write_session() as session:
        await seed_reference(session)
    async with db.read_session() as session:
        sps = (await session.execute(select(ServicePoint).where(
            ServicePoint.is_reception.is_(False)).order_by(ServicePoint.id))).scalars().all()
        counters = (await session.execute(select(Counter))).scalars().all()
        services = (await session.execute(select(Service))).scalars().all()
        lead = (await session.execute(select(StaffMember).where(
            StaffMember.login == "leitung"))).scalar_one()
        clerks = (await session.execute(select(StaffMember).where(
            StaffMember.role == Role.CLERK.value))).scalars().all()
    as_of = demo_as_of(day, now)
    opening, closing = demo_window(day, as_of)
    async with db.write_session() as session, session.begin():
        await _demo_hours(session, day, opening, closing, sps, counters)
    clock = _Clock(as_of)
    lead_ctx = Context(actor=Actor(staff_id=lead.id, role=Role.SHIFT_LEAD, station="demo"),
                       clock=clock)
    desk = Desk(db, lead_ctx)
    by_sp_counters = {sp.id: [c for c in counters if c.service_point_id == sp.id] for sp in sps}
    by_sp_services = {sp.id: [s for s in services if s.service_point_id == sp.id] or services
                      for sp in sps}
    weights = [6, 2, 3, 2, 3, 1, 1][: len(sps)]
    slots = [opening + dt.timedelta(minutes=10 * i)
             for i in range(int((closing - opening).total_seconds() // 600) + 1)]
    created: list[tuple[int, dt.datetime, int]] = []  # entry id, scheduled, sp id
    special = list(data.SPECIAL_PEOPLE)
    n_walk_ins = size // 8
    for i in range(size - n_walk_ins):
        sp = rnd.choices(sps, weights)[0]
        at = rnd.choice(slots)
        clock.set(min(at, as_of) - dt.timedelta(days=14))
        people = _people(rnd, special)
        service_id = rnd.choice(by_sp_services[sp.id]).id
        try:   # every booking takes a slot's place, as in the office: a full one is not made
            view = await desk.book(service_point_id=sp.id, scheduled_at=at, applicants=people,
                                   key=f"demo-{day}-{i}", service_id=service_id)
        except (cap.SlotFull, cap.NotASlot):
            continue
        created.append((view.id, at, sp.id))
    # walk-ins arrive through the morning up to as_of
    for i in range(n_walk_ins):
        sp = rnd.choices(sps, weights)[0]
        arrive = opening + dt.timedelta(minutes=rnd.randint(0, 480))
        if arrive >= as_of or arrive > closing:
            continue
        clock.set(arrive)
        view = await desk.register_walk_in(service_point_id=sp.id,
                                           applicants=_people(rnd, special),
                                           service_id=rnd.choice(by_sp_services[sp.id]).id,
                                           key=f"demo-walkin-{day}-{i}")
        created.append((view.id, arrive, sp.id))
    clerk_by_login = {c.login: c for c in clerks}
    clerk_of_counter = {}
    for sp in sps:
        for i, counter in enumerate(by_sp_counters[sp.id], start=1):
            clerk_of_counter[counter.id] = clerk_by_login.get(f"sb{sp.code.lower()}{i}", lead)
    await _progress(desk, lead_ctx, clock, rnd, created, as_of, by_sp_counters, clerk_of_counter)
    await _no_long_waits(desk, clock, rnd, day, as_of)
    orders = await _documents(desk, clock, rnd, day, as_of, created)
    return DemoSummary(entries=len(created), as_of=as_of, documents=orders)


async def _demo_hours(session: AsyncSession, day: dt.date, opening: dt.datetime,
                      closing: dt.datetime, sps, counters) -> None:
    """The appointment book's hours on the demo day's weekday are the demo's window (the
    demo is a working morning whenever it starts): 10-minute slots, as its bookings are,
    one place per counter; the other weekdays keep the default hours."""
    from desk_app.domain.clock import to_local

    opens = to_local(opening).strftime("%H:%M")
    end = to_local(closing) + dt.timedelta(minutes=10)
    closes = end.strftime("%H:%M") if end.date() == day else "23:59"
    await session.execute(delete(CapacityRule).where(CapacityRule.weekday == day.weekday()))
    for sp in sps:
        session.add(CapacityRule(
            service_point_id=sp.id, weekday=day.weekday(), opens=opens, closes=closes,
            slot_minutes=10, counters=max(1, sum(1 for c in counters
                                                 if c.service_point_id == sp.id))))


def _people(rnd: random.Random, special: list) -> list[ApplicantInput]:
    size = 1 if rnd.random() < 0.8 else rnd.randint(2, 5)
    origins = list(data.ORIGIN_WEIGHTS)
    origin = rnd.choices(origins, [data.ORIGIN_WEIGHTS[o] for o in origins])[0]
    families, givens = data.NAMES_BY_ORIGIN[origin]
    family = rnd.choice(families)
    language = data.ORIGIN_LANGUAGE.get(origin, rnd.choice(["en", None]))
    people = []
    for k, given in enumerate(rnd.sample(givens, min(size, len(givens))) +
                              [rnd.choice(givens) for _ in range(size - len(givens))]):
        family_name = family
        if special and rnd.random() < 0.04:
            family_name, given = special.pop()
        year = rnd.randint(1950, 2004) if k < 2 else rnd.randint(2008, 2024)
        roll = rnd.random()
        birth = (f"00.00.{year}" if roll < 0.08 else
                 f"00.{rnd.randint(1, 12):02d}.{year}" if roll < 0.12 else
                 f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{year}")
        has_contact = rnd.random() > 0.2
        people.append(ApplicantInput(
            family_name=family_name, given_name=given, birth_date=birth,
            nationality=data.ORIGIN_NATIONALITY[origin],
            file_number=(f"{rnd.randint(1, 99):02d}-{rnd.randint(10000, 99999)}"
                         if rnd.random() > 0.15 else None),
            email=(f"person{rnd.randint(1000, 9999)}@example.org"
                   if has_contact and rnd.random() > 0.3 else None),
            phone=f"+49 151 {rnd.randint(1000000, 9999999)}" if has_contact else None,
            preferred_language=language,
        ))
    return people


class _Clock:
    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def set(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


async def _progress(desk: Desk, ctx: Context, clock: _Clock, rnd: random.Random, created,
                    as_of: dt.datetime, counters_by_sp, clerk_of_counter) -> None:
    minute = dt.timedelta(minutes=1)
    busy_counters: dict[int, int] = {}
    for entry_id, at, sp_id in sorted(created, key=lambda t: t[1]):
        if at >= as_of:
            continue
        age = as_of - at
        view = await desk.entry(entry_id)
        try:
            recent = age < dt.timedelta(minutes=45)
            if view.state == State.BOOKED:
                if rnd.random() < 0.125:
                    if age > dt.timedelta(minutes=16):
                        clock.set(at + 16 * minute)
                        await desk.act(entry_id, Action.MARK_NO_SHOW)
                    continue
                arrive = at - rnd.randint(0, 12) * minute
                if recent:  # still waiting: never longer than LONGEST_WAIT
                    arrive = min(max(arrive, as_of - LONGEST_WAIT), as_of - minute)
                elif age < dt.timedelta(minutes=60):  # may be parked: keep it under an hour
                    arrive = max(arrive, as_of - 55 * minute)
                clock.set(arrive)
                view = await desk.check_in(entry_id)
            counters = counters_by_sp[sp_id]
            counter = counters[entry_id % len(counters)]
            desk.ctx = _as_clerk(ctx, clerk_of_counter[counter.id], counter.id)
            if rnd.random() < 0.015:
                clock.set(clock() + rnd.randint(10, 30) * minute)
                await desk.act(entry_id, Action.LEAVE)  # gave up waiting
                continue
            if recent:
                # still waiting, or at a free counter right now
                if busy_counters.get(counter.id) is None and rnd.random() < 0.35:
                    clock.set(as_of - rnd.randint(1, 4) * minute)
                    await desk.call_specific(entry_id, counter_id=counter.id)
                    if rnd.random() < 0.6:
                        await desk.act(entry_id, Action.APPEAR)
                    busy_counters[counter.id] = entry_id
                continue
            clock.set(at + rnd.randint(2, 25) * minute)
            await desk.call_specific(entry_id, counter_id=counter.id)
            roll = rnd.random()
            if roll < 0.03:
                # does not answer three calls: MISSED
                for _call in range(3):
                    await desk.act(entry_id, Action.NOT_ANSWERING)
                    if _call < 2:
                        clock.set(clock() + 6 * minute)
                        await desk.call_specific(entry_id, counter_id=counter.id)
                continue
            await desk.act(entry_id, Action.APPEAR)
            if roll < 0.08 and age < dt.timedelta(minutes=60):
                clock.set(clock() + 6 * minute)
                await desk.act(entry_id, Action.PARK, reason=rnd.choice(
                    ["Kassenautomat", "Passfoto-Automat", "Unterlagen fehlen"]))
                continue
            clock.set(clock() + rnd.randint(6, 25) * minute)
            outcome = rnd.choice([Outcome.COMPLETED, Outcome.COMPLETED, Outcome.DOCUMENT_ORDERED,
                                  Outcome.DOCUMENTS_MISSING, Outcome.FOLLOW_UP])
            await desk.act(entry_id, Action.FINISH,
                           outcomes={m.applicant_id: outcome for m in view.members})
        except errors.DomainError:
            continue
        finally:
            desk.ctx = ctx


async def _no_long_waits(desk: Desk, clock: _Clock, rnd: random.Random, day: dt.date,
                         as_of: dt.datetime) -> None:
    """Whoever a refused step left waiting too long has given up (a real morning has
    no 2-hour waits in its queue)."""
    views = await desk.day_queue(day)
    for view in views:
        if view.state == State.WAITING and view.waiting_since is not None and \
                as_of - view.waiting_since > LONGEST_WAIT + dt.timedelta(minutes=5):
            clock.set(as_of - rnd.randint(1, 20) * dt.timedelta(minutes=1))
            try:
                await desk.act(view.id, Action.LEAVE)
            except errors.DomainError:
                continue


async def _documents(desk: Desk, clock: _Clock, rnd: random.Random, day: dt.date,
                     as_of: dt.datetime, created) -> int:
    """The pickup desk's shelf: eATs and travel documents ordered weeks ago, most of them
    arrived from the federal printer (collected today by people booked for "Ausgabe
    eAT"), and today's orders from finished entries."""
    from . import document_orders as docs

    views = await desk.entries([entry_id for entry_id, _at, _sp in created])
    count = 0
    for view in views:
        kind = None
        if view.state == State.DONE and any(m.outcome == Outcome.DOCUMENT_ORDERED
                                            for m in view.members):
            ordered_at, arrived_at = as_of - dt.timedelta(minutes=rnd.randint(1, 60)), None
            kind = docs.DocType.EAT
        elif view.service_name in ("Ausgabe eAT", "Ausgabe Reiseausweis") and \
                view.state in (State.BOOKED, State.WAITING, State.CALLED, State.NO_SHOW):
            ordered_at = as_of - dt.timedelta(days=rnd.randint(21, 42))
            arrived_at = None if rnd.random() < 0.2 else \
                as_of - dt.timedelta(days=rnd.randint(2, 14))
            kind = (docs.DocType.TRAVEL_DOC if view.service_name == "Ausgabe Reiseausweis"
                    else docs.DocType.EAT)
        if kind is None:
            continue
        for member in view.members[:2]:
            clock.set(min(ordered_at, as_of))
            try:
                order = await desk.write(docs.order_document, desk.ctx,
                                         key=f"demo-doc-{day}-{view.id}-{member.applicant_id}",
                                         applicant_id=member.applicant_id, doc_type=kind,
                                         collect_service_point_id=view.service_point_id,
                                         entry_id=view.id)
                if arrived_at is not None:
                    clock.set(arrived_at)
                    await desk.write(docs.mark_arrived, desk.ctx, order.id,
                                     key=f"demo-arrived-{day}-{order.id}")
            except errors.DomainError:
                continue
            count += 1
    clock.set(as_of)
    return count


def _as_clerk(ctx: Context, clerk, counter_id: int) -> Context:
    """The counter's own clerk acts; the demo lets clerks call a named person."""
    role = Role(clerk.role)
    return Context(actor=Actor(staff_id=clerk.id, role=role, counter_id=counter_id,
                               station=f"demo-{counter_id}"),
                   policy=ctx.policy.with_grant(role, Permission.CALL_SPECIFIC), clock=ctx.clock)
