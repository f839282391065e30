"""Call next, call specific, the recall lock and parked entries, on both databases."""

from __future__ import annotations

import pytest

from desk_app.domain import errors
from desk_app.domain.states import Action, Outcome, State
from tests.services.helpers import office
from tests.support import at, desk_for, person


async def _book_and_check_in(o, sp, hh, mm, name, check_in_at):
    e = await o.reception.book(service_point_id=o.sp[sp], scheduled_at=at(hh, mm),
                               applicants=[person(name)])
    o.clock.set(check_in_at)
    return await o.reception.check_in(e.id)


async def test_call_next_order_appointments_by_time_with_walk_ins_interleaved(db):
    o = await office(db)
    a920 = await _book_and_check_in(o, "BI", 9, 20, "A0920", at(8, 40))
    a900 = await _book_and_check_in(o, "BI", 9, 0, "A0900", at(8, 41))
    a910 = await _book_and_check_in(o, "BI", 9, 10, "A0910", at(8, 42))
    not_checked_in = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(8, 30),
                                            applicants=[person("Booked")])
    other_sp = await _book_and_check_in(o, "EU", 8, 50, "Eu", at(8, 43))
    o.clock.set(at(9, 5))
    walk_in = await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                                 applicants=[person("Walk")])  # key 09:15
    o.clock.set(at(9, 30))
    called = []
    for _ in range(4):
        e = await o.clerk.call_next(service_point_id=o.sp["BI"])
        called.append(e.id)
        await o.clerk.act(e.id, Action.APPEAR)
        await o.clerk.act(e.id, Action.FINISH, outcomes={e.members[0].applicant_id: Outcome.COMPLETED})
    assert called == [a900.id, a910.id, walk_in.id, a920.id]
    with pytest.raises(errors.QueueEmpty):
        await o.clerk.call_next(service_point_id=o.sp["BI"])
    assert (await o.clerk.entry(not_checked_in.id)).state == State.BOOKED
    assert (await o.clerk.entry(other_sp.id)).state == State.WAITING


async def test_late_check_in_stands_at_its_arrival(db):
    o = await office(db)
    late = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(8, 45),
                                  applicants=[person("Late")])
    walk_in = await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                                 applicants=[person("Walk")])  # 08:00 → 08:10
    o.clock.set(at(9, 6))
    with pytest.raises(errors.LateCheckInNeedsReason):
        await o.reception.check_in(late.id)
    checked = await o.reception.check_in(late.id, reason="Straßenbahn ausgefallen")
    assert checked.sort_at == at(9, 6) and checked.late_reason == "Straßenbahn ausgefallen"
    nine_ten = await _book_and_check_in(o, "BI", 9, 10, "Next", at(9, 7))
    o.clock.set(at(9, 20))
    order = [(await o.clerk.call_next(service_point_id=o.sp["BI"])).id]
    order.append((await o.clerk2.call_next(service_point_id=o.sp["BI"])).id)
    order.append((await o.lead.call_next(service_point_id=o.sp["BI"])).id)
    assert order == [walk_in.id, late.id, nine_ten.id]


async def test_very_late_check_in_needs_the_permission(db):
    o = await office(db)
    e = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(9),
                               applicants=[person()])
    o.clock.set(at(9, 31))
    with pytest.raises(errors.LateCheckInNeedsPermission, match="31 Minuten"):
        await o.clerk.check_in(e.id, reason="Arzttermin")
    with pytest.raises(errors.LateCheckInNeedsPermission):
        await o.reception.check_in(e.id, reason="Arzttermin")
    assert (await o.clerk.entry(e.id)).state == State.BOOKED
    done = await o.lead.check_in(e.id, reason="Arzttermin")
    assert done.state == State.WAITING and done.ticket == "I-001"


async def test_recall_lock_then_missed_at_the_third_call_then_reinstate(db):
    o = await office(db, now=at(9, 0))
    first = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person("First")])
    o.clock.advance(minutes=1)
    second = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person("Second")])
    o.clock.set(at(9, 30))
    c = await o.clerk.call_next(service_point_id=o.sp["BI"])
    assert (c.id, c.call_count, c.counter_name, c.called_at) == (first.id, 1, "Schalter I1", at(9, 30))
    na = await o.clerk.act(first.id, Action.NOT_ANSWERING)
    assert na.state == State.WAITING and na.recall_locked_until == at(9, 35)
    # under the recall lock it is skipped, even though it stands first
    assert (await o.clerk.call_next(service_point_id=o.sp["BI"])).id == second.id
    o.clock.set(at(9, 34))
    with pytest.raises(errors.QueueEmpty):
        await o.clerk2.call_next(service_point_id=o.sp["BI"])
    with pytest.raises(errors.RecallLocked, match="09:35"):
        await o.lead.call_specific(first.id)
    o.clock.set(at(9, 35))
    again = await o.clerk2.call_next(service_point_id=o.sp["BI"])
    assert (again.id, again.call_count, again.counter_name) == (first.id, 2, "Schalter I2")
    await o.clerk2.act(first.id, Action.NOT_ANSWERING)
    o.clock.set(at(9, 41))
    assert (await o.clerk2.call_next(service_point_id=o.sp["BI"])).call_count == 3
    missed = await o.clerk2.act(first.id, Action.NOT_ANSWERING)
    assert missed.state == State.MISSED and missed.call_count == 3
    with pytest.raises(errors.QueueEmpty):
        await o.clerk2.call_next(service_point_id=o.sp["BI"])
    with pytest.raises(errors.CannotCall):
        await o.lead.call_specific(first.id)
    o.clock.set(at(10, 0))
    back = await o.clerk.act(first.id, Action.REINSTATE)
    assert back.state == State.WAITING and back.call_count == 0 and back.recall_locked_until is None
    assert back.sort_at == at(10, 0) and back.ticket == first.ticket
    assert (await o.clerk2.call_next(service_point_id=o.sp["BI"])).id == first.id


async def test_parked_entry_resumes_first_for_the_same_counter_only(db):
    o = await office(db, now=at(9, 0))
    parked = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person("Parked")])
    o.clock.advance(minutes=1)
    other = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person("Other")])
    o.clock.advance(minutes=1)
    third = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person("Third")])
    o.clock.set(at(9, 30))
    assert (await o.clerk.call_next(service_point_id=o.sp["BI"])).id == parked.id
    await o.clerk.act(parked.id, Action.APPEAR)
    with pytest.raises(errors.ReasonRequired):
        await o.clerk.act(parked.id, Action.PARK, reason="  ")
    p = await o.clerk.act(parked.id, Action.PARK, reason="Passfoto am Automaten")
    assert p.state == State.PARKED and p.park_reason == "Passfoto am Automaten"
    o.clock.set(at(9, 50))
    r = await o.clerk.act(parked.id, Action.RESUME)
    assert r.state == State.WAITING and r.priority == 0
    assert r.assigned_counter_id == o.counter["Schalter I1"]
    # another counter does not get it, though it stands at the front
    assert (await o.clerk2.call_next(service_point_id=o.sp["BI"])).id == other.id
    # its own counter gets it before the walk-in who waits longer
    again = await o.clerk.call_next(service_point_id=o.sp["BI"])
    assert again.id == parked.id and again.counter_name == "Schalter I1"
    assert (await o.lead.call_next(service_point_id=o.sp["BI"])).id == third.id


async def test_call_specific_needs_the_permission_and_one_wins(db):
    o = await office(db, now=at(9, 0))
    first = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person("First")])
    wanted = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person("Wanted")])
    with pytest.raises(errors.PermissionDenied):
        await o.clerk.call_specific(wanted.id)
    with pytest.raises(errors.ValidationFailed, match="Kein Schalter"):
        await o.admin.call_specific(wanted.id)  # no counter chosen
    c = await o.lead.call_specific(wanted.id)
    assert c.state == State.CALLED and c.counter_name == "Schalter I3" and c.call_count == 1
    other_lead = await desk_for(db, "admin", counter="Schalter I4", clock=o.clock)
    with pytest.raises(errors.AlreadyCalledElsewhere) as info:
        await other_lead.call_specific(wanted.id)
    assert str(info.value) == f"Vorgang {wanted.ticket} wurde bereits an Schalter I3 aufgerufen."
    assert (await o.clerk.call_next(service_point_id=o.sp["BI"])).id == first.id
    after = await o.lead.entry(wanted.id)
    assert after.counter_name == "Schalter I3" and after.call_count == 1 and after.version == c.version


async def test_a_clerk_granted_call_specific_may_call_out_of_order(db):
    from desk_app.domain.roles import Permission, Role, RolePolicy

    o = await office(db, now=at(9, 0))
    await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person("First")])
    wanted = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person("Wanted")])
    granted = await desk_for(db, "sbbi1", counter="Schalter I1", clock=o.clock,
                             policy=RolePolicy().with_grant(Role.CLERK, Permission.CALL_SPECIFIC))
    assert (await granted.call_specific(wanted.id)).id == wanted.id


async def test_calling_a_specific_person_through_act_needs_the_permission_too(db):
    """Permissions are checked in the services: a clerk cannot skip the queue by sending
    the plain CALL action for a chosen entry."""
    o = await office(db, now=at(9, 0))
    first = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person("First")])
    wanted = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person("Wanted")])
    with pytest.raises(errors.PermissionDenied):
        await o.clerk.act(wanted.id, Action.CALL)
    assert (await o.clerk.entry(wanted.id)).state == State.WAITING
    assert (await o.clerk.call_next(service_point_id=o.sp["BI"])).id == first.id
    assert (await o.lead.act(wanted.id, Action.CALL)).counter_name == "Schalter I3"
