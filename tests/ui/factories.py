"""Synthetic EntryViews for model tests and benchmarks (no database)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from desk_app.domain.states import EntryKind, State
from desk_app.services.views import EntryView, MemberView

BASE = dt.datetime(2026, 11, 25, 6, 30, tzinfo=dt.timezone.utc)
FAMILIES = ["Nguyễn", "Yılmaz", "Kowalski", "Al-Hassan", "Müller", "Petrenko", "Singh",
            "Okafor", "Ивanova", "Çelik", "García", "Haddad"]
GIVEN = ["Thị Ánh Tuyết", "Mehmet", "Anna", "Omar", "Jonas", "Olena", "Harpreet", "Chidi"]
STATES = [State.BOOKED] * 3 + [State.WAITING] * 3 + [State.CALLED, State.IN_SERVICE,
          State.PARKED, State.DONE, State.DONE, State.NO_SHOW, State.MISSED]


def member(i: int, family: str, given: str, contact: bool = True) -> MemberView:
    return MemberView(applicant_id=i, family_name=family, given_name=given,
                      birth_date="1990-00-00" if i % 7 == 0 else "1990-05-17",
                      nationality="VNM", file_number=f"12-{i:05d}" if i % 9 else None,
                      preferred_language="vi", outcome=None,
                      email="a@example.org" if contact else None)


def view(i: int, *, state: State = State.WAITING, minute: int | None = None, size: int = 1,
         sp: int = 1, family: str | None = None, rnd: random.Random | None = None,
         **kw) -> EntryView:
    rnd = rnd or random.Random(i)
    family = family or FAMILIES[i % len(FAMILIES)]
    at = BASE + dt.timedelta(minutes=minute if minute is not None else i % 480)
    members = tuple(member(i * 10 + k, family, GIVEN[(i + k) % len(GIVEN)],
                           contact=(i + k) % 5 != 0)
                    for k in range(size))
    values = dict(
        id=i, kind=EntryKind.APPOINTMENT, state=state, business_day=dt.date(2026, 11, 25),
        service_point_id=sp, service_point_name="DLZ Bürgerdienste International",
        service_id=1, service_name="Erteilung/Verlängerung Aufenthaltstitel",
        scheduled_at=at, booking_reference=f"TREF{i:04d}",
        ticket=None if state == State.BOOKED else f"I-{i:03d}", counter_id=None,
        counter_name=None, clerk_id=None, assigned_counter_id=None, assigned_clerk_id=None,
        call_count=0, recall_locked_until=None, priority=1,
        sort_at=None if state == State.BOOKED else at, waiting_since=at, checked_in_at=at,
        called_at=None, service_started_at=None, finished_at=None, notes="",
        park_reason=None, late_reason=None, forwarded_from_id=None, version=1,
        members=members)
    values.update(kw)
    return EntryView(**values)


def day(n: int, seed: int = 7) -> list[EntryView]:
    rnd = random.Random(seed)
    return [view(i, state=rnd.choice(STATES), size=1 if rnd.random() < 0.8 else 3, rnd=rnd)
            for i in range(1, n + 1)]


def changed(v: EntryView, **kw) -> EntryView:
    kw.setdefault("version", v.version + 1)
    return dataclasses.replace(v, **kw)
