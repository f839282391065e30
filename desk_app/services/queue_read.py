"""Reading the queue: the day's entries of one service point or all, one entry, search.

Reads use Core selects into plain dataclasses (no ORM identity map), two queries per
call whatever the number of rows: entries, then their members.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
from typing import Awaitable, Callable, Iterable

from sqlalchemy import Integer, and_, any_, bindparam, func, or_, select, type_coerce
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.types import NullType
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import ColumnElement

from desk_app.domain import errors
from desk_app.domain.clock import UTC
from desk_app.domain.data_quality import Quality
from desk_app.domain.search_text import fold
from desk_app.domain.states import EntryKind, Outcome, State
from desk_app.domain.tickets import parse_ticket
from desk_app.models import Applicant, Counter, EntryApplicant, QueueEntry, Service, ServicePoint

from .possible_duplicates import duplicate_columns, is_possible_duplicate
from .views import EntryView, MemberView

_STATES = {s.value: s for s in State}
_KINDS = {k.value: k for k in EntryKind}
_OUTCOMES = {o.value: o for o in Outcome}

_ENTRY_COLUMNS = (
    QueueEntry.id, QueueEntry.kind, QueueEntry.state, QueueEntry.business_day,
    QueueEntry.service_point_id,
    QueueEntry.service_id, QueueEntry.scheduled_at, QueueEntry.booking_reference, QueueEntry.ticket,
    QueueEntry.counter_id,
    QueueEntry.clerk_id, QueueEntry.assigned_counter_id, QueueEntry.assigned_clerk_id,
    QueueEntry.call_count,
    QueueEntry.recall_locked_until, QueueEntry.priority, QueueEntry.sort_at,
    QueueEntry.waiting_since, QueueEntry.checked_in_at,
    QueueEntry.called_at, QueueEntry.service_started_at, QueueEntry.finished_at, QueueEntry.notes,
    QueueEntry.park_reason, QueueEntry.late_reason,
    QueueEntry.forwarded_from_id, QueueEntry.version, QueueEntry.reassign_reason,
)
_NAME_COLUMNS = (ServicePoint.name, Service.name, Counter.name)
#: Read without SQLAlchemy's per-value type processing: a 5,000-entry day has 45,000
#: date and time values, and converting them below (fromisoformat, in C) is several
#: times cheaper than the generic processors.
_RAW_TIME_COLUMNS = {QueueEntry.business_day, QueueEntry.scheduled_at,
                     QueueEntry.recall_locked_until, QueueEntry.sort_at,
                     QueueEntry.waiting_since, QueueEntry.checked_in_at, QueueEntry.called_at,
                     QueueEntry.service_started_at,
                     QueueEntry.finished_at}
FEW = 50  # up to this many rows, names come by join; beyond, from three small lookups


def _entry_select(where: ColumnElement[bool], *, joined: bool):
    columns = [type_coerce(c, NullType()) if c in _RAW_TIME_COLUMNS else c
               for c in _ENTRY_COLUMNS]
    if not joined:
        return select(*columns).where(where)
    return (select(*columns, *_NAME_COLUMNS)
            .join(ServicePoint, ServicePoint.id == QueueEntry.service_point_id)
            .outerjoin(Service, Service.id == QueueEntry.service_id)
            .outerjoin(Counter, Counter.id == QueueEntry.counter_id)
            .where(where))


_PARSED: dict[str, dt.datetime] = {}
_PARSED_MAX = 20_000


def _utc(value) -> dt.datetime | None:
    """A stored time as an aware UTC datetime: SQLite gives ISO text, asyncpg datetimes.
    SQLite texts are remembered (bounded): a day's appointment times repeat."""
    if value is None:
        return None
    if value.__class__ is str:
        parsed = _PARSED.get(value)
        if parsed is None:
            parsed = _PARSED[value] = _parse_utc(value)
            if len(_PARSED) > _PARSED_MAX:
                _PARSED.clear()
        return parsed
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value if value.tzinfo is UTC else value.astimezone(UTC)


def _parse_utc(text: str) -> dt.datetime:
    # SQLite holds naive UTC text; parsing it with an offset appended is five times
    # cheaper than datetime.replace(tzinfo=...) afterwards
    if text[-1] != "Z" and text[-6] not in "+-":
        text += "+00:00"
    value = dt.datetime.fromisoformat(text)
    return value if value.tzinfo is UTC else value.astimezone(UTC)


def _date(value) -> dt.date:
    return dt.date.fromisoformat(value) if value.__class__ is str else value


class _Names:
    """Names of the small reference tables, read in the caller's transaction."""

    def __init__(self, sp: dict, services: dict, counters: dict) -> None:
        self.sp, self.services, self.counters = sp, services, counters

    @classmethod
    async def load(cls, conn) -> "_Names":
        sp = dict((await conn.execute(select(ServicePoint.id, ServicePoint.name))).all())
        services = dict((await conn.execute(select(Service.id, Service.name))).all())
        counters = dict((await conn.execute(select(Counter.id, Counter.name))).all())
        return cls(sp, services, counters)


_UNDELIVERABLE = Quality.UNDELIVERABLE.value


def member_view_from_row(row) -> MemberView:
    """A member from (applicant id, family, given, birth, nationality, file number,
    language, outcome, e-mail, phone, stored findings[, same file number, same name and
    birth date]). Of the stored findings (``applicants.quality``) only "nicht zustellbar"
    is read: it is set by a bounce, not by ``assess`` (issue 20)."""
    aid, family, given, birth, nat, file_no, lang, outcome, email, phone, stored, *dup = row
    return MemberView(aid, family, given or "", birth, nat, file_no, lang,
                      _OUTCOMES[outcome] if outcome else None, email, phone,
                      # mostly (None/False, None/False): no call then
                      bool(dup) and bool(dup[0] or dup[1]) and is_possible_duplicate(birth, *dup),
                      bool(stored) and _UNDELIVERABLE in stored)


#: a member of an entry as ``member_view_from_row`` reads it, for any select that joins
#: EntryApplicant and Applicant (the queue listing, the calendar's bookings)
MEMBER_COLUMNS = (
    EntryApplicant.applicant_id, Applicant.family_name, Applicant.given_name,
    Applicant.birth_date, Applicant.nationality, Applicant.file_number,
    Applicant.preferred_language, EntryApplicant.outcome, Applicant.email, Applicant.phone,
    Applicant.quality,       # the stored "nicht zustellbar" (issue 20)
    *duplicate_columns(),    # the possible-duplicate finding, in the same statement (issue 17)
)
#: one person without an entry (a document's holder) as ``person_view_from_row`` reads it
PERSON_COLUMNS = tuple(Applicant.id if c is EntryApplicant.applicant_id else c
                       for c in MEMBER_COLUMNS if c is not EntryApplicant.outcome)


def person_view_from_row(row) -> MemberView:
    """A person from the columns of ``PERSON_COLUMNS``: a member without an outcome, with
    the same flags as in the queue lists (issue 17)."""
    return member_view_from_row((*row[:7], None, *row[7:]))
_WIDTH = len(_ENTRY_COLUMNS)


@functools.cache
def listing_statement(by: str, see_restricted: bool, has_own_counter: bool, few: bool):
    """The query of entries with their members, built once per shape and then reused:
    building and caching a statement of this size costs SQLAlchemy about a millisecond,
    which a workstation would otherwise pay after every change elsewhere.

    ``by``: "ids" (bind ``ids``), "day" (bind ``day``) or "day_sp" (``day`` and ``sp``);
    need-to-know binds ``own_counter_id`` when ``has_own_counter``. One row per member
    (LEFT JOIN), rows of one entry next to each other."""
    if by == "ids":
        where = QueueEntry.id.in_(bindparam("ids", expanding=True))
    elif by == "ids_array":   # PostgreSQL: one array parameter, for plain-driver use
        where = QueueEntry.id == any_(bindparam("ids", type_=ARRAY(Integer)))
    elif by == "day":
        where = QueueEntry.business_day == bindparam("day")
    elif by == "day_sp":
        where = and_(QueueEntry.business_day == bindparam("day"),
                     QueueEntry.service_point_id == bindparam("sp"))
    else:
        raise ValueError(by)
    where = and_(where, _visible_clause(see_restricted, has_own_counter))
    # walk-ins (no scheduled time) stand at their arrival, the same on both databases
    return (_entry_select(where, joined=few)
            .add_columns(*MEMBER_COLUMNS)
            .outerjoin(EntryApplicant, EntryApplicant.entry_id == QueueEntry.id)
            .outerjoin(Applicant, Applicant.id == EntryApplicant.applicant_id)
            .order_by(func.coalesce(QueueEntry.scheduled_at, QueueEntry.created_at), QueueEntry.id,
                      EntryApplicant.position))


async def load_entries(session: AsyncSession, by: str, params: dict, *, see_restricted: bool,
                       own_counter_id: int | None, few: bool = False) -> list[EntryView]:
    stmt = listing_statement(by, see_restricted, own_counter_id is not None, few)
    if not see_restricted and own_counter_id is not None:
        params = {**params, "own_counter_id": own_counter_id}
    conn = await session.connection()  # Core rows, without the ORM's result machinery
    with _collector_paused(not few):
        rows = (await conn.execute(stmt, params)).all()
        if not rows:
            return []
        return await _build(conn, rows, few)


async def _build(conn, rows, few: bool) -> list[EntryView]:
    if few:
        return _views(rows, _WIDTH + 3, lambda row: row[_WIDTH:_WIDTH + 3])
    names = await _Names.load(conn)
    sp_names, service_names, counter_names = names.sp, names.services, names.counters
    return _views(rows, _WIDTH, lambda row: (sp_names.get(row[4], ""),
                                             service_names.get(row[5]),
                                             counter_names.get(row[9])))


def _views(rows, first_member: int, names_of) -> list[EntryView]:
    views: list[EntryView] = []
    last_id = None
    for row in rows:
        member = (member_view_from_row(row[first_member:])
                  if row[first_member] is not None else None)
        if row[0] == last_id:        # a further member of the same entry
            views[-1].members += (member,)
            continue
        last_id = row[0]
        views.append(entry_view_from_row(row[:_WIDTH], (member,) if member else (),
                                         *names_of(row)))
    return views


_pauses = 0          # how many listings hold the collector off right now
_paused_by_us = False


@contextlib.contextmanager
def _collector_paused(pause: bool = True):
    """Holds off Python's cyclic garbage collector while a large listing is read and
    built. Such a listing makes tens of thousands of small acyclic objects, and a full
    collection triggered in the middle walks every object of the process (measured here:
    50–70 ms spikes in a 70 ms listing). Nested and concurrent use is counted; the
    collector runs again as soon as the last listing is done."""
    global _pauses, _paused_by_us
    if not pause:
        yield
        return
    if _pauses == 0:
        _paused_by_us = gc.isenabled()
        gc.disable()
    _pauses += 1
    try:
        yield
    finally:
        _pauses -= 1
        if _pauses == 0 and _paused_by_us:
            _paused_by_us = False
            gc.enable()


def entry_view_from_row(row, members, sp_name: str, service_name: str | None,
                        counter_name: str | None) -> EntryView:
    """A view from the columns of ``_ENTRY_COLUMNS`` (times raw or typed) and names."""
    (eid, kind, state, day, sp_id, service_id, scheduled, ref, ticket,
     counter_id, clerk_id, a_counter, a_clerk, calls, locked, priority, sort_at,
     waiting_since, checked_in, called, started, finished, notes, park_reason, late_reason,
     fwd_from, version, reassign_reason) = row
    # positional, in the field order of EntryView: a third cheaper than keywords
    # most time columns are empty: test for None here, not in a call per value
    return EntryView(
        eid, _KINDS[kind], _STATES[state], _date(day), sp_id, sp_name or "", service_id,
        service_name or "", scheduled and _utc(scheduled), ref, ticket, counter_id,
        counter_name if counter_id is not None else None, clerk_id, a_counter, a_clerk,
        calls, locked and _utc(locked), priority, sort_at and _utc(sort_at),
        waiting_since and _utc(waiting_since), checked_in and _utc(checked_in),
        called and _utc(called), started and _utc(started), finished and _utc(finished),
        notes or "", park_reason, late_reason, fwd_from, version, members, False,
        reassign_reason,
    )


def _visible_clause(see_restricted: bool, has_own_counter: bool) -> ColumnElement[bool]:
    """Need-to-know: entries of service points that restrict search (Asylstelle,
    Aufenthaltsbeendigung) are visible only from a counter of that service point (bound
    as ``own_counter_id``), or to whoever may see everything (shift lead, admin)."""
    if see_restricted:
        return QueueEntry.id.is_not(None)
    restricted = select(ServicePoint.id).where(ServicePoint.restrict_search.is_(True))
    if has_own_counter:
        own = select(Counter.service_point_id).where(Counter.id == bindparam("own_counter_id"))
        restricted = restricted.where(ServicePoint.id.not_in(own))
    return QueueEntry.service_point_id.not_in(restricted)


async def day_queue(session: AsyncSession, day: dt.date,
                    service_point_id: int | None = None, *, see_restricted: bool = True,
                    own_counter_id: int | None = None) -> list[EntryView]:
    """The day's entries of one service point, or of all (reception), by time."""
    if service_point_id is None:
        return await load_entries(session, "day", {"day": day}, see_restricted=see_restricted,
                                  own_counter_id=own_counter_id)
    return await load_entries(session, "day_sp", {"day": day, "sp": service_point_id},
                              see_restricted=see_restricted, own_counter_id=own_counter_id)


async def get_entries(session: AsyncSession, ids: Iterable[int], *, see_restricted: bool = True,
                      own_counter_id: int | None = None) -> list[EntryView]:
    ids = list(set(ids))
    if not ids:
        return []
    return await load_entries(session, "ids", {"ids": ids}, see_restricted=see_restricted,
                              own_counter_id=own_counter_id, few=len(ids) <= FEW)


@functools.cache
def _plain_listing(dialect, see_restricted: bool, has_own_counter: bool) -> tuple[str, tuple]:
    """The few-ids listing as SQL text for the plain driver, with its parameter order."""
    compiled = listing_statement("ids_array", see_restricted, has_own_counter, True).compile(
        dialect=dialect)
    return compiled.string, tuple(compiled.positiontup or ())


async def get_entries_plain(fetch: Callable[..., Awaitable[list]], dialect, ids: Iterable[int],
                            *, see_restricted: bool = True,
                            own_counter_id: int | None = None) -> list[EntryView]:
    """``get_entries`` for a few ids through a plain asyncpg ``fetch(sql, *args)``, e.g.
    on the change feed's LISTEN connection: what a workstation reads after each change
    elsewhere then costs one round trip and no pool checkout, session or statement
    machinery (about a fifth of the CPU). PostgreSQL only; same views as get_entries."""
    ids = list(set(ids))
    if not ids:
        return []
    has_counter = not see_restricted and own_counter_id is not None
    sql, order = _plain_listing(dialect, see_restricted, has_counter)
    values = {"ids": ids, "own_counter_id": own_counter_id}
    rows = await fetch(sql, *(values[name] for name in order))
    return _views(rows, _WIDTH + 3, lambda row: row[_WIDTH:_WIDTH + 3])


async def get_entry(session: AsyncSession, entry_id: int) -> EntryView:
    found = await get_entries(session, [entry_id])
    if not found:
        raise errors.NotFound(what=f"Vorgang {entry_id}")
    return found[0]


async def search(session: AsyncSession, query: str, *, day: dt.date | None = None,
                 own_service_point_id: int | None = None, see_restricted: bool = False,
                 own_counter_id: int | None = None, limit: int = 50) -> list[EntryView]:
    """Finds entries by name (accent- and case-insensitive), file number, ticket or
    booking reference. Restricted service points are searched only from within."""
    # NUL (e.g. from a scanner) cannot be sent to PostgreSQL as text: drop it
    query = (query or "").replace("\x00", "").strip()
    if not query:
        return []
    conditions = []
    folded = fold(query)
    if folded:
        matching_applicants = select(EntryApplicant.entry_id).join(
            Applicant, Applicant.id == EntryApplicant.applicant_id
        ).where(or_(
            Applicant.name_key.contains(folded, autoescape=True),
            Applicant.file_number.ilike(f"%{_escape_like(query)}%", escape="\\"),
        ))
        conditions.append(QueueEntry.id.in_(matching_applicants))
    ticket = parse_ticket(query)
    if ticket is not None:
        conditions.append(QueueEntry.ticket == f"{ticket[0]}-{ticket[1]:03d}")
    conditions.append(QueueEntry.booking_reference == query.upper())
    where = or_(*conditions)
    if day is not None:
        where = and_(where, QueueEntry.business_day == day)
    if not see_restricted:
        restricted = select(ServicePoint.id).where(ServicePoint.restrict_search.is_(True))
        if own_service_point_id is not None:
            restricted = restricted.where(ServicePoint.id != own_service_point_id)
        if own_counter_id is not None:
            restricted = restricted.where(ServicePoint.id.not_in(
                select(Counter.service_point_id).where(Counter.id == own_counter_id)))
        where = and_(where, QueueEntry.service_point_id.not_in(restricted))
    ids = (await session.execute(
        select(QueueEntry.id).where(where).order_by(QueueEntry.business_day.desc(),
                                                    QueueEntry.scheduled_at, QueueEntry.id)
        .limit(limit))).scalars().all()
    if not ids:
        return []
    views = {v.id: v for v in await get_entries(session, ids)}
    return [views[i] for i in ids if i in views]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
