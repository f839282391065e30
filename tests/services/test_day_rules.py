"""Rules added after review: check-in only on the booked day, reservations used up once
served, walk-ins listed at their arrival on both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain import errors
from desk_app.domain.states import Action, State
from tests.support import DAY, Clock, at, desk_for, person


async def test_a_booking_for_another_day_cannot_be_checked_in_today(db):
    clock = Clock(at(9, 0))
    lead = await desk_for(db, "leitung", counter="Schalter I1", clock=clock)
    sp = {s.code: s.id for s in await lead.service_points()}
    tomorrow = await lead.book(service_point_id=sp["BI"], applicants=[person()],
                               scheduled_at=at(9, 0, DAY + dt.timedelta(days=1)))
    with pytest.raises(errors.NotToday) as info:
        await lead.check_in(tomorrow.id)
    assert "26.11.2026" in str(info.value)
    assert (await lead.entry(tomorrow.id)).state == State.BOOKED


async def test_a_resumed_entry_is_reserved_until_served_then_free(db):
    clock = Clock(at(9, 0))
    i1 = await desk_for(db, "sbbi1", counter="Schalter I1", clock=clock)
    sp = {s.code: s.id for s in await i1.service_points()}
    e = await i1.register_walk_in(service_point_id=sp["BI"], applicants=[person()])
    await i1.call_next(service_point_id=sp["BI"])
    await i1.act(e.id, Action.APPEAR)
    await i1.act(e.id, Action.PARK, reason="Kassenautomat")
    resumed = await i1.act(e.id, Action.RESUME)
    assert resumed.assigned_counter_id is not None and resumed.priority == 0
    await i1.call_next(service_point_id=sp["BI"])
    served = await i1.act(e.id, Action.APPEAR)
    assert served.assigned_counter_id is None and served.priority == 1


async def test_walk_ins_are_listed_at_their_arrival(db):
    clock = Clock(at(9, 5))
    lead = await desk_for(db, "leitung", clock=clock)
    sp = {s.code: s.id for s in await lead.service_points()}
    late = await lead.book(service_point_id=sp["BI"], scheduled_at=at(10, 0), applicants=[person("Spät")])
    early = await lead.book(service_point_id=sp["BI"], scheduled_at=at(8, 0), applicants=[person("Früh")])
    walk_in = await lead.register_walk_in(service_point_id=sp["BI"], applicants=[person("Ohne")])
    order = [e.id for e in await lead.day_queue(DAY, sp["BI"])]
    assert order == [early.id, walk_in.id, late.id]
