"""Opening the database with the schema policy applied, and clear errors when it is away."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import AsyncIterator

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from .database import Database, DatabaseUnavailable, SignInFailed, open_database
from .schema import SchemaStatus, ensure_schema

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def unreachable_as_clear_error(url) -> AsyncIterator[None]:
    """Turns driver and socket errors into DatabaseUnavailable: URL without password."""
    try:
        yield
    except DatabaseUnavailable:
        raise
    except Exception as exc:
        refused = sign_in_refusal(exc)
        if refused is not None:
            raise SignInFailed(url, refused) from None
        if isinstance(exc, (OSError, ConnectionError, OperationalError, InterfaceError)) or (
                isinstance(exc, DBAPIError) and exc.connection_invalidated) or (
                type(exc).__module__.startswith("asyncpg")):
            # asyncpg raises its own classes before SQLAlchemy wraps them
            raise DatabaseUnavailable(url, _reason(exc)) from None
        raise


#: SQLSTATEs of a refused sign-in (PostgreSQL's class 28, a missing database, no CONNECT)
_SIGN_IN_SQLSTATES = {"28P01": "password", "28000": "unknown_user",
                      "3D000": "missing_database", "42501": "not_permitted"}


def sign_in_refusal(exc: BaseException, *, connecting: bool = True) -> str | None:
    """SignInFailed's reason when ``exc`` (or what it wraps) is the server refusing the
    sign-in; None for anything else. Read from the SQLSTATE, never from the message.
    42501 (no CONNECT right) is a refused sign-in only while connecting: on a statement
    it is a role's refused privilege (``db roles``), not a sign-in."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        code = getattr(current, "sqlstate", None) or getattr(current, "pgcode", None)
        if isinstance(code, str) and code in _SIGN_IN_SQLSTATES:
            if code == "42501" and not connecting:
                return None
            return _SIGN_IN_SQLSTATES[code]
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def _reason(exc: BaseException) -> str:
    """One line about a lost or refused connection: the driver's first line (socket
    errors name host and port, never the password); a password is never echoed."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    reason = text[0] if text else type(orig).__name__
    if "password" in reason.lower():
        return "Anmeldung abgelehnt"
    return reason[:200]


@dataclass
class Connected:
    db: Database
    schema: SchemaStatus


async def connect(url: str, *, embedded: bool, db: Database | None = None) -> Connected:
    """Opens the database and applies the schema policy (the embedded one upgrades).
    ``db``: an engine already open (a person's own login after a take-over, issue 13)."""
    db = db if db is not None else open_database(url)
    try:
        async with unreachable_as_clear_error(db.url):
            status = await ensure_schema(db, allow_upgrade=embedded)
    except BaseException:
        await db.dispose()
        raise
    return Connected(db=db, schema=status)
