"""Audit rows (ids and codes only, append-only), change-log rows per action, idempotent
retries, the version check, and a clear message for an unreachable database."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect as sa_inspect, select, text
from sqlalchemy.exc import DBAPIError

from desk_app.domain import errors
from desk_app.domain.states import Action, Outcome, State
from desk_app.models import AuditEvent, ChangeLog, QueueEntry
from tests.services.helpers import audit_rows, change_rows, count, office
from tests.support import DAY, at, person

SECRET_NAMES = ("Geheimfamilie", "Vorname-Zzyzx")


async def test_audit_rows_carry_ids_and_codes_only(db):
    o = await office(db, now=at(8))
    e = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(9),
                               applicants=[person(*SECRET_NAMES, file_number="AZ-SECRET-1")])
    o.clock.set(at(8, 55))
    await o.reception.check_in(e.id)
    await o.clerk.call_next(service_point_id=o.sp["BI"])
    await o.clerk.act(e.id, Action.APPEAR)
    await o.clerk.act(e.id, Action.PARK, reason="Geheimfamilie muss zur Kasse")
    await o.clerk.act(e.id, Action.RESUME)
    await o.clerk.call_next(service_point_id=o.sp["BI"])
    await o.clerk.act(e.id, Action.APPEAR)
    await o.clerk.act(e.id, Action.FINISH, outcomes={e.members[0].applicant_id: Outcome.COMPLETED})
    rows = await audit_rows(db, e.id)
    assert [(r.action, r.from_state, r.to_state) for r in rows] == [
        ("book", None, "BOOKED"), ("check_in", "BOOKED", "WAITING"),
        ("call", "WAITING", "CALLED"), ("appear", "CALLED", "IN_SERVICE"),
        ("park", "IN_SERVICE", "PARKED"), ("resume", "PARKED", "WAITING"),
        ("call", "WAITING", "CALLED"), ("appear", "CALLED", "IN_SERVICE"),
        ("finish", "IN_SERVICE", "DONE")]
    clerk_id = o.staff["sbbi1"][0]
    assert [r.staff_id for r in rows] == [o.staff["info1"][0]] * 2 + [clerk_id] * 7
    assert {r.station for r in rows} == {"test-info1", "test-sbbi1"}
    columns = [c.key for c in sa_inspect(AuditEvent).columns]
    for r in await audit_rows(db):
        for column in columns:
            value = str(getattr(r, column) or "")
            for secret in (*SECRET_NAMES, "AZ-SECRET-1", "Kasse", e.booking_reference):
                assert secret.lower() not in value.lower(), (column, value)


async def test_audit_rows_cannot_be_changed_or_deleted(db):
    o = await office(db, now=at(8))
    await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person()])
    statements = ["UPDATE audit_events SET action = 'forged'", "DELETE FROM audit_events"]
    if db.is_postgres:
        statements.append("TRUNCATE audit_events")
    for sql in statements:
        with pytest.raises(DBAPIError, match="append-only"):
            async with db.write_session() as s, s.begin():
                await s.execute(text(sql))
    rows = await audit_rows(db)
    assert [r.action for r in rows] == ["register_walk_in"]


async def test_change_log_rows_per_action(db):
    o = await office(db, now=at(8))
    start = max([c.id for c in await change_rows(db)] or [0])
    w = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person()])
    await o.clerk.call_next(service_point_id=o.sp["BI"])
    await o.clerk.act(w.id, Action.APPEAR)
    await o.clerk.act(w.id, Action.FORWARD, target_service_point_id=o.sp["EU"])
    rows = await change_rows(db, start)
    assert [(r.entity, r.entity_id, r.op, r.service_point_id, r.business_day) for r in rows] == [
        ("entry", w.id, "register_walk_in", o.sp["BI"], DAY),
        ("entry", w.id, "call", o.sp["BI"], DAY),
        ("entry", w.id, "appear", o.sp["BI"], DAY),
        ("entry", w.id, "forward", o.sp["EU"], DAY),   # the new service point's board
        ("entry", w.id, "forward", o.sp["BI"], DAY),   # and the old one's
    ]
    assert [r.id for r in rows] == list(range(start + 1, start + 6))  # gapless
    assert all(r.at is not None for r in rows)
    before = await count(db, ChangeLog)
    with pytest.raises(errors.CannotAppear):
        await o.clerk.act(w.id, Action.APPEAR)
    assert await count(db, ChangeLog) == before  # a refused action writes nothing


async def test_a_retried_key_is_applied_once(db):
    o = await office(db, now=at(9))
    b1 = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(10),
                                applicants=[person()], key="book-1")
    b2 = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(10),
                                applicants=[person()], key="book-1")
    assert b2.id == b1.id and b2.replayed and not b1.replayed
    assert await count(db, QueueEntry) == 1
    w = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person("W")],
                                           key="walk-1")
    again = await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                               applicants=[person("W")], key="walk-1")
    assert again.id == w.id and again.ticket == "I-001" and again.replayed
    c1 = await o.clerk.call_next(service_point_id=o.sp["BI"], key="call-1")
    c2 = await o.clerk.call_next(service_point_id=o.sp["BI"], key="call-1")
    assert (c1.id, c1.call_count, c1.replayed) == (w.id, 1, False)
    assert (c2.id, c2.call_count, c2.replayed, c2.version) == (w.id, 1, True, c1.version)
    n1 = await o.clerk.act(w.id, Action.NOT_ANSWERING, key="na-1")
    n2 = await o.clerk.act(w.id, Action.NOT_ANSWERING, key="na-1")
    assert n2.replayed and n2.version == n1.version and n2.state == State.WAITING
    actions = [r.action for r in await audit_rows(db, w.id)]
    assert actions == ["register_walk_in", "call", "not_answering"]
    assert [r.op for r in await change_rows(db) if r.entity_id == w.id] == actions
    entry = await o.clerk.entry(w.id)
    assert entry.call_count == 1 and entry.version == 3


async def test_a_retried_finish_is_not_an_error(db):
    o = await office(db, now=at(9))
    w = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person()])
    await o.clerk.call_next(service_point_id=o.sp["BI"])
    await o.clerk.act(w.id, Action.APPEAR)
    outcomes = {w.members[0].applicant_id: Outcome.COMPLETED}
    first = await o.clerk.act(w.id, Action.FINISH, outcomes=outcomes, key="finish-1")
    second = await o.clerk.act(w.id, Action.FINISH, outcomes=outcomes, key="finish-1")
    assert (second.state, second.replayed, second.version) == (State.DONE, True, first.version)
    with pytest.raises(errors.CannotFinish):  # a new key is a new action
        await o.clerk.act(w.id, Action.FINISH, outcomes=outcomes, key="finish-2")


async def test_a_stale_version_is_refused_never_overwritten(db):
    o = await office(db, now=at(9))
    w = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person()])
    await o.clerk.call_next(service_point_id=o.sp["BI"])
    seen = await o.clerk.act(w.id, Action.APPEAR)
    # two workstations show version `seen.version`; one parks, then the other finishes
    parked = await o.clerk.act(w.id, Action.PARK, reason="Kasse", expected_version=seen.version)
    assert parked.version == seen.version + 1
    with pytest.raises(errors.ConcurrentModification) as info:
        await o.lead.act(w.id, Action.FINISH, expected_version=seen.version,
                         outcomes={w.members[0].applicant_id: Outcome.COMPLETED})
    assert str(info.value) == ("Vorgang I-001 wurde inzwischen an einem anderen Arbeitsplatz "
                               "geändert (jetzt: Geparkt). Bitte die Anzeige prüfen.")
    now = await o.clerk.entry(w.id)
    assert (now.state, now.version, now.park_reason) == (State.PARKED, parked.version, "Kasse")
    assert now.members[0].outcome is None
    with pytest.raises(errors.ConcurrentModification):
        await o.lead.reassign(w.id, reason="Umverteilung", expected_version=seen.version,
                              counter_id=o.counter["Schalter I4"])
    assert (await o.clerk.entry(w.id)).assigned_counter_id is None
    assert [r.action for r in await audit_rows(db, w.id)][-1] == "park"
    resumed = await o.clerk.act(w.id, Action.RESUME, expected_version=parked.version)
    assert resumed.state == State.WAITING


async def test_reassign_moves_without_changing_state(db):
    o = await office(db, now=at(9))
    w = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person()])
    with pytest.raises(errors.PermissionDenied):
        await o.clerk.reassign(w.id, reason="x", counter_id=o.counter["Schalter I2"])
    with pytest.raises(errors.ReasonRequired):
        await o.lead.reassign(w.id, reason=" ", counter_id=o.counter["Schalter I2"])
    with pytest.raises(errors.ValidationFailed):
        await o.lead.reassign(w.id, reason="x", counter_id=o.counter["Schalter E1"])
    r = await o.lead.reassign(w.id, reason="Dolmetscher an I2", counter_id=o.counter["Schalter I2"])
    assert (r.state, r.assigned_counter_id, r.version) == (State.WAITING, o.counter["Schalter I2"], 2)
    assert r.reassign_reason == "Dolmetscher an I2"  # the reason is kept with the entry
    with pytest.raises(errors.QueueEmpty):
        await o.clerk.call_next(service_point_id=o.sp["BI"])
    assert (await o.clerk2.call_next(service_point_id=o.sp["BI"])).id == w.id
    with pytest.raises(errors.InvalidTransition):
        await o.lead.reassign(w.id, reason="x", counter_id=o.counter["Schalter I1"])
    assert [r.action for r in await audit_rows(db, w.id)] == ["register_walk_in", "reassign", "call"]


async def test_unreachable_database_gives_a_clear_message():
    from desk_app.services.connect import connect
    from desk_app.services.database import DatabaseUnavailable

    with pytest.raises(DatabaseUnavailable) as info:
        await connect("postgresql://u:secret@127.0.0.1:1/x", embedded=False)
    message = str(info.value)
    assert message.startswith("Datenbank nicht erreichbar: postgresql+asyncpg://u:***@127.0.0.1:1/x (")
    assert "secret" not in message and "Traceback" not in message and "\n" not in message
    assert info.value.__cause__ is None and info.value.__suppress_context__
    assert "secret" not in repr(info.value.args)
