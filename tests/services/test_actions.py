"""Forward, finish, no-show (by hand and automatic), late arrival, cancel, left."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain import errors
from desk_app.domain.states import Action, Outcome, State
from desk_app.models import QueueEntry
from tests.services.helpers import office
from tests.support import at, person


async def _in_service(o, desk, sp_code="BI", people=None):
    w = await o.reception.register_walk_in(service_point_id=o.sp[sp_code],
                                           applicants=people or [person()])
    called = await desk.call_next(service_point_id=o.sp[sp_code])
    assert called.id == w.id
    return await desk.act(w.id, Action.APPEAR)


async def test_forward_keeps_the_ticket(db):
    o = await office(db, now=at(9))
    e = await _in_service(o, o.clerk)
    assert e.state == State.IN_SERVICE and e.service_started_at == at(9)
    with pytest.raises(errors.ForwardTargetInvalid):
        await o.clerk.act(e.id, Action.FORWARD, target_service_point_id=o.sp["BI"])
    with pytest.raises(errors.ForwardTargetInvalid):
        await o.clerk.act(e.id, Action.FORWARD)
    with pytest.raises(errors.ForwardTargetInvalid):
        await o.clerk.act(e.id, Action.FORWARD, target_service_point_id=987654)
    o.clock.set(at(9, 20))
    f = await o.clerk.act(e.id, Action.FORWARD, target_service_point_id=o.sp["EU"],
                          reason="EU-Freizügigkeit")
    assert f.state == State.WAITING and f.ticket == "I-001"
    assert f.service_point_id == o.sp["EU"] and f.forwarded_from_id == o.sp["BI"]
    assert f.counter_id is None and f.call_count == 0 and f.sort_at == at(9, 20)
    assert [x.id for x in await o.eu.day_queue(service_point_id=o.sp["EU"])] == [e.id]
    assert await o.clerk.day_queue(service_point_id=o.sp["BI"]) == []
    eu_walk_in = await o.reception.register_walk_in(service_point_id=o.sp["EU"],
                                                    applicants=[person("Neu")])
    assert eu_walk_in.ticket == "E-001"  # the EU sequence is untouched by the forward
    called = await o.eu.call_next(service_point_id=o.sp["EU"])
    assert called.id == e.id and called.counter_name == "Schalter E1"
    bi_again = await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                                  applicants=[person("Zweiter")])
    assert bi_again.ticket == "I-002"


async def test_finish_with_an_outcome_per_applicant(db):
    o = await office(db, now=at(9))
    e = await _in_service(o, o.clerk, people=[person("Haddad", "Omar"), person("Haddad", "Lina"),
                                              person("Haddad", "Sami")])
    omar, lina, sami = (m.applicant_id for m in e.members)
    with pytest.raises(errors.OutcomeRequired):
        await o.clerk.act(e.id, Action.FINISH, outcomes={omar: Outcome.COMPLETED,
                                                         lina: Outcome.COMPLETED})
    assert (await o.clerk.entry(e.id)).state == State.IN_SERVICE
    o.clock.set(at(9, 25))
    done = await o.clerk.act(e.id, Action.FINISH, outcomes={
        omar: Outcome.DOCUMENT_ORDERED, lina: Outcome.COMPLETED, sami: Outcome.DOCUMENTS_MISSING})
    assert done.state == State.DONE and done.finished_at == at(9, 25)
    assert [m.outcome for m in done.members] == [
        Outcome.DOCUMENT_ORDERED, Outcome.COMPLETED, Outcome.DOCUMENTS_MISSING]
    for action in (Action.FINISH, Action.PARK, Action.CALL, Action.LEAVE):
        with pytest.raises(errors.TRANSITION_ERRORS[action]):
            await o.lead.act(done.id, action, reason="x",
                             outcomes={omar: Outcome.COMPLETED, lina: Outcome.COMPLETED,
                                       sami: Outcome.COMPLETED})


async def test_mark_no_show_by_hand_and_late_arrival(db):
    o = await office(db, now=at(8))
    e = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(9),
                               applicants=[person()])
    with pytest.raises(errors.NoShowNotYetDue):
        await o.clerk.act(e.id, Action.MARK_NO_SHOW)
    o.clock.set(at(9, 5))
    ns = await o.clerk.act(e.id, Action.MARK_NO_SHOW)
    assert ns.state == State.NO_SHOW and ns.ticket is None
    o.clock.set(at(10, 40))
    with pytest.raises(errors.PermissionDenied):
        await o.clerk.act(e.id, Action.LATE_ARRIVAL, reason="Stau")
    with pytest.raises(errors.ReasonRequired):
        await o.lead.act(e.id, Action.LATE_ARRIVAL)
    with pytest.raises(errors.CannotCheckIn):
        await o.lead.check_in(e.id, reason="Stau")
    back = await o.lead.act(e.id, Action.LATE_ARRIVAL, reason="Stau")
    assert back.state == State.WAITING and back.ticket == "I-001"
    assert back.late_reason == "Stau" and back.checked_in_at == at(10, 40) and back.sort_at == at(10, 40)


async def test_automatic_no_show_after_the_grace_period(db):
    o = await office(db, now=at(7))
    nine = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(9),
                                  applicants=[person("Nine")])
    nine_eu = await o.reception.book(service_point_id=o.sp["EU"], scheduled_at=at(9),
                                     applicants=[person("NineEu")])
    checked = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(9),
                                     applicants=[person("Checked")])
    later = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(9, 5),
                                   applicants=[person("Later")])
    cancelled = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(8),
                                       applicants=[person("Cancelled")])
    await o.reception.act(cancelled.id, Action.CANCEL)
    o.clock.set(at(8, 55))
    await o.reception.check_in(checked.id)
    o.clock.set(at(9, 15))
    assert await o.clerk.mark_overdue_no_shows() == []  # exactly at the end of the grace
    o.clock.set(at(9, 15) + dt.timedelta(seconds=1))
    marked = await o.clerk.mark_overdue_no_shows()
    assert sorted(e.id for e in marked) == sorted([nine.id, nine_eu.id])
    assert all(e.state == State.NO_SHOW for e in marked)
    assert (await o.clerk.entry(later.id)).state == State.BOOKED
    assert (await o.clerk.entry(checked.id)).state == State.WAITING
    assert (await o.clerk.entry(cancelled.id)).state == State.CANCELLED
    o.clock.set(at(9, 21))
    again = await o.clerk.mark_overdue_no_shows()
    assert [e.id for e in again] == [later.id]
    assert await o.clerk.mark_overdue_no_shows() == []


async def test_cancel_and_left(db):
    o = await office(db, now=at(8))
    e = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(9),
                               applicants=[person()])
    c = await o.reception.act(e.id, Action.CANCEL)
    assert c.state == State.CANCELLED
    with pytest.raises(errors.CannotCheckIn):
        await o.reception.check_in(e.id)
    w = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person("W")])
    o.clock.set(at(9, 30))
    left = await o.reception.act(w.id, Action.LEAVE)
    assert left.state == State.LEFT
    with pytest.raises(errors.QueueEmpty):
        await o.clerk.call_next(service_point_id=o.sp["BI"])
    async with db.read() as s:
        row = await s.get(QueueEntry, w.id)
        assert row.left_at == at(9, 30) and row.checked_in_at == at(8)
        row = await s.get(QueueEntry, e.id)
        assert row.cancelled_at == at(8)


async def test_every_transition_is_timestamped_in_the_row(db):
    o = await office(db, now=at(9))
    w = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person()])
    steps = [("call", at(9, 1)), ("not_answering", at(9, 2)), ("call", at(9, 8)),
             ("appear", at(9, 9)), ("park", at(9, 10)), ("resume", at(9, 20)),
             ("call", at(9, 21)), ("appear", at(9, 22))]
    for action, when in steps:
        o.clock.set(when)
        if action == "call":
            await o.clerk.call_next(service_point_id=o.sp["BI"])
        else:
            await o.clerk.act(w.id, Action(action), reason="Kasse")
    async with db.read() as s:
        row = await s.get(QueueEntry, w.id)
        assert row.first_called_at == at(9, 1) and row.called_at == at(9, 21)
        assert row.not_answering_at == at(9, 2)
        assert row.parked_at == at(9, 10) and row.resumed_at == at(9, 20)
        assert row.service_started_at == at(9, 22)
        assert row.version == 1 + len(steps)
        assert row.call_count == 1  # resume starts the count again


async def test_the_view_an_action_returns_is_the_stored_entry(db):
    """On PostgreSQL an action returns the view from its own write statement (UPDATE …
    RETURNING with names and members); it must equal a fresh read after every action."""
    o = await office(db, now=at(9))
    family = [person("Nguyễn", "Thị Mai"), person("Nguyễn", "Văn An", birth_date="00.00.2015")]
    booked = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(9, 30),
                                    applicants=family)
    steps = [
        lambda: o.reception.check_in(booked.id),
        lambda: o.clerk.call_next(service_point_id=o.sp["BI"]),
        lambda: o.clerk.act(booked.id, Action.NOT_ANSWERING),
        lambda: o.lead.call_specific(booked.id),
        lambda: o.lead.act(booked.id, Action.NOT_ANSWERING),
        lambda: o.clerk.call_next(service_point_id=o.sp["BI"]),
        lambda: o.clerk.act(booked.id, Action.APPEAR),
        lambda: o.clerk.act(booked.id, Action.PARK, reason="Passbild fehlt"),
        lambda: o.clerk.act(booked.id, Action.RESUME),
        lambda: o.clerk.call_next(service_point_id=o.sp["BI"]),
        lambda: o.clerk.act(booked.id, Action.APPEAR),
        lambda: o.clerk.act(booked.id, Action.FORWARD, target_service_point_id=o.sp["EU"]),
        lambda: o.eu.call_next(service_point_id=o.sp["EU"]),
        lambda: o.eu.act(booked.id, Action.APPEAR),
        lambda: o.eu.act(booked.id, Action.FINISH, outcomes={
            m.applicant_id: outcome for m, outcome in zip(booked.members,
                                                          (Outcome.COMPLETED, Outcome.REFERRED))}),
    ]
    versions = []
    for minute, step in enumerate(steps):
        o.clock.set(at(9, 31) + dt.timedelta(minutes=10 * minute))
        returned = await step()
        assert returned.id == booked.id and not returned.replayed
        assert returned == await o.lead.entry(booked.id)
        versions.append(returned.version)
    assert versions == list(range(versions[0], versions[0] + len(steps)))
    final = await o.lead.entry(booked.id)
    assert [m.display_name for m in final.members] == ["Nguyễn, Thị Mai", "Nguyễn, Văn An"]
    assert [m.outcome for m in final.members] == [Outcome.COMPLETED, Outcome.REFERRED]
    assert final.counter_name == "Schalter E1" and final.service_point_name
