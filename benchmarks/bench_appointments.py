"""Issue 15 figures: the next 10 free slots over 8 weeks with 60 % of the places booked
(< 20 ms on both databases), and a service point's calendar week with 1,000 bookings
(< 100 ms to show: the read plus the Qt model and the view's first paint, offscreen).
The floor, measured in the same run: one trivial read transaction through the same
facade (Desk._read_only).

    .venv/bin/python benchmarks/bench_appointments.py
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert, select, text  # noqa: E402

from benchmarks.common import machine, summarize, throwaway  # noqa: E402
from desk_app.domain import capacity as cap  # noqa: E402
from desk_app.domain.clock import local_to_utc  # noqa: E402
from desk_app.domain.roles import Actor, Role  # noqa: E402
from desk_app.domain.search_text import fold  # noqa: E402
from desk_app.domain.states import EntryKind, State  # noqa: E402
from desk_app.models import (  # noqa: E402
    Applicant, AppointmentSlot, EntryApplicant, QueueEntry, ServicePoint, StaffMember,
)
from desk_app.services.appointment_book import AppointmentBook  # noqa: E402
from desk_app.services.context import Context  # noqa: E402
from desk_app.services.desk import Desk  # noqa: E402

MONDAY = dt.date(2027, 1, 11)      # no holiday in the following eight weeks in NRW
NOW = local_to_utc(MONDAY, dt.time(7, 0))


async def fill(db, sp: int, slots: list[cap.Slot], places: dict[dt.datetime, int], seed: int):
    """Bookings in bulk (not through the services): ``places[start]`` per slot."""
    rnd = random.Random(seed)
    async with db.write_session() as s, s.begin():
        await s.execute(insert(AppointmentSlot), [
            {"service_point_id": sp, "service_key": 0, "starts_at": at} for at in places])
        slot_ids = {row[1] if row[1].tzinfo else row[1].replace(tzinfo=dt.timezone.utc): row[0]
                    for row in await s.execute(select(AppointmentSlot.id, AppointmentSlot.starts_at)
                                               .where(AppointmentSlot.service_point_id == sp))}
        n = sum(places.values())
        base = await s.scalar(select(Applicant.id).order_by(Applicant.id.desc()).limit(1)) or 0
        await s.execute(insert(Applicant), [
            {"family_name": f"Nachname{i}", "given_name": f"Vorname{i}",
             "name_key": fold(f"Nachname{i} Vorname{i}"), "created_at": NOW}
            for i in range(n + n // 3)])
        entries, k = [], 0
        for at, count in places.items():
            for _ in range(count):
                entries.append({"kind": EntryKind.APPOINTMENT.value, "state": State.BOOKED.value,
                                "business_day": at.astimezone(cap.BERLIN).date(),
                                "service_point_id": sp, "scheduled_at": at,
                                "booking_reference": f"S{seed}{k:07d}", "created_at": NOW,
                                "updated_at": NOW, "version": 1, "call_count": 0,
                                "priority": 1, "notes": "", "slot_id": slot_ids[at]})
                k += 1
        first = (await s.scalar(select(QueueEntry.id).order_by(QueueEntry.id.desc()).limit(1))) or 0
        await s.execute(insert(QueueEntry), entries)
        members, extra = [], n
        for i in range(n):
            members.append({"entry_id": first + 1 + i, "applicant_id": base + 1 + i, "position": 0})
            if rnd.random() < 0.3 and extra < n + n // 3:   # a third are families of two
                members.append({"entry_id": first + 1 + i, "applicant_id": base + 1 + extra,
                                "position": 1})
                extra += 1
        await s.execute(insert(EntryApplicant), members)


async def bench(backend: str) -> None:
    from PySide6.QtWidgets import QApplication, QTableView

    from desk_app.ui.calendar.models import WeekModel

    app = QApplication.instance() or QApplication([])
    async with throwaway(backend) as db:
        async with db.read() as s:
            bi = await s.scalar(select(ServicePoint.id).where(ServicePoint.code == "BI"))
            eu = await s.scalar(select(ServicePoint.id).where(ServicePoint.code == "EU"))
            lead = await s.scalar(select(StaffMember.id).where(StaffMember.login == "admin"))
        desk = Desk(db, Context(actor=Actor(staff_id=lead, role=Role.ADMIN), clock=lambda: NOW))
        book = AppointmentBook(desk)
        # 1. BI (6 counters, 20 min): 60 % of the places of the next 8 weeks booked
        capacity_slots = cap.slots_between(
            [cap.CapacityRule(bi, d, dt.time(7, 30), dt.time(12), 20, 6) for d in range(5)]
            + [cap.CapacityRule(bi, d, dt.time(13), dt.time(15, 30), 20, 6) for d in (0, 1, 3)],
            MONDAY, MONDAY + dt.timedelta(weeks=8))
        rnd = random.Random(7)
        full = rnd.sample(capacity_slots, k=round(0.6 * len(capacity_slots)))
        await fill(db, bi, capacity_slots, {s.starts_at: s.capacity for s in
                                            sorted(full, key=lambda s: s.starts_at)}, seed=1)
        places = sum(s.capacity for s in capacity_slots)
        booked = sum(s.capacity for s in full)
        floor, samples = [], []
        for _ in range(60):
            t0 = time.perf_counter()
            await desk._read_only(lambda session: session.execute(text("SELECT 1")))
            floor.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            free = await book.next_free(service_point_id=bi, service_id=None, count=10)
            samples.append((time.perf_counter() - t0) * 1000)
        assert len(free.slots) == 10
        med = sorted(samples)[len(samples) // 2]
        fmed = sorted(floor)[len(floor) // 2]
        print(f"[{backend}] next 10 free slots, 8 weeks, {booked}/{places} places booked "
              f"({100 * booked / places:.0f} %): {summarize(samples)}")
        print(f"[{backend}]   floor (one trivial read through the facade): {summarize(floor)}"
              f"  ratio {med / fmed:.1f}x")
        # 2. EU: a week of 1,000 bookings (the demo's 3 counters are not enough: 14 here)
        await book.load_capacity('[[service_point]]\ncode = "EU"\n[[service_point.hours]]\n'
                                 'days = "Mo-Fr"\nopens = "07:30"\ncloses = "15:30"\n'
                                 'slot_minutes = 20\ncounters = 9\n')
        year, week, _ = MONDAY.isocalendar()
        week_slots = cap.slots_between([cap.CapacityRule(eu, d, dt.time(7, 30), dt.time(15, 30),
                                                         20, 9) for d in range(5)],
                                       MONDAY, MONDAY + dt.timedelta(days=6))
        want, places_eu = 1000, {}
        for s in week_slots:
            take = min(s.capacity, want - sum(places_eu.values()))
            if take > 0:
                places_eu[s.starts_at] = take
        await fill(db, eu, week_slots, places_eu, seed=2)
        model = WeekModel()
        view = QTableView()
        view.setModel(model)
        view.resize(1300, 800)
        view.show()
        app.processEvents()
        reads, shows = [], []
        for i in range(30):
            t0 = time.perf_counter()
            cal = await book.week(service_point_id=eu, year=year, week=week)
            t1 = time.perf_counter()
            model.set_rows(cal)
            view.viewport().repaint()
            app.processEvents()
            t2 = time.perf_counter()
            reads.append((t1 - t0) * 1000)
            shows.append((t2 - t0) * 1000)
        assert sum(len(s.bookings) for s in cal.slots) == 1000
        print(f"[{backend}] calendar week with 1,000 bookings, read: {summarize(reads)}")
        print(f"[{backend}] calendar week with 1,000 bookings, read + model + paint: "
              f"{summarize(shows)}")
        view.close()


async def main() -> None:
    print(f"machine: {machine()}")
    for backend in ("sqlite", "postgres"):
        await bench(backend)


if __name__ == "__main__":
    asyncio.run(main())
