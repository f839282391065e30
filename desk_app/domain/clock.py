"""Time: stored in UTC, the business day is the Europe/Berlin date."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
UTC = dt.timezone.utc


def utcnow() -> dt.datetime:
    return dt.datetime.now(UTC)


def ensure_utc(value: dt.datetime) -> dt.datetime:
    """Aware UTC datetime. A naive value is taken as UTC (as SQLite returns it)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def to_local(value: dt.datetime) -> dt.datetime:
    return ensure_utc(value).astimezone(BERLIN)


def business_day(value: dt.datetime) -> dt.date:
    """The office's business day for a moment in time."""
    return to_local(value).date()


def day_bounds_utc(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of a Berlin business day in UTC; DST days are 23 or 25 hours long."""
    start = dt.datetime.combine(day, dt.time(0), BERLIN)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), BERLIN)
    return start.astimezone(UTC), end.astimezone(UTC)


def local_to_utc(day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, time, BERLIN).astimezone(UTC)
