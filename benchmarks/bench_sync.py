"""Live sync between workstations: simulated workstations as separate processes against
loopback PostgreSQL, each measuring from commit (the writer's Desk call returned) to its
own model update (the feed callback fetched the entry via Desk.entries and stored it).

Scenarios (all by default; name some to run only those):
  floor     bare asyncpg: one transaction with an insert and NOTIFY → listener delivery
  office    60 workstations, about 2 state changes per second in all, 60 s
  stress    300 state changes per second, 60 s, by 4 workstation processes by default
            (--stress-workstations; every listening process adds catch-up CPU, and on a
            2-core machine 10 is about the most that still reaches 300/s)
  callnext  20 clerks press "call next" at the same instant, many rounds
  callnext-floor  the same, with call next's two statements on bare asyncpg (not by
            default: the floor that call next is measured against)
  alarm     issue 14: a silent alarm raised at one counter → visible (read and shown by
            the rule) at each of 60 other workstations (shift leads), 20 alarms

It runs on a throwaway PostgreSQL cluster of its own (initdb in a temp dir, room for 400
connections) unless --dsn names a server; the database gets a random name and is dropped.
Every run is bounded in time (hard timeouts on every process).

    .venv/bin/python benchmarks/bench_sync.py [floor office stress callnext]
        [callnext-floor] [--duration 60] [--stress-workstations 4] [--stress-rate 300]
        [--clerks 20] [--rounds 50] [--dsn URL]
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import json
import multiprocessing as mp
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter as Tally, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import asyncpg  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from benchmarks.common import machine, summarize  # noqa: E402
from benchmarks.pinning import children_of  # noqa: E402
from benchmarks.sync_worker import (call_next_floor_worker, call_next_worker,  # noqa: E402
                                    feed_worker, now_ns)
from desk_app.domain.states import Action  # noqa: E402
from desk_app.models import (AuditEvent, ChangeLog, Counter, QueueEntry,  # noqa: E402
                             StaffMember)
from desk_app.services.database import open_database  # noqa: E402
from desk_app.services.demo import seed_reference  # noqa: E402
from desk_app.services.schema import upgrade  # noqa: E402

PG_BIN = Path("/usr/lib/postgresql/15/bin")


# -- the server ------------------------------------------------------------------------
class OwnCluster:
    """A throwaway cluster in a temp dir (as the postgres user when run as root)."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="desk-bench-pg-"))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]

    def _run(self, *cmd: str) -> None:
        if os.geteuid() == 0:
            cmd = ("runuser", "-u", "postgres", "--", *cmd)
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def __enter__(self) -> str:
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        self._run(str(PG_BIN / "initdb"), "-D", str(self.dir / "data"), "-U", "postgres",
                  "-A", "trust", "--no-sync")
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.dir / "data"), "-l",
                  str(self.dir / "log"), "-w", "-o",
                  f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 "
                  f"-c max_connections=400 -c shared_buffers=256MB", "start")
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def postmaster_pid(self) -> int:
        return int((self.dir / "data" / "postmaster.pid").read_text().split()[0])

    def __exit__(self, *exc) -> None:
        try:
            self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.dir / "data"), "-m",
                      "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def cpu_seconds(pids) -> float:
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError):
            pass
    return total


# -- database ----------------------------------------------------------------------------
async def create_db(admin_dsn: str) -> str:
    name = f"desk_bench_sync_{uuid.uuid4().hex[:10]}"
    conn = await asyncpg.connect(admin_dsn)
    await conn.execute(f'CREATE DATABASE "{name}"')
    await conn.close()
    url = admin_dsn.rsplit("/", 1)[0] + f"/{name}"
    db = open_database(url)
    try:
        await upgrade(db)
        async with db.write_session() as s:
            await seed_reference(s)
    finally:
        await db.dispose()
    return url


async def drop_db(admin_dsn: str, url: str) -> None:
    conn = await asyncpg.connect(admin_dsn)
    await conn.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
    await conn.close()


async def reference(url: str) -> dict:
    db = open_database(url)
    try:
        async with db.read() as s:
            counters = [(c.id, c.service_point_id, c.name) for c in
                        (await s.execute(select(Counter).order_by(Counter.id))).scalars()]
            staff = {m.login: m.id for m in (await s.execute(select(StaffMember))).scalars()}
    finally:
        await db.dispose()
    return {"counters": counters, "staff": staff}


async def invariants(url: str, called: list[int]) -> dict:
    """Zero means fine, for every count."""
    db = open_database(url)
    try:
        async with db.read() as s:
            tickets = (await s.execute(select(QueueEntry.service_point_id, QueueEntry.business_day,
                                              QueueEntry.ticket_number)
                                       .where(QueueEntry.ticket_number.is_not(None)))).all()
            ids = list((await s.execute(select(ChangeLog.id).order_by(ChangeLog.id))).scalars())
            audit_calls = dict((await s.execute(
                select(AuditEvent.entity_id, func.count()).where(
                    AuditEvent.action == Action.CALL.value).group_by(AuditEvent.entity_id))).all())
            call_counts = dict((await s.execute(select(QueueEntry.id, QueueEntry.call_count))).all())
    finally:
        await db.dispose()
    per_day = defaultdict(list)
    for sp, day, n in tickets:
        per_day[(sp, day)].append(n)
    ticket_bad = sum(sorted(v) != list(range(1, len(v) + 1)) for v in per_day.values())
    return {
        "ticket sequences broken": ticket_bad,
        "change-log id gaps": int(ids != list(range(1, len(ids) + 1))),
        "entries called twice": sum(k > 1 for k in Tally(called).values()),
        "call_count != CALL audits": sum(call_counts.get(e, 0) != k for e, k in audit_calls.items()),
    }


# -- scenarios ---------------------------------------------------------------------------
def run_processes(target, cfgs: list[dict], timeout: float, tmp: Path) -> list[dict]:
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(len(cfgs))
    procs, outs = [], []
    for cfg in cfgs:
        out = tmp / f"w{cfg['index']:03d}.json"
        outs.append(out)
        p = ctx.Process(target=target, args=(cfg, barrier, str(out)), daemon=True)
        p.start()
        if cfg.get("cpus"):         # bench_display --load-cpus: the office's own PCs
            os.sched_setaffinity(p.pid, cfg["cpus"])
        procs.append(p)
    deadline = time.monotonic() + timeout
    for p in procs:
        p.join(max(0.1, deadline - time.monotonic()))
    for p in procs:
        if p.is_alive():
            p.kill()
    return [json.loads(o.read_text()) for o in outs if o.exists()]


def feed_scenario(label: str, url: str, ref: dict, *, workstations: int, total_rate: float,
                  duration: float, tmp: Path, pg_pids=lambda: []) -> None:
    counters = ref["counters"]
    cfgs = [{"index": i, "url": url, "staff_id": ref["staff"]["leitung"],
             "counter_id": counters[i % len(counters)][0],
             "service_point_id": counters[i % len(counters)][1],
             "rate": total_rate / workstations, "duration": duration}
            for i in range(workstations)]
    print(f"\n-- {label}: {workstations} workstation processes, target {total_rate:g} "
          f"state changes/s for {duration:g} s")
    import threading
    pg_seen: dict[int, float] = {}
    done = threading.Event()

    def sample():   # backends exit with their workstations: keep the last reading of each
        while not done.wait(0.5):
            for pid in pg_pids():
                pg_seen[pid] = cpu_seconds([pid])

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    wall0 = time.monotonic()
    results = run_processes(feed_worker, cfgs, timeout=duration + 240, tmp=tmp)
    wall = time.monotonic() - wall0
    done.set()
    sampler.join()
    pg_cpu = sum(pg_seen.values())
    if len(results) < workstations:
        print(f"   only {len(results)} of {workstations} workstations reported (timeout)")
    commits = [c for r in results for c in r["commits"]]
    achieved = len(commits) / duration
    # latency: commit of (entry, version) → first time each model holds a version >= it
    lat, missing = [], 0
    lat_at: list[tuple[int, float]] = []   # (commit time, latency), for the slow ones
    for r in results:
        by_entry = defaultdict(list)
        for e, v, t in r["seen"]:
            by_entry[e].append((v, t))
        suffix = {}
        for e, vs in by_entry.items():
            vs.sort()
            mins, m = [], None
            for v, t in reversed(vs):
                m = t if m is None else min(m, t)
                mins.append(m)
            suffix[e] = ([v for v, _ in vs], mins[::-1])
        for e, v, tc in commits:
            if e not in suffix:
                missing += 1
                continue
            versions, mins = suffix[e]
            k = bisect.bisect_left(versions, v)
            if k == len(versions):
                missing += 1
                continue
            lat.append((mins[k] - tc) / 1e6)
            lat_at.append((tc, (mins[k] - tc) / 1e6))
    final = max((r["final_id"] for r in results), default=0)
    skipped = sum(r["ids"]["skips"] for r in results)
    incomplete = sum(1 for r in results if not r["caught_up"] or r["ids"]["last"] != final)
    errs = Tally()
    for r in results:
        errs.update(r["errors"])
    called = [e for r in results for e in r["called"]]
    inv = asyncio.run(invariants(url, called))
    behind = max((r["behind_max_s"] for r in results), default=0)
    catch_ups = sum(r["catch_ups"] for r in results)
    notes = sum(r["notifications"] for r in results)
    print(f"   achieved: {achieved:.1f} state changes/s ({len(commits)} commits); "
          f"load generator max lag {behind:.2f} s; errors {dict(errs) or 'none'}")
    print(f"   commit → model update, every workstation incl. the writer: {summarize(lat)}")
    if lat_at:
        t0 = min(t for t, _ in lat_at)
        slow = sorted(((t - t0) / 1e9 for t, ms in lat_at if ms > 200))
        if slow:
            print(f"   updates over 200 ms: {len(slow)}, at seconds {sorted(set(round(x) for x in slow))} "
                  f"after the first commit")
    print(f"   skipped changes: {skipped}; workstations not caught up at the end: {incomplete}; "
          f"model updates never seen: {missing}")
    print(f"   invariant violations: {sum(inv.values())} {inv}")
    print(f"   catch-up queries: {catch_ups} for {notes} notifications "
          f"({catch_ups / max(1, len(results)):.0f} per workstation)")
    ws_cpu = sum(r["cpu_load_s"] for r in results)
    updates = sum(r["model_updates"] for r in results)
    print(f"   CPU in the {duration:g} s load window: workstation processes {ws_cpu:.1f} s "
          f"({ws_cpu / duration:.2f} cores; {1000 * ws_cpu / max(1, catch_ups):.1f} ms per "
          f"catch-up incl. its model update, {updates} model updates); postgres backends "
          f"{pg_cpu:.1f} s over the whole {wall:.0f} s run; load average now "
          f"{os.getloadavg()[0]:.1f}")


def call_next_scenario(url: str, ref: dict, *, clerks: int, rounds: int, tmp: Path,
                       floor: bool = False) -> None:
    bi = next(sp for _, sp, name in ref["counters"] if name.startswith("Schalter I"))

    async def fill():
        from desk_app.domain.roles import Actor, Role
        from desk_app.services.applicant_input import ApplicantInput
        from desk_app.services.context import Context
        from desk_app.services.desk import Desk
        db = open_database(url)
        try:
            desk = Desk(db, Context(Actor(staff_id=ref["staff"]["info1"], role=Role.RECEPTION,
                                          station="bench-fill")))
            for i in range(clerks * (rounds + 1)):   # + the warm-up round
                await desk.register_walk_in(service_point_id=bi, applicants=[ApplicantInput(
                    family_name="Bench", given_name=str(i), birth_date="01.01.1990")])
        finally:
            await db.dispose()

    asyncio.run(fill())
    counters = ref["counters"]
    from desk_app.domain.clock import business_day, utcnow

    cfgs = [{"index": i, "url": url, "staff_id": ref["staff"]["sbbi1" if i % 2 else "sbbi2"],
             "counter_id": counters[i % len(counters)][0], "service_point_id": bi,
             "rounds": rounds, "day": business_day(utcnow())} for i in range(clerks)]
    what = ("FLOOR: the same statements on bare asyncpg, without the service's Python"
            if floor else "call next under contention")
    print(f"\n-- {what}: {clerks} clerk processes, {rounds} rounds, all "
          f"pressing at the same instant (multiprocessing.Barrier)")
    results = run_processes(call_next_floor_worker if floor else call_next_worker, cfgs,
                            timeout=240, tmp=tmp)
    lat = [x for r in results for x in r["lat_ms"]]
    called = [e for r in results for e in r["called"]]
    errs = Tally()
    for r in results:
        errs.update(r["errors"])
    print(f"   latency per call_next: {summarize(lat)}")
    cpu = [x for r in results for x in r["cpu_ms"]]
    if cpu:
        print(f"   CPU of the clerk process per call_next: {summarize(cpu)}")
    rounds_max = [max(r["lat_ms"][k] for r in results) for k in range(rounds)]
    print(f"   slowest clerk per round: {summarize(rounds_max)}")
    print(f"   called {len(called)} of {clerks * (rounds + 1)} (a warm-up round first); "
          f"same person twice: "
          f"{sum(k > 1 for k in Tally(called).values())}; errors {dict(errs) or 'none'}")


async def floor(dsn: str, n: int = 2000) -> None:
    name = f"desk_bench_floor_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(dsn)
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = dsn.rsplit("/", 1)[0] + f"/{name}"
    try:
        w, l = await asyncpg.connect(url), await asyncpg.connect(url)
        await w.execute("CREATE TABLE t (id bigint primary key, at timestamptz)")
        box: dict = {}

        def got(*_a):
            box["t"] = now_ns()
            box["f"].set_result(None)

        await l.add_listener("floor", got)
        from_commit, whole = [], []
        for i in range(n):
            box["f"] = asyncio.get_running_loop().create_future()
            t0 = now_ns()
            async with w.transaction():
                await w.execute("INSERT INTO t VALUES ($1, now())", i)
                await w.execute("SELECT pg_notify('floor', $1)", str(i))
            t1 = now_ns()
            await asyncio.wait_for(box["f"], 5)
            from_commit.append(max(0, box["t"] - t1) / 1e6)
            whole.append((box["t"] - t0) / 1e6)
        print(f"\n-- loopback floor (bare asyncpg, insert + NOTIFY in one transaction, one listener)")
        print(f"   transaction start → delivered: {summarize(whole)}")
        print(f"   commit returned → delivered:   {summarize(from_commit)}")
        await w.close()
        await l.close()
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


def alarm_scenario(url: str, ref: dict, *, workstations: int, alarms: int, tmp: Path
                   ) -> None:
    """Issue 14: 1 sender + ``workstations`` receivers, each a process with the real
    feed; latency = before the sender's call → the alarm visible at a receiver."""
    from benchmarks.alarm_worker import alarm_worker

    counters = ref["counters"]
    cfgs = [{"index": i, "url": url, "staff_id": ref["staff"]["leitung"], "role": "SHIFT_LEAD",
             "counter_id": counters[i % len(counters)][0],
             "service_point_id": counters[i % len(counters)][1], "room": "",
             "alarms": alarms, "interval": 1.5}
            for i in range(workstations + 1)]
    print(f"\n-- alarm: 1 sender and {workstations} receiving workstation processes, "
          f"{alarms} alarms 1.5 s apart (each acknowledged half-way)")
    results = run_processes(alarm_worker, cfgs, timeout=alarms * 1.5 + 120, tmp=tmp)
    sender = next((r for r in results if r["index"] == 0), None)
    if sender is None:
        print("   the sender did not report")
        return
    raised = {a: (t0, t1) for a, t0, t1 in sender["raised"]}
    lat, delivered, missing = [], [], 0
    for a, (t0, t1) in raised.items():
        delivered.append((t1 - t0) / 1e6)
        for r in results:
            if r["index"] == 0:
                continue
            t = r["seen"].get(str(a))
            if t is None:
                missing += 1
            else:
                lat.append((t - t0) / 1e6)
    errs = Tally()
    for r in results:
        errs.update(r["errors"])
    print(f"   receivers reporting: {len(results) - 1} of {workstations}; errors "
          f"{dict(errs) or 'none'}")
    print(f"   sender: pressed → \"zugestellt\": {summarize(delivered)}")
    print(f"   pressed → visible at each receiver: {summarize(lat) if lat else 'none'}; "
          f"never seen: {missing}; load average now {os.getloadavg()[0]:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("scenarios", nargs="*", default=["floor", "office", "stress", "callnext"])
    ap.add_argument("--dsn", help="an existing server (maintenance DB), else an own cluster")
    ap.add_argument("--duration", type=float, default=60)
    ap.add_argument("--office-workstations", type=int, default=60)
    ap.add_argument("--office-rate", type=float, default=2)
    ap.add_argument("--stress-workstations", type=int, default=4)
    ap.add_argument("--stress-rate", type=float, default=300)
    ap.add_argument("--clerks", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=50)
    ap.add_argument("--alarm-workstations", type=int, default=60)
    ap.add_argument("--alarms", type=int, default=20)
    args = ap.parse_args()
    print(f"machine: {machine()}")
    cluster = None if args.dsn else OwnCluster()
    admin = args.dsn or cluster.__enter__()
    pg_pids = (lambda: children_of(cluster.postmaster_pid())) if cluster else (lambda: [])
    print("server: " + ("own throwaway cluster (PostgreSQL 15, max_connections=400, "
                        "default durability)" if cluster else args.dsn))
    tmp = Path(tempfile.mkdtemp(prefix="desk-bench-sync-"))
    try:
        if "floor" in args.scenarios:
            asyncio.run(floor(admin))
        for scenario, n, rate in (("office", args.office_workstations, args.office_rate),
                                  ("stress", args.stress_workstations, args.stress_rate)):
            if scenario in args.scenarios:
                url = asyncio.run(create_db(admin))
                try:
                    ref = asyncio.run(reference(url))
                    (tmp / scenario).mkdir()
                    feed_scenario(scenario, url, ref, workstations=n, total_rate=rate,
                                  duration=args.duration, tmp=tmp / scenario, pg_pids=pg_pids)
                finally:
                    asyncio.run(drop_db(admin, url))
        if "alarm" in args.scenarios:
            url = asyncio.run(create_db(admin))
            try:
                (tmp / "alarm").mkdir()
                alarm_scenario(url, asyncio.run(reference(url)),
                               workstations=args.alarm_workstations, alarms=args.alarms,
                               tmp=tmp / "alarm")
            finally:
                asyncio.run(drop_db(admin, url))
        for scenario in ("callnext-floor", "callnext"):
            if scenario not in args.scenarios:
                continue
            url = asyncio.run(create_db(admin))
            try:
                (tmp / scenario).mkdir()
                call_next_scenario(url, asyncio.run(reference(url)), clerks=args.clerks,
                                   rounds=args.rounds, tmp=tmp / scenario,
                                   floor=scenario == "callnext-floor")
            finally:
                asyncio.run(drop_db(admin, url))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if cluster:
            cluster.__exit__(None, None, None)


if __name__ == "__main__":
    main()
