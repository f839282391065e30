"""The catch-up read on the change feed's LISTEN connection (PostgreSQL): the same views
as through the pool, the same need-to-know, and the pool whenever that connection fails."""

from __future__ import annotations

from desk_app.domain.states import Action
from desk_app.services.change_feed import make_change_feed
from tests.support import Clock, at, desk_for, person
from tests.sync.conftest import wait_until


class CountingReader:
    def __init__(self, listener, fail: bool = False) -> None:
        self.listener, self.fail, self.calls, self.down = listener, fail, 0, False

    @property
    def connected(self) -> bool:
        return self.listener.connected and not self.down

    async def fetch(self, sql, *args):
        self.calls += 1
        if self.fail:
            raise ConnectionResetError("reader connection reset (simulated)")
        return await self.listener.fetch(sql, *args)


async def _feed(db):
    feed = make_change_feed(db, lambda records: None)
    await feed.start()
    await wait_until(lambda: feed.listener.connected, what="LISTEN")
    return feed


async def test_fast_reader_gives_the_pools_views(pg_database_url, open_db):
    db = open_db(pg_database_url)
    clock = Clock(at(9))
    lead = await desk_for(db, "leitung", clock=clock)
    clerk = await desk_for(db, "sbbi1", counter="Schalter I1", clock=clock)
    sp = {s.code: s.id for s in await lead.service_points()}
    family = await lead.register_walk_in(service_point_id=sp["BI"], applicants=[
        person("Al-Haddad", "Omar"), person("Al-Haddad", "Lina", birth_date="00.00.2016"),
        person("<b>Ärger</b>", "O'Brien")])
    called = await clerk.call_next(service_point_id=sp["BI"])
    other = await lead.register_walk_in(service_point_id=sp["EU"], applicants=[person("Ng")])
    feed = await _feed(db)
    try:
        by_pool = await lead.entries([family.id, other.id])
        reader = CountingReader(feed.listener)
        lead.use_fast_reader(reader)
        by_reader = await lead.entries([family.id, other.id])
        assert reader.calls == 1
        assert sorted(by_reader, key=lambda v: v.id) == sorted(by_pool, key=lambda v: v.id)
        fresh = next(v for v in by_reader if v.id == family.id)
        assert fresh == called and fresh.counter_name == "Schalter I1"
        assert [m.family_name for m in fresh.members] == ["Al-Haddad", "Al-Haddad", "<b>Ärger</b>"]
        assert await lead.entries([]) == [] and reader.calls == 1
    finally:
        await feed.stop()


async def test_fast_reader_keeps_need_to_know(pg_database_url, open_db):
    db = open_db(pg_database_url)
    clock = Clock(at(9))
    lead = await desk_for(db, "leitung", clock=clock)
    sp = {s.code: s.id for s in await lead.service_points()}
    asyl = await lead.register_walk_in(service_point_id=sp["ASYL"], applicants=[person("Geheim")])
    open_ = await lead.register_walk_in(service_point_id=sp["BI"], applicants=[person("Offen")])
    feed = await _feed(db)
    try:
        for login, counter, expected in (("info1", None, {open_.id}),
                                         ("sbbi1", "Schalter I1", {open_.id}),
                                         ("sbasyl1", "Schalter A1", {asyl.id, open_.id}),
                                         ("leitung", None, {asyl.id, open_.id})):
            desk = await desk_for(db, login, counter=counter, clock=clock)
            reader = CountingReader(feed.listener)
            desk.use_fast_reader(reader)
            assert {e.id for e in await desk.entries([asyl.id, open_.id])} == expected, login
            assert reader.calls == 1
    finally:
        await feed.stop()


async def test_a_failing_fast_reader_falls_back_to_the_pool(pg_database_url, open_db):
    db = open_db(pg_database_url)
    clock = Clock(at(9))
    lead = await desk_for(db, "leitung", clock=clock)
    sp = (await lead.service_points())[1].id
    entry = await lead.register_walk_in(service_point_id=sp, applicants=[person()])
    feed = await _feed(db)
    try:
        reader = CountingReader(feed.listener, fail=True)
        lead.use_fast_reader(reader)
        [view] = await lead.entries([entry.id])
        assert view == entry and reader.calls == 1
        reader.down = True                  # not connected: not even tried
        entry = await lead.act(entry.id, Action.LEAVE)
        [view] = await lead.entries([entry.id])
        assert view == entry and reader.calls == 1
    finally:
        await feed.stop()


async def test_sqlite_has_no_fast_reader(sqlite_database_url, open_db):
    db = open_db(sqlite_database_url)
    lead = await desk_for(db, "leitung", clock=Clock(at(9)))
    lead.use_fast_reader(object())
    assert lead.fast_reader is None
