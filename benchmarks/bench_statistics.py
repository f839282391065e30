"""Statistics performance figures (issue 16). Run standalone:

    .venv/bin/python benchmarks/bench_statistics.py [sqlite|postgres]

A year of data (2021, 100,000 entries over the working days, every state, waiting and
service times) is bulk-loaded into a throwaway database, then:

- the weekly report (KW 34, the office's two overlapping blocks, per service point, day
  and hour): PostgreSQL < 300 ms, SQLite < 1 s;
- the 12-week trend: < 500 ms;
- what the screen reads before it shows its tables (report + previous period) and the
  screen's update with it (StatisticsScreen.show_report, offscreen): < 300 ms; the chart's
  12 weeks follow in a read of their own (the trend figure).

The floor, measured in the same run: one statement that only counts the week's rows
(the least any report of the week must do), through the same session.
Prints the numbers; nothing here asserts timers.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select  # noqa: E402

from benchmarks.common import machine, throwaway  # noqa: E402
from desk_app.domain.clock import local_to_utc  # noqa: E402
from desk_app.domain.statistics import Block, Layout, Period  # noqa: E402
from desk_app.models import QueueEntry, ServicePoint  # noqa: E402
from desk_app.services import statistics as stats  # noqa: E402

N = 100_000
YEAR = 2021
AMT = Layout(name="Terminangebot", title="Terminangebot", exclude=("EINB",), blocks=(
    Block("Allgemein", exclude=("EINB",)),
    Block("DLZ International", include=("BI",), hidden=("appeared",))))


def _rows(sps: list[int], n: int, seed: int = 16) -> list[dict]:
    rnd = random.Random(seed)
    days = [d for d in (dt.date(YEAR, 1, 4) + dt.timedelta(days=i) for i in range(364))
            if d.weekday() < 5]
    tickets: dict[tuple[int, dt.date], int] = {}
    out = []
    for i in range(n):
        day = days[i * len(days) // n]
        sp = rnd.choice(sps)
        scheduled = local_to_utc(day, dt.time(8, 0)) + dt.timedelta(minutes=rnd.randint(0, 479))
        walk_in = rnd.random() < 0.07
        r = rnd.random()
        state = ("DONE" if r < 0.78 else "NO_SHOW" if r < 0.89 else "CANCELLED" if r < 0.93
                 else "MISSED" if r < 0.96 else "LEFT" if r < 0.98 else "DONE")
        if walk_in and state in ("NO_SHOW", "CANCELLED"):
            state = "DONE"
        row = {"kind": "WALK_IN" if walk_in else "APPOINTMENT", "state": state,
               "business_day": day, "service_point_id": sp,
               "scheduled_at": None if walk_in else scheduled,
               "created_at": scheduled - dt.timedelta(days=14), "updated_at": scheduled,
               "version": 3, "call_count": 0, "priority": 1, "notes": ""}
        if state in ("DONE", "MISSED", "LEFT"):
            arrived = scheduled - dt.timedelta(minutes=rnd.randint(0, 15))
            number = tickets[(sp, day)] = tickets.get((sp, day), 0) + 1
            row.update(checked_in_at=arrived, ticket_service_point_id=sp, ticket_number=number,
                       ticket=f"X{number:03d}")
            if state != "LEFT":
                called = arrived + dt.timedelta(seconds=rnd.randint(60, 3600))
                row.update(first_called_at=called, called_at=called,
                           call_count=3 if state == "MISSED" else rnd.choice((1, 1, 1, 2)))
            if state == "DONE":
                start = row["called_at"] + dt.timedelta(seconds=rnd.randint(30, 180))
                row.update(service_started_at=start,
                           finished_at=start + dt.timedelta(seconds=rnd.randint(240, 2700)))
                if rnd.random() < 0.03:
                    row["forwarded_from_id"] = rnd.choice(sps)
        elif state == "NO_SHOW":
            row["no_show_at"] = scheduled + dt.timedelta(minutes=15)
        else:
            row["cancelled_at"] = scheduled - dt.timedelta(days=2)
        out.append(row)
    return out


async def _load(db) -> None:
    async with db.write_session() as s, s.begin():
        sps = list((await s.execute(select(ServicePoint.id).where(
            ServicePoint.is_reception.is_(False)))).scalars())
        rows = _rows(sps, N)
        keys = sorted({k for r in rows for k in r})
        for k in range(0, len(rows), 5000):
            chunk = [{key: r.get(key) for key in keys} for r in rows[k:k + 5000]]
            await s.execute(insert(QueueEntry), chunk)


CPU: dict[str, list[float]] = {}


async def _time(db, fn, repeat: int) -> tuple[list[float], object]:
    """Wall-clock samples; the process's CPU time per run goes to CPU[fn name] (on SQLite
    that is all the work, and less disturbed by a loaded machine than wall time)."""
    samples, cpu, result = [], [], None
    for _ in range(repeat):
        async with db.read() as session:
            t, c = time.perf_counter(), time.process_time()
            result = await fn(session)
            samples.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
    CPU[fn.__name__] = cpu
    return samples, result


def _cpu(name: str) -> str:
    return f"; CPU of this process median {statistics.median(CPU[name]):.1f} ms"


def _fmt(samples: list[float]) -> str:
    return f"median {statistics.median(samples):.1f} ms (min {min(samples):.1f}, max {max(samples):.1f})"


async def bench(backend: str, app=None) -> None:
    async with throwaway(backend) as db:
        t = time.perf_counter()
        await _load(db)
        print(f"[{backend}] loaded {N:,} entries of {YEAR} in {time.perf_counter() - t:.1f} s")
        if backend == "postgres":
            from sqlalchemy import text
            async with db.engine.connect() as c:
                await c.execution_options(isolation_level="AUTOCOMMIT")
                await c.execute(text("ANALYZE queue_entries"))
        week = Period.week(YEAR, 34)

        async def floor(session):
            return await session.scalar(select(func.count()).select_from(QueueEntry).where(
                QueueEntry.business_day.between(week.first, week.last)))

        async def weekly(session):
            return await stats.statistics_report(session, week, AMT)

        async def trend(session):
            return await stats.weekly_trend(session, week, AMT, weeks=12)

        async def screen(session):
            # what the screen reads before it shows the tables; the chart's 12 weeks
            # follow in a read of their own (the trend above)
            return await stats.statistics_report(session, week, AMT, compare=True)

        await _time(db, weekly, 2)      # warm
        f, rows = await _time(db, floor, 15)
        w, report = await _time(db, weekly, 15)
        tr, _ = await _time(db, trend, 15)
        sc, full = await _time(db, screen, 10)
        full.trend = (await _time(db, trend, 1))[1]
        target = "300 ms" if backend == "postgres" else "1 s"
        print(f"[{backend}] floor (count the week's {rows:,} rows): {_fmt(f)}")
        print(f"[{backend}] weekly report KW 34, 2 blocks + detail + days + hours: {_fmt(w)}"
              f"   [target < {target}]  ratio to floor {statistics.median(w) / statistics.median(f):.1f}x{_cpu('weekly')}")
        print(f"[{backend}] 12-week trend: {_fmt(tr)}   [target < 500 ms]{_cpu('trend')}")
        print(f"[{backend}] the screen's read (report + previous week): {_fmt(sc)}"
              f"{_cpu('screen')}")
        allg = report.blocks[0].figures
        print(f"[{backend}]   check: Allgemein Termine {allg.appointments}, Erschienen "
              f"{allg.appeared}, Nicht erschienen {allg.no_show}, Quote {allg.office_rate} %, "
              f"Wartezeit Median {allg.wait_median:.1f} min")
        if app is not None:
            ui = bench_screen(app, db, full)
            print(f"[{backend}] the screen's update with it (show_report + repaint): {_fmt(ui)}")
            print(f"[{backend}] screen update in all (read + show the tables): median "
                  f"{statistics.median(sc) + statistics.median(ui):.1f} ms   [target < 300 ms]; "
                  f"the chart follows after the trend's read")


def bench_screen(app, db, report) -> list[float]:
    from desk_app.services.context import Context
    from desk_app.services.desk import Desk
    from desk_app.ui.statistics import StatisticsScreen
    from desk_app.domain.roles import Actor, Role

    view = StatisticsScreen(Desk(db, Context(actor=Actor(staff_id=1, role=Role.SHIFT_LEAD))))
    view.resize(1400, 850)
    view.show()
    app.processEvents()
    samples = []
    for k in range(15):
        view.tabs.setCurrentIndex(k % 2)
        t = time.perf_counter()
        view.show_report(report)
        view.repaint()
        app.processEvents()
        samples.append((time.perf_counter() - t) * 1000)
    view.close()
    return samples


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    print(machine(), dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
          f"load average {os.getloadavg()[0]:.1f}")
    backends = sys.argv[1:] or ["sqlite", "postgres"]
    for backend in backends:
        asyncio.run(bench(backend, app))
    return 0


if __name__ == "__main__":
    sys.exit(main())
