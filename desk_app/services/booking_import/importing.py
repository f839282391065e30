"""The import as one use case: read, check, compare with what is stored, write once.

Everything that is written is written in one transaction: bookings, people, audit rows
and change-log rows. A dry run and a strict run with problems write nothing. On
PostgreSQL the bookings about to be updated are locked (FOR UPDATE) and checked again,
so a check-in at the same moment either comes first (and the booking is reported, not
updated) or waits for the import; unchanged bookings are not locked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import bindparam, delete, func, insert, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import capacity as cap
from desk_app.domain.clock import to_local
from desk_app.domain.data_quality import Quality, from_storage, to_storage
from desk_app.domain.opening_hours import OpeningHours
from desk_app.domain.roles import Permission
from desk_app.domain.search_text import fold
from desk_app.domain.states import EntryKind, State
from desk_app.domain.transitions import require
from desk_app.models import Applicant, AuditEvent, EntryApplicant, QueueEntry, Service, ServicePoint

from ..applicant_input import ApplicantInput
from ..backend import backend_of
from ..changes import Change, record_changes
from ..context import Context
from .checking import Booking, ReferenceData, ServicePointRef, check
from .ics import looks_like_ics, read_ics
from .mapping import Mapping, header_key, load_mapping, value_key
from .reading import Source, read_csv
from .report import ImportReport, Missing, NotUpdated
from .slots import Wanted, take_places

_CHUNK = 5000
_APPLICANTS = Applicant.__table__
_ENTRIES = QueueEntry.__table__
_MEMBERS = EntryApplicant.__table__
_INSERT_APPLICANTS = insert(_APPLICANTS)
_INSERT_ENTRIES = insert(_ENTRIES)
_PG_IDS = text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)")
_INSERT_MEMBERS = insert(_MEMBERS)
_INSERT_AUDIT = insert(AuditEvent.__table__)
_UPDATE_ENTRY = (update(_ENTRIES).where(_ENTRIES.c.id == bindparam("eid"))
                 .values(scheduled_at=bindparam("scheduled_at"),
                         business_day=bindparam("business_day"),
                         service_point_id=bindparam("service_point_id"),
                         service_id=bindparam("service_id"), slot_id=bindparam("slot_id"),
                         updated_at=bindparam("now"),
                         version=_ENTRIES.c.version + 1))
_PERSON_COLUMNS = ("family_name", "given_name", "name_key", "birth_date", "nationality",
                   "file_number", "email", "phone", "preferred_language", "quality")
_UPDATE_APPLICANT = (update(_APPLICANTS).where(_APPLICANTS.c.id == bindparam("aid"))
                     .values(**{c: bindparam(c) for c in _PERSON_COLUMNS}))
#: one writing import at a time (PostgreSQL): the second reads what the first stored, so
#: the same file imported twice at the same moment neither doubles a booking nor a place
_ONE_IMPORT = text("SELECT pg_advisory_xact_lock(hashtextextended('desk_app.import', 0))")
_DELETE_MEMBER = delete(_MEMBERS).where(_MEMBERS.c.entry_id == bindparam("eid"),
                                        _MEMBERS.c.applicant_id == bindparam("aid"))


def read_source(data: bytes, mapping: Mapping, filename: str = "") -> Source:
    if looks_like_ics(data, filename):
        return read_ics(data, mapping)
    return read_csv(data, mapping)


async def load_reference(session: AsyncSession) -> ReferenceData:
    sps: dict[str, ServicePointRef] = {}
    for sp in (await session.execute(select(ServicePoint).where(
            ServicePoint.active.is_(True), ServicePoint.is_reception.is_(False)))).scalars():
        # the typed opening hours (migration 0017) come with the row
        ref = ServicePointRef(sp.id, sp.code, sp.name, OpeningHours.from_spans(
            (h.weekday, h.opens, h.closes) for h in sp.hours))
        sps.setdefault(header_key(sp.code), ref)
        sps.setdefault(value_key(sp.name), ref)
    services: dict[str, int] = {}
    for sid, code, name in (await session.execute(select(Service.id, Service.code, Service.name))).all():
        services.setdefault(header_key(code), sid)
        services.setdefault(value_key(name), sid)
    return ReferenceData(sps, services)


@dataclass
class _Stored:
    id: int
    state: str
    scheduled_at: dt.datetime | None
    business_day: dt.date
    service_point_id: int
    service_id: int | None
    slot_id: int | None
    people: list[tuple[int, tuple]]       # (applicant id, person fields), in order
    #: applicant id -> the e-mail address (lower case) that bounced: "nicht zustellbar"
    #: stays on the person until the address changes (issue 20, as at check-in)
    undeliverable: dict[int, str] = field(default_factory=dict)

    def moved_from(self, b: Booking) -> bool:
        return ((self.scheduled_at, self.service_point_id, self.service_id)
                != (b.scheduled_at, b.service_point_id, b.service_id))


def _person_tuple(p: ApplicantInput) -> tuple:
    return (p.family_name, p.given_name, p.birth_storage, p.nationality, p.file_number,
            p.email, p.phone, p.preferred_language)


async def _lock_still_booked(session: AsyncSession, changed: list, not_updated: list) -> list:
    """PostgreSQL: locks the bookings about to be updated and keeps those still BOOKED;
    one checked in meanwhile is reported instead (SQLite: the write transaction already
    keeps every other writer out)."""
    conn = await session.connection()
    states = dict((await conn.execute(
        select(QueueEntry.id, QueueEntry.state)
        .where(QueueEntry.id.in_([old.id for _, old in changed]))
        .with_for_update(of=QueueEntry))).all())
    keep = []
    for b, old in changed:
        if states.get(old.id) == State.BOOKED.value:
            keep.append((b, old))
        else:
            not_updated.append(NotUpdated(b.reference, b.lines[0], states.get(old.id, "")))
    return keep


async def _stored(session: AsyncSession, references: list[str]) -> dict[str, _Stored]:
    out: dict[str, _Stored] = {}
    ids: dict[int, _Stored] = {}
    for i in range(0, len(references), _CHUNK):
        chunk = references[i:i + _CHUNK]
        stmt = select(QueueEntry.id, QueueEntry.booking_reference, QueueEntry.state,
                      QueueEntry.scheduled_at, QueueEntry.business_day,
                      QueueEntry.service_point_id, QueueEntry.service_id, QueueEntry.slot_id
                      ).where(QueueEntry.booking_reference.in_(chunk))
        conn = await session.connection()
        for eid, reference, state, at, day, sp, service, slot in (await conn.execute(stmt)).all():
            ids[eid] = out[reference] = _Stored(eid, state, at, day, sp, service, slot, [])
    entry_ids = list(ids)
    for i in range(0, len(entry_ids), _CHUNK):
        conn = await session.connection()
        rows = await conn.execute(
            select(EntryApplicant.entry_id, Applicant.id, Applicant.quality,
                   Applicant.family_name, Applicant.given_name, Applicant.birth_date,
                   Applicant.nationality, Applicant.file_number, Applicant.email,
                   Applicant.phone, Applicant.preferred_language)
            .join(Applicant, Applicant.id == EntryApplicant.applicant_id)
            .where(EntryApplicant.entry_id.in_(entry_ids[i:i + _CHUNK]))
            .order_by(EntryApplicant.entry_id, EntryApplicant.position))
        for eid, aid, quality, *person in rows.all():
            ids[eid].people.append((aid, tuple(person)))
            if quality and Quality.UNDELIVERABLE.value in quality:
                ids[eid].undeliverable[aid] = (person[5] or "").lower()
    return out


async def _missing(session: AsyncSession, bookings: list[Booking], present: set[str],
                   codes: dict[int, str]) -> list[Missing]:
    """Stored bookings of the file's days that the file lacks (a full-day export holds
    every booking of its days); reported, never deleted."""
    days = sorted({b.business_day for b in bookings})
    if not days:
        return []
    rows = await session.execute(
        select(QueueEntry.booking_reference, QueueEntry.business_day, QueueEntry.scheduled_at,
               QueueEntry.service_point_id, QueueEntry.state)
        .where(QueueEntry.business_day.in_(days),
               QueueEntry.kind == EntryKind.APPOINTMENT.value,
               QueueEntry.booking_reference.is_not(None),
               QueueEntry.state != State.CANCELLED.value))
    out = [Missing(reference=ref, business_day=day,
                   time=to_local(at).strftime("%H:%M") if at else "",
                   service_point=codes.get(sp, str(sp)), state=state)
           for ref, day, at, sp, state in rows.all() if ref not in present]
    out.sort(key=lambda m: (m.business_day, m.time, m.reference))
    return out


async def import_bookings(session: AsyncSession, ctx: Context, data: bytes, *,
                          filename: str = "", mapping: str | Mapping | None = None,
                          strict: bool = False, dry_run: bool = False,
                          federal_state: str = cap.DEFAULT_FEDERAL_STATE) -> ImportReport:
    """Imports a booking export (CSV or .ics); see the package's docstring. Every new or
    moved booking takes a place of its slot (``slots``); ``federal_state``: the public
    holidays of the appointment book (``Desk.federal_state``)."""
    require(ctx.policy, ctx.actor, Permission.BOOK)
    mapping = mapping if isinstance(mapping, Mapping) else load_mapping(mapping)
    source = read_source(data, mapping, filename)
    try:
        return await _import(session, ctx, source, mapping, strict=strict, dry_run=dry_run,
                             federal_state=federal_state)
    except _NothingWritten as nothing:
        return nothing.report


class _NothingWritten(Exception):
    """--strict found a booking without a place after slot rows were made: roll back."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("nothing written")
        self.report = report


async def _import(session: AsyncSession, ctx: Context, source: Source, mapping: Mapping, *,
                  strict: bool, dry_run: bool, federal_state: str) -> ImportReport:
    async with session.begin():
        reference = await load_reference(session)
        checked = check(source, reference, mapping)
        codes = {sp.id: sp.code for sp in reference.service_points.values()}
        references = [b.reference for b in checked.bookings]
        write = not dry_run and not (strict and checked.rejected)
        if write and not backend_of(session).serialises_writers:   # one import at a time
            await session.execute(_ONE_IMPORT)
        stored = await _stored(session, references)
        new: list[Booking] = []
        changed: list[tuple[Booking, _Stored]] = []
        unchanged: list[str] = []
        not_updated: list[NotUpdated] = []
        for b in checked.bookings:
            old = stored.get(b.reference)
            if old is None:
                new.append(b)
                continue
            same = (not old.moved_from(b)
                    and [p for _, p in old.people] == [_person_tuple(p) for p in b.people])
            if same:
                unchanged.append(b.reference)
            elif old.state != State.BOOKED.value:
                not_updated.append(NotUpdated(b.reference, b.lines[0], old.state))
            else:
                changed.append((b, old))
        if write and changed and not backend_of(session).serialises_writers:
            changed = await _lock_still_booked(session, changed, not_updated)
        taken = await take_places(
            session, [Wanted(b) for b in new]
            + [Wanted(b, True, old.slot_id) for b, old in changed if old.moved_from(b)],
            federal_state=federal_state, write=write)
        if taken.refused:
            refused = taken.refused_references()
            new = [b for b in new if b.reference not in refused]
            changed = [(b, old) for b, old in changed if b.reference not in refused]
            checked.rejected = sorted([*checked.rejected, *taken.refused], key=lambda r: r.line)
        missing = await _missing(session, checked.bookings, set(stored) | set(references), codes)
        report = ImportReport(
            header=source.header, delimiter=source.delimiter, encoding=source.encoding,
            new=tuple(b.reference for b in new), updated=tuple(b.reference for b, _ in changed),
            unchanged=tuple(unchanged), not_updated=tuple(not_updated),
            missing=tuple(missing), rejected=tuple(checked.rejected),
            warnings=tuple(checked.warnings), people=sum(len(b.people) for b in new),
            strict=strict, dry_run=dry_run, committed=False,
            unmapped_headers=source.unmapped)
        if not write:
            return report
        if strict and taken.refused:
            raise _NothingWritten(report)     # rolls back the slot rows just made
        now = ctx.now()
        changes: list[Change] = []
        await _insert_new(session, ctx, now, new, taken.slots, changes)
        await _update_changed(session, ctx, now, changed, taken.slots, changes)
        await record_changes(session, changes, now)
    return report.done()


async def _reserve_ids(conn, table, n: int) -> list[int]:
    """Ids for ``n`` new rows, in order, so that bulk inserts need no RETURNING (which
    SQLAlchemy does row by row on SQLite when the order must be kept). PostgreSQL: from
    the table's sequence. SQLite: after the largest id; the write transaction (BEGIN
    IMMEDIATE) keeps every other writer out until commit."""
    if n == 0:
        return []
    if backend_of(conn).has_sequences:
        return list((await conn.execute(_PG_IDS, {"table": table.name, "n": n})).scalars())
    last = (await conn.execute(select(func.coalesce(func.max(table.c.id), 0)))).scalar_one()
    return list(range(last + 1, last + n + 1))


def _applicant_row(p: ApplicantInput, now: dt.datetime) -> dict:
    return dict(family_name=p.family_name, given_name=p.given_name,
                name_key=fold(f"{p.family_name} {p.given_name}"), birth_date=p.birth_storage,
                nationality=p.nationality, file_number=p.file_number, email=p.email,
                phone=p.phone, preferred_language=p.preferred_language, created_at=now,
                quality=p.quality_storage)


def _audit_row(ctx: Context, now: dt.datetime, action: str, entry_id: int,
               from_state: str | None, to_state: str | None) -> dict:
    return dict(at=now, staff_id=ctx.actor.staff_id, station=ctx.actor.station, action=action,
                entity="entry", entity_id=entry_id, from_state=from_state, to_state=to_state,
                detail=None)


async def _insert_new(session: AsyncSession, ctx: Context, now: dt.datetime,
                      bookings: list[Booking], slots: dict[str, int | None],
                      changes: list[Change]) -> None:
    if not bookings:
        return
    conn = await session.connection()
    people_rows = [_applicant_row(p, now) for b in bookings for p in b.people]
    applicant_ids = await _reserve_ids(conn, _APPLICANTS, len(people_rows))
    for row, applicant_id in zip(people_rows, applicant_ids):
        row["id"] = applicant_id
    await conn.execute(_INSERT_APPLICANTS, people_rows)
    entry_ids = await _reserve_ids(conn, _ENTRIES, len(bookings))
    entry_rows = [dict(id=entry_id, kind=EntryKind.APPOINTMENT.value, state=State.BOOKED.value,
                       business_day=b.business_day, service_point_id=b.service_point_id,
                       service_id=b.service_id, scheduled_at=b.scheduled_at,
                       booking_reference=b.reference, slot_id=slots.get(b.reference),
                       notes="", created_at=now,
                       updated_at=now, version=1, call_count=0, priority=1)
                  for b, entry_id in zip(bookings, entry_ids)]
    await conn.execute(_INSERT_ENTRIES, entry_rows)
    members, audits = [], []
    people = iter(applicant_ids)
    for b, entry_id in zip(bookings, entry_ids):
        for position in range(len(b.people)):
            members.append({"entry_id": entry_id, "applicant_id": next(people),
                            "position": position})
        audits.append(_audit_row(ctx, now, "import", entry_id, None, State.BOOKED.value))
        changes.append(Change("entry", entry_id, "import", b.service_point_id, b.business_day))
    await conn.execute(_INSERT_MEMBERS, members)
    await conn.execute(_INSERT_AUDIT, audits)


async def _update_changed(session: AsyncSession, ctx: Context, now: dt.datetime,
                          changed: list[tuple[Booking, _Stored]], slots: dict[str, int | None],
                          changes: list[Change]) -> None:
    if not changed:
        return
    conn = await session.connection()
    await conn.execute(_UPDATE_ENTRY, [dict(
        eid=old.id, scheduled_at=b.scheduled_at, business_day=b.business_day,
        service_point_id=b.service_point_id, service_id=b.service_id, now=now,
        slot_id=slots.get(b.reference, old.slot_id)) for b, old in changed])
    updates, extra, gone = [], [], []
    for b, old in changed:
        for position, person in enumerate(b.people):
            row = _applicant_row(person, now)
            if position < len(old.people):
                row.pop("created_at")
                aid = old.people[position][0]
                if old.undeliverable.get(aid) == (person.email or "").lower():
                    row["quality"] = to_storage(from_storage(row["quality"])
                                                | {Quality.UNDELIVERABLE})
                updates.append({"aid": aid, **row})
            else:
                extra.append((old.id, position, row))
        gone.extend({"eid": old.id, "aid": aid} for aid, _ in old.people[len(b.people):])
        changes.append(Change("entry", old.id, "import_update", b.service_point_id,
                              b.business_day))
        if (old.service_point_id, old.business_day) != (b.service_point_id, b.business_day):
            changes.append(Change("entry", old.id, "import_update", old.service_point_id,
                                  old.business_day))
    if updates:
        await conn.execute(_UPDATE_APPLICANT, updates)
    if gone:
        await conn.execute(_DELETE_MEMBER, gone)
    if extra:
        ids = await _reserve_ids(conn, _APPLICANTS, len(extra))
        for (_, _, row), applicant_id in zip(extra, ids):
            row["id"] = applicant_id
        await conn.execute(_INSERT_APPLICANTS, [row for _, _, row in extra])
        await conn.execute(_INSERT_MEMBERS, [
            {"entry_id": eid, "applicant_id": aid, "position": position}
            for (eid, position, _), aid in zip(extra, ids)])
    await conn.execute(_INSERT_AUDIT, [
        _audit_row(ctx, now, "import_update", old.id, old.state, old.state)
        for _, old in changed])
