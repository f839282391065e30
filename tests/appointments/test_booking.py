"""The appointment book's services on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desk_app.domain import capacity as cap
from desk_app.domain import errors
from desk_app.domain.states import Action, State
from desk_app.models import QueueEntry
from desk_app.services import document_orders as docs
from desk_app.services.appointment_book import applicants_of
from desk_app.services.idempotency import new_key
from tests.appointments.helpers import MONDAY, book_for, local
from tests.support import ids, person

TOML = """
[[service_point]]
code = "EU"
overbooking_percent = 0

[[service_point.hours]]
days = "Mo-Fr"
opens = "08:00"
closes = "09:00"
slot_minutes = 20
counters = 2

[[service_point.blocked]]
start = "2026-11-30 08:20"
end = "2026-11-30 08:40"
reason = "Dienstbesprechung"
counter = "Schalter E1"
"""


async def setup(db):
    known = await ids(db)
    admin, _, clock = await book_for(db, "admin", counter=None)
    await admin.load_capacity(TOML)
    clerk, desk, _ = await book_for(db, "sbeu1", counter="Schalter E1", clock=clock)
    return clerk, known["sp"]["EU"], clock, known


async def test_the_next_ten_free_slots_follow_capacity_and_blocked_times(db):
    book, sp, clock, _ = await setup(db)
    free = await book.next_free(service_point_id=sp, service_id=None)
    assert len(free.slots) == 10
    assert [f.starts_at for f in free.slots[:4]] == [
        local(MONDAY, 8), local(MONDAY, 8, 20), local(MONDAY, 8, 40), local(MONDAY + dt.timedelta(1), 8)]
    assert [f.free for f in free.slots[:3]] == [2, 1, 2]   # 8:20 has one counter blocked
    # fill 8:00 and the blocked 8:20
    for at, n in ((local(MONDAY, 8), 2), (local(MONDAY, 8, 20), 1)):
        for i in range(n):
            await book.book(service_point_id=sp, service_id=None, starts_at=at,
                            applicants=[person(f"P{i}")])
    free = await book.next_free(service_point_id=sp, service_id=None, count=2)
    assert [f.starts_at for f in free.slots] == [local(MONDAY, 8, 40), local(MONDAY + dt.timedelta(1), 8)]


async def test_a_family_books_one_place_and_a_full_slot_refuses(db):
    book, sp, clock, _ = await setup(db)
    at = local(MONDAY, 8, 20)   # one place (a counter blocked)
    family = [person("Yılmaz", "Ayşe"), person("Yılmaz", "Emre"), person("Yılmaz", "Elif")]
    entry = await book.book(service_point_id=sp, service_id=None, starts_at=at,
                            applicants=family)
    assert entry.state == State.BOOKED and entry.scheduled_at == at
    assert [m.given_name for m in entry.members] == ["Ayşe", "Emre", "Elif"]
    assert entry.booking_reference
    with pytest.raises(cap.SlotFull) as caught:
        await book.book(service_point_id=sp, service_id=None, starts_at=at,
                        applicants=[person()])
    assert "08:20" in str(caught.value)
    with pytest.raises(cap.NotASlot):
        await book.book(service_point_id=sp, service_id=None, starts_at=local(MONDAY, 8, 10),
                        applicants=[person()])
    clock.set(local(MONDAY, 9))
    with pytest.raises(cap.SlotInPast):
        await book.book(service_point_id=sp, service_id=None, starts_at=local(MONDAY, 8, 40),
                        applicants=[person()])


async def test_a_retry_with_the_same_key_books_once(db):
    book, sp, _, _ = await setup(db)
    key = new_key()
    a = await book.book(service_point_id=sp, service_id=None, starts_at=local(MONDAY, 8),
                        applicants=[person()], key=key)
    b = await book.book(service_point_id=sp, service_id=None, starts_at=local(MONDAY, 8),
                        applicants=[person()], key=key)
    assert a.id == b.id and b.replayed
    week = await book.week(service_point_id=sp, year=2026, week=49)
    assert len(week.slots[0].bookings) == 1


async def test_the_overbooking_allowance_adds_places(db):
    book, sp, _, _ = await setup(db)
    lead, _, _ = await book_for(db, "leitung", counter=None, clock=book.desk.ctx.clock)
    with pytest.raises(errors.PermissionDenied):
        await book.set_allowance(service_point_id=sp, percent=50)
    with pytest.raises(cap.InvalidOverbooking):
        await lead.set_allowance(service_point_id=sp, percent=80)
    await lead.set_allowance(service_point_id=sp, percent=50)   # 2 counters -> 3 places
    for i in range(3):
        await book.book(service_point_id=sp, service_id=None, starts_at=local(MONDAY, 8),
                        applicants=[person(f"P{i}")])
    with pytest.raises(cap.SlotFull):
        await book.book(service_point_id=sp, service_id=None, starts_at=local(MONDAY, 8),
                        applicants=[person()])


async def test_reschedule_frees_the_old_slot_at_once_and_keeps_the_reason(db):
    book, sp, _, _ = await setup(db)
    at, new_at = local(MONDAY, 8, 20), local(MONDAY, 8, 40)
    entry = await book.book(service_point_id=sp, service_id=None, starts_at=at,
                            applicants=[person()])
    with pytest.raises(errors.ReasonRequired):
        await book.reschedule(entry.id, starts_at=new_at, reason="  ")
    moved = await book.reschedule(entry.id, starts_at=new_at, reason="Unterlage fehlt",
                                  expected_version=entry.version)
    assert moved.scheduled_at == new_at and moved.version == entry.version + 1
    # the old place is free for anyone (another workstation's book)
    other, _, _ = await book_for(db, "sbeu2", counter="Schalter E2", clock=book.desk.ctx.clock)
    taken = await other.book(service_point_id=sp, service_id=None, starts_at=at,
                             applicants=[person("Neu")])
    assert taken.scheduled_at == at
    async with db.read() as s:
        row = (await s.execute(select(QueueEntry).where(QueueEntry.id == entry.id))).scalar_one()
    assert row.reschedule_reason == "Unterlage fehlt"
    with pytest.raises(errors.ConcurrentModification):
        await book.reschedule(entry.id, starts_at=local(MONDAY, 8), reason="x",
                              expected_version=entry.version)
    # only BOOKED entries move; a cancelled one frees its place
    await book.desk.act(entry.id, Action.CANCEL)
    with pytest.raises(cap.NotReschedulable):
        await book.reschedule(entry.id, starts_at=local(MONDAY, 8), reason="x")
    week = await book.week(service_point_id=sp, year=2026, week=49)
    slot = next(s for s in week.slots if s.starts_at == new_at)
    assert slot.bookings == () and slot.free == 2


async def test_a_closing_counter_moves_what_no_longer_fits_and_lists_whom_to_inform(db):
    book, sp, clock, known = await setup(db)
    tuesday = MONDAY + dt.timedelta(days=1)
    first = await book.book(service_point_id=sp, service_id=None, starts_at=local(tuesday, 8),
                            applicants=[person("Erst", email="erst@example.org",
                                               preferred_language="tr")])
    second = await book.book(service_point_id=sp, service_id=None, starts_at=local(tuesday, 8),
                             applicants=[person("Zweit")])
    alone = await book.book(service_point_id=sp, service_id=None,
                            starts_at=local(tuesday, 8, 20), applicants=[person("Allein")])
    lead, _, _ = await book_for(db, "leitung", counter=None, clock=clock)
    with pytest.raises(errors.PermissionDenied):
        await book.move_day(service_point_id=sp, day=tuesday, reason="Krank")
    result = await lead.move_day(service_point_id=sp, day=tuesday, reason="Krankheit",
                                 counter_id=known["counter"]["Schalter E2"])
    # one counter left: the last booking of the full 8:00 slot moves, the others stay
    assert [p.entry_id for p in result.moved] == [second.id]
    person_ = result.moved[0]
    assert person_.old_at == local(tuesday, 8) and person_.new_at == local(MONDAY + dt.timedelta(2), 8)
    assert person_.names == "Zweit, Erika"
    stayed = await book.desk.entry(first.id)
    assert stayed.scheduled_at == local(tuesday, 8)
    assert (await book.desk.entry(alone.id)).scheduled_at == local(tuesday, 8, 20)
    # the whole service point closes on Tuesday: everyone left moves, with contact data
    result = await lead.move_day(service_point_id=sp, day=tuesday, reason="Stromausfall")
    assert sorted(p.entry_id for p in result.moved) == sorted([first.id, alone.id])
    informed = {p.entry_id: p for p in result.moved}
    assert informed[first.id].email == "erst@example.org" and informed[first.id].language == "tr"
    assert all(p.new_at > local(tuesday, 23) for p in result.moved)
    free = await book.next_free(service_point_id=sp, service_id=None,
                                after=local(tuesday, 0), count=1)
    assert free.slots[0].starts_at > local(tuesday, 23)


async def test_a_day_gone_by_cannot_be_closed(db):
    """Closing 29.01. in November said "0 Termine verlegt" and blocked a day long past."""
    book, sp, clock, _ = await setup(db)
    lead, _, _ = await book_for(db, "leitung", counter=None, clock=clock)
    yesterday = MONDAY - dt.timedelta(days=1)
    with pytest.raises(errors.ValidationFailed) as refused:
        await lead.move_day(service_point_id=sp, day=yesterday, reason="Betriebsausflug")
    assert refused.value.code == "close_day_in_past"
    assert refused.value.params["day"] == yesterday
    week = await book.week(service_point_id=sp, year=2026, week=48)
    assert not any(b.reason == "Betriebsausflug" for b in week.blocked)   # nothing blocked
    result = await lead.move_day(service_point_id=sp, day=MONDAY, reason="Stromausfall")
    assert result.blocked_id                                # today still closes


async def test_pickup_appointments_for_arrived_documents(db):
    book, sp_eu, clock, known = await setup(db)
    sp = known["sp"]["BI"]
    reception, _, _ = await book_for(db, "info1", counter=None, clock=clock)
    walk_in = await reception.desk.register_walk_in(service_point_id=sp,
                                                    applicants=[person("Abhol", "Anna")])
    order = await book.desk.write(docs.order_document, book.desk.ctx, key=new_key(),
                                  applicant_id=walk_in.members[0].applicant_id,
                                  doc_type="EAT", collect_service_point_id=sp,
                                  entry_id=walk_in.id)
    assert await book.pickup_needs() == []           # ordered, not arrived
    await book.desk.write(docs.mark_arrived, book.desk.ctx, order.id, key=new_key())
    needs = await book.pickup_needs(service_point_id=sp)
    assert [(n.order_id, n.family_name) for n in needs] == [(order.id, "Abhol")]
    free = await book.next_free(service_point_id=sp, service_id=None, count=1)
    entry = await book.book_pickup(needs[0], service_id=None, starts_at=free.slots[0].starts_at)
    assert entry.members[0].applicant_id == walk_in.members[0].applicant_id
    assert await book.pickup_needs() == []
    await book.desk.act(entry.id, Action.CANCEL)     # cancelled: needs one again
    assert [n.order_id for n in await book.pickup_needs()] == [order.id]


async def test_the_week_the_offer_and_the_allowance_report(db):
    book, sp, clock, _ = await setup(db)
    await book.book(service_point_id=sp, service_id=None, starts_at=local(MONDAY, 8),
                    applicants=applicants_of((await book.desk.book(
                        service_point_id=sp, scheduled_at=local(MONDAY, 8, 40),
                        applicants=[person("Alt")])).members))
    week = await book.week(service_point_id=sp, year=2026, week=49)
    assert week.title == "Terminangebot KW 49"
    assert len(week.slots) == 5 * 3
    assert week.slots[1].capacity == 1 and week.slots[1].blocked_reason == "Dienstbesprechung"
    assert [b.names for b in week.slots[0].bookings] == ["Alt, Erika"]
    # Desk.book took a place of the 8:40 slot too (Desk.take_slots is on everywhere)
    assert [b.names for b in week.slots[2].bookings] == ["Alt, Erika"]
    offer = await book.offer(service_point_id=sp, year=2026, week=49)
    assert offer.offered == 5 * 3 * 2 - 1 and offer.booked == 2
    # history: the past two weeks, 4 bookings, one no-show
    clock.set(local(MONDAY - dt.timedelta(days=14), 7))
    past = []
    for i in range(4):
        past.append(await book.book(service_point_id=sp, service_id=None,
                                    starts_at=local(MONDAY - dt.timedelta(days=14), 8),
                                    applicants=[person(f"H{i}")]) if i < 2 else
                    await book.book(service_point_id=sp, service_id=None,
                                    starts_at=local(MONDAY - dt.timedelta(days=13), 8),
                                    applicants=[person(f"H{i}")]))
    clock.set(local(MONDAY - dt.timedelta(days=14), 8, 30))
    await book.desk.act(past[0].id, Action.MARK_NO_SHOW)
    clock.set(local(MONDAY, 7))
    report = await book.allowance(service_point_id=sp, weeks=6)
    assert report.rate == pytest.approx(0.25) and report.suggested == 25
    assert report.current.left_empty_without > 0
    assert report.with_suggested.extra_bookings == 0   # 2 counters: 25 % adds no place


async def test_capacity_toml_round_trip_and_refusals(db):
    book, sp, _, _ = await setup(db)
    admin, _, _ = await book_for(db, "admin", counter=None, clock=book.desk.ctx.clock)
    text = await admin.export_capacity()
    assert 'code = "EU"' in text and 'reason = "Dienstbesprechung"' in text
    with pytest.raises(errors.PermissionDenied):
        await book.load_capacity(TOML)
    with pytest.raises(cap.CapacityError):
        await admin.load_capacity(TOML.replace('"09:00"', '"07:00"'))
    with pytest.raises(errors.NotFound):
        await admin.load_capacity(TOML.replace('"EU"', '"NOPE"'))
    result = await admin.load_capacity(text)      # export loads back
    assert result["blocked"] == 0                  # same blocked time kept once
    assert await admin.export_capacity() == text
