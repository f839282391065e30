"""Opening hours as the service points state them, in German, e.g.

    "Mo, Di, Do 7:30–12:00 und 13:00–15:30 · Mi, Fr 7:30–12:00"

Groups are separated by "·", ";" or a line break; each names days (a list "Mo, Di" or a
range "Mo–Fr") and one or more time ranges joined by "und" or ",". Text that does not
read as opening hours gives None: then nothing is checked against it.

Stored typed (migration 0017): one row per weekday and span (``Span``: weekday 0 =
Monday, opens, closes). ``spans_of`` reads the office's words into spans, ``text_of``
writes spans as the one canonical text ("Mo, Di 07:30–12:00, 13:00–15:30 · Mi 07:30–12:00").
"""

from __future__ import annotations

import datetime as dt
import functools
import re

__all__ = ["OpeningHours", "Span", "WEEKDAY_NAMES", "parse_opening_hours", "spans_of",
           "text_of"]

#: weekday 0 (Monday) … 6, opens, closes
Span = tuple[int, dt.time, dt.time]
WEEKDAY_NAMES = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")

_DAYS = {"mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6}
_DASH = r"\s*[-–—]\s*"
_TIME = r"(\d{1,2})[:.](\d{2})"
_RANGE = re.compile(_TIME + _DASH + _TIME)
_DAY = r"(mo|di|mi|do|fr|sa|so)\.?"
_DAY_RANGE = re.compile(_DAY + _DASH + _DAY)


class OpeningHours:
    def __init__(self, by_weekday: dict[int, tuple[tuple[dt.time, dt.time], ...]]) -> None:
        self.by_weekday = by_weekday

    def is_open(self, day: dt.date, time: dt.time) -> bool:
        return any(start <= time < end for start, end in self.by_weekday.get(day.weekday(), ()))

    @classmethod
    def from_spans(cls, spans) -> "OpeningHours | None":
        """None without any span (like unreadable text: nothing is checked)."""
        by_weekday: dict[int, list[tuple[dt.time, dt.time]]] = {}
        for weekday, opens, closes in spans:
            by_weekday.setdefault(weekday, []).append((opens, closes))
        if not by_weekday:
            return None
        return cls({d: tuple(sorted(r)) for d, r in by_weekday.items()})


def spans_of(text: str | None) -> tuple[Span, ...]:
    """The spans the text names, sorted; "" is closed every day. ValueError when the text
    does not read as opening hours, or when two spans of a day overlap."""
    if not text or not text.strip():
        return ()
    hours = parse_opening_hours(text)
    if hours is None:
        raise ValueError("not opening hours")
    spans = tuple(sorted((d, a, b) for d, ranges in hours.by_weekday.items()
                         for a, b in ranges))
    for (d1, _a1, b1), (d2, a2, _b2) in zip(spans, spans[1:]):
        if d1 == d2 and a2 < b1:
            raise ValueError("overlapping spans")
    return spans


def text_of(spans) -> str:
    """Spans as the canonical text: days with equal hours grouped, in weekday order."""
    per_day: dict[int, list[tuple[dt.time, dt.time]]] = {}
    for weekday, opens, closes in sorted(spans):
        per_day.setdefault(weekday, []).append((opens, closes))
    groups: list[tuple[list[str], str]] = []
    for weekday in sorted(per_day):
        hours = ", ".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in per_day[weekday])
        for days, h in groups:
            if h == hours:
                days.append(WEEKDAY_NAMES[weekday])
                break
        else:
            groups.append(([WEEKDAY_NAMES[weekday]], hours))
    return " · ".join(f"{', '.join(days)} {hours}" for days, hours in groups)


@functools.lru_cache(maxsize=64)
def parse_opening_hours(text: str | None) -> OpeningHours | None:
    if not text or not text.strip():
        return None
    by_weekday: dict[int, list[tuple[dt.time, dt.time]]] = {}
    for group in re.split(r"[·;\n]", text.lower()):
        group = group.strip()
        if not group:
            continue
        first_time = re.search(r"\d", group)
        if first_time is None:
            return None
        days_part, times_part = group[: first_time.start()], group[first_time.start():]
        days = _days(days_part)
        ranges = [_range(m) for m in _RANGE.finditer(times_part)]
        leftover = _RANGE.sub("", times_part).replace("und", "").replace(",", "").replace("uhr", "")
        if not days or not ranges or None in ranges or leftover.strip():
            return None
        for d in days:
            by_weekday.setdefault(d, []).extend(ranges)
    if not by_weekday:
        return None
    return OpeningHours({d: tuple(sorted(r)) for d, r in by_weekday.items()})


def _days(text: str) -> list[int] | None:
    text = text.replace(" und ", ",").strip().rstrip(":").strip()
    out: list[int] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        m = _DAY_RANGE.fullmatch(part)
        if m:
            a, b = _DAYS[m.group(1)], _DAYS[m.group(2)]
            if a > b:
                return None
            out.extend(range(a, b + 1))
            continue
        m = re.fullmatch(_DAY, part)
        if not m:
            return None
        out.append(_DAYS[m.group(1)])
    return out


def _range(m: re.Match) -> tuple[dt.time, dt.time] | None:
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    try:
        start, end = dt.time(h1, m1), dt.time(h2, m2)
    except ValueError:
        return None
    return (start, end) if start < end else None
