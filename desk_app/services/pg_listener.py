"""LISTEN on PostgreSQL over a connection of its own (asyncpg, outside the SQLAlchemy pool),
kept alive by itself: when the connection dies (backend terminated, server restarted,
network gone) it says so, reconnects with backoff and LISTENs again.

Qt-free. Payloads are opaque strings to this module (the change feed sends ids only).
"""

from __future__ import annotations

import asyncio
import logging
import random
from typing import Callable

import asyncpg
from sqlalchemy.engine import URL

log = logging.getLogger(__name__)


def listener_dsn(url: URL) -> str:
    """The plain libpq DSN asyncpg wants, from a SQLAlchemy URL (driver name stripped).
    SQLAlchemy's multi-host form (``?host=a:1&host=b:2``) becomes libpq's
    ``postgresql://user@a:1,b:2/db?...``, so the listener follows a failover too.
    The engine's ``ssl=verify-full`` (asyncpg's connect argument) is libpq's ``sslmode``
    in a DSN."""
    if "ssl" in url.query and "sslmode" not in url.query:
        url = url.difference_update_query(["ssl"]).update_query_dict(
            {"sslmode": url.query["ssl"]})
    hosts = url.query.get("host")
    if not hosts or isinstance(hosts, str) and "," not in hosts and ":" not in hosts:
        return url.set(drivername="postgresql").render_as_string(hide_password=False)
    if isinstance(hosts, str):
        hosts = (hosts,)
    from urllib.parse import quote, urlencode

    auth = ""
    if url.username:
        auth = quote(url.username, safe="")
        if url.password:
            auth += ":" + quote(str(url.password), safe="")
        auth += "@"
    query = [(k, v) for k, vs in url.query.items() if k != "host"
             for v in (vs if isinstance(vs, tuple) else (vs,))]
    return (f"postgresql://{auth}{','.join(hosts)}/{quote(url.database or '', safe='')}"
            + (f"?{urlencode(query)}" if query else ""))


class PgListener:
    """One LISTEN connection with automatic reconnect.

    ``on_notify(payload)`` runs for every notification; ``on_connected()`` after every
    successful (re)connect and LISTEN — the place to catch up on what was missed;
    ``on_lost(reason)`` when the connection is gone (before the backoff starts).
    A cheap ``SELECT 1`` every ``check_interval`` seconds finds half-open connections
    that no termination event reports.
    """

    def __init__(self, dsn: str, channel: str, *, on_notify: Callable[[str], None],
                 on_connected: Callable[[], None] | None = None,
                 on_lost: Callable[[str], None] | None = None,
                 connect_timeout: float = 5.0, check_interval: float = 5.0,
                 reconnect_min: float = 0.2, reconnect_max: float = 10.0) -> None:
        self._dsn = dsn
        self.channel = channel
        self.on_notify = on_notify
        self.on_connected = on_connected
        self.on_lost = on_lost
        self.connect_timeout = connect_timeout
        self.check_interval = check_interval
        self.reconnect_min = reconnect_min
        self.reconnect_max = reconnect_max
        self.connection: asyncpg.Connection | None = None
        self.connects = 0          # successful connects, for tests and benchmarks
        self.notifications = 0
        self._lost = asyncio.Event()
        self._busy = asyncio.Lock()   # one operation at a time on the connection

    @property
    def connected(self) -> bool:
        return self.connection is not None and not self.connection.is_closed()

    @property
    def server_pid(self) -> int | None:
        return self.connection.get_server_pid() if self.connected else None

    async def fetch(self, sql: str, *args, timeout: float | None = None) -> list:
        """Runs a query on the listening connection (one round trip, no pool checkout,
        no BEGIN/COMMIT). A timeout drops the connection, which makes the loop reconnect."""
        conn = self.connection
        if conn is None or conn.is_closed():
            raise ConnectionError("listener not connected")
        async with self._busy:
            try:
                return await asyncio.wait_for(conn.fetch(sql, *args),
                                              timeout or self.connect_timeout)
            except asyncio.TimeoutError:
                conn.terminate()
                raise

    # -- one connection ------------------------------------------------------------------
    def _notified(self, _conn, _pid, _channel, payload: str) -> None:
        self.notifications += 1
        try:
            self.on_notify(payload)
        except Exception:  # a broken callback must not kill the listener
            log.exception("listener callback failed")

    def _terminated(self, _conn) -> None:
        self._lost.set()

    async def _connect(self) -> None:
        conn = await asyncpg.connect(self._dsn, timeout=self.connect_timeout)
        try:
            conn.add_termination_listener(self._terminated)
            await conn.add_listener(self.channel, self._notified)
        except BaseException:
            conn.terminate()
            raise
        self._lost = asyncio.Event()
        self.connection = conn
        self.connects += 1

    async def _watch(self) -> str:
        """Returns (with a reason) when the connection is lost."""
        while True:
            try:
                await asyncio.wait_for(self._lost.wait(), self.check_interval)
                return "connection closed"
            except asyncio.TimeoutError:
                pass
            conn = self.connection
            if conn is None or conn.is_closed():
                return "connection closed"
            if self._busy.locked():
                continue          # a query is running on it: the connection is alive
            try:
                async with self._busy:
                    await asyncio.wait_for(conn.fetchval("SELECT 1"), self.connect_timeout)
            except (asyncio.TimeoutError, asyncpg.PostgresError, OSError,
                    asyncpg.InterfaceError) as exc:
                return f"health check failed: {type(exc).__name__}"

    async def _drop(self) -> None:
        conn, self.connection = self.connection, None
        if conn is not None and not conn.is_closed():
            conn.terminate()  # no graceful close: the socket may be half-open

    # -- the loop ------------------------------------------------------------------------
    async def run(self) -> None:
        """Connects, listens, and reconnects forever (until cancelled)."""
        delay = self.reconnect_min
        try:
            while True:
                try:
                    await self._connect()
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    reason = f"connect failed: {type(exc).__name__}"
                    log.warning("listener: %s; retry in %.1f s", reason, delay)
                    if self.on_lost is not None:
                        self.on_lost(reason)
                    await asyncio.sleep(delay * random.uniform(0.8, 1.2))
                    delay = min(delay * 2, self.reconnect_max)
                    continue
                delay = self.reconnect_min
                if self.on_connected is not None:
                    self.on_connected()
                reason = await self._watch()
                log.warning("listener: %s", reason)
                await self._drop()
                if self.on_lost is not None:
                    self.on_lost(reason)
                # the first retry comes at once: a single terminated backend is the
                # common case, and the server is usually still there
        finally:
            await self._drop()
