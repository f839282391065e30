"""Races between workstations: several engines (one per simulated workstation) start
together behind an asyncio.Barrier, many times, and the invariants must hold.
PostgreSQL runs the full size; SQLite the cheap version (it serialises writers anyway)."""

from __future__ import annotations

import asyncio
from collections import Counter as Tally, defaultdict

import pytest
from sqlalchemy import func, select

from desk_app.domain import errors
from desk_app.domain.states import Action, State
from desk_app.models import AuditEvent, Counter, QueueEntry
from tests.support import Clock, DAY, at, desk_for, open_around_the_clock, person


def size(db, pg: int, lite: int) -> int:
    return pg if db.is_postgres else lite


async def counter_names(db) -> list[str]:
    async with db.read() as s:
        return list((await s.execute(select(Counter.name).order_by(Counter.id))).scalars())


async def workstations(db, open_db, url, n: int, login, clock) -> list:
    """n Desks, each on its own engine (own connection), warmed up before the race."""
    names = await counter_names(db)
    desks = []
    for i in range(n):
        d = await desk_for(open_db(url, pool_size=1), login(i) if callable(login) else login,
                           counter=names[i % len(names)], clock=clock, station=f"ws{i:02d}")
        desks.append(d)
    return desks


async def together(desks, action):
    """Runs action(desk) on every desk at once; returns results or exceptions, in order."""
    barrier = asyncio.Barrier(len(desks))

    async def one(d):
        await barrier.wait()
        try:
            return await action(d)
        except errors.DomainError as exc:
            return exc

    return await asyncio.gather(*(one(d) for d in desks))


async def test_many_clerks_call_the_same_person_exactly_one_wins(db, open_db, database_url):
    clock = Clock(at(9))
    n, rounds = size(db, 20, 5), size(db, 12, 3)
    leads = await workstations(db, open_db, database_url, n, "leitung", clock)
    reception = await desk_for(db, "info1", clock=clock)
    sp = (await reception.service_points())[0].id
    for _ in range(rounds):
        entry = await reception.register_walk_in(service_point_id=sp, applicants=[person()])
        results = await together(leads, lambda d: d.call_specific(entry.id))
        wins = [r for r in results if not isinstance(r, Exception)]
        losses = [r for r in results if isinstance(r, Exception)]
        assert len(wins) == 1, results
        winner = wins[0]
        assert winner.state == State.CALLED and winner.call_count == 1
        assert all(type(e) is errors.AlreadyCalledElsewhere for e in losses), losses
        assert {e.params["counter"] for e in losses} == {winner.counter_name}
        assert all(winner.counter_name in str(e) for e in losses)
        async with db.read() as s:
            calls = await s.scalar(select(func.count()).select_from(AuditEvent).where(
                AuditEvent.entity_id == entry.id, AuditEvent.action == Action.CALL.value))
        assert calls == 1


async def test_concurrent_check_ins_and_walk_ins_get_unique_gapless_tickets(db, open_db, database_url):
    clock = Clock(at(9))
    n, rounds = size(db, 16, 4), size(db, 8, 3)
    await open_around_the_clock(db)   # 32 bookings at 9:00 per service point take slots
    desks = await workstations(db, open_db, database_url, n,
                               lambda i: "info1" if i % 2 else "sbbi1", clock)
    sps = [sp.id for sp in (await desks[0].service_points())[:2]]   # BI and EU
    bookings = []
    for i in range(n // 2 * rounds):
        bookings.append(await desks[0].book(service_point_id=sps[i % 2], scheduled_at=at(9),
                                            applicants=[person()]))
    todo = iter(bookings)
    made = []
    for r in range(rounds):
        plan = {id(d): (next(todo) if i % 2 == 0 else None) for i, d in enumerate(desks)}

        async def act(d, r=r):
            booking = plan[id(d)]
            if booking is not None:
                return await d.check_in(booking.id)
            return await d.register_walk_in(service_point_id=sps[r % 2], applicants=[person()])

        results = await together(desks, act)
        assert not any(isinstance(x, Exception) for x in results), results
        made.extend(results)
    tickets = [e.ticket for e in made]
    assert len(tickets) == len(set(tickets)) == n * rounds
    async with db.read() as s:
        rows = (await s.execute(select(QueueEntry.service_point_id, QueueEntry.ticket_number)
                                .where(QueueEntry.business_day == DAY,
                                       QueueEntry.ticket_number.is_not(None)))).all()
    per_sp = defaultdict(list)
    for sp, number in rows:
        per_sp[sp].append(number)
    for sp, numbers in per_sp.items():
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), (sp, sorted(numbers))


async def test_simultaneous_call_next_never_calls_the_same_person_twice(db, open_db, database_url):
    clock = Clock(at(9))
    n = size(db, 20, 5)
    reception = await desk_for(db, "info1", clock=clock)
    sp = (await reception.service_points())[0].id
    waiting = {(await reception.register_walk_in(service_point_id=sp, applicants=[person()])).id
               for _ in range(size(db, 90, 12))}
    clerks = await workstations(db, open_db, database_url, n,
                                lambda i: "sbbi1" if i % 2 else "sbbi2", clock)
    called: list = []
    rounds = 0
    while True:
        rounds += 1
        results = await together(clerks, lambda d: d.call_next(service_point_id=sp))
        got = [(d, r) for d, r in zip(clerks, results) if not isinstance(r, Exception)]
        assert all(isinstance(r, errors.QueueEmpty) for r in results
                   if isinstance(r, Exception)), results
        for d, r in got:
            assert r.counter_id == d.ctx.actor.counter_id and r.state == State.CALLED
        called.extend(r.id for _, r in got)
        if not got:
            break
        assert rounds < 50
    dupes = [i for i, k in Tally(called).items() if k > 1]
    assert dupes == []
    assert set(called) == waiting
    async with db.read() as s:
        states = (await s.execute(select(QueueEntry.state, QueueEntry.call_count)
                                  .where(QueueEntry.id.in_(waiting)))).all()
    assert set(states) == {(State.CALLED.value, 1)}


async def test_same_expected_version_never_last_write_wins(db, open_db, database_url):
    clock = Clock(at(9))
    rounds = size(db, 12, 3)
    leads = await workstations(db, open_db, database_url, 2, "leitung", clock)
    names = await counter_names(db)
    async with db.read() as s:
        ids = {c.name: c.id for c in (await s.execute(select(Counter))).scalars()}
    reception = await desk_for(db, "info1", clock=clock)
    sp = (await reception.service_points())[0].id
    bi_counters = [ids[nm] for nm in names if nm.startswith("Schalter I")]
    for r in range(rounds):
        entry = await reception.register_walk_in(service_point_id=sp, applicants=[person()])
        targets = {id(leads[0]): bi_counters[0], id(leads[1]): bi_counters[1]}
        results = await together(leads, lambda d: d.reassign(
            entry.id, reason="Umverteilung", expected_version=entry.version,
            counter_id=targets[id(d)]))
        wins = [x for x in results if not isinstance(x, Exception)]
        losses = [x for x in results if isinstance(x, Exception)]
        assert len(wins) == 1 and len(losses) == 1, results
        assert type(losses[0]) is errors.ConcurrentModification
        final = await reception.entry(entry.id)
        assert final.assigned_counter_id == wins[0].assigned_counter_id
        assert final.version == entry.version + 1
        # two clerks on one CALLED entry: "appeared" against "not answering"
        called = await leads[0].call_specific(entry.id)
        results = await together(leads, lambda d: d.act(
            entry.id, Action.APPEAR if d is leads[0] else Action.NOT_ANSWERING,
            expected_version=called.version))
        wins = [x for x in results if not isinstance(x, Exception)]
        losses = [x for x in results if isinstance(x, Exception)]
        assert len(wins) == 1 and len(losses) == 1, results
        assert isinstance(losses[0], errors.ConcurrentModification)
        final = await reception.entry(entry.id)
        assert final.state == wins[0].state and final.version == called.version + 1
