"""The caller for bench_display.py, run in a process of its own (issue 12).

The display's process must hold only the display: a caller in the same process (its
Desk, engine, ORM sessions and their caches) would be measured with it. The benchmark
sends one command per call through a pipe; this process registers a walk-in, calls
it at the bench's counter and answers with the call's key and the time of its commit
(``time.monotonic``: CLOCK_MONOTONIC, system-wide on Linux, so comparable with the
display's paint time), or ``None`` when another workstation called the person first.
``("prepare", i)`` registers the next walk-in ahead of its call (answered "prepared"):
the call's command then only calls, so that the registration's own change (and the
display's read after it) does not fall in the measured call's path, as in an office,
where a person is called minutes after registering, not milliseconds.

``step`` > 0: the calls live on a simulated clock, call ``i`` at 07:00 (local) of today
plus ``i × step`` seconds, so that a day of calls is spread over a day as in an office
(the display reads its estimates from the last two hours of calls; calls compressed into
minutes would make every one of them "recent"). The answer then carries that time too,
and the ready message carries the start.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def caller_worker(url: str, conn, step: float = 0.0) -> None:
    asyncio.run(_caller(url, conn, step))


def day_start():
    """07:00 local time today, in UTC."""
    import datetime as dt

    from desk_app.domain.clock import business_day, local_to_utc, utcnow

    return local_to_utc(business_day(utcnow()), dt.time(7, 0))


async def _caller(url: str, conn, step: float = 0.0) -> None:
    import datetime as dt

    from desk_app.domain.clock import utcnow
    from desk_app.domain.errors import DomainError
    from desk_app.domain.roles import Actor, Role
    from desk_app.services.applicant_input import ApplicantInput
    from desk_app.services.context import Context
    from desk_app.services.database import open_database
    from desk_app.services.desk import Desk
    from tests.support import ids

    db = open_database(url, pool_size=2)
    try:
        known = await ids(db)
        start = day_start() if step else None
        now = {"t": start}
        desk = Desk(db, Context(Actor(known["staff"]["leitung"][0], Role.SHIFT_LEAD,
                                      counter_id=known["counter"]["Schalter A1"],
                                      station="bench-display-caller"),
                                clock=(lambda: now["t"]) if step else utcnow))
        sp = known["sp"]["AB"]
        conn.send(("ready", start))
        prepared = None     # ("prepare", i): the walk-in registered ahead of its call
        while True:
            i = await asyncio.to_thread(conn.recv)
            if i is None:
                break
            if isinstance(i, tuple):
                _word, i = i
                prepared = await desk.register_walk_in(
                    service_point_id=sp, applicants=[ApplicantInput(family_name=f"B{i}")])
                conn.send("prepared")
                continue
            if step:
                now["t"] = start + dt.timedelta(seconds=i * step)
            e, prepared = prepared, None
            if e is None:
                e = await desk.register_walk_in(service_point_id=sp,
                                                applicants=[ApplicantInput(family_name=f"B{i}")])
            try:
                called = await desk.call_specific(e.id)
            except DomainError:   # a workstation of the office load called this one first
                conn.send(None)
                continue
            conn.send(((called.id, called.called_at), time.monotonic(), now["t"]))
    finally:
        await db.dispose()
        conn.close()
