"""The call display under load (issue 12).

Scenarios:
  latency  the display (the real window, offscreen) beside the office load of
           bench_sync (60 workstation processes, ~2 state changes/s) on a throwaway
           PostgreSQL cluster; a caller in a process of its own (display_caller.py)
           calls one person every --every s (200 calls by default, so that the p99 is
           not simply the slowest call), each registered one call ahead
           (--back-to-back: just before its call, as until session 5); measured: from
           the call's commit (the Desk call returned) to the number painted (the
           window's repaint after the new picture), reported as n, p50, p95, p99, max,
           with the stages of each call (commit → NOTIFY at the display → read starts
           → read ends → painted) and the reads per notification. The floor beside it:
           the same without the 60 workstations (--floor-calls). --load-cpus 0: the 60
           workstation processes and the PostgreSQL backends serving them run on CPU 0
           only, the display, the caller and their backends on the others
           (benchmarks/pinning.py).
  memory   24 hours of calls (2,000) on SQLite with the display running: the display
           process's resident memory after 200, 1,000 and 2,000 calls. The caller runs
           in its own process, on a simulated clock (--step 20: a call every 20 s from
           07:00, as a day spreads them; --step 0: back to back at the real clock).
           --detail: where the memory is (mappings, glibc, SQLite, Python arenas and
           objects, Qt objects); --trace: the lines whose allocations grew from 1,000
           to 2,000 calls (tracemalloc); --trim: malloc_trim before each sample.

    .venv/bin/python benchmarks/bench_display.py [latency] [memory]
        [--duration SECONDS] [--workstations 60] [--warmup 60] [--calls 200]
        [--every 1.0] [--floor-calls 200] [--back-to-back] [--load-cpus 0]
"""

from __future__ import annotations

import argparse
import asyncio
import math
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


def smaps_mb() -> dict:
    """Resident memory by kind of mapping: the main heap, anonymous mappings (thread
    arenas, Python's arenas, Qt's pixmaps), and files (libraries, fonts, SQLite's -shm)."""
    kinds = {"heap": 0, "anon": 0, "files": 0}
    kind = "anon"
    with open("/proc/self/smaps") as fh:
        for line in fh:
            head = line.split()
            if len(head) >= 5 and "-" in head[0] and not line.startswith(("Rss", "Size")):
                path = head[5] if len(head) > 5 else ""
                kind = ("heap" if path == "[heap]"
                        else "anon" if not path or path.startswith("[") else "files")
            elif head and head[0] == "Rss:":
                kinds[kind] += int(head[1])
    return {k: v / 2**10 for k, v in kinds.items()}


def _pymalloc_arenas() -> int:
    """Python's own allocator: the arenas (1 MiB each) it holds now."""
    import re
    import sys

    with tempfile.TemporaryFile("w+") as tmp:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(tmp.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        tmp.seek(0)
        m = re.search(r"# arenas allocated current\s*=\s*([\d,]+)", tmp.read())
    return int(m.group(1).replace(",", "")) if m else -1


def native_detail(window) -> dict:
    """Where the resident memory is: glibc's heap in use and its free pages, SQLite's own
    allocator, Python objects, the display's Qt objects."""
    import ctypes
    import gc

    from PySide6.QtCore import QObject

    out = {"rss": rss_mb()}
    try:
        class Mallinfo2(ctypes.Structure):
            _fields_ = [(n, ctypes.c_size_t) for n in (
                "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
                "uordblks", "fordblks", "keepcost")]
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = Mallinfo2
        m = libc.mallinfo2()
        out["malloc_in_use"] = (m.uordblks + m.hblkhd) / 2**20
        out["malloc_free"] = m.fordblks / 2**20
    except (OSError, AttributeError):
        pass
    try:
        lib = ctypes.CDLL("libsqlite3.so.0")
        lib.sqlite3_memory_used.restype = ctypes.c_int64
        out["sqlite"] = lib.sqlite3_memory_used() / 2**20
    except (OSError, AttributeError):
        pass
    out.update(smaps_mb())
    out["py_arenas"] = _pymalloc_arenas()
    out["py_objects"] = len(gc.get_objects())
    out["qt_objects"] = len(window.findChildren(QObject)) if window is not None else 0
    return out


def _qt():
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    return app, loop


class _Caller:
    """The caller in a process of its own (benchmarks/display_caller.py), so that the
    display's process holds only the display."""

    def __init__(self, url: str, step: float = 0.0) -> None:
        import multiprocessing as mp

        from benchmarks.display_caller import caller_worker

        ctx = mp.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.now = None             # the simulated time of the last call (step > 0)
        self.process = ctx.Process(target=caller_worker, args=(url, child, step), daemon=True)
        self.process.start()
        child.close()

    async def _recv(self, timeout: float = 60.0):
        deadline = time.monotonic() + timeout
        while not self.conn.poll():
            if time.monotonic() > deadline or not self.process.is_alive():
                raise RuntimeError("the caller process did not answer")
            await asyncio.sleep(0.001)
        return self.conn.recv()

    async def ready(self) -> None:
        # spawned beside 60 processes still importing the app, it may take minutes
        word, self.now = await self._recv(timeout=300.0)
        assert word == "ready"

    def clock(self):
        """The display's clock: the caller's simulated time, or the real one."""
        from desk_app.domain.clock import utcnow

        return self.now or utcnow()

    async def prepare(self, i: int) -> None:
        """Registers call ``i``'s walk-in now, ahead of its call."""
        self.conn.send(("prepare", i))
        assert await self._recv() == "prepared"

    async def call(self, i: int):
        """(call key, commit time) or None (the office load called the person first)."""
        self.conn.send(i)
        answer = await self._recv()
        if answer is None:
            return None
        key, committed, self.now = answer
        return key, committed

    def close(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(10)
        if self.process.is_alive():
            self.process.kill()


def quantiles(samples_ms: list[float]) -> str:
    """n, p50, p95, p99 and the maximum (nearest rank: p99 of 200 samples is the 198th)."""
    if not samples_ms:
        return "n=0"
    s = sorted(samples_ms)
    rank = lambda q: s[max(0, math.ceil(q * len(s)) - 1)]
    return (f"n={len(s)} p50={rank(0.5):.1f} ms p95={rank(0.95):.1f} ms "
            f"p99={rank(0.99):.1f} ms max={s[-1]:.1f} ms")


class _Stages:
    """Where one call's time goes, from the feed's own events: the NOTIFY's arrival on
    the display's listener, the read that produced the picture (start, end), and the
    paint. Wraps the listener's callback and the feed's read; changes nothing else."""

    def __init__(self, feed) -> None:
        from collections import deque

        self.notes: deque = deque(maxlen=400)     # monotonic arrival of each NOTIFY
        self.reads: deque = deque(maxlen=400)     # (start, end) of each read
        self.rows: dict[str, list[float]] = {k: [] for k in (
            "commit → NOTIFY at the display", "NOTIFY → read starts",
            "read (statements)", "read ends → painted")}
        self.reads_total = 0
        listener = feed.listener
        if listener is not None:
            inner = listener.on_notify

            def on_notify(payload):
                self.notes.append(time.monotonic())
                inner(payload)
            listener.on_notify = on_notify
        read = feed.read

        async def timed_read(**kw):
            t = time.monotonic()
            picture = await read(**kw)
            self.reads.append((t, time.monotonic()))
            self.reads_total += 1
            return picture
        feed.read = timed_read
        # what a slow call met: the estimates' read (its own task, every 15 s) and
        # stalls of the display's event loop (a 10 ms tick that came late)
        self.estimates: list[tuple[float, float]] = []
        self.stalls: list[tuple[float, float]] = []
        self.calls: list[tuple[float, float]] = []
        estimates = feed.read_estimates

        async def timed_estimates():
            t = time.monotonic()
            try:
                return await estimates()
            finally:
                self.estimates.append((t, time.monotonic()))
        feed.read_estimates = timed_estimates

        self.collections: list[tuple[float, float, int]] = []   # Python's cyclic GC
        import gc

        def on_gc(phase, info, started=[0.0]):
            if phase == "start":
                started[0] = time.monotonic()
            else:
                self.collections.append((started[0], time.monotonic(), info["generation"]))
        gc.callbacks.append(on_gc)
        self._on_gc = on_gc

    def close(self) -> None:
        import gc

        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)

    async def watch_loop(self) -> None:
        while True:
            t = time.monotonic()
            await asyncio.sleep(0.01)
            if time.monotonic() - t > 0.03:
                self.stalls.append((t, time.monotonic()))

    def add(self, committed: float, painted: float) -> None:
        read = next(((a, b) for a, b in reversed(self.reads) if b <= painted), None)
        if read is None:
            return
        # the notification that started the read: the last one before it (the caller
        # stamps its commit when its process runs again, sometimes after the NOTIFY)
        note = next((t for t in reversed(self.notes) if t <= read[0]), None)
        if note is not None and note >= committed - 0.05:
            self.rows["commit → NOTIFY at the display"].append((note - committed) * 1000)
            self.rows["NOTIFY → read starts"].append((read[0] - note) * 1000)
        self.rows["read (statements)"].append((read[1] - read[0]) * 1000)
        self.rows["read ends → painted"].append((painted - read[1]) * 1000)
        self.calls.append((committed, painted))

    def report(self) -> None:
        for name, xs in self.rows.items():
            if xs:
                print(f"     {name}: {quantiles(xs)}")
        meets = lambda spans, a, b: any(x < b and y > a for x, y in spans)
        slow = [(a, b) for a, b in self.calls if b - a > 0.05]
        if self.estimates:
            print(f"     the estimates' reads: {quantiles([(b - a) * 1000 for a, b in self.estimates])}")
        print(f"     event-loop stalls over 30 ms: {len(self.stalls)}"
              + (f" ({quantiles([(b - a) * 1000 for a, b in self.stalls])})" if self.stalls else ""))
        full = [(a, b) for a, b, gen in self.collections if gen == 2]
        print(f"     Python's full collections (generation 2): {len(full)}"
              + (f" ({quantiles([(b - a) * 1000 for a, b in full])})" if full else "")
              + f"; younger: {len(self.collections) - len(full)}")
        print(f"     calls over 50 ms: {len(slow)}; of them during an estimates read "
              f"{sum(meets(self.estimates, a, b) for a, b in slow)}, during a stall "
              f"{sum(meets(self.stalls, a, b) for a, b in slow)}, during a full collection "
              f"{sum(meets(full, a, b) for a, b in slow)}")


def _top_growth(first, last, n: int = 12) -> None:
    """The lines whose allocations grew most between two tracemalloc snapshots."""
    diff = last.compare_to(first, "lineno")
    grown = sum(d.size_diff for d in diff)
    print(f"   Python heap grew by {grown / 2**10:.0f} KiB; largest growth by line:")
    for d in sorted(diff, key=lambda d: -d.size_diff)[:n]:
        frame = d.traceback[0]
        print(f"     {d.size_diff / 2**10:8.1f} KiB {d.count_diff:+6d} blocks  "
              f"{frame.filename}:{frame.lineno}")


async def _caller_and_display(url: str, *, calls: int, every: float, warmup: int = 3,
                              sample_rss_at=(), tracing: bool = False,
                              detail: bool = False, trim: bool = False,
                              estimate_interval: float = 15.0, step: float = 0.0,
                              prepare: bool = False, stages: bool = False
                              ) -> tuple[list[float], dict]:
    from desk_app.services.call_display import CallDisplayFeed
    from desk_app.services.database import open_database
    from desk_app.ui.display.window import DisplayWindow

    caller = _Caller(url, step)
    await caller.ready()
    display_db = open_database(url, pool_size=1)
    feed = CallDisplayFeed(display_db, on_picture=lambda p: None, service_points=["AB"],
                           poll_interval=0.05, estimate_interval=estimate_interval,
                           clock=caller.clock)
    window = DisplayWindow(feed, None, clock=caller.clock)
    window.resize(1920, 1080)
    window.show()
    timing = _Stages(feed) if stages else None
    watching = asyncio.ensure_future(timing.watch_loop()) if timing else None
    await window.start()
    from desk_app.app_waiting_room import settle_heap
    settle_heap()              # as run_display does after its start
    await asyncio.sleep(1.0)
    if timing is not None:     # its own collection is not one the calls could meet
        timing.collections.clear()
        timing.stalls.clear()
    notes0 = feed.listener.notifications if feed.listener is not None else 0

    latencies, rss, skipped, paints = [], {}, 0, []
    snaps: dict = {}
    try:
        if prepare:
            await caller.prepare(0)
        for i in range(calls):
            answer = await caller.call(i)
            if answer is None:
                skipped += 1
                continue
            key, committed = answer
            deadline = time.monotonic() + 5
            while key not in window.painted_at and time.monotonic() < deadline:
                await asyncio.sleep(0.002)
            if key in window.painted_at and i >= warmup:
                latencies.append((window.painted_at[key] - committed) * 1000)
                paints.append((window.painted_at[key] - window.received_at[key]) * 1000)
                if timing is not None:
                    timing.add(committed, window.painted_at[key])
            if prepare and i + 1 < calls:
                await caller.prepare(i + 1)
            if i + 1 in sample_rss_at:
                import gc
                gc.collect()
                if trim:
                    import ctypes
                    ctypes.CDLL("libc.so.6").malloc_trim(0)
                rss[i + 1] = rss_mb()
                if detail:
                    d = native_detail(window)
                    print(f"   after {i + 1} calls: " + ", ".join(
                        f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}"
                        for k, v in d.items()), flush=True)
                if tracing:
                    import tracemalloc
                    snaps[i + 1] = tracemalloc.take_snapshot()
            if every:
                await asyncio.sleep(every)
    finally:
        notes = (feed.listener.notifications if feed.listener is not None else 0) - notes0
        if watching is not None:
            watching.cancel()
            timing.close()
        caller.close()
        await window.shutdown()
        window.close()
        await display_db.dispose()
    if skipped:
        print(f"   ({skipped} calls taken first by the office load, not measured)")
    if latencies:
        print(f"   commit → number painted: {quantiles(latencies)}", flush=True)
    if paints:
        print(f"   of which picture → painted (model, labels, repaint): {quantiles(paints)}",
              flush=True)
    if timing is not None:
        print(f"   stages of each call (the read that made the picture):")
        timing.report()
        if notes:
            print(f"   {notes} notifications, {timing.reads_total} reads "
                  f"({timing.reads_total / notes:.2f} per notification)", flush=True)
    if tracing and len(snaps) >= 2:
        first, last = sorted(snaps)[-2:]
        print(f"   from call {first} to call {last}:")
        _top_growth(snaps[first], snaps[last])
    return latencies, rss


def latency(args) -> None:
    from benchmarks.bench_sync import (OwnCluster, create_db, drop_db, feed_worker,
                                       reference, run_processes)
    from benchmarks.pinning import children_of

    app, loop = _qt()          # one qasync loop for the whole run (a second one crashes Qt)
    load_cpus = sorted(set(args.load_cpus)) if args.load_cpus else None
    if load_cpus:              # the display (and the caller it spawns) on the other CPUs
        os.sched_setaffinity(0, set(os.sched_getaffinity(0)) - set(load_cpus))
    cluster = OwnCluster()
    admin = cluster.__enter__()
    tmp = Path(tempfile.mkdtemp(prefix="desk-bench-display-"))
    prepare = not args.back_to_back
    duration = args.duration or args.warmup + args.calls * (args.every + 0.15) + 30
    print(f"   {args.floor_calls} calls alone"
          + (f", {args.calls} beside {args.workstations} workstations (one every "
             f"{args.every:g} s; the office load runs {duration:.0f} s)"
             if args.workstations else "")
          + ("; registration and call back to back" if args.back_to_back
             else "; each walk-in registered a call ahead"), flush=True)

    async def run() -> tuple[list[float], list[float]]:
        placing = None
        if load_cpus:   # every backend forked on the load's CPUs; the display's moved
            import subprocess

            from benchmarks.pinning import place

            postmaster = cluster.postmaster_pid()
            place([postmaster, *children_of(postmaster)], load_cpus)
            placing = subprocess.Popen(
                [sys.executable, "-m", "benchmarks.pinning", str(postmaster),
                 str(cluster.port), str(os.getpid()), *map(str, load_cpus)],
                cwd=Path(__file__).resolve().parents[1])
        try:
            return await measure()
        finally:
            if placing is not None:
                placing.kill()

    async def measure() -> tuple[list[float], list[float]]:
        url = await create_db(admin)
        try:
            floor, _ = await _caller_and_display(url, calls=args.floor_calls, every=0.2,
                                                 prepare=prepare, stages=True)
        finally:
            await drop_db(admin, url)
        if not args.workstations:       # the display alone only
            report(floor, [])
            return floor, []
        url = await create_db(admin)
        try:
            ref = await reference(url)
            counters = ref["counters"]
            cfgs = [{"index": i, "url": url, "staff_id": ref["staff"]["leitung"],
                     "counter_id": counters[i % len(counters)][0],
                     "service_point_id": counters[i % len(counters)][1],
                     "rate": 2 / args.workstations, "duration": duration, "cpus": load_cpus}
                    for i in range(args.workstations)]
            load = threading.Thread(target=run_processes, args=(feed_worker, cfgs),
                                    kwargs={"timeout": duration + 240, "tmp": tmp},
                                    daemon=True)
            load.start()
            # 60 spawned processes importing the app take about a minute of CPU on two
            # cores before they meet at their barrier: measure inside the load window
            await asyncio.sleep(args.warmup)
            print(f"   load average when the calls start: {os.getloadavg()[0]:.1f}"
                  + (f"; workstations on CPU {load_cpus}, the display and the caller on "
                     f"CPU {sorted(os.sched_getaffinity(0))}" if load_cpus else ""))
            loaded, _ = await _caller_and_display(url, calls=args.calls, every=args.every,
                                                  prepare=prepare, stages=True)
            while load.is_alive():
                await asyncio.sleep(1)
        finally:
            await drop_db(admin, url)
        report(floor, loaded)     # before the loop closes: a crash at exit loses nothing
        return floor, loaded

    def report(floor, loaded) -> None:
        print(f"\n-- commit of a call → number painted (PostgreSQL, own cluster)")
        print(f"   display alone: {quantiles(floor)}")
        if loaded:
            print(f"   beside {args.workstations} workstations (office load): "
                  f"{quantiles(loaded)}")
        if floor and loaded:
            p99 = lambda xs: sorted(xs)[max(0, math.ceil(len(xs) * 0.99) - 1)]
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
                url, calls=args.memory_calls, every=0,
                sample_rss_at=sorted({200, args.memory_calls,
                                      *range(1000, args.memory_calls + 1, 1000)}),
                tracing=args.trace, detail=args.detail, trim=args.trim,
                estimate_interval=args.estimate_interval, step=args.step))
    spread = (f"one every {args.step:g} s of simulated time from 07:00" if args.step
              else "back to back at the real clock")
    print(f"\n-- {args.memory_calls:,} calls ({spread}) with the display running "
          f"(SQLite, caller in its own process)")
    print(f"   the display's resident memory after "
          + " / ".join(f"{k:,}" for k in sorted(rss)) + " calls: "
          + " / ".join(f"{rss[k]:.1f} MB" for k in sorted(rss)))
    if 1000 in rss and 2000 in rss:
        print(f"   growth from 1,000 to 2,000 calls: {rss[2000] - rss[1000]:+.2f} MB")
    print(f"   commit → painted meanwhile: {summarize(lat)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("scenarios", nargs="*", default=["memory", "latency"])
    ap.add_argument("--duration", type=float, default=0,
                    help="the office load's window (default: warm-up + the calls + 30 s)")
    ap.add_argument("--workstations", type=int, default=60,
                    help="latency: the office load's processes (0: the display alone only)")
    ap.add_argument("--warmup", type=float, default=60, help="seconds before the calls start")
    ap.add_argument("--calls", type=int, default=200, help="calls measured under load")
    ap.add_argument("--every", type=float, default=1.0,
                    help="latency: seconds between two calls under load")
    ap.add_argument("--floor-calls", type=int, default=200,
                    help="latency: calls measured with the display alone")
    ap.add_argument("--back-to-back", action="store_true",
                    help="latency: register each walk-in just before its call (as before "
                         "session 5), instead of one call ahead")
    ap.add_argument("--load-cpus", type=int, nargs="+", metavar="CPU",
                    help="latency: run the workstation processes on these CPUs only, the "
                         "display and the caller on the others")
    ap.add_argument("--trace", action="store_true",
                    help="memory: where the Python heap grew (tracemalloc; slower)")
    ap.add_argument("--detail", action="store_true",
                    help="memory: glibc heap, SQLite, Python and Qt object counts per sample")
    ap.add_argument("--memory-calls", type=int, default=2000)
    ap.add_argument("--estimate-interval", type=float, default=15.0,
                    help="memory: seconds between the display's estimate reads")
    ap.add_argument("--step", type=float, default=20.0,
                    help="memory: simulated seconds between two calls (20: 2,000 calls "
                         "from 07:00 to 18:06; 0: the real clock, calls back to back)")
    ap.add_argument("--trim", action="store_true",
                    help="memory: return glibc's free pages (malloc_trim) before each sample")
    args = ap.parse_args()
    print(f"machine: {machine()}")
    if "memory" in args.scenarios:
        memory(args)
    if "latency" in args.scenarios:
        latency(args)


if __name__ == "__main__":
    main()
