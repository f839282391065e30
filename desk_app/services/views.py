"""Plain dataclasses the services return to the UI (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desk_app.domain.data_quality import Quality, assess
from desk_app.domain.states import EntryKind, Outcome, State


# EntryView and MemberView are read-only by convention but not frozen: a frozen
# dataclass's __init__ costs 3x more, and a day of 5,000 entries builds 10,000 of them.
@dataclass(slots=True, eq=True)
class MemberView:
    applicant_id: int
    family_name: str
    given_name: str
    birth_date: str | None        # PartialDate storage form, e.g. "1990-00-00"
    nationality: str | None
    file_number: str | None
    preferred_language: str | None
    outcome: Outcome | None
    email: str | None = None
    phone: str | None = None
    #: the same file number, or the same name and full date of birth, as another person
    #: (read with the listing, services/possible_duplicates.py)
    possible_duplicate: bool = False
    #: a reply to this e-mail address bounced: "nicht zustellbar", stored on the person
    #: (applicants.quality, issue 20) and read with the listing
    undeliverable: bool = False

    @property
    def quality(self) -> frozenset[Quality]:
        """Computed when shown, not for every row of a 5,000-entry day."""
        found = assess(email=self.email, phone=self.phone, birth_date=self.birth_date,
                       file_number=self.file_number, nationality=self.nationality)
        if self.possible_duplicate:
            found |= {Quality.POSSIBLE_DUPLICATE}
        if self.undeliverable:
            found |= {Quality.UNDELIVERABLE}
        return found

    @property
    def display_name(self) -> str:
        if self.given_name:
            return f"{self.family_name}, {self.given_name}"
        return self.family_name


@dataclass(slots=True, eq=True)
class EntryView:
    id: int
    kind: EntryKind
    state: State
    business_day: dt.date
    service_point_id: int
    service_point_name: str
    service_id: int | None
    service_name: str
    scheduled_at: dt.datetime | None
    booking_reference: str | None
    ticket: str | None
    counter_id: int | None
    counter_name: str | None
    clerk_id: int | None
    assigned_counter_id: int | None
    assigned_clerk_id: int | None
    call_count: int
    recall_locked_until: dt.datetime | None
    priority: int
    sort_at: dt.datetime | None
    waiting_since: dt.datetime | None
    checked_in_at: dt.datetime | None
    called_at: dt.datetime | None
    service_started_at: dt.datetime | None
    finished_at: dt.datetime | None
    notes: str
    park_reason: str | None
    late_reason: str | None
    forwarded_from_id: int | None
    version: int
    members: tuple[MemberView, ...] = field(default_factory=tuple)
    replayed: bool = False        # the action was already applied under this key
    reassign_reason: str | None = None  # the shift lead's reason for the last reassignment

    @property
    def names(self) -> str:
        return "; ".join(m.display_name for m in self.members)

    @property
    def quality(self) -> frozenset[Quality]:
        return quality_of(self.members)


def quality_of(members) -> frozenset[Quality]:
    """Every flag of these people (an entry's, a booking's, a document holder's)."""
    found: set[Quality] = set()
    for m in members:
        found |= m.quality
    return frozenset(found)


class HolderFlags:
    """For a row of one person (a document's holder, a pickup need): ``members`` and
    ``quality`` from its ``person`` field (a MemberView or None), as an entry has them."""

    __slots__ = ()
    person: MemberView | None

    @property
    def members(self) -> tuple[MemberView, ...]:
        return (self.person,) if self.person is not None else ()

    @property
    def quality(self) -> frozenset[Quality]:
        return quality_of(self.members)


@dataclass(frozen=True, slots=True)
class CounterView:
    id: int
    service_point_id: int
    name: str
    room: str


@dataclass(frozen=True, slots=True)
class ServicePointView:
    id: int
    code: str
    name: str
    ticket_prefix: str
    address: str
    opening_hours: str
    restrict_search: bool
    is_reception: bool
    counters: tuple[CounterView, ...] = ()
    recall_lock_min: int = 5
    max_calls: int = 3


@dataclass(frozen=True, slots=True)
class ServiceView:
    id: int
    code: str
    name: str
    default_duration_min: int
    what_to_bring: tuple[str, ...]
    service_point_id: int | None
    fee_code: str | None


@dataclass(frozen=True, slots=True)
class StaffView:
    id: int
    login: str
    display_name: str
    role: str
