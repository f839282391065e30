"""What the shift lead's board shows, as plain data (Qt-free).

The board's counting moved here from the UI (issue 11): per service point (waiting, the
longest wait, called, in service, parked, no-shows, missed, staffed counters, the next
hour's appointments, the estimate) and per counter (who works there, whom they serve,
since when, a break or a closed counter). Pure functions over EntryViews, presence and
the counters' states, so the board's figures are tested without widgets; the reads the
board needs besides the Desk's (presence, estimates) are ``board_presence`` and
``board_estimates``, called through ``LeadOps``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain.clock import ensure_utc
from desk_app.domain.states import State

from .presence import list_presence
from .views import EntryView, ServicePointView
from .waiting_time import board as waiting_board

_SERVING = (State.CALLED, State.IN_SERVICE)


@dataclass(frozen=True)
class ServicePointRow:
    service_point_id: int | None          # None: the total row (all service points)
    name: str                             # "" for the total row (the UI names it)
    waiting: int = 0
    longest_wait: dt.timedelta | None = None
    longest_ticket: str | None = None
    called: int = 0
    in_service: int = 0
    parked: int = 0
    no_show: int = 0
    staffed: int = 0
    counters: int = 0
    missed: int = 0                        # came, then did not answer (issue 14)
    next_hour: int = 0                     # booked appointments in the next hour
    next_at: dt.datetime | None = None     # the next booked appointment
    estimated_min: int | None = None       # estimated wait for someone arriving now
    position: int = 0                      # the service points' order; the total last

    @property
    def is_total(self) -> bool:
        return self.service_point_id is None


@dataclass(frozen=True)
class CounterRow:
    counter_id: int
    service_point_id: int
    service_point_name: str
    service_point_code: str
    counter_name: str
    room: str
    who: str | None                       # the person working there, if known
    who_source: str                       # "presence", "offline", "entry" or ""
    entry_id: int | None
    ticket: str | None
    state: State | None
    since: dt.datetime | None
    who_id: int | None = None             # the staff id of who works there, if known
    # the counter's presence state (issue 14): None = at the counter
    presence: str | None = None           # "BREAK", "AWAY", "CLOSED"
    presence_reason: str | None = None
    presence_since: dt.datetime | None = None
    position: int = 0                     # the service points' and counters' order

    @property
    def staffed(self) -> bool:
        return bool(self.who) and self.who_source != "offline"


@dataclass(frozen=True)
class Presence:
    """Who is at a counter (from desk_app.services.presence.list_presence)."""
    counter_id: int
    staff_name: str | None
    online: bool
    last_seen: dt.datetime | None = None
    staff_id: int | None = None


def service_point_rows(service_points: Sequence[ServicePointView],
                       entries: Iterable[EntryView], staffed: set[int],
                       now: dt.datetime, estimates: dict | None = None) -> list[ServicePointRow]:
    """One row per service point with a queue (not the reception desk), then the total.
    ``estimates``: service point code -> minutes (``board_estimates``)."""
    estimates = estimates or {}
    entries = list(entries)
    rows: list[ServicePointRow] = []
    totals = dict(waiting=0, called=0, in_service=0, parked=0, no_show=0, staffed=0,
                  counters=0, missed=0, next_hour=0)
    longest: tuple[dt.timedelta, str | None] | None = None
    for sp in service_points:
        if sp.is_reception:
            continue
        mine = [e for e in entries if e.service_point_id == sp.id]
        waiting = [e for e in mine if e.state == State.WAITING and e.waiting_since]
        best = max(waiting, key=lambda e: now - ensure_utc(e.waiting_since), default=None)
        wait = max(now - ensure_utc(best.waiting_since), dt.timedelta(0)) if best else None
        values = dict(
            waiting=sum(1 for e in mine if e.state == State.WAITING),
            called=sum(1 for e in mine if e.state == State.CALLED),
            in_service=sum(1 for e in mine if e.state == State.IN_SERVICE),
            parked=sum(1 for e in mine if e.state == State.PARKED),
            no_show=sum(1 for e in mine if e.state == State.NO_SHOW),
            staffed=sum(1 for c in sp.counters if c.id in staffed),
            counters=len(sp.counters),
            missed=sum(1 for e in mine if e.state == State.MISSED),
            next_hour=sum(1 for e in mine if e.state == State.BOOKED and e.scheduled_at
                          and now <= ensure_utc(e.scheduled_at) < now + dt.timedelta(hours=1)))
        upcoming = [ensure_utc(e.scheduled_at) for e in mine
                    if e.state == State.BOOKED and e.scheduled_at
                    and ensure_utc(e.scheduled_at) >= now]
        for k, v in values.items():
            totals[k] += v
        if wait is not None and (longest is None or wait > longest[0]):
            longest = (wait, best.ticket)
        rows.append(ServicePointRow(sp.id, sp.name, longest_wait=wait,
                                    longest_ticket=best.ticket if best else None,
                                    next_at=min(upcoming, default=None),
                                    estimated_min=estimates.get(sp.code),
                                    position=len(rows), **values))
    rows.append(ServicePointRow(None, "", longest_wait=longest[0] if longest else None,
                                longest_ticket=longest[1] if longest else None,
                                position=len(rows), **totals))
    return rows


def counter_rows(service_points: Sequence[ServicePointView], entries: Iterable[EntryView],
                 presence: Iterable[Presence], staff_names: dict[int, str],
                 states: dict | None = None) -> list[CounterRow]:
    """One row per counter. Who works there: the workstation's heartbeat, else the clerk
    of the entry served there. ``states``: counter id -> CounterPresence (lead_ops)."""
    states = states or {}
    serving: dict[int, EntryView] = {}
    for e in entries:
        if e.state in _SERVING and e.counter_id is not None:
            old = serving.get(e.counter_id)
            if old is None or since_of(e) and (not since_of(old) or since_of(e) > since_of(old)):
                serving[e.counter_id] = e
    present: dict[int, Presence] = {}
    for p in presence:
        old = present.get(p.counter_id)
        if old is None or (p.online and not old.online):
            present[p.counter_id] = p
    rows = []
    for sp in service_points:
        for c in sp.counters:
            e = serving.get(c.id)
            p = present.get(c.id)
            who_id = None
            if p is not None and p.staff_name:
                who, source = p.staff_name, ("presence" if p.online else "offline")
                who_id = p.staff_id
            elif e is not None and e.clerk_id is not None and e.clerk_id in staff_names:
                who, source = staff_names[e.clerk_id], "entry"
                who_id = e.clerk_id
            else:
                who, source = None, ""
            st = states.get(c.id)
            rows.append(CounterRow(
                counter_id=c.id, service_point_id=sp.id, service_point_name=sp.name,
                service_point_code=sp.code, counter_name=c.name, room=c.room, who=who,
                who_source=source, entry_id=e.id if e else None,
                ticket=e.ticket if e else None, state=e.state if e else None,
                since=since_of(e) if e else None, who_id=who_id,
                presence=st.state.value if st else None,
                presence_reason=st.reason if st else None,
                presence_since=st.since if st else None, position=len(rows)))
    return rows


def staffed_counters(rows: Iterable[CounterRow]) -> set[int]:
    """The counters someone works at now (an offline workstation does not count)."""
    return {r.counter_id for r in rows if r.staffed}


def since_of(e: EntryView) -> dt.datetime | None:
    """Since when a counter serves ``e``: the start of service, else the call."""
    at = e.service_started_at if e.state == State.IN_SERVICE else e.called_at
    return ensure_utc(at) if at else None


# -- the board's reads besides the Desk's ----------------------------------------------
async def board_presence(session: AsyncSession, now: dt.datetime) -> list[Presence]:
    """Who is at which counter, from the workstations' heartbeats."""
    return [Presence(p.counter_id, p.staff_name, p.online, p.last_seen, p.staff_id)
            for p in await list_presence(session, now) if p.counter_id is not None]


async def board_estimates(session: AsyncSession, now: dt.datetime) -> dict[str, int | None]:
    """The waiting-time estimate per service point code (issue 12's method)."""
    return {w.service_point: w.shown_minutes for w in await waiting_board(session, now)}
