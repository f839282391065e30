"""Dates of birth that are only partly known.

Foreign documents often state only a year, or a month and a year ("00.00.1990",
"00.05.1990"). A PartialDate keeps what is known and nothing more; it is stored as the
text form ``YYYY-MM-DD`` with ``00`` for an unknown month or day, which sorts correctly.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["PartialDate", "InvalidPartialDate"]


class InvalidPartialDate(ValueError):
    """The text is not a (partial) date."""


_GERMAN = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})[./](\d{4})\s*$")


@dataclass(frozen=True, slots=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1800 <= self.year <= 2200:
            raise InvalidPartialDate(f"year {self.year} is out of range")
        if self.month is None:
            if self.day is not None:
                raise InvalidPartialDate("a day without a month is not a date")
            return
        if not 1 <= self.month <= 12:
            raise InvalidPartialDate(f"month {self.month} is out of range")
        if self.day is not None:
            try:
                dt.date(self.year, self.month, self.day)
            except ValueError as exc:
                raise InvalidPartialDate(str(exc)) from None

    # -- ordering: an unknown month or day sorts first, as in the storage form ----------
    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: "PartialDate") -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: "PartialDate") -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: "PartialDate") -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: "PartialDate") -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()

    # -- parsing -------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """Accepts ``TT.MM.JJJJ`` (00 for unknown), ``MM.JJJJ``, ``JJJJ`` and ISO forms."""
        if text is None:
            raise InvalidPartialDate("no date given")
        for pattern, order in ((_GERMAN, "dmy"), (_ISO, "ymd")):
            m = pattern.match(text)
            if m:
                parts = dict(zip(order, (int(g) for g in m.groups())))
                return cls._from_parts(parts["y"], parts["m"], parts["d"])
        m = _MONTH_YEAR.match(text)
        if m:
            return cls._from_parts(int(m.group(2)), int(m.group(1)), 0)
        m = _YEAR.match(text)
        if m:
            return cls(int(m.group(1)))
        raise InvalidPartialDate(f"not a date: {text!r}")

    @classmethod
    def _from_parts(cls, year: int, month: int, day: int) -> "PartialDate":
        if month == 0 and day != 0:
            raise InvalidPartialDate("a day without a month is not a date")
        return cls(year, month or None, day or None)

    @classmethod
    def from_storage(cls, text: str | None) -> "PartialDate | None":
        if text is None or text == "":
            return None
        return cls.parse(text)

    @classmethod
    def from_date(cls, value: dt.date) -> "PartialDate":
        return cls(value.year, value.month, value.day)

    # -- output --------------------------------------------------------------------------
    def to_storage(self) -> str:
        return f"{self.year:04d}-{self.month or 0:02d}-{self.day or 0:02d}"

    def format_de(self) -> str:
        """German form as printed on documents: ``00.00.1990`` for an unknown day and month."""
        return f"{self.day or 0:02d}.{self.month or 0:02d}.{self.year:04d}"

    def __str__(self) -> str:
        return self.format_de()

    @property
    def is_complete(self) -> bool:
        return self.day is not None

    def age_on(self, day: dt.date) -> int:
        """Age in whole years on ``day``, assuming the latest possible birthday when unknown.

        The conservative reading (youngest possible age) matters for rules like
        "children under 16 collect with a parent".
        """
        month = self.month or 12
        last_day = self.day or _days_in_month(self.year, month)
        age = day.year - self.year
        if (day.month, day.day) < (month, last_day):
            age -= 1
        return age


def _days_in_month(year: int, month: int) -> int:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day
