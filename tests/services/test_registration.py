"""Booking, walk-ins, check-in and tickets, and the day's queue, on both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain import errors
from desk_app.domain.states import Action, EntryKind, State
from desk_app.models import QueueEntry
from tests.services.helpers import count, office
from tests.support import DAY, at, person


async def test_book_a_family_of_three(db):
    o = await office(db)
    e = await o.reception.book(
        service_point_id=o.sp["BI"], scheduled_at=at(9, 30),
        applicants=[person("Yılmaz", "Ayşe", nationality="tur", birth_date="00.00.1980"),
                    person("Yılmaz", "Mehmet", file_number="AZ-4711"),
                    person("Yılmaz", "Elif", birth_date="00.05.2015")])
    assert e.state == State.BOOKED and e.kind == EntryKind.APPOINTMENT
    assert e.ticket is None and e.call_count == 0 and e.version == 1
    assert e.business_day == DAY and e.scheduled_at == at(9, 30)
    assert e.booking_reference.startswith("T") and len(e.booking_reference) == 8
    assert [m.given_name for m in e.members] == ["Ayşe", "Mehmet", "Elif"]
    assert [m.birth_date for m in e.members] == ["1980-00-00", "1985-08-12", "2015-05-00"]
    assert e.members[0].nationality == "TUR"
    assert e.members[1].file_number == "AZ-4711"
    assert len({m.applicant_id for m in e.members}) == 3
    assert e.service_point_name == "DLZ Bürgerdienste International"


async def test_booking_reference_given_is_kept_and_unique(db):
    o = await office(db)
    e = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(9),
                               applicants=[person()], booking_reference="tkx4711")
    assert e.booking_reference == "TKX4711"
    with pytest.raises(errors.ValidationFailed, match="TKX4711 ist schon vergeben"):
        await o.reception.book(service_point_id=o.sp["EU"], scheduled_at=at(9),
                               applicants=[person("Anders")], booking_reference="TKX4711")
    assert await count(db, QueueEntry) == 1


async def test_check_in_gives_tickets_per_service_point_and_day(db):
    o = await office(db)
    bi = [await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(9, 10 * i),
                                 applicants=[person(f"Person{i}")]) for i in range(3)]
    eu = await o.reception.book(service_point_id=o.sp["EU"], scheduled_at=at(9),
                                applicants=[person("Eu")])
    tomorrow = await o.reception.book(service_point_id=o.sp["BI"],
                                      scheduled_at=at(9, day=DAY + dt.timedelta(days=1)),
                                      applicants=[person("Morgen")])
    o.clock.set(at(8, 55))
    tickets = [(await o.reception.check_in(e.id)).ticket for e in (bi[1], bi[0], bi[2])]
    assert tickets == ["I-001", "I-002", "I-003"]
    checked = await o.reception.check_in(eu.id)
    assert checked.ticket == "E-001" and checked.state == State.WAITING
    assert checked.checked_in_at == at(8, 55) and checked.waiting_since == at(8, 55)
    assert checked.sort_at == at(9)  # stands at its appointment time
    walk_in = await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                                 applicants=[person("Ohne", "Termin")])
    assert walk_in.ticket == "I-004"
    o.clock.set(at(8, 50, day=DAY + dt.timedelta(days=1)))
    assert (await o.reception.check_in(tomorrow.id)).ticket == "I-001"  # a new day
    with pytest.raises(errors.CannotCheckIn) as info:
        await o.reception.check_in(bi[0].id)
    assert info.value.state == State.WAITING


async def test_walk_in_single_and_family(db):
    o = await office(db, now=at(9, 5))
    single = await o.reception.register_walk_in(service_point_id=o.sp["VISA"],
                                                applicants=[person("Nguyễn", "Văn An")])
    assert single.state == State.WAITING and single.kind == EntryKind.WALK_IN
    assert single.ticket == "V-001" and single.scheduled_at is None
    assert single.booking_reference is None
    assert single.sort_at == at(9, 15)  # arrival + 10 minutes' walk-in offset
    assert single.checked_in_at == at(9, 5)
    family = await o.clerk.register_walk_in(
        service_point_id=o.sp["VISA"],
        applicants=[person("Haddad", "Omar"), person("Haddad", "Lina"), person("Haddad", "")])
    assert family.ticket == "V-002"
    assert [m.display_name for m in family.members] == ["Haddad, Omar", "Haddad, Lina", "Haddad"]


async def test_registration_needs_someone_and_a_real_service_point(db):
    o = await office(db)
    with pytest.raises(errors.ValidationFailed, match="Mindestens eine Person"):
        await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[])
    with pytest.raises(errors.NotFound):
        await o.reception.register_walk_in(service_point_id=99999, applicants=[person()])
    assert await count(db, QueueEntry) == 0


async def test_day_queue_for_one_service_point_and_for_all(db):
    o = await office(db)
    a = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(10),
                               applicants=[person("Later")])
    b = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(9),
                               applicants=[person("Earlier")])
    c = await o.reception.book(service_point_id=o.sp["EU"], scheduled_at=at(9, 30),
                               applicants=[person("Eu")])
    await o.reception.book(service_point_id=o.sp["BI"],
                           scheduled_at=at(9, day=DAY + dt.timedelta(days=1)),
                           applicants=[person("Tomorrow")])
    w = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person("W")])
    bi = await o.clerk.day_queue(DAY, o.sp["BI"])
    appointments = [e.id for e in bi if e.kind == EntryKind.APPOINTMENT]
    assert appointments == [b.id, a.id]  # by time
    assert {e.id for e in bi} == {a.id, b.id, w.id}
    everything = await o.reception.day_queue(DAY)
    assert {e.id for e in everything} == {a.id, b.id, c.id, w.id}
    assert [e.id for e in everything if e.scheduled_at] == [b.id, c.id, a.id]
    assert await o.clerk.day_queue(DAY, o.sp["ASYL"]) == []
    assert [e.id for e in await o.clerk.day_queue(service_point_id=o.sp["BI"])] == [e.id for e in bi]
    assert (await o.clerk.entry(b.id)).members[0].family_name == "Earlier"
    assert {e.id for e in await o.clerk.entries([a.id, c.id, a.id])} == {a.id, c.id}
    with pytest.raises(errors.NotFound):
        await o.clerk.entry(123456)


async def test_reception_cannot_call_or_serve(db):
    o = await office(db)
    w = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person()])
    with pytest.raises(errors.PermissionDenied):
        await o.reception.call_next(service_point_id=o.sp["BI"], counter_id=o.counter["Schalter I1"])
    with pytest.raises(errors.PermissionDenied):
        await o.reception.act(w.id, Action.CALL)
    assert (await o.reception.entry(w.id)).state == State.WAITING


async def test_what_registration_returns_is_what_was_stored(db):
    """On PostgreSQL a registration is one statement that returns the new entry's view;
    it must equal a fresh read (names, people in order, a returning person included),
    and the audit row, the key and the change-log row must be there."""
    from sqlalchemy import select

    from desk_app.models import AuditEvent, ChangeLog, IdempotencyKey
    from desk_app.services.applicant_input import ApplicantInput

    o = await office(db, now=at(9))
    services = await o.reception.services()
    service = next(s for s in services if s.service_point_id == o.sp["BI"])
    first = await o.reception.register_walk_in(
        service_point_id=o.sp["BI"], service_id=service.id, notes="Rollstuhl",
        applicants=[person("Ngô", "Bảo Châu"), person("O'Neil-Şahin", "")], key="w-1")
    returning = first.members[1].applicant_id
    family = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[
        person("Кузнецова", "Анна"), ApplicantInput(family_name="x", given_name="",
                                                   applicant_id=returning)], key="w-2")
    booked = await o.reception.book(service_point_id=o.sp["EU"], scheduled_at=at(11),
                                    applicants=[person("حداد", "عمر")], key="b-1")
    for view in (first, family, booked):
        assert view == await o.lead.entry(view.id)
    assert (first.ticket, family.ticket, booked.ticket) == ("I-001", "I-002", None)
    assert first.service_name == service.name and first.notes == "Rollstuhl"
    assert [m.family_name for m in family.members] == ["Кузнецова", "O'Neil-Şahin"]
    assert family.members[1].applicant_id == returning
    assert booked.state == State.BOOKED and booked.booking_reference
    async with db.read() as s:
        keys = dict((await s.execute(select(IdempotencyKey.key, IdempotencyKey.result).where(
            IdempotencyKey.key.in_(["w-1", "w-2", "b-1"])))).all())
        audits = (await s.execute(select(AuditEvent.entity_id, AuditEvent.action,
                                         AuditEvent.to_state).order_by(AuditEvent.id))).all()
        changes = (await s.execute(select(ChangeLog.entity_id, ChangeLog.op,
                                          ChangeLog.service_point_id)
                                   .order_by(ChangeLog.id))).all()
    import json
    assert {k: json.loads(v) for k, v in keys.items()} == {
        "w-1": {"entry_id": first.id}, "w-2": {"entry_id": family.id},
        "b-1": {"entry_id": booked.id}}
    assert audits[-3:] == [(first.id, "register_walk_in", "WAITING"),
                           (family.id, "register_walk_in", "WAITING"),
                           (booked.id, "book", "BOOKED")]
    assert changes[-3:] == [(first.id, "register_walk_in", o.sp["BI"]),
                            (family.id, "register_walk_in", o.sp["BI"]),
                            (booked.id, "book", o.sp["EU"])]
    again = await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                               applicants=[person("Anders")], key="w-2")
    assert again.replayed and again.id == family.id
