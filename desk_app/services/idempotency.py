"""Client-made keys make actions safe to retry: a retried key is applied once."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from sqlalchemy import bindparam, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.models import IdempotencyKey

from .backend import backend_of


def new_key() -> str:
    return uuid.uuid4().hex


_KEYS = IdempotencyKey.__table__
_RESULT_OF = select(_KEYS.c.result).where(_KEYS.c.key == bindparam("key"))
_REMEMBER = insert(_KEYS)


async def previous_result(session: AsyncSession, key: str) -> dict | None:
    """The stored result of an action already applied with this key, or None."""
    conn = await session.connection()
    row = (await conn.execute(_RESULT_OF, {"key": key})).first()
    if row is None:
        return None
    return json.loads(row[0] or "{}")


async def remember(session: AsyncSession, key: str, action: str, now: dt.datetime,
                   result: dict) -> None:
    """Stores the key in the action's transaction; a concurrent duplicate fails on the
    primary key and is retried by the caller, which then finds the stored result."""
    conn = await session.connection()
    await conn.execute(_REMEMBER, {"key": key, "action": action, "created_at": now,
                                   "result": json.dumps(result, sort_keys=True)})


#: a transaction-scoped lock per key (64-bit hash; two keys sharing one merely queue)
_HOLD = text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")


async def hold_key(session: AsyncSession, key: str) -> None:
    """PostgreSQL: the first statement of a keyed transaction. A duplicate sent while the
    first try is still in flight waits here until that one commits or rolls back; its
    next statement then reads with a fresh snapshot (READ COMMITTED) and finds the stored
    result. Without it the duplicate's key look-up, made inside a statement that waited
    for a row lock, sees the snapshot from before the first try committed (and under
    SKIP LOCKED it skips the first try's rows altogether).

    SQLite needs nothing: writes begin with BEGIN IMMEDIATE, one at a time, and read
    what was committed before them."""
    conn = await session.connection()
    if not backend_of(conn).serialises_writers:
        await conn.execute(_HOLD, {"key": key})
