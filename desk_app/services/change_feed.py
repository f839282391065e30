"""The change feed: tells a workstation what changed since its last seen change id.

Two forms behind one interface (``make_change_feed`` picks by the database):

* ``ChangeFeed`` polls "changes after my last id" (SQLite; default every 500 ms).
* ``ListenChangeFeed`` (PostgreSQL) LISTENs on its own asyncpg connection outside the
  SQLAlchemy pool. A notification carries only the highest new change id; it merely wakes
  the catch-up task, so a burst of notifications costs one catch-up query. After every
  (re)connect it LISTENs again and catches up, so nothing missed while offline is lost.

Change ids are taken from a locked counter row in the writing transaction (see
changes.py), so they become visible in commit order and "changes after my last id" never
skips one. Qt-free: the UI hands in callbacks.

Callbacks: ``on_changes(list[ChangeRecord])`` (plain or async) gets every change exactly
once, in id order; ``on_status(online: bool, detail: str)`` on every change of
connectivity (detail names the error type only, never the URL or personal data).
"""

from __future__ import annotations

import asyncio
import logging
import random
from typing import Awaitable, Callable

from .changes import NOTIFY_CHANNEL, ChangeRecord, changes_after, last_change_id
from .database import Database

log = logging.getLogger(__name__)

ChangeCallback = Callable[[list[ChangeRecord]], Awaitable[None] | None]
StatusCallback = Callable[[bool, str], None]


class ChangeFeed:
    """The polling feed; also the base of the LISTEN feed (same catch_up)."""

    def __init__(self, db: Database, on_changes: ChangeCallback, *,
                 on_status: StatusCallback | None = None, poll_interval: float = 0.5,
                 reconnect_max: float = 10.0) -> None:
        self.db = db
        self.on_changes = on_changes
        self.on_status = on_status
        self.poll_interval = poll_interval
        self.reconnect_max = reconnect_max
        self.last_id = 0
        self.online = True
        self.catch_ups = 0          # catch-up rounds that queried the database
        self.delivered = 0          # change records handed to on_changes
        self.batch_limit = 5000
        self._task: asyncio.Task | None = None
        self._lock = asyncio.Lock()

    async def start(self, last_id: int | None = None) -> None:
        """Starts after ``last_id`` (e.g. the id read together with the initial picture);
        by default after the newest change in the database."""
        if last_id is None:
            async with self.db.read() as session:
                last_id = await last_change_id(session)
        self.last_id = last_id
        self._task = asyncio.create_task(self._run(), name="change-feed")

    async def stop(self) -> None:
        if self._task is not None:
            await _cancel_bounded([self._task])
            self._task = None

    async def catch_up(self) -> list[ChangeRecord]:
        """Every change after the last seen id, in id order; never skips one, never
        delivers one twice (concurrent calls are serialised). Raises when the database
        cannot be read; an error in ``on_changes`` is logged, not raised."""
        async with self._lock:
            found: list[ChangeRecord] = []
            self.catch_ups += 1
            while True:
                batch = await self._fetch_after(self.last_id)
                found.extend(batch)
                if batch:
                    self.last_id = batch[-1].id
                if len(batch) < self.batch_limit:
                    break
            if found:
                self.delivered += len(found)
                try:
                    result = self.on_changes(found)
                    if asyncio.iscoroutine(result):
                        await result
                except Exception:
                    log.exception("change feed callback failed")
            return found

    async def _fetch_after(self, last_id: int) -> list[ChangeRecord]:
        async with self.db.read() as session:
            return await changes_after(session, last_id, self.batch_limit)

    def _set_online(self, online: bool, detail: str = "") -> None:
        if online != self.online:
            self.online = online
            if self.on_status is not None:
                try:
                    self.on_status(online, detail)
                except Exception:
                    log.exception("change feed status callback failed")

    async def _run(self) -> None:
        delay = self.poll_interval
        while True:
            try:
                await self.catch_up()
                self._set_online(True)
                delay = self.poll_interval
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database went away: say so, back off, retry
                log.warning("change feed: %s", type(exc).__name__)
                self._set_online(False, type(exc).__name__)
                delay = min(max(delay * 2, 1.0), self.reconnect_max)
            await asyncio.sleep(delay)


class ListenChangeFeed(ChangeFeed):
    """PostgreSQL: LISTEN/NOTIFY wakes the catch-up; reconnects by itself.

    ``safety_interval``: a catch-up also runs this often without a notification (cheap;
    covers anything a notification could not carry, e.g. a NOTIFY lost with a half-open
    socket before the health check noticed).

    ``min_interval``: catch-ups start at least this far apart. A change after a quiet
    moment is fetched at once; under a stream of changes (hundreds per second across the
    office) the notifications that arrive meanwhile are gathered into the next catch-up,
    so each workstation spends its CPU on a few larger reads instead of one per change.
    """

    def __init__(self, db: Database, on_changes: ChangeCallback, *,
                 on_status: StatusCallback | None = None, poll_interval: float = 0.5,
                 reconnect_max: float = 10.0, check_interval: float = 5.0,
                 safety_interval: float = 30.0, min_interval: float = 0.05) -> None:
        super().__init__(db, on_changes, on_status=on_status, poll_interval=poll_interval,
                         reconnect_max=reconnect_max)
        from .pg_listener import PgListener, listener_dsn

        self.safety_interval = safety_interval
        self.min_interval = min_interval
        self._last_started = float("-inf")
        self._wake = asyncio.Event()
        self.listener = PgListener(
            listener_dsn(db.url), NOTIFY_CHANNEL, on_notify=self._notified,
            on_connected=self._connected, on_lost=self._lost,
            check_interval=check_interval, reconnect_max=reconnect_max)
        self._listener_task: asyncio.Task | None = None

    # -- listener callbacks (run in the loop, must not block) ----------------------------
    def _notified(self, payload: str) -> None:
        try:
            newest = int(payload)
        except ValueError:
            newest = None
        if newest is None or newest > self.last_id:
            self._wake.set()

    def _connected(self) -> None:
        self._wake.set()   # LISTEN is active again: catch up on what was missed

    def _lost(self, reason: str) -> None:
        self._set_online(False, reason)

    _CHANGES_AFTER = ("SELECT id, at, entity, entity_id, op, service_point_id, business_day "
                      "FROM change_log WHERE id > $1 ORDER BY id LIMIT $2")

    async def _fetch_after(self, last_id: int) -> list[ChangeRecord]:
        """On the listening connection while it is up (one round trip, no pool checkout);
        through the pool otherwise."""
        import asyncpg

        if self.listener.connected:
            try:
                rows = await self.listener.fetch(self._CHANGES_AFTER, last_id, self.batch_limit)
            except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError,
                    asyncio.TimeoutError) as exc:
                log.info("catch-up on the listener connection failed (%s); via the pool",
                         type(exc).__name__)
            else:
                return [ChangeRecord(**dict(r)) for r in rows]
        return await super()._fetch_after(last_id)

    async def start(self, last_id: int | None = None) -> None:
        await super().start(last_id)
        self._listener_task = asyncio.create_task(self.listener.run(), name="change-listener")

    async def stop(self) -> None:
        await _cancel_bounded([t for t in (self._task, self._listener_task) if t is not None])
        self._task = self._listener_task = None

    async def _run(self) -> None:
        delay = 0.2
        while True:
            try:
                await asyncio.wait_for(self._wake.wait(), self.safety_interval)
            except asyncio.TimeoutError:
                pass
            loop = asyncio.get_running_loop()
            wait = self._last_started + self.min_interval - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)   # gather what else arrives meanwhile
            self._wake.clear()   # everything notified so far is covered by this catch-up
            self._last_started = loop.time()
            try:
                await self.catch_up()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("change feed catch-up: %s", type(exc).__name__)
                self._set_online(False, type(exc).__name__)
                await asyncio.sleep(delay * random.uniform(0.8, 1.2))
                delay = min(delay * 2, self.reconnect_max)
                self._wake.set()
                continue
            delay = 0.2
            if self.listener.connected:
                self._set_online(True)


def make_change_feed(db: Database, on_changes: ChangeCallback, *,
                     on_status: StatusCallback | None = None,
                     poll_interval: float = 0.5, **options) -> ChangeFeed:
    """The right feed for the database: LISTEN/NOTIFY on PostgreSQL, polling otherwise.

    Both have ``async start(last_id=None)``, ``async stop()``, ``async catch_up()``,
    ``.last_id`` and ``.online``. ``options``: ``reconnect_max`` (both),
    ``check_interval``, ``safety_interval`` and ``min_interval`` (PostgreSQL).
    """
    if db.backend.notifies:
        return ListenChangeFeed(db, on_changes, on_status=on_status,
                                poll_interval=poll_interval, **options)
    options.pop("check_interval", None)
    options.pop("safety_interval", None)
    options.pop("min_interval", None)
    return ChangeFeed(db, on_changes, on_status=on_status, poll_interval=poll_interval,
                      **options)


async def _cancel_bounded(tasks: list[asyncio.Task], timeout: float = 5.0) -> None:
    """Cancels the feed's tasks and waits for them at most ``timeout`` seconds: a driver
    stuck on a dead connection must not hang a workstation's quit."""
    for t in tasks:
        t.cancel()
    if tasks:
        _done, pending = await asyncio.wait(tasks, timeout=timeout)
        if pending:
            log.warning("change feed: %d task(s) did not stop within %.0f s", len(pending), timeout)
