"""``desk-app diagnose``: a support bundle for the office's IT or the vendor.

A zip file with:

* ``versions.txt``: desk_app, Python, the platform, the libraries that matter, and the
  PostgreSQL server's version when it answers;
* ``settings.json``: the effective settings, URLs with passwords masked and the staff
  login replaced by whether one is set;
* ``schema.txt``: the database (host, port, name, never a password), the program's and
  the database's schema revision and what the schema policy makes of them;
* ``log-tail.txt``: the last lines of the log, passwords in URLs masked.

No personal data: the bundle reads no table but ``alembic_version`` and the server's
version, the log holds ids and codes only (DESIGN.md), and the settings' only personal
field (login) is blanked. ``tests/deployment/test_diagnose.py`` checks it against a
database full of demo people. Qt-free.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import platform
import re
import sys
import zipfile
from importlib import metadata
from pathlib import Path

log = logging.getLogger(__name__)

LIBRARIES = ("desk-app", "PySide6-Essentials", "qasync", "SQLAlchemy", "asyncpg", "aiosqlite",
             "alembic", "reportlab", "uharfbuzz", "keyring", "platformdirs")

#: settings fields that could identify a person; the bundle says only whether they are set
PERSONAL_SETTINGS = ("login",)


def versions_text() -> str:
    from desk_app import __version__

    lines = [f"desk_app {__version__}",
             f"Python {sys.version.split()[0]} ({sys.executable})",
             f"platform {platform.platform()}",
             f"frozen {bool(getattr(sys, 'frozen', False))}"]
    for name in LIBRARIES:
        try:
            lines.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            lines.append(f"{name} (not installed)")
    return "\n".join(lines) + "\n"


_URL_PASSWORD = re.compile(r"([a-z0-9+]+://[^:@/\s]*):[^@/\s]*@", re.I)


def scrub(text: str) -> str:
    """Masks passwords in URLs (a log line should never hold one; belt and braces)."""
    return _URL_PASSWORD.sub(r"\1:***@", text)


def settings_json(settings) -> str:
    from desk_app.settings import as_dict

    values = as_dict(settings, masked=True)
    for key in PERSONAL_SETTINGS:
        if key in values:
            values[key] = "(gesetzt)" if values[key] else ""
    return json.dumps(values, indent=2, ensure_ascii=False, default=str) + "\n"


async def schema_text(url) -> str:
    if url is None:
        return "database: not opened (no password available, see the message above)\n"
    from desk_app.services.connect import unreachable_as_clear_error
    from desk_app.services.database import open_database
    from desk_app.services.schema import schema_status

    db = open_database(url, pool_size=1)
    lines = [f"database {db.display_url}", f"dialect {db.dialect}"]
    try:
        async with unreachable_as_clear_error(db.url):
            status = await asyncio.wait_for(schema_status(db), 20)
            lines += [f"program schema {status.code_revision}",
                      f"database schema {status.database_revision or '-'}",
                      f"state {status.state.value}",
                      f"read-only {status.read_only}"]
            if db.is_postgres:
                from sqlalchemy import text

                async with db.engine.connect() as conn:
                    version = (await conn.execute(text("SHOW server_version"))).scalar()
                    standby = (await conn.execute(text("SELECT pg_is_in_recovery()"))).scalar()
                lines += [f"server {version}", f"server in recovery (standby) {standby}"]
    except Exception as exc:  # the bundle is most needed when the database is away
        lines.append(f"error {type(exc).__name__}: {scrub(str(exc))[:300]}")
    finally:
        await db.dispose()
    return "\n".join(lines) + "\n"


def log_tail(log_dir: Path, lines: int) -> str:
    path = log_dir / "desk_app.log"
    if not path.exists():
        return f"(no log at {path})\n"
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        tail = fh.readlines()[-lines:]
    return scrub("".join(tail))


async def write_bundle(out: Path, settings, url, *, log_lines: int = 200) -> Path:
    """Writes the zip; ``url`` is what the workstation connects to (None: not openable)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    parts = {
        "versions.txt": versions_text(),
        "settings.json": settings_json(settings),
        "schema.txt": await schema_text(url),
        "log-tail.txt": log_tail(settings.log_dir, log_lines),
        "README.txt": (f"desk_app support bundle, {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC.\n"
                       "No personal data: versions, settings (passwords masked, login blanked),\n"
                       "schema state and the last log lines (ids and codes only).\n"),
    }
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
    log.info("support bundle written (%d parts)", len(parts))
    return out
