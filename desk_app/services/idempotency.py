"""Client-made keys make actions safe to retry: a retried key is applied once."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.models import IdempotencyKey


def new_key() -> str:
    return uuid.uuid4().hex


async def previous_result(session: AsyncSession, key: str) -> dict | None:
    """The stored result of an action already applied with this key, or None."""
    row = (await session.execute(
        select(IdempotencyKey).where(IdempotencyKey.key == key))).scalar_one_or_none()
    if row is None:
        return None
    return json.loads(row.result or "{}")


async def remember(session: AsyncSession, key: str, action: str, now: dt.datetime,
                   result: dict) -> None:
    """Stores the key in the action's transaction; a concurrent duplicate fails on the
    primary key and is retried by the caller, which then finds the stored result."""
    await session.execute(insert(IdempotencyKey).values(
        key=key, action=action, created_at=now, result=json.dumps(result, sort_keys=True)))
