"""The waiting-time estimate's error on simulated days (docs/waiting-time.md).

Usage: .venv/bin/python benchmarks/bench_waiting_time.py [days]

A simulated day of one service point, 08:00-15:00: people arrive at random (more in the
morning), are called first come first served by counters that open, take a lunch break
and close; service times are log-normal around 12 minutes, plus a walk to the desk, and
now and then someone does not answer a call (the counter waits 2 minutes and calls the
next). At each arrival the estimate is made exactly as the display and the ticket make
it (desk_app.domain.waiting_time.throughput on the calls made so far, with the people
ahead), and compared with the wait that then happened. Reported: the mean absolute
error in minutes, raw and as printed (rounded to 5 min), against a naive estimate
(people ahead x the planned 20 min / the nominal counters).
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import platform
import random
import statistics
import sys

from desk_app.domain.waiting_time import CallFact, rounded_minutes, throughput

T0 = dt.datetime(2026, 11, 25, 7, 0, tzinfo=dt.timezone.utc)   # 08:00 Berlin


def _t(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def simulate(seed: int, counters: int = 4) -> list[tuple[float, float | None, float]]:
    """One day; returns (actual wait, estimate, naive estimate) per arrival."""
    rnd = random.Random(seed)
    # counter i works [start, end) with a 30-minute break at a random time
    shifts = []
    for i in range(counters):
        start = rnd.choice((0, 0, 15, 30))
        end = 420 - rnd.choice((0, 30, 60))
        pause = rnd.uniform(150, 270)
        shifts.append((start, end, pause, pause + 30))
    arrivals, t = [], 0.0
    while True:
        rate = 0.42 if t < 180 else 0.26            # people per minute
        t += rnd.expovariate(rate)
        if t >= 390:
            break
        arrivals.append(t)
    # event simulation: counters take the queue's head when free and working
    queue: list[int] = []
    called_at: dict[int, float] = {}
    calls: list[CallFact] = []
    free_at = [s[0] for s in shifts]
    estimates: dict[int, tuple[float | None, float]] = {}
    events = [(a, 0, i) for i, a in enumerate(arrivals)]          # (time, kind, who)
    events += [(free_at[c], 1, c) for c in range(counters)]        # counter free
    heapq.heapify(events)
    idle: set[int] = set()
    while events:
        now, kind, who = heapq.heappop(events)
        if kind == 0:
            ahead = len(queue)
            pace = throughput(calls, _t(now))
            estimates[who] = (pace.wait_minutes(ahead),
                              (ahead + 0.5) * 20 / counters)
            queue.append(who)
            for c in sorted(idle):
                idle.discard(c)
                heapq.heappush(events, (now, 1, c))
                break
            continue
        c = who
        start, end, p0, p1 = shifts[c]
        if now >= end:
            continue
        if p0 <= now < p1:
            heapq.heappush(events, (p1, 1, c))
            continue
        if not queue:
            idle.add(c)
            continue
        person = queue.pop(0)
        called_at[person] = now
        if rnd.random() < 0.04:                    # does not answer: 2 min lost, called later
            calls.append(CallFact(f"S{c}", _t(now)))
            queue.insert(min(len(queue), 3), person)
            heapq.heappush(events, (now + 2, 1, c))
            continue
        service = rnd.lognormvariate(math.log(11), 0.5)
        walk = rnd.uniform(0.5, 1.5)
        calls.append(CallFact(f"S{c}", _t(now), _t(now + walk), _t(now + walk + service)))
        heapq.heappush(events, (now + walk + service, 1, c))
    out = []
    for i, a in enumerate(arrivals):
        if i in called_at:
            est, naive = estimates[i]
            out.append((called_at[i] - a, est, naive))
    return out


def main(days: int = 30) -> None:
    errors, rounded, naive, missing, waits = [], [], [], 0, []
    for seed in range(days):
        for actual, est, nv in simulate(seed):
            waits.append(actual)
            naive.append(abs(nv - actual))
            if est is None:
                missing += 1
                continue
            errors.append(abs(est - actual))
            rounded.append(abs(rounded_minutes(est) - actual))
    print(f"machine: {platform.machine()}, Python {platform.python_version()}")
    print(f"simulated days: {days}, arrivals: {len(waits)}, mean wait {statistics.fmean(waits):.1f} min, "
          f"median {statistics.median(waits):.1f} min")
    print(f"MAE estimate: {statistics.fmean(errors):.1f} min (as printed, rounded to 5: "
          f"{statistics.fmean(rounded):.1f} min); median abs error {statistics.median(errors):.1f} min")
    print(f"MAE naive (ahead x 20 min / {4} counters): {statistics.fmean(naive):.1f} min")
    print(f"no estimate (no counter at work yet): {missing} arrivals")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
