"""Presence: each workstation's heartbeat (station, clerk, service point, counter, last
seen), and the list the shift lead's board shows. Qt-free.

A heartbeat upserts the station's ``workstations`` row. It writes a change-log entry
(entity "workstation", id = a stable number for the station) only when something a board
shows changed: a station appears, changes clerk/counter/service point, or comes back after
being offline. Plain "still here" beats only move ``last_seen``, so 60 workstations do not
wake every feed several times a second. A station going *silent* produces no change at all
(a dead PC sends nothing): a board re-reads ``list_presence`` on a timer (e.g. every
heartbeat interval) to turn stations grey.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
import zlib
from typing import Callable

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.models import Counter, ServicePoint, StaffMember, Workstation

from .backend import backend_of
from .changes import Change, record_changes
from .database import Database

log = logging.getLogger(__name__)

HEARTBEAT_INTERVAL = 10.0      # seconds
OFFLINE_AFTER_BEATS = 3        # online while last_seen is within 3 intervals


@dataclasses.dataclass(frozen=True, slots=True)
class PresenceView:
    station: str
    staff_id: int | None
    staff_name: str | None
    service_point_id: int | None
    service_point_name: str | None
    counter_id: int | None
    counter_name: str | None
    app_version: str
    started_at: dt.datetime
    last_seen: dt.datetime
    online: bool


def station_entity_id(station: str) -> int:
    """A stable positive int for a station name (the change log wants an int id)."""
    return zlib.crc32(station.encode("utf-8")) & 0x7FFFFFFF


def _online(last_seen: dt.datetime, now: dt.datetime, interval: float) -> bool:
    return now - last_seen <= dt.timedelta(seconds=interval * OFFLINE_AFTER_BEATS)


async def _in_write_tx(target: AsyncSession | Database, body):
    if isinstance(target, Database):
        async with target.write_session() as session, session.begin():
            return await body(session)
    if target.in_transaction():
        return await body(target)
    async with target.begin():
        return await body(target)


async def heartbeat(target: AsyncSession | Database, station: str, staff_id: int | None,
                    service_point_id: int | None, counter_id: int | None,
                    now: dt.datetime, *, app_version: str = "",
                    interval: float = HEARTBEAT_INTERVAL) -> bool:
    """Upserts the station's row; returns True when it recorded a change for the boards.

    ``target``: a Database (one transaction of its own) or a session (its transaction)."""

    async def body(session: AsyncSession) -> bool:
        prev = (await session.execute(
            select(Workstation.staff_id, Workstation.service_point_id, Workstation.counter_id,
                   Workstation.last_seen).where(Workstation.station == station)
            .with_for_update())).one_or_none()
        values = dict(staff_id=staff_id, service_point_id=service_point_id,
                      counter_id=counter_id, app_version=app_version, last_seen=now)
        await session.execute(
            backend_of(session).insert(Workstation).values(station=station, started_at=now,
                                                           **values)
            .on_conflict_do_update(index_elements=[Workstation.station], set_=values))
        if prev is None:
            op = "sign_on"
        elif (prev.staff_id, prev.service_point_id, prev.counter_id) != (
                staff_id, service_point_id, counter_id):
            op = "moved"
        elif not _online(prev.last_seen, now, interval):
            op = "back_online"
        else:
            return False
        await record_changes(session, [Change("workstation", station_entity_id(station), op,
                                              service_point_id)], now)
        return True

    return await _in_write_tx(target, body)


async def sign_off(target: AsyncSession | Database, station: str, now: dt.datetime) -> None:
    """The station closes cleanly: its row goes, and the boards hear of it."""

    async def body(session: AsyncSession) -> None:
        sp = (await session.execute(delete(Workstation).where(Workstation.station == station)
                                    .returning(Workstation.service_point_id))).scalar_one_or_none()
        await record_changes(session, [Change("workstation", station_entity_id(station),
                                              "sign_off", sp)], now)

    await _in_write_tx(target, body)


async def list_presence(target: AsyncSession | Database, now: dt.datetime, *,
                        service_point_id: int | None = None,
                        interval: float = HEARTBEAT_INTERVAL) -> list[PresenceView]:
    """Every known workstation (optionally of one service point), by station name."""

    async def body(session: AsyncSession) -> list[PresenceView]:
        q = (select(Workstation, StaffMember.display_name, ServicePoint.name, Counter.name)
             .outerjoin(StaffMember, StaffMember.id == Workstation.staff_id)
             .outerjoin(ServicePoint, ServicePoint.id == Workstation.service_point_id)
             .outerjoin(Counter, Counter.id == Workstation.counter_id)
             .order_by(Workstation.station))
        if service_point_id is not None:
            q = q.where(Workstation.service_point_id == service_point_id)
        return [PresenceView(
            station=w.station, staff_id=w.staff_id, staff_name=staff,
            service_point_id=w.service_point_id, service_point_name=sp_name,
            counter_id=w.counter_id, counter_name=counter, app_version=w.app_version or "",
            started_at=w.started_at, last_seen=w.last_seen,
            online=_online(w.last_seen, now, interval))
            for w, staff, sp_name, counter in (await session.execute(q)).all()]

    if isinstance(target, Database):
        async with target.read() as session:
            return await body(session)
    return await body(target)


class Heartbeat:
    """Beats every ``interval`` seconds until stopped; the UI starts it after login and
    updates ``counter_id`` etc. with ``update()`` when the clerk changes counter.
    A failed beat (database away) is logged and retried at the next interval; the change
    feed reports the outage to the user."""

    def __init__(self, db: Database, station: str, staff_id: int | None,
                 service_point_id: int | None, counter_id: int | None, *,
                 interval: float = HEARTBEAT_INTERVAL, app_version: str = "",
                 clock: Callable[[], dt.datetime] | None = None,
                 on_error: Callable[[Exception], None] | None = None) -> None:
        self.db = db
        self.station = station
        self.staff_id = staff_id
        self.service_point_id = service_point_id
        self.counter_id = counter_id
        self.interval = interval
        self.app_version = app_version
        self.clock = clock or (lambda: dt.datetime.now(dt.timezone.utc))
        self.on_error = on_error
        self.beats = 0
        self.failures = 0
        self._task: asyncio.Task | None = None
        self._wake = asyncio.Event()

    async def beat(self) -> bool:
        changed = await heartbeat(self.db, self.station, self.staff_id, self.service_point_id,
                                  self.counter_id, self.clock(), app_version=self.app_version,
                                  interval=self.interval)
        self.beats += 1
        return changed

    def update(self, *, staff_id: int | None = ..., service_point_id: int | None = ...,
               counter_id: int | None = ...) -> None:
        """Changes what the next beat reports, and beats at once."""
        if staff_id is not ...:
            self.staff_id = staff_id
        if service_point_id is not ...:
            self.service_point_id = service_point_id
        if counter_id is not ...:
            self.counter_id = counter_id
        self._wake.set()

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name=f"heartbeat-{self.station}")

    async def stop(self, *, sign_off_now: bool = True, timeout: float = 5.0) -> None:
        """Stops beating and signs off; both steps are bounded so that closing a
        workstation never hangs on a connection that does not answer."""
        if self._task is not None:
            self._task.cancel()
            done, _pending = await asyncio.wait({self._task}, timeout=timeout)
            if not done:
                log.warning("heartbeat did not stop within %.0f s", timeout)
            self._task = None
        if sign_off_now:
            try:
                await asyncio.wait_for(sign_off(self.db, self.station, self.clock()), timeout)
            except Exception as exc:  # closing while offline: the row just goes stale
                log.warning("heartbeat sign-off failed: %s", type(exc).__name__)

    async def _run(self) -> None:
        while True:
            try:
                await self.beat()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self.failures += 1
                log.warning("heartbeat failed: %s", type(exc).__name__)
                if self.on_error is not None:
                    self.on_error(exc)
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), self.interval)
            except asyncio.TimeoutError:
                pass
