"""The office's weekly statistics: Termine · Erschienen · Nicht erschienen · Ausfallquote.

- Termine: appointments of the period that were not cancelled in advance.
- Erschienen: appointments whose applicant checked in (including late arrivals).
- Nicht erschienen: appointments that ended as NO_SHOW.
- Ausfallquote: Nicht erschienen / Termine, counting only appointments already decided
  (a booking still open later today is neither kept nor missed yet).
MISSED (came, then did not answer the calls) is counted apart from NO_SHOW, and so are
walk-ins (Vorsprachen ohne Termin).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal


@dataclass
class Tally:
    appointments: int = 0      # Termine
    appeared: int = 0          # Erschienen
    no_show: int = 0           # Nicht erschienen
    cancelled: int = 0
    missed: int = 0            # came, did not answer
    left: int = 0
    walk_ins: int = 0
    open: int = 0              # still BOOKED (the day is not over)

    @property
    def no_show_rate(self) -> Decimal | None:
        """Ausfallquote in percent, one decimal; None without appointments."""
        decided = self.appointments - self.open
        if decided <= 0:
            return None
        rate = Decimal(self.no_show) * 100 / Decimal(decided)
        return rate.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    def add(self, other: "Tally") -> None:
        for name in ("appointments", "appeared", "no_show", "cancelled", "missed", "left",
                     "walk_ins", "open"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def tally_entry(kind: str, state: str, checked_in: bool) -> Tally:
    t = Tally()
    if kind == "WALK_IN":
        t.walk_ins = 1
    elif state == "CANCELLED":
        t.cancelled = 1
        return t
    else:
        t.appointments = 1
        if state == "NO_SHOW":
            t.no_show = 1
        elif state == "BOOKED":
            t.open = 1
        elif checked_in:
            t.appeared = 1
    if state == "MISSED":
        t.missed = 1
    elif state == "LEFT":
        t.left = 1
    return t


def iso_week_bounds(year: int, week: int) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of an ISO week."""
    monday = dt.date.fromisocalendar(year, week, 1)
    return monday, monday + dt.timedelta(days=6)


@dataclass
class WeeklyReport:
    year: int
    week: int
    first_day: dt.date
    last_day: dt.date
    rows: list[tuple[str, Tally]] = field(default_factory=list)   # per service point
    days: list[tuple[dt.date, Tally]] = field(default_factory=list)
    total: Tally = field(default_factory=Tally)
