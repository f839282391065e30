"""The call display under load (issue 12).

Scenarios:
  latency  the display (the real window, offscreen) beside the office load of
           bench_sync (60 workstation processes, ~2 state changes/s) on a throwaway
           PostgreSQL cluster; a caller in this process registers and calls one person
           about every 1.5 s; measured: from the call's commit (the Desk call returned)
           to the number painted (the window's repaint after the new picture). The floor
           beside it: the same without the 60 workstations.
  memory   24 hours of calls (2,000) on SQLite with the display running: resident memory
           after 200, 1,000 and 2,000 calls.

    .venv/bin/python benchmarks/bench_display.py [latency] [memory]
        [--duration 120] [--workstations 60] [--warmup 60] [--calls 30]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import machine, summarize  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _qt():
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    return app, loop


async def _caller_and_display(url: str, *, calls: int, every: float, warmup: int = 3,
                              sample_rss_at=(), tracing: bool = False) -> tuple[list[float], dict]:
    from desk_app.domain.roles import Actor, Role
    from desk_app.services.applicant_input import ApplicantInput
    from desk_app.services.call_display import CallDisplayFeed
    from desk_app.services.context import Context
    from desk_app.services.database import open_database
    from desk_app.services.desk import Desk
    from desk_app.ui.display.window import DisplayWindow
    from tests.support import ids

    db = open_database(url, pool_size=2)
    known = await ids(db)
    staff_id = known["staff"]["leitung"][0]
    counter = known["counter"]["Schalter A1"]
    sp = known["sp"]["AB"]
    desk = Desk(db, Context(Actor(staff_id, Role.SHIFT_LEAD, counter_id=counter,
                                  station="bench-display-caller")))
    display_db = open_database(url, pool_size=1)
    feed = CallDisplayFeed(display_db, on_picture=lambda p: None, service_points=["AB"],
                           poll_interval=0.05)
    window = DisplayWindow(feed, None)
    window.resize(1920, 1080)
    window.show()
    await window.start()
    await asyncio.sleep(1.0)
    from desk_app.domain.errors import DomainError

    latencies, rss, skipped, paints = [], {}, 0, []
    snaps: dict = {}
    for i in range(calls):
        e = await desk.register_walk_in(service_point_id=sp,
                                        applicants=[ApplicantInput(family_name=f"B{i}")])
        try:
            called = await desk.call_specific(e.id)
        except DomainError:   # a workstation of the office load called this one first
            skipped += 1
            continue
        committed = time.monotonic()
        key = (called.id, called.called_at)
        deadline = committed + 5
        while key not in window.painted_at and time.monotonic() < deadline:
            await asyncio.sleep(0.002)
        if key in window.painted_at and i >= warmup:
            latencies.append((window.painted_at[key] - committed) * 1000)
            paints.append((window.painted_at[key] - window.received_at[key]) * 1000)
        if i + 1 in sample_rss_at:
            rss[i + 1] = rss_mb()
            if tracing:
                import gc
                import tracemalloc
                gc.collect()
                snaps[i + 1] = tracemalloc.take_snapshot()
        if every:
            await asyncio.sleep(every)
    await window.shutdown()
    window.close()
    await display_db.dispose()
    await db.dispose()
    if skipped:
        print(f"   ({skipped} calls taken first by the office load, not measured)")
    if latencies:
        print(f"   commit → number painted: {summarize(latencies)}", flush=True)
    if paints:
        print(f"   of which picture → painted (model, labels, repaint): {summarize(paints)}",
              flush=True)
    if tracing and len(snaps) >= 2:
        first, last = sorted(snaps)[-2:]
        diff = snaps[last].compare_to(snaps[first], "filename")
        grown = sum(d.size_diff for d in diff)
        print(f"   Python heap grew by {grown / 2**10:.0f} KiB from call {first} to {last}; "
              f"largest growth by file:")
        for d in sorted(diff, key=lambda d: -d.size_diff)[:6]:
            print(f"     {d.size_diff / 2**10:8.1f} KiB  {d.traceback[0].filename}")
    return latencies, rss


def latency(args) -> None:
    from benchmarks.bench_sync import (OwnCluster, create_db, drop_db, feed_worker,
                                       reference, run_processes)

    app, loop = _qt()          # one qasync loop for the whole run (a second one crashes Qt)
    cluster = OwnCluster()
    admin = cluster.__enter__()
    tmp = Path(tempfile.mkdtemp(prefix="desk-bench-display-"))

    async def run() -> tuple[list[float], list[float]]:
        url = await create_db(admin)
        try:
            floor, _ = await _caller_and_display(url, calls=40, every=0.2)
        finally:
            await drop_db(admin, url)
        url = await create_db(admin)
        try:
            ref = await reference(url)
            counters = ref["counters"]
            cfgs = [{"index": i, "url": url, "staff_id": ref["staff"]["leitung"],
                     "counter_id": counters[i % len(counters)][0],
                     "service_point_id": counters[i % len(counters)][1],
                     "rate": 2 / args.workstations, "duration": args.duration}
                    for i in range(args.workstations)]
            load = threading.Thread(target=run_processes, args=(feed_worker, cfgs),
                                    kwargs={"timeout": args.duration + 240, "tmp": tmp},
                                    daemon=True)
            load.start()
            # 60 spawned processes importing the app take about a minute of CPU on two
            # cores before they meet at their barrier: measure inside the load window
            await asyncio.sleep(args.warmup)
            print(f"   load average when the calls start: {os.getloadavg()[0]:.1f}")
            loaded, _ = await _caller_and_display(url, calls=args.calls, every=1.5)
            while load.is_alive():
                await asyncio.sleep(1)
        finally:
            await drop_db(admin, url)
        report(floor, loaded)     # before the loop closes: a crash at exit loses nothing
        return floor, loaded

    def report(floor, loaded) -> None:
        print(f"\n-- commit of a call → number painted (PostgreSQL, own cluster)")
        print(f"   display alone: {summarize(floor)}")
        print(f"   beside {args.workstations} workstations (office load): {summarize(loaded)}")
        if floor and loaded:
            p99 = lambda xs: sorted(xs)[max(0, int(len(xs) * 0.99) - 1)]
            print(f"   p99 ratio loaded / alone: {p99(loaded) / p99(floor):.1f}", flush=True)

    try:
        with loop:
            loop.run_until_complete(run())
    finally:
        cluster.__exit__(None, None, None)


def memory(args) -> None:
    from desk_app.services.database import open_database
    from desk_app.services.demo import seed_reference
    from desk_app.services.schema import upgrade

    async def prepare(url):
        db = open_database(url)
        await upgrade(db)
        async with db.write_session() as s:
            await seed_reference(s)
        await db.dispose()

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'mem.sqlite3'}"
        asyncio.run(prepare(url))
        if args.trace:
            import tracemalloc
            tracemalloc.start(1)
        app, loop = _qt()
        with loop:
            lat, rss = loop.run_until_complete(_caller_and_display(
                url, calls=2000, every=0, sample_rss_at=(200, 1000, 2000),
                tracing=args.trace))
    print(f"\n-- 2,000 calls (24 h) with the display running (SQLite)")
    print(f"   resident memory after 200 / 1,000 / 2,000 calls: "
          + " / ".join(f"{rss[k]:.1f} MB" for k in sorted(rss)))
    print(f"   commit → painted meanwhile: {summarize(lat)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("scenarios", nargs="*", default=["memory", "latency"])
    ap.add_argument("--duration", type=float, default=120,
                    help="the office load's window (it must cover warm-up and calls)")
    ap.add_argument("--workstations", type=int, default=60)
    ap.add_argument("--warmup", type=float, default=60, help="seconds before the calls start")
    ap.add_argument("--calls", type=int, default=30, help="calls measured under load")
    ap.add_argument("--trace", action="store_true",
                    help="memory: where the Python heap grew (tracemalloc; slower)")
    args = ap.parse_args()
    print(f"machine: {machine()}")
    if "memory" in args.scenarios:
        memory(args)
    if "latency" in args.scenarios:
        latency(args)


if __name__ == "__main__":
    main()
