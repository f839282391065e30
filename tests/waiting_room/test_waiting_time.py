"""The waiting-time estimate: the pure method (domain) and the service that reads the
views, on both databases."""

from __future__ import annotations

import datetime as dt

from desk_app.domain.states import Action, Outcome
from desk_app.domain.waiting_time import CallFact, rounded_minutes, throughput
from desk_app.services import waiting_time
from tests.services.helpers import office
from tests.support import at, person

T0 = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.timezone.utc)


def _calls(counter: str, start: dt.datetime, every_min: float, n: int) -> list[CallFact]:
    return [CallFact(counter, start + dt.timedelta(minutes=every_min * i)) for i in range(n)]


def test_pace_from_intervals_between_calls_at_each_counter():
    calls = _calls("S1", T0, 12, 6) + _calls("S2", T0 + dt.timedelta(minutes=3), 12, 6)
    now = T0 + dt.timedelta(minutes=65)
    pace = throughput(calls, now)
    assert (pace.counters, pace.source) == (2, "intervals")
    assert abs(pace.interval_min - 12) < 1e-9
    # 4 ahead at 2 counters, one call per 12 min each: (4 + 0.5) * 12 / 2
    assert pace.wait_minutes(4) == 27
    assert pace.wait_minutes(0) == 0


def test_a_break_and_an_old_morning_do_not_count():
    calls = _calls("S1", T0, 10, 4) + [CallFact("S1", T0 + dt.timedelta(minutes=30 + 70))]
    pace = throughput(calls, T0 + dt.timedelta(minutes=110))
    assert pace.interval_min == 10          # the 70-minute gap was a break
    late = throughput(calls, T0 + dt.timedelta(hours=5))
    assert late.counters == 0 and late.wait_minutes(3) is None   # nobody at work


def test_fallbacks_service_times_then_planned():
    few = [CallFact(f"S{i}", T0 + dt.timedelta(minutes=i), T0 + dt.timedelta(minutes=i + 1),
                    T0 + dt.timedelta(minutes=i + 16)) for i in range(3)]
    pace = throughput(few, T0 + dt.timedelta(minutes=30))
    assert pace.source == "service_times" and pace.interval_min == 16   # 15 + the walk
    nothing = throughput([CallFact("S1", T0)], T0 + dt.timedelta(minutes=5),
                         planned_service_min=25)
    assert (nothing.source, nothing.interval_min, nothing.counters) == ("planned", 25, 1)


def test_rounding_what_people_are_told():
    assert [rounded_minutes(m) for m in (None, 0, 0.4, 4, 11, 12, 27, 21)] == [None, 0, 5, 5, 10, 15, 30, 20]


async def test_board_and_entry_estimate_read_the_views(db):
    o = await office(db)
    sp = o.sp["BI"]
    walk_ins = []
    for i in range(8):
        walk_ins.append(await o.reception.register_walk_in(service_point_id=sp,
                                                           applicants=[person(f"W{i}")]))
    # two counters each serve two people, ten minutes apart
    for minute in (0, 10, 20):
        o.clock.set(at(9, minute))
        for clerk in (o.clerk, o.clerk2):
            e = await clerk.call_next(service_point_id=sp)
            await clerk.act(e.id, Action.APPEAR)
            o.clock.advance(minutes=8)
            await clerk.act(e.id, Action.FINISH,
                            outcomes={e.members[0].applicant_id: Outcome.COMPLETED})
            o.clock.set(at(9, minute))
    now = at(9, 25)
    async with db.read() as s:
        est = {e.service_point: e for e in await waiting_time.board(s, now)}
        last = await waiting_time.estimate_for_entry(s, walk_ins[-1].id, now)
        first_done = await waiting_time.estimate_for_entry(s, walk_ins[0].id, now)
    bi = est["BI"]
    assert (bi.waiting, bi.counters, bi.source) == (2, 2, "intervals")
    assert bi.minutes == (2 + 0.5) * 10 / 2
    assert (last.ahead, last.minutes) == (1, 1.5 * 10 / 2)
    assert first_done is None   # served, not waiting
