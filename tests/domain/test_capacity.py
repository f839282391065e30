"""Capacity, holidays, blocked times and the overbooking rule: pure domain tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.domain import capacity as cap
from desk_app.domain.clock import local_to_utc

MONDAY = dt.date(2026, 11, 30)


def rule(weekday=0, opens="08:00", closes="10:00", minutes=20, counters=3, service_id=None):
    return cap.CapacityRule(1, weekday, cap.parse_time(opens), cap.parse_time(closes), minutes,
                            counters, service_id)


def local(day, hh, mm=0):
    return local_to_utc(day, dt.time(hh, mm))


def test_a_rule_opens_slots_of_its_length_in_berlin_time():
    slots = cap.slots_between([rule()], MONDAY, MONDAY)
    assert [s.starts_at for s in slots] == [local(MONDAY, 8, m) for m in (0, 20, 40)] + [
        local(MONDAY, 9, m) for m in (0, 20, 40)]
    assert all(s.capacity == 3 for s in slots)
    assert slots[0].ends_at - slots[0].starts_at == dt.timedelta(minutes=20)


def test_a_slot_that_does_not_fit_before_closing_is_not_offered():
    slots = cap.slots_between([rule(closes="09:50", minutes=30)], MONDAY, MONDAY)
    assert [s.starts_at for s in slots] == [local(MONDAY, 8), local(MONDAY, 8, 30),
                                            local(MONDAY, 9)]


def test_only_the_rules_weekday_opens_slots():
    slots = cap.slots_between([rule(weekday=2)], MONDAY, MONDAY + dt.timedelta(days=6))
    assert {s.day for s in slots} == {MONDAY + dt.timedelta(days=2)}


def test_slots_across_the_dst_change_keep_wall_clock_time():
    sunday_before = dt.date(2026, 3, 30)  # Monday after the spring change
    slots = cap.slots_between([rule()], sunday_before, sunday_before)
    assert slots[0].starts_at == dt.datetime(2026, 3, 30, 6, 0, tzinfo=dt.timezone.utc)


def test_public_holidays_of_the_federal_state_open_no_slot():
    # Allerheiligen (1 Nov) is a holiday in NRW and Bavaria, not in Berlin
    day = dt.date(2027, 11, 1)   # a Monday
    nrw = cap.public_holidays("NW", day, day)
    assert nrw == {day: "Allerheiligen"}
    assert cap.public_holidays("BE", day, day) == {}
    assert cap.slots_between([rule()], day, day, holidays=nrw) == []
    assert len(cap.slots_between([rule()], day, day, holidays={})) == 6
    # Fronleichnam 2026 (4 June) in NRW, not in Berlin; Christmas everywhere
    assert dt.date(2026, 6, 4) in cap.public_holidays("NW", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert dt.date(2026, 6, 4) not in cap.public_holidays("BE", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert cap.valid_federal_state("by") and not cap.valid_federal_state("XX")


def test_a_blocked_counter_takes_one_place_a_blocked_service_point_all():
    meeting = cap.Blocked(local(MONDAY, 8, 30), local(MONDAY, 9, 0), "Dienstbesprechung")
    training = cap.Blocked(local(MONDAY, 9, 0), local(MONDAY, 9, 30), "Schulung", counter_id=7)
    slots = cap.slots_between([rule()], MONDAY, MONDAY, blocked=[meeting, training])
    by_start = {s.starts_at: s for s in slots}
    assert by_start[local(MONDAY, 8, 0)].capacity == 3
    assert by_start[local(MONDAY, 8, 20)].capacity == 0     # overlaps 8:30
    assert by_start[local(MONDAY, 8, 40)].capacity == 0
    assert by_start[local(MONDAY, 8, 40)].blocked_reason == "Dienstbesprechung"
    assert by_start[local(MONDAY, 9, 0)].capacity == 2
    assert by_start[local(MONDAY, 9, 20)].capacity == 2
    assert by_start[local(MONDAY, 9, 40)].capacity == 3


def test_a_service_with_its_own_pool_uses_it_others_share_the_service_points():
    shared, own = rule(counters=3), rule(counters=1, service_id=5)
    assert cap.rules_for([shared, own], 5) == [own]
    assert cap.rules_for([shared, own], 6) == [shared]
    assert cap.rules_for([shared, own], None) == [shared]


@pytest.mark.parametrize("capacity,percent,limit", [
    (0, 20, 0), (1, 0, 1), (1, 12, 1), (4, 25, 5), (6, 12, 6), (10, 12, 11), (6, 50, 9),
    (6, 90, 9),   # capped at 50 %
])
def test_slot_limit_is_capacity_plus_the_allowance_rounded_down(capacity, percent, limit):
    assert cap.slot_limit(capacity, percent) == limit


def test_next_free_skips_full_and_past_slots_and_stops_at_count():
    slots = cap.slots_between([rule(counters=2)], MONDAY, MONDAY)
    booked = {slots[1].starts_at: 2, slots[2].starts_at: 1}
    free = cap.next_free(slots, booked, 0, after=slots[0].starts_at, count=3)
    assert [f.starts_at for f in free] == [slots[2].starts_at, slots[3].starts_at,
                                           slots[4].starts_at]
    assert [f.free for f in free] == [1, 2, 2]


def test_the_week_offer_in_the_offices_words():
    rules = [rule(weekday=d, counters=2) for d in range(5)]
    holidays = {MONDAY + dt.timedelta(days=3): "Testfeiertag"}
    slots = cap.slots_between(rules, MONDAY, MONDAY + dt.timedelta(days=6), holidays=holidays)
    booked = {slots[0].starts_at: 2, slots[7].starts_at: 1}
    offer = cap.week_offer(2026, 49, "BI", slots, booked, 0, holidays)
    assert offer.title == "Terminangebot KW 49"
    assert offer.offered == 4 * 6 * 2 and offer.booked == 3
    assert offer.days[3].offered == 0 and offer.days[3].holiday == "Testfeiertag"
    assert offer.booked_percent == round(100 * 3 / 48)


def test_the_allowance_follows_the_measured_no_show_rate():
    history = [cap.SlotHistory(capacity=4, booked=4, no_shows=1)] * 10 + [
        cap.SlotHistory(capacity=4, booked=4, no_shows=0)] * 15
    rate = cap.no_show_rate(history)
    assert rate == pytest.approx(10 / 100)
    assert cap.suggested_percent(rate) == 10
    assert cap.suggested_percent(0.124) == 12 and cap.suggested_percent(None) == 0
    assert cap.suggested_percent(0.9) == cap.MAX_OVERBOOKING_PERCENT


def test_what_an_allowance_would_have_done():
    # 10 full slots of 10 places, 2 no-shows each: 20 places left empty
    history = [cap.SlotHistory(capacity=10, booked=10, no_shows=2)] * 10
    none = cap.simulate_allowance(history, 0)
    assert (none.extra_bookings, none.turned_away, none.left_empty,
            none.left_empty_without) == (0, 0.0, 20.0, 20)
    # 20 %: 2 extra per slot, 80 % of them come -> 1.6 more people, 0.4 places empty
    twenty = cap.simulate_allowance(history, 20)
    assert twenty.extra_bookings == 20
    assert twenty.left_empty == pytest.approx(4.0) and twenty.turned_away == 0.0
    # 50 %: 5 extra, 4 come: 2 people too many per slot
    fifty = cap.simulate_allowance(history, 50)
    assert fifty.turned_away == pytest.approx(20.0) and fifty.left_empty == 0.0
    # a slot that was not full gets no extra bookings
    half = cap.simulate_allowance([cap.SlotHistory(10, 5, 1)], 50)
    assert half.extra_bookings == 0 and half.left_empty == 6.0


def test_weekday_and_time_parsing():
    assert cap.parse_weekdays("Mo-Fr") == [0, 1, 2, 3, 4]
    assert cap.parse_weekdays("Mo, Mi,Fr") == [0, 2, 4]
    with pytest.raises(cap.CapacityError):
        cap.parse_weekdays("Fr-Mo")
    with pytest.raises(cap.CapacityError):
        cap.parse_weekdays("Xy")
    with pytest.raises(cap.CapacityError):
        cap.parse_time("8 Uhr")
    with pytest.raises(cap.CapacityError):
        rule(opens="10:00", closes="09:00")


# -- properties -----------------------------------------------------------------------------
@st.composite
def capacities(draw):
    return draw(st.integers(0, 12)), draw(st.integers(0, 80))


@settings(max_examples=300, deadline=None)
@given(capacities(), st.lists(st.integers(1, 4), max_size=40))
def test_never_more_bookings_than_capacity_plus_allowance(cap_and_percent, requests):
    """Whatever sequence of bookings (single people or families taking one place each,
    or several places at once) is tried, may_book never lets a slot pass its limit."""
    capacity, percent = cap_and_percent
    booked = 0
    for places in requests:
        if cap.may_book(booked, places, capacity, percent):
            booked += places
        assert booked <= capacity + capacity * min(percent, cap.MAX_OVERBOOKING_PERCENT) // 100
    assert booked <= cap.slot_limit(capacity, percent)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 6), st.integers(0, 50), st.lists(st.integers(0, 30), max_size=60),
       st.lists(st.tuples(st.integers(0, 5), st.integers(1, 4), st.one_of(st.none(),
                                                                         st.integers(1, 3))),
                max_size=4))
def test_booking_the_proposed_slots_never_overbooks(counters, percent, picks, blocks):
    """Booking only what next_free proposes, with blocked times taking counters away,
    never fills a slot beyond its limit, and never books a fully blocked slot."""
    base = local(MONDAY, 8)
    blocked = [cap.Blocked(base + dt.timedelta(minutes=20 * s),
                           base + dt.timedelta(minutes=20 * (s + n)), "b", counter_id=c)
               for s, n, c in blocks]
    slots = cap.slots_between([rule(counters=counters)], MONDAY, MONDAY, blocked=blocked)
    booked: dict[dt.datetime, int] = {}
    for pick in picks:
        free = cap.next_free(slots, booked, percent, after=base - dt.timedelta(minutes=1),
                             count=10)
        if not free:
            break
        chosen = free[pick % len(free)]
        booked[chosen.starts_at] = booked.get(chosen.starts_at, 0) + 1
    for s in slots:
        assert booked.get(s.starts_at, 0) <= cap.slot_limit(s.capacity, percent)
        if s.capacity == 0:
            assert booked.get(s.starts_at, 0) == 0
