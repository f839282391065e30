"""Engines and sessions for the embedded SQLite file and the shared PostgreSQL."""

from __future__ import annotations

import contextlib
import logging
import re
import time
from dataclasses import dataclass, field
from typing import AsyncIterator

from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session

from .backend import Backend, backend_for, backend_of

log = logging.getLogger(__name__)


class DatabaseUnavailable(Exception):
    """The database cannot be reached. The message names the URL without its password.

    ``applied`` (set by Desk for writes): False when the action surely was not applied,
    None when the connection was lost after COMMIT was sent (it may have been applied;
    retrying with ``key`` is safe, it is applied at most once)."""

    applied: bool | None = False
    key: str | None = None

    def __init__(self, url: str | URL, detail: str) -> None:
        self.url = safe_url(url)
        self.detail = detail
        super().__init__(f"Datenbank nicht erreichbar: {self.url} ({detail})")


class DatabaseBusy(DatabaseUnavailable):
    """The embedded database stayed locked by another process (SQLite's "database is
    locked" past the busy timeout and the retries): the action surely was not applied,
    and trying again with the same key is safe."""

    def __init__(self, url: str | URL) -> None:
        super().__init__(url, "database is locked")


class SignInFailed(DatabaseUnavailable):
    """The server answered but refused the sign-in: ``reason`` is one of REASONS."""

    REASONS = {
        "password": "Passwort falsch",
        "unknown_user": "Benutzer unbekannt oder nicht zugelassen",
        "missing_database": "Datenbank gibt es nicht",
        "not_permitted": "keine Berechtigung für diese Datenbank",
    }

    def __init__(self, url: str | URL, reason: str) -> None:
        self.reason = reason
        super().__init__(url, self.REASONS[reason])
        self.args = (f"Anmeldung an der Datenbank abgelehnt: {self.url} ({self.detail})",)


class InvalidDatabaseUrl(ValueError):
    """The database URL cannot be read. The message never repeats any part of it (a
    password with an unencoded @ or : would otherwise show up in the host or port)."""

    def __init__(self) -> None:
        super().__init__(
            "Die Datenbank-URL ist ungültig. Erwartet: postgresql://benutzer@rechner:port/"
            "datenbank oder sqlite:///pfad; Sonderzeichen im Passwort prozentkodiert "
            "(@ als %40, : als %3A, / als %2F).")


def parse_url(url: str | URL) -> URL:
    """The URL parsed, or InvalidDatabaseUrl (whose text holds no part of ``url``)."""
    if isinstance(url, URL):
        return url
    try:
        u = normalize_url(url)   # also libpq's multi-host form (db1,db2)
    except Exception:
        raise InvalidDatabaseUrl() from None
    # "u:p@ss@host" parses as password "p" at host "ss@host": part of the password
    if any(ch in (u.host or "") for ch in "@/") or "@" in (u.username or ""):
        raise InvalidDatabaseUrl()
    return u


def safe_url(url: str | URL) -> str:
    try:
        return parse_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL still must not leak a password
        return "<ungültige Datenbank-URL>"


_MULTI_HOST = re.compile(r"^(?P<scheme>[A-Za-z0-9+]+)://(?:(?P<auth>[^@/]*)@)?"
                         r"(?P<hosts>[^/?@]*,[^/?@]*)(?P<rest>[/?].*)?$")
PG_DEFAULT_PORT = 5432


def normalize_url(url: str | URL) -> URL:
    """A SQLAlchemy URL, also from libpq's multi-host form
    ``postgresql://user@db1,db2:5433/desk?target_session_attrs=read-write``, which becomes
    ``postgresql://user@/desk?host=db1:5432&host=db2:5433&target_session_attrs=...``
    (SQLAlchemy's form; asyncpg tries the hosts in order and, with
    ``target_session_attrs=read-write``, takes the one that accepts writes)."""
    if isinstance(url, URL):
        return url
    m = _MULTI_HOST.match(url)
    if not m:
        return make_url(url)
    hosts = [h if ":" in h.rsplit("]", 1)[-1] else f"{h}:{PG_DEFAULT_PORT}"
             for h in m.group("hosts").split(",") if h]
    rest = m.group("rest") or "/"
    path, _, query = rest.partition("?")
    auth = f"{m.group('auth')}@" if m.group("auth") is not None else ""
    base = make_url(f"{m.group('scheme')}://{auth}{path if path.startswith('/') else '/' + path}"
                    + (f"?{query}" if query else ""))
    return base.update_query_pairs([("host", h) for h in hosts], append=True)


def hosts_of(url: str | URL) -> list[tuple[str, int]]:
    """The (host, port) pairs a PostgreSQL URL names, in order (one for a plain URL)."""
    u = normalize_url(url)
    hosts = u.query.get("host")
    if hosts:
        pairs = []
        for h in (hosts if isinstance(hosts, tuple) else (hosts,)):
            name, _, port = h.rpartition(":")
            pairs.append((name, int(port)) if name else (h, PG_DEFAULT_PORT))
        return pairs
    return [(u.host or "localhost", u.port or PG_DEFAULT_PORT)]


def async_url(url: str | URL) -> URL:
    """Maps plain URLs to the async drivers: sqlite → aiosqlite, postgresql → asyncpg."""
    u = parse_url(url)
    try:
        driver = backend_for(u).driver
    except ValueError:    # another database: left as it is (create_engine names it)
        return u
    return u if u.drivername == driver else u.set(drivername=driver)


class WriteSession(Session):
    """The sync half of a write session; it notes when COMMIT was sent (see below)."""


@event.listens_for(WriteSession, "before_commit")
def _commit_sent(session: Session) -> None:
    session.info["desk_commit_sent"] = True


def commit_was_sent(session: AsyncSession) -> bool:
    """True once the session has started to commit: a connection lost after that point
    may or may not have committed; lost before it, the transaction surely rolled back."""
    return bool(session.sync_session.info.get("desk_commit_sent"))


@dataclass
class Database:
    """One engine; ``read()`` and ``write()`` give sessions for one transaction.

    On SQLite writes begin with ``BEGIN IMMEDIATE`` so that two writers never deadlock
    on a lock upgrade, and reads begin deferred so they never wait for a writer (WAL).
    ``backend`` holds every difference between the databases (services/backend.py).
    """

    engine: AsyncEngine
    url: URL
    backend: Backend = field(default=None)  # type: ignore[assignment]  # from the engine

    def __post_init__(self) -> None:
        if self.backend is None:
            self.backend = backend_of(self.engine)
        self._write_engine = self.engine.execution_options(desk_write=True)
        self._read_sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        # One-statement reads need no transaction: on PostgreSQL they run in autocommit,
        # which saves the BEGIN and COMMIT round trips (a statement is its own snapshot).
        # SQLite keeps its deferred read transaction (no network, nothing to save).
        single = self.backend.single_statement_engine(self.engine)
        self._single_read_sessions = async_sessionmaker(single, expire_on_commit=False)
        self._write_sessions = async_sessionmaker(self._write_engine, expire_on_commit=False,
                                                  sync_session_class=WriteSession)

    @property
    def dialect(self) -> str:
        return self.backend.name

    @property
    def is_postgres(self) -> bool:
        return self.backend.is_postgres

    @property
    def display_url(self) -> str:
        return safe_url(self.url)

    def read_session(self) -> AsyncSession:
        return self._read_sessions()

    def single_read_session(self) -> AsyncSession:
        """A session for a read that is one statement (see above)."""
        return self._single_read_sessions()

    def write_session(self) -> AsyncSession:
        return self._write_sessions()

    @contextlib.asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        async with self._read_sessions() as session, session.begin():
            yield session

    async def dispose(self) -> None:
        await self.engine.dispose()


def open_database(url: str | URL, *, echo: bool = False, pool_size: int = 5) -> Database:
    """The engine for ``url``; its backend (services/backend.py) is chosen here, once."""
    u = async_url(url)
    backend = backend_for(u)
    backend.prepare(u)
    # statement parameters (names, birth dates) never go into a log or an error's text
    engine = create_async_engine(u, echo=echo, hide_parameters=True,
                                 **backend.engine_options(u, pool_size=pool_size))
    backend.configure(engine)
    return Database(engine=engine, url=u, backend=backend)


#: a pooled connection unused for longer than this is tested before it is handed out
IDLE_PING_AFTER_S = 5.0


def ping_when_idle(engine: AsyncEngine) -> None:
    """SQLAlchemy's pool_pre_ping, but only for connections that sat idle.

    A ping is one more round trip before every use, about a quarter of a check-in's time.
    A connection that was used a moment ago is almost always alive; one that sat in the
    pool over a server restart is not. A connection that dies between two quick uses
    still surfaces as a disconnect, which Desk retries (reads, and writes by their
    idempotency key)."""
    pool = engine.sync_engine.pool

    @event.listens_for(pool, "checkin")
    def _returned(_dbapi_connection, record):  # pragma: no cover - exercised by every test
        if record is not None:
            record.info["desk_returned_at"] = time.monotonic()

    @event.listens_for(pool, "checkout")
    def _handed_out(dbapi_connection, record, _proxy):
        returned = record.info.get("desk_returned_at")
        if returned is None or time.monotonic() - returned < IDLE_PING_AFTER_S:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:  # the driver's own error for a dead socket
            log.info("pooled connection dead after %.0f s idle (%s); replacing it",
                     time.monotonic() - returned, type(exc).__name__)
            raise DisconnectionError() from exc
        if alive is False:
            raise DisconnectionError()
