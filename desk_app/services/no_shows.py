"""The automatic no-show: BOOKED entries whose time plus the service point's grace period
has passed become NO_SHOW.

One conditional UPDATE does it (``state = 'BOOKED'`` in its WHERE), so any number of
workstations may run it at once: a row is changed by exactly one of them (on PostgreSQL
the others wait for its row lock and then find the state changed; SQLite serialises
writers), and each writes audit and change-log rows only for the rows its own UPDATE
returned. Running it again changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain.clock import business_day
from desk_app.domain.roles import Permission
from desk_app.domain.states import Action, State
from desk_app.domain.transitions import require
from desk_app.models import AuditEvent, QueueEntry, ServicePoint

from .changes import Change, record_changes
from .context import Context

_ENTRIES = QueueEntry.__table__
_AUDIT = insert(AuditEvent.__table__)


@dataclass(frozen=True, slots=True)
class MarkedNoShow:
    entry_id: int
    service_point_id: int
    business_day: dt.date


async def mark_overdue_no_shows(session: AsyncSession, ctx: Context) -> list[MarkedNoShow]:
    require(ctx.policy, ctx.actor, Permission.MARK_NO_SHOW)
    async with session.begin():
        now = ctx.now()
        graces = (await session.execute(
            select(ServicePoint.id, ServicePoint.grace_period_min))).all()
        if not graces:
            return []
        e = _ENTRIES.c
        cutoff = case({sp_id: now - dt.timedelta(minutes=grace) for sp_id, grace in graces},
                      value=e.service_point_id)
        stmt = (update(_ENTRIES)
                .where(e.state == State.BOOKED.value, e.business_day <= business_day(now),
                       e.scheduled_at.is_not(None), e.scheduled_at < cutoff)
                .values(state=State.NO_SHOW.value, no_show_at=now, updated_at=now,
                        version=e.version + 1)
                .returning(e.id, e.service_point_id, e.business_day))
        conn = await session.connection()
        marked = [MarkedNoShow(*row) for row in (await conn.execute(stmt)).all()]
        if not marked:
            return []
        marked.sort(key=lambda m: m.entry_id)
        await conn.execute(_AUDIT, [dict(
            at=now, staff_id=ctx.actor.staff_id, station=ctx.actor.station,
            action=Action.MARK_NO_SHOW.value, entity="entry", entity_id=m.entry_id,
            from_state=State.BOOKED.value, to_state=State.NO_SHOW.value, detail="auto")
            for m in marked])
        await record_changes(session, [
            Change("entry", m.entry_id, Action.MARK_NO_SHOW.value, m.service_point_id,
                   m.business_day) for m in marked], now)
        return marked
