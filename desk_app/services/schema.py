"""The schema policy (DESIGN.md):

- the embedded SQLite database upgrades itself at start;
- on PostgreSQL only an admin runs ``desk-app db upgrade``; workstations never run DDL;
- code older than the database runs read-only, with a message to update;
- code newer than the database refuses to start, with a message to run the upgrade.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from .database import Database

log = logging.getLogger(__name__)


class SchemaState(StrEnum):
    EMPTY = "EMPTY"          # no schema yet
    CURRENT = "CURRENT"
    DB_OLDER = "DB_OLDER"    # the code is newer: an upgrade is due
    DB_NEWER = "DB_NEWER"    # the code is older: run read-only


@dataclass(frozen=True)
class SchemaStatus:
    state: SchemaState
    database_revision: str | None
    code_revision: str

    @property
    def read_only(self) -> bool:
        return self.state == SchemaState.DB_NEWER


class SchemaTooOld(Exception):
    def __init__(self, status: SchemaStatus, url: str) -> None:
        self.status = status
        super().__init__(
            f"Die Datenbank {url} hat den Schemastand {status.database_revision or 'leer'}, "
            f"dieses Programm braucht {status.code_revision}. Bitte die IT bitten, "
            f"'desk-app db upgrade --database …' auszuführen."
        )


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("desk_app") / "migrations"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def code_head() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _status(connection: Connection) -> SchemaStatus:
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    current = MigrationContext.configure(connection).get_current_revision()
    if current is None:
        state = SchemaState.EMPTY
    elif current == head:
        state = SchemaState.CURRENT
    else:
        try:
            script.get_revision(current)
            state = SchemaState.DB_OLDER
        except Exception:  # a revision this code does not know: the database is newer
            state = SchemaState.DB_NEWER
    return SchemaStatus(state=state, database_revision=current, code_revision=head)


def _upgrade(connection: Connection, revision: str) -> None:
    command.upgrade(alembic_config(connection), revision)


async def schema_status(db: Database) -> SchemaStatus:
    async with db.engine.connect() as conn:
        return await conn.run_sync(_status)


async def upgrade(db: Database, revision: str = "head") -> SchemaStatus:
    async with db.engine.begin() as conn:
        await conn.run_sync(_upgrade, revision)
    status = await schema_status(db)
    log.info("schema upgraded to %s", status.database_revision)
    return status


async def ensure_schema(db: Database, *, allow_upgrade: bool) -> SchemaStatus:
    """Applies the policy; ``allow_upgrade`` is true for the embedded database only."""
    status = await schema_status(db)
    if status.state in (SchemaState.EMPTY, SchemaState.DB_OLDER):
        if not allow_upgrade:
            raise SchemaTooOld(status, db.display_url)
        return await upgrade(db)
    if status.read_only:
        log.warning("database schema %s is newer than this program (%s): read-only",
                    status.database_revision, status.code_revision)
    return status
