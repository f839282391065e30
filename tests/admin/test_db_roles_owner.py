"""Issue 13, item 4: the tables are owned by a role that only ``desk-app db upgrade`` uses.
On the real PostgreSQL: ``db roles`` (services/db_roles.create_roles) hands every table,
view, sequence and function to the owner role, and ``desk-app db upgrade`` runs its
migrations as that role (schema.upgrade -> db_roles.upgrade_role), so what a migration
creates belongs to the owner, not to the superuser that ran the command. Own database
and role names (random prefix), dropped afterwards."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from desk_app.services.db_roles import GROUPS, RoleNames, create_roles, upgrade_role
from desk_app.services.schema import alembic_config, schema_status
from tests.conftest import pg_admin, pg_test_url

pytestmark = pytest.mark.postgres

#: the objects a migration makes, with their owner (tables, views, sequences, functions)
OWNERS = """
SELECT c.relname, pg_get_userbyid(c.relowner) FROM pg_class c
 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r','p','v','m','S')
UNION ALL
SELECT p.proname, pg_get_userbyid(p.proowner) FROM pg_proc p
 WHERE p.pronamespace = 'public'::regnamespace
"""
LAST = "0018"                       # the newest migration, made again by `db upgrade`
LAST_TABLE = "service_point_hours"  # ... which creates this table


@pytest.fixture
def owned_db(pg_template):
    """A database from the template with ``db roles`` applied: (url, names)."""
    from desk_app.services.database import open_database

    names = RoleNames(f"t{uuid.uuid4().hex[:8]}_")
    database = f"desk_o_{uuid.uuid4().hex[:12]}"
    pg_admin(f'CREATE DATABASE "{database}" TEMPLATE "{pg_template}"')
    url = pg_test_url(database)

    async def setup():
        db = open_database(url)
        try:
            async with db.engine.begin() as conn:
                await create_roles(conn, names)
        finally:
            await db.dispose()

    try:
        asyncio.run(setup())
        yield url, names
    finally:
        pg_admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)',
                 *(f'DROP ROLE IF EXISTS "{r}"'
                   for r in (names.owner, *(names.group(g) for g in GROUPS))))


async def _owners(url: str) -> dict[str, str]:
    from desk_app.services.database import open_database

    db = open_database(url, pool_size=1)
    try:
        async with db.engine.connect() as conn:
            return dict((await conn.execute(text(OWNERS))).all())
    finally:
        await db.dispose()


async def _downgrade_as_owner(url: str, names: RoleNames, revision: str) -> None:
    """Undoes the newest migration, as the owner role (as an admin would to test a
    release): afterwards its table is gone, and `db upgrade` has to make it again."""
    from alembic import command

    from desk_app.services.database import open_database

    db = open_database(url, pool_size=1)
    try:
        async with db.engine.begin() as conn:
            assert await upgrade_role(conn, names) == names.owner
            await conn.run_sync(lambda c: command.downgrade(alembic_config(c), revision))
    finally:
        await db.dispose()


async def test_db_roles_hands_every_table_to_the_owner_role(owned_db):
    url, names = owned_db
    owners = await _owners(url)
    assert {"queue_entries", "audit_events", "receipts", "alembic_version", LAST_TABLE} <= set(owners)
    others = {name: owner for name, owner in owners.items() if owner != names.owner}
    assert others == {}


async def test_db_upgrade_runs_as_the_owner_role(owned_db, tmp_path):
    """`desk-app db upgrade`, connected as the superuser: the table its migration makes
    again belongs to the owner role (without upgrade_role it would be the superuser's)."""
    url, names = owned_db
    await _downgrade_as_owner(url, names, f"{int(LAST) - 1:04d}")
    assert LAST_TABLE not in await _owners(url)

    config = tmp_path / "desk.toml"   # the office's role prefix, as `db roles` used it
    config.write_text(f'db_role_prefix = "{names.prefix}"\n', encoding="utf-8")
    env = {**os.environ, "DESK_CONFIG": str(config)}
    env.pop("DESK_DATABASE_URL", None)
    done = subprocess.run([sys.executable, "-m", "desk_app.cli", "db", "upgrade",
                           "--database", url], env=env, capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert LAST in done.stdout

    owners = await _owners(url)
    assert owners[LAST_TABLE] == names.owner
    assert {name: owner for name, owner in owners.items() if owner != names.owner} == {}
    from desk_app.services.database import open_database

    db = open_database(url, pool_size=1)
    try:
        assert (await schema_status(db)).database_revision == LAST
    finally:
        await db.dispose()


async def test_upgrade_role_is_the_owner_only_for_a_member(owned_db):
    """A workstation's group role is no member of the owner role: upgrade_role leaves it
    as it is (and its DDL is refused, test_db_roles.py), rather than claiming the owner."""
    from desk_app.services.database import open_database

    url, names = owned_db
    db = open_database(url, pool_size=1)
    try:
        async with db.engine.begin() as conn:
            assert await upgrade_role(conn, names) == names.owner
            assert await conn.scalar(text("SELECT current_user")) == names.owner
        async with db.engine.begin() as conn:
            await conn.execute(text(f'SET LOCAL ROLE "{names.group("clerk")}"'))
            assert await upgrade_role(conn, names) is None
            assert await conn.scalar(text("SELECT current_user")) == names.group("clerk")
    finally:
        await db.dispose()
