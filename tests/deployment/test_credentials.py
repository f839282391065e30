"""The database password's sources (issue 19, item 3), multi-host URLs (item 4) and the
reports' replica (item 5)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from sqlalchemy import text

from desk_app.services import credentials
from desk_app.services.credentials import (KEYRING_SERVICE, PasswordUnavailable,
                                           keyring_account, url_with_password)
from desk_app.services.database import async_url, hosts_of, normalize_url, safe_url
from desk_app.services.pg_listener import listener_dsn

ROOT = Path(__file__).resolve().parents[2]




def test_multi_host_url_in_libpq_form():
    url = "postgresql://desk@db1,db2:5433/desk?target_session_attrs=read-write"
    u = async_url(url)
    assert u.drivername == "postgresql+asyncpg" and u.database == "desk"
    assert u.query["host"] == ("db1:5432", "db2:5433")
    assert u.query["target_session_attrs"] == "read-write"
    assert hosts_of(url) == [("db1", 5432), ("db2", 5433)]
    assert listener_dsn(u) == ("postgresql://desk@db1:5432,db2:5433/desk"
                               "?target_session_attrs=read-write")
    assert hosts_of("postgresql://x@db9:6000/desk") == [("db9", 6000)]
    # TLS: the engine takes asyncpg's ssl=…, the listener's DSN libpq's sslmode=…
    tls = async_url("postgresql://desk@db1,db2/desk?ssl=verify-full")
    assert listener_dsn(tls) == "postgresql://desk@db1:5432,db2:5432/desk?sslmode=verify-full"
    assert listener_dsn(async_url("postgresql://desk@db1/desk?ssl=require")) == \
        "postgresql://desk@db1/desk?sslmode=require"
    assert normalize_url("sqlite+aiosqlite:////tmp/x.sqlite3").database == "/tmp/x.sqlite3"


def test_keyring_password_is_used_and_never_shown(memory_keyring):
    url = "postgresql://desk@db1,db2/desk?target_session_attrs=read-write"
    assert keyring_account(url) == "desk@db1:5432,db2:5432/desk"
    with pytest.raises(PasswordUnavailable) as info:
        url_with_password(url, "keyring")
    assert "desk-app settings set-password" in str(info.value)
    credentials.store_password(url, "pa:ss@w/rd")
    assert memory_keyring.store[(KEYRING_SERVICE, "desk@db1:5432,db2:5432/desk")] == "pa:ss@w/rd"
    u = url_with_password(url, "keyring")
    assert u.password == "pa:ss@w/rd"
    assert "pa:ss" not in safe_url(u) and "***" in safe_url(u)
    dsn = listener_dsn(async_url(u))
    assert dsn.startswith("postgresql://desk:pa%3Ass%40w%2Frd@db1:5432,db2:5432/desk")


def test_pgpass_and_sso_add_no_password(monkeypatch, tmp_path):
    monkeypatch.delenv("PGPASSFILE", raising=False)
    url = "postgresql://desk@db1/desk"
    assert url_with_password(url, "sso").password is None
    assert url_with_password(url, "pgpass").password is None
    passfile = tmp_path / "pgpass"
    url_with_password(url, "pgpass", str(passfile))
    assert os.environ["PGPASSFILE"] == str(passfile)
    assert url_with_password("sqlite+aiosqlite:///x", "keyring") == "sqlite+aiosqlite:///x"


@pytest.mark.postgres
async def test_pgpass_file_logs_in_a_role_with_a_password(postgres_available, tmp_path,
                                                          monkeypatch):
    """A real login with a password that only the password file knows."""
    import uuid

    from desk_app.services.database import open_database
    from tests.conftest import pg_admin

    if not postgres_available:
        pytest.skip("PostgreSQL unreachable")
    role, password = f"desk_pw_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    pg_admin(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
    try:
        passfile = tmp_path / "pgpass"
        passfile.write_text(f"127.0.0.1:5432:postgres:{role}:{password}\n")
        passfile.chmod(0o600)
        monkeypatch.delenv("PGPASSFILE", raising=False)
        url = url_with_password(f"postgresql://{role}@127.0.0.1:5432/postgres", "pgpass",
                                str(passfile))
        db = open_database(url)
        try:
            async with db.engine.connect() as c:
                assert (await c.execute(text("SELECT current_user"))).scalar() == role
        finally:
            await db.dispose()
    finally:
        pg_admin(f"DROP ROLE IF EXISTS {role}")


async def test_reports_read_from_the_replica_when_one_is_set(database_url, db, open_db, tmp_path):
    """Desk.report_read goes to report_db: here a second database whose answers differ."""
    from sqlalchemy import func, select

    from desk_app.models import ServicePoint
    from tests.support import desk_for

    desk = await desk_for(db, "info1")

    async def count(session):
        return await session.scalar(select(func.count()).select_from(ServicePoint))

    main = await desk.report_read(count)
    assert main > 0
    replica = open_db(f"sqlite+aiosqlite:///{tmp_path / 'empty.sqlite3'}")
    async with replica.engine.begin() as c:
        await c.execute(text("CREATE TABLE service_points (id INTEGER PRIMARY KEY)"))
    desk.report_db = replica
    assert await desk.report_read(count) == 0          # the replica answered
    assert await desk.read(count) == main              # the counters' reads did not move


def test_cli_report_reads_the_report_database(tmp_path):
    env = {**os.environ, "DESK_DATA_DIR": str(tmp_path / "data"),
           "DESK_CONFIG": str(tmp_path / "none.toml"),
           "DESK_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'main.sqlite3'}",
           "DESK_REPORT_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'replica.sqlite3'}"}
    run = lambda *a: subprocess.run([sys.executable, "-m", "desk_app.cli", *a], cwd=ROOT,  # noqa: E731
                                    capture_output=True, text=True, env=env, timeout=120)
    seeded = run("seed-demo", "--database", env["DESK_REPORT_DATABASE_URL"], "--size", "40")
    assert seeded.returncode == 0, seeded.stderr
    report = run("report")
    assert report.returncode == 0, report.stderr
    assert not (tmp_path / "main.sqlite3").exists()    # the main database was not touched
    assert "Gesamt" in report.stdout


def test_a_machine_without_a_keyring_says_so():
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(PasswordUnavailable) as info:
            url_with_password("postgresql://desk@db1/desk", "keyring")
    finally:
        keyring.set_keyring(before)
    assert "Schlüsselbund nicht verfügbar" in str(info.value)
    assert "db1:5432/desk" in str(info.value)


async def test_the_statistics_screen_reads_reports_from_the_replica(database_url, db, open_db,
                                                                    tmp_path, sqlite_template):
    """StatisticsFacade.report/trend go to Desk.report_db: a replica with a demo day
    while the main database has none."""
    import datetime as dt
    import shutil

    from desk_app.domain.clock import business_day
    from desk_app.domain.statistics import Period
    from desk_app.services.demo import seed_demo_day
    from desk_app.services.statistics_facade import StatisticsFacade
    from tests.support import desk_for

    now = dt.datetime.now(dt.timezone.utc)
    day = business_day(now)
    replica_path = tmp_path / "replica.sqlite3"
    shutil.copyfile(sqlite_template, replica_path)
    replica = open_db(f"sqlite+aiosqlite:///{replica_path}")
    await seed_demo_day(replica, day, now=now, size=80)
    desk = await desk_for(db, "leitung")
    facade = StatisticsFacade(desk)
    period = Period.day(day)
    assert (await facade.report(period)).total.appointments == 0      # the main database
    desk.report_db = replica
    on_replica = await facade.report(period)
    assert on_replica.total.appointments > 0
    assert await facade.layouts() is not None                          # still the main db
