"""Booking import, weekly statistics and retention, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desk_app.domain.states import Action, Outcome, State
from desk_app.models import Applicant, QueueEntry
from desk_app.services import queue_read
from desk_app.services.booking_import import ImportRejected, import_bookings
from desk_app.services.retention import purge
from desk_app.services.statistics import weekly_report
from tests.support import DAY, Clock, at, desk_for, person

GOOD = (
    "Buchungsnummer;Datum;Uhrzeit;Dienststelle;Dienstleistung;Familienname;Vorname;"
    "Geburtsdatum;Staatsangehörigkeit;Aktenzeichen;E-Mail;Telefon;Sprache\n"
    "T100;25.11.2026;09:00;BI;AT;Nguyễn;Thị Ánh Tuyết;00.00.1990;VNM;12-34567;a@example.org;;vi\n"
    "T100;25.11.2026;09:00;BI;AT;Nguyễn;Văn Minh;03.04.2015;VNM;;;;vi\n"
    "T101;25.11.2026;9:30;EU;;<b>Ali & Co</b>;;;;;;;\n"
    "T102;2026-11-25;10:00;VISA;EV;O'Connor-Ní Bhriain;Siobhán;;IRL;;;+49 30 1234;en\n"
)


async def _count(db, model) -> int:
    async with db.read() as s:
        return await s.scalar(select(func.count()).select_from(model))


async def test_import_families_and_reimport_is_idempotent(db):
    desk = await desk_for(db, "info1")
    result = await desk.write(import_bookings, desk.ctx, GOOD.encode("utf-8-sig"))
    assert (len(result.new), result.people, result.committed) == (3, 4, True)
    async with db.read() as s:
        found = await queue_read.search(s, "T100")
    assert len(found) == 1 and [m.given_name for m in found[0].members] == ["Thị Ánh Tuyết", "Văn Minh"]
    assert found[0].members[0].birth_date == "1990-00-00"
    async with db.read() as s:
        markup = await queue_read.search(s, "T101")
    assert markup[0].members[0].family_name == "<b>Ali & Co</b>"
    again = await desk.write(import_bookings, desk.ctx, GOOD.encode())
    assert again.new == () and again.unchanged == ("T100", "T101", "T102")


@pytest.mark.parametrize("content, expected", [
    (b"", "leer"),
    (b"\x00\x01binary", "keine Textdatei"),
    ("Familienname;Vorname\nMüller;Anna\n".encode(), "Spalten fehlen"),
    (GOOD.replace("25.11.2026;09:00;BI;AT;Nguyễn;Văn", "31.11.2026;09:00;BI;AT;Nguyễn;Văn").encode(),
     "Zeile 3: Datum unmöglich oder nicht lesbar"),
    (GOOD.replace("9:30", "halb zehn").encode(), "Zeile 4: Uhrzeit unmöglich oder nicht lesbar"),
    (GOOD.replace("00.00.1990", "32.13.1990").encode(), "Zeile 2: Geburtsdatum nicht lesbar"),
    (GOOD.replace(";EU;", ";XX;").encode(), "Dienststelle 'XX' unbekannt"),
    (GOOD.replace(";O'Connor-Ní Bhriain;", ";;").encode(), "Zeile 5: Familienname fehlt"),
])
async def test_a_malformed_file_imports_nothing_and_says_why(db, content, expected):
    """--strict: all or nothing."""
    desk = await desk_for(db, "info1")
    before = await _count(db, QueueEntry)
    try:
        report = await desk.write(import_bookings, desk.ctx, content, strict=True)
    except ImportRejected as exc:
        said = str(exc)
    else:
        assert not report.committed and report.rejected
        said = "\n".join(str(p) for p in report.problems)
    assert expected in said
    assert await _count(db, QueueEntry) == before


async def test_windows_1252_export_is_read(db):
    desk = await desk_for(db, "info1")
    text = GOOD.split("\n")[0] + "\nT200;25.11.2026;11:00;BI;;Müller;Jürgen;;;;;;\n"
    result = await desk.write(import_bookings, desk.ctx, text.encode("cp1252"))
    assert len(result.new) == 1
    async with db.read() as s:
        assert (await queue_read.search(s, "MUELLER"))[0].members[0].given_name == "Jürgen"


async def test_weekly_statistics_in_the_office_format(db):
    clock = Clock(at(7, 0))
    lead = await desk_for(db, "leitung", counter="Schalter I1", clock=clock)
    sp = {s.code: s.id for s in await lead.service_points()}
    booked = [await lead.book(service_point_id=sp["BI"], scheduled_at=at(9, 0) + dt.timedelta(minutes=10 * i),
                              applicants=[person(f"P{i}")]) for i in range(8)]
    walk_in = await lead.register_walk_in(service_point_id=sp["BI"], applicants=[person("W")])
    clock.set(at(9, 0))
    for e in booked[:5]:
        await lead.check_in(e.id, reason="x")
    clock.set(at(11, 0))
    await lead.act(booked[5].id, Action.MARK_NO_SHOW)
    await lead.act(booked[6].id, Action.CANCEL)
    # booked[7] stays BOOKED (open); one appeared one finishes
    e = await lead.call_specific(booked[0].id)
    await lead.act(e.id, Action.APPEAR)
    await lead.act(e.id, Action.FINISH, outcomes={e.members[0].applicant_id: Outcome.COMPLETED})
    report = await lead.read(lambda s: _in_tx(s, weekly_report, 2026, 48))
    assert (report.first_day, report.last_day) == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    t = report.total
    # Erschienen: 5 checked in + 1 walk-in (docs/statistics.md); the rate is over all Termine
    assert (t.appointments, t.appeared, t.no_show, t.cancelled, t.walk_ins, t.open) == (7, 6, 1, 1, 1, 1)
    assert t.no_show_rate == Decimal("14.3")  # 1 of 7 appointments
    bi = dict(report.rows)["DLZ Bürgerdienste International"]
    assert bi.appointments == 7
    assert dict(report.days)[DAY].appointments == 7


async def _in_tx(session, fn, *args):
    async with session.begin():
        return await fn(session, *args)


async def test_purge_anonymises_old_people_and_keeps_statistics(db):
    clock = Clock(at(8, 0))
    admin = await desk_for(db, "admin", counter="Schalter I1", clock=clock)
    sp = {s.code: s.id for s in await admin.service_points()}
    old = await admin.book(service_point_id=sp["BI"], scheduled_at=at(9, 0), applicants=[person("Altmann", email="a@b.de")])
    await admin.act(old.id, Action.CHECK_IN)
    new = await admin.book(service_point_id=sp["BI"], scheduled_at=at(9, 0, DAY + dt.timedelta(days=100)),
                           applicants=[person("Neumann")])
    clock.set(at(12, 0, DAY + dt.timedelta(days=95)))
    before = await admin.read(lambda s: _in_tx(s, weekly_report, 2026, 48))
    result = await admin.write(purge, admin.ctx, days=90)
    assert result.applicants == 1
    async with db.read() as s:
        people = {a.id: a for a in (await s.execute(select(Applicant))).scalars()}
    gone = people[old.members[0].applicant_id]
    assert (gone.family_name, gone.given_name, gone.email, gone.birth_date) == ("—", "", None, None)
    assert people[new.members[0].applicant_id].family_name == "Neumann"
    after = await admin.read(lambda s: _in_tx(s, weekly_report, 2026, 48))
    assert after.total == before.total
    async with db.read() as s:
        assert not await queue_read.search(s, "Altmann")
    clerk = await desk_for(db, "sbbi1", clock=clock)
    from desk_app.domain.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        await clerk.write(purge, clerk.ctx, days=90)
