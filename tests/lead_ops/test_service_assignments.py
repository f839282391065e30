"""Issue 14, calling across queues by SERVICE (not a whole service point), on SQLite and
PostgreSQL: a counter assigned one service of a service point with a weight and a tier
calls the people of that service first / in that weighting, and nobody else."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desk_app.domain import errors
from desk_app.domain.states import Action, Outcome
from desk_app.models import Service
from desk_app.services.lead_facade import LeadOps
from desk_app.services.lead_ops import Assignment
from tests.services.helpers import office
from tests.support import at, person


async def _service_ids(db) -> dict[str, int]:
    async with db.read() as s:
        return {code: i for code, i in (await s.execute(select(Service.code, Service.id))).all()}


async def _waiting(o, sp, service_id, minutes, name):
    out = []
    for i, minute in enumerate(minutes):
        e = await o.reception.book(service_point_id=o.sp[sp], service_id=service_id,
                                   scheduled_at=at(9) + dt.timedelta(minutes=minute),
                                   applicants=[person(f"{name}{i}")])
        out.append(await o.reception.check_in(e.id))
    return out


async def _call_and_serve(o, n):
    called = []
    for _ in range(n):
        e = await o.clerk.call_next(service_point_id=o.sp["BI"])
        called.append(e)
        await o.clerk.act(e.id, Action.APPEAR)
        await o.clerk.act(e.id, Action.FINISH,
                          outcomes={e.members[0].applicant_id: Outcome.COMPLETED})
    return called


async def test_a_service_in_tier_0_is_called_before_the_rest_of_its_service_point(db):
    o = await office(db)
    svc = await _service_ids(db)
    # the residence permits came first; the registrations (AN) later but they are tier 0
    at_ = await _waiting(o, "BI", svc["AT"], [0, 1], "Titel")
    an = await _waiting(o, "BI", svc["AN"], [10, 11], "Anmeldung")
    lead = LeadOps(o.lead)
    chosen = [Assignment(o.sp["BI"], svc["AN"], weight=1, tier=0),
              Assignment(o.sp["BI"], None, weight=1, tier=1)]
    await lead.set_assignments(chosen, counter_id=o.counter["Schalter I1"])
    assert await lead.assignments(counter_id=o.counter["Schalter I1"]) == chosen
    o.clock.set(at(9, 12))
    called = await _call_and_serve(o, 4)
    assert [e.id for e in called] == [an[0].id, an[1].id, at_[0].id, at_[1].id]
    assert {e.service_id for e in called[:2]} == {svc["AN"]}


async def test_two_services_two_to_one_and_an_unassigned_service_is_never_called(db):
    o = await office(db)
    svc = await _service_ids(db)
    an = await _waiting(o, "BI", svc["AN"], range(0, 6), "Anmeldung")
    eat = await _waiting(o, "BI", svc["EAT"], range(0, 6), "Abholung")
    ve = await _waiting(o, "BI", svc["VE"], [-5], "Verpflichtung")   # earliest of all
    await LeadOps(o.lead).set_assignments(
        [Assignment(o.sp["BI"], svc["EAT"], weight=2), Assignment(o.sp["BI"], svc["AN"])],
        counter_id=o.counter["Schalter I1"])
    o.clock.set(at(9, 10))
    called = await _call_and_serve(o, 6)
    by_service = [e.service_id for e in called]
    assert by_service.count(svc["EAT"]) == 4 and by_service.count(svc["AN"]) == 2
    # within each service by time: the first four EAT and the first two AN are done
    assert [e.id for e in called if e.service_id == svc["EAT"]] == [e.id for e in eat[:4]]
    assert [e.id for e in called if e.service_id == svc["AN"]] == [e.id for e in an[:2]]
    # the VE person waits for another counter, even though they came first
    assert (await o.clerk.entry(ve[0].id)).state.value == "WAITING"
    await _call_and_serve(o, 6)
    with pytest.raises(errors.QueueEmpty):
        await o.clerk.call_next(service_point_id=o.sp["BI"])
    assert (await o.clerk.entry(ve[0].id)).state.value == "WAITING"
