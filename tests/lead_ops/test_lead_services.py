"""Issue 14's services on SQLite and PostgreSQL: breaks refuse call next, call next across
queues with weights and tiers, bulk moves with a conflicting entry, the silent alarm."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desk_app.domain import errors
from desk_app.domain.lead import BreakNeedsReason, CounterNotOpen, OnBreak, Presence
from desk_app.domain.states import Action, Outcome
from desk_app.models import AuditEvent
from desk_app.services.lead_facade import LeadOps
from desk_app.services.lead_ops import Assignment, MoveTarget
from tests.services.helpers import office
from tests.support import at, desk_for, person


async def _waiting(o, sp, n, start_minute=0, name="P"):
    out = []
    for i in range(n):
        e = await o.reception.book(service_point_id=o.sp[sp],
                                   scheduled_at=at(9) + dt.timedelta(minutes=start_minute + i),
                                   applicants=[person(f"{name}{i}")])
        out.append(await o.reception.check_in(e.id))
    return out


async def _serve(desk, entry):
    await desk.act(entry.id, Action.APPEAR)
    await desk.act(entry.id, Action.FINISH,
                   outcomes={entry.members[0].applicant_id: Outcome.COMPLETED})


async def test_break_refuses_call_next_with_reason_and_since(db):
    o = await office(db)
    await _waiting(o, "BI", 2)
    mine = LeadOps(o.clerk)
    with pytest.raises(BreakNeedsReason):
        await mine.set_presence(Presence.BREAK, reason="  ")
    o.clock.set(at(9, 12))
    await mine.set_presence(Presence.BREAK, reason="Mittagspause")
    o.clock.set(at(9, 20))
    with pytest.raises(OnBreak) as refused:
        await o.clerk.call_next(service_point_id=o.sp["BI"])
    assert "Mittagspause" in str(refused.value) and "09:12" in str(refused.value)
    assert "Schalter I1" in str(refused.value)
    # the neighbour still calls; the board sees the break with its reason and since when
    await o.clerk2.call_next(service_point_id=o.sp["BI"])
    state = (await LeadOps(o.lead).presence())[o.counter["Schalter I1"]]
    assert (state.state, state.reason, state.since) == (Presence.BREAK, "Mittagspause", at(9, 12))
    # a closed counter is refused too; back at the counter it calls again
    await LeadOps(o.lead).set_presence(Presence.CLOSED, counter_id=o.counter["Schalter I1"])
    with pytest.raises(CounterNotOpen):
        await o.clerk.call_next(service_point_id=o.sp["BI"])
    await mine.set_presence(Presence.AT_COUNTER)
    assert (await o.clerk.call_next(service_point_id=o.sp["BI"])).state.value == "CALLED"
    assert o.counter["Schalter I1"] not in await LeadOps(o.lead).presence()


async def test_a_clerk_cannot_close_another_counter(db):
    o = await office(db)
    with pytest.raises(errors.PermissionDenied):
        await LeadOps(o.clerk).set_presence(Presence.CLOSED, counter_id=o.counter["Schalter I2"])


async def test_call_next_across_queues_two_to_one(db):
    o = await office(db)
    bi = await _waiting(o, "BI", 6, name="B")
    eu = await _waiting(o, "EU", 6, name="E")
    lead = LeadOps(o.lead)
    await lead.set_assignments([Assignment(o.sp["BI"], weight=2), Assignment(o.sp["EU"])],
                               counter_id=o.counter["Schalter I1"])
    o.clock.set(at(9, 10))
    called = []
    for _ in range(6):
        e = await o.clerk.call_next(service_point_id=o.sp["BI"])
        called.append(e.service_point_id)
        await _serve(o.clerk, e)
    assert called.count(o.sp["BI"]) == 4 and called.count(o.sp["EU"]) == 2
    # within each queue, by time
    bi_ids = [e.id for e in bi]
    assert [i for i in bi_ids if (await o.clerk.entry(i)).state.value == "DONE"] == bi_ids[:4]
    assert eu[0].id and (await o.clerk.entry(eu[0].id)).state.value == "DONE"


async def test_call_next_tier_first_then_the_other_queue(db):
    o = await office(db)
    bi = await _waiting(o, "BI", 2, name="B")
    eu = await _waiting(o, "EU", 2, start_minute=30, name="E")   # later, but tier 0
    await LeadOps(o.lead).set_assignments(
        [Assignment(o.sp["EU"], tier=0), Assignment(o.sp["BI"], tier=1)],
        counter_id=o.counter["Schalter I1"])
    o.clock.set(at(9, 5))
    order = []
    for _ in range(4):
        e = await o.clerk.call_next(service_point_id=o.sp["BI"])
        order.append(e.id)
        await _serve(o.clerk, e)
    assert order == [eu[0].id, eu[1].id, bi[0].id, bi[1].id]
    with pytest.raises(errors.QueueEmpty):
        await o.clerk.call_next(service_point_id=o.sp["BI"])


async def test_overdue_head_of_a_later_tier_is_called_first(db):
    o = await office(db)
    visa = await _waiting(o, "VISA", 1, name="V")              # 09:00
    eu = await _waiting(o, "EU", 3, start_minute=40, name="E")   # 09:40 …
    await LeadOps(o.lead).set_assignments(
        [Assignment(o.sp["EU"], tier=0), Assignment(o.sp["VISA"], tier=1)],
        counter_id=o.counter["Schalter I1"])
    o.clock.set(at(9, 50))   # the Visa head has waited 50 min > 45 min
    assert (await o.clerk.call_next(service_point_id=o.sp["BI"])).id == visa[0].id


async def test_clerk_assignments_win_over_the_counters(db):
    o = await office(db)
    await _waiting(o, "BI", 1, name="B")
    eu = await _waiting(o, "EU", 1, name="E")
    lead = LeadOps(o.lead)
    await lead.set_assignments([Assignment(o.sp["BI"])], counter_id=o.counter["Schalter I1"])
    await lead.set_assignments([Assignment(o.sp["EU"])], clerk_id=o.staff["sbbi1"][0])
    o.clock.set(at(9, 5))
    assert (await o.clerk.call_next(service_point_id=o.sp["BI"])).id == eu[0].id
    assert await lead.assignments(clerk_id=o.staff["sbbi1"][0]) == [Assignment(o.sp["EU"])]


async def test_bulk_move_with_one_conflicting_entry(db):
    o = await office(db)
    entries = await _waiting(o, "BI", 7)
    lead = LeadOps(o.lead)
    stale = entries[3]
    await o.lead.reassign(stale.id, reason="vorher", counter_id=o.counter["Schalter I6"])
    targets = [
        MoveTarget(counter_id=o.counter["Schalter I2"]),
        MoveTarget(counter_id=o.counter["Schalter I3"])]
    before = len([a for a in await _audits(db) if a.action == "reassign"])
    result = await lead.bulk_move([(e.id, e.version) for e in entries], targets,
                                  reason="Frau Yilmaz krank")
    assert result.conflicts == (stale.ticket,)
    assert len(result.moved) == 6
    per_counter = {}
    for m in result.moved:
        per_counter[m.counter_id] = per_counter.get(m.counter_id, 0) + 1
    assert sorted(per_counter.values()) == [3, 3]
    for m in result.moved:
        view = await o.lead.entry(m.entry_id)
        assert view.assigned_counter_id == m.counter_id
        assert view.reassign_reason == "Frau Yilmaz krank"
    assert (await o.lead.entry(stale.id)).assigned_counter_id == o.counter["Schalter I6"]
    audits = [a for a in await _audits(db) if a.action == "reassign"]
    assert len(audits) - before == 6 and all(a.detail == "bulk" for a in audits[before:])


async def test_bulk_move_needs_permission_and_reason(db):
    o = await office(db)
    (e,) = await _waiting(o, "BI", 1)
    with pytest.raises(errors.PermissionDenied):
        await LeadOps(o.clerk).bulk_move([(e.id, None)], [MoveTarget(clerk_id=1)], reason="x")
    with pytest.raises(errors.ReasonRequired):
        await LeadOps(o.lead).bulk_move([(e.id, None)], [MoveTarget(clerk_id=1)], reason=" ")


async def test_all_of_frau_xs_afternoon_moves_to_two_clerks(db):
    o = await office(db)
    lead = LeadOps(o.lead)
    x = o.staff["sbbi1"][0]
    morning = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(10, 0),
                                     applicants=[person("Morgen")])
    await o.lead.reassign(morning.id, reason="Plan", clerk_id=x)
    afternoon = []
    for i in range(4):
        e = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(13, 10 * i),
                                   applicants=[person(f"Nach{i}")])
        afternoon.append((await o.lead.reassign(e.id, reason="Plan", clerk_id=x)).id)
    refs = await lead.afternoon_of(x)
    assert [i for i, _v in refs] == afternoon
    result = await lead.bulk_move(refs, [MoveTarget(clerk_id=o.staff["sbbi2"][0]),
                                         MoveTarget(clerk_id=o.staff["sbbi3"][0])],
                                  reason="Frau X krank")
    assert [m.clerk_id for m in result.moved] == [o.staff["sbbi2"][0], o.staff["sbbi3"][0]] * 2
    assert (await o.lead.entry(morning.id)).assigned_clerk_id == x


async def _audits(db):
    async with db.read() as s:
        return list((await s.execute(select(AuditEvent).order_by(AuditEvent.id))).scalars())


async def test_alarm_raised_seen_by_lead_and_neighbours_then_everyone_and_acknowledged(db):
    o = await office(db)
    sender = LeadOps(o.clerk)                  # Schalter I1, BI
    neighbour = LeadOps(o.clerk2)              # Schalter I2, BI
    other_sp = LeadOps(o.eu)                   # Schalter E1, EU
    lead = LeadOps(o.lead)
    reception = LeadOps(o.reception)
    alarm_id = await sender.raise_alarm()
    assert [a.id for a in await neighbour.alarms_for_me()] == [alarm_id]
    seen = await lead.alarms_for_me()
    assert seen[0].counter_name == "Schalter I1" and seen[0].room == "Raum I.01"
    assert await other_sp.alarms_for_me() == [] and await reception.alarms_for_me() == []
    assert await sender.alarms_for_me() == []          # the sender sees its own status
    o.clock.advance(seconds=30)
    assert [a.id for a in await other_sp.alarms_for_me()] == [alarm_id]
    assert [a.id for a in await reception.alarms_for_me()] == [alarm_id]
    acked = await neighbour.acknowledge_alarm(alarm_id)
    assert acked.acknowledged_by_name and acked.acknowledged_at == o.clock.now
    again = await lead.acknowledge_alarm(alarm_id)      # the first one counts
    assert again.acknowledged_by_name == acked.acknowledged_by_name
    assert (await sender.alarm(alarm_id)).acknowledged_by_name == acked.acknowledged_by_name
    assert await lead.alarms_for_me() == []
    actions = [(a.action, a.entity_id) for a in await _audits(db) if a.entity == "alarm"]
    assert actions == [("alarm_raised", alarm_id), ("alarm_acknowledged", alarm_id)]


async def test_closed_counters_for_the_call_display(db):
    o = await office(db)
    lead = LeadOps(o.lead)
    await lead.set_presence(Presence.CLOSED, counter_id=o.counter["Schalter I4"])
    await lead.set_presence(Presence.BREAK, reason="Pause", counter_id=o.counter["Schalter I2"])
    await lead.set_presence(Presence.CLOSED, counter_id=o.counter["Schalter E1"])
    assert await lead.closed_counters(o.sp["BI"]) == [(o.counter["Schalter I4"], "Schalter I4")]
    assert len(await lead.closed_counters()) == 2
    await lead.set_presence(Presence.AT_COUNTER, counter_id=o.counter["Schalter I4"])
    assert await lead.closed_counters(o.sp["BI"]) == []
