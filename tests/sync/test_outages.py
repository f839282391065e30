"""Outages: the feed says it is offline, reconnects by itself with backoff, LISTENs again
and catches up every missed change; an action in flight when the connection died is
retried with its idempotency key and applied exactly once, or reported as not applied."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from desk_app.domain.states import Action, State
from desk_app.models import AuditEvent, ChangeLog, QueueEntry
from desk_app.services import queue_actions
from desk_app.services.change_feed import make_change_feed
from desk_app.services.database import DatabaseUnavailable, open_database
from desk_app.services.idempotency import new_key
from tests.support import Clock, at, desk_for, person
from tests.sync.conftest import (allow_connections, backend_pid, db_name, terminate_backends,
                                 wait_until)
from tests.sync.test_change_feed import Sink


async def _effects(db, entry_id: int) -> tuple[int, int, int]:
    """(CALL audit rows, call_count, change-log rows 'call') of an entry."""
    async with db.read() as s:
        audits = await s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity_id == entry_id, AuditEvent.action == Action.CALL.value))
        count = await s.scalar(select(QueueEntry.call_count).where(QueueEntry.id == entry_id))
        changes = await s.scalar(select(func.count()).select_from(ChangeLog).where(
            ChangeLog.entity == "entry", ChangeLog.entity_id == entry_id, ChangeLog.op == "call"))
    return audits, count, changes


async def _setup(db):
    clock = Clock(at(9))
    reception = await desk_for(db, "info1", clock=clock)
    clerk = await desk_for(db, "sbbi1", counter="Schalter I1", clock=clock)
    sp = (await reception.service_points())[0].id
    entry = await reception.register_walk_in(service_point_id=sp, applicants=[person()])
    return clerk, sp, entry


def _kill_own_connection(session) -> None:
    """The connection dies under this session (server side on PostgreSQL)."""
    if session.bind.dialect.name == "postgresql":
        session.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))
    else:
        raise ConnectionResetError("connection reset (simulated)")


async def test_commit_done_but_answer_lost_is_replayed_not_repeated(db):
    clerk, sp, entry = await _setup(db)
    attempts = []

    async def lose_answer_once(session, *a, **k):
        attempts.append(k["key"])
        result = await queue_actions.call_next(session, *a, **k)   # committed
        if len(attempts) == 1:
            await session.run_sync(_kill_own_connection)            # the answer is lost
        return result

    key = new_key()
    view = await clerk.write(lose_answer_once, clerk.ctx, service_point_id=sp,
                             counter_id=clerk.ctx.actor.counter_id, key=key)
    assert attempts == [key, key]
    assert view.id == entry.id and view.state == State.CALLED and view.replayed
    assert await _effects(db, entry.id) == (1, 1, 1)


async def test_connection_dies_before_commit_retry_applies_once(db):
    clerk, sp, entry = await _setup(db)
    attempts = []

    async def die_in_commit_once(session, *a, **k):
        attempts.append(k["key"])
        if len(attempts) == 1:
            event.listen(session.sync_session, "before_commit", _kill_own_connection)
        return await queue_actions.call_next(session, *a, **k)

    view = await clerk.write(die_in_commit_once, clerk.ctx, service_point_id=sp,
                             counter_id=clerk.ctx.actor.counter_id, key=new_key())
    assert len(attempts) == 2 and len(set(attempts)) == 1
    assert view.state == State.CALLED and not view.replayed
    assert await _effects(db, entry.id) == (1, 1, 1)


async def test_a_write_without_key_is_not_retried_after_a_lost_connection(db):
    clerk, sp, entry = await _setup(db)
    attempts = []

    async def no_key(session):
        attempts.append(1)
        async with session.begin():
            await session.run_sync(_kill_own_connection)

    with pytest.raises(DatabaseUnavailable):
        await clerk.write(no_key)
    assert attempts == [1]


@pytest.mark.postgres
async def test_feed_and_actions_through_terminated_backends(pg_database_url, open_db):
    """pg_terminate_backend on the listener's and the pool's backends while the database
    refuses new connections: offline, nothing applied; back: reconnects, LISTENs again,
    catches up every change made meanwhile; the action retried with its key applies once."""
    name = db_name(pg_database_url)
    db, writer = open_db(pg_database_url), open_db(pg_database_url)
    sink = Sink()
    feed = make_change_feed(db, sink, on_status=sink.status, reconnect_max=0.5)
    await feed.start()
    start = feed.last_id
    await wait_until(lambda: feed.listener.connected, what="LISTEN")
    clerk, sp, entry = await _setup(db)
    wclock = Clock(at(9))
    wdesk = await desk_for(writer, "info1", clock=wclock, station="writer")
    writer_pid = await backend_pid(writer)
    listener_pid = feed.listener.server_pid
    await wait_until(lambda: len(sink.ids) == 1, what="the first change")

    await allow_connections(name, False)
    try:
        killed = await terminate_backends(name, keep=(writer_pid,))
        assert killed >= 2      # the listener and the feed's / clerk's pool connection
        await wait_until(lambda: not feed.online, what="offline")
        key = new_key()
        with pytest.raises(DatabaseUnavailable) as lost:
            await clerk.call_next(service_point_id=sp, key=key)
        assert lost.value.applied is False and lost.value.key == key
        assert "nicht ausgeführt" in str(lost.value)
        for _ in range(5):   # the office goes on: another workstation still has its connection
            await wdesk.register_walk_in(service_point_id=sp, applicants=[person()])
        await asyncio.sleep(0.3)
        assert len(sink.ids) == 1 and not feed.online
    finally:
        await allow_connections(name, True)

    await wait_until(lambda: feed.online and len(sink.ids) == 6, timeout=15, what="catch-up")
    assert feed.listener.connects >= 2 and feed.listener.server_pid != listener_pid
    assert sink.statuses[0][0] is False and sink.statuses[-1] == (True, "")
    assert sink.contiguous_from(start)
    assert await _effects(db, entry.id) == (0, 0, 0)           # not applied while offline
    again = await clerk.call_next(service_point_id=sp, key=key)  # the same key, once back
    assert again.id == entry.id and not again.replayed
    await wait_until(lambda: len(sink.ids) == 7, what="the call")
    await feed.stop()
    assert await _effects(db, entry.id) == (1, 1, 1)


# -- a throwaway cluster that can be stopped and started -------------------------------
PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _as_postgres(*cmd: str) -> list[str]:
    if os.geteuid() == 0 and shutil.which("runuser"):
        return ["runuser", "-u", "postgres", "--", *cmd]
    return list(cmd)


class Cluster:
    def __init__(self, directory: Path, port: int) -> None:
        self.dir, self.port = directory, port

    def ctl(self, *args: str) -> None:
        subprocess.run(_as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.dir / "data"),
                                    "-l", str(self.dir / "log"), "-w", "-t", "20", *args),
                       check=True, capture_output=True, timeout=30)

    def start(self) -> None:
        self.ctl("-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 "
                       f"-c fsync=off -c max_connections=40", "start")

    def stop(self) -> None:
        self.ctl("-m", "fast", "stop")

    @property
    def url(self) -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/desk"


@pytest.fixture(scope="module")
def throwaway_cluster():
    initdb = PG_BIN / "initdb"
    if not initdb.exists():
        pytest.skip(f"no {initdb}: cannot make a throwaway cluster")
    directory = Path(tempfile.mkdtemp(prefix="desk-cluster-"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    try:
        if os.geteuid() == 0:
            shutil.chown(directory, "postgres", "postgres")
        subprocess.run(_as_postgres(str(initdb), "-D", str(directory / "data"), "-U",
                                    "postgres", "-A", "trust", "--no-sync"),
                       check=True, capture_output=True, timeout=60)
        cluster = Cluster(directory, port)
        cluster.start()
    except (subprocess.SubprocessError, OSError, LookupError) as exc:
        shutil.rmtree(directory, ignore_errors=True)
        pytest.skip(f"cannot create a throwaway PostgreSQL cluster: {exc}")
    try:
        import asyncpg
        from tests.conftest import _migrate_and_seed

        async def create():
            conn = await asyncpg.connect(f"postgresql://postgres@127.0.0.1:{port}/postgres")
            await conn.execute("CREATE DATABASE desk")
            await conn.close()

        asyncio.run(create())
        asyncio.run(_migrate_and_seed(cluster.url))
        yield cluster
    finally:
        try:
            cluster.stop()
        except Exception:
            pass
        shutil.rmtree(directory, ignore_errors=True)


@pytest.mark.postgres
async def test_server_restart_offline_then_reconnect_and_catch_up(throwaway_cluster, open_db):
    cluster = throwaway_cluster
    db, writer = open_db(cluster.url), open_db(cluster.url)
    sink = Sink()
    feed = make_change_feed(db, sink, on_status=sink.status, reconnect_max=0.5)
    await feed.start()
    start = feed.last_id
    await wait_until(lambda: feed.listener.connected, what="LISTEN")
    clerk, sp, entry = await _setup(db)
    wdesk = await desk_for(writer, "info1", clock=Clock(at(9)), station="writer")
    await wait_until(lambda: len(sink.ids) == 1, what="the first change")

    await asyncio.to_thread(cluster.stop)
    try:
        await wait_until(lambda: not feed.online, what="offline")
        with pytest.raises(DatabaseUnavailable) as lost:
            await clerk.call_next(service_point_id=sp)
        assert lost.value.applied is False
    finally:
        await asyncio.to_thread(cluster.start)
    # changes right after the restart, likely before the listener is back: caught up
    for _ in range(4):
        await wdesk.register_walk_in(service_point_id=sp, applicants=[person()])
    await wait_until(lambda: feed.online and len(sink.ids) == 5, timeout=20, what="catch-up")
    called = await clerk.call_next(service_point_id=sp)
    await wait_until(lambda: len(sink.ids) == 6, what="the call after the restart")
    await feed.stop()
    assert called.id == entry.id
    assert feed.listener.connects >= 2
    assert [s for s, _ in sink.statuses][:1] == [False] and sink.statuses[-1] == (True, "")
    assert sink.contiguous_from(start)


async def test_a_pooled_connection_that_died_while_idle_is_replaced_before_use(
        pg_database_url, open_db, monkeypatch):
    """Connections that sat idle in the pool are pinged before use (a server restart
    overnight); the dead one is replaced and the caller never sees it."""
    from desk_app.services import database

    monkeypatch.setattr(database, "IDLE_PING_AFTER_S", 0.0)
    db = open_db(pg_database_url, pool_size=1)
    first = await backend_pid(db)
    await terminate_backends(db_name(pg_database_url))
    second = await backend_pid(db)   # no error: the ping found it dead
    assert second != first


async def test_a_connection_used_a_moment_ago_is_not_pinged(pg_database_url, open_db,
                                                             monkeypatch):
    """The other side of the same rule: no ping round trip for a connection that was just
    in use (it would cost every action a round trip). A connection that died in between
    surfaces as a disconnect, which Desk retries: the read, and the write by its key."""
    from desk_app.services import database

    monkeypatch.setattr(database, "IDLE_PING_AFTER_S", 3600.0)
    db = open_db(pg_database_url, pool_size=1)
    pings = []
    monkeypatch.setattr(db.engine.dialect, "do_ping", lambda conn: pings.append(conn) or True)
    clerk, sp, entry = await _setup(db)
    first = await backend_pid(db)
    assert pings == []
    await terminate_backends(db_name(pg_database_url))
    assert [e.id for e in await clerk.day_queue()] == [entry.id]
    second = await backend_pid(db)
    assert second != first
    await terminate_backends(db_name(pg_database_url))
    called = await clerk.call_next(service_point_id=sp)
    assert called.id == entry.id and called.state == State.CALLED and not called.replayed
    assert await _effects(db, entry.id) == (1, 1, 1)
    assert pings == []
