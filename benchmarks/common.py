"""Shared set-up for benchmarks: throwaway databases and a bulk-loaded day."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import platform
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import AsyncIterator

from sqlalchemy import insert, select

from desk_app.domain.clock import local_to_utc
from desk_app.domain.search_text import fold
from desk_app.domain.states import EntryKind, State
from desk_app.models import Applicant, EntryApplicant, QueueEntry, ServicePoint
from desk_app.services.database import Database, open_database
from desk_app.services.demo import seed_reference
from desk_app.services.schema import upgrade

PG_ADMIN = os.environ.get("DESK_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
DAY = dt.date(2026, 11, 25)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.node()}: {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def summarize(samples_ms: list[float]) -> str:
    s = sorted(samples_ms)
    p = lambda q: s[min(len(s) - 1, int(q * len(s)))]
    return (f"n={len(s)} median={statistics.median(s):.2f} ms p90={p(0.9):.2f} ms "
            f"p99={p(0.99):.2f} ms max={s[-1]:.2f} ms")


async def _pg(sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(PG_ADMIN.replace("+asyncpg", ""))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@contextlib.asynccontextmanager
async def throwaway(backend: str) -> AsyncIterator[Database]:
    """A migrated, seeded database that is removed afterwards."""
    if backend == "sqlite":
        tmp = tempfile.mkdtemp(prefix="deskbench")
        db = open_database(f"sqlite+aiosqlite:///{tmp}/bench.sqlite3")
        cleanup = None
    else:
        name = f"desk_bench_{uuid.uuid4().hex[:10]}"
        await _pg(f'CREATE DATABASE "{name}"')
        base = PG_ADMIN.rsplit("/", 1)[0]
        db = open_database(f"{base}/{name}")
        cleanup = f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    try:
        await upgrade(db)
        async with db.write_session() as s:
            await seed_reference(s)
        yield db
    finally:
        await db.dispose()
        if cleanup:
            await _pg(cleanup)


async def bulk_day(db: Database, n: int, *, day: dt.date = DAY, seed: int = 1) -> None:
    """``n`` entries with their applicants, in bulk (not through the services)."""
    rnd = random.Random(seed)
    async with db.write_session() as s, s.begin():
        sps = (await s.execute(select(ServicePoint.id).where(
            ServicePoint.is_reception.is_(False)))).scalars().all()
        now = local_to_utc(day, dt.time(7, 0))
        applicants = [{"family_name": f"Nachname{i}", "given_name": f"Vorname{i}",
                       "name_key": fold(f"Nachname{i} Vorname{i}"), "birth_date": "1990-00-00",
                       "created_at": now, "email": None if i % 5 == 0 else f"p{i}@example.org"}
                      for i in range(n)]
        await s.execute(insert(Applicant), applicants)
        first_applicant = await s.scalar(select(Applicant.id).order_by(Applicant.id).limit(1))
        entries = []
        for i in range(n):
            at = local_to_utc(day, dt.time(7, 30)) + dt.timedelta(minutes=rnd.randint(0, 480))
            entries.append({"kind": EntryKind.APPOINTMENT.value, "state": State.BOOKED.value,
                            "business_day": day, "service_point_id": rnd.choice(sps),
                            "scheduled_at": at, "booking_reference": f"B{i:07d}",
                            "created_at": now, "updated_at": now, "version": 1,
                            "call_count": 0, "priority": 1, "notes": ""})
        await s.execute(insert(QueueEntry), entries)
        first_entry = await s.scalar(select(QueueEntry.id).order_by(QueueEntry.id).limit(1))
        await s.execute(insert(EntryApplicant), [
            {"entry_id": first_entry + i, "applicant_id": first_applicant + i, "position": 0}
            for i in range(n)])


def timed(fn):
    async def wrapper(*a, **k):
        t0 = time.perf_counter()
        result = await fn(*a, **k)
        return (time.perf_counter() - t0) * 1000, result
    return wrapper
