"""Issue 17 figures: importing 10,000 lines (< 2 s on both databases), re-importing them
unchanged (< 1 s), data-quality flags for a day of 5,000 entries (< 100 ms).

    .venv/bin/python benchmarks/bench_intake.py [sqlite|postgres] [--lines N] [--entries N]

``--lines`` is the size of the import (10,000), ``--entries`` the day the flags are
measured on (5,000 entries, about 7,000 people); smaller sizes only to try it out.

The file is a realistic export: full service point and service names, German dates,
times such as 8:30, families (about 1.25 people per booking), e-mail and phone for most,
partial dates of birth, adjectives as nationality. Floors, measured in the same run:
reading and checking the file without a database, and inserting the same rows
(people, entries, members) with bare Core executemany in one transaction.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select  # noqa: E402

from benchmarks.common import machine, throwaway  # noqa: E402
from desk_app.domain.clock import local_to_utc  # noqa: E402
from desk_app.domain.roles import Actor, Role  # noqa: E402
from desk_app.models import Applicant, EntryApplicant, QueueEntry  # noqa: E402
from desk_app.services.booking_import import default_mapping, import_bookings  # noqa: E402
from desk_app.services.booking_import.checking import check  # noqa: E402
from desk_app.services.booking_import.importing import load_reference, read_source  # noqa: E402
from desk_app.services.context import Context  # noqa: E402
from desk_app.services.desk import Desk  # noqa: E402
from desk_app.services.intake import bookings_with_flags, day_flags  # noqa: E402

HEADER = ("Buchungsnummer;Datum;Uhrzeit;Dienstleistungszentrum;Anliegen;Nachname;Vorname;"
          "Geburtsdatum;Staatsangehörigkeit;E-Mail;Telefon;Aktenzeichen;Sprache")
SPS = ["DLZ Bürgerdienste International", "EU-Angelegenheiten",
       "DLZ Visa-Angelegenheiten, ausländische Studierende & Fachkräfte",
       "Aufenthalte aus humanitären Gründen"]
SERVICES = ["Ausgabe eAT", "Erteilung/Verlängerung Aufenthaltstitel", "Verpflichtungserklärung", ""]
NATIONALITIES = ["türkisch", "syrisch", "TUR", "polnisch", "UKR", "Afghanistan", "rumänisch",
                 "irakisch", "", "indisch"]
FAMILY = ["Yılmaz", "Kaya", "Nguyễn", "Kowalski", "Haddad", "Popescu", "Shevchenko", "Müller",
          "O'Connor", "Al-Hassan", "Demir", "Singh"]
GIVEN = ["Ayşe", "Omar", "Anna", "Piotr", "Fatima", "Ion", "Taras", "Lan", "Emir", "Priya"]


def export(lines: int | None = None, day: str = "25.11.2026", seed: int = 17, *,
           bookings: int | None = None) -> bytes:
    """``lines`` person lines, or ``bookings`` whole bookings (families); a Wednesday
    7:30–12:00, so every line is valid."""
    rnd = random.Random(seed)
    out = [HEADER]
    booking = 0
    lines = lines if lines is not None else 1 << 62
    while len(out) - 1 < lines and (bookings is None or booking < bookings):
        booking += 1
        size = 1 if rnd.random() < 0.8 else rnd.randint(2, 4)
        minute = 7 * 60 + 30 + rnd.randrange(0, 270)
        time_ = f"{minute // 60}:{minute % 60:02d}"
        sp, service = rnd.choice(SPS), rnd.choice(SERVICES)
        family = rnd.choice(FAMILY)
        for person in range(size):
            if len(out) - 1 >= lines:
                break
            birth = rnd.choice([f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}."
                                f"{rnd.randint(1950, 2020)}", "00.00.1990", ""])
            email = "" if person else rnd.choice([f"p{booking}@example.org", "", "kaputt@"])
            phone = "" if person else rnd.choice([f"0151 {rnd.randint(1000000, 9999999)}", ""])
            out.append(";".join([
                f"B{booking:07d}", day, time_, sp, service, family,
                f"{rnd.choice(GIVEN)} {person}", birth, rnd.choice(NATIONALITIES), email, phone,
                f"{rnd.randint(10, 99)}-{booking:06d}" if rnd.random() < 0.5 else "",
                rnd.choice(["tr", "ar", "Türkisch", "", "uk"])]))
    return ("\n".join(out) + "\n").encode("utf-8")


#: the export's morning (Wednesday 7:30-12:00) as an appointment book big enough for it:
#: every imported booking takes a slot's place (issue 15), none is refused
ROOMY = "".join(f"""
[[service_point]]
code = "{code}"
[[service_point.hours]]
days = "Mi"
opens = "07:30"
closes = "12:00"
slot_minutes = 5
counters = 100
""" for code in ("BI", "EU", "VISA", "HUM"))


async def _roomy(admin: Desk) -> None:
    from desk_app.services.appointment_book import AppointmentBook

    await AppointmentBook(admin).load_capacity(ROOMY)


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


async def _floor_insert(db, lines: int) -> float:
    """Inserting the same number of people, entries and members with bare Core
    executemany (explicit ids, as the import does), in one transaction, rolled back."""
    import datetime as dt

    now = local_to_utc(dt.date(2026, 11, 24), dt.time(8))
    day = now.date()
    base = 10_000_000
    people = [dict(id=base + i, family_name="X", given_name="Y", name_key="x y",
                   created_at=now) for i in range(lines)]
    entries = [dict(id=base + i, kind="APPOINTMENT", state="BOOKED", business_day=day,
                    service_point_id=1, scheduled_at=now, booking_reference=f"F{i:07d}",
                    notes="", created_at=now, updated_at=now, version=1, call_count=0,
                    priority=1) for i in range(int(lines / 1.25))]
    members = [{"entry_id": base + i % len(entries), "applicant_id": base + i,
                "position": i // len(entries)} for i in range(lines)]
    t0 = time.perf_counter()
    async with db.write_session() as s:
        async with s.begin():
            conn = await s.connection()
            await conn.execute(insert(Applicant.__table__), people)
            await conn.execute(insert(QueueEntry.__table__), entries)
            await conn.execute(insert(EntryApplicant.__table__), members)
            await s.rollback()
    return _ms(t0)


async def _floor_people(session, day):
    """The day's people without the duplicate look-ups (the floor of ``day_flags``)."""
    conn = await session.connection()
    rows = await conn.execute(
        select(Applicant.id, Applicant.quality, Applicant.email, Applicant.phone,
               Applicant.birth_date, Applicant.file_number, Applicant.nationality)
        .where(Applicant.id.in_(select(EntryApplicant.applicant_id).join(
            QueueEntry, QueueEntry.id == EntryApplicant.entry_id)
            .where(QueueEntry.business_day == day))))
    return rows.all()


async def bench(backend: str, lines: int = 10_000, day_entries: int = 5_000) -> None:
    data = export(lines)
    async with throwaway(backend) as db:
        admin = Desk(db, Context(actor=Actor(staff_id=None, role=Role.ADMIN),
                                 clock=lambda: local_to_utc(
                                     __import__("datetime").date(2026, 11, 24),
                                     __import__("datetime").time(12))))
        await _roomy(admin)
        async with db.read() as s:
            ref = await load_reference(s)
        mapping = default_mapping()
        checks = []
        for _ in range(3):
            t0 = time.perf_counter()
            checked = check(read_source(data, mapping), ref, mapping)
            checks.append(_ms(t0))
        assert not checked.rejected, checked.rejected[:3]
        floor = min([await _floor_insert(db, lines) for _ in range(2)])
        t0 = time.perf_counter()
        report = await admin.write(import_bookings, admin.ctx, data)
        first = _ms(t0)
        assert report.committed and not report.rejected and report.people == lines
        again = []
        for _ in range(3):
            t0 = time.perf_counter()
            unchanged = await admin.write(import_bookings, admin.ctx, data)
            again.append(_ms(t0))
        assert len(unchanged.unchanged) == len(report.new) and not unchanged.new
        print(f"[{backend}] import {lines:,} lines ({len(report.new)} bookings): {first:.0f} ms "
              f"(target < 2000 ms)")
        print(f"[{backend}]   floor, read+check without database: {min(checks):.0f} ms; "
              f"bare inserts of the same rows: {floor:.0f} ms; ratio to their sum "
              f"{first / (min(checks) + floor):.2f}")
        print(f"[{backend}] re-import unchanged: median {statistics.median(again):.0f} ms "
              f"(runs {', '.join(f'{x:.0f}' for x in again)}; target < 1000 ms)")

    async with throwaway(backend) as db:
        admin = Desk(db, Context(actor=Actor(staff_id=None, role=Role.ADMIN)))
        # the day: 5,000 entries (bookings), about 7,000 people
        day_data = export(bookings=day_entries, seed=5)
        await _roomy(admin)
        report = await admin.write(import_bookings, admin.ctx, day_data)
        entries = len(report.new)
        assert report.committed and not report.rejected and entries == day_entries, (
            entries, report.rejected[:3])
        day = __import__("datetime").date(2026, 11, 25)

        async def timed(fn):
            samples = []
            for _ in range(20):
                t0 = time.perf_counter()
                result = await admin._read_only(fn, day)
                samples.append(_ms(t0))
            return result, samples

        _, floor_samples = await timed(_floor_people)
        flags, samples = await timed(day_flags)
        rows, list_samples = await timed(bookings_with_flags)
        flagged = sum(1 for f in flags.values() if f)
        print(f"[{backend}] flags for a day of {entries} entries ({len(flags)} people, "
              f"{flagged} with a finding): median {statistics.median(samples):.1f} ms, "
              f"max {max(samples):.1f} ms (target < 100 ms); floor, the same people "
              f"without the duplicate look-ups: median {statistics.median(floor_samples):.1f} "
              f"ms, ratio {statistics.median(samples) / statistics.median(floor_samples):.2f}")
        print(f"[{backend}] back-office list of that day with flags ({len(rows)} rows): "
              f"median {statistics.median(list_samples):.1f} ms")


async def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # no choices= here: argparse (3.11) checks an empty nargs="*" list against them
    parser.add_argument("backends", nargs="*", help="sqlite, postgres (default: both)")
    parser.add_argument("--lines", type=int, default=10_000, help="lines to import")
    parser.add_argument("--entries", type=int, default=5_000,
                        help="entries of the day the flags are measured on")
    args = parser.parse_args(argv)
    print(machine())
    unknown = set(args.backends) - {"sqlite", "postgres"}
    if unknown:
        parser.error(f"unknown backend(s): {', '.join(sorted(unknown))}")
    for backend in args.backends or ["sqlite", "postgres"]:
        await bench(backend, args.lines, args.entries)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
