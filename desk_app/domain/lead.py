"""Shift lead operations, pure rules (issue 14): a counter's presence, calling across
several queues with weights, spreading a bulk move evenly, and who sees a silent alarm.

Qt-free and database-free; the services feed these functions plain values.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import StrEnum
from typing import Hashable, Sequence

from .errors import DomainError


class Presence(StrEnum):
    AT_COUNTER = "AT_COUNTER"   # am Schalter
    BREAK = "BREAK"             # Pause (with a reason and since when)
    AWAY = "AWAY"               # abwesend
    CLOSED = "CLOSED"           # Schalter geschlossen


PRESENCE_LABELS_DE = {
    Presence.AT_COUNTER: "Am Schalter",
    Presence.BREAK: "Pause",
    Presence.AWAY: "Abwesend",
    Presence.CLOSED: "Schalter geschlossen",
}

#: states in which call next is refused
NOT_CALLING = frozenset({Presence.BREAK, Presence.AWAY, Presence.CLOSED})


class OnBreak(DomainError):
    code = "on_break"
    template = ("Aufruf nicht möglich: {counter} ist in der Pause ({reason}, seit {since}). "
                "Erst die Pause beenden.")


class CounterNotOpen(DomainError):
    code = "counter_not_open"
    template = "Aufruf nicht möglich: {counter} ist {state_de}."


class BreakNeedsReason(DomainError):
    code = "break_needs_reason"
    template = "Für eine Pause bitte einen Grund angeben."


class AlarmNotFound(DomainError):
    code = "alarm_not_found"
    template = "Der Alarm {alarm} wurde nicht gefunden."


def check_presence_change(state: Presence, reason: str | None) -> str | None:
    """The reason to store: required for a break, one line of at most 200 characters."""
    text = " ".join((reason or "").split())[:200]
    if state == Presence.BREAK and not text:
        raise BreakNeedsReason()
    return text or None


# -- calling across queues ------------------------------------------------------------

#: a head that has waited this long is called before anyone who came after it, whatever
#: the weights and tiers say ("nobody waits forever")
DEFAULT_MAX_WAIT = dt.timedelta(minutes=45)


@dataclasses.dataclass(frozen=True, slots=True)
class QueueHead:
    """The first person in the call order of one assigned queue."""

    queue: Hashable            # e.g. (service_point_id, service_id or None)
    entry_id: int
    sort_at: dt.datetime       # appointments: their time; walk-ins: arrival + offset
    weight: int = 1            # 2:1 means two of this queue for one of a weight-1 queue
    tier: int = 0              # lower tiers first: "EU first, Visa when EU is empty"
    served: int = 0            # how many of this queue this counter has called today


def pick_queue(heads: Sequence[QueueHead], now: dt.datetime, *,
               max_wait: dt.timedelta = DEFAULT_MAX_WAIT) -> QueueHead | None:
    """Which queue's head to call next.

    1. A head that has waited ``max_wait`` or longer: the one that has waited longest.
    2. Otherwise the lowest tier that has someone; in it, weighted fair queueing by the
       counter's calls today: the smallest (served + 1) / weight, ties by the earlier
       sort_at, then by entry id.
    Within a queue the order (appointments by time, walk-ins interleaved by arrival plus
    offset) is the queue's own; this only chooses between the queues' heads."""
    if not heads:
        return None
    overdue = [h for h in heads if now - h.sort_at >= max_wait]
    if overdue:
        return min(overdue, key=lambda h: (h.sort_at, h.entry_id))
    tier = min(h.tier for h in heads)
    return min((h for h in heads if h.tier == tier),
               key=lambda h: ((h.served + 1) / max(h.weight, 1), h.sort_at, h.entry_id))


# -- bulk moves -----------------------------------------------------------------------

def spread_evenly(entry_ids: Sequence[int], targets: Sequence[Hashable],
                  load: dict[Hashable, int] | None = None) -> dict[int, Hashable]:
    """Assigns entries (in the given order) to targets so that the targets' loads
    (``load``: what each already has) end up as even as possible; ties by target order."""
    if not targets:
        raise ValueError("no targets")
    counts = {t: (load or {}).get(t, 0) for t in targets}
    order = {t: i for i, t in enumerate(targets)}
    out: dict[int, Hashable] = {}
    for entry_id in entry_ids:
        target = min(targets, key=lambda t: (counts[t], order[t]))
        out[entry_id] = target
        counts[target] += 1
    return out


# -- silent alarm ---------------------------------------------------------------------

ESCALATE_AFTER = dt.timedelta(seconds=30)


class Audience(StrEnum):
    SHIFT_LEAD = "SHIFT_LEAD"
    WORKSTATION = "WORKSTATION"     # a counter or reception
    CALL_DISPLAY = "CALL_DISPLAY"   # the waiting room's screen: never


@dataclasses.dataclass(frozen=True, slots=True)
class AlarmFacts:
    counter_id: int | None
    service_point_id: int | None
    room: str
    station: str
    raised_at: dt.datetime
    acknowledged: bool


def alarm_visible(alarm: AlarmFacts, audience: Audience, *, station: str,
                  counter_id: int | None, service_point_id: int | None, room: str,
                  now: dt.datetime) -> bool:
    """Whether a workstation shows the alarm: never on the call display nor once
    acknowledged (the sender sees its own state separately); at once for shift leads and
    the neighbouring counters (same service point, or same room); after ESCALATE_AFTER
    for every workstation."""
    if audience == Audience.CALL_DISPLAY or alarm.acknowledged:
        return False
    if station == alarm.station:
        return False            # the sender sees "zugestellt" / "bestätigt von …"
    if audience == Audience.SHIFT_LEAD:
        return True
    if now - alarm.raised_at >= ESCALATE_AFTER:
        return True
    if counter_id is not None and counter_id == alarm.counter_id:
        return False
    if service_point_id is not None and service_point_id == alarm.service_point_id:
        return True
    return bool(room) and room == alarm.room
