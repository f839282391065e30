"""The change log: every transaction appends rows for what it changed, in the same
transaction, with ids taken from the locked ``sequences`` row 'change_log'.

Because the counter row stays locked until commit, ids become visible in commit order,
so "changes after my last id" never skips one. On PostgreSQL the transaction also sends
``NOTIFY desk_changes`` with the highest id only: no personal data leaves in a payload.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from sqlalchemy import String, bindparam, func, insert, select, text
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


_SEQUENCES = Sequence.__table__


@functools.cache
def _reserve(dialect_name: str):
    """INSERT … ON CONFLICT DO UPDATE … RETURNING on the sequences table (Core, built once)."""
    insert_ = pg_insert if dialect_name == "postgresql" else sqlite_insert
    stmt = insert_(_SEQUENCES).values(name=bindparam("name"), value=bindparam("count"))
    return stmt.on_conflict_do_update(
        index_elements=[_SEQUENCES.c.name],
        set_={"value": _SEQUENCES.c.value + stmt.excluded.value},
    ).returning(_SEQUENCES.c.value)


async def next_sequence_values(session: AsyncSession, name: str, count: int = 1) -> int:
    """Reserves ``count`` values of a named sequence under a row lock; returns the last.

    One upsert (INSERT … ON CONFLICT DO UPDATE … RETURNING) on both databases, so the
    first use of a new name (a new year's receipt numbers) is as race-free as any
    other. The row lock is held until the transaction ends, which makes the values
    gapless and visible in commit order. On SQLite the write transaction (BEGIN
    IMMEDIATE) already serialises writers.
    """
    conn = await session.connection()
    stmt = _reserve(conn.dialect.name)
    return int((await conn.execute(stmt, {"name": name, "count": count})).scalar_one())


_CHANGE_LOG = ChangeLog.__table__
_AUDIT = insert(AuditEvent.__table__)


_PG_RECORD = """
WITH s AS (
    INSERT INTO sequences (name, value) VALUES ('change_log', :n)
    ON CONFLICT (name) DO UPDATE SET value = sequences.value + :n
    RETURNING value
), c AS (
    INSERT INTO change_log (id, at, entity, entity_id, op, service_point_id, business_day)
    SELECT s.value - :n + v.i, :now, v.entity, v.entity_id, v.op, v.sp, v.day
    FROM s, (VALUES {rows}) AS v (i, entity, entity_id, op, sp, day)
    RETURNING id
)
SELECT max(id), CAST(pg_notify('{channel}', max(id)::text) AS TEXT) FROM c
"""
_PG_RECORD_MAX_ROWS = 8   # one statement per row count up to this; larger batches below


@functools.cache
def _pg_record(n: int):
    """Sequence, change-log rows and NOTIFY in one statement (PostgreSQL), per row count."""
    rows = ", ".join(
        f"({i + 1}, CAST(:entity{i} AS VARCHAR), CAST(:entity_id{i} AS INTEGER), "
        f"CAST(:op{i} AS VARCHAR), CAST(:sp{i} AS INTEGER), CAST(:day{i} AS DATE))"
        for i in range(n))
    return text(_PG_RECORD.format(rows=rows, channel=NOTIFY_CHANNEL)).bindparams(
        bindparam("now", type_=ChangeLog.__table__.c.at.type))


async def record_changes(session: AsyncSession, changes: list[Change], now: dt.datetime) -> int:
    """Appends the changes; call it last in the transaction to keep the lock short."""
    if not changes:
        return 0
    conn = await session.connection()
    if conn.dialect.name == "postgresql" and len(changes) <= _PG_RECORD_MAX_ROWS:
        params: dict = {"n": len(changes), "now": now}
        for i, c in enumerate(changes):
            params.update({f"entity{i}": c.entity, f"entity_id{i}": c.entity_id,
                           f"op{i}": c.op, f"sp{i}": c.service_point_id,
                           f"day{i}": c.business_day})
        return int((await conn.execute(_pg_record(len(changes)), params)).scalar_one())
    last = await next_sequence_values(session, "change_log", len(changes))
    first = last - len(changes) + 1
    rows = [{"id": first + i, "at": now, "entity": c.entity, "entity_id": c.entity_id,
             "op": c.op, "service_point_id": c.service_point_id,
             "business_day": c.business_day} for i, c in enumerate(changes)]
    if conn.dialect.name == "postgresql":
        # the rows and the NOTIFY in one round trip
        inserted = pg_insert(_CHANGE_LOG).values(rows).returning(_CHANGE_LOG.c.id).cte("inserted")
        await conn.execute(select(func.pg_notify(
            NOTIFY_CHANNEL, func.cast(func.max(inserted.c.id), String))).select_from(inserted))
    else:
        await conn.execute(insert(_CHANGE_LOG), rows)
    return last


async def audit(session: AsyncSession, actor: Actor, now: dt.datetime, *, action: str,
                entity: str, entity_id: int | None, from_state: str | None = None,
                to_state: str | None = None, detail: str | None = None) -> None:
    conn = await session.connection()
    await conn.execute(_AUDIT, {
        "at": now, "staff_id": actor.staff_id, "station": actor.station, "action": action,
        "entity": entity, "entity_id": entity_id, "from_state": from_state,
        "to_state": to_state, "detail": detail})


async def changes_after(session: AsyncSession, last_id: int, limit: int = 5000) -> list[ChangeRecord]:
    rows = await session.execute(
        select(ChangeLog).where(ChangeLog.id > last_id).order_by(ChangeLog.id).limit(limit)
    )
    return [ChangeRecord(id=r.id, at=r.at, entity=r.entity, entity_id=r.entity_id, op=r.op,
                         service_point_id=r.service_point_id, business_day=r.business_day)
            for r in rows.scalars()]


async def last_change_id(session: AsyncSession) -> int:
    return int((await session.execute(select(func.coalesce(func.max(ChangeLog.id), 0)))).scalar_one())
