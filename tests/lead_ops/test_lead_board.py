"""The board's counting below the UI (services/lead_board.py), without Qt and without a
database: per service point and per counter, from EntryViews, presence and states."""

from __future__ import annotations

import datetime as dt

from desk_app.domain.lead import Presence as CounterState
from desk_app.domain.states import EntryKind, State
from desk_app.services.lead_board import (
    Presence, counter_rows, service_point_rows, staffed_counters,
)
from desk_app.services.lead_ops import CounterPresence
from desk_app.services.views import CounterView, EntryView, ServicePointView

NOW = dt.datetime(2026, 11, 25, 8, 50, tzinfo=dt.timezone.utc)
DAY = NOW.date()


def _sp(sp_id, code, counters=(), reception=False):
    return ServicePointView(sp_id, code, f"Stelle {code}", code[0], "", "", False, reception,
                            tuple(CounterView(c, sp_id, f"Schalter {c}", f"Raum {c}")
                                  for c in counters))


def _entry(entry_id, sp_id, state, *, waiting_min=None, counter=None, clerk=None,
           called_min=None, started_min=None, scheduled_in_min=None):
    ago = lambda m: None if m is None else NOW - dt.timedelta(minutes=m)  # noqa: E731
    return EntryView(
        id=entry_id, kind=EntryKind.APPOINTMENT, state=state, business_day=DAY,
        service_point_id=sp_id, service_point_name="", service_id=None, service_name="",
        scheduled_at=None if scheduled_in_min is None
        else NOW + dt.timedelta(minutes=scheduled_in_min),
        booking_reference=None, ticket=f"T-{entry_id:03d}", counter_id=counter,
        counter_name=None, clerk_id=clerk, assigned_counter_id=None, assigned_clerk_id=None,
        call_count=0, recall_locked_until=None, priority=0, sort_at=None,
        waiting_since=ago(waiting_min), checked_in_at=ago(waiting_min),
        called_at=ago(called_min), service_started_at=ago(started_min), finished_at=None,
        notes="", park_reason=None, late_reason=None, forwarded_from_id=None, version=1)


POINTS = [_sp(1, "BI", (11, 12, 13)), _sp(2, "EU", (21,)), _sp(3, "INFO", (31,), True)]
ENTRIES = [
    _entry(1, 1, State.IN_SERVICE, counter=11, clerk=7, called_min=45, started_min=40),
    _entry(2, 1, State.CALLED, counter=12, clerk=8, called_min=40),
    _entry(3, 1, State.WAITING, waiting_min=50),
    _entry(4, 1, State.WAITING, waiting_min=10),
    _entry(5, 1, State.NO_SHOW),
    _entry(6, 1, State.MISSED),
    _entry(7, 1, State.BOOKED, scheduled_in_min=20),
    _entry(8, 1, State.BOOKED, scheduled_in_min=90),
    _entry(9, 2, State.WAITING, waiting_min=5),
    _entry(10, 2, State.PARKED),
]


def test_service_point_rows_count_each_state_and_the_total_comes_last():
    rows = service_point_rows(POINTS, ENTRIES, staffed={11, 12}, now=NOW,
                              estimates={"BI": 25})
    assert [r.service_point_id for r in rows] == [1, 2, None]      # no reception desk
    assert [r.position for r in rows] == [0, 1, 2]
    bi, eu, total = rows
    assert (bi.waiting, bi.called, bi.in_service, bi.no_show, bi.missed) == (2, 1, 1, 1, 1)
    assert bi.longest_wait == dt.timedelta(minutes=50) and bi.longest_ticket == "T-003"
    assert (bi.staffed, bi.counters) == (2, 3)
    assert (bi.next_hour, bi.next_at) == (1, NOW + dt.timedelta(minutes=20))
    assert bi.estimated_min == 25 and eu.estimated_min is None
    assert (eu.waiting, eu.parked, eu.longest_wait) == (1, 1, dt.timedelta(minutes=5))
    assert total.is_total and total.name == ""
    assert (total.waiting, total.parked, total.staffed, total.counters) == (3, 1, 2, 4)
    assert total.longest_wait == dt.timedelta(minutes=50) and total.longest_ticket == "T-003"


def test_counter_rows_take_who_from_presence_else_from_the_entry():
    presence = [Presence(11, "Frau Albrecht", True, NOW, 7),
                Presence(13, "Herr Still", False, NOW - dt.timedelta(minutes=5), 9)]
    states = {21: CounterPresence(21, CounterState.BREAK, "Mittag",
                                  NOW - dt.timedelta(minutes=15), None)}
    rows = counter_rows(POINTS, ENTRIES, presence, {8: "Herr Bauer"}, states)
    by_id = {r.counter_id: r for r in rows}
    assert [r.position for r in rows] == list(range(len(rows)))
    i1, i2, i3, e1 = by_id[11], by_id[12], by_id[13], by_id[21]
    assert (i1.who, i1.who_source, i1.ticket, i1.state) == (
        "Frau Albrecht", "presence", "T-001", State.IN_SERVICE)
    assert i1.since == NOW - dt.timedelta(minutes=40)       # the start of service
    assert (i2.who, i2.who_source, i2.who_id) == ("Herr Bauer", "entry", 8)
    assert i2.since == NOW - dt.timedelta(minutes=40)       # the call
    assert (i3.who, i3.who_source, i3.ticket) == ("Herr Still", "offline", None)
    assert (e1.presence, e1.presence_reason) == ("BREAK", "Mittag")
    assert staffed_counters(rows) == {11, 12}                # offline does not count

