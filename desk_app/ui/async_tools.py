"""Small helpers for asyncio under qasync: tracked tasks and idempotency keys.

- ``TaskSet`` keeps every task a widget starts, so that quitting can cancel them all.
- ``ActionKeys`` keeps the client-made idempotency key of an action until it has
  definitely succeeded or definitely failed; after DatabaseUnavailable the key is kept,
  so a retry re-sends the same key and the service applies the action at most once.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Hashable

from desk_app.services.idempotency import new_key

log = logging.getLogger(__name__)


class TaskSet:
    def __init__(self) -> None:
        self._tasks: set[asyncio.Task] = set()

    def spawn(self, coro: Awaitable[Any], name: str | None = None) -> asyncio.Task:
        task = asyncio.ensure_future(coro)
        if name:
            task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:  # the coroutines handle their errors; this is a last guard
            log.error("task %s failed: %s", task.get_name(), type(exc).__name__,
                      exc_info=exc)

    def __len__(self) -> int:
        return len(self._tasks)

    async def cancel_all(self) -> None:
        current = asyncio.current_task()
        tasks = [t for t in self._tasks if t is not current and not t.done()]
        for t in tasks:
            t.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


class ActionKeys:
    def __init__(self) -> None:
        self._keys: dict[Hashable, str] = {}

    def key_for(self, ident: Hashable) -> str:
        """The key of a pending action (the same one again on a retry)."""
        key = self._keys.get(ident)
        if key is None:
            key = self._keys[ident] = new_key()
        return key

    def done(self, ident: Hashable) -> None:
        self._keys.pop(ident, None)

    def forget_entry(self, entry_id: int) -> None:
        """The entry changed (seen through the change feed): older keys are settled."""
        for ident in [i for i in self._keys if isinstance(i, tuple) and len(i) > 1
                      and i[0] == "act" and i[1] == entry_id]:
            self._keys.pop(ident, None)
