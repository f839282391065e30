from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, strategies as st

from desk_app.domain.partial_date import InvalidPartialDate, PartialDate


@pytest.mark.parametrize("text,expected", [
    ("00.00.1990", PartialDate(1990)),
    ("00.05.1990", PartialDate(1990, 5)),
    ("17.05.1990", PartialDate(1990, 5, 17)),
    ("7.5.1990", PartialDate(1990, 5, 7)),
    (" 17.05.1990 ", PartialDate(1990, 5, 17)),
    ("1990", PartialDate(1990)),
    ("05.1990", PartialDate(1990, 5)),
    ("5/1990", PartialDate(1990, 5)),
    ("1990-05-17", PartialDate(1990, 5, 17)),
    ("1990-05-00", PartialDate(1990, 5)),
    ("1990-00-00", PartialDate(1990)),
    ("29.02.2000", PartialDate(2000, 2, 29)),
])
def test_parse(text, expected):
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize("text", [
    "", "   ", "abc", "1990-5-17", "17.05.90", "31.02.1990", "29.02.2001", "00.13.1990",
    "32.01.1990", "15.00.1990", "1990-00-15", "1990-02-30", "1799", "2201", "17/05/1990",
    "17.05.1990x",
])
def test_parse_rejects(text):
    with pytest.raises(InvalidPartialDate):
        PartialDate.parse(text)


def test_parse_none_and_constructor_checks():
    with pytest.raises(InvalidPartialDate):
        PartialDate.parse(None)
    with pytest.raises(InvalidPartialDate):
        PartialDate(1990, None, 5)
    with pytest.raises(InvalidPartialDate):
        PartialDate(1990, 0)
    assert issubclass(InvalidPartialDate, ValueError)


def test_german_form_and_storage():
    assert PartialDate(1990).format_de() == "00.00.1990"
    assert str(PartialDate(1990, 5)) == "00.05.1990"
    assert PartialDate(1990, 5, 7).format_de() == "07.05.1990"
    assert PartialDate(1990).to_storage() == "1990-00-00"
    assert PartialDate(1990, 5).to_storage() == "1990-05-00"
    assert PartialDate(1990, 5, 7).to_storage() == "1990-05-07"
    assert PartialDate.from_storage(None) is None
    assert PartialDate.from_storage("") is None
    assert PartialDate.from_date(dt.date(1985, 8, 12)) == PartialDate(1985, 8, 12)
    assert PartialDate(1990).is_complete is False and PartialDate(1990, 5, 7).is_complete


partial_dates = st.builds(
    lambda d, known: PartialDate(d.year, d.month if known >= 1 else None,
                                 d.day if known == 2 else None),
    st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31)),
    st.integers(0, 2),
)


@given(partial_dates)
def test_storage_and_german_round_trip(p):
    assert PartialDate.from_storage(p.to_storage()) == p
    assert PartialDate.parse(p.format_de()) == p


@given(st.lists(partial_dates, max_size=20))
def test_ordering_matches_the_storage_text(values):
    """Sorting PartialDates, and sorting their stored text, give the same order
    (an unknown month or day sorts before the known ones of that year/month)."""
    by_value = sorted(values)
    by_text = sorted(values, key=PartialDate.to_storage)
    assert [p.to_storage() for p in by_value] == [p.to_storage() for p in by_text]


def test_ordering_with_unknown_parts():
    values = [PartialDate(1990, 5, 7), PartialDate(1990), PartialDate(1989, 12, 31),
              PartialDate(1990, 5), PartialDate(1990, 1, 1)]
    random.Random(1).shuffle(values)
    assert sorted(values) == [PartialDate(1989, 12, 31), PartialDate(1990), PartialDate(1990, 1, 1),
                              PartialDate(1990, 5), PartialDate(1990, 5, 7)]
    assert PartialDate(1990) < PartialDate(1990, 1)
    assert PartialDate(1990, 5) <= PartialDate(1990, 5)
    assert PartialDate(1990, 5, 1) > PartialDate(1990, 5)
    assert max(PartialDate(1990, 5), PartialDate(1990)) == PartialDate(1990, 5)


@pytest.mark.parametrize("born,on,age", [
    (PartialDate(1990, 5, 17), dt.date(2026, 5, 16), 35),
    (PartialDate(1990, 5, 17), dt.date(2026, 5, 17), 36),
    # unknown day: the last day of the month (youngest possible)
    (PartialDate(1990, 5), dt.date(2026, 5, 30), 35),
    (PartialDate(1990, 5), dt.date(2026, 5, 31), 36),
    # unknown month and day: 31 December
    (PartialDate(1990), dt.date(2026, 12, 30), 35),
    (PartialDate(1990), dt.date(2026, 12, 31), 36),
    (PartialDate(2010), dt.date(2026, 11, 25), 15),  # maybe 16 already, but not surely
    (PartialDate(2000, 2), dt.date(2026, 2, 28), 25),  # Feb 2000 had 29 days
    (PartialDate(2000, 2), dt.date(2026, 3, 1), 26),
    (PartialDate(2000, 2, 29), dt.date(2026, 2, 28), 25),
    (PartialDate(2000, 2, 29), dt.date(2026, 3, 1), 26),
])
def test_age_on_is_conservative(born, on, age):
    assert born.age_on(on) == age


@given(partial_dates, st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1)))
def test_age_on_never_exceeds_any_possible_real_age(p, on):
    earliest_possible = dt.date(p.year, p.month or 12, p.day or 28)
    candidates = [dt.date(p.year, p.month or 12, d)
                  for d in range(1, 32) if _valid(p.year, p.month or 12, d)]
    youngest = min(_age(b, on) for b in candidates if (p.day is None or b.day == p.day))
    assert p.age_on(on) == youngest if p.month else p.age_on(on) <= _age(earliest_possible, on)


def _valid(y, m, d):
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
