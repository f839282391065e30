"""Logging to a rotating file (and stderr). Log records carry ids and codes, no names.

Whatever the level, no statement parameter reaches the log: the drivers' own loggers
(aiosqlite logs every call with its arguments at DEBUG; sqlalchemy.engine the statements
and parameters at INFO) are held at WARNING and their records dropped below it, the
engines hide parameters in their errors (``hide_parameters``), and a logged exception
shows a database error by its class and SQLSTATE only (the driver's text can quote the
row: "Key (family_name)=(…)"). The log folder is 0700 and the files 0600.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

#: loggers that would log statements or their parameters below WARNING
QUIET_LOGGERS = ("aiosqlite", "sqlalchemy.engine", "sqlalchemy.pool", "sqlalchemy.orm",
                 "sqlalchemy.dialects", "asyncpg", "alembic.runtime.migration.sql")

#: modules whose exception texts may quote statements, parameters or rows
_DATABASE_MODULES = ("sqlalchemy", "asyncpg", "sqlite3", "aiosqlite", "psycopg")


class NoStatementLogs(logging.Filter):
    """Drops the database drivers' records below WARNING (they carry parameters)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        return not any(record.name == n or record.name.startswith(n + ".")
                       for n in QUIET_LOGGERS)


def _is_database_error(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] in _DATABASE_MODULES


def private_exception_text(exc: BaseException) -> str:
    """A traceback in which database errors show their class and SQLSTATE, not their
    text (the frames, file names and line numbers stay for the developer)."""
    lines: list[str] = []
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__
                                        else current.__context__)
    for i, e in enumerate(reversed(chain)):
        if i:
            lines.append("\nThe above exception led to the following:\n")
        lines.append("Traceback (most recent call last):\n")
        lines.extend(traceback.format_tb(e.__traceback__))
        lines.append(_exception_line(e) + "\n")
    return "".join(lines).rstrip("\n")


def _exception_line(e: BaseException) -> str:
    name = f"{type(e).__module__}.{type(e).__qualname__}"
    if not _is_database_error(e):
        return f"{name}: {e}"
    orig = getattr(e, "orig", None)
    code = None
    for candidate in (e, orig, getattr(orig, "__cause__", None)):
        code = code or getattr(candidate, "sqlstate", None) or getattr(candidate, "pgcode", None)
    return f"{name} (SQLSTATE {code or '?'}; text withheld: may hold personal data)"


class PrivateFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # another handler may have cached the plain traceback text on the record
        saved = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = saved

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        _type, value, _tb = ei
        if value is None:
            return super().formatException(ei)
        return private_exception_text(value)


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Rotated files are created 0600 like the first one."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
        os.chmod(self.baseFilename, 0o600)
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def quiet_database_loggers() -> None:
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def configure_logging(log_dir: Path, level: str = "INFO") -> Path:
    from desk_app.private_files import private_dir

    private_dir(log_dir)
    os.chmod(log_dir, 0o700)
    path = log_dir / "desk_app.log"
    handler = _PrivateRotatingFileHandler(path, maxBytes=5_000_000, backupCount=5,
                                          encoding="utf-8")
    handler.setFormatter(PrivateFormatter(
        "%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(NoStatementLogs())
    root = logging.getLogger()
    root.setLevel(level)
    quiet_database_loggers()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    else:
        handler.close()
    return path
