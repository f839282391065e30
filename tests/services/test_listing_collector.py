"""A large listing holds off Python's cyclic garbage collector while it reads and builds
its rows (a full collection in the middle costs more than the listing), and always
lets it run again afterwards: after success, after an error, and when listings overlap."""

from __future__ import annotations

import asyncio
import gc

import pytest

from desk_app.services import queue_read
from tests.services.helpers import office
from tests.support import DAY, at, person


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


async def _day_with_people(db, n=3):
    o = await office(db, now=at(9))
    for i in range(n):
        await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                           applicants=[person(f"P{i}"), person(f"Q{i}")])
    return o


async def test_the_collector_is_off_while_a_day_is_built_and_on_again_after(
        db, collector_on, monkeypatch):
    o = await _day_with_people(db)
    seen = []
    original = queue_read._build

    async def watching(conn, rows, few):
        seen.append(gc.isenabled())
        return await original(conn, rows, few)

    monkeypatch.setattr(queue_read, "_build", watching)
    views = await o.lead.day_queue(DAY)
    assert len(views) == 3 and all(len(v.members) == 2 for v in views)
    assert seen == [False]
    assert gc.isenabled()
    await o.lead.entries([views[0].id])          # a catch-up of a few: not paused
    assert seen == [False, True] and gc.isenabled()


async def test_the_collector_runs_again_after_a_failed_listing(db, collector_on, monkeypatch):
    o = await _day_with_people(db)

    async def broken(conn, rows, few):
        assert not gc.isenabled()
        raise RuntimeError("model broke")

    monkeypatch.setattr(queue_read, "_build", broken)
    with pytest.raises(RuntimeError):
        await o.lead.day_queue(DAY)
    assert gc.isenabled()


async def test_overlapping_listings_leave_the_collector_on(db, collector_on):
    o = await _day_with_people(db)
    results = await asyncio.gather(*(o.lead.day_queue(DAY) for _ in range(4)))
    assert [len(r) for r in results] == [3, 3, 3, 3]
    assert gc.isenabled() and queue_read._pauses == 0


async def test_a_collector_switched_off_by_the_caller_stays_off(db, collector_on):
    o = await _day_with_people(db)
    gc.disable()
    await o.lead.day_queue(DAY)
    assert not gc.isenabled()
