"""The upgrade drill (issue 19, item 6): the database is upgraded while a workstation of
the older version runs. That workstation turns read-only and says why: by its periodic
check, or at once when a write fails against the new schema. Both backends; and the real
window shows it."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text

from desk_app.domain import errors
from desk_app.services.connect import connect
from desk_app.services.schema_watch import SCHEMA_NEWER_REASON, SchemaWatch
from tests.support import Clock, at, desk_for, person

FUTURE = "0099_from_a_newer_version"


async def _upgrade_elsewhere(db, *, breaking: bool) -> None:
    """What a newer program's `desk-app db upgrade` does, seen from the old one: a new
    revision, and (``breaking``) a schema the old code cannot write to."""
    async with db.engine.begin() as c:
        if breaking:
            await c.execute(text("ALTER TABLE queue_entries DROP COLUMN late_reason"))
        await c.execute(text(f"UPDATE alembic_version SET version_num = '{FUTURE}'"))


async def _workstation(url, interval):
    conn = await connect(url, embedded=url.startswith("sqlite"))
    desk = await desk_for(conn.db, "info1", clock=Clock(at(9)))
    seen = []
    watch = SchemaWatch(conn.db, desk, interval=interval, on_read_only=seen.append)
    return conn, desk, watch, seen


async def test_running_workstation_turns_read_only_by_its_check(database_url, db):
    conn, desk, watch, seen = await _workstation(database_url, interval=0.1)
    try:
        sp = (await desk.service_points())[0].id
        await desk.register_walk_in(service_point_id=sp, applicants=[person()])
        watch.start()
        await asyncio.sleep(0.3)
        assert not desk.read_only and watch.checks >= 1
        await _upgrade_elsewhere(db, breaking=False)
        for _ in range(100):
            if desk.read_only:
                break
            await asyncio.sleep(0.05)
        assert desk.read_only and seen == [SCHEMA_NEWER_REASON]
        with pytest.raises(errors.ReadOnlyMode) as info:
            await desk.register_walk_in(service_point_id=sp, applicants=[person()])
        assert "Nur Lesezugriff: Datenbank ist neuer als das Programm" in str(info.value)
        assert len(await desk.day_queue()) >= 1          # reading goes on
    finally:
        await watch.stop()
        await conn.db.dispose()


async def test_a_write_against_the_new_schema_says_why(database_url, db):
    conn, desk, watch, seen = await _workstation(database_url, interval=3600)  # no poll
    try:
        sp = (await desk.service_points())[0].id
        entry = await desk.register_walk_in(service_point_id=sp, applicants=[person()])
        await _upgrade_elsewhere(db, breaking=True)
        with pytest.raises(errors.ReadOnlyMode) as info:   # not the driver's error
            await desk.register_walk_in(service_point_id=sp, applicants=[person()])
        assert SCHEMA_NEWER_REASON in str(info.value)
        assert desk.read_only and seen == [SCHEMA_NEWER_REASON]
        assert info.value.__cause__ is not None             # the driver's error is kept
        with pytest.raises(errors.ReadOnlyMode):
            await desk.register_walk_in(service_point_id=sp, applicants=[person()])
        assert entry.id
    finally:
        await watch.stop()
        await conn.db.dispose()


async def test_an_error_without_a_schema_change_stays_what_it_was(database_url, db):
    conn, desk, watch, seen = await _workstation(database_url, interval=3600)
    try:
        async with db.engine.begin() as c:   # a broken table, same revision
            await c.execute(text("ALTER TABLE queue_entries DROP COLUMN late_reason"))
        sp = (await desk.service_points())[0].id
        with pytest.raises(Exception) as info:
            await desk.register_walk_in(service_point_id=sp, applicants=[person()])
        assert not isinstance(info.value, errors.ReadOnlyMode)
        assert not desk.read_only and seen == [] and watch.checks == 1
    finally:
        await conn.db.dispose()
