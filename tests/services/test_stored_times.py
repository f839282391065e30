"""Stored times come back as aware UTC datetimes, however SQLite or asyncpg hand them
over, also when the parsed text is served from the bounded cache."""

from __future__ import annotations

import datetime as dt

from desk_app.services import queue_read
from desk_app.services.queue_read import _utc

UTC = dt.timezone.utc


def test_sqlite_texts_and_driver_datetimes_become_aware_utc():
    cases = {
        "2026-11-25 08:00:00.000000": dt.datetime(2026, 11, 25, 8, tzinfo=UTC),
        "2026-11-25 08:00:00": dt.datetime(2026, 11, 25, 8, tzinfo=UTC),
        "2026-11-25 08:00:00+01:00": dt.datetime(2026, 11, 25, 7, tzinfo=UTC),
        "2026-11-25T07:00:00Z": dt.datetime(2026, 11, 25, 7, tzinfo=UTC),
        "2026-11-25 08:00:00.123456-02:00": dt.datetime(2026, 11, 25, 10, 0, 0, 123456,
                                                        tzinfo=UTC),
    }
    for _ in range(2):                       # parsed, then from the cache
        for text, expected in cases.items():
            got = _utc(text)
            assert got == expected and got.tzinfo is UTC, text
    assert _utc(None) is None
    naive = dt.datetime(2026, 11, 25, 8)
    assert _utc(naive) == dt.datetime(2026, 11, 25, 8, tzinfo=UTC)
    berlin = dt.datetime(2026, 11, 25, 9, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert _utc(berlin) == dt.datetime(2026, 11, 25, 8, tzinfo=UTC)
    assert _utc(berlin).tzinfo is UTC


def test_the_cache_stays_bounded(monkeypatch):
    monkeypatch.setattr(queue_read, "_PARSED_MAX", 50)
    queue_read._PARSED.clear()
    base = dt.datetime(2026, 11, 25, 8, tzinfo=UTC)
    for i in range(200):
        text = f"2026-11-25 08:00:00.{i:06d}"
        assert _utc(text) == base + dt.timedelta(microseconds=i)
        assert len(queue_read._PARSED) <= 50
