"""The change log: every transaction appends rows for what it changed, in the same
transaction, with ids from the locked ``sequences`` row 'change_log'.

Because the counter row stays locked until commit, ids become visible in commit order,
so "changes after my last id" never skips one. On PostgreSQL the ids are given while the
transaction commits (a deferred trigger, migration 0006), which also sends
``NOTIFY desk_changes`` with the highest id only: no personal data leaves in a payload.
On SQLite they are taken in the transaction (its writers are serialised anyway).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.models import AuditEvent, ChangeLog, Sequence
from desk_app.domain.roles import Actor

from .backend import Backend, backend_of

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
def _reserve(backend: Backend):
    """INSERT … ON CONFLICT DO UPDATE … RETURNING on the sequences table (Core, built once)."""
    stmt = backend.insert(_SEQUENCES).values(name=bindparam("name"), value=bindparam("count"))
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
    stmt = _reserve(backend_of(conn))
    return int((await conn.execute(stmt, {"name": name, "count": count})).scalar_one())


_CHANGE_LOG = ChangeLog.__table__
_AUDIT = insert(AuditEvent.__table__)


#: PostgreSQL: rows go in with a temporary negative id; the deferred trigger of migration
#: 0006 numbers them from the 'change_log' counter row and sends the NOTIFY at commit
PENDING_ID = -func.nextval("change_log_pending")
_PG_INSERT_PENDING = insert(_CHANGE_LOG).values(id=PENDING_ID)


async def record_changes(session: AsyncSession, changes: list[Change], now: dt.datetime) -> None:
    """Appends the changes to the change log in the caller's transaction.

    On PostgreSQL the ids are given at commit, inside the server (migration 0006), so the
    counter row is locked only while the transaction commits. On SQLite they are taken
    here from the counter row; call this last in the transaction."""
    if not changes:
        return
    conn = await session.connection()
    rows = [{"at": now, "entity": c.entity, "entity_id": c.entity_id, "op": c.op,
             "service_point_id": c.service_point_id, "business_day": c.business_day}
            for c in changes]
    if backend_of(conn).numbers_changes_at_commit:
        await conn.execute(_PG_INSERT_PENDING, rows)
        return
    last = await next_sequence_values(session, "change_log", len(changes))
    first = last - len(changes) + 1
    for i, row in enumerate(rows):
        row["id"] = first + i
    await conn.execute(insert(_CHANGE_LOG), rows)


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
