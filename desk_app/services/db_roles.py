"""``desk-app db roles``: the database itself enforces what each desk role may do
(PostgreSQL only; run by an admin who may create roles, e.g. the cluster's superuser).

Group roles (NOLOGIN), named ``<prefix><group>`` (prefix ``desk_`` by default):

- ``owner``: owns every table, sequence, view and function; used only by ``desk-app db
  upgrade`` (which switches to it with SET ROLE). Nobody signs in as it.
- ``clerk``, ``reception``, ``shift_lead``, ``admin``: the workstations. Each person signs
  in as their own login role (named like their staff ``login``), member of one group.
  They read the tables and write only what their use cases write; none owns anything,
  so none can run DDL, ALTER/DISABLE/DROP a trigger or TRUNCATE, and none may set
  ``session_replication_role`` (superuser only). Audit rows, receipts and their items are
  INSERT only; the purge's anonymisation of a receipt's payer goes through
  ``desk_anonymise_receipt(id)`` (SECURITY DEFINER, EXECUTE for the admin group only), and
  the trigger lets the name change only to the anonymous value (migration 0010).
- ``display``: the call display; it reads what ``display_role.DISPLAY_OBJECTS`` names
  (ticket numbers, counters, times, counts, the notice line) and nothing else.

Restricted service points (need-to-know) are enforced by row-level security on
``queue_entries`` and ``applicants``: their rows are visible to shift leads and admins and to
staff assigned to that service point (``staff_service_points``), to no one else.

Idempotent: run it again after every ``db upgrade`` so that new tables get their grants.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from .backend import backend_of

log = logging.getLogger(__name__)

GROUPS = ("clerk", "reception", "shift_lead", "admin", "display")
WORKSTATION_GROUPS = ("clerk", "reception", "shift_lead", "admin")
#: the staff role each workstation group stands for
STAFF_ROLE_GROUP = {"CLERK": "clerk", "RECEPTION": "reception", "SHIFT_LEAD": "shift_lead",
                    "ADMIN": "admin"}

# the call display's own objects and role (issue 12), re-exported for `db display-role`
from .display_role import DISPLAY_OBJECTS, grant_display_role  # noqa: E402,F401

_NAME = re.compile(r"[a-z_][a-z0-9_]{0,40}")

# columns only some groups may change
_REASSIGN_COLUMNS = {"assigned_counter_id", "assigned_clerk_id", "reassign_reason"}
_CALL_COLUMNS = {"counter_id", "clerk_id", "called_at", "first_called_at",
                 "service_started_at", "finished_at", "call_count", "recall_locked_until",
                 "not_answering_at", "parked_at", "resumed_at", "forwarded_at", "missed_at",
                 "park_reason", "forward_reason", "forwarded_from_id"}
_PURGE_COLUMNS = {"anonymized_at"}

_COMMON_WRITES = {
    "audit_events": "INSERT", "change_log": "INSERT", "idempotency_keys": "INSERT",
    "sequences": "INSERT, UPDATE", "ticket_counters": "INSERT, UPDATE",
    "workstations": "INSERT, UPDATE, DELETE", "print_jobs": "INSERT, UPDATE",
    "appointment_slots": "INSERT, UPDATE",            # the appointment book (issue 15)
}
#: tables only some groups write, when they exist (the appointment book, issue 15)
_GROUP_WRITES = {
    "blocked_times": (("shift_lead", "admin"), "INSERT, UPDATE, DELETE"),
    "capacity_rules": (("admin",), "INSERT, UPDATE, DELETE"),
}
_REFERENCE_TABLES = ("service_points", "counters", "services", "staff", "fee_catalogue")
_LINK_TABLES = ("service_point_services", "staff_service_points", "role_permissions",
                "service_point_hours")      # a service point's opening hours (0017)
# the appointment book (issue 15): every workstation books a slot's place; shift leads and
# admins edit capacity and blocked times. Statistics layouts and the displays' notice line
# (issues 16 and 12) are a shift lead's or admin's.
_BOOKING_WRITES = {"appointment_slots": "INSERT, UPDATE",
                   # issue 14: a clerk sets their counter's presence and raises or
                   # acknowledges the silent alarm; leads change call assignments
                   # (an alarm is never rewritten: only its acknowledgement is set)
                   "counter_states": "INSERT, UPDATE",
                   "alarms": "INSERT, UPDATE (acknowledged_at, acknowledged_by, "
                             "acknowledged_station)",
                   # issue 20: the mailbox worklist (claiming messages, answering)
                   "appointment_requests": "INSERT, UPDATE",
                   # the claimed row is filled in after parsing, in the same transaction
                   "mailbox_messages": "INSERT, UPDATE"}
_LEAD_WRITES = {"capacity_rules": "INSERT, UPDATE, DELETE", "blocked_times": "INSERT, UPDATE, DELETE",
                "report_layouts": "INSERT, UPDATE, DELETE", "display_notices": "INSERT, UPDATE, DELETE",
                "call_assignments": "INSERT, UPDATE, DELETE",
                "routing_rules": "INSERT, UPDATE, DELETE"}


#: written per group by ``create_roles`` itself (column grants, receipts, orders)
_PER_GROUP_TABLES = ("applicants", "queue_entries", "entry_applicants", "document_orders",
                     "receipts", "receipt_items")
#: tables the workstations only read (none so far); a table must be here or written above
READ_ONLY_TABLES: tuple[str, ...] = ()


def decided_tables() -> frozenset[str]:
    """Every table whose grants ``create_roles`` decides. Each table of the schema must be
    among them (tests/admin/test_db_roles_areas.py): a new table without grants fails."""
    return frozenset((*_COMMON_WRITES, *_GROUP_WRITES, *_REFERENCE_TABLES, *_LINK_TABLES,
                      *_BOOKING_WRITES, *_LEAD_WRITES, *_PER_GROUP_TABLES, *READ_ONLY_TABLES))


@dataclass(frozen=True)
class RoleNames:
    prefix: str = "desk_"

    def __post_init__(self) -> None:
        if not _NAME.fullmatch(self.prefix):
            raise ValueError(f"role prefix {self.prefix!r}: lowercase letters, digits and _")

    @property
    def owner(self) -> str:
        return f"{self.prefix}owner"

    def group(self, name: str) -> str:
        assert name in GROUPS, name
        return f"{self.prefix}{name}"

    def for_staff_role(self, role: str) -> str:
        return self.group(STAFF_ROLE_GROUP[role])


def _q(name: str) -> str:
    if not _NAME.fullmatch(name) and not re.fullmatch(r"[a-z0-9._-]{1,63}", name):
        raise ValueError(f"not a role name: {name!r}")
    return '"' + name.replace('"', '""') + '"'


async def _exists(conn: AsyncConnection, role: str) -> bool:
    return bool(await conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                  {"r": role}))


async def _columns(conn: AsyncConnection, table: str) -> list[str]:
    rows = await conn.execute(text(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_schema = 'public' AND table_name = :t ORDER BY ordinal_position"),
        {"t": table})
    return [r[0] for r in rows]


async def _update_except(conn: AsyncConnection, table: str, excluded: set[str], group: str) -> str:
    cols = [c for c in await _columns(conn, table) if c not in excluded and c != "id"]
    return f"GRANT UPDATE ({', '.join(cols)}) ON {table} TO {_q(group)}"


def _need_to_know(names: RoleNames) -> list[str]:
    lead, adm = names.group("shift_lead"), names.group("admin")
    return [
        f"""CREATE OR REPLACE FUNCTION desk_may_see_service_point(sp integer) RETURNS boolean
        LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
            SELECT NOT EXISTS (SELECT 1 FROM service_points p
                               WHERE p.id = sp AND p.restrict_search)
                OR pg_has_role(current_user, '{lead}', 'MEMBER')
                OR pg_has_role(current_user, '{adm}', 'MEMBER')
                OR EXISTS (SELECT 1 FROM staff_service_points a JOIN staff s ON s.id = a.staff_id
                           WHERE s.login = current_user::text AND s.active
                             AND a.service_point_id = sp)
        $$""",
        f"ALTER FUNCTION desk_may_see_service_point(integer) OWNER TO {_q(names.owner)}",
        "ALTER TABLE queue_entries ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS desk_need_to_know ON queue_entries",
        "CREATE POLICY desk_need_to_know ON queue_entries "
        "USING (desk_may_see_service_point(service_point_id)) WITH CHECK (true)",
        "ALTER TABLE applicants ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS desk_need_to_know ON applicants",
        # a person is visible through any visible entry (the sub-query is itself subject
        # to the entries' policy), or while they belong to none yet (registration)
        """CREATE POLICY desk_need_to_know ON applicants USING (
            EXISTS (SELECT 1 FROM entry_applicants ea JOIN queue_entries q ON q.id = ea.entry_id
                    WHERE ea.applicant_id = applicants.id)
            OR NOT EXISTS (SELECT 1 FROM entry_applicants ea
                           WHERE ea.applicant_id = applicants.id)) WITH CHECK (true)""",
    ]


async def create_roles(conn: AsyncConnection, names: RoleNames = RoleNames()) -> list[str]:
    """Creates the group roles and grants least privilege in the connected database.
    ``conn`` runs as a role that may create roles and owns (or is superuser over) the
    tables. Returns the statements run (for the log)."""
    if not backend_of(conn).has_roles:
        raise ValueError("db roles: only for PostgreSQL (the embedded database has no roles)")
    database = str(await conn.scalar(text("SELECT current_database()")))
    done: list[str] = []

    async def run(sql: str) -> None:
        await conn.execute(text(sql))
        done.append(sql)

    for role in (names.owner, *(names.group(g) for g in GROUPS)):
        if not await _exists(conn, role):
            await run(f"CREATE ROLE {_q(role)} NOLOGIN")
    everyone = ", ".join(_q(names.group(g)) for g in GROUPS)
    workers = ", ".join(_q(names.group(g)) for g in WORKSTATION_GROUPS)
    db = _q(database)
    await run(f"REVOKE CREATE, TEMPORARY ON DATABASE {db} FROM PUBLIC")
    await run(f"GRANT CONNECT ON DATABASE {db} TO {everyone}, {_q(names.owner)}")
    await run("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    await run(f"GRANT USAGE ON SCHEMA public TO {everyone}")
    await run(f"GRANT USAGE, CREATE ON SCHEMA public TO {_q(names.owner)}")

    # the owner owns everything the migrations made
    rels = (await conn.execute(text(
        "SELECT c.relname, c.relkind::text FROM pg_class c "
        "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r','p','v','m','S') "
        "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a','i') "
        "AND c.relkind = 'S') ORDER BY c.relkind, c.relname"))).all()
    for rel, kind in rels:
        what = {"S": "SEQUENCE", "v": "VIEW", "m": "MATERIALIZED VIEW"}.get(kind, "TABLE")
        await run(f"ALTER {what} {_q(rel)} OWNER TO {_q(names.owner)}")
    funcs = (await conn.execute(text(
        "SELECT p.oid::regprocedure::text FROM pg_proc p "
        "WHERE p.pronamespace = 'public'::regnamespace"))).scalars().all()
    for fn in funcs:
        await run(f"ALTER FUNCTION {fn} OWNER TO {_q(names.owner)}")
    # the change-log numbering trigger writes the counter row and the ids for whoever
    # inserted the rows: workstations need no UPDATE on change_log
    if "desk_number_changes()" in funcs:
        await run("ALTER FUNCTION desk_number_changes() SECURITY DEFINER "
                  "SET search_path = pg_catalog, public")
    for fn in funcs:
        await run(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
    for fn in funcs:
        if not fn.startswith("desk_anonymise_receipt"):
            await run(f"GRANT EXECUTE ON FUNCTION {fn} TO {workers}")

    # start from nothing, then grant
    tables = [r for r, k in rels if k in ("r", "p")]
    views = [r for r, k in rels if k in ("v", "m")]
    await run(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {everyone}")
    await run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {everyone}")
    await run(f"GRANT SELECT ON {', '.join(_q(t) for t in tables)} TO {workers}")
    await run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {workers}")
    for table, privileges in _COMMON_WRITES.items():
        if table in tables:
            await run(f"GRANT {privileges} ON {table} TO {workers}")
    for table, (groups, privileges) in _GROUP_WRITES.items():
        if table in tables:
            to = ", ".join(_q(names.group(g)) for g in groups)
            await run(f"GRANT {privileges} ON {table} TO {to}")
    for group in WORKSTATION_GROUPS:
        g = names.group(group)
        await run(f"GRANT INSERT ON applicants, queue_entries, entry_applicants TO {_q(g)}")
        await run(f"GRANT UPDATE (position, outcome) ON entry_applicants TO {_q(g)}")
        if group == "admin":
            await run(f"GRANT UPDATE ON applicants, queue_entries TO {_q(g)}")
        else:
            await run(await _update_except(conn, "applicants", _PURGE_COLUMNS, g))
            excluded = set() if group == "shift_lead" else set(_REASSIGN_COLUMNS)
            if group == "reception":
                excluded |= _CALL_COLUMNS
            if excluded:
                await run(await _update_except(conn, "queue_entries", excluded, g))
            else:
                await run(f"GRANT UPDATE ON queue_entries TO {_q(g)}")
        if group != "reception":
            await run(f"GRANT INSERT, UPDATE ON document_orders TO {_q(g)}")
            await run(f"GRANT INSERT ON receipts, receipt_items TO {_q(g)}")
    adm = _q(names.group("admin"))
    # the retention purge (admin only) deletes stored print-job PDFs (issue 18)
    await run(f"GRANT DELETE ON print_jobs TO {adm}")
    await run(f"GRANT INSERT, UPDATE ON {', '.join(_REFERENCE_TABLES)} TO {adm}")
    await run(f"GRANT INSERT, DELETE ON {', '.join(_LINK_TABLES)} TO {adm}")
    if "desk_anonymise_receipt(integer)" in funcs:
        await run(f"GRANT EXECUTE ON FUNCTION desk_anonymise_receipt(integer) TO {adm}")
    present = set(tables) | set(views)
    for table, privileges in _BOOKING_WRITES.items():
        if table in present:
            await run(f"GRANT {privileges} ON {table} TO {workers}")
    for table, privileges in _LEAD_WRITES.items():
        if table in present:
            for group in ("shift_lead", "admin"):
                await run(f"GRANT {privileges} ON {table} TO {_q(names.group(group))}")
    display = _q(names.group("display"))
    for name in DISPLAY_OBJECTS:
        if name in present:
            await run(f"GRANT SELECT ON {name} TO {display}")
    for sql in _need_to_know(names):
        await run(sql)
    log.info("db roles: %d statements in database %s", len(done), database)
    return done


async def create_login(conn: AsyncConnection, login: str, staff_role: str,
                       names: RoleNames = RoleNames(), *, password: str | None = None) -> str:
    """A login role for one staff member (named like their staff ``login``), member of
    their group only. Without a password: Kerberos/GSSAPI or the admin's pg_hba decide."""
    group = names.for_staff_role(staff_role)
    if login in {names.owner, *(names.group(g) for g in GROUPS)}:
        raise ValueError(f"{login} is a group role, not a person's login")
    role = _q(login)
    if not await _exists(conn, login):
        await conn.execute(text(f"CREATE ROLE {role} LOGIN NOINHERIT"))
    await conn.execute(text(f"ALTER ROLE {role} INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE "
                            f"NOREPLICATION NOBYPASSRLS"))
    for other in GROUPS:
        if names.group(other) != group and await _exists(conn, names.group(other)):
            await conn.execute(text(f"REVOKE {_q(names.group(other))} FROM {role}"))
    await conn.execute(text(f"GRANT {_q(group)} TO {role}"))
    if password is not None:
        # the literal goes through the server's quoting, never into the log
        quoted = await conn.scalar(text("SELECT quote_literal(:p)"), {"p": password})
        await conn.execute(text(f"ALTER ROLE {role} PASSWORD {quoted}"))
    return login


async def upgrade_role(conn: AsyncConnection, names: RoleNames = RoleNames()) -> str | None:
    """For ``db upgrade``: switches to the owner role for this transaction when it exists
    and the connected user may use it, so that new tables belong to it."""
    if not backend_of(conn).has_roles or not await _exists(conn, names.owner):
        return None
    if not await conn.scalar(text("SELECT pg_has_role(current_user, :r, 'MEMBER')"),
                             {"r": names.owner}):
        return None
    await conn.execute(text(f"SET LOCAL ROLE {_q(names.owner)}"))
    return names.owner
