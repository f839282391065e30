"""Fixtures: every service test runs on SQLite and on a real PostgreSQL.

PostgreSQL: one template database per session, made by the real Alembic migrations (and
the seeded reference data), copied for each test under a random name and dropped after.
Unreachable PostgreSQL skips those tests with a reason, or fails the run when
DESK_REQUIRE_POSTGRES=1.

``async def`` tests run in a fresh event loop each (no pytest-asyncio: it must not sit
beside qasync); databases a test opened are disposed in that same loop.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import shutil
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_URL = os.environ.get("DESK_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REQUIRE_PG = os.environ.get("DESK_REQUIRE_POSTGRES") == "1"


# -- the UI's locale -------------------------------------------------------------------
@pytest.fixture(autouse=True)
def _german_ui_locale():
    """Every test starts in the UI locale the app sets for German (install_translations:
    German, Germany), not in the machine's (often C), and no test's locale leaks into the
    next: the UI writes dates and times through QLocale."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield


# -- async tests ------------------------------------------------------------------------
@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    kwargs = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    loop = asyncio.new_event_loop()
    try:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(pyfuncitem.obj(**kwargs))
    finally:
        for db in getattr(pyfuncitem, "_desk_databases", []):
            loop.run_until_complete(db.dispose())
        loop.run_until_complete(loop.shutdown_asyncgens())
        asyncio.set_event_loop(None)
        loop.close()
    return True


# -- PostgreSQL administration (asyncpg directly, in its own short loop) ---------------
def _pg_dsn(database: str | None = None) -> str:
    url = make_url(PG_URL)
    if database:
        url = url.set(database=database)
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def pg_admin(*statements: str) -> None:
    import asyncpg

    async def run():
        conn = await asyncpg.connect(_pg_dsn(), timeout=5)
        try:
            for sql in statements:
                await conn.execute(sql)
        finally:
            await conn.close()

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(run())
        return
    # called while a loop runs (a GUI test's qasync loop): its own loop, in a thread
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, run()).result(timeout=60)


def pg_test_url(name: str) -> str:
    return make_url(_pg_dsn(name)).set(drivername="postgresql+asyncpg").render_as_string(
        hide_password=False)


@pytest.fixture(scope="session")
def postgres_available() -> bool:
    try:
        pg_admin("SELECT 1")
        return True
    except Exception as exc:
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL at {make_url(PG_URL).render_as_string()} is unreachable "
                        f"and DESK_REQUIRE_POSTGRES=1: {exc}", pytrace=False)
        return False


async def _migrate_and_seed(url: str) -> None:
    from desk_app.services.database import open_database
    from desk_app.services.demo import seed_reference
    from desk_app.services.schema import upgrade

    db = open_database(url)
    try:
        await upgrade(db)
        async with db.write_session() as session:
            await seed_reference(session)
    finally:
        await db.dispose()


@pytest.fixture(scope="session")
def pg_template(postgres_available):
    if not postgres_available:
        pytest.skip(f"PostgreSQL unreachable at {make_url(PG_URL).render_as_string()}")
    name = f"desk_tpl_{uuid.uuid4().hex[:12]}"
    pg_admin(f'CREATE DATABASE "{name}"')
    try:
        asyncio.run(_migrate_and_seed(pg_test_url(name)))
        yield name
    finally:
        pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tpl") / "template.sqlite3"
    asyncio.run(_migrate_and_seed(f"sqlite+aiosqlite:///{path}"))
    return path


@pytest.fixture
def pg_database_url(pg_template):
    name = f"desk_t_{uuid.uuid4().hex[:12]}"
    pg_admin(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    try:
        yield pg_test_url(name)
    finally:
        pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_database_url(sqlite_template, tmp_path):
    path = tmp_path / "desk.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request) -> str:
    """A migrated database with the reference data, on each backend."""
    return request.getfixturevalue(f"{'pg' if request.param == 'postgres' else 'sqlite'}_database_url")


@pytest.fixture
def db(database_url, request):
    """A Database on ``database_url``; disposed in the async test's own loop."""
    from desk_app.services.database import open_database

    database = open_database(database_url)
    item = request.node
    item._desk_databases = [*getattr(item, "_desk_databases", []), database]
    return database


@pytest.fixture
def open_db(request):
    """Opens more Database objects (e.g. one per simulated workstation) on a URL."""
    from desk_app.services.database import open_database

    def _open(url: str, **kw):
        database = open_database(url, **kw)
        item = request.node
        item._desk_databases = [*getattr(item, "_desk_databases", []), database]
        return database

    return _open


@pytest.fixture
def memory_keyring():
    """The OS keyring replaced by an in-memory one for the test; ``.store`` holds
    {(service, account): password}."""
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    class _Memory(KeyringBackend):
        priority = 1

        def __init__(self) -> None:
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            if (service, username) not in self.store:
                raise PasswordDeleteError(username)
            del self.store[(service, username)]

    before = keyring.get_keyring()
    ring = _Memory()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(before)
