"""Opening the database with the schema policy applied, and clear errors when it is away."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import AsyncIterator

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from .database import Database, DatabaseUnavailable, open_database
from .schema import SchemaStatus, ensure_schema

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def unreachable_as_clear_error(url) -> AsyncIterator[None]:
    """Turns driver and socket errors into DatabaseUnavailable: URL without password."""
    try:
        yield
    except DatabaseUnavailable:
        raise
    except (OSError, ConnectionError, OperationalError, InterfaceError) as exc:
        raise DatabaseUnavailable(url, _reason(exc)) from None
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise DatabaseUnavailable(url, _reason(exc)) from None
        raise
    except Exception as exc:  # asyncpg raises its own classes before SQLAlchemy wraps them
        if type(exc).__module__.startswith("asyncpg"):
            raise DatabaseUnavailable(url, _reason(exc)) from None
        raise


def _reason(exc: BaseException) -> str:
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


async def connect(url: str, *, embedded: bool) -> Connected:
    """Opens the database and applies the schema policy (the embedded one upgrades)."""
    db = open_database(url)
    try:
        async with unreachable_as_clear_error(db.url):
            status = await ensure_schema(db, allow_upgrade=embedded)
    except BaseException:
        await db.dispose()
        raise
    return Connected(db=db, schema=status)
