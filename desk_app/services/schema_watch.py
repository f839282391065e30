"""A running workstation notices when its database was upgraded past its program.

DESIGN.md: code older than the database runs read-only, with a message to update. At
start-up ``connect`` applies that. ``SchemaWatch`` keeps applying it while the program
runs: an admin may run ``desk-app db upgrade`` during the day (the upgrade drill in
docs/deployment.md), and the workstations of the older version must then stop writing
and say why, not fail with driver errors.

* It reads ``alembic_version`` every ``interval`` seconds (one tiny query).
* ``Desk`` asks it too (``Desk.schema_check``) when a write fails with a database error
  that is neither a lost connection nor a retryable conflict: a new schema is the usual
  reason, and the clerk then gets "read-only, please update" instead of the SQL error.

Qt-free; ``on_read_only(reason)`` is the UI's hook.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Callable

from .database import Database
from .schema import SchemaState, schema_status

log = logging.getLogger(__name__)

#: the Desk's reason text (as at start-up, see app.open_session)
SCHEMA_NEWER_REASON = "Datenbank ist neuer als das Programm"


class SchemaWatch:
    def __init__(self, db: Database, desk, *, interval: float = 30.0,
                 on_read_only: Callable[[str], None] | None = None) -> None:
        self.db = db
        self.desk = desk
        self.interval = interval
        self.on_read_only = on_read_only
        self.checks = 0
        self.database_revision: str | None = None
        self._task: asyncio.Task | None = None
        desk.schema_check = self.check

    async def check(self) -> bool:
        """Reads the schema state; turns the desk read-only when the database is newer.
        Returns True when the desk is (now) read-only for that reason."""
        if self.desk.read_only:
            return self.desk.read_only_reason == SCHEMA_NEWER_REASON
        self.checks += 1
        status = await schema_status(self.db)
        self.database_revision = status.database_revision
        if status.state != SchemaState.DB_NEWER:
            return False
        log.warning("database schema is now %s, newer than this program (%s): read-only",
                    status.database_revision, status.code_revision)
        self.desk.read_only = True
        self.desk.read_only_reason = SCHEMA_NEWER_REASON
        if self.on_read_only is not None:
            try:
                self.on_read_only(SCHEMA_NEWER_REASON)
            except Exception:
                log.exception("read-only callback failed")
        return True

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                if await self.check():
                    return            # read-only for good: a restart with the new version
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # offline: the change feed reports that
                log.info("schema check failed (%s)", type(exc).__name__)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="schema-watch")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.wait([task], timeout=5)
