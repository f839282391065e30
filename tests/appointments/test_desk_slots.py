"""Bookings made outside the appointment book's dialogs (``Desk.book``, a moved time in
the shift lead's reassign dialog) take and free a slot's place under the same row lock:
no overbooking, a time outside the hours refused. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain import capacity as cap
from desk_app.services.appointment_book import AppointmentBook
from tests.appointments.helpers import MONDAY, book_for, local
from tests.appointments.test_booking import setup
from tests.support import desk_for, person


async def _lead(db, clock):
    return await desk_for(db, "leitung", clock=clock)      # takes slots (the default)


async def _free_at(book: AppointmentBook, sp: int, at) -> int:
    free = await book.next_free(service_point_id=sp, service_id=None, count=20)
    return next((f.free for f in free.slots if f.starts_at == at), 0)


async def test_desk_book_takes_a_place_and_refuses_a_full_slot(db):
    book, sp, clock, _ = await setup(db)        # EU: 8:00-9:00, 20 min, 2 counters, 0 %
    desk = await _lead(db, clock)
    at = local(MONDAY, 8)
    assert await _free_at(book, sp, at) == 2
    # a time inside the slot (an import's 8:05) takes a place of the 8:00 slot
    first = await desk.book(service_point_id=sp, scheduled_at=local(MONDAY, 8, 5),
                            applicants=[person("Erste")])
    assert await _free_at(book, sp, at) == 1
    await book.book(service_point_id=sp, service_id=None, starts_at=at,
                    applicants=[person("Zweite")])
    assert await _free_at(book, sp, at) == 0
    with pytest.raises(cap.SlotFull):
        await desk.book(service_point_id=sp, scheduled_at=at, applicants=[person("Dritte")])
    week = await book.week(service_point_id=sp, year=2026, week=49)
    slot = next(s for s in week.slots if s.starts_at == at)
    assert sorted(b.entry_id for b in slot.bookings)[0] == first.id
    assert len(slot.bookings) == 2


async def test_desk_book_outside_the_hours_is_refused(db):
    book, sp, clock, _ = await setup(db)
    desk = await _lead(db, clock)
    with pytest.raises(cap.NotASlot):
        await desk.book(service_point_id=sp, scheduled_at=local(MONDAY, 18),
                        applicants=[person()])


async def test_slots_are_on_for_library_use_and_off_books_as_before(db):
    book, sp, clock, _ = await setup(db)
    desk = await desk_for(db, "leitung", clock=clock)
    assert desk.take_slots is True            # the demo, tests and benchmarks take slots
    with pytest.raises(cap.NotASlot):
        await desk.book(service_point_id=sp, scheduled_at=local(MONDAY, 18),
                        applicants=[person()])
    desk.take_slots = False
    entry = await desk.book(service_point_id=sp, scheduled_at=local(MONDAY, 18),
                            applicants=[person()])
    assert entry.scheduled_at == local(MONDAY, 18)
    assert await _free_at(book, sp, local(MONDAY, 8)) == 2


async def test_a_moved_time_takes_the_new_place_and_frees_the_old_one(db):
    book, sp, clock, _ = await setup(db)
    desk = await _lead(db, clock)
    eight, nine_forty = local(MONDAY, 8), local(MONDAY, 8, 40)
    entry = await book.book(service_point_id=sp, service_id=None, starts_at=eight,
                            applicants=[person("Verlegt")])
    for i in range(2):   # 8:40 full
        await book.book(service_point_id=sp, service_id=None, starts_at=nine_forty,
                        applicants=[person(f"Voll{i}")])
    with pytest.raises(cap.SlotFull):
        await desk.reassign(entry.id, reason="Wunsch der Person", scheduled_at=nine_forty)
    assert await _free_at(book, sp, eight) == 1          # nothing changed
    moved = await desk.reassign(entry.id, reason="Wunsch der Person",
                                scheduled_at=local(MONDAY + dt.timedelta(days=1), 8))
    assert moved.scheduled_at == local(MONDAY + dt.timedelta(days=1), 8)
    assert await _free_at(book, sp, eight) == 2          # the old place is free
    assert await _free_at(book, sp, local(MONDAY + dt.timedelta(days=1), 8)) == 1
    with pytest.raises(cap.NotASlot):
        await desk.reassign(entry.id, reason="Wunsch der Person",
                            scheduled_at=local(MONDAY, 12))


async def test_the_cli_switches_slots_on(database_url):
    """The production wiring: the CLI's desk takes slots, with the settings' state."""
    import argparse

    from desk_app import cli
    from desk_app.settings import Settings

    args = argparse.Namespace(database=database_url, login="admin")
    conn, desk = await cli.as_staff(args, Settings(federal_state="BY"))
    try:
        assert desk.take_slots is True and desk.federal_state == "BY"
    finally:
        await conn.db.dispose()
