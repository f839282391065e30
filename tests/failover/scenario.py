"""A primary and a standby on this machine, and workstations writing while the primary
is lost (issue 19, item 4). Used by test_failover.py (the checks) and by
benchmarks/bench_failover.py (the figures).

* Two throwaway clusters (initdb; the standby by ``pg_basebackup -R``, streaming
  replication, synchronous: ``synchronous_standby_names = '*'``, so a commit is
  acknowledged only once the standby has it; docs/deployment.md explains why).
* Every workstation connects through one multi-host URL,
  ``postgresql://…@primary,standby/desk?target_session_attrs=read-write``: a Desk, and
  a LISTEN change feed of its own.
* Each workstation registers walk-ins in a loop, each with an idempotency key; an action
  that fails is retried with the same key until it is acknowledged.
* Mid-stream the primary is stopped with ``-m immediate`` (a crash: no shutdown
  checkpoint, no goodbye to the clients) and the standby is promoted.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

PG_BIN = Path(os.environ.get("DESK_PG_BIN", "/usr/lib/postgresql/15/bin"))


def _as_postgres(*cmd: str) -> list[str]:
    if os.geteuid() == 0 and shutil.which("runuser"):
        return ["runuser", "-u", "postgres", "--", *cmd]
    return list(cmd)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgCluster:
    def __init__(self, directory: Path, port: int) -> None:
        self.dir, self.port = directory, port
        self.data = directory / "data"

    def _run(self, *cmd: str, timeout: float = 60) -> None:
        subprocess.run(_as_postgres(*cmd), check=True, capture_output=True, timeout=timeout)

    def ctl(self, *args: str) -> None:
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "log"),
                  "-w", "-t", "30", *args)

    def start(self) -> None:
        self.ctl("-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 "
                       f"-c max_connections=60 -c fsync=off", "start")

    def stop(self, mode: str = "fast") -> None:
        self.ctl("-m", mode, "stop")

    def promote(self) -> None:
        self.ctl("promote")

    def dsn(self, database: str = "desk") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"


def _own(directory: Path) -> None:
    if os.geteuid() == 0:
        shutil.chown(directory, "postgres", "postgres")


def make_pair(root: Path) -> tuple[PgCluster, PgCluster]:
    """A primary with a database ``desk`` (migrated, reference data seeded) and a
    streaming, synchronous standby. Raises when the binaries are missing."""
    if not (PG_BIN / "initdb").exists():
        raise FileNotFoundError(PG_BIN / "initdb")
    _own(root)
    primary = PgCluster(root / "primary", free_port())
    primary.dir.mkdir()
    _own(primary.dir)
    primary._run(str(PG_BIN / "initdb"), "-D", str(primary.data), "-U", "postgres",
                 "-A", "trust", "--no-sync")
    with (primary.data / "postgresql.conf").open("a") as conf:
        conf.write("\nwal_level = replica\nmax_wal_senders = 5\nhot_standby = on\n")
    primary.start()
    import asyncpg

    from tests.conftest import _migrate_and_seed

    async def create() -> None:
        conn = await asyncpg.connect(primary.dsn("postgres"))
        await conn.execute("CREATE DATABASE desk")
        await conn.close()

    asyncio.run(create())
    asyncio.run(_migrate_and_seed(primary.dsn().replace("postgresql://", "postgresql+asyncpg://")))
    standby = PgCluster(root / "standby", free_port())
    standby.dir.mkdir()
    _own(standby.dir)
    primary._run(str(PG_BIN / "pg_basebackup"), "-h", "127.0.0.1", "-p", str(primary.port),
                 "-U", "postgres", "-D", str(standby.data), "-R", "-X", "stream",
                 "-c", "fast", "--no-sync", timeout=120)
    standby.start()

    async def synchronous() -> None:
        conn = await asyncpg.connect(primary.dsn("postgres"))
        try:
            for _ in range(100):
                if await conn.fetchval("SELECT count(*) FROM pg_stat_replication "
                                       "WHERE state = 'streaming'"):
                    break
                await asyncio.sleep(0.1)
            else:
                raise RuntimeError("the standby does not stream")
            await conn.execute("ALTER SYSTEM SET synchronous_standby_names = '*'")
            await conn.execute("SELECT pg_reload_conf()")
            for _ in range(100):
                if await conn.fetchval("SELECT count(*) FROM pg_stat_replication "
                                       "WHERE sync_state = 'sync'"):
                    return
                await asyncio.sleep(0.1)
            raise RuntimeError("the standby did not become synchronous")
        finally:
            await conn.close()

    asyncio.run(synchronous())
    return primary, standby


def multi_host_url(primary: PgCluster, standby: PgCluster) -> str:
    return (f"postgresql://postgres@127.0.0.1:{primary.port},127.0.0.1:{standby.port}/desk"
            f"?target_session_attrs=read-write")


@dataclass
class Workstation:
    name: str
    desk: object = None
    feed: object = None
    seen: list[int] = field(default_factory=list)             # change ids, in order
    acked: dict[str, int] = field(default_factory=dict)       # key -> entry id
    replayed: int = 0                                         # acks found committed
    reported: list[tuple[str, object]] = field(default_factory=list)  # (key, applied)
    first_ack_after_loss: float | None = None
    statuses: list[bool] = field(default_factory=list)

    def on_changes(self, records) -> None:
        self.seen.extend(r.id for r in records)


@dataclass
class Outcome:
    workstations: list[Workstation]
    start_change_id: int
    loss_at: float
    promoted_after_s: float
    final_change_ids: list[int]
    entry_ids_by_key: dict[str, list[int]]
    listener_connects: list[int]

    @property
    def recovery_s(self) -> list[float]:
        return [w.first_ack_after_loss - self.loss_at for w in self.workstations]


async def run_failover(primary: PgCluster, standby: PgCluster, *, workstations: int = 3,
                       before_s: float = 1.5, acks_after: int = 5,
                       promote_delay_s: float = 0.0, timeout_s: float = 90.0) -> Outcome:
    from sqlalchemy import select

    from desk_app.models import ChangeLog
    from desk_app.services.change_feed import make_change_feed
    from desk_app.services.changes import last_change_id
    from desk_app.services.database import DatabaseUnavailable, open_database
    from desk_app.services.idempotency import new_key
    from tests.support import Clock, at, desk_for, person

    url = multi_host_url(primary, standby)
    stations = [Workstation(f"ws{i}") for i in range(workstations)]
    dbs = []
    for ws in stations:
        db = open_database(url)
        dbs.append(db)
        ws.desk = await desk_for(db, "info1", clock=Clock(at(9)), station=ws.name)
        ws.feed = make_change_feed(db, ws.on_changes, reconnect_max=0.5,
                                   on_status=lambda online, _d, ws=ws: ws.statuses.append(online))
    async with dbs[0].read() as s:
        start = await last_change_id(s)
    for ws in stations:
        await ws.feed.start(start)
    sp = (await stations[0].desk.service_points())[0].id
    loss_at: float | None = None
    stop = asyncio.Event()

    async def work(ws: Workstation) -> None:
        while not stop.is_set():
            key = new_key()
            started, failed = time.monotonic(), False
            while True:
                try:
                    view = await ws.desk.register_walk_in(
                        service_point_id=sp, applicants=[person(ws.name, key)], key=key)
                except DatabaseUnavailable as exc:
                    ws.reported.append((key, getattr(exc, "applied", "?")))
                    failed = True
                    await asyncio.sleep(0.1)
                    continue       # the same key again: applied once, whatever happened
                ws.acked[key] = view.id
                ws.replayed += bool(getattr(view, "replayed", False))
                # accepted after the loss: begun once the primary was gone, or failed
                # against it first (one acknowledged just before the crash is no proof)
                if (loss_at is not None and ws.first_ack_after_loss is None
                        and (failed or started >= loss_at)):
                    ws.first_ack_after_loss = time.monotonic()
                break
            await asyncio.sleep(0.02)

    tasks = [asyncio.create_task(work(ws)) for ws in stations]
    await asyncio.sleep(before_s)
    await asyncio.to_thread(primary.stop, "immediate")
    loss_at = time.monotonic()      # the primary is gone (pg_ctl has returned)
    if promote_delay_s:
        await asyncio.sleep(promote_delay_s)
    await asyncio.to_thread(standby.promote)
    promoted_after = time.monotonic() - loss_at
    acked_at_loss = {ws.name: len(ws.acked) for ws in stations}
    deadline = time.monotonic() + timeout_s
    while any(len(ws.acked) < acked_at_loss[ws.name] + acks_after for ws in stations):
        if time.monotonic() > deadline or any(t.done() for t in tasks):
            break
        await asyncio.sleep(0.1)
    stop.set()
    await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), 60)
    # every feed catches up to the newest change on the new primary
    async with dbs[0].read() as s:
        final_ids = list((await s.execute(select(ChangeLog.id).where(
            ChangeLog.id > start).order_by(ChangeLog.id))).scalars())
    newest = final_ids[-1] if final_ids else start
    # and every listener is back: a feed catches up through the pool on its own, while
    # its listener may still be in its reconnect backoff (CI saw connects [2, 1, 2])
    for _ in range(300):
        if all(ws.feed.last_id >= newest and ws.feed.listener.connected for ws in stations):
            break
        await asyncio.sleep(0.1)
    connects = [ws.feed.listener.connects for ws in stations]
    for ws in stations:
        await ws.feed.stop()
    # the entries each key made (the applicant is named workstation/key)
    from desk_app.models import Applicant, EntryApplicant
    by_key: dict[str, list[int]] = {}
    async with dbs[0].read() as s:
        rows = (await s.execute(select(Applicant.family_name, Applicant.given_name,
                                       EntryApplicant.entry_id)
                                .join(EntryApplicant, EntryApplicant.applicant_id == Applicant.id)
                                .where(Applicant.family_name.like("ws%")))).all()
    for family, given, entry_id in rows:
        by_key.setdefault(f"{family}/{given}", []).append(entry_id)
    for db in dbs:
        await db.dispose()
    return Outcome(workstations=stations, start_change_id=start, loss_at=loss_at,
                   promoted_after_s=promoted_after, final_change_ids=final_ids,
                   entry_ids_by_key=by_key, listener_connects=connects)


def temp_root() -> Path:
    return Path(tempfile.mkdtemp(prefix="desk-failover-"))


def remove_pair(root: Path, *clusters: PgCluster) -> None:
    for c in clusters:
        try:
            c.stop("immediate")
        except Exception:
            pass
    shutil.rmtree(root, ignore_errors=True)
