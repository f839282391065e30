"""Estimated waiting times per service point (method: docs/waiting-time.md).

Everything here reads the views of migration 0008 only (``call_display_view``,
``waiting_count_view``), so the call display computes the same figure under its
database role as a workstation does. ``estimate_for_entry`` also counts who stands
before one entry in the call order (a workstation's read of ``queue_entries``), for the
wait ticket, the kiosk and reception.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from sqlalchemy import Date, Integer, String, and_, bindparam, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain.clock import business_day
from desk_app.domain.states import State
from desk_app.domain.waiting_time import (
    WINDOW, CallFact, Throughput, rounded_minutes, throughput,
)
from desk_app.models import QueueEntry, Service, ServicePoint
from desk_app.models.base import UTCDateTime


@dataclass(frozen=True, slots=True)
class WaitEstimate:
    """One service point's estimate for someone arriving now."""

    service_point: str              # code
    waiting: int                    # people waiting now
    counters: int                   # counters at work
    minutes: float | None           # None: no counter at work, no estimate
    source: str                     # see domain.waiting_time.Throughput.source

    @property
    def shown_minutes(self) -> int | None:
        return rounded_minutes(self.minutes)


@dataclass(frozen=True, slots=True)
class EntryEstimate:
    ahead: int
    minutes: float | None

    @property
    def shown_minutes(self) -> int | None:
        return rounded_minutes(self.minutes)


_CALLS_SINCE = text(
    "SELECT service_point, counter, called_at, service_started_at, finished_at "
    "FROM call_display_view WHERE business_day = :day AND called_at >= :since"
).bindparams(bindparam("day", type_=Date()), bindparam("since", type_=UTCDateTime())).columns(
    service_point=String(), counter=String(), called_at=UTCDateTime(),
    service_started_at=UTCDateTime(), finished_at=UTCDateTime())

_WAITING = text(
    "SELECT service_point, waiting FROM waiting_count_view WHERE business_day = :day"
).bindparams(bindparam("day", type_=Date())).columns(service_point=String(), waiting=Integer())


async def calls_since(session: AsyncSession, day: dt.date,
                      since: dt.datetime) -> dict[str, list[CallFact]]:
    rows = (await session.execute(_CALLS_SINCE, {"day": day, "since": since})).all()
    by_sp: dict[str, list[CallFact]] = {}
    for sp, counter, called, started, finished in rows:
        by_sp.setdefault(sp, []).append(CallFact(counter, called, started, finished))
    return by_sp


async def waiting_counts(session: AsyncSession, day: dt.date) -> dict[str, int]:
    return {sp: int(n) for sp, n in (await session.execute(_WAITING, {"day": day})).all()}


async def board(session: AsyncSession, now: dt.datetime,
                service_points: Sequence[str] | None = None,
                planned_min: dict[str, float] | None = None) -> list[WaitEstimate]:
    """The estimate of every service point that has a queue or calls today (or of
    ``service_points``, in that order), for someone arriving ``now``. Views only."""
    day = business_day(now)
    calls = await calls_since(session, day, now - WINDOW)
    waiting = await waiting_counts(session, day)
    codes = list(service_points) if service_points else sorted(set(calls) | set(waiting))
    out = []
    for code in codes:
        pace = _pace(calls.get(code, ()), now, (planned_min or {}).get(code))
        n = waiting.get(code, 0)
        out.append(WaitEstimate(code, n, pace.counters, pace.wait_minutes(n), pace.source))
    return out


def _pace(calls, now: dt.datetime, planned: float | None) -> Throughput:
    return throughput(calls, now, **({"planned_service_min": planned} if planned else {}))


_ENTRY = select(QueueEntry.business_day, QueueEntry.service_point_id, QueueEntry.state,
                QueueEntry.priority, QueueEntry.sort_at, QueueEntry.id,
                ServicePoint.code).join(
    ServicePoint, ServicePoint.id == QueueEntry.service_point_id).where(
    QueueEntry.id == bindparam("entry_id"))

_AHEAD = select(func.count()).select_from(QueueEntry).where(
    QueueEntry.business_day == bindparam("day"),
    QueueEntry.service_point_id == bindparam("sp"),
    QueueEntry.state == State.WAITING.value,
    QueueEntry.id != bindparam("entry_id"),
    # the call order of call next: priority, then sort_at, then id
    (QueueEntry.priority < bindparam("priority"))
    | and_(QueueEntry.priority == bindparam("priority"),
           (QueueEntry.sort_at < bindparam("sort_at"))
           | and_(QueueEntry.sort_at == bindparam("sort_at"),
                  QueueEntry.id < bindparam("entry_id"))),
)

_PLANNED = select(func.avg(Service.default_duration_min)).where(
    Service.service_point_id == bindparam("sp"))


async def estimate_for_entry(session: AsyncSession, entry_id: int,
                             now: dt.datetime) -> EntryEstimate | None:
    """Who stands before a WAITING entry, and about how long until it is called; None
    for an entry that is not waiting."""
    row = (await session.execute(_ENTRY, {"entry_id": entry_id})).first()
    if row is None or row.state != State.WAITING.value:
        return None
    ahead = int(await session.scalar(_AHEAD, {
        "day": row.business_day, "sp": row.service_point_id, "entry_id": row.id,
        "priority": row.priority, "sort_at": row.sort_at}) or 0)
    planned = await session.scalar(_PLANNED, {"sp": row.service_point_id})
    calls = await calls_since(session, business_day(now), now - WINDOW)
    pace = _pace(calls.get(row.code, ()), now, float(planned) if planned else None)
    return EntryEstimate(ahead, pace.wait_minutes(ahead))


async def entry_estimate(session: AsyncSession, entry_id: int,
                         now: dt.datetime) -> EntryEstimate | None:
    """``estimate_for_entry`` in a read transaction of its own (for ``Desk.read``)."""
    async with session.begin():
        return await estimate_for_entry(session, entry_id, now)


async def planned_minutes(session: AsyncSession) -> dict[str, float]:
    """The services' mean planned duration per service point code (the fallback)."""
    rows = (await session.execute(
        select(ServicePoint.code, func.avg(Service.default_duration_min)).join(
            Service, Service.service_point_id == ServicePoint.id).group_by(ServicePoint.code)
    )).all()
    return {code: float(avg) for code, avg in rows if avg}
