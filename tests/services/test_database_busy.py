"""A busy embedded database: another process holds SQLite's write lock past the busy
timeout. The action is not applied, it says so clearly (not "unexpected error"), and the
same key applies it once the lock is free, exactly once."""

from __future__ import annotations

import sqlite3

from sqlalchemy import make_url

from desk_app.models import QueueEntry
from desk_app.services import backend
from desk_app.services.database import DatabaseBusy, DatabaseUnavailable
from tests.services.helpers import count, office
from tests.support import person


async def test_a_write_while_another_process_holds_the_lock_is_not_applied(
        sqlite_database_url, open_db, monkeypatch):
    monkeypatch.setattr(backend, "SQLITE_BUSY_TIMEOUT_MS", 50)   # not 4 x 10 s
    db = open_db(sqlite_database_url)
    o = await office(db)
    before = await count(db, QueueEntry)
    other = sqlite3.connect(make_url(sqlite_database_url).database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")      # the second process's write lock
    try:
        try:
            await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                               applicants=[person("Ohne", "Termin")],
                                               key="busy-key-1")
        except DatabaseBusy as exc:
            busy = exc
        else:
            raise AssertionError("the write went through a held lock")
        assert isinstance(busy, DatabaseUnavailable)   # handled like an outage ...
        assert busy.applied is False                   # ... that surely applied nothing
        assert busy.key == "busy-key-1"
        assert await count(db, QueueEntry) == before   # reads still work (WAL)
    finally:
        other.execute("ROLLBACK")
        other.close()
    first = await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                               applicants=[person("Ohne", "Termin")],
                                               key="busy-key-1")
    again = await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                               applicants=[person("Ohne", "Termin")],
                                               key="busy-key-1")
    assert again.id == first.id
    assert await count(db, QueueEntry) == before + 1
