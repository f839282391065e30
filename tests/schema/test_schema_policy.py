"""The schema policy of DESIGN.md, on both databases."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from desk_app.domain import errors
from desk_app.services.connect import connect
from desk_app.services.database import DatabaseUnavailable, open_database
from desk_app.services.schema import SchemaState, SchemaTooOld, code_head, schema_status
from tests.conftest import pg_admin, pg_test_url
from tests.support import desk_for, person

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def empty_pg_url(postgres_available):
    if not postgres_available:
        pytest.skip("PostgreSQL unreachable")
    name = f"desk_empty_{uuid.uuid4().hex[:10]}"
    pg_admin(f'CREATE DATABASE "{name}"')
    yield pg_test_url(name)
    pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def test_embedded_database_upgrades_itself(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'new.sqlite3'}"
    conn = await connect(url, embedded=True)
    try:
        assert conn.schema.state == SchemaState.CURRENT
        assert conn.schema.database_revision == code_head()
    finally:
        await conn.db.dispose()


@pytest.mark.postgres
async def test_workstation_never_migrates_postgres_and_says_what_to_do(empty_pg_url):
    with pytest.raises(SchemaTooOld) as info:
        await connect(empty_pg_url, embedded=False)
    assert "desk-app db upgrade" in str(info.value)
    db = open_database(empty_pg_url)
    try:
        async with db.engine.connect() as c:  # no DDL happened
            tables = (await c.execute(text(
                "select count(*) from information_schema.tables where table_schema='public'"))).scalar()
        assert tables == 0
    finally:
        await db.dispose()


async def test_code_older_than_database_runs_read_only(database_url, db):
    async with db.engine.begin() as c:
        await c.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    conn = await connect(database_url, embedded=True)
    try:
        assert conn.schema.state == SchemaState.DB_NEWER
        assert conn.schema.read_only
        desk = await desk_for(conn.db, "info1")
        desk.read_only = conn.schema.read_only
        sps = await desk.service_points()  # reading works
        with pytest.raises(errors.ReadOnlyMode):
            await desk.register_walk_in(service_point_id=sps[0].id, applicants=[person()])
        status = await schema_status(conn.db)
        assert status.database_revision == "9999_from_the_future"  # nothing was touched
    finally:
        await conn.db.dispose()


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DESK_DATA_DIR": str(ROOT / ".pytest-data-unused")}
    return subprocess.run([sys.executable, "-m", "desk_app.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, env=env, timeout=120)


def test_cli_db_upgrade_on_sqlite(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    result = _cli("db", "upgrade", "--database", url)
    assert result.returncode == 0, result.stderr
    assert code_head() in result.stdout
    status = _cli("db", "status", "--database", url)
    assert "(aktuell)" in status.stdout and "Datenbank: lokal (cli.sqlite3)" in status.stderr


@pytest.mark.postgres
def test_cli_db_upgrade_on_postgres(empty_pg_url):
    plain = empty_pg_url.replace("+asyncpg", "")
    result = _cli("db", "upgrade", "--database", plain)
    assert result.returncode == 0, result.stderr
    assert code_head() in result.stdout


def test_unreachable_database_gives_a_clear_message_without_password():
    result = _cli("queue", "--database", "postgresql://clerk:s3cret@127.0.0.1:1/office")
    assert result.returncode == 2
    assert "Datenbank nicht erreichbar" in result.stderr
    assert "127.0.0.1:1/office" in result.stderr
    assert "s3cret" not in result.stderr and "s3cret" not in result.stdout
    assert "Traceback" not in result.stderr


async def test_unreachable_database_error_in_process():
    with pytest.raises(DatabaseUnavailable) as info:
        await connect("postgresql://clerk:s3cret@127.0.0.1:1/office", embedded=False)
    assert "s3cret" not in str(info.value)
    assert "***" in str(info.value)


def test_head_read_from_the_files_is_alembics_head():
    from alembic.script import ScriptDirectory

    from desk_app.services.schema import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    revisions, head = known_revisions()
    assert head == script.get_current_head()
    assert revisions == {r.revision for r in script.walk_revisions()}


def test_start_up_does_not_import_alembic():
    code = ("import sys, desk_app.services.connect, desk_app.services.schema as s; s.code_head(); "
            "print('alembic' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "False", result.stderr
