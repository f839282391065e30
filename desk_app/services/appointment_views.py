"""Plain dataclasses the appointment book returns (no ORM, no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desk_app.domain.capacity import AllowanceEffect, Blocked, FreeSlot, WeekOffer
from desk_app.domain.data_quality import Quality

from .views import HolderFlags, MemberView, quality_of


@dataclass(frozen=True, slots=True)
class BookingView:
    """One booking as the calendar shows it."""

    entry_id: int
    booking_reference: str
    state: str
    names: str
    persons: int
    service_id: int | None
    service_name: str
    starts_at: dt.datetime
    version: int
    language: str | None = None
    reschedule_reason: str | None = None
    #: the people with their data-quality flags (issue 17), read with the week
    members: tuple[MemberView, ...] = ()

    @property
    def quality(self) -> frozenset[Quality]:
        return quality_of(self.members)


@dataclass(frozen=True, slots=True)
class CalendarSlot:
    starts_at: dt.datetime
    ends_at: dt.datetime
    capacity: int
    limit: int
    blocked_reason: str
    bookings: tuple[BookingView, ...] = ()

    @property
    def free(self) -> int:
        return max(0, self.limit - len(self.bookings))


@dataclass(frozen=True, slots=True)
class CalendarWeek:
    service_point_id: int
    service_point_name: str
    year: int
    week: int
    days: tuple[dt.date, ...]
    slots: tuple[CalendarSlot, ...]
    holidays: dict[dt.date, str]
    blocked: tuple[Blocked, ...]
    percent: int
    offer: WeekOffer

    @property
    def title(self) -> str:
        return self.offer.title


@dataclass(frozen=True, slots=True)
class PersonToInform:
    """Someone whose booking moved: who, from when to when, and how to reach them."""

    entry_id: int
    booking_reference: str
    names: str
    old_at: dt.datetime
    new_at: dt.datetime | None      # None: no free slot found, to be booked by hand
    language: str | None
    email: str | None
    phone: str | None


@dataclass(frozen=True, slots=True)
class DayMoveResult:
    blocked_id: int
    moved: tuple[PersonToInform, ...]
    not_moved: tuple[PersonToInform, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class PickupNeed(HolderFlags):
    """An arrived document whose holder has no pickup appointment yet."""

    order_id: int
    reference: str
    doc_type: str
    applicant_id: int
    family_name: str
    given_name: str
    language: str | None
    service_point_id: int
    arrived_at: dt.datetime | None
    #: the holder with the data-quality flags (issue 17), read with the list
    person: MemberView | None = None


@dataclass(frozen=True, slots=True)
class AllowanceReport:
    service_point_id: int
    percent: int                  # the setting in force
    weeks: int
    rate: float | None            # measured no-show rate over the weeks
    suggested: int
    current: AllowanceEffect
    with_suggested: AllowanceEffect


@dataclass(frozen=True, slots=True)
class FreeSlots:
    service_point_id: int
    service_id: int | None
    slots: tuple[FreeSlot, ...]
