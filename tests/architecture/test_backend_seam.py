"""One backend seam (issue 11, Must 5): every SQLite/PostgreSQL difference sits in
desk_app/services/backend.py, chosen once when the engine is made. Nothing else in
desk_app looks at the dialect's name or the URL's scheme (the migrations may)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desk_app.services.backend import (
    POSTGRES, SQLITE, PostgresBackend, SqliteBackend, backend_for, backend_of, embedded_file,
    embedded_url, is_embedded_url, is_server_url)
from desk_app.services.database import async_url, open_database

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desk_app"
SEAM = PACKAGE / "services" / "backend.py"
ALLOWED = (SEAM, PACKAGE / "migrations")

#: the ways a module would branch on the database itself
CHECKS = re.compile("|".join((
    r"""startswith\(\s*["'](?:sqlite|postgres)""",   # url.startswith("sqlite")
    r"""dialect\.name\b""",                            # conn.dialect.name == "postgresql"
    r"""get_backend_name\(\)\s*[!=]=""",               # u.get_backend_name() == "sqlite"
    r"""dialects\.(?:postgresql|sqlite) import insert""",  # pg_insert / sqlite_insert
    r"""sqlite\+aiosqlite:///\{""",                    # f"sqlite+aiosqlite:///{path}"
)))


def _offending_lines() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if any(path == a or a in path.parents for a in ALLOWED):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if CHECKS.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


def test_no_database_checks_outside_the_backend_module():
    assert _offending_lines() == []


@pytest.mark.parametrize("line", [
    'if url.startswith("sqlite"):',
    "if url.startswith('postgresql') and x:",
    'if session.bind.dialect.name == "postgresql":',
    'insert_ = pg_insert if conn.dialect.name != "postgresql" else sqlite_insert',
    'if u.get_backend_name() == "sqlite":',
    "from sqlalchemy.dialects.postgresql import insert as pg_insert",
    'url = f"sqlite+aiosqlite:///{tmp}"',
])
def test_the_check_recognises_a_branch_on_the_database(line):
    assert CHECKS.search(line)


def test_the_seam_itself_holds_the_checks():
    assert CHECKS.search(SEAM.read_text(encoding="utf-8"))


def test_backend_chosen_from_the_url():
    assert backend_for("sqlite:///x.sqlite3") is SQLITE
    assert backend_for("sqlite+aiosqlite:////tmp/x.sqlite3") is SQLITE
    assert backend_for("postgresql://desk@db/desk") is POSTGRES
    assert backend_for("postgresql+asyncpg://desk@db/desk") is POSTGRES
    with pytest.raises(ValueError):
        backend_for("mysql://desk@db/desk")
    assert async_url("sqlite:///x").drivername == SqliteBackend.driver
    assert async_url("postgresql://desk@db/desk").drivername == PostgresBackend.driver
    assert (SQLITE.embedded, SQLITE.is_postgres) == (True, False)
    assert (POSTGRES.embedded, POSTGRES.is_postgres) == (False, True)


SERVER_CAPABILITIES = ("has_roles", "notifies", "writes_in_one_statement",
                       "numbers_changes_at_commit", "has_sequences", "has_percentiles")


def test_capabilities():
    assert SQLITE.serialises_writers and not POSTGRES.serialises_writers
    assert [c for c in SERVER_CAPABILITIES if getattr(SQLITE, c)] == []
    assert [c for c in SERVER_CAPABILITIES if not getattr(POSTGRES, c)] == []


def test_url_helpers():
    assert is_embedded_url("sqlite+aiosqlite:///a.sqlite3") and not is_embedded_url("postgresql://h/d")
    assert is_server_url("postgresql://h/d") and not is_server_url("sqlite:///a")
    assert embedded_file(embedded_url("/data/x.sqlite3")) == Path("/data/x.sqlite3")
    assert embedded_file("postgresql://h/d") is None
    assert embedded_file("sqlite://") is None        # in memory: no file


def test_row_locks_only_where_writers_are_not_serialised():
    from sqlalchemy import column, select, table
    from sqlalchemy.dialects import postgresql

    stmt = select(column("id")).select_from(table("t"))
    assert SQLITE.lock(stmt) is stmt          # BEGIN IMMEDIATE serialises writers
    locked = POSTGRES.lock(stmt)
    assert "FOR UPDATE" in str(locked.compile(dialect=postgresql.dialect()))


def test_upsert_per_backend():
    from sqlalchemy.dialects.postgresql import Insert as PgInsert
    from sqlalchemy.dialects.sqlite import Insert as SqliteInsert

    from desk_app.models import Sequence

    assert isinstance(SQLITE.insert(Sequence.__table__), SqliteInsert)
    assert isinstance(POSTGRES.insert(Sequence.__table__), PgInsert)


async def test_database_knows_its_backend(tmp_path):
    db = open_database(embedded_url(tmp_path / "seam.sqlite3"))
    try:
        assert db.backend is SQLITE and not db.is_postgres and db.dialect == "sqlite"
        async with db.read() as session:
            assert backend_of(session) is SQLITE
            assert backend_of(await session.connection()) is SQLITE
        assert backend_of(db.engine) is SQLITE
        assert (tmp_path / "seam.sqlite3").stat().st_mode & 0o777 == 0o600
    finally:
        await db.dispose()
