"""The demo day: realistic, varied and driven through the real services."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from sqlalchemy import func, select

from desk_app.domain.clock import local_to_utc
from desk_app.domain.states import EntryKind, State
from desk_app.models import Applicant, AuditEvent
from desk_app.services.demo import seed_demo_day
from desk_app.services import queue_read
from tests.support import DAY, at


async def test_demo_day_is_varied_and_progressed(sqlite_database_url, open_db):
    db = open_db(sqlite_database_url)
    summary = await seed_demo_day(db, DAY, now=at(2, 0, DAY - dt.timedelta(days=3)), size=160)
    assert summary.as_of == at(10, 30)  # a day other than today: a mid-morning picture
    async with db.read() as s:
        entries = await queue_read.day_queue(s, DAY)
        people = (await s.execute(select(Applicant))).scalars().all()
        audits = await s.scalar(select(func.count()).select_from(AuditEvent))
    assert summary.entries == len(entries) >= 140
    states = Counter(e.state for e in entries)
    for state in (State.BOOKED, State.WAITING, State.DONE, State.NO_SHOW):
        assert states[state] > 0, states
    assert 0.05 < states[State.NO_SHOW] / len([e for e in entries if e.scheduled_at
                                              and e.scheduled_at < summary.as_of]) < 0.25
    assert any(e.kind == EntryKind.WALK_IN for e in entries)
    assert any(len(e.members) > 1 for e in entries), "families share one entry"
    names = " ".join(f"{p.family_name} {p.given_name}" for p in people)
    assert re.search(r"[\u0600-\u06FF]", names), "Arabic script"
    assert re.search(r"[\u0400-\u04FF]", names), "Cyrillic script"
    assert re.search(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", names.lower()), "Vietnamese"
    assert re.search(r"[şğıİçö]", names), "Turkish"
    assert any(p.birth_date and p.birth_date.endswith("-00") for p in people), "unknown birth days"
    assert any(not p.email and not p.phone for p in people), "people without contact data"
    assert audits >= len(entries), "every step went through the services"
    # nobody waits for a time that has not come yet
    assert all(e.checked_in_at is None or e.checked_in_at <= summary.as_of for e in entries)
