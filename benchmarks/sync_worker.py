"""One simulated workstation for bench_sync.py, run in a process of its own.

It keeps a plain-Python stand-in for the Qt model (a dict of EntryView by id), updated by
the real change feed: for each batch of changes the callback fetches the changed entries
with Desk.entries(ids) and stores them. It records when each (entry, version) first
reached its model, and which change ids it saw (to prove none was skipped). It also
generates load through the real Desk: register walk-in → call next → appeared → finish.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desk_app.domain import errors  # noqa: E402
from desk_app.domain.roles import Actor, Role  # noqa: E402
from desk_app.domain.states import Action, Outcome  # noqa: E402
from desk_app.services.change_feed import make_change_feed  # noqa: E402
from desk_app.services.changes import last_change_id  # noqa: E402
from desk_app.services.context import Context  # noqa: E402
from desk_app.services.database import open_database  # noqa: E402
from desk_app.services.desk import Desk  # noqa: E402


def now_ns() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)   # system-wide on Linux


def feed_worker(cfg: dict, barrier, out: str) -> None:
    asyncio.run(_feed_worker(cfg, barrier, out))


async def _watchdog(after: float, label: str) -> None:
    """Prints every task's stack when the worker overruns (a hang must be explainable)."""
    await asyncio.sleep(after)
    print(f"[{label}] still running after {after:.0f} s; tasks:", file=sys.stderr)
    for task in asyncio.all_tasks():
        task.print_stack(file=sys.stderr)


async def _feed_worker(cfg: dict, barrier, out: str) -> None:
    db = open_database(cfg["url"], pool_size=2)
    actor = Actor(staff_id=cfg["staff_id"], role=Role.SHIFT_LEAD,
                  counter_id=cfg["counter_id"], station=f"bench-{cfg['index']:02d}")
    desk = Desk(db, Context(actor))
    model: dict[int, object] = {}
    first_seen: dict[tuple[int, int], int] = {}
    ids = {"first": None, "last": None, "count": 0, "skips": 0}

    async def on_changes(records) -> None:
        for r in records:
            if ids["last"] is not None and r.id != ids["last"] + 1:
                ids["skips"] += 1
            if ids["first"] is None:
                ids["first"] = r.id
            ids["last"] = r.id
            ids["count"] += 1
        wanted = sorted({r.entity_id for r in records if r.entity == "entry"})
        if wanted:
            views = await desk.entries(wanted)
            t = now_ns()
            for v in views:
                model[v.id] = v
                first_seen.setdefault((v.id, v.version), t)

    watchdog = asyncio.create_task(_watchdog(cfg["duration"] + 120, f"ws{cfg['index']}"))
    feed = make_change_feed(db, on_changes)
    await feed.start()
    if db.is_postgres:
        desk.use_fast_reader(feed.listener)     # as the window does
    start_id = feed.last_id
    while db.is_postgres and not feed.listener.connected:
        await asyncio.sleep(0.01)
    await desk.day_queue(service_point_id=cfg["service_point_id"])   # warm the pool
    # warm the catch-up path as a workstation that has been running would have it: the
    # statements compiled and prepared (otherwise all 60 do that on the first change)
    await desk.entries([0])
    await feed.catch_up()
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, barrier.wait)

    rng = random.Random(cfg["index"])
    rate, duration = cfg["rate"], cfg["duration"]
    t0 = time.monotonic()
    cpu0 = time.process_time()
    deadline = t0 + duration
    next_t = t0 + rng.expovariate(rate) if rate > 0 else deadline + 1
    commits: list[tuple[int, int, int]] = []
    called: list[int] = []
    errs: dict[str, int] = {}
    behind = 0.0
    current = None      # the entry this workstation is serving
    sp = cfg["service_point_id"]
    while next_t < deadline and time.monotonic() < deadline:
        delay = next_t - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        else:
            behind = max(behind, -delay)
        try:
            if current is None:
                try:
                    view = await desk.call_next(service_point_id=sp)
                    called.append(view.id)
                except errors.QueueEmpty:
                    view = await desk.register_walk_in(service_point_id=sp, applicants=[
                        _person(rng)])
                    view_is_mine = False
                else:
                    view_is_mine = True
                if view_is_mine:
                    current = view
            elif current.state.value == "CALLED":
                view = current = await desk.act(current.id, Action.APPEAR)
            else:
                view = await desk.act(current.id, Action.FINISH, outcomes={
                    m.applicant_id: Outcome.COMPLETED for m in current.members})
                current = None
            commits.append((view.id, view.version, now_ns()))
        except Exception as exc:  # counted and reported, never hidden
            errs[type(exc).__name__] = errs.get(type(exc).__name__, 0) + 1
            current = None
        next_t += rng.expovariate(rate)
    load_end = time.monotonic()
    cpu_load = time.process_time() - cpu0

    # drain: every workstation stops at the same deadline; then wait for the feed to
    # hold every change that exists
    await asyncio.sleep(max(0.0, deadline + 2.0 - time.monotonic()))
    async with db.read() as s:
        final = await last_change_id(s)
    t_wait = time.monotonic()
    while feed.last_id < final and time.monotonic() - t_wait < 30:
        await asyncio.sleep(0.05)
    caught_up = feed.last_id >= final
    await feed.stop()
    await db.dispose()
    watchdog.cancel()
    Path(out).write_text(json.dumps({
        "index": cfg["index"], "start_id": start_id, "final_id": final, "caught_up": caught_up,
        "ids": ids, "commits": commits, "called": called, "errors": errs,
        "seen": [[e, v, t] for (e, v), t in first_seen.items()],
        "catch_ups": feed.catch_ups, "behind_max_s": behind,
        "notifications": getattr(getattr(feed, "listener", None), "notifications", 0),
        "load_s": load_end - t0, "cpu_load_s": cpu_load, "model_updates": len(first_seen),
    }))


def _person(rng: random.Random):
    from desk_app.services.applicant_input import ApplicantInput
    return ApplicantInput(family_name=rng.choice(["Yılmaz", "Nguyen", "Kowalski", "Haddad"]),
                          given_name=rng.choice(["Ali", "Mai", "Anna", "Omar"]),
                          birth_date="01.01.1990")


def call_next_worker(cfg: dict, barrier, out: str) -> None:
    asyncio.run(_call_next_worker(cfg, barrier, out))


async def _call_next_worker(cfg: dict, barrier, out: str) -> None:
    db = open_database(cfg["url"], pool_size=1)
    actor = Actor(staff_id=cfg["staff_id"], role=Role.CLERK, counter_id=cfg["counter_id"],
                  station=f"bench-cn-{cfg['index']:02d}")
    desk = Desk(db, Context(actor))
    await desk.day_queue(service_point_id=cfg["service_point_id"])   # warm the pool
    lat, got, errs, cpu = [], [], {}, []
    # round 0 warms up (statements compiled and prepared, as at a running workstation)
    # and is not measured; everyone is called once per round
    for round_ in range(cfg["rounds"] + 1):
        barrier.wait()
        t, c = now_ns(), time.process_time()
        try:
            view = await desk.call_next(service_point_id=cfg["service_point_id"])
            got.append(view.id)
        except Exception as exc:
            errs[type(exc).__name__] = errs.get(type(exc).__name__, 0) + 1
        if round_:
            lat.append((now_ns() - t) / 1e6)
            cpu.append((time.process_time() - c) * 1000)
    await db.dispose()
    Path(out).write_text(json.dumps({"lat_ms": lat, "cpu_ms": cpu, "called": got,
                                     "errors": errs}))


def call_next_floor_worker(cfg: dict, barrier, out: str) -> None:
    asyncio.run(_call_next_floor_worker(cfg, barrier, out))


async def _call_next_floor_worker(cfg: dict, barrier, out: str) -> None:
    """The floor for call next: the same two statements the service sends (the locking
    read and the one-statement write, compiled from the service's own statement objects),
    with BEGIN and COMMIT, on a bare asyncpg connection, without the service's Python."""
    import datetime as dt

    import asyncpg
    from sqlalchemy.dialects.postgresql.asyncpg import dialect as asyncpg_dialect

    from desk_app.services import entry_write, queue_actions

    dialect = asyncpg_dialect()
    lock = queue_actions._LOCK_NEXT.compile(dialect=dialect)
    columns = ("call_count", "called_at", "clerk_id", "counter_id", "first_called_at",
               "state", "updated_at", "version")
    write = entry_write._pg_statement(columns, 1).compile(dialect=dialect)
    conn = await asyncpg.connect(cfg["url"].replace("+asyncpg", ""))
    lat, got, errs = [], [], {}
    for round_ in range(cfg["rounds"] + 1):
        barrier.wait()
        t = now_ns()
        now = dt.datetime.now(dt.timezone.utc)
        values = {"day": cfg["day"], "sp": cfg["service_point_id"], "now": now,
                  "counter_id": cfg["counter_id"], "staff_id": cfg["staff_id"],
                  "key": f"floor-{cfg['index']}-{round_}"}
        try:
            async with conn.transaction():
                bound = lock.construct_params(values)
                row = await conn.fetchrow(lock.string, *(bound[n] for n in lock.positiontup))
                if row is None:
                    raise LookupError("queue empty")
                params = {f"set_{c}": v for c, v in (
                    ("call_count", row[5] + 1), ("called_at", now), ("clerk_id", cfg["staff_id"]),
                    ("counter_id", cfg["counter_id"]), ("first_called_at", now),
                    ("state", "CALLED"), ("updated_at", now), ("version", row[9] + 1))}
                params.update(entry_id=row[0], now=now, staff_id=cfg["staff_id"],
                              station="floor", action="call", from_state="WAITING",
                              to_state="CALLED", key=values["key"],
                              result=json.dumps({"entry_id": row[0]}),
                              sp0=cfg["service_point_id"])
                bound = write.construct_params(params)
                await conn.fetch(write.string, *(bound[n] for n in write.positiontup))
            got.append(row[0])
        except Exception as exc:
            errs[type(exc).__name__] = errs.get(type(exc).__name__, 0) + 1
        if round_:
            lat.append((now_ns() - t) / 1e6)
    await conn.close()
    Path(out).write_text(json.dumps({"lat_ms": lat, "cpu_ms": [], "called": got,
                                     "errors": errs}))
