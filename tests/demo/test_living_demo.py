"""The demo day lives: whenever it starts, it is a real morning at that moment (issue 10)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest
from sqlalchemy import select

from desk_app.domain.clock import ensure_utc
from desk_app.domain.document_orders import DocState
from desk_app.domain.states import State
from desk_app.models import DocumentOrder
from desk_app.services import queue_read
from desk_app.services.demo import seed_demo_day
from desk_app.ui.queue_model import COL_WAITING, QueueModel
from tests.support import DAY, at

SUNDAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize("moment", [at(8, 0), at(12, 30), at(17, 45), at(1, 15, SUNDAY)],
                         ids=["08:00", "12:30", "17:45", "Sunday 01:15"])
async def test_every_wait_shown_is_under_an_hour(moment, sqlite_database_url, open_db, qapp):
    db = open_db(sqlite_database_url)
    day = moment.astimezone(dt.timezone(dt.timedelta(hours=1))).date()
    summary = await seed_demo_day(db, day, now=moment, size=160)
    assert summary.as_of == moment  # the demo shows the real clock, whatever the hour
    async with db.read() as s:
        entries = await queue_read.day_queue(s, day)
        orders = (await s.execute(select(DocumentOrder))).scalars().all()
    states = Counter(e.state for e in entries)
    assert states[State.WAITING] >= 3, states
    assert states[State.CALLED] + states[State.IN_SERVICE] >= 1, states
    assert states[State.NO_SHOW] >= 1, states  # behind
    assert sum(1 for e in entries if e.state == State.BOOKED
               and e.scheduled_at > moment) >= 20, "bookings ahead"
    model = QueueModel(now=lambda: moment)
    model.set_rows(entries)
    shown = [model.index(r, COL_WAITING).data() for r in range(model.rowCount())]
    minutes = [int(m) for text in shown if text for m in re.findall(r"\((\d+) Min\.\)", text)]
    assert len(minutes) == sum(1 for e in entries if e.state in
                               (State.WAITING, State.CALLED, State.PARKED))
    assert minutes and max(minutes) < 60, sorted(minutes)[-5:]
    waits = [(moment - e.waiting_since).total_seconds() / 60 for e in entries
             if e.state == State.WAITING]
    assert max(waits) <= 45 and sum(5 <= w <= 40 for w in waits) >= len(waits) // 2
    # the pickup desk has documents on the shelf and some still at the printer
    doc_states = Counter(o.state for o in orders)
    assert doc_states[DocState.ARRIVED.value] >= 2 and doc_states[DocState.ORDERED.value] >= 1, \
        doc_states
    assert all(ensure_utc(o.ordered_at) <= moment for o in orders)


def test_a_weekend_or_holiday_start_shows_the_last_working_day():
    from desk_app.services.demo import demo_day_for, demo_now

    assert demo_day_for(SUNDAY) == dt.date(2026, 11, 27)              # Friday
    assert demo_day_for(dt.date(2026, 11, 28)) == dt.date(2026, 11, 27)
    assert demo_day_for(DAY) == DAY                                    # a Wednesday
    assert demo_day_for(dt.date(2026, 12, 26)) == dt.date(2026, 12, 24)  # Sat after Christmas
    assert demo_day_for(dt.date(2026, 4, 6)) == dt.date(2026, 4, 2)      # Easter Monday
    assert demo_day_for(dt.date(2027, 1, 1)) == dt.date(2026, 12, 31)
    # the same time of day, on that working day
    sunday_evening = at(17, 45, SUNDAY)
    assert demo_now(sunday_evening) == at(17, 45, dt.date(2026, 11, 27))
    assert demo_now(at(12, 30)) == at(12, 30)


async def test_a_sunday_demo_is_a_friday(sqlite_database_url, open_db):
    from desk_app.domain.clock import business_day
    from desk_app.services.demo import demo_now

    now = demo_now(at(17, 45, SUNDAY))
    db = open_db(sqlite_database_url)
    summary = await seed_demo_day(db, business_day(now), now=now, size=80)
    async with db.read() as s:
        friday = await queue_read.day_queue(s, dt.date(2026, 11, 27))
        sunday = await queue_read.day_queue(s, SUNDAY)
    assert summary.as_of == now and len(friday) >= 60 and sunday == []
