"""One simulated workstation for bench_sync.py's "alarm" scenario (issue 14), in a
process of its own: the real change feed, and what the alarm center does with an alarm
change (lead_ops.alarm_from_change from the record, with the counters read at start)
and the visibility rule. It records when each alarm
first became visible here. Worker 0 is the sender: it raises alarms one by one through
the real facade, noting the time before the call and when "zugestellt" came back, and
acknowledges each after a moment (so that every workstation also reads that change)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desk_app.domain.lead import Audience, alarm_visible  # noqa: E402
from desk_app.domain.roles import Actor, Role  # noqa: E402
from desk_app.services.change_feed import make_change_feed  # noqa: E402
from desk_app.services.context import Context  # noqa: E402
from desk_app.services.database import open_database  # noqa: E402
from desk_app.services.desk import Desk  # noqa: E402
from desk_app.services.lead_facade import LeadOps  # noqa: E402
from desk_app.services.lead_ops import alarm_from_change  # noqa: E402


def now_ns() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)   # system-wide on Linux


def alarm_worker(cfg: dict, barrier, out: str) -> None:
    asyncio.run(_alarm_worker(cfg, barrier, out))


async def _alarm_worker(cfg: dict, barrier, out: str) -> None:
    db = open_database(cfg["url"], pool_size=2)
    station = f"bench-alarm-{cfg['index']:02d}"
    actor = Actor(staff_id=cfg["staff_id"], role=Role(cfg["role"]),
                  counter_id=cfg["counter_id"], station=station)
    lead = LeadOps(Desk(db, Context(actor)))
    audience = Audience.SHIFT_LEAD if cfg["role"] == "SHIFT_LEAD" else Audience.WORKSTATION
    seen: dict[int, int] = {}
    errors: dict[str, int] = {}

    counters = {c.id: (c.name, c.room, sp.id, sp.name)
                for sp in await lead.desk.service_points() for c in sp.counters}
    open_alarms: dict[int, object] = {}

    async def on_changes(records) -> None:
        """As AlarmCenter.on_changes: a raise shows from its change record alone."""
        records = [r for r in records if r.entity == "alarm"]
        if not records:
            return
        for r in records:
            view = alarm_from_change(r, counters)
            if view is not None:
                open_alarms[view.id] = view
            elif r.op == "acknowledged":
                open_alarms.pop(r.entity_id, None)
        t = now_ns()
        now = dt.datetime.now(dt.timezone.utc)
        for a in open_alarms.values():
            if alarm_visible(a.facts, audience, station=station, counter_id=actor.counter_id,
                             service_point_id=cfg["service_point_id"], room=cfg["room"],
                             now=now):
                seen.setdefault(a.id, t)

    feed = make_change_feed(db, on_changes)
    await feed.start()
    while db.is_postgres and not feed.listener.connected:
        await asyncio.sleep(0.01)
    await lead.open_alarms()                 # warm the pool and the statement
    await feed.catch_up()
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, barrier.wait)
    raised: list[tuple[int, int, int]] = []
    if cfg["index"] == 0:
        await asyncio.sleep(1.0)
        for _ in range(cfg["alarms"]):
            t0 = now_ns()
            try:
                alarm_id = await lead.raise_alarm()
            except Exception as exc:
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
                continue
            raised.append((alarm_id, t0, now_ns()))
            await asyncio.sleep(cfg["interval"] / 2)
            await lead.acknowledge_alarm(alarm_id)
            await asyncio.sleep(cfg["interval"] / 2)
    else:
        await asyncio.sleep(1.0 + cfg["alarms"] * cfg["interval"])
    await asyncio.sleep(2.0)
    await feed.stop()
    await db.dispose()
    Path(out).write_text(json.dumps({"index": cfg["index"], "seen": seen, "raised": raised,
                                     "errors": errors}))
