"""20 clerks book the last places of a slot at once: never more than capacity plus the
allowance. Each clerk has its own engine (own connection), started behind a Barrier,
many rounds. PostgreSQL at full size; SQLite (serialised writers) the cheap version."""

from __future__ import annotations

import asyncio
import datetime as dt

from sqlalchemy import func, select

from desk_app.domain import capacity as cap
from desk_app.domain.states import State
from desk_app.models import Counter, QueueEntry
from desk_app.services.appointment_book import AppointmentBook
from tests.appointments.helpers import MONDAY, book_for, local
from tests.support import Clock, desk_for, ids, person


async def clerks(db, open_db, url, n, clock):
    async with db.read() as s:
        names = list((await s.execute(select(Counter.name).order_by(Counter.id))).scalars())
    out = []
    for i in range(n):
        d = await desk_for(open_db(url, pool_size=1), "sbbi1", counter=names[i % len(names)],
                           clock=clock, station=f"ws{i:02d}")
        out.append(AppointmentBook(d))
    for b in out:  # warm up every connection
        await b.next_free(service_point_id=(await ids(db))["sp"]["BI"], service_id=None, count=1)
    return out


async def test_twenty_clerks_book_the_last_places_at_once(db, open_db, database_url):
    n, rounds = (20, 8) if db.is_postgres else (5, 2)
    clock = Clock(local(MONDAY, 7))
    lead, _, _ = await book_for(db, "leitung", counter=None, clock=clock)
    sp = (await ids(db))["sp"]["BI"]
    await lead.set_allowance(service_point_id=sp, percent=34)   # 6 counters -> 8 places
    books = await clerks(db, open_db, database_url, n, clock)
    first = await books[0].next_free(service_point_id=sp, service_id=None, count=rounds)
    for r, slot in enumerate(first.slots):
        # some places already taken, the rest raced for
        for i in range(r % 4):
            await books[0].book(service_point_id=sp, service_id=None, starts_at=slot.starts_at,
                                applicants=[person(f"Vor{i}")])
        barrier = asyncio.Barrier(n)

        async def one(b, i):
            await barrier.wait()
            try:
                return await b.book(service_point_id=sp, service_id=None,
                                    starts_at=slot.starts_at, applicants=[person(f"R{r}x{i}")])
            except cap.SlotFull as exc:
                return exc

        results = await asyncio.gather(*(one(b, i) for i, b in enumerate(books)))
        wins = [x for x in results if not isinstance(x, Exception)]
        assert len(wins) == min(n, 8 - r % 4), results
        assert all(isinstance(x, cap.SlotFull) for x in results if isinstance(x, Exception))
        async with db.read() as s:
            held = (await s.execute(select(func.count(QueueEntry.id)).where(
                QueueEntry.scheduled_at == slot.starts_at,
                QueueEntry.state == State.BOOKED.value))).scalar_one()
        assert held == min(8, r % 4 + n)
    week = await books[0].week(service_point_id=sp, year=2026, week=49)
    for s in week.slots:
        assert len(s.bookings) <= s.limit


async def test_rescheduling_and_booking_race_for_the_last_place(db, open_db, database_url):
    """Half the clerks move an existing booking into a slot, half book new people into
    it, at once: the slot still ends at its limit, and each moved booking left its old
    slot."""
    n = 10 if db.is_postgres else 4
    clock = Clock(local(MONDAY, 7))
    sp = (await ids(db))["sp"]["BI"]
    books = await clerks(db, open_db, database_url, n, clock)
    free = await books[0].next_free(service_point_id=sp, service_id=None, count=2)
    target, source = free.slots[0].starts_at, free.slots[1].starts_at
    movers = [await books[0].book(service_point_id=sp, service_id=None, starts_at=source,
                                  applicants=[person(f"M{i}")]) for i in range(n // 2)]
    barrier = asyncio.Barrier(n)

    async def one(i):
        await barrier.wait()
        try:
            if i < n // 2:
                return await books[i].reschedule(movers[i].id, starts_at=target, reason="Test")
            return await books[i].book(service_point_id=sp, service_id=None, starts_at=target,
                                       applicants=[person(f"N{i}")])
        except cap.SlotFull as exc:
            return exc

    results = await asyncio.gather(*(one(i) for i in range(n)))
    wins = [x for x in results if not isinstance(x, Exception)]
    assert len(wins) == min(n, 6)
    week = await books[0].week(service_point_id=sp, year=2026, week=49)
    by_start = {s.starts_at: s for s in week.slots}
    assert len(by_start[target].bookings) == min(n, 6)
    moved = {x.id for x in wins if x.id in {m.id for m in movers}}
    assert {b.entry_id for b in by_start[source].bookings} == {m.id for m in movers} - moved
