"""The change feed on both databases: every change once, in order, from other
workstations and its own; LISTEN/NOTIFY on PostgreSQL with bursts coalesced."""

from __future__ import annotations

import asyncio

import pytest

from desk_app.services.change_feed import ChangeFeed, ListenChangeFeed, make_change_feed
from desk_app.services.changes import last_change_id, Change, record_changes
from tests.support import Clock, at, desk_for, person
from tests.sync.conftest import wait_until


class Sink:
    def __init__(self) -> None:
        self.ids: list[int] = []
        self.batches = 0
        self.statuses: list[tuple[bool, str]] = []

    def __call__(self, records) -> None:
        self.batches += 1
        self.ids.extend(r.id for r in records)

    def status(self, online: bool, detail: str) -> None:
        self.statuses.append((online, detail))

    def contiguous_from(self, start: int) -> bool:
        return self.ids == list(range(start + 1, start + 1 + len(self.ids)))


async def _changes(db, n: int) -> int:
    """Commits n changes; returns the newest change id after the commit."""
    async with db.write_session() as s, s.begin():
        await record_changes(s, [Change("entry", i, "t") for i in range(n)], at(9))
    async with db.read() as s:
        return await last_change_id(s)


async def test_feed_delivers_every_change_in_order_from_every_workstation(db, open_db, database_url):
    sink = Sink()
    feed = make_change_feed(db, sink, on_status=sink.status, poll_interval=0.05)
    assert isinstance(feed, ListenChangeFeed if db.is_postgres else ChangeFeed)
    await feed.start()
    start = feed.last_id
    clock = Clock(at(9))
    others = [open_db(database_url, pool_size=1) for _ in range(4)]
    reception = [await desk_for(o, "info1", clock=clock, station=f"r{i}") for i, o in enumerate(others)]
    own = await desk_for(db, "sbbi1", counter="Schalter I1", clock=clock)
    sp = (await own.service_points())[0].id
    for _ in range(5):
        await asyncio.gather(*(r.register_walk_in(service_point_id=sp, applicants=[person()])
                               for r in reception))
    mine = await own.register_walk_in(service_point_id=sp, applicants=[person()])
    called = await own.call_next(service_point_id=sp)
    await wait_until(lambda: len(sink.ids) >= 22, what="22 changes")
    await asyncio.sleep(0.2)
    await feed.stop()
    assert sink.contiguous_from(start) and len(sink.ids) == 22
    assert feed.last_id == start + 22
    assert sink.statuses == []           # never went offline
    assert mine.ticket and called.state.value == "CALLED"


@pytest.mark.postgres
async def test_a_burst_of_notifications_costs_few_catch_up_queries(pg_database_url, open_db):
    db, writer = open_db(pg_database_url), open_db(pg_database_url)
    got: list[int] = []

    async def slow_model_update(records):
        got.extend(r.id for r in records)
        await asyncio.sleep(0.1)

    feed = make_change_feed(db, slow_model_update)
    await feed.start()
    start = feed.last_id
    await wait_until(lambda: feed.listener.connected, what="LISTEN")
    for _ in range(100):
        await _changes(writer, 1)
    await wait_until(lambda: len(got) == 100, what="100 changes")
    await asyncio.sleep(0.15)
    await feed.stop()
    assert got == list(range(start + 1, start + 101))
    assert feed.listener.notifications >= 100
    # one catch-up per wake-up, not per notification (100 commits take ~0.3 s)
    assert feed.catch_ups <= 20, feed.catch_ups


@pytest.mark.postgres
async def test_catch_ups_are_spaced_but_a_change_after_quiet_comes_at_once(pg_database_url,
                                                                          open_db):
    """min_interval: the first change after a quiet moment is fetched at once; the ones
    that follow within min_interval wait for the next catch-up and come together."""
    db, writer = open_db(pg_database_url), open_db(pg_database_url)
    arrivals: list[tuple[float, list[int]]] = []
    loop = asyncio.get_running_loop()
    feed = make_change_feed(db, lambda records: arrivals.append(
        (loop.time(), [r.id for r in records])), min_interval=1.0)
    await feed.start()
    start = feed.last_id
    await wait_until(lambda: feed.listener.connected, what="LISTEN")
    await asyncio.sleep(1.0)                 # quiet: longer than min_interval
    t0 = loop.time()
    await _changes(writer, 1)
    await wait_until(lambda: len(arrivals) == 1, timeout=5, what="the first change")
    assert arrivals[0][0] - t0 < 0.5         # at once, not after min_interval
    t1 = loop.time()
    for _ in range(5):
        await _changes(writer, 1)
    await wait_until(lambda: sum(len(ids) for _, ids in arrivals) == 6, timeout=5,
                     what="the next five")
    await feed.stop()
    assert [i for _, ids in arrivals for i in ids] == list(range(start + 1, start + 7))
    assert len(arrivals) == 2                # the five came in one catch-up ...
    assert arrivals[1][0] - arrivals[0][0] >= 0.95   # ... min_interval after the first
    assert arrivals[1][0] - t1 < 1.5


@pytest.mark.postgres
async def test_payload_is_only_an_id(pg_database_url, open_db):
    import asyncpg
    from desk_app.services.pg_listener import listener_dsn

    db = open_db(pg_database_url)
    conn = await asyncpg.connect(listener_dsn(db.url))
    payloads: list[str] = []
    await conn.add_listener("desk_changes", lambda *a: payloads.append(a[3]))
    desk = await desk_for(db, "info1", clock=Clock(at(9)))
    sp = (await desk.service_points())[0].id
    await desk.register_walk_in(service_point_id=sp, applicants=[person("Öztürk", "Ayşe")])
    await wait_until(lambda: payloads, what="a notification")
    await conn.close()
    assert all(p.isdigit() for p in payloads), payloads


async def test_sqlite_polls_and_start_accepts_a_known_last_id(sqlite_database_url, open_db):
    db = open_db(sqlite_database_url)
    start = await _changes(db, 3)
    sink = Sink()
    feed = make_change_feed(db, sink, poll_interval=0.05)
    assert type(feed) is ChangeFeed
    await feed.start(last_id=start - 3)        # e.g. the id read with the initial picture
    await wait_until(lambda: len(sink.ids) == 3, what="the 3 older changes")
    last = await _changes(open_db(sqlite_database_url), 2)
    await wait_until(lambda: len(sink.ids) == 5, what="2 new changes")
    await feed.stop()
    assert sink.ids == list(range(start - 2, last + 1))


async def test_a_failing_model_update_does_not_stop_the_feed(db, open_db, database_url):
    calls: list[list[int]] = []

    def flaky(records):
        calls.append([r.id for r in records])
        if len(calls) == 1:
            raise RuntimeError("model bug")

    feed = make_change_feed(db, flaky, poll_interval=0.05)
    await feed.start()
    await _changes(open_db(database_url), 1)
    await wait_until(lambda: len(calls) == 1)
    await _changes(open_db(database_url), 1)
    await wait_until(lambda: len(calls) == 2)
    await feed.stop()
    assert feed.online and calls[1][0] == calls[0][0] + 1
