"""The caller for bench_display.py, run in a process of its own (issue 12).

The display's process must hold only the display: a caller in the same process (its
Desk, engine, ORM sessions and their caches) would be measured with it. The benchmark
sends one command per call through a pipe; this process registers a walk-in, calls
it at the bench's counter and answers with the call's key and the time of its commit
(``time.monotonic``: CLOCK_MONOTONIC, system-wide on Linux, so comparable with the
display's paint time), or ``None`` when another workstation called the person first.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def caller_worker(url: str, conn) -> None:
    asyncio.run(_caller(url, conn))


async def _caller(url: str, conn) -> None:
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
        desk = Desk(db, Context(Actor(known["staff"]["leitung"][0], Role.SHIFT_LEAD,
                                      counter_id=known["counter"]["Schalter A1"],
                                      station="bench-display-caller")))
        sp = known["sp"]["AB"]
        conn.send("ready")
        while True:
            i = await asyncio.to_thread(conn.recv)
            if i is None:
                break
            e = await desk.register_walk_in(service_point_id=sp,
                                            applicants=[ApplicantInput(family_name=f"B{i}")])
            try:
                called = await desk.call_specific(e.id)
            except DomainError:   # a workstation of the office load called this one first
                conn.send(None)
                continue
            conn.send(((called.id, called.called_at), time.monotonic()))
    finally:
        await db.dispose()
        conn.close()
