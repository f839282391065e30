"""Creating queue entries: a booked appointment, or a walk-in that gets a ticket at once."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.domain.clock import business_day
from desk_app.domain.roles import Permission
from desk_app.domain.search_text import fold
from desk_app.domain.states import EntryKind, State
from desk_app.domain.transitions import require, sort_key_on_check_in, EntryFacts
from desk_app.models import Applicant, EntryApplicant, QueueEntry, Service, ServicePoint

from .applicant_input import ApplicantInput
from .changes import Change, audit, record_changes
from .context import Context
from .idempotency import remember
from .queue_actions import _replayed, allocate_ticket, rules_of
from .queue_read import get_entry
from .views import EntryView

_REFERENCE_ALPHABET = "ACDEFGHJKLMNPQRTUVWX3479"  # no Y/Z (keyboard layouts), no 0/O, 1/I


def new_booking_reference() -> str:
    return "T" + "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(7))


def name_key(family: str, given: str) -> str:
    return fold(f"{family} {given}")


async def _applicants(session: AsyncSession, people: Sequence[ApplicantInput],
                      now: dt.datetime) -> list[Applicant]:
    if not people:
        raise errors.ValidationFailed(message="Mindestens eine Person ist nötig.")
    result = []
    for raw in people:
        person = raw.validated()
        if person.applicant_id is not None:
            existing = await session.get(Applicant, person.applicant_id)
            if existing is None:
                raise errors.NotFound(what=f"Person {person.applicant_id}")
            result.append(existing)
            continue
        applicant = Applicant(
            family_name=person.family_name, given_name=person.given_name,
            name_key=name_key(person.family_name, person.given_name),
            birth_date=person.birth_storage, nationality=person.nationality,
            file_number=person.file_number, email=person.email, phone=person.phone,
            preferred_language=person.preferred_language, created_at=now,
        )
        session.add(applicant)
        result.append(applicant)
    await session.flush()
    if len({a.id for a in result}) != len(result):
        raise errors.ValidationFailed(message="Eine Person ist doppelt aufgeführt.")
    return result


async def _create(session: AsyncSession, ctx: Context, *, key: str, kind: EntryKind,
                  service_point_id: int, service_id: int | None,
                  applicants: Sequence[ApplicantInput], scheduled_at: dt.datetime | None,
                  booking_reference: str | None, notes: str, permission: Permission,
                  op: str) -> EntryView:
    require(ctx.policy, ctx.actor, permission)
    async with session.begin():
        replay = await _replayed(session, key)
        if replay is not None:
            return replay
        now = ctx.now()
        entry = await insert_entry(session, ctx, now, kind=kind,
                                   service_point_id=service_point_id, service_id=service_id,
                                   applicants=applicants, scheduled_at=scheduled_at,
                                   booking_reference=booking_reference, notes=notes, op=op)
        await remember(session, key, op, now, {"entry_id": entry.id})
        await session.flush()
        await record_changes(session, [Change("entry", entry.id, op, entry.service_point_id,
                                              entry.business_day)], now)
        return await get_entry(session, entry.id)


async def insert_entry(session: AsyncSession, ctx: Context, now: dt.datetime, *,
                       kind: EntryKind, service_point_id: int, service_id: int | None,
                       applicants: Sequence[ApplicantInput], scheduled_at: dt.datetime | None,
                       booking_reference: str | None, notes: str, op: str) -> QueueEntry:
    """Creates one entry with its people inside the caller's open transaction (no
    change-log row: the caller records the changes of its whole transaction at once)."""
    sp = await session.get(ServicePoint, service_point_id)
    if sp is None:
        raise errors.NotFound(what=f"Dienststelle {service_point_id}")
    if service_id is not None and await session.get(Service, service_id) is None:
        raise errors.NotFound(what=f"Dienstleistung {service_id}")
    people = await _applicants(session, applicants, now)
    day = business_day(scheduled_at if scheduled_at is not None else now)
    entry = QueueEntry(
        kind=kind.value, business_day=day, service_point_id=sp.id, service_id=service_id,
        scheduled_at=scheduled_at, notes=notes or "", created_at=now, updated_at=now,
        version=1, call_count=0, priority=1,
    )
    if kind == EntryKind.WALK_IN:
        entry.state = State.WAITING.value
        entry.checked_in_at = now
        entry.waiting_since = now
        facts = EntryFacts(state=State.WAITING, kind=kind, service_point_id=sp.id,
                           applicant_ids=())
        entry.sort_at = sort_key_on_check_in(facts, now, rules_of(sp))
        entry.ticket, entry.ticket_number = await allocate_ticket(session, sp.id, sp.ticket_prefix, day)
        entry.ticket_service_point_id = sp.id
    else:
        entry.state = State.BOOKED.value
        entry.booking_reference = (booking_reference or new_booking_reference()).upper()
    if entry.booking_reference is not None:
        taken = await session.scalar(select(QueueEntry.id).where(
            QueueEntry.booking_reference == entry.booking_reference))
        if taken is not None:
            raise errors.ValidationFailed(
                message=f"Buchungsnummer {entry.booking_reference} ist schon vergeben.")
    session.add(entry)
    await session.flush()
    for position, applicant in enumerate(people):
        session.add(EntryApplicant(entry_id=entry.id, applicant_id=applicant.id,
                                   position=position))
    await audit(session, ctx.actor, now, action=op, entity="entry", entity_id=entry.id,
                to_state=entry.state)
    return entry


async def book(session: AsyncSession, ctx: Context, *, key: str, service_point_id: int,
               scheduled_at: dt.datetime, applicants: Sequence[ApplicantInput],
               service_id: int | None = None, booking_reference: str | None = None,
               notes: str = "") -> EntryView:
    """A booked appointment (Termin) for one person or a family."""
    return await _create(session, ctx, key=key, kind=EntryKind.APPOINTMENT,
                         service_point_id=service_point_id, service_id=service_id,
                         applicants=applicants, scheduled_at=scheduled_at,
                         booking_reference=booking_reference, notes=notes,
                         permission=Permission.BOOK, op="book")


async def register_walk_in(session: AsyncSession, ctx: Context, *, key: str,
                           service_point_id: int, applicants: Sequence[ApplicantInput],
                           service_id: int | None = None, notes: str = "") -> EntryView:
    """A walk-in (Vorsprache ohne Termin): WAITING at once, with a ticket."""
    return await _create(session, ctx, key=key, kind=EntryKind.WALK_IN,
                         service_point_id=service_point_id, service_id=service_id,
                         applicants=applicants, scheduled_at=None, booking_reference=None,
                         notes=notes, permission=Permission.REGISTER_WALK_IN,
                         op="register_walk_in")
