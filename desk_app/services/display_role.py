"""The call display's read-only role on PostgreSQL (`desk-app db display-role`).

``grant_display_role`` is the function the group roles of administration call (issue 13):
it gives a role exactly what a call display needs and nothing else: CONNECT, USAGE on the
schema, SELECT on ``call_display_view``, ``waiting_count_view``, ``display_notices``
(ticket numbers, counters, rooms, times, counts and the notice line; migration 0008) and
``closed_counters_view`` (the names and rooms of closed counters; migration 0017).
The views belong to the tables' owner, so the role reads them without any right on
``queue_entries``, ``applicants`` or any other table. The live feed needs no grant:
any role may LISTEN on the change channel, whose payload is a change id.

The statements are run by an admin (the owner of the tables, or a superuser), as
``desk-app db display-role``. Identifiers are quoted, never formatted in raw.
"""

from __future__ import annotations

import re

from sqlalchemy.ext.asyncio import AsyncConnection

#: what a display role may read, and nothing else
DISPLAY_OBJECTS = ("call_display_view", "waiting_count_view", "display_notices",
                   "closed_counters_view")

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def quote_ident(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"invalid role name {name!r}: lower-case letters, digits and _ only")
    return f'"{name}"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def display_role_statements(role: str, database: str, *, login: bool = True,
                            password: str | None = None, create: bool = True) -> list[str]:
    """The SQL that makes ``role`` a call display's role (a login role by default, or a
    group role with ``login=False``, for other login roles to be members of)."""
    r = quote_ident(role)
    out = []
    if create:
        options = ["LOGIN" if login else "NOLOGIN", "NOSUPERUSER", "NOCREATEDB",
                   "NOCREATEROLE", "NOINHERIT" if login else "INHERIT"]
        if password:
            options.append(f"PASSWORD {_literal(password)}")
        out.append(f"CREATE ROLE {r} {' '.join(options)}")
    db_ident = '"' + database.replace('"', '""') + '"'
    out += [
        f"REVOKE ALL ON DATABASE {db_ident} FROM {r}",
        f"GRANT CONNECT ON DATABASE {db_ident} TO {r}",
        f"GRANT USAGE ON SCHEMA public TO {r}",
        *(f"GRANT SELECT ON {name} TO {r}" for name in DISPLAY_OBJECTS),
    ]
    return out


async def grant_display_role(conn: AsyncConnection, role: str, *, login: bool = True,
                             password: str | None = None) -> list[str]:
    """Creates ``role`` (if missing) and grants it the display's objects in the
    connection's database. Returns the statements run (passwords masked)."""
    from sqlalchemy import text

    database = (await conn.execute(text("SELECT current_database()"))).scalar_one()
    exists = (await conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                 {"r": role})).first() is not None
    statements = display_role_statements(role, database, login=login, password=password,
                                         create=not exists)
    for sql in statements:
        await conn.execute(text(sql))
    return [s.replace(_literal(password), "'***'") if password else s for s in statements]
