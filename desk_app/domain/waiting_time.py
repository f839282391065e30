"""The estimated waiting time of a service point (method: docs/waiting-time.md).

Pure functions over what the call display may see: the day's calls (counter and call
time, and when service started and finished) and how many are waiting. No database,
no Qt; the benchmark's simulated days call the very same function.

The idea: a service point works through its queue at ``counters / interval`` people per
minute, where ``interval`` is the typical time between two calls at the same counter
(service, the walk to the desk, the odd "not answering", the clerk's short pauses) as
measured over the last two hours. Someone with ``ahead`` people before them waits about
``(ahead + 0.5) * interval / counters`` minutes: the half is the time until the next
counter comes free. When too few intervals were measured yet, the mean measured service
time (plus the walk) stands in, and before that the services' planned duration.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from dataclasses import dataclass
from typing import Iterable, Sequence

#: calls further back than this do not count (the morning says little about the afternoon)
WINDOW = dt.timedelta(hours=2)
#: a counter that called nobody for this long is taken as closed
COUNTER_ACTIVE = dt.timedelta(minutes=45)
#: a gap between two calls at a counter longer than this was a break, not a service
MAX_INTERVAL_MIN = 60.0
#: below this many measured intervals the estimate falls back (see module doc)
MIN_SAMPLES = 3
#: the walk from the waiting room to the desk, added to a measured service time
WALK_MIN = 1.0
#: the planned service time when nothing was measured yet
DEFAULT_SERVICE_MIN = 20.0


@dataclass(frozen=True, slots=True)
class CallFact:
    """One call as the display's view shows it (times aware UTC)."""

    counter: str | None
    called_at: dt.datetime
    service_started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Throughput:
    """What the estimate rests on, for one service point at one moment."""

    counters: int               # counters at work
    interval_min: float         # minutes between two calls at one counter
    samples: int                # how many intervals (or service times) were measured
    source: str                 # "intervals" | "service_times" | "planned"

    def wait_minutes(self, ahead: int) -> float | None:
        """Minutes until someone with ``ahead`` people before them is called; None when
        no counter is at work (nobody can say)."""
        if ahead <= 0:
            return 0.0 if self.counters else None
        if self.counters <= 0:
            return None
        return (ahead + 0.5) * self.interval_min / self.counters


def throughput(calls: Iterable[CallFact], now: dt.datetime, *,
               planned_service_min: float = DEFAULT_SERVICE_MIN) -> Throughput:
    """The service point's current pace from its calls (any order, any day part)."""
    since = now - WINDOW
    recent = sorted((c for c in calls if since <= c.called_at <= now),
                    key=lambda c: c.called_at)
    active_since = now - COUNTER_ACTIVE
    counters = {c.counter for c in recent if c.counter and c.called_at >= active_since}
    last_by_counter: dict[str, dt.datetime] = {}
    intervals: list[float] = []
    for c in recent:
        if not c.counter:
            continue
        before = last_by_counter.get(c.counter)
        if before is not None:
            minutes = (c.called_at - before).total_seconds() / 60
            if 0 < minutes <= MAX_INTERVAL_MIN:
                intervals.append(minutes)
        last_by_counter[c.counter] = c.called_at
    if len(intervals) >= MIN_SAMPLES:
        return Throughput(len(counters), _robust_mean(intervals), len(intervals), "intervals")
    services = [(c.finished_at - c.service_started_at).total_seconds() / 60
                for c in recent if c.finished_at and c.service_started_at
                and c.finished_at > c.service_started_at]
    if len(services) >= MIN_SAMPLES:
        return Throughput(len(counters), _robust_mean(services) + WALK_MIN, len(services),
                          "service_times")
    return Throughput(len(counters), float(planned_service_min), 0, "planned")


def _robust_mean(values: Sequence[float]) -> float:
    """The mean without the top and bottom tenth (one forgotten "finish" must not
    double the estimate)."""
    ordered = sorted(values)
    cut = len(ordered) // 10
    kept = ordered[cut:len(ordered) - cut] if cut else ordered
    return statistics.fmean(kept)


def rounded_minutes(minutes: float | None) -> int | None:
    """What people are told: whole 5 minutes, at least 5 when anyone is ahead."""
    if minutes is None:
        return None
    if minutes <= 0:
        return 0
    return max(5, int(5 * math.ceil(minutes / 5 - 0.2)))
