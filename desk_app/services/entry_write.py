"""Writes one action's result to one locked entry and returns the fresh view: the entry
update, the audit row, the idempotency key, the change-log rows and the entry as the UI
will show it.

On PostgreSQL all of that is one statement: the update and the inserts are
data-modifying CTEs, and the final SELECT returns the updated row with its names and
members. That is one round trip where the separate statements take six, and check-in
and call next are the actions a counter does all day. The change-log rows get their ids
(and the NOTIFY goes out) at commit, from the deferred trigger of migration 0006. On
SQLite (embedded, one PC, no network) the same steps run as separate statements.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping, Sequence

from sqlalchemy import bindparam, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain.roles import Actor
from desk_app.models import QueueEntry

from .backend import backend_of
from .changes import Change, audit, record_changes
from .idempotency import remember
from .queue_read import entry_view_from_row, get_entry, member_view_from_row
from .views import EntryView


#: the view's columns of the updated row, in the order ``entry_view_from_row`` expects
_VIEW_COLUMNS = (
    "id", "kind", "state", "business_day", "service_point_id", "service_id",
    "scheduled_at", "booking_reference", "ticket", "counter_id", "clerk_id",
    "assigned_counter_id", "assigned_clerk_id", "call_count", "recall_locked_until",
    "priority", "sort_at", "waiting_since", "checked_in_at", "called_at",
    "service_started_at", "finished_at", "notes", "park_reason", "late_reason",
    "forwarded_from_id", "version", "reassign_reason",
)
#: columns an action may set (names come from the domain's decision, never from input)
_WRITABLE = frozenset(c.name for c in QueueEntry.__table__.columns) - {"id"}

_PG_TEMPLATE = """
WITH u AS (
    UPDATE queue_entries SET {assignments} WHERE id = :entry_id
    RETURNING {returning}
), a AS (
    INSERT INTO audit_events (at, staff_id, station, action, entity, entity_id,
                              from_state, to_state, detail)
    VALUES (:now, :staff_id, :station, :action, 'entry', :entry_id,
            :from_state, :to_state, NULL)
), k AS (
    INSERT INTO idempotency_keys (key, action, created_at, result)
    VALUES (:key, :action, :now, :result)
), c AS (
    -- numbered, and notified, at commit (migration 0006)
    INSERT INTO change_log (id, at, entity, entity_id, op, service_point_id, business_day)
    SELECT -nextval('change_log_pending'), :now, 'entry', :entry_id, :action, v.sp,
           u.business_day
    FROM u, (VALUES {change_rows}) AS v (i, sp)
)
SELECT {u_columns}, sp.name, sv.name, co.name,
       ea.applicant_id, ap.family_name, ap.given_name, ap.birth_date, ap.nationality,
       ap.file_number, ap.preferred_language, ea.outcome, ap.email, ap.phone, ap.quality,
       {duplicates}
FROM u
JOIN service_points sp ON sp.id = u.service_point_id
LEFT JOIN services sv ON sv.id = u.service_id
LEFT JOIN counters co ON co.id = u.counter_id
LEFT JOIN entry_applicants ea ON ea.entry_id = u.id
LEFT JOIN applicants ap ON ap.id = ea.applicant_id
ORDER BY ea.position
"""

#: the possible-duplicate finding (as services/possible_duplicates.py has it): the same
#: file number; the same name key and date of birth
_DUPLICATES = (
    "ap.file_number IS NOT NULL AND EXISTS (SELECT 1 FROM applicants o "
    "WHERE o.file_number = ap.file_number AND o.id <> ap.id), "
    "ap.birth_date IS NOT NULL AND EXISTS (SELECT 1 FROM applicants o "
    "WHERE o.name_key = ap.name_key AND o.birth_date = ap.birth_date AND o.id <> ap.id)")


def _entry_text(sql: str, columns: tuple[str, ...]):
    """``sql`` as a statement whose ``set_<column>`` and ``now`` parameters carry the
    column types (column names come from the domain's decision, never from input)."""
    bad = set(columns) - _WRITABLE
    if bad:
        raise ValueError(f"not a column of queue_entries: {sorted(bad)}")
    return text(sql).bindparams(
        *(bindparam(f"set_{c}", type_=QueueEntry.__table__.c[c].type) for c in columns),
        bindparam("now", type_=QueueEntry.__table__.c.updated_at.type))


def _view_of(rows) -> EntryView:
    """The view from the rows of either statement: entry columns, three names, and one
    person per row (none when the entry has no one)."""
    width = len(_VIEW_COLUMNS)
    members = tuple(member_view_from_row(r[width + 3:width + 16]) for r in rows
                    if r[width + 3] is not None)
    first = rows[0]
    return entry_view_from_row(first[:width], members, *first[width:width + 3])


@functools.cache
def _pg_statement(columns: tuple[str, ...], n_changes: int):
    """The one-statement form for this set of updated columns (built once per shape)."""
    rows = ", ".join(f"({i + 1}, CAST(:sp{i} AS INTEGER))" for i in range(n_changes))
    return _entry_text(_PG_TEMPLATE.format(
        assignments=", ".join(f"{c} = :set_{c}" for c in columns),
        returning=", ".join(_VIEW_COLUMNS),
        u_columns=", ".join(f"u.{c}" for c in _VIEW_COLUMNS),
        change_rows=rows, duplicates=_DUPLICATES), columns)


async def write_action(session: AsyncSession, *, actor: Actor, entry_id: int,
                       values: Mapping[str, object], action: str, from_state: str,
                       to_state: str, key: str, changes: Sequence[Change],
                       now: dt.datetime) -> EntryView:
    """Applies ``values`` to the locked entry and records the action; returns the view.

    ``changes`` are this entry's change-log rows (one per affected service point)."""
    if not backend_of(session).writes_in_one_statement:
        await session.execute(update(QueueEntry).where(QueueEntry.id == entry_id).values(**values)
                              .execution_options(synchronize_session=False))
        await audit(session, actor, now, action=action, entity="entry", entity_id=entry_id,
                    from_state=from_state, to_state=to_state)
        await remember(session, key, action, now, {"entry_id": entry_id})
        await record_changes(session, list(changes), now)
        return await get_entry(session, entry_id)

    columns = tuple(sorted(values))
    params = {f"set_{c}": values[c] for c in columns}
    params.update({f"sp{i}": c.service_point_id for i, c in enumerate(changes)})
    params.update(entry_id=entry_id, now=now, staff_id=actor.staff_id, station=actor.station,
                  action=action, from_state=from_state, to_state=to_state, key=key,
                  result=json.dumps({"entry_id": entry_id}, sort_keys=True))
    conn = await session.connection()
    return _view_of((await conn.execute(_pg_statement(columns, len(changes)), params)).all())


_PG_CREATE = """
WITH u AS (
    INSERT INTO queue_entries ({columns}) VALUES ({values})
    RETURNING {returning}
), m AS (
    INSERT INTO entry_applicants (entry_id, applicant_id, position)
    SELECT u.id, v.applicant_id, v.position FROM u, (VALUES {people}) AS v (applicant_id, position)
), a AS (
    INSERT INTO audit_events (at, staff_id, station, action, entity, entity_id,
                              from_state, to_state, detail)
    SELECT :now, :staff_id, :station, :action, 'entry', u.id, NULL, u.state, NULL FROM u
), k AS (
    INSERT INTO idempotency_keys (key, action, created_at, result)
    SELECT :key, :action, :now, '{{"entry_id": ' || u.id || '}}' FROM u
), c AS (
    -- numbered, and notified, at commit (migration 0006)
    INSERT INTO change_log (id, at, entity, entity_id, op, service_point_id, business_day)
    SELECT -nextval('change_log_pending'), :now, 'entry', u.id, :action,
           u.service_point_id, u.business_day
    FROM u
)
SELECT {u_columns}, sp.name, sv.name, co.name,
       v.applicant_id, ap.family_name, ap.given_name, ap.birth_date, ap.nationality,
       ap.file_number, ap.preferred_language, NULL, ap.email, ap.phone, ap.quality,
       {duplicates}
FROM u
CROSS JOIN (VALUES {people}) AS v (applicant_id, position)
JOIN applicants ap ON ap.id = v.applicant_id
JOIN service_points sp ON sp.id = u.service_point_id
LEFT JOIN services sv ON sv.id = u.service_id
LEFT JOIN counters co ON co.id = u.counter_id
ORDER BY v.position
"""

@functools.cache
def _pg_create(columns: tuple[str, ...], n_people: int):
    """The one-statement creation for this set of columns and number of people."""
    people = ", ".join(f"(CAST(:person{i} AS INTEGER), {i})" for i in range(n_people))
    return _entry_text(_PG_CREATE.format(
        columns=", ".join(columns), values=", ".join(f":set_{c}" for c in columns),
        returning=", ".join(_VIEW_COLUMNS),
        u_columns=", ".join(f"u.{c}" for c in _VIEW_COLUMNS),
        people=people, duplicates=_DUPLICATES), columns)


async def create_entry_pg(session: AsyncSession, *, actor: Actor, values: Mapping[str, object],
                          applicant_ids: Sequence[int], action: str, key: str,
                          now: dt.datetime) -> EntryView:
    """PostgreSQL: inserts the entry with its people, the audit row, the key and the
    change-log row in one statement, and returns the view. The ticket counter's row lock
    (a walk-in) is then held for one statement and the commit, not for the six round
    trips the separate statements take."""
    columns = tuple(sorted(values))
    params = {f"set_{c}": values[c] for c in columns}
    params.update({f"person{i}": a for i, a in enumerate(applicant_ids)})
    params.update(now=now, staff_id=actor.staff_id, station=actor.station, action=action,
                  key=key)
    conn = await session.connection()
    return _view_of((await conn.execute(_pg_create(columns, len(applicant_ids)), params)).all())
