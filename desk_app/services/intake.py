"""Intake and data quality: the back-office list of a day's bookings with their flags,
completing a person's data (which clears the flags), and the import behind a menu.

``day_flags`` is the one read behind every flag: one statement over the day's people
with their stored findings (``applicants.quality``) and two correlated EXISTS for a
possible duplicate (the same file number; the same normalised name and the same full
date of birth, placeholders such as 01.01. ignored), both on indexed columns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.domain.capacity import DEFAULT_FEDERAL_STATE, next_working_day
from desk_app.domain.clock import business_day
from desk_app.domain.data_quality import (
    ACTIONABLE, Quality, assess, from_storage, to_storage,
)
from desk_app.domain.nationality import resolve_nationality
from desk_app.domain.partial_date import InvalidPartialDate, PartialDate
from desk_app.domain.roles import Permission
from desk_app.domain.states import EntryKind, State
from desk_app.domain.transitions import require
from desk_app.models import Applicant, EntryApplicant, QueueEntry, Service, ServicePoint

from .applicant_input import ApplicantInput
from .booking_import.files import reject_path, write_atomically
from .changes import Change, audit, record_changes
from .context import Context
from .possible_duplicates import duplicate_columns, is_possible_duplicate

#: the import's file helpers the import dialog uses (where the rejected lines go, written
#: whole or not at all), so that ui/ needs this facade only
__all__ = ["Intake", "IntakePerson", "PersonCompletion", "day_flags", "reject_path",
           "write_atomically"]



@dataclass(frozen=True, slots=True)
class IntakePerson:
    """One person of a booking, with the findings on their record."""

    entry_id: int
    booking_reference: str | None
    scheduled_at: dt.datetime | None
    service_point_id: int
    service_point_code: str
    service_name: str
    state: State
    position: int
    applicant_id: int
    family_name: str
    given_name: str
    birth_date: str | None          # storage form
    nationality: str | None
    file_number: str | None
    email: str | None
    phone: str | None
    flags: frozenset[Quality]
    version: int = 0

    @property
    def display_name(self) -> str:
        return f"{self.family_name}, {self.given_name}" if self.given_name else self.family_name

    @property
    def actionable(self) -> frozenset[Quality]:
        return self.flags & ACTIONABLE


_duplicate_clauses = duplicate_columns


def _flags(quality, email, phone, birth, file_number, nationality, dup_file, dup_person):
    found = from_storage(quality) if quality is not None else assess(
        email=email, phone=phone, birth_date=birth, file_number=file_number,
        nationality=nationality)
    if is_possible_duplicate(birth, dup_file, dup_person):
        found = found | {Quality.POSSIBLE_DUPLICATE}
    return found


async def day_flags(session: AsyncSession, day: dt.date) -> dict[int, frozenset[Quality]]:
    """Applicant id → findings, for everyone with an entry on ``day`` (one statement)."""
    dup_file, dup_person = _duplicate_clauses()
    conn = await session.connection()
    rows = await conn.execute(
        select(Applicant.id, Applicant.quality, Applicant.email, Applicant.phone,
               Applicant.birth_date, Applicant.file_number, Applicant.nationality,
               dup_file, dup_person)
        .where(Applicant.id.in_(
            select(EntryApplicant.applicant_id)
            .join(QueueEntry, QueueEntry.id == EntryApplicant.entry_id)
            .where(QueueEntry.business_day == day))))
    return {aid: _flags(*rest) for aid, *rest in rows.all()}


async def bookings_with_flags(session: AsyncSession, day: dt.date, *,
                              service_point_id: int | None = None) -> list[IntakePerson]:
    """The day's booked appointments, one row per person, with their findings."""
    dup_file, dup_person = _duplicate_clauses()
    stmt = (select(QueueEntry.id, QueueEntry.booking_reference, QueueEntry.scheduled_at,
                   QueueEntry.service_point_id,
                   ServicePoint.code, Service.name, QueueEntry.state, EntryApplicant.position,
                   Applicant.id, Applicant.family_name,
                   Applicant.given_name, Applicant.birth_date, Applicant.nationality,
                   Applicant.file_number, Applicant.email, Applicant.phone,
                   QueueEntry.version, Applicant.quality, dup_file, dup_person)
            .join(EntryApplicant, EntryApplicant.entry_id == QueueEntry.id)
            .join(Applicant, Applicant.id == EntryApplicant.applicant_id)
            .join(ServicePoint, ServicePoint.id == QueueEntry.service_point_id)
            .outerjoin(Service, Service.id == QueueEntry.service_id)
            .where(QueueEntry.business_day == day, QueueEntry.kind == EntryKind.APPOINTMENT.value,
                   QueueEntry.state != State.CANCELLED.value)
            .order_by(QueueEntry.scheduled_at, QueueEntry.id, EntryApplicant.position))
    if service_point_id is not None:
        stmt = stmt.where(QueueEntry.service_point_id == service_point_id)
    out = []
    for (eid, ref, at, sp_id, sp_code, service, state, position, aid, family, given, birth,
         nationality, file_number, email, phone, version, quality, d1, d2) in (
            await (await session.connection()).execute(stmt)).all():
        out.append(IntakePerson(
            entry_id=eid, booking_reference=ref, scheduled_at=at, service_point_id=sp_id,
            service_point_code=sp_code, service_name=service or "", state=State(state),
            position=position, applicant_id=aid, family_name=family, given_name=given or "",
            birth_date=birth, nationality=nationality, file_number=file_number, email=email,
            phone=phone, version=version,
            flags=_flags(quality, email, phone, birth, file_number, nationality, d1, d2)))
    return out


@dataclass(frozen=True)
class PersonCompletion:
    """What the clerk fills in; None leaves a field as it is, "" clears it."""

    birth_date: str | None = None
    nationality: str | None = None
    email: str | None = None
    phone: str | None = None
    file_number: str | None = None


async def complete_person(session: AsyncSession, ctx: Context, applicant_id: int,
                          completion: PersonCompletion) -> IntakePerson | None:
    """Completes a person's record; the stored findings are assessed anew, so a flag
    whose cause is fixed clears. Returns the person's row on their next booking day."""
    require(ctx.policy, ctx.actor, Permission.CHECK_IN)
    async with session.begin():
        row = (await session.execute(select(Applicant).where(
            Applicant.id == applicant_id))).scalar_one_or_none()
        if row is None or row.anonymized_at is not None:
            raise errors.NotFound(what=f"Person {applicant_id}")
        values: dict = {}
        if completion.birth_date is not None:
            text = completion.birth_date.strip()
            try:
                values["birth_date"] = PartialDate.parse(text).to_storage() if text else None
            except InvalidPartialDate:
                raise errors.ValidationFailed(
                    message="Geburtsdatum nicht lesbar: {value} (erwartet TT.MM.JJJJ, 00 für "
                            "unbekannt).", error_code="birth_date_unreadable", value=repr(text)) from None
        if completion.nationality is not None:
            text = completion.nationality.strip()
            code = resolve_nationality(text) if text else None
            if text and code is None:
                raise errors.ValidationFailed(
                    message="Staatsangehörigkeit nicht erkannt: {value} (Code wie TUR, Land "
                            "oder Adjektiv wie türkisch).", error_code="nationality_unknown", value=repr(text))
            values["nationality"] = code
        for name in ("email", "phone", "file_number"):
            value = getattr(completion, name)
            if value is not None:
                values[name] = value.strip() or None
        merged = ApplicantInput(
            family_name=row.family_name, given_name=row.given_name,
            birth_date=_partial(values.get("birth_date", row.birth_date)),
            nationality=values.get("nationality", row.nationality),
            file_number=values.get("file_number", row.file_number),
            email=values.get("email", row.email), phone=values.get("phone", row.phone),
            preferred_language=row.preferred_language).validated()
        # "nicht zustellbar" (issue 20) stays until the address is changed
        kept = (from_storage(row.quality) & {Quality.UNDELIVERABLE}
                if (merged.email or "").lower() == (row.email or "").lower() else frozenset())
        values["quality"] = to_storage(assess(
            email=merged.email, phone=merged.phone, birth_date=merged.birth_storage,
            file_number=merged.file_number, nationality=merged.nationality) | kept)
        now = ctx.now()
        await session.execute(update(Applicant).where(
            Applicant.id == applicant_id).values(**values))
        today = business_day(now)
        entries = (await session.execute(
            select(QueueEntry.id, QueueEntry.service_point_id,
                   QueueEntry.business_day).join(EntryApplicant,
                                                 EntryApplicant.entry_id == QueueEntry.id)
            .where(EntryApplicant.applicant_id == applicant_id, QueueEntry.business_day >= today)
            .order_by(QueueEntry.business_day, QueueEntry.id))).all()
        await audit(session, ctx.actor, now, action="complete_person", entity="applicant",
                    entity_id=applicant_id, detail=",".join(sorted(k for k in values
                                                                   if k != "quality")))
        await record_changes(session, [Change("entry", eid, "complete_person", sp, day)
                                       for eid, sp, day in entries], now)
        if not entries:
            return None
        rows = await bookings_with_flags(session, entries[0][2])
        return next((r for r in rows if r.applicant_id == applicant_id), None)


def _partial(stored: str | None) -> PartialDate | None:
    return PartialDate.from_storage(stored) if stored else None


class Intake:
    """The facade the intake screen uses (over a Desk: sessions, retries, read-only)."""

    def __init__(self, desk, *, federal_state: str = DEFAULT_FEDERAL_STATE) -> None:
        self.desk = desk
        self.federal_state = federal_state

    def tomorrow(self) -> dt.date:
        """The next working day (on a Friday the Monday, before a holiday the day after
        it): the day whose bookings are prepared."""
        return next_working_day(business_day(self.desk.ctx.now()), self.federal_state)

    async def bookings(self, day: dt.date, service_point_id: int | None = None
                       ) -> list[IntakePerson]:
        return await self.desk._read_only(bookings_with_flags, day,
                                          service_point_id=service_point_id)

    async def complete(self, applicant_id: int, completion: PersonCompletion
                       ) -> IntakePerson | None:
        return await self.desk.write(complete_person, self.desk.ctx, applicant_id, completion)

    async def preview_import(self, data: bytes, *, filename: str = "",
                             mapping: str | None = None, strict: bool = False):
        from .booking_import import import_bookings

        return await self.desk.read(import_bookings, self.desk.ctx, data, filename=filename,
                                    mapping=mapping, strict=strict, dry_run=True,
                                    federal_state=self.desk.federal_state)

    async def run_import(self, data: bytes, *, filename: str = "", mapping: str | None = None,
                         strict: bool = False):
        from .booking_import import import_bookings

        return await self.desk.write(import_bookings, self.desk.ctx, data, filename=filename,
                                     mapping=mapping, strict=strict,
                                     federal_state=self.desk.federal_state)

    async def mark_overdue_no_shows(self):
        return await self.desk.mark_overdue_no_shows()


__all__ = ["Intake", "IntakePerson", "PersonCompletion", "bookings_with_flags",
           "complete_person", "day_flags"]
