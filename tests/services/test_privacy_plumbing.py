"""Sign-in failures in one clear line (URL masked, a malformed URL echoes nothing), logs
without statement parameters at any level, and private files (0600 files, 0700 folders)."""

from __future__ import annotations

import asyncio
import logging
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError

from desk_app.logging_setup import configure_logging, private_exception_text
from desk_app.models import StaffMember
from desk_app.private_files import private_dir, write_private
from desk_app.services.connect import connect
from desk_app.services.database import (
    DatabaseUnavailable, InvalidDatabaseUrl, SignInFailed, open_database, safe_url,
)
from tests.conftest import PG_URL
from tests.pg_cluster import password_cluster  # noqa: F401 (a fixture)
from tests.services.helpers import office
from tests.support import person

NAME = "Zqxwvönnich"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- logs ---------------------------------------------------------------------------------
@pytest.fixture
def debug_log(tmp_path):
    root = logging.getLogger()
    before_level, before = root.level, list(root.handlers)
    for h in before:   # a RotatingFileHandler of an earlier test would be kept instead
        if isinstance(h, logging.handlers.RotatingFileHandler):
            root.removeHandler(h)
    path = configure_logging(tmp_path / "logs", "DEBUG")
    yield path
    for h in list(root.handlers):
        if h not in before:
            root.removeHandler(h)
            h.close()
    for h in before:
        if h not in root.handlers:
            root.addHandler(h)
    root.setLevel(before_level)


async def test_debug_log_has_no_statement_parameters(db, debug_log):
    o = await office(db)
    logging.getLogger("desk_app.test").debug("debug is on")
    await o.reception.register_walk_in(
        service_point_id=o.sp["BI"],
        applicants=[person(NAME, "Erika", email=f"{NAME}@example.org", file_number="AZ-77-4711")])
    async with db.write_session() as s:
        try:
            async with s.begin():
                for _ in range(2):   # a unique violation: PostgreSQL's text quotes the row
                    await s.execute(insert(StaffMember).values(
                        login=NAME, display_name=NAME, role="CLERK", active=True))
        except IntegrityError:
            logging.getLogger("desk_app.test").exception("insert failed")
    for h in logging.getLogger().handlers:
        h.flush()
    logged = debug_log.read_text(encoding="utf-8")
    assert "debug is on" in logged and "IntegrityError" in logged and "insert failed" in logged
    assert NAME not in logged and "AZ-77-4711" not in logged and "1985" not in logged
    assert "withheld" in logged
    assert _mode(debug_log) == 0o600 and _mode(debug_log.parent) == 0o700


def test_exception_text_of_a_database_error_is_withheld():
    from sqlalchemy.exc import DBAPIError

    class Orig(Exception):   # stands for the driver's exception
        sqlstate = "23505"

    Orig.__module__ = "asyncpg.exceptions"

    try:
        try:
            raise Orig(f"Key (family_name)=({NAME}) already exists")
        except Orig as orig:
            raise DBAPIError("INSERT …", {"family_name": NAME}, orig) from orig
    except DBAPIError as exc:
        shown = private_exception_text(exc)
    assert NAME not in shown and "23505" in shown and "DBAPIError" in shown
    assert "test_exception_text_of_a_database_error_is_withheld" in shown   # the frames stay


async def test_engine_errors_hide_parameters(database_url, open_db):
    db = open_db(database_url)
    with pytest.raises(Exception) as raised:
        async with db.write_session() as s, s.begin():
            await s.execute(text("SELECT * FROM no_such_table WHERE x = :name"), {"name": NAME})
    assert NAME not in str(raised.value)


# -- files --------------------------------------------------------------------------------
async def test_embedded_database_and_its_folder_are_private(tmp_path):
    path = tmp_path / "new" / "data" / "desk.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        async with db.write_session() as s, s.begin():
            await s.execute(text("CREATE TABLE t (x TEXT)"))
            await s.execute(text("INSERT INTO t VALUES ('a')"))
        assert _mode(path) == 0o600
        for suffix in ("-wal", "-shm"):
            wal = path.with_name(path.name + suffix)
            if wal.exists():
                assert _mode(wal) == 0o600, suffix
        assert _mode(path.parent) == 0o700 and _mode(path.parent.parent) == 0o700
    finally:
        await db.dispose()


def test_exported_documents_are_private(tmp_path):
    old = os.umask(0o022)
    try:
        out = write_private(tmp_path / "docs" / "2026-11-25" / "receipt.pdf", b"%PDF-1.4 x")
        assert out.read_bytes() == b"%PDF-1.4 x"
        assert _mode(out) == 0o600 and _mode(out.parent) == 0o700
        out.chmod(0o644)
        write_private(out, b"again")           # an existing file becomes private
        assert _mode(out) == 0o600 and out.read_bytes() == b"again"
        assert not list(out.parent.glob("*.part"))
        assert private_dir(tmp_path / "docs") == tmp_path / "docs"
    finally:
        os.umask(old)


def test_cli_report_pdf_is_private(tmp_path, sqlite_database_url, capsys):
    from desk_app.cli import main

    out = tmp_path / "stats" / "week.pdf"
    assert main(["report", "--week", "2026-W48", "--pdf", str(out),
                 "--database", sqlite_database_url]) == 0
    assert _mode(out) == 0o600 and _mode(out.parent) == 0o700


# -- sign-in failures ---------------------------------------------------------------------
@pytest.mark.parametrize("url", ["postgresql://u:p@Xq9:w0rd@127.0.0.1/x",
                                 "postgresql://u:p@Xq9@127.0.0.1/x",
                                 "postgresql://u:geheim@127.0.0.1:notaport/x"])
async def test_malformed_url_echoes_no_part_of_it(url):
    with pytest.raises(InvalidDatabaseUrl) as raised:
        await connect(url, embedded=False)
    for part in ("Xq9", "w0rd", "geheim", "notaport"):
        assert part not in str(raised.value)
    assert safe_url(url) == "<ungültige Datenbank-URL>"


def _cli_line(capsys, *argv) -> tuple[int, str]:
    """The exit code and stderr. The CLI may name the database in a line of its own
    ("Datenbank: desk auf host (url)") before the one line of the error."""
    from desk_app.cli import main

    code = main(list(argv))
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert "Traceback" not in err and len(lines) <= 2, err
    assert [line.startswith("desk-app:") for line in lines].count(True) <= 1, err
    return code, err


@pytest.mark.parametrize("url", ["postgresql://u:p@Xq9:w0rd@127.0.0.1/x",
                                 "postgresql://u:p@Xq9@127.0.0.1/x"])
def test_cli_malformed_url_one_line(capsys, url):
    code, err = _cli_line(capsys, "db", "status", "--database", url)
    assert code == 2 and err.startswith("desk-app:") and err.count("\n") == 1
    assert "w0rd" not in err and "Xq9" not in err


@pytest.mark.postgres
@pytest.mark.parametrize("change, reason", [
    ({"username": "desk_nobody_x"}, "unknown_user"),
    ({"database": "desk_missing_x"}, "missing_database"),
])
def test_unknown_user_and_missing_database(postgres_available, capsys, change, reason):
    from sqlalchemy.engine import make_url

    if not postgres_available:
        pytest.skip("PostgreSQL unreachable")
    url = make_url(PG_URL).set(password="Sehr$geheim", **change).render_as_string(
        hide_password=False)
    with pytest.raises(SignInFailed) as raised:
        asyncio.run(connect(url, embedded=False))
    assert raised.value.reason == reason and "Sehr$geheim" not in str(raised.value)
    assert "***" in str(raised.value)
    code, err = _cli_line(capsys, "db", "status", "--database", url)
    assert code == 2 and "Sehr$geheim" not in err and "abgelehnt" in err
    assert err.strip().splitlines()[-1].startswith("desk-app: Anmeldung")
    code, err = _cli_line(capsys, "queue", "--database", url)
    assert code == 2 and "Sehr$geheim" not in err


def test_window_message_for_sign_in_failures(qapp):
    from desk_app.ui.error_messages import message_for

    for reason, words in (("password", "Passwort"), ("unknown_user", "Benutzer"),
                          ("missing_database", "Datenbank gibt es nicht"),
                          ("not_permitted", "Berechtigung")):
        exc = SignInFailed("postgresql://anna:geheim@db.amt.local/desk", reason)
        text_ = message_for(exc)
        assert words in text_ and "geheim" not in text_ and "anna:***@db.amt.local" in text_
        assert "Unerwarteter Fehler" not in text_
    assert "ungültig" in message_for(InvalidDatabaseUrl())


def test_window_says_possibly_applied(qapp):
    from desk_app.ui.error_messages import message_for

    lost = DatabaseUnavailable("postgresql://db/desk", "connection lost")
    lost.applied = None
    shown = message_for(lost)
    assert "möglicherweise" in shown and "Erneut versuchen ist sicher" in shown
    assert "Nichts wurde gespeichert" not in shown
    not_applied = DatabaseUnavailable("postgresql://db/desk", "connection refused")
    assert "Nichts wurde gespeichert" in message_for(not_applied)


# -- a wrong password needs a cluster that asks for one -----------------------------------
@pytest.mark.postgres
def test_wrong_password_one_clear_line(password_cluster, capsys):
    url = f"postgresql://postgres:Falsch$pw@127.0.0.1:{password_cluster}/postgres"
    with pytest.raises(SignInFailed) as raised:
        asyncio.run(connect(url, embedded=False))
    assert raised.value.reason == "password"
    assert "Falsch$pw" not in str(raised.value) and "Passwort falsch" in str(raised.value)
    code, err = _cli_line(capsys, "db", "status", "--database", url)
    assert code == 2 and "Falsch" not in err and "postgres:***@127.0.0.1" in err
    assert err.strip().splitlines()[-1].startswith("desk-app: Anmeldung")
    # the right password gets through to the (empty, unmigrated) database
    ok = f"postgresql://postgres:richtig@127.0.0.1:{password_cluster}/postgres"
    code, err = _cli_line(capsys, "db", "status", "--database", ok)
    assert code == 0, err


def test_a_chosen_path_in_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(OSError):
        write_private(tmp_path / "missing" / "x.pdf", b"x", make_dirs=False)
    assert not (tmp_path / "missing").exists()
