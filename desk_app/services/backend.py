"""The one seam between the embedded SQLite file and the shared PostgreSQL server.

A ``Backend`` is chosen once, from the URL, when the engine is made (``open_database``)
and is reachable as ``Database.backend``; code that holds only a session or a connection
asks ``backend_of(session)``, code that holds only a URL ``backend_for(url)``. Every
difference between the two databases is a method or an attribute here: nothing else in
desk_app looks at the dialect's name or the URL's scheme (the migrations excepted;
tests/architecture/test_backend_seam.py checks it).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import event
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from desk_app.private_files import private_dir

SQLITE_BUSY_TIMEOUT_MS = 10_000

#: seconds to wait for one PostgreSQL host to answer a connect
PG_CONNECT_TIMEOUT_S = 10.0

_SQLITE_SCHEME = "sqlite"
_EMBEDDED_DRIVER = "sqlite+aiosqlite"


class Backend:
    """What differs between the databases. One instance per kind (they are hashable and
    may key caches of built statements)."""

    #: SQLAlchemy's backend name ("sqlite", "postgresql")
    name: ClassVar[str]
    #: the async driver's full name
    driver: ClassVar[str]
    #: PostgreSQL (the capabilities below say what that means; prefer them)
    is_postgres: ClassVar[bool]
    #: a file on this workstation: it upgrades itself, people sign in with a PIN
    embedded: ClassVar[bool]
    #: one writer at a time (SQLite's BEGIN IMMEDIATE): no row locks or key holds needed
    serialises_writers: ClassVar[bool]
    #: database logins and roles of its own: sign-in as a role, group roles and grants,
    #: the owner role, functions only some roles may run
    has_roles: ClassVar[bool]
    #: LISTEN/NOTIFY: the change feed and the call display wake on a notification
    notifies: ClassVar[bool]
    #: an action's writes in one statement (data-modifying CTEs): one round trip
    writes_in_one_statement: ClassVar[bool]
    #: change-log ids given at commit inside the server (migration 0006's trigger)
    numbers_changes_at_commit: ClassVar[bool]
    #: sequences hand out ids for bulk inserts
    has_sequences: ClassVar[bool]
    #: percentile_cont in SQL (else the statistics rank in Python)
    has_percentiles: ClassVar[bool]

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    def insert(self, table: Any):
        """An INSERT that knows ``on_conflict_do_update`` / ``on_conflict_do_nothing``."""
        raise NotImplementedError

    def lock(self, stmt):
        """``stmt`` (a SELECT) taking row locks where writers are not serialised anyway."""
        raise NotImplementedError

    def engine_options(self, url: URL, *, pool_size: int) -> dict:
        raise NotImplementedError

    def prepare(self, url: URL) -> None:
        """Before the engine is made (e.g. the file made private)."""

    def configure(self, engine: AsyncEngine) -> None:
        """After the engine is made (connection set-up, begin, liveness)."""

    def single_statement_engine(self, engine: AsyncEngine) -> AsyncEngine:
        """The engine for reads that are one statement (see ``Database``)."""
        return engine

    async def settle_after_purge(self, engine: AsyncEngine) -> None:
        """After the purge: make sure the deleted content is gone from the files."""


class SqliteBackend(Backend):
    name = "sqlite"
    driver = _EMBEDDED_DRIVER
    is_postgres = False
    embedded = True
    serialises_writers = True
    has_roles = notifies = writes_in_one_statement = numbers_changes_at_commit = False
    has_sequences = has_percentiles = False

    def insert(self, table: Any):
        return sqlite_insert(table)

    def lock(self, stmt):
        return stmt          # serialises_writers: nothing to lock

    def engine_options(self, url: URL, *, pool_size: int) -> dict:
        return {"connect_args": {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}}

    def prepare(self, url: URL) -> None:
        make_private_sqlite_file(url.database)

    def configure(self, engine: AsyncEngine) -> None:
        _configure_sqlite(engine)

    async def settle_after_purge(self, engine: AsyncEngine) -> None:
        """Moves the purged pages out of the write-ahead log into the file (where
        secure_delete has zeroed the old content) and empties the log."""
        async with engine.connect() as conn:
            await conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


class PostgresBackend(Backend):
    name = "postgresql"
    driver = "postgresql+asyncpg"
    is_postgres = True
    embedded = False
    serialises_writers = False
    has_roles = notifies = writes_in_one_statement = numbers_changes_at_commit = True
    has_sequences = has_percentiles = True

    def insert(self, table: Any):
        return pg_insert(table)

    def lock(self, stmt):
        return stmt.with_for_update()

    def engine_options(self, url: URL, *, pool_size: int) -> dict:
        # asyncpg waits 60 s for a host that does not answer; with a standby behind it,
        # the next host should be tried well before that
        return {"pool_size": pool_size, "max_overflow": 10, "pool_recycle": 1800,
                "connect_args": {"timeout": PG_CONNECT_TIMEOUT_S}}

    def configure(self, engine: AsyncEngine) -> None:
        from .database import ping_when_idle

        ping_when_idle(engine)

    def single_statement_engine(self, engine: AsyncEngine) -> AsyncEngine:
        # autocommit saves the BEGIN and COMMIT round trips (a statement is its own snapshot)
        return engine.execution_options(isolation_level="AUTOCOMMIT")

    # PostgreSQL keeps old row versions until VACUUM (docs/security.md): nothing to settle


SQLITE = SqliteBackend()
POSTGRES = PostgresBackend()
_BY_NAME: dict[str, Backend] = {b.name: b for b in (SQLITE, POSTGRES)}


def backend_for(url: str | URL) -> Backend:
    """The backend of a URL (its scheme); ValueError for another database."""
    name = (url if isinstance(url, URL) else make_url(url)).get_backend_name()
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(f"unsupported database: {name}") from None


def backend_of(bind: Any) -> Backend:
    """The backend of a session, connection or engine (sync or async)."""
    dialect = getattr(bind, "dialect", None)
    if dialect is None:       # an AsyncSession / Session: its engine's
        dialect = bind.bind.dialect
    return _BY_NAME[dialect.name]


def is_embedded_url(url: str | URL) -> bool:
    """True for a URL of the embedded SQLite file (no parsing: any string will do)."""
    return str(url).startswith(_SQLITE_SCHEME)


def is_server_url(url: str | URL) -> bool:
    """True for a URL of the PostgreSQL server (no parsing: any string will do)."""
    return str(url).startswith(POSTGRES.name)


def embedded_file(url: str | URL) -> Path | None:
    """The file an embedded URL names (None for a server or an in-memory database)."""
    text = str(url)
    if not is_embedded_url(text) or "///" not in text:
        return None
    return Path(text.split("///", 1)[1])


def embedded_url(path: str | os.PathLike) -> str:
    """The URL of the embedded database in the file ``path``."""
    return f"{_EMBEDDED_DRIVER}:///{path}"


def make_private_sqlite_file(path: str | None) -> None:
    """Creates the embedded database file readable by its user only (0600, its folder
    0700 when we make it). SQLite gives the -wal and -shm files the database file's mode."""
    if not path or path == ":memory:" or path.startswith("file:"):
        return
    p = Path(path)
    private_dir(p.parent)
    if not p.exists():
        fd = os.open(p, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def _configure_sqlite(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection, _record):  # pragma: no cover - exercised by every test
        # Let us emit BEGIN ourselves (pysqlite's implicit transactions are off).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # deleted and overwritten content is zeroed in the file (the purge leaves no trace)
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn):
        if conn.get_execution_options().get("desk_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")
