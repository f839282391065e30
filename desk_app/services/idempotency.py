"""Client-made keys make actions safe to retry: a retried key is applied once."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from sqlalchemy import bindparam, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.models import IdempotencyKey


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
