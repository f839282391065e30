"""Creating queue entries: a booked appointment, or a walk-in that gets a ticket at once."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Sequence

from sqlalchemy import bindparam, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.domain.clock import business_day
from desk_app.domain.roles import Permission
from desk_app.domain.rules import ServicePointRules
from desk_app.domain.search_text import fold
from desk_app.domain.states import EntryKind, State
from desk_app.domain.transitions import require, sort_key_on_check_in, EntryFacts
from desk_app.domain.text_input import check_text
from desk_app.models import Applicant, EntryApplicant, QueueEntry, Service, ServicePoint

from .applicant_input import ApplicantInput
from .backend import backend_of
from .capacity_store import take_place
from .changes import Change, audit, record_changes
from .context import Context
from .entry_write import create_entry_pg
from .idempotency import hold_key, remember
from .queue_actions import _replayed, allocate_ticket
from .queue_read import get_entry
from .views import EntryView

_REFERENCE_ALPHABET = "ACDEFGHJKLMNPQRTUVWX3479"  # no Y/Z (keyboard layouts), no 0/O, 1/I


def new_booking_reference() -> str:
    return "T" + "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(7))


def name_key(family: str, given: str) -> str:
    return fold(f"{family} {given}")


@dataclass(frozen=True, slots=True)
class NewEntry:
    """What the caller of ``insert_entry`` needs of the entry it created."""

    id: int
    service_point_id: int
    business_day: dt.date
    state: str


# Core statements, built once: the ORM's unit of work cost more than the registration
_SP_ROW = select(ServicePoint.id, ServicePoint.ticket_prefix, ServicePoint.grace_period_min,
                 ServicePoint.late_tolerance_min,
                 ServicePoint.late_limit_min, ServicePoint.recall_lock_min, ServicePoint.max_calls,
                 ServicePoint.walk_in_offset_min).where(ServicePoint.id == bindparam("sp"))
_SERVICE_EXISTS = select(Service.id).where(Service.id == bindparam("service"))
_KNOWN_APPLICANTS = select(Applicant.id).where(
    Applicant.id.in_(bindparam("ids", expanding=True)))
_REFERENCE_TAKEN = select(QueueEntry.id).where(
    QueueEntry.booking_reference == bindparam("reference"))
_APPLICANTS = Applicant.__table__
_INSERT_APPLICANTS = insert(_APPLICANTS).returning(_APPLICANTS.c.id, sort_by_parameter_order=True)
_INSERT_MEMBERS = insert(EntryApplicant.__table__)
_ENTRIES = QueueEntry.__table__


async def _applicants(session: AsyncSession, people: Sequence[ApplicantInput],
                      now: dt.datetime) -> list[int]:
    """The ids of the entry's people, in order: existing ones checked, new ones inserted."""
    if not people:
        raise errors.ValidationFailed(message="Mindestens eine Person ist nötig.", error_code="people_missing")
    validated = [raw.validated() for raw in people]
    existing = [p.applicant_id for p in validated if p.applicant_id is not None]
    if existing:
        known = set((await session.execute(_KNOWN_APPLICANTS, {"ids": existing})).scalars())
        for applicant_id in existing:
            if applicant_id not in known:
                raise errors.NotFound(what=f"Person {applicant_id}")
    new_rows = [dict(
        family_name=p.family_name, given_name=p.given_name,
        name_key=name_key(p.family_name, p.given_name), birth_date=p.birth_storage,
        nationality=p.nationality, file_number=p.file_number, email=p.email, phone=p.phone,
        preferred_language=p.preferred_language, created_at=now, quality=p.quality_storage,
    ) for p in validated if p.applicant_id is None]
    conn = await session.connection()
    new_ids = iter((await conn.execute(_INSERT_APPLICANTS, new_rows)).scalars().all()
                   if new_rows else ())
    ids = [p.applicant_id if p.applicant_id is not None else next(new_ids) for p in validated]
    if len(set(ids)) != len(ids):
        raise errors.ValidationFailed(message="Eine Person ist doppelt aufgeführt.", error_code="person_twice")
    return ids


async def _create(session: AsyncSession, ctx: Context, *, key: str, kind: EntryKind,
                  service_point_id: int, service_id: int | None,
                  applicants: Sequence[ApplicantInput], scheduled_at: dt.datetime | None,
                  booking_reference: str | None, notes: str, permission: Permission,
                  op: str, federal_state: str | None = None) -> EntryView:
    require(ctx.policy, ctx.actor, permission)
    async with session.begin():
        await hold_key(session, key)
        replay = await _replayed(session, key)
        if replay is not None:
            return replay
        now = ctx.now()
        slot_id = None
        if federal_state is not None and scheduled_at is not None:
            slot_id = await take_place(session, service_point_id=service_point_id,
                                       service_id=service_id, at=scheduled_at,
                                       federal_state=federal_state)
        if backend_of(session).writes_in_one_statement:
            values, people = await _entry_values(
                session, now, kind=kind, service_point_id=service_point_id,
                service_id=service_id, applicants=applicants, scheduled_at=scheduled_at,
                booking_reference=booking_reference, notes=notes)
            if slot_id is not None:
                values["slot_id"] = slot_id
            return await create_entry_pg(session, actor=ctx.actor, values=values,
                                         applicant_ids=people, action=op, key=key, now=now)
        entry = await insert_entry(session, ctx, now, kind=kind,
                                   service_point_id=service_point_id, service_id=service_id,
                                   applicants=applicants, scheduled_at=scheduled_at,
                                   booking_reference=booking_reference, notes=notes, op=op,
                                   slot_id=slot_id)
        await remember(session, key, op, now, {"entry_id": entry.id})
        await record_changes(session, [Change("entry", entry.id, op, entry.service_point_id,
                                              entry.business_day)], now)
        return await get_entry(session, entry.id)


async def insert_entry(session: AsyncSession, ctx: Context, now: dt.datetime, *,
                       kind: EntryKind, service_point_id: int, service_id: int | None,
                       applicants: Sequence[ApplicantInput], scheduled_at: dt.datetime | None,
                       booking_reference: str | None, notes: str, op: str,
                       slot_id: int | None = None) -> NewEntry:
    """Creates one entry with its people inside the caller's open transaction (no
    change-log row: the caller records the changes of its whole transaction at once)."""
    values, people = await _entry_values(
        session, now, kind=kind, service_point_id=service_point_id, service_id=service_id,
        applicants=applicants, scheduled_at=scheduled_at, booking_reference=booking_reference,
        notes=notes)
    if slot_id is not None:
        values["slot_id"] = slot_id
    conn = await session.connection()
    entry_id = (await conn.execute(
        insert(_ENTRIES).values(**values).returning(_ENTRIES.c.id))).scalar_one()
    await conn.execute(_INSERT_MEMBERS, [
        {"entry_id": entry_id, "applicant_id": applicant_id, "position": position}
        for position, applicant_id in enumerate(people)])
    await audit(session, ctx.actor, now, action=op, entity="entry", entity_id=entry_id,
                to_state=values["state"])
    return NewEntry(entry_id, values["service_point_id"], values["business_day"],
                    values["state"])


async def _entry_values(session: AsyncSession, now: dt.datetime, *, kind: EntryKind,
                        service_point_id: int, service_id: int | None,
                        applicants: Sequence[ApplicantInput],
                        scheduled_at: dt.datetime | None, booking_reference: str | None,
                        notes: str) -> tuple[dict, list[int]]:
    """Checks the input, stores new people and takes a walk-in's ticket number (last, to
    hold the counter's row lock briefly); returns the entry's column values and the ids
    of its people in order."""
    check_text(notes, "Notiz", multiline=True, tab=True)
    sp = (await session.execute(_SP_ROW, {"sp": service_point_id})).first()
    if sp is None:
        raise errors.NotFound(what=f"Dienststelle {service_point_id}")
    sp_id, prefix, *rules = sp
    if service_id is not None and (
            await session.execute(_SERVICE_EXISTS, {"service": service_id})).first() is None:
        raise errors.NotFound(what=f"Dienstleistung {service_id}")
    people = await _applicants(session, applicants, now)
    day = business_day(scheduled_at if scheduled_at is not None else now)
    values: dict = dict(
        kind=kind.value, business_day=day, service_point_id=sp_id, service_id=service_id,
        scheduled_at=scheduled_at, notes=notes or "", created_at=now, updated_at=now,
        version=1, call_count=0, priority=1,
    )
    if kind == EntryKind.WALK_IN:
        facts = EntryFacts(state=State.WAITING, kind=kind, service_point_id=sp_id,
                           applicant_ids=())
        values.update(state=State.WAITING.value, checked_in_at=now, waiting_since=now,
                      sort_at=sort_key_on_check_in(facts, now, ServicePointRules(*rules)),
                      ticket_service_point_id=sp_id)
        values["ticket"], values["ticket_number"] = await allocate_ticket(
            session, sp_id, prefix, day)
    else:
        reference = (booking_reference or new_booking_reference()).upper()
        if (await session.execute(_REFERENCE_TAKEN, {"reference": reference})).first():
            raise errors.ValidationFailed(
                message="Buchungsnummer {reference} ist schon vergeben.", error_code="booking_reference_taken", reference=reference)
        values.update(state=State.BOOKED.value, booking_reference=reference)
    return values, people


async def book(session: AsyncSession, ctx: Context, *, key: str, service_point_id: int,
               scheduled_at: dt.datetime, applicants: Sequence[ApplicantInput],
               service_id: int | None = None, booking_reference: str | None = None,
               notes: str = "", federal_state: str | None = None) -> EntryView:
    """A booked appointment (Termin) for one person or a family. It takes a place of the
    appointment book's slot that holds ``scheduled_at`` under the slot's row lock
    (``capacity_store.take_place``): a full slot or a time outside the service point's
    hours is refused; a service point without hours books without a slot. With
    ``federal_state`` None (``Desk.take_slots`` off) it books without a slot."""
    return await _create(session, ctx, key=key, kind=EntryKind.APPOINTMENT,
                         service_point_id=service_point_id, service_id=service_id,
                         applicants=applicants, scheduled_at=scheduled_at,
                         booking_reference=booking_reference, notes=notes,
                         permission=Permission.BOOK, op="book",
                         federal_state=federal_state)


async def register_walk_in(session: AsyncSession, ctx: Context, *, key: str,
                           service_point_id: int, applicants: Sequence[ApplicantInput],
                           service_id: int | None = None, notes: str = "") -> EntryView:
    """A walk-in (Vorsprache ohne Termin): WAITING at once, with a ticket."""
    return await _create(session, ctx, key=key, kind=EntryKind.WALK_IN,
                         service_point_id=service_point_id, service_id=service_id,
                         applicants=applicants, scheduled_at=None, booking_reference=None,
                         notes=notes, permission=Permission.REGISTER_WALK_IN,
                         op="register_walk_in")
