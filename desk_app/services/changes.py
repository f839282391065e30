"""The change log: every transaction appends rows for what it changed, in the same
transaction, with ids taken from the locked ``sequences`` row 'change_log'.

Because the counter row stays locked until commit, ids become visible in commit order,
so "changes after my last id" never skips one. On PostgreSQL the transaction also sends
``NOTIFY desk_changes`` with the highest id only: no personal data leaves in a payload.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import String, func, insert, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.models import AuditEvent, ChangeLog, Sequence
from desk_app.domain.roles import Actor

NOTIFY_CHANNEL = "desk_changes"


@dataclass(frozen=True)
class Change:
    entity: str            # "entry", "applicant", "workstation", "print_job", "receipt", ...
    entity_id: int
    op: str                # the action code
    service_point_id: int | None = None
    business_day: dt.date | None = None


@dataclass(frozen=True)
class ChangeRecord:
    id: int
    at: dt.datetime
    entity: str
    entity_id: int
    op: str
    service_point_id: int | None
    business_day: dt.date | None


async def next_sequence_values(session: AsyncSession, name: str, count: int = 1) -> int:
    """Reserves ``count`` values of a named sequence under a row lock; returns the last.

    One upsert (INSERT … ON CONFLICT DO UPDATE … RETURNING) on both databases, so the
    first use of a new name (a new year's receipt numbers) is as race-free as any
    other. The row lock is held until the transaction ends, which makes the values
    gapless and visible in commit order. On SQLite the write transaction (BEGIN
    IMMEDIATE) already serialises writers.
    """
    insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
    stmt = insert(Sequence).values(name=name, value=count)
    stmt = stmt.on_conflict_do_update(
        index_elements=[Sequence.name], set_={"value": Sequence.value + count},
    ).returning(Sequence.value)
    return int((await session.execute(stmt)).scalar_one())


async def record_changes(session: AsyncSession, changes: list[Change], now: dt.datetime) -> int:
    """Appends the changes; call it last in the transaction to keep the lock short."""
    if not changes:
        return 0
    last = await next_sequence_values(session, "change_log", len(changes))
    first = last - len(changes) + 1
    rows = [{"id": first + i, "at": now, "entity": c.entity, "entity_id": c.entity_id,
             "op": c.op, "service_point_id": c.service_point_id,
             "business_day": c.business_day} for i, c in enumerate(changes)]
    if session.bind.dialect.name == "postgresql":
        # the rows and the NOTIFY in one round trip
        inserted = pg_insert(ChangeLog).values(rows).returning(ChangeLog.id).cte("inserted")
        await session.execute(select(func.pg_notify(
            NOTIFY_CHANNEL, func.cast(func.max(inserted.c.id), String))).select_from(inserted))
    else:
        await session.execute(insert(ChangeLog), rows)
    return last


async def audit(session: AsyncSession, actor: Actor, now: dt.datetime, *, action: str,
                entity: str, entity_id: int | None, from_state: str | None = None,
                to_state: str | None = None, detail: str | None = None) -> None:
    await session.execute(insert(AuditEvent).values(
        at=now, staff_id=actor.staff_id, station=actor.station, action=action, entity=entity,
        entity_id=entity_id, from_state=from_state, to_state=to_state, detail=detail))


async def changes_after(session: AsyncSession, last_id: int, limit: int = 5000) -> list[ChangeRecord]:
    rows = await session.execute(
        select(ChangeLog).where(ChangeLog.id > last_id).order_by(ChangeLog.id).limit(limit)
    )
    return [ChangeRecord(id=r.id, at=r.at, entity=r.entity, entity_id=r.entity_id, op=r.op,
                         service_point_id=r.service_point_id, business_day=r.business_day)
            for r in rows.scalars()]


async def last_change_id(session: AsyncSession) -> int:
    return int((await session.execute(select(func.coalesce(func.max(ChangeLog.id), 0)))).scalar_one())
