"""Issue 14: a bulk move of 100 entries (one transaction: lock, update, audit, change
log) on PostgreSQL, < 300 ms; and on SQLite for comparison. The floor, measured in the
same run: one plain UPDATE of the same 100 rows in one transaction (asyncpg-level through
the same pool), so the ratio shows what the use case adds. Also call next across two
queues against plain call next.

    .venv/bin/python benchmarks/bench_lead.py
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select, text  # noqa: E402

from benchmarks.common import DAY, bulk_day, machine, summarize, throwaway  # noqa: E402
from desk_app.domain.clock import local_to_utc  # noqa: E402
from desk_app.domain.roles import Actor, Role  # noqa: E402
from desk_app.models import Counter, QueueEntry, ServicePoint, StaffMember  # noqa: E402
from desk_app.services.context import Context  # noqa: E402
from desk_app.services.desk import Desk  # noqa: E402
from desk_app.services.lead_facade import LeadOps  # noqa: E402
from desk_app.services.lead_ops import Assignment, MoveTarget  # noqa: E402


async def bench(backend: str, rounds: int = 30) -> None:
    async with throwaway(backend) as db:
        await bulk_day(db, 5000)
        async with db.read() as s:
            bi = await s.scalar(select(ServicePoint.id).where(ServicePoint.code == "BI"))
            eu = await s.scalar(select(ServicePoint.id).where(ServicePoint.code == "EU"))
            counters = (await s.execute(select(Counter.id, Counter.name).where(
                Counter.service_point_id == bi).order_by(Counter.id))).all()
            lead_id = await s.scalar(select(StaffMember.id).where(StaffMember.login == "leitung"))
            ids = (await s.execute(select(QueueEntry.id).where(
                QueueEntry.service_point_id == bi).order_by(QueueEntry.id).limit(100)
            )).scalars().all()
        assert len(ids) == 100
        now = [local_to_utc(DAY, dt.time(9, 0))]
        lead = LeadOps(Desk(db, Context(Actor(staff_id=lead_id, role=Role.SHIFT_LEAD,
                                              counter_id=counters[0][0], station="bench"),
                                        clock=lambda: now[0])))
        targets = [MoveTarget(counter_id=c) for c, _n in counters[1:4]]
        moves, floor = [], []
        for i in range(rounds):
            t0 = time.perf_counter()
            result = await lead.bulk_move([(e, None) for e in ids], targets,
                                          reason=f"Benchmark {i}")
            moves.append((time.perf_counter() - t0) * 1000)
            assert len(result.moved) == 100 and not result.conflicts
            t0 = time.perf_counter()
            async with db.write_session() as s, s.begin():
                await s.execute(text("UPDATE queue_entries SET version = version + 1, "
                                     "reassign_reason = :r WHERE id IN (" +
                                     ",".join(str(int(e)) for e in ids) + ")"),
                                {"r": f"floor {i}"})
            floor.append((time.perf_counter() - t0) * 1000)
        med = sorted(moves)[len(moves) // 2] / sorted(floor)[len(floor) // 2]
        print(f"[{backend}] bulk move of 100 entries to 3 counters: {summarize(moves)}")
        print(f"[{backend}] floor, one UPDATE of the 100 rows in a transaction: "
              f"{summarize(floor)}; median ratio {med:.1f}")

        # call next across BI (weight 2) and EU: check in 200 entries, call 100
        desk = lead.desk
        async with db.read() as s:
            waiting = (await s.execute(select(QueueEntry.id).where(
                QueueEntry.service_point_id.in_([bi, eu])).order_by(QueueEntry.scheduled_at)
                .limit(200))).scalars().all()
        for e in waiting:
            await desk.check_in(e, reason="Benchmark")
        plain, across = [], []
        for _ in range(40):
            t0 = time.perf_counter()
            await desk.call_next(service_point_id=bi)
            plain.append((time.perf_counter() - t0) * 1000)
        await lead.set_assignments([Assignment(bi, weight=2), Assignment(eu)],
                                   counter_id=counters[0][0])
        for _ in range(40):
            t0 = time.perf_counter()
            await desk.call_next(service_point_id=bi)
            across.append((time.perf_counter() - t0) * 1000)
        print(f"[{backend}] call next, one queue: {summarize(plain)}")
        print(f"[{backend}] call next across two queues (2:1): {summarize(across)}")


async def main() -> None:
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.1f}")
    for backend in ("postgres", "sqlite"):
        await bench(backend)


if __name__ == "__main__":
    asyncio.run(main())
