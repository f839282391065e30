"""Helpers for tests: a settable clock, contexts for seeded staff, quick bookings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desk_app.domain.clock import local_to_utc
from desk_app.domain.roles import Actor, Role, RolePolicy
from desk_app.models import CapacityRule, Counter, ServicePoint, StaffMember
from desk_app.services.applicant_input import ApplicantInput
from desk_app.services.context import Context
from desk_app.services.database import Database
from desk_app.services.desk import Desk

DAY = dt.date(2026, 11, 25)  # a Wednesday


def at(hh: int, mm: int = 0, day: dt.date = DAY) -> dt.datetime:
    """A Berlin wall-clock time on the test day, as UTC."""
    return local_to_utc(day, dt.time(hh, mm))


class Clock:
    def __init__(self, now: dt.datetime | None = None) -> None:
        self.now = now or at(8, 0)

    def __call__(self) -> dt.datetime:
        return self.now

    def set(self, now: dt.datetime) -> None:
        self.now = now

    def advance(self, minutes: float = 0, seconds: float = 0) -> dt.datetime:
        self.now += dt.timedelta(minutes=minutes, seconds=seconds)
        return self.now


async def ids(db: Database) -> dict:
    """Ids of the seeded reference data by code / login / counter name."""
    async with db.read() as s:
        sps = {sp.code: sp.id for sp in (await s.execute(select(ServicePoint))).scalars()}
        staff = {m.login: (m.id, Role(m.role)) for m in (await s.execute(select(StaffMember))).scalars()}
        counters = {c.name: c.id for c in (await s.execute(select(Counter))).scalars()}
    return {"sp": sps, "staff": staff, "counter": counters}


async def desk_for(db: Database, login: str, *, counter: str | None = None,
                   clock: Clock | None = None, policy: RolePolicy | None = None,
                   station: str | None = None) -> Desk:
    known = await ids(db)
    staff_id, role = known["staff"][login]
    actor = Actor(staff_id=staff_id, role=role,
                  counter_id=known["counter"][counter] if counter else None,
                  station=station or f"test-{login}")
    ctx = Context(actor=actor, policy=policy or RolePolicy(), clock=clock or Clock())
    return Desk(db, ctx)


async def open_around_the_clock(db: Database, places: int = 100) -> None:
    """Every service point's appointment book open every day around the clock, 5-minute
    slots of ``places`` each: a synthetic office whose tests book crowds at one time, on
    a Saturday or in the afternoon still takes slots (``Desk.take_slots``), without the
    default hours refusing them. Tests of the appointment book itself set their own."""
    async with db.write_session() as s, s.begin():
        sps = list((await s.execute(select(ServicePoint.id).where(
            ServicePoint.is_reception.is_(False)))).scalars())
        await s.execute(CapacityRule.__table__.delete())
        s.add_all(CapacityRule(service_point_id=sp, weekday=weekday, opens="00:00",
                               closes="23:59", slot_minutes=5, counters=places)
                  for sp in sps for weekday in range(7))


def person(family: str = "Muster", given: str = "Erika", **kw) -> ApplicantInput:
    kw.setdefault("birth_date", "12.08.1985")
    return ApplicantInput(family_name=family, given_name=given, **kw)
