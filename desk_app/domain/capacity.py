"""Capacity of the appointment book: pure rules, no database, no Qt.

- A ``CapacityRule`` opens slots on one weekday: from ``opens`` to ``closes`` (Berlin
  wall-clock time), ``slot_minutes`` long, ``counters`` bookings in parallel. Several
  rules per weekday give e.g. a morning and an afternoon. A rule belongs to a service
  point and either one service (its own pool) or every service of the service point
  (``service_id`` None, a shared pool).
- ``Blocked`` times (staff meetings, training, a closed counter) take one counter away
  from every slot they overlap, or the whole service point when ``counter_id`` is None.
- Public holidays of the office's federal state (the ``holidays`` library, NRW by
  default) open no slot.
- The overbooking allowance: a slot takes ``slot_limit(capacity, percent)`` bookings,
  i.e. ``capacity`` plus ``percent`` per cent of it, rounded down. ``suggested_percent``
  derives the percent from a measured no-show rate and ``simulate_allowance`` says what
  an allowance would have done over past weeks (people turned away vs slots left empty).

One booking takes one place of a slot, a family included (one entry, one counter).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .clock import BERLIN, UTC, local_to_utc

DEFAULT_FEDERAL_STATE = "NW"  # Nordrhein-Westfalen
MAX_OVERBOOKING_PERCENT = 50
WEEKDAYS_DE = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


class CapacityError(ValueError):
    """A capacity rule or setting that cannot be right (raised while reading config)."""


@dataclass(frozen=True, slots=True)
class CapacityRule:
    service_point_id: int
    weekday: int                 # 0 = Monday
    opens: dt.time
    closes: dt.time
    slot_minutes: int
    counters: int
    service_id: int | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise CapacityError(f"weekday {self.weekday} not in 0..6")
        if self.slot_minutes < 5 or self.slot_minutes > 240:
            raise CapacityError(f"slot length {self.slot_minutes} min not in 5..240")
        if self.counters < 0 or self.counters > 100:
            raise CapacityError(f"counters {self.counters} not in 0..100")
        if self.closes <= self.opens:
            raise CapacityError(f"closes {self.closes} not after opens {self.opens}")

    @property
    def service_key(self) -> int:
        """0 for the shared pool of the service point, else the service id."""
        return self.service_id or 0


@dataclass(frozen=True, slots=True)
class Blocked:
    starts_at: dt.datetime       # UTC
    ends_at: dt.datetime
    reason: str = ""
    counter_id: int | None = None   # None: the whole service point
    id: int | None = None

    def overlaps(self, start: dt.datetime, end: dt.datetime) -> bool:
        return self.starts_at < end and start < self.ends_at


@dataclass(frozen=True, slots=True)
class Slot:
    starts_at: dt.datetime       # UTC
    ends_at: dt.datetime
    capacity: int                # counters open in this slot, blocked ones taken away
    service_key: int = 0
    blocked_reason: str = ""     # why capacity is below the rule's counters

    @property
    def day(self) -> dt.date:
        return self.starts_at.astimezone(BERLIN).date()


def slot_limit(capacity: int, percent: int) -> int:
    """How many bookings a slot takes: capacity plus the allowance, rounded down."""
    if capacity <= 0:
        return 0
    percent = max(0, min(int(percent), MAX_OVERBOOKING_PERCENT))
    return capacity + capacity * percent // 100


def may_book(booked: int, places: int, capacity: int, percent: int) -> bool:
    """True when ``places`` more bookings fit into a slot that has ``booked``."""
    return places > 0 and booked + places <= slot_limit(capacity, percent)


# -- public holidays ----------------------------------------------------------------------
@functools.lru_cache(maxsize=64)
def _holidays(state: str, year: int) -> dict[dt.date, str]:
    import holidays

    return dict(holidays.Germany(subdiv=state, years=year, language="de"))


def public_holidays(state: str, start: dt.date, end: dt.date) -> dict[dt.date, str]:
    """Public holidays of a German federal state ("NW", "BY", "BE", ...) in [start, end]."""
    state = (state or DEFAULT_FEDERAL_STATE).upper()
    found: dict[dt.date, str] = {}
    for year in range(start.year, end.year + 1):
        for day, name in _holidays(state, year).items():
            if start <= day <= end:
                found[day] = name
    return found


def next_working_day(day: dt.date, state: str) -> dt.date:
    """The first day after ``day`` that is neither a weekend day nor a public holiday of
    ``state`` (Friday -> Monday; Maundy Thursday -> the Tuesday after Easter)."""
    nxt = day + dt.timedelta(days=1)
    closed = public_holidays(state, nxt, nxt + dt.timedelta(days=14))
    while nxt.weekday() >= 5 or nxt in closed:
        nxt += dt.timedelta(days=1)
    return nxt


def valid_federal_state(state: str) -> bool:
    import holidays

    return (state or "").upper() in holidays.Germany.subdivisions


# -- slots --------------------------------------------------------------------------------
def rules_for(rules: Iterable[CapacityRule], service_id: int | None) -> list[CapacityRule]:
    """The rules that make a service's slots: its own pool when it has one, else the
    service point's shared pool."""
    rules = list(rules)
    own = [r for r in rules if service_id is not None and r.service_id == service_id]
    return own or [r for r in rules if r.service_id is None]


def slots_between(rules: Sequence[CapacityRule], first_day: dt.date, last_day: dt.date, *,
                  blocked: Sequence[Blocked] = (),
                  holidays: Iterable[dt.date] = ()) -> list[Slot]:
    """Every slot the rules open from ``first_day`` to ``last_day`` (inclusive), in time
    order, holidays left out, blocked times taken away. Slots with no capacity left
    (a fully blocked time) are kept with capacity 0 so that a calendar can show them."""
    closed = set(holidays)
    by_weekday: dict[int, list[CapacityRule]] = {}
    for r in rules:
        by_weekday.setdefault(r.weekday, []).append(r)
    blocked = sorted(blocked, key=lambda b: b.starts_at)
    out: list[Slot] = []
    day = first_day
    one = dt.timedelta(days=1)
    while day <= last_day:
        day_rules = by_weekday.get(day.weekday())
        if day_rules and day not in closed:
            for rule in day_rules:
                out.extend(_rule_slots(rule, day, blocked))
        day += one
    out.sort(key=lambda s: (s.starts_at, s.service_key))
    return out


def _rule_slots(rule: CapacityRule, day: dt.date, blocked: Sequence[Blocked]) -> list[Slot]:
    step = dt.timedelta(minutes=rule.slot_minutes)
    start = local_to_utc(day, rule.opens)
    close = local_to_utc(day, rule.closes)
    slots = []
    while start + step <= close:
        end = start + step
        capacity, reason = rule.counters, ""
        taken: set[int | None] = set()
        for b in blocked:
            if b.starts_at >= end:
                break
            if b.overlaps(start, end):
                taken.add(b.counter_id)
                reason = reason or b.reason
        if None in taken:
            capacity = 0
        else:
            capacity = max(0, capacity - len(taken))
        slots.append(Slot(start, end, capacity, rule.service_key, reason))
        start = end
    return slots


def find_slot(slots: Sequence[Slot], starts_at: dt.datetime) -> Slot | None:
    starts_at = starts_at.astimezone(UTC)
    for s in slots:
        if s.starts_at == starts_at:
            return s
    return None


def slot_containing(slots: Sequence[Slot], at: dt.datetime) -> Slot | None:
    """The slot whose time holds ``at`` (start <= at < end): a booking made at any time
    (an import, ``Desk.book``, a moved time) takes a place of that slot."""
    at = at.astimezone(UTC)
    for s in slots:
        if s.starts_at <= at < s.ends_at:
            return s
    return None


@dataclass(frozen=True, slots=True)
class FreeSlot:
    starts_at: dt.datetime
    ends_at: dt.datetime
    free: int          # places left, allowance included
    capacity: int
    limit: int


def next_free(slots: Sequence[Slot], booked: dict[dt.datetime, int], percent: int, *,
              after: dt.datetime, count: int = 10, places: int = 1) -> list[FreeSlot]:
    """The first ``count`` slots starting after ``after`` with room for ``places``."""
    out = []
    for s in slots:
        if s.starts_at <= after:
            continue
        limit = slot_limit(s.capacity, percent)
        have = booked.get(s.starts_at, 0)
        if have + places <= limit:
            out.append(FreeSlot(s.starts_at, s.ends_at, limit - have, s.capacity, limit))
            if len(out) >= count:
                break
    return out


# -- the week's offer ---------------------------------------------------------------------
def iso_week_days(year: int, week: int) -> list[dt.date]:
    monday = dt.date.fromisocalendar(year, week, 1)
    return [monday + dt.timedelta(days=i) for i in range(7)]


@dataclass(frozen=True, slots=True)
class DayOffer:
    day: dt.date
    offered: int        # places the slots open (capacity, without allowance)
    bookable: int       # with the allowance
    booked: int
    holiday: str = ""


@dataclass(frozen=True, slots=True)
class WeekOffer:
    year: int
    week: int
    service_point: str
    days: tuple[DayOffer, ...]

    @property
    def title(self) -> str:
        """In the office's words: "Terminangebot KW 34"."""
        return f"Terminangebot KW {self.week}"

    @property
    def offered(self) -> int:
        return sum(d.offered for d in self.days)

    @property
    def booked(self) -> int:
        return sum(d.booked for d in self.days)

    @property
    def booked_percent(self) -> int:
        """Booked of offered, in whole percent as the office writes it (may pass 100
        with an overbooking allowance)."""
        return round(100 * self.booked / self.offered) if self.offered else 0


def week_offer(year: int, week: int, service_point: str, slots: Sequence[Slot],
               booked: dict[dt.datetime, int], percent: int,
               holidays: dict[dt.date, str]) -> WeekOffer:
    days = []
    for day in iso_week_days(year, week):
        day_slots = [s for s in slots if s.day == day]
        days.append(DayOffer(
            day=day, offered=sum(s.capacity for s in day_slots),
            bookable=sum(slot_limit(s.capacity, percent) for s in day_slots),
            booked=sum(booked.get(s.starts_at, 0) for s in day_slots),
            holiday=holidays.get(day, "")))
    return WeekOffer(year, week, service_point, tuple(days))


# -- the overbooking allowance from the measured no-show rate -----------------------------
@dataclass(frozen=True, slots=True)
class SlotHistory:
    """A past slot: its capacity, what was booked and how many did not come."""

    capacity: int
    booked: int
    no_shows: int


def no_show_rate(history: Sequence[SlotHistory]) -> float | None:
    """Nicht erschienen / Termine over the history; None without bookings."""
    booked = sum(h.booked for h in history)
    return sum(h.no_shows for h in history) / booked if booked else None


def suggested_percent(rate: float | None) -> int:
    """The allowance that follows a measured no-show rate: the rate in whole percent,
    rounded down (an office with 12.4 % no-shows books 12 % more), capped."""
    if not rate or rate <= 0:
        return 0
    return min(MAX_OVERBOOKING_PERCENT, int(rate * 100 + 1e-9))


@dataclass(frozen=True, slots=True)
class AllowanceEffect:
    percent: int
    weeks: int
    rate: float | None
    extra_bookings: int          # places the allowance would have added
    turned_away: float           # people who would have come with no counter free
    left_empty: float            # counter places left empty with the allowance
    left_empty_without: int      # and as it was, without


def simulate_allowance(history: Sequence[SlotHistory], percent: int, *,
                       weeks: int = 0) -> AllowanceEffect:
    """What ``percent`` would have done over the history.

    Assumption (stated, since the past cannot be rerun): a slot that was fully booked
    would also have filled its extra places (people wait weeks for an appointment), and
    those extra people would have stayed away at the measured rate. People who come
    when every counter of the slot is busy are "turned away" (in practice: they wait
    or are rebooked). Figures are expected values.
    """
    rate = no_show_rate(history)
    show = 1.0 - (rate or 0.0)
    extra_total = 0
    turned = empty = 0.0
    empty_without = 0
    for h in history:
        appeared = h.booked - h.no_shows
        empty_without += max(0, h.capacity - appeared)
        extra = slot_limit(h.capacity, percent) - h.capacity if h.booked >= h.capacity else 0
        extra_total += extra
        expected = appeared + extra * show
        turned += max(0.0, expected - h.capacity)
        empty += max(0.0, h.capacity - expected)
    return AllowanceEffect(percent=percent, weeks=weeks, rate=rate, extra_bookings=extra_total,
                           turned_away=round(turned, 1), left_empty=round(empty, 1),
                           left_empty_without=empty_without)


# -- parsing the configuration (TOML / CLI) -----------------------------------------------
def parse_time(text: str) -> dt.time:
    try:
        hh, mm = str(text).strip().split(":")
        return dt.time(int(hh), int(mm))
    except (ValueError, TypeError):
        raise CapacityError(f"time {text!r} is not HH:MM") from None


def parse_weekdays(text: str) -> list[int]:
    """ "Mo-Fr", "Mo,Di,Do", "Mi" -> weekday numbers."""
    out: list[int] = []
    for part in str(text).replace(" ", "").split(","):
        if not part:
            continue
        if "-" in part:
            a, b = part.split("-", 1)
            ia, ib = _weekday(a), _weekday(b)
            if ib < ia:
                raise CapacityError(f"weekday range {part!r} runs backwards")
            out.extend(range(ia, ib + 1))
        else:
            out.append(_weekday(part))
    if not out:
        raise CapacityError("no weekday given")
    return sorted(set(out))


def _weekday(text: str) -> int:
    key = text[:2].capitalize()
    if key not in WEEKDAYS_DE:
        raise CapacityError(f"weekday {text!r} is not one of {', '.join(WEEKDAYS_DE)}")
    return WEEKDAYS_DE.index(key)


@dataclass(frozen=True)
class CapacityConfig:
    """What a capacity TOML file holds for one service point."""

    service_point_code: str
    overbooking_percent: int | None = None
    rules: tuple[tuple[int, str | None, dt.time, dt.time, int, int], ...] = ()
    # (weekday, service code or None, opens, closes, slot_minutes, counters)
    blocked: tuple[tuple[dt.datetime, dt.datetime, str, str | None], ...] = field(default=())
    # (starts UTC, ends UTC, reason, counter name or None)


# -- errors (registered for translation in ui/service_texts.py) ---------------------------
from .errors import DomainError, german_text  # noqa: E402


def when_text(value: dt.datetime) -> str:
    """A slot's start for a message: "Mo 30.11.2026 08:20" (no personal data)."""
    return german_text(value.astimezone(BERLIN))


class SlotFull(DomainError):
    code = "slot_full"
    template = "Der Termin {when} ist inzwischen ausgebucht: bitte einen anderen wählen."


class NotASlot(DomainError):
    code = "not_a_slot"
    template = "Zu dieser Zeit ({when}) gibt es keinen buchbaren Termin."


class SlotInPast(DomainError):
    code = "slot_in_past"
    template = "Der Termin {when} liegt in der Vergangenheit."


class NotReschedulable(DomainError):
    code = "not_reschedulable"
    template = "Nur gebuchte Termine lassen sich verschieben (Vorgang {reference}: {state_de})."


class NoCapacity(DomainError):
    code = "no_capacity"
    template = "Für diese Dienststelle sind keine Termine eingerichtet."


class InvalidOverbooking(DomainError):
    code = "invalid_overbooking"
    template = "Die Überbuchung muss zwischen 0 und {limit} % liegen."


class InvalidHours(DomainError):
    code = "invalid_hours"
    template = ("Öffnungszeit {day} {opens}–{closes} ungültig: das Ende muss nach dem Beginn "
                "liegen, Termine 5 bis 240 Minuten lang, 0 bis 100 Schalter.")


class InvalidBlockedTime(DomainError):
    code = "invalid_blocked_time"
    template = "Eine Sperrzeit muss nach ihrem Beginn enden."
