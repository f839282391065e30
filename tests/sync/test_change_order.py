"""Change ids become visible in commit order, so "changes after my last id" never skips.

The transactions here commit out of order on purpose: T1 writes its changes and then
dawdles before committing while T2 writes and commits. Ids come from the locked counter
row: on SQLite T2 waits for T1 (the write transaction); on PostgreSQL the ids are given
at commit (migration 0006), so T2 gets the lower ones. Either way the ids follow the
commit order. A control on PostgreSQL shows that the same reader *does* skip with ids
from a plain sequence taken in the transaction, so the detector can fail.
"""

from __future__ import annotations

import asyncio
import random
import time

import pytest
from sqlalchemy import text

from desk_app.services.changes import Change, changes_after, last_change_id, record_changes
from tests.support import at


class GapDetector:
    """A workstation's catch-up loop: 'changes after my last id', over and over. Because
    the ids are gapless, any batch not starting at last+1 is a change skipped for ever."""

    def __init__(self, db, start: int) -> None:
        self.db = db
        self.last = start
        self.seen: list[int] = []
        self.skips: list[tuple[int, int]] = []
        self.running = True

    async def poll_once(self) -> None:
        async with self.db.read() as s:
            batch = await changes_after(s, self.last)
        for r in batch:
            if r.id != self.last + 1:
                self.skips.append((self.last, r.id))
            self.last = r.id
            self.seen.append(r.id)

    async def run(self) -> None:
        while self.running:
            await self.poll_once()
            await asyncio.sleep(0.001)


async def _write(db, n: int, *, hold: float = 0.0, took_ids: asyncio.Event | None = None,
                 label: str = "t") -> tuple[list[int], float]:
    """Commits n changes labelled ``label``; returns their ids and when the commit ended."""
    async with db.write_session() as s:
        async with s.begin():
            await record_changes(s, [Change("entry", i, label) for i in range(n)], at(9))
            if took_ids is not None:
                took_ids.set()
            if hold:
                await asyncio.sleep(hold)
        done = time.monotonic()
    async with db.read() as s:
        ids = (await s.execute(text("SELECT id FROM change_log WHERE op = :op ORDER BY id"),
                               {"op": label})).scalars().all()
    return list(ids), done


async def _start_id(db) -> int:
    async with db.read() as s:
        return await last_change_id(s)


async def test_later_transaction_waits_for_the_one_holding_ids(db, open_db, database_url):
    t2_db, reader_db = open_db(database_url), open_db(database_url)
    reader = GapDetector(reader_db, await _start_id(db))
    reading = asyncio.create_task(reader.run())
    took = asyncio.Event()
    t1 = asyncio.create_task(_write(db, 3, hold=0.4, took_ids=took, label="t1"))
    await took.wait()
    t2_tried = time.monotonic()
    t2_ids, t2_done = await _write(t2_db, 2, label="t2")
    t1_ids, t1_done = await t1
    await asyncio.sleep(0.05)
    reader.running = False
    await reading
    await reader.poll_once()
    assert t2_tried < t1_done, "T2 did write while T1 was still open"
    assert len(t1_ids) == 3 and len(t2_ids) == 2
    first, second = (t1_ids, t2_ids) if t1_done <= t2_done else (t2_ids, t1_ids)
    assert max(first) < min(second), "ids follow the commit order"
    if database_url.startswith("postgresql"):
        assert t2_done < t1_done, "PostgreSQL: T2 did not wait for T1's dawdling"
    assert reader.skips == []
    assert reader.seen == sorted(t1_ids + t2_ids)


@pytest.mark.parametrize("rounds", [6])
async def test_random_out_of_order_commits_never_skip(db, open_db, database_url, rounds):
    writers = [open_db(database_url, pool_size=1) for _ in range(6)]
    reader = GapDetector(open_db(database_url), await _start_id(db))
    reading = asyncio.create_task(reader.run())
    rng = random.Random(4)
    expected = 0
    for _ in range(rounds):
        sizes = [rng.randint(1, 4) for _ in writers]
        expected += sum(sizes)
        await asyncio.gather(*(
            _write(w, n, hold=rng.choice([0, 0, 0.005, 0.03, 0.08]))
            for w, n in zip(writers, sizes)))
    reader.running = False
    await reading
    await reader.poll_once()
    assert reader.skips == []
    assert len(reader.seen) == expected == len(set(reader.seen))


@pytest.mark.postgres
async def test_control_plain_sequence_ids_do_skip(pg_database_url, open_db):
    """Without the lock (ids from a sequence), T2 commits first and a reader that moves
    its last id past T2 never sees T1: the detector above catches exactly that."""
    db = open_db(pg_database_url)
    other = open_db(pg_database_url)
    async with db.write_session() as s, s.begin():
        await s.execute(text("CREATE TABLE ctl (id bigint primary key)"))
        await s.execute(text("CREATE SEQUENCE ctl_seq"))

    async def write(database, hold):
        async with database.write_session() as s, s.begin():
            await s.execute(text("INSERT INTO ctl VALUES (nextval('ctl_seq'))"))
            await asyncio.sleep(hold)

    t1 = asyncio.create_task(write(db, 0.3))
    await asyncio.sleep(0.05)
    await write(other, 0)
    last, skips = 0, []
    async with other.read() as s:
        for (i,) in (await s.execute(text("SELECT id FROM ctl WHERE id > :l ORDER BY id"),
                                     {"l": last})).all():
            if i != last + 1:
                skips.append((last, i))
            last = i
    await t1
    assert skips == [(0, 2)]
