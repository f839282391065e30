"""Issue 15: imported bookings take places of the appointment book's slots, as a booking
made in the appointment book does; an import never overbooks. SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select

from desk_app.domain import capacity as cap
from desk_app.models import AppointmentSlot, QueueEntry
from desk_app.services.booking_import import import_bookings
from tests.appointments.helpers import MONDAY, local
from tests.appointments.test_booking import setup
from tests.support import desk_for, person

HEADER = "Buchungsnummer;Datum;Uhrzeit;Dienststelle;Nachname;Vorname;Geburtsdatum\n"


def export(*lines: tuple[str, str, str]) -> bytes:
    """(reference, time, family name) on Monday 30.11.2026 at EU (8:00-9:00, 20-minute
    slots, 2 counters, 0 %; one counter blocked 8:20-8:40)."""
    return (HEADER + "".join(f"{ref};30.11.2026;{time};EU;{name};Anna;12.08.1985\n"
                             for ref, time, name in lines)).encode()


async def _places(db, at) -> int:
    """Entries holding a place of EU's slot at ``at`` (not cancelled)."""
    async with db.read() as s:
        return await s.scalar(
            select(func.count(QueueEntry.id)).join(AppointmentSlot,
                                                   AppointmentSlot.id == QueueEntry.slot_id)
            .where(AppointmentSlot.starts_at == at, QueueEntry.state != "CANCELLED"))


async def _entries(db) -> int:
    async with db.read() as s:
        return await s.scalar(select(func.count(QueueEntry.id)).where(
            QueueEntry.booking_reference.is_not(None)))


async def _importer(db, clock, open_db=None, url=None):
    return await desk_for(open_db(url, pool_size=1) if open_db else db, "admin", clock=clock)


async def test_an_import_takes_places_and_refuses_what_would_overbook(db):
    book, sp, clock, _ = await setup(db)
    desk = await _importer(db, clock)
    data = export(("A1", "8:00", "Alpha"), ("A2", "8:05", "Beta"), ("A3", "8:10", "Gamma"),
                  ("A4", "8:20", "Delta"), ("A5", "9:30", "Epsilon"))
    report = await desk.write(import_bookings, desk.ctx, data)
    assert report.committed and report.new == ("A1", "A2", "A4")
    by_line = {r.line: r for r in report.rejected}
    assert sorted(by_line) == [4, 6]
    assert by_line[4].reference == "A3" and "ausgebucht" in by_line[4].reasons[0]
    assert "Nicht importiert" in by_line[4].reasons[0]
    assert by_line[6].reference == "A5" and "keinen buchbaren Termin" in by_line[6].reasons[0]
    assert b"Gamma" in report.reject_file() and b"Alpha" not in report.reject_file()
    assert await _places(db, local(MONDAY, 8)) == 2
    assert await _places(db, local(MONDAY, 8, 20)) == 1       # one counter blocked
    # the appointment book sees the places taken
    with pytest.raises(cap.SlotFull):
        await book.book(service_point_id=sp, service_id=None, starts_at=local(MONDAY, 8),
                        applicants=[person("Zeta")])
    free = await book.next_free(service_point_id=sp, service_id=None, count=3)
    assert local(MONDAY, 8) not in [f.starts_at for f in free.slots]
    assert local(MONDAY, 8, 20) not in [f.starts_at for f in free.slots]


async def test_reimporting_the_same_file_takes_no_place_twice(db):
    _, _, clock, _ = await setup(db)
    desk = await _importer(db, clock)
    data = export(("A1", "8:00", "Alpha"), ("A2", "8:00", "Beta"), ("A3", "8:40", "Gamma"))
    first = await desk.write(import_bookings, desk.ctx, data)
    assert first.new == ("A1", "A2", "A3") and first.rejected == ()
    again = await desk.write(import_bookings, desk.ctx, data)
    assert again.unchanged == ("A1", "A2", "A3") and again.new == () and again.rejected == ()
    assert await _places(db, local(MONDAY, 8)) == 2 and await _places(db, local(MONDAY, 8, 40)) == 1
    # a family is one booking, one place: a second person changes no count
    family = data + b"A3;30.11.2026;8:40;EU;Gamma;Ben;01.02.2015\n"
    grown = await desk.write(import_bookings, desk.ctx, family)
    assert grown.updated == ("A3",) and await _places(db, local(MONDAY, 8, 40)) == 1


async def test_a_moved_booking_takes_its_new_place_or_stays_where_it_is(db):
    _, _, clock, _ = await setup(db)
    desk = await _importer(db, clock)
    await desk.write(import_bookings, desk.ctx, export(
        ("A1", "8:00", "Alpha"), ("A2", "8:00", "Beta"), ("A3", "8:40", "Gamma")))
    # A3 to the full 8:00: refused, stored unchanged; A1 to 8:45: its old place is free
    report = await desk.write(import_bookings, desk.ctx, export(
        ("A1", "8:45", "Alpha"), ("A2", "8:00", "Beta"), ("A3", "8:00", "Gamma")))
    assert report.updated == ("A1",) and report.unchanged == ("A2",)
    assert [(r.reference, "bleibt unverändert" in r.reasons[0]) for r in report.rejected] == [
        ("A3", True)]
    async with db.read() as s:
        a3 = (await s.execute(select(QueueEntry).where(
            QueueEntry.booking_reference == "A3"))).scalar_one()
    assert a3.scheduled_at == local(MONDAY, 8, 40)
    assert await _places(db, local(MONDAY, 8)) == 1
    assert await _places(db, local(MONDAY, 8, 40)) == 2


async def test_dry_run_and_strict_show_the_refusal_and_write_nothing(db):
    _, _, clock, _ = await setup(db)
    desk = await _importer(db, clock)
    data = export(("A1", "8:00", "Alpha"), ("A2", "8:00", "Beta"), ("A3", "8:00", "Gamma"))
    preview = await desk.read(import_bookings, desk.ctx, data, dry_run=True)
    assert preview.new == ("A1", "A2") and [r.reference for r in preview.rejected] == ["A3"]
    strict = await desk.write(import_bookings, desk.ctx, data, strict=True)
    assert not strict.committed and [r.reference for r in strict.rejected] == ["A3"]
    assert await _entries(db) == 0
    async with db.read() as s:   # not even an empty slot row is left behind
        assert await s.scalar(select(func.count(AppointmentSlot.id))) == 0


async def test_two_imports_at_the_same_moment_never_overbook(db, open_db, database_url,
                                                             monkeypatch):
    """Each import has its own engine (own connection); the same file twice, and two
    files for the same slot, at once. Each import dawdles after reading what is stored,
    so that both have read it before either writes, unless one waits for the other."""
    from desk_app.services.booking_import import importing

    real_stored = importing._stored

    async def slow(session, references):
        found = await real_stored(session, references)
        await asyncio.sleep(0.3)
        return found

    monkeypatch.setattr(importing, "_stored", slow)
    _, _, clock, _ = await setup(db)
    one, two = [await _importer(db, clock, open_db, database_url) for _ in range(2)]
    same = export(("A1", "8:20", "Alpha"))            # the slot's one place
    reports = await asyncio.gather(*(d.write(import_bookings, d.ctx, same) for d in (one, two)))
    # the second import sees the booking the first stored: unchanged, not "ausgebucht"
    assert sorted((r.new, r.unchanged, r.rejected) for r in reports) == [
        ((), ("A1",), ()), (("A1",), (), ())]
    assert await _entries(db) == 1 and await _places(db, local(MONDAY, 8, 20)) == 1
    files = (export(("B1", "8:00", "Beta"), ("B2", "8:05", "Beta")),
             export(("C1", "8:00", "Gamma"), ("C2", "8:10", "Gamma")))
    reports = await asyncio.gather(*(d.write(import_bookings, d.ctx, f)
                                     for d, f in zip((one, two), files)))
    assert sum(len(r.new) for r in reports) == 2      # four bookings, two places
    assert sum(len(r.rejected) for r in reports) == 2
    assert await _places(db, local(MONDAY, 8)) == 2
