"""The appointment book's facade for the UI and the CLI: each call is one use case in one
transaction (desk_app.services.appointments / appointment_calendar), through the Desk's
retry and error handling. ``federal_state`` chooses the public holidays (settings,
NRW by default)."""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from desk_app.domain import capacity as cap

from . import appointment_calendar as calendar
from . import appointments, capacity_config
from .appointment_views import (
    AllowanceReport, CalendarWeek, DayMoveResult, FreeSlots, PickupNeed,
)
from .applicant_input import ApplicantInput
from .appointment_export import people_rows, people_to_inform_csv
from .confirmation_mail import confirmation_recipients
from .desk import Desk
from .idempotency import new_key
from .views import EntryView, MemberView

#: the pure helpers of the appointment book the UI uses (the list of people to inform of
#: a closed day, and as CSV; who gets the confirmation by e-mail), so that ui/ needs this
#: facade only
__all__ = ["AppointmentBook", "applicant_for", "applicants_of", "confirmation_recipients",
           "people_rows", "people_to_inform_csv"]


def applicants_of(members: Sequence[MemberView]) -> list[ApplicantInput]:
    """The people of an entry as booking input (existing persons, by id)."""
    return [ApplicantInput(family_name=m.family_name, given_name=m.given_name,
                           applicant_id=m.applicant_id) for m in members]


#: the person of a document pickup as booking input (for the booking dialog)
applicant_for = appointments.applicant_for


class AppointmentBook:
    def __init__(self, desk: Desk, *, federal_state: str = cap.DEFAULT_FEDERAL_STATE) -> None:
        self.desk = desk
        self.federal_state = federal_state or cap.DEFAULT_FEDERAL_STATE
        desk.federal_state = self.federal_state   # Desk.book and reassign take slots too

    @property
    def ctx(self):
        return self.desk.ctx

    def confirmation_mailer(self, mail):
        """The mailer of ``mail``'s SMTP account (settings [mail]) that sends a printed
        confirmation too (PDF + .ics); None without one."""
        from .confirmation_mail import mailer_from_settings

        return mailer_from_settings(mail, clock=self.desk.ctx.now)

    def now(self) -> dt.datetime:
        return self.desk.ctx.now()

    # -- reading ---------------------------------------------------------------------------
    async def next_free(self, *, service_point_id: int, service_id: int | None,
                        count: int = 10, weeks: int = appointments.SEARCH_WEEKS,
                        after: dt.datetime | None = None) -> FreeSlots:
        return await self.desk._read_only(
            appointments.next_free_slots, service_point_id=service_point_id,
            service_id=service_id, after=after or self.now(),
            federal_state=self.federal_state, count=count, weeks=weeks)

    async def week(self, *, service_point_id: int, year: int, week: int) -> CalendarWeek:
        return await self.desk._read_only(calendar.calendar_week,
                                          service_point_id=service_point_id, year=year,
                                          week=week, federal_state=self.federal_state)

    async def offer(self, *, service_point_id: int, year: int, week: int) -> cap.WeekOffer:
        return await self.desk._read_only(calendar.week_offer,
                                          service_point_id=service_point_id, year=year,
                                          week=week, federal_state=self.federal_state)

    async def allowance(self, *, service_point_id: int, weeks: int = 6) -> AllowanceReport:
        return await self.desk._read_only(calendar.allowance_report,
                                          service_point_id=service_point_id, now=self.now(),
                                          federal_state=self.federal_state, weeks=weeks)

    async def pickup_needs(self, *, service_point_id: int | None = None) -> list[PickupNeed]:
        return await self.desk._read_only(appointments.pickup_needs,
                                          service_point_id=service_point_id)

    async def export_capacity(self) -> str:
        return await self.desk._read_only(capacity_config.export_config, after=self.now())

    # -- writing ---------------------------------------------------------------------------
    async def book(self, *, service_point_id: int, service_id: int | None,
                   starts_at: dt.datetime, applicants: Sequence[ApplicantInput],
                   notes: str = "", pickup_order_ids: Sequence[int] = (),
                   key: str | None = None) -> EntryView:
        return await self.desk.write(
            appointments.book_slot, self.ctx, key=key or new_key(),
            service_point_id=service_point_id, service_id=service_id, starts_at=starts_at,
            applicants=list(applicants), federal_state=self.federal_state, notes=notes,
            pickup_order_ids=tuple(pickup_order_ids))

    async def book_pickup(self, need: PickupNeed, *, service_id: int | None,
                          starts_at: dt.datetime, key: str | None = None) -> EntryView:
        return await self.book(service_point_id=need.service_point_id, service_id=service_id,
                               starts_at=starts_at, applicants=[appointments.applicant_for(need)],
                               pickup_order_ids=(need.order_id,), key=key)

    async def reschedule(self, entry_id: int, *, starts_at: dt.datetime, reason: str,
                         expected_version: int | None = None,
                         key: str | None = None) -> EntryView:
        return await self.desk.write(appointments.reschedule, self.ctx, entry_id,
                                     key=key or new_key(), starts_at=starts_at, reason=reason,
                                     federal_state=self.federal_state,
                                     expected_version=expected_version)

    async def move_day(self, *, service_point_id: int, day: dt.date, reason: str,
                       counter_id: int | None = None) -> DayMoveResult:
        return await self.desk.write(appointments.move_day, self.ctx,
                                     service_point_id=service_point_id, day=day,
                                     reason=reason, federal_state=self.federal_state,
                                     counter_id=counter_id)

    async def set_allowance(self, *, service_point_id: int, percent: int) -> int:
        return await self.desk.write(calendar.set_allowance, self.ctx,
                                     service_point_id=service_point_id, percent=percent)

    async def load_capacity(self, text: str) -> dict[str, int]:
        return await self.desk.write(capacity_config.load_config, self.ctx, text)

    # -- a service point's hours (ui/calendar/hours.py) ------------------------------------
    async def hours(self, *, service_point_id: int) -> capacity_config.ServicePointHours:
        return await self.desk._read_only(capacity_config.read_hours,
                                          service_point_id=service_point_id, after=self.now())

    async def save_hours(self, *, service_point_id: int,
                         hours: Sequence[capacity_config.HoursRow]) -> int:
        return await self.desk.write(capacity_config.save_hours, self.ctx,
                                     service_point_id=service_point_id, hours=list(hours))

    async def add_blocked(self, *, service_point_id: int, starts_at: dt.datetime,
                          ends_at: dt.datetime, reason: str,
                          counter_id: int | None = None) -> int:
        return await self.desk.write(capacity_config.add_blocked, self.ctx,
                                     service_point_id=service_point_id, starts_at=starts_at,
                                     ends_at=ends_at, reason=reason, counter_id=counter_id)

    async def remove_blocked(self, blocked_id: int) -> None:
        return await self.desk.write(capacity_config.remove_blocked, self.ctx,
                                     blocked_id=blocked_id)
