"""Helpers for the sync tests: PostgreSQL administration from inside an async test (the
shared pg_admin runs its own loop and cannot), and waiting for a condition."""

from __future__ import annotations

import asyncio
import time
from typing import Callable

import asyncpg
from sqlalchemy import text
from sqlalchemy.engine import make_url

from tests.conftest import _pg_dsn


async def pg_exec(*statements: str, dsn: str | None = None) -> list:
    """Runs statements on the maintenance database; returns the last one's rows."""
    conn = await asyncpg.connect(dsn or _pg_dsn(), timeout=5)
    try:
        rows: list = []
        for sql in statements:
            rows = await conn.fetch(sql)
        return rows
    finally:
        await conn.close()


def db_name(url) -> str:
    return make_url(url).database


async def backend_pid(db) -> int:
    async with db.read() as s:
        return int(await s.scalar(text("SELECT pg_backend_pid()")))


async def terminate_backends(database: str, *, keep: tuple[int, ...] = (),
                             dsn: str | None = None) -> int:
    keep_sql = ",".join(str(p) for p in keep) or "0"
    rows = await pg_exec(
        f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{database}' AND pid <> pg_backend_pid() AND pid NOT IN ({keep_sql})",
        dsn=dsn)
    return len(rows)


async def allow_connections(database: str, allow: bool, dsn: str | None = None) -> None:
    await pg_exec(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS {str(allow).lower()}', dsn=dsn)


async def wait_until(cond: Callable[[], bool], timeout: float = 10.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what or cond}")
        await asyncio.sleep(0.01)
