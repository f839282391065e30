"""Issue 17: data-quality flags, completing a person, automatic no-shows (both databases)."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from sqlalchemy import func, select

from desk_app.domain.data_quality import Quality, assess
from desk_app.domain.states import Action, State
from desk_app.models import AuditEvent, ChangeLog
from desk_app.services.booking_import import import_bookings
from desk_app.services.intake import Intake, PersonCompletion, day_flags
from tests.support import DAY, Clock, at, desk_for

HEADER = ("Buchungsnummer;Datum;Uhrzeit;Dienststelle;Nachname;Vorname;Geburtsdatum;"
          "Staatsangehörigkeit;E-Mail;Telefon;Aktenzeichen\n")
TOMORROW = DAY + dt.timedelta(days=1)  # Thursday 26.11.2026
LINES = (
    "Q1;26.11.2026;9:00;BI;Clean;Carla;12.08.1985;DEU;carla@example.org;0151 2345678;A-1\n"
    "Q2;26.11.2026;9:10;BI;Partial;Paul;00.00.1990;;paul@@example;0049;\n"
    "Q3;26.11.2026;9:20;BI;Twin;Tom;;TUR;;;A-1\n"               # same file number as Q1
    "Q4;26.11.2026;9:30;BI;Şahin;Ömer;03.04.1977;TUR;;;\n"
    "Q5;26.11.2026;9:40;EU;SAHIN;OEMER;03.04.1977;TUR;;;\n"     # same person, other spelling
    "Q6;26.11.2026;9:50;EU;Neu;Nora;01.01.1990;POL;;;\n"
    "Q7;26.11.2026;10:00;EU;Neu;Nora;01.01.1990;POL;;;\n"      # placeholder date: not a duplicate
)


def test_assess_finds_each_problem():
    assert assess(email="a@example.org", phone="+49 151 2345678", birth_date="1985-08-12",
                  file_number="A-1", nationality="DEU") == frozenset()
    found = assess(email="a@b", phone="1", birth_date="1990-00-00", file_number=None,
                   nationality=None)
    assert found == {Quality.INVALID_EMAIL, Quality.INVALID_PHONE, Quality.BIRTH_DATE_PARTIAL,
                     Quality.NO_FILE_NUMBER, Quality.NATIONALITY_MISSING}
    assert Quality.BIRTH_DATE_MISSING in assess(email=None, phone="030 1234567",
                                                birth_date=None, file_number="x")
    assert Quality.INVALID_EMAIL in assess(email="x@localhost", phone=None,
                                           birth_date=None, file_number=None)


async def _import(db, text: str):
    desk = await desk_for(db, "admin", clock=Clock(at(8, 0)))
    report = await desk.write(import_bookings, desk.ctx, (HEADER + text).encode())
    assert report.rejected == (), report.rejected
    return desk


async def test_tomorrow_is_the_next_working_day(db):
    """On a Friday the back office prepares Monday, not an empty Saturday; before a
    holiday the day after it (NOTES, fourth session: Friday showed Saturday)."""
    friday = DAY + dt.timedelta(days=2)                       # Friday 27.11.2026
    desk = await desk_for(db, "admin", clock=Clock(dt.datetime.combine(
        friday, dt.time(9, 0), tzinfo=dt.timezone.utc)))
    assert Intake(desk).tomorrow() == dt.date(2026, 11, 30)  # Monday
    christmas_eve = dt.datetime(2026, 12, 24, 9, 0, tzinfo=dt.timezone.utc)  # Thursday
    desk = await desk_for(db, "admin", clock=Clock(christmas_eve))
    assert Intake(desk).tomorrow() == dt.date(2026, 12, 28)  # after both Christmas days


async def test_the_back_office_list_shows_tomorrows_flags(db):
    desk = await _import(db, LINES)
    intake = Intake(desk)
    assert intake.tomorrow() == TOMORROW
    rows = {r.booking_reference: r for r in await intake.bookings(TOMORROW)}
    assert rows["Q1"].flags == {Quality.POSSIBLE_DUPLICATE}
    assert rows["Q2"].actionable == {Quality.BIRTH_DATE_PARTIAL, Quality.NATIONALITY_MISSING,
                                     Quality.INVALID_EMAIL, Quality.INVALID_PHONE}
    assert rows["Q3"].actionable == {Quality.BIRTH_DATE_MISSING, Quality.POSSIBLE_DUPLICATE}
    assert Quality.POSSIBLE_DUPLICATE in rows["Q4"].flags
    assert Quality.POSSIBLE_DUPLICATE in rows["Q5"].flags
    assert rows["Q6"].actionable == frozenset() and rows["Q7"].actionable == frozenset()
    flags = await desk._read_only(day_flags, TOMORROW)
    assert {flags[r.applicant_id] for r in rows.values()} == {r.flags for r in rows.values()}
    assert await intake.bookings(DAY) == []
    only_eu = await intake.bookings(TOMORROW, service_point_id=rows["Q5"].service_point_id)
    assert {r.booking_reference for r in only_eu} == {"Q5", "Q6", "Q7"}


async def test_completing_the_data_clears_the_flags(db):
    desk = await _import(db, LINES)
    intake = Intake(desk)
    q2 = next(r for r in await intake.bookings(TOMORROW) if r.booking_reference == "Q2")
    changes = await _changes(db)
    after = await intake.complete(q2.applicant_id, PersonCompletion(
        birth_date="14.02.1990", nationality="ukrainisch", email="paul@example.org",
        phone="+49 30 1234567"))
    assert after.actionable == frozenset()
    assert (after.birth_date, after.nationality, after.email) == ("1990-02-14", "UKR",
                                                                  "paul@example.org")
    assert await _changes(db) == changes + 1  # the entry's lists refresh everywhere
    async with db.read() as s:
        row = (await s.execute(select(AuditEvent).order_by(AuditEvent.id.desc()))).scalars().first()
    assert (row.action, row.entity, row.entity_id) == ("complete_person", "applicant",
                                                       q2.applicant_id)
    assert "Paul" not in (row.detail or "")
    from desk_app.domain.errors import ValidationFailed
    with pytest.raises(ValidationFailed, match="Staatsangehörigkeit nicht erkannt"):
        await intake.complete(q2.applicant_id, PersonCompletion(nationality="klingonisch"))
    with pytest.raises(ValidationFailed, match="Geburtsdatum nicht lesbar"):
        await intake.complete(q2.applicant_id, PersonCompletion(birth_date="31.02.1990"))


async def _changes(db) -> int:
    async with db.read() as s:
        return await s.scalar(select(func.count()).select_from(ChangeLog))


async def test_automatic_no_shows_once_with_many_workstations(db, open_db, database_url):
    desk = await _import(db, LINES.replace("26.11.2026", "25.11.2026"))
    # Q1 9:00, Q2 9:10 … (BI and EU grace 15 min); Q4 is checked in
    q4 = next(e for e in await desk.day_queue(DAY) if e.booking_reference == "Q4")
    await desk.act(q4.id, Action.CHECK_IN)
    clock = Clock(at(9, 30))
    stations = [await desk_for(open_db(database_url), "admin", clock=clock,
                               station=f"ws-{i}") for i in range(8)]
    audits = await _audits(db)
    results = await asyncio.gather(*(s.mark_overdue_no_shows() for s in stations))
    marked = sorted(e.booking_reference for r in results for e in r)
    assert marked == ["Q1", "Q2"]                                # 9:00 and 9:10 only
    assert all(e.state == State.NO_SHOW for r in results for e in r)
    assert await _audits(db) == audits + 2                       # each exactly once
    clock.set(at(10, 10))
    again = await asyncio.gather(*(s.mark_overdue_no_shows() for s in stations))
    assert sorted(e.booking_reference for r in again for e in r) == ["Q3", "Q5", "Q6"]
    assert sum(len(r) for r in await asyncio.gather(
        *(s.mark_overdue_no_shows() for s in stations))) == 0
    left = {e.booking_reference: e.state for e in await desk.day_queue(DAY)}
    assert left["Q4"] == State.WAITING and left["Q7"] == State.BOOKED   # 10:00 + 15 min > 10:10
    assert all(left[r] == State.NO_SHOW for r in ("Q1", "Q2", "Q3", "Q5", "Q6"))


async def _audits(db) -> int:
    async with db.read() as s:
        return await s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.detail == "auto"))
