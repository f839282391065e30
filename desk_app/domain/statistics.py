"""The office's statistics: figures, periods and report layouts (docs/statistics.md).

Pure rules, no database and no Qt. Every figure here has exactly one definition in
docs/statistics.md; ``classify`` is the row-by-row form of those definitions (the SQLite
path and the tests use it, the PostgreSQL statement in services/statistics.py mirrors it).

- Termine: appointments of the period that were not cancelled in advance.
- Erschienen: everyone who appeared: appointments checked in (a late-admitted no-show
  included) plus walk-ins.
- Nicht erschienen: appointments that ended as NO_SHOW.
- Ausfallquote: Nicht erschienen / Termine (whole percent in the office's table, one
  decimal in the detail).
- A forwarded entry is one row and counts once, at the service point where it entered
  the queue (where its ticket was drawn), never again at the one it was forwarded to.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field, fields, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Sequence

from .errors import ValidationFailed

#: The counting figures of ``Figures`` (summed when rows are combined).
COUNTS = ("appointments", "appeared", "appeared_appointments", "no_show", "late_admitted",
          "cancelled", "missed", "left", "walk_ins", "open", "forwarded", "served",
          "calls", "documents_ordered", "documents_handed_out")

#: Figures a layout block may show as "—" (the office does not report them there).
HIDEABLE = ("appointments", "appeared", "no_show", "rate")


@dataclass
class Figures:
    """The figures of one block, service point, day, hour or week (docs/statistics.md)."""

    appointments: int = 0          # Termine
    appeared: int = 0              # Erschienen = appeared_appointments + walk_ins
    appeared_appointments: int = 0  # Termine, zu denen die Person eingecheckt wurde
    no_show: int = 0               # Nicht erschienen
    late_admitted: int = 0         # nach „Nicht erschienen“ doch noch eingelassen
    cancelled: int = 0             # vorab storniert (not in Termine)
    missed: int = 0                # came, did not answer the calls
    left: int = 0                  # came, left before the call
    walk_ins: int = 0              # Vorsprachen ohne Termin
    open: int = 0                  # still BOOKED (the day is not over)
    forwarded: int = 0             # forwarded on to another service point
    served: int = 0                # finished (DONE)
    calls: int = 0                 # calls of the served entries at their last service point
    documents_ordered: int = 0
    documents_handed_out: int = 0
    wait_median: float | None = None    # minutes, check-in to first call
    wait_p90: float | None = None
    service_median: float | None = None  # minutes, start to finish of the service
    service_p90: float | None = None

    @property
    def no_show_rate(self) -> Decimal | None:
        """Ausfallquote in percent, one decimal; None without appointments."""
        return rate(self.no_show, self.appointments, "0.1")

    @property
    def office_rate(self) -> Decimal | None:
        """Ausfallquote in whole percent, as the office prints it."""
        return rate(self.no_show, self.appointments, "1")

    @property
    def calls_per_served(self) -> Decimal | None:
        """Aufrufe je bedientem Vorgang, one decimal; None when nobody was served."""
        if self.served <= 0:
            return None
        return (Decimal(self.calls) / Decimal(self.served)).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP)

    def add(self, other: "Figures") -> None:
        """Adds the counts (times are not additive: they stay as they are)."""
        for name in COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def counts(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in COUNTS}


#: The old name (issue 2's weekly report).
Tally = Figures


def rate(part: int, whole: int, step: str) -> Decimal | None:
    if whole <= 0:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal(step), rounding=ROUND_HALF_UP)


def classify(kind: str, state: str, checked_in: bool, *, late_admitted: bool = False,
             forwarded: bool = False, call_count: int = 0) -> Figures:
    """The counting figures of one queue entry (docs/statistics.md)."""
    t = Figures()
    if kind == "WALK_IN":
        t.walk_ins = 1
        t.appeared = 1
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
            t.appeared_appointments = 1
            t.appeared = 1
            t.late_admitted = int(late_admitted)
    if state == "MISSED":
        t.missed = 1
    elif state == "LEFT":
        t.left = 1
    elif state == "DONE":
        t.served = 1
        t.calls = call_count
    t.forwarded = int(forwarded)
    return t


def tally_entry(kind: str, state: str, checked_in: bool) -> Figures:
    return classify(kind, state, checked_in)


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear interpolation between the closest ranks: PostgreSQL's percentile_cont."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def set_times(t: Figures, waits: Sequence[float], services: Sequence[float]) -> None:
    """Median and 90th percentile in minutes from durations in seconds."""
    def minutes(v):
        return None if v is None else v / 60.0
    t.wait_median, t.wait_p90 = minutes(percentile(waits, 0.5)), minutes(percentile(waits, 0.9))
    t.service_median = minutes(percentile(services, 0.5))
    t.service_p90 = minutes(percentile(services, 0.9))


# -- periods ------------------------------------------------------------------------------
PERIOD_KINDS = ("day", "week", "month", "range")
_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


@dataclass(frozen=True)
class Period:
    """[first, last] business days, both included."""

    first: dt.date
    last: dt.date
    kind: str = "range"

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValidationFailed(message="Der Zeitraum endet vor seinem Beginn.", error_code="period_reversed")

    @classmethod
    def day(cls, day: dt.date) -> "Period":
        return cls(day, day, "day")

    @classmethod
    def week(cls, year: int, week: int) -> "Period":
        try:
            monday = dt.date.fromisocalendar(year, week, 1)
        except ValueError:
            raise ValidationFailed(message="Die Kalenderwoche {week} gibt es im Jahr {year} "
                                   "nicht.", error_code="week_unknown", week=week, year=year) from None
        return cls(monday, monday + dt.timedelta(days=6), "week")

    @classmethod
    def week_of(cls, day: dt.date) -> "Period":
        year, week, _ = day.isocalendar()
        return cls.week(year, week)

    @classmethod
    def month(cls, year: int, month: int) -> "Period":
        if not 1 <= month <= 12 or not 1 <= year <= 9998:
            raise ValidationFailed(message="Monat als JJJJ-MM angeben, z. B. 2021-08.", error_code="month_format")
        first = dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return cls(first, nxt - dt.timedelta(days=1), "month")

    @classmethod
    def parse_week(cls, text: str) -> "Period":
        m = _WEEK.match(text or "")
        if not m:
            raise ValidationFailed(message="Woche als JJJJ-Www angeben, z. B. 2021-W34.", error_code="week_format")
        return cls.week(int(m.group(1)), int(m.group(2)))

    @classmethod
    def parse_month(cls, text: str) -> "Period":
        m = _MONTH.match(text or "")
        if not m:
            raise ValidationFailed(message="Monat als JJJJ-MM angeben, z. B. 2021-08.", error_code="month_format")
        return cls.month(int(m.group(1)), int(m.group(2)))

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def iso_week(self) -> tuple[int, int] | None:
        if self.kind != "week":
            return None
        year, week, _ = self.first.isocalendar()
        return year, week

    def previous(self) -> "Period":
        """The period before, of the same kind and length (the previous month for a month)."""
        if self.kind == "month":
            before = self.first - dt.timedelta(days=1)
            return Period.month(before.year, before.month)
        return Period(self.first - dt.timedelta(days=self.days),
                      self.first - dt.timedelta(days=1), self.kind)

    def dates(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=i) for i in range(self.days)]

    def title(self) -> str:
        """German: "KW 34/2021", "August 2021", "25.11.2026", "01.08.2021 – 15.08.2021"."""
        if self.kind == "week":
            year, week = self.iso_week
            return f"KW {week}/{year}"
        if self.kind == "month":
            return f"{MONTHS_DE[self.first.month - 1]} {self.first.year}"
        if self.kind == "day":
            return f"{self.first:%d.%m.%Y}"
        return f"{self.first:%d.%m.%Y} – {self.last:%d.%m.%Y}"

    def key(self) -> str:
        """Machine form for file names: 2021-W34, 2021-08, 2021-08-25, 2021-08-01_2021-08-15."""
        if self.kind == "week":
            year, week = self.iso_week
            return f"{year}-W{week:02d}"
        if self.kind == "month":
            return f"{self.first:%Y-%m}"
        if self.kind == "day":
            return self.first.isoformat()
        return f"{self.first.isoformat()}_{self.last.isoformat()}"


MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember")


def working_days(period: Period, busy: Iterable[dt.date]) -> tuple[dt.date, dt.date]:
    """The office names its working days: Monday to Friday of the period, widened to a
    Saturday or Sunday only when something happened on it ("23.08. – 27.08.")."""
    busy = set(busy)
    days = [d for d in period.dates() if d.weekday() < 5 or d in busy]
    if not days:
        return period.first, period.last
    return days[0], days[-1]


def week_buckets(last: Period, weeks: int) -> list[Period]:
    """The ``weeks`` ISO weeks ending with the week of ``last.last`` (oldest first)."""
    end = Period.week_of(last.last)
    out = [end]
    while len(out) < weeks:
        out.insert(0, out[0].previous())
    return out


# -- layouts ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Block:
    """A column of the office's table: a set of service points.

    ``include`` empty means every service point; ``exclude`` is taken away after that.
    ``hidden`` names figures the office does not report for the block (printed "—")."""

    name: str
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()

    def members(self, codes: Iterable[str]) -> list[str]:
        codes = list(codes)
        chosen = [c for c in codes if c in self.include] if self.include else codes
        return [c for c in chosen if c not in self.exclude]

    def describe(self) -> str:
        """German, for the CLI and the screen: "alle außer EINB", "BI"."""
        base = ", ".join(self.include) if self.include else "alle"
        if self.exclude:
            base += " außer " + ", ".join(self.exclude)
        return base


@dataclass(frozen=True)
class Layout:
    """A saved report layout: its blocks, and service points left out of the whole
    report (the title says "ohne …")."""

    name: str
    blocks: tuple[Block, ...] = ()
    exclude: tuple[str, ...] = ()
    title: str = ""     # e.g. "Terminangebot"
    only: tuple[str, ...] = ()   # when set: the report covers only these

    def to_json(self) -> str:
        return json.dumps({
            "title": self.title, "exclude": list(self.exclude), "only": list(self.only),
            "blocks": [{"name": b.name, "include": list(b.include), "exclude": list(b.exclude),
                        "hidden": list(b.hidden)} for b in self.blocks]},
            ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, name: str, text: str) -> "Layout":
        data = json.loads(text or "{}")
        return cls(name=name, title=data.get("title", ""),
                   exclude=tuple(data.get("exclude", ())), only=tuple(data.get("only", ())),
                   blocks=tuple(Block(b["name"], tuple(b.get("include", ())),
                                      tuple(b.get("exclude", ())), tuple(b.get("hidden", ())))
                                for b in data.get("blocks", ())))

    def codes(self) -> set[str]:
        out = set(self.exclude) | set(self.only)
        for b in self.blocks:
            out.update(b.include)
            out.update(b.exclude)
        return out

    def restricted(self, *, only: Sequence[str] = (), exclude: Sequence[str] = ()) -> "Layout":
        """The layout for the CLI's --service-point / --exclude: the report covers only
        ``only`` (if given) and leaves ``exclude`` out as well."""
        return replace(self, only=tuple(dict.fromkeys([*self.only, *only])),
                       exclude=tuple(dict.fromkeys([*self.exclude, *exclude])))

    def universe(self, codes: Iterable[str]) -> list[str]:
        """The service points the report covers, in the given order."""
        return [c for c in codes if (not self.only or c in self.only) and c not in self.exclude]


#: The layout without a saved one: a single block over every service point.
DEFAULT_LAYOUT = Layout(name="", blocks=(Block("Gesamt"),))


def parse_block(text: str) -> Block:
    """The CLI's block syntax: ``NAME=CODE,CODE`` or ``NAME=-CODE,-CODE`` (all but those),
    with ``!FIGURE`` to hide a figure: ``"DLZ International=BI,!appeared"``."""
    name, sep, spec = text.partition("=")
    if not sep or not name.strip():
        raise ValidationFailed(message="Block als NAME=CODE,… oder NAME=-CODE,… angeben.", error_code="block_format")
    include, exclude, hidden = [], [], []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        if part.startswith("!"):
            if part[1:] not in HIDEABLE:
                raise ValidationFailed(message="Unbekannte Kennzahl {name}: erlaubt sind "
                                       "{allowed}.", error_code="figure_unknown", name=part[1:], allowed=", ".join(HIDEABLE))
            hidden.append(part[1:])
        elif part.startswith("-"):
            exclude.append(part[1:].strip())
        else:
            include.append(part)
    return Block(name.strip(), tuple(include), tuple(exclude), tuple(hidden))


# -- the report ---------------------------------------------------------------------------
@dataclass
class BlockFigures:
    name: str
    codes: tuple[str, ...]
    figures: Figures
    hidden: tuple[str, ...] = ()


@dataclass
class StatisticsReport:
    """One period under one layout (services/statistics.py builds it)."""

    period: Period
    layout: Layout
    blocks: list[BlockFigures] = field(default_factory=list)     # the office's table
    service_points: list[BlockFigures] = field(default_factory=list)   # the detail
    total: Figures = field(default_factory=Figures)               # every included point
    days: list[tuple[dt.date, Figures]] = field(default_factory=list)
    hours: list[tuple[int, Figures]] = field(default_factory=list)   # by local hour
    excluded_names: tuple[str, ...] = ()
    trend: list[tuple[Period, Figures]] = field(default_factory=list)
    previous: "StatisticsReport | None" = None
    # the mailbox worklist's figures of the period (issue 20: mail_requests.WorklistFigures)
    requests: object | None = None

    @property
    def shown_days(self) -> tuple[dt.date, dt.date]:
        return working_days(self.period, [d for d, t in self.days if any(t.counts().values())])

    def heading(self) -> str:
        """German: "Terminangebot KW 34 (23.08. – 27.08.2021), ohne Einbürgerung"."""
        first, last = self.shown_days
        title = self.layout.title or "Statistik"
        if self.period.kind == "week":
            year, week = self.period.iso_week
            text = f"{title} KW {week} ({first:%d.%m.} – {last:%d.%m.%Y})"
        else:
            text = f"{title} {self.period.title()}"
        if self.excluded_names:
            text += ", ohne " + ", ".join(self.excluded_names)
        return text


def empty_figures_like(names: Iterable[str]) -> dict[str, Figures]:
    return {n: Figures() for n in names}


def figures_fields() -> list[str]:
    return [f.name for f in fields(Figures)]


# -- the old weekly report (kept for callers of issue 2's API) --------------------------
def iso_week_bounds(year: int, week: int) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of an ISO week."""
    p = Period.week(year, week)
    return p.first, p.last


@dataclass
class WeeklyReport:
    year: int
    week: int
    first_day: dt.date
    last_day: dt.date
    rows: list[tuple[str, Figures]] = field(default_factory=list)   # per service point
    days: list[tuple[dt.date, Figures]] = field(default_factory=list)
    total: Figures = field(default_factory=Figures)
