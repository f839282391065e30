"""The call display's feed: the newest calls, the waiting estimates, the notice line and
the closed counters.

It reads only what migrations 0008 and 0017 made for it (``call_display_view``,
``waiting_count_view``, ``display_notices``, ``closed_counters_view``): ticket numbers,
counters, rooms, times and counts. That is all the display's database role may read
(``display_role``), and all this module's dataclasses can carry: no name, no note, no
alarm, no reason for a closed counter.

Live: on PostgreSQL it LISTENs on the change channel (any role may LISTEN; the payload is
a change id) on its own asyncpg connection, and re-reads the picture after every
notification (gathered: at most one read every ``min_interval``), in one statement on
that connection; on SQLite it polls.
After a lost connection it says so (``on_status(False, since)``), reconnects by itself
and catches up with one read. Qt-free: the window hands in callbacks.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
import random
from dataclasses import dataclass, field
from typing import Callable, Sequence

from sqlalchemy import Date, Integer, String, bindparam, text

from desk_app.domain.clock import business_day, utcnow
from desk_app.models.base import UTCDateTime

from .changes import NOTIFY_CHANNEL
from .database import Database
from .waiting_time import WaitEstimate, board

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DisplayCall:
    """One call on the display: a ticket number and where to go. Nothing else."""

    call_id: int
    ticket: str
    service_point: str
    counter: str
    room: str
    called_at: dt.datetime
    call_count: int

    @property
    def key(self) -> tuple[int, dt.datetime]:
        """A recall is a new call of the same entry: same id, a new call time."""
        return (self.call_id, self.called_at)


@dataclass(frozen=True, slots=True)
class ClosedCounter:
    """A closed counter on the display (issue 14): where, never who or why."""

    counter: str
    room: str
    service_point: str


@dataclass(frozen=True, slots=True)
class DisplayPicture:
    calls: tuple[DisplayCall, ...]            # newest first
    notice: str
    read_at: dt.datetime
    estimates: tuple[WaitEstimate, ...] = field(default=())
    closed: tuple[ClosedCounter, ...] = field(default=())   # by counter name


_COLUMNS = dict(kind=String(), call_id=Integer(), ticket=String(), service_point=String(),
                counter=String(), room=String(), called_at=UTCDateTime(), call_count=Integer())
#: The whole picture in one statement, so one round trip between a NOTIFY and the
#: repaint: the newest calls, the closed counters (migration 0017) and the notice lines,
#: told apart by ``kind``. A notice's scope travels as ``service_point``, its text as
#: ``counter``. Each branch is sorted in Python (``_split``), not by the statement.
_PICTURE = (
    "SELECT 'call' AS kind, call_id, ticket, service_point, counter, room, called_at, "
    "call_count FROM (SELECT call_id, ticket, service_point, counter, room, called_at, "
    "call_count FROM call_display_view WHERE business_day = {day}{codes} "
    "ORDER BY called_at DESC, call_id DESC LIMIT {n}) AS calls "
    "UNION ALL SELECT 'closed', NULL, NULL, service_point, counter, room, NULL, NULL "
    "FROM closed_counters_view "
    "UNION ALL SELECT 'notice', NULL, NULL, scope, text, NULL, NULL, NULL "
    "FROM display_notices")


def _picture_statement(filtered: bool):
    sql = _PICTURE.format(day=":day", n=":n",
                          codes=" AND service_point IN :codes" if filtered else "")
    params = [bindparam("day", type_=Date()), bindparam("n", type_=Integer())]
    if filtered:
        params.append(bindparam("codes", expanding=True))
    return text(sql).bindparams(*params).columns(**_COLUMNS)


_PICTURE_STATEMENTS = {False: _picture_statement(False), True: _picture_statement(True)}
#: the same on the LISTEN connection (asyncpg's own parameters); without the filter a
#: statement of its own, so that PostgreSQL can keep one plan for each
_PLAIN_PICTURE = {
    filtered: _PICTURE.format(day="$1", n="$2", codes=(
        " AND service_point = ANY($3::text[])" if filtered else ""))
    for filtered in (False, True)}


def _split(rows) -> tuple[list, list[tuple], list[tuple]]:
    """(calls newest first, notices as (scope, text) by scope, closed counters as
    (counter, room, service point) by counter)."""
    calls = sorted((r for r in rows if r.kind == "call"),
                   key=lambda r: (r.called_at, r.call_id), reverse=True)
    notices = sorted((r.service_point or "", r.counter) for r in rows if r.kind == "notice")
    closed = sorted(((r.counter, r.room, r.service_point) for r in rows
                     if r.kind == "closed"), key=lambda c: (c[0] or "", c[2] or ""))
    return calls, notices, closed


@dataclass(frozen=True, slots=True)
class _Row:
    kind: str
    call_id: int | None
    ticket: str | None
    service_point: str | None
    counter: str | None
    room: str | None
    called_at: dt.datetime | None
    call_count: int | None


class CallDisplayFeed:
    """Reads the display's picture and keeps it live.

    ``on_picture(DisplayPicture)`` after every read that found something new (and after
    every reconnect); ``on_status(online, last_update)`` whenever connectivity changes.
    ``service_points``: codes this display shows (empty: all).
    """

    def __init__(self, db: Database, *, on_picture: Callable[[DisplayPicture], None],
                 on_status: Callable[[bool, dt.datetime | None], None] | None = None,
                 service_points: Sequence[str] = (), history: int = 8,
                 clock: Callable[[], dt.datetime] = utcnow, poll_interval: float = 0.5,
                 min_interval: float = 0.02, safety_interval: float = 5.0,
                 estimate_interval: float = 15.0, reconnect_max: float = 10.0) -> None:
        self.db = db
        self.on_picture = on_picture
        self.on_status = on_status
        self.service_points = tuple(c.upper() for c in service_points)
        self.history = max(6, min(10, history))
        self.clock = clock
        self.poll_interval = poll_interval
        self.min_interval = min_interval
        self.safety_interval = safety_interval
        self.estimate_interval = estimate_interval
        self.reconnect_max = reconnect_max
        self.online: bool | None = None
        self.last_update: dt.datetime | None = None
        self.reads = 0
        self.plain_reads = 0        # of them on the LISTEN connection (PostgreSQL)
        self.picture: DisplayPicture | None = None
        self._estimates: tuple[WaitEstimate, ...] = ()
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task] = []
        self.listener = None
        if db.backend.notifies:
            from .pg_listener import PgListener, listener_dsn

            self.listener = PgListener(listener_dsn(db.url), NOTIFY_CHANNEL,
                                       on_notify=lambda _payload: self._wake.set(),
                                       on_connected=self._wake.set,
                                       on_lost=lambda _reason: self._set_online(False),
                                       reconnect_max=reconnect_max)

    # -- reading ---------------------------------------------------------------------------
    async def read(self, *, with_estimates: bool = False) -> DisplayPicture:
        """One picture: the newest calls, the notices and the closed counters (and
        fresh estimates when asked; otherwise the last ones, which ``_estimate_loop``
        renews on its own so that they never delay a call). Raises when the database
        cannot be read."""
        now = self.clock()
        rows = await self._read_plain(now)
        if rows is None:
            async with self.db.single_read_session() as session:
                params = {"day": business_day(now), "n": self.history}
                if self.service_points:
                    params["codes"] = list(self.service_points)
                rows = (await session.execute(_PICTURE_STATEMENTS[bool(self.service_points)],
                                              params)).all()
        call_rows, notices, closed = _split(rows)
        if with_estimates:
            await self.read_estimates()
        self.reads += 1
        calls = tuple(DisplayCall(r.call_id, r.ticket or "", r.service_point or "",
                                  r.counter or "", r.room or "", r.called_at, int(r.call_count))
                      for r in call_rows)
        return DisplayPicture(calls, self._notice(notices), now, self._estimates,
                              self._closed(closed))

    async def _read_plain(self, now: dt.datetime) -> list[_Row] | None:
        """PostgreSQL: the picture's one statement on the LISTEN connection (asyncpg, no
        pool checkout, no ORM layer): the least CPU between a NOTIFY and the repaint.
        None when not connected or on any error (the pool reads then)."""
        listener = self.listener
        if listener is None or not listener.connected:
            return None
        args = [business_day(now), self.history]
        if self.service_points:
            args.append(list(self.service_points))
        try:
            rows = await listener.fetch(_PLAIN_PICTURE[bool(self.service_points)], *args)
        except Exception as exc:
            log.info("call display: read on the listener failed (%s); via the pool",
                     type(exc).__name__)
            return None
        self.plain_reads += 1
        return [_Row(*r) for r in rows]

    async def read_estimates(self) -> tuple[WaitEstimate, ...]:
        async with self.db.single_read_session() as session:
            self._estimates = tuple(await board(session, self.clock(),
                                                self.service_points or None))
        return self._estimates

    def _notice(self, rows) -> str:
        texts = [t for scope, t in rows if t and (
            not scope or not self.service_points or scope.upper() in self.service_points)]
        return " · ".join(texts)

    def _closed(self, rows) -> tuple[ClosedCounter, ...]:
        """The closed counters of this display's service points (a counter without one:
        on every display)."""
        return tuple(ClosedCounter(counter or "", room or "", sp or "")
                     for counter, room, sp in rows
                     if counter and (not self.service_points or not sp
                                     or sp.upper() in self.service_points))

    async def refresh(self, *, with_estimates: bool = False) -> DisplayPicture:
        picture = await self.read(with_estimates=with_estimates)
        self.last_update = picture.read_at
        changed = (self.picture is None or picture.calls != self.picture.calls
                   or picture.notice != self.picture.notice
                   or picture.estimates != self.picture.estimates
                   or picture.closed != self.picture.closed)
        self.picture = picture
        if changed:
            try:
                self.on_picture(picture)
            except Exception:
                log.exception("call display callback failed")
        return picture

    # -- running ---------------------------------------------------------------------------
    async def start(self) -> None:
        self._tasks = [asyncio.create_task(self._run(), name="call-display"),
                       asyncio.create_task(self._estimate_loop(), name="call-display-estimates")]
        if self.listener is not None:
            self._tasks.append(asyncio.create_task(self.listener.run(),
                                                   name="call-display-listener"))
        self._wake.set()

    async def stop(self) -> None:
        tasks, self._tasks = self._tasks, []
        for t in tasks:
            t.cancel()
        if tasks:
            _done, pending = await asyncio.wait(tasks, timeout=5.0)
            if pending:
                log.warning("call display: %d task(s) did not stop within 5 s", len(pending))

    async def _estimate_loop(self) -> None:
        """The estimates change slowly: renewed every ``estimate_interval`` on their own,
        and shown with the next picture (or at once, when the calls are quiet)."""
        while True:
            await asyncio.sleep(self.estimate_interval)
            try:
                estimates = await self.read_estimates()
            except asyncio.CancelledError:
                raise
            except Exception as exc:   # the call loop reports the outage
                log.info("call display: estimates not read (%s)", type(exc).__name__)
                continue
            if self.picture is not None and estimates != self.picture.estimates:
                self.picture = dataclasses.replace(self.picture, estimates=estimates)
                try:
                    self.on_picture(self.picture)
                except Exception:
                    log.exception("call display callback failed")

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            if self.on_status is not None:
                try:
                    self.on_status(online, self.last_update)
                except Exception:
                    log.exception("call display status callback failed")

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        wait = self.safety_interval if self.listener is not None else self.poll_interval
        delay = 0.2
        last = float("-inf")
        caught_up = False
        while True:
            try:
                await asyncio.wait_for(self._wake.wait(), wait)
            except asyncio.TimeoutError:
                pass
            gap = last + self.min_interval - loop.time()
            if gap > 0:
                await asyncio.sleep(gap)
            self._wake.clear()
            last = loop.time()
            try:
                await self.refresh(with_estimates=not caught_up)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database went away: say so, back off, retry
                log.warning("call display: read failed (%s)", type(exc).__name__)
                self._set_online(False)
                caught_up = False
                await asyncio.sleep(delay * random.uniform(0.8, 1.2))
                delay = min(delay * 2, self.reconnect_max)
                self._wake.set()
                continue
            delay = 0.2
            caught_up = True
            if self.listener is None or self.listener.connected:
                self._set_online(True)
            else:
                caught_up = False   # read through the pool, but not listening: not live
