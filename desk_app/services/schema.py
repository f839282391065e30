"""The schema policy (DESIGN.md):

- the embedded SQLite database upgrades itself at start;
- on PostgreSQL only an admin runs ``desk-app db upgrade``; workstations never run DDL;
- code older than the database runs read-only, with a message to update;
- code newer than the database refuses to start, with a message to run the upgrade.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection

if TYPE_CHECKING:  # alembic is imported only to upgrade: it costs ~0.5 s at start-up
    from alembic.config import Config

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


def alembic_config(connection: Connection | None = None) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("desk_app") / "migrations"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)


@lru_cache(maxsize=1)
def known_revisions() -> tuple[frozenset[str], str]:
    """The revisions this program ships and its head, read from the migration files
    without importing alembic (the start-up check needs no more)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (resources.files("desk_app") / "migrations" / "versions").iterdir():
        if not path.name.endswith(".py"):
            continue
        source = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(source), _DOWN.search(source)
        if rev:
            revisions.add(rev.group(1))
            if down and down.group(1):
                parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, not {sorted(heads)}")
    return frozenset(revisions), heads.pop()


def code_head() -> str:
    return known_revisions()[1]


def _status(connection: Connection) -> SchemaStatus:
    revisions, head = known_revisions()
    has_table = connection.dialect.has_table(connection, "alembic_version")
    current = (connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
               if has_table else None)
    if current is None:
        state = SchemaState.EMPTY
    elif current == head:
        state = SchemaState.CURRENT
    elif current in revisions:
        state = SchemaState.DB_OLDER
    else:  # a revision this code does not know: the database is newer
        state = SchemaState.DB_NEWER
    return SchemaStatus(state=state, database_revision=current, code_revision=head)


def _upgrade(connection: Connection, revision: str) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), revision)


async def schema_status(db: Database) -> SchemaStatus:
    async with db.engine.connect() as conn:
        return await conn.run_sync(_status)


async def upgrade(db: Database, revision: str = "head", *,
                  role_prefix: str = "desk_") -> SchemaStatus:
    async with db.engine.begin() as conn:
        if db.backend.has_roles:  # as the tables' owner role once ``db roles`` made it
            from .db_roles import RoleNames, upgrade_role

            await upgrade_role(conn, RoleNames(role_prefix))
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
