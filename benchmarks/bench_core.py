"""Issue 2 figures: listing a day of 5,000 entries (< 100 ms on both databases);
check-in and call next (< 10 ms median on PostgreSQL).

    .venv/bin/python benchmarks/bench_core.py
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from benchmarks.common import DAY, bulk_day, machine, summarize, throwaway  # noqa: E402
from desk_app.domain.clock import local_to_utc  # noqa: E402
from desk_app.domain.roles import Actor, Role  # noqa: E402
from desk_app.models import Counter, QueueEntry, StaffMember  # noqa: E402
from desk_app.services.context import Context  # noqa: E402
from desk_app.services.desk import Desk  # noqa: E402


async def bench(backend: str) -> None:
    async with throwaway(backend) as db:
        await bulk_day(db, 5000)
        lead = Desk(db, Context(actor=Actor(staff_id=None, role=Role.SHIFT_LEAD)))
        # listing the whole day (reception view) and one service point
        samples = []
        for _ in range(30):
            t0 = time.perf_counter()
            rows = await lead.day_queue(DAY)
            samples.append((time.perf_counter() - t0) * 1000)
        assert len(rows) == 5000
        print(f"[{backend}] list day of 5,000 entries: {summarize(samples)}")

        async with db.read() as s:
            clerk_id = await s.scalar(select(StaffMember.id).where(StaffMember.login == "sbbi1"))
            counter = (await s.execute(select(Counter).where(Counter.name == "Schalter I1"))).scalar_one()
            ids = (await s.execute(select(QueueEntry.id).where(
                QueueEntry.service_point_id == counter.service_point_id)
                .order_by(QueueEntry.scheduled_at).limit(200))).scalars().all()
        now = [local_to_utc(DAY, dt.time(9, 0))]
        ctx = Context(actor=Actor(staff_id=clerk_id, role=Role.SHIFT_LEAD, counter_id=counter.id),
                      clock=lambda: now[0])
        desk = Desk(db, ctx)
        check_in, call = [], []
        for entry_id in ids:
            t0 = time.perf_counter()
            await desk.check_in(entry_id, reason="Benchmark")
            check_in.append((time.perf_counter() - t0) * 1000)
        for _ in range(len(ids) // 2):
            t0 = time.perf_counter()
            await desk.call_next(service_point_id=counter.service_point_id)
            call.append((time.perf_counter() - t0) * 1000)
        print(f"[{backend}] check-in (5,000-entry day): {summarize(check_in)}")
        print(f"[{backend}] call next (5,000-entry day): {summarize(call)}")


async def main() -> None:
    print(f"machine: {machine()}")
    for backend in ("sqlite", "postgres"):
        await bench(backend)


if __name__ == "__main__":
    asyncio.run(main())
