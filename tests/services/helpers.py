"""Shared set-up for the service tests: the seeded ids and a desk per role."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desk_app.models import AuditEvent, ChangeLog
from desk_app.services.database import Database
from desk_app.services.desk import Desk
from tests.support import Clock, at, desk_for, ids, open_around_the_clock


@dataclass
class Office:
    db: Database
    clock: Clock
    sp: dict[str, int]
    counter: dict[str, int]
    staff: dict
    reception: Desk        # info1
    clerk: Desk            # sbbi1 at Schalter I1
    clerk2: Desk           # sbbi2 at Schalter I2
    lead: Desk             # leitung at Schalter I3
    eu: Desk               # sbeu1 at Schalter E1
    admin: Desk


async def office(db: Database, now=None) -> Office:
    clock = Clock(now or at(8, 0))
    known = await ids(db)
    await open_around_the_clock(db)   # bookings take slots; crowds at one time fit
    return Office(
        db=db, clock=clock, sp=known["sp"], counter=known["counter"], staff=known["staff"],
        reception=await desk_for(db, "info1", clock=clock),
        clerk=await desk_for(db, "sbbi1", counter="Schalter I1", clock=clock),
        clerk2=await desk_for(db, "sbbi2", counter="Schalter I2", clock=clock),
        lead=await desk_for(db, "leitung", counter="Schalter I3", clock=clock),
        eu=await desk_for(db, "sbeu1", counter="Schalter E1", clock=clock),
        admin=await desk_for(db, "admin", clock=clock),
    )


async def audit_rows(db: Database, entry_id: int | None = None) -> list[AuditEvent]:
    async with db.read() as s:
        q = select(AuditEvent).order_by(AuditEvent.id)
        if entry_id is not None:
            q = q.where(AuditEvent.entity == "entry", AuditEvent.entity_id == entry_id)
        return list((await s.execute(q)).scalars())


async def change_rows(db: Database, after: int = 0) -> list[ChangeLog]:
    async with db.read() as s:
        return list((await s.execute(select(ChangeLog).where(ChangeLog.id > after)
                                     .order_by(ChangeLog.id))).scalars())


async def count(db: Database, model) -> int:
    async with db.read() as s:
        return await s.scalar(select(func.count()).select_from(model))
