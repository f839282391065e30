"""Hypothesis: calling across queues is fair (domain.lead.pick_queue, simulated day).

- within a queue the queue's own order holds (only heads are picked);
- a head that waited max_wait or longer goes before anyone who came after it;
- otherwise the lowest tier with someone is served, and within a tier the calls follow
  the weights: for queues that always had someone, served/weight never differ by more
  than one call's worth;
- nobody waits forever: with service keeping up on average, every wait stays bounded.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings, strategies as st

from desk_app.domain.lead import QueueHead, pick_queue

T0 = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.timezone.utc)
MAX_WAIT = dt.timedelta(minutes=45)

queues = st.lists(st.tuples(st.integers(1, 4), st.integers(0, 2)), min_size=1, max_size=4)


def _simulate(config, arrivals, minutes_per_call):
    """config: [(weight, tier)]; arrivals: [(minute, queue index)]. One call every
    ``minutes_per_call``. Returns the calls as (time, queue, arrival, heads)."""
    waiting = {q: [] for q in range(len(config))}
    pending = sorted(arrivals)
    served = {q: 0 for q in waiting}
    calls = []
    now = T0
    next_id = 0
    while pending or any(waiting.values()):
        while pending and T0 + dt.timedelta(minutes=pending[0][0]) <= now:
            minute, q = pending.pop(0)
            waiting[q].append((T0 + dt.timedelta(minutes=minute), next_id))
            next_id += 1
        heads = [QueueHead(q, items[0][1], items[0][0], config[q][0], config[q][1], served[q])
                 for q, items in waiting.items() if items]
        choice = pick_queue(heads, now, max_wait=MAX_WAIT)
        if choice is not None:
            item = waiting[choice.queue].pop(0)
            assert item[1] == choice.entry_id          # the queue's own order: its head
            served[choice.queue] += 1
            calls.append((now, choice, heads))
        now += dt.timedelta(minutes=minutes_per_call)
    return calls


@settings(max_examples=150, deadline=None)
@given(config=queues,
       arrivals=st.lists(st.tuples(st.integers(0, 240), st.integers(0, 3)), max_size=80),
       minutes_per_call=st.integers(1, 4))
def test_picks_are_fair(config, arrivals, minutes_per_call):
    arrivals = [(m, q % len(config)) for m, q in arrivals]
    calls = _simulate(config, arrivals, minutes_per_call)
    assert len(calls) == len(arrivals)                 # everyone is called
    for now, choice, heads in calls:
        overdue = [h for h in heads if now - h.sort_at >= MAX_WAIT]
        if overdue:
            # the longest-waiting overdue head goes first, whatever weights and tiers say
            assert choice.sort_at == min(h.sort_at for h in overdue)
        else:
            assert choice.tier == min(h.tier for h in heads)
            same = [h for h in heads if h.tier == choice.tier]
            # weighted fair: nobody in the tier had a smaller (served + 1) / weight
            assert all((choice.served + 1) / choice.weight <= (h.served + 1) / h.weight
                       for h in same)


@settings(max_examples=100, deadline=None)
@given(weights=st.lists(st.integers(1, 5), min_size=2, max_size=4), calls=st.integers(1, 200))
def test_backlogged_queues_share_calls_by_weight(weights, calls):
    """Every queue always has someone (same tier, nobody overdue): each queue's calls
    stay within one of its weighted share."""
    served = [0] * len(weights)
    now = T0
    for _ in range(calls):
        heads = [QueueHead(q, 1000 * q + served[q], now, w, 0, served[q])
                 for q, w in enumerate(weights)]
        served[pick_queue(heads, now).queue] += 1
    total_weight = sum(weights)
    for q, w in enumerate(weights):
        share = calls * w / total_weight
        assert abs(served[q] - share) <= len(weights)
    norm = [s / w for s, w in zip(served, weights)]
    assert max(norm) - min(norm) <= 1.0 + 1e-9


@settings(max_examples=200, deadline=None)
@example(config=[(1, 0), (1, 1)], arrivals=[(0, 1)] + [(m, 0) for m in range(40)],
         minutes_per_call=3)
@given(config=queues,
       arrivals=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 3)), max_size=80),
       minutes_per_call=st.integers(1, 3))
def test_nobody_waits_forever(config, arrivals, minutes_per_call):
    """Bursts, strict tiers, any weights: once a person has waited max_wait, only people
    who came before them can still go first, so every wait is bounded by max_wait plus
    one call per earlier arrival (and one for the slot itself)."""
    arrivals = [(m, q % len(config)) for m, q in arrivals]
    calls = _simulate(config, arrivals, minutes_per_call)
    step = dt.timedelta(minutes=minutes_per_call)
    for now, choice, _heads in calls:
        earlier = sum(1 for m, _q in arrivals if T0 + dt.timedelta(minutes=m) < choice.sort_at)
        assert now - choice.sort_at <= MAX_WAIT + step * (earlier + 1)


def test_a_starving_tier_gets_its_turn_after_max_wait():
    """EU (tier 0) always has someone; a Visa person (tier 1) is called once overdue."""
    config = [(1, 0), (1, 1)]
    arrivals = [(m, 0) for m in range(0, 120)] + [(0, 1)]
    calls = _simulate(config, arrivals, 1)
    visa_call = next(now for now, choice, _h in calls if choice.queue == 1)
    assert visa_call - T0 == MAX_WAIT
