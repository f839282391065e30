import datetime as dt

import pytest

from desk_app.domain.clock import (
    BERLIN, UTC, business_day, day_bounds_utc, ensure_utc, local_to_utc, to_local,
)


def u(*args):
    return dt.datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize("moment,day", [
    (u(2026, 11, 24, 22, 59), dt.date(2026, 11, 24)),
    (u(2026, 11, 24, 23, 0), dt.date(2026, 11, 25)),   # midnight Berlin, winter (UTC+1)
    (u(2026, 7, 1, 21, 59), dt.date(2026, 7, 1)),
    (u(2026, 7, 1, 22, 0), dt.date(2026, 7, 2)),       # midnight Berlin, summer (UTC+2)
    (u(2026, 3, 29, 0, 59), dt.date(2026, 3, 29)),     # DST starts 29 March 2026
    (u(2026, 3, 29, 21, 59), dt.date(2026, 3, 29)),
    (u(2026, 3, 29, 22, 0), dt.date(2026, 3, 30)),
    (u(2026, 10, 24, 21, 59), dt.date(2026, 10, 24)),  # DST ends 25 October 2026
    (u(2026, 10, 24, 22, 0), dt.date(2026, 10, 25)),
    (u(2026, 10, 25, 22, 59), dt.date(2026, 10, 25)),
    (u(2026, 10, 25, 23, 0), dt.date(2026, 10, 26)),
])
def test_business_day_is_the_berlin_date(moment, day):
    assert business_day(moment) == day


def test_day_bounds_on_dst_days():
    start, end = day_bounds_utc(dt.date(2026, 3, 29))
    assert (start, end) == (u(2026, 3, 28, 23, 0), u(2026, 3, 29, 22, 0))
    assert end - start == dt.timedelta(hours=23)
    start, end = day_bounds_utc(dt.date(2026, 10, 25))
    assert (start, end) == (u(2026, 10, 24, 22, 0), u(2026, 10, 25, 23, 0))
    assert end - start == dt.timedelta(hours=25)
    start, end = day_bounds_utc(dt.date(2026, 11, 25))
    assert end - start == dt.timedelta(hours=24) and start == u(2026, 11, 24, 23, 0)
    for moment in (start, end - dt.timedelta(microseconds=1)):
        assert business_day(moment) == dt.date(2026, 11, 25)
    assert business_day(end) == dt.date(2026, 11, 26)


def test_local_to_utc_and_back():
    assert local_to_utc(dt.date(2026, 11, 25), dt.time(9, 0)) == u(2026, 11, 25, 8, 0)
    assert local_to_utc(dt.date(2026, 7, 1), dt.time(9, 0)) == u(2026, 7, 1, 7, 0)
    assert local_to_utc(dt.date(2026, 3, 29), dt.time(9, 0)) == u(2026, 3, 29, 7, 0)
    assert local_to_utc(dt.date(2026, 3, 28), dt.time(9, 0)) == u(2026, 3, 28, 8, 0)
    local = to_local(u(2026, 10, 25, 8, 0))
    assert (local.hour, local.minute, local.tzinfo) == (9, 0, BERLIN)
    assert local_to_utc(dt.date(2026, 11, 25), dt.time(9, 0)).tzinfo is UTC


def test_ensure_utc():
    naive = dt.datetime(2026, 11, 25, 8, 0)
    assert ensure_utc(naive) == u(2026, 11, 25, 8, 0) and ensure_utc(naive).tzinfo is UTC
    berlin = dt.datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN)
    assert ensure_utc(berlin) == u(2026, 11, 25, 8, 0)
    assert ensure_utc(berlin).utcoffset() == dt.timedelta(0)
