"""The statistics' pure rules (docs/statistics.md): classification of one entry, rates,
percentiles, periods (ISO week 53, month and year boundaries), layouts, CSV safety."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desk_app.domain.csv_safe import csv_bytes, german_number, neutralise
from desk_app.domain.errors import ValidationFailed
from desk_app.domain.statistics import (
    Block, Figures, Layout, Period, classify, parse_block, percentile, week_buckets,
    working_days,
)


@pytest.mark.parametrize("kind, state, checked_in, extra, expected", [
    # a booked appointment that was kept and served
    ("APPOINTMENT", "DONE", True, {"call_count": 2},
     dict(appointments=1, appeared=1, appeared_appointments=1, served=1, calls=2)),
    # a walk-in: appeared, but not a Termin
    ("WALK_IN", "WAITING", True, {}, dict(walk_ins=1, appeared=1)),
    # a no-show later let in: appeared, not a no-show
    ("APPOINTMENT", "WAITING", True, {"late_admitted": True},
     dict(appointments=1, appeared=1, appeared_appointments=1, late_admitted=1)),
    ("APPOINTMENT", "NO_SHOW", False, {}, dict(appointments=1, no_show=1)),
    # missed after calls: appeared (checked in), counted apart from no-shows
    ("APPOINTMENT", "MISSED", True, {}, dict(appointments=1, appeared=1,
                                             appeared_appointments=1, missed=1)),
    ("WALK_IN", "LEFT", True, {}, dict(walk_ins=1, appeared=1, left=1)),
    # cancelled in advance: not a Termin at all
    ("APPOINTMENT", "CANCELLED", False, {}, dict(cancelled=1)),
    ("APPOINTMENT", "BOOKED", False, {}, dict(appointments=1, open=1)),
    # a forward is one entry: counted once, and marked as forwarded
    ("APPOINTMENT", "DONE", True, {"forwarded": True, "call_count": 1},
     dict(appointments=1, appeared=1, appeared_appointments=1, served=1, calls=1,
          forwarded=1)),
])
def test_one_entry_counts_by_the_definitions(kind, state, checked_in, extra, expected):
    counts = classify(kind, state, checked_in, **extra).counts()
    assert {k: v for k, v in counts.items() if v} == expected


def test_rates_whole_percent_and_one_decimal_and_no_division_by_zero():
    t = Figures(appointments=1958, no_show=234)
    assert t.no_show_rate == Decimal("12.0") and t.office_rate == Decimal("12")
    assert Figures(appointments=944, no_show=123).office_rate == Decimal("13")
    assert Figures(appointments=8, no_show=1).no_show_rate == Decimal("12.5")
    assert Figures(appointments=8, no_show=1).office_rate == Decimal("13")   # half up
    empty = Figures()
    assert empty.no_show_rate is None and empty.office_rate is None
    assert empty.calls_per_served is None


def test_percentile_is_percentile_cont():
    assert percentile([], 0.5) is None
    assert percentile([7], 0.9) == 7
    assert percentile([300, 600, 600, 1200, 1800], 0.5) == 600
    assert percentile([300, 600, 600, 1200, 1800], 0.9) == pytest.approx(1560)
    assert percentile([10, 20, 30, 40], 0.5) == 25


def test_periods_weeks_months_and_their_boundaries():
    w = Period.parse_week("2021-W34")
    assert (w.first, w.last, w.title(), w.key()) == (
        dt.date(2021, 8, 23), dt.date(2021, 8, 29), "KW 34/2021", "2021-W34")
    w53 = Period.parse_week("2026-w53")
    assert (w53.first, w53.last) == (dt.date(2026, 12, 28), dt.date(2027, 1, 3))
    assert w53.previous() == Period.week(2026, 52)
    assert Period.week(2027, 1).previous() == w53
    with pytest.raises(ValidationFailed, match="Kalenderwoche 53 gibt es im Jahr 2027"):
        Period.week(2027, 53)
    with pytest.raises(ValidationFailed, match="JJJJ-Www"):
        Period.parse_week("34/2021")
    m = Period.parse_month("2024-02")
    assert (m.first, m.last, m.title()) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29),
                                            "Februar 2024")
    assert Period.month(2027, 1).previous() == Period.month(2026, 12)
    assert Period.day(dt.date(2021, 8, 23)).previous() == Period.day(dt.date(2021, 8, 22))
    r = Period(dt.date(2021, 8, 1), dt.date(2021, 8, 10))
    assert r.previous() == Period(dt.date(2021, 7, 22), dt.date(2021, 7, 31))
    with pytest.raises(ValidationFailed, match="endet vor seinem Beginn"):
        Period(dt.date(2021, 8, 2), dt.date(2021, 8, 1))


def test_the_office_names_its_working_days():
    w = Period.week(2021, 34)
    assert working_days(w, []) == (dt.date(2021, 8, 23), dt.date(2021, 8, 27))
    assert working_days(w, [dt.date(2021, 8, 28)]) == (dt.date(2021, 8, 23), dt.date(2021, 8, 28))


def test_twelve_week_buckets_across_the_year():
    weeks = week_buckets(Period.week(2027, 2), 4)
    assert [p.key() for p in weeks] == ["2026-W52", "2026-W53", "2027-W01", "2027-W02"]
    assert len(week_buckets(Period.month(2021, 8), 12)) == 12


def test_layouts_blocks_and_the_cli_syntax():
    codes = ["BI", "EU", "VISA", "EINB"]
    allg = parse_block("Allgemein=-EINB")
    assert allg == Block("Allgemein", exclude=("EINB",)) and allg.members(codes) == codes[:3]
    dlz = parse_block("DLZ International = BI, !appeared")
    assert dlz == Block("DLZ International", include=("BI",), hidden=("appeared",))
    with pytest.raises(ValidationFailed, match="Unbekannte Kennzahl"):
        parse_block("x=BI,!foo")
    with pytest.raises(ValidationFailed, match="NAME=CODE"):
        parse_block("nur ein Name")
    layout = Layout("Terminangebot", (allg, dlz), exclude=("EINB",), title="Terminangebot")
    assert Layout.from_json(layout.name, layout.to_json()) == layout
    assert layout.universe(codes) == ["BI", "EU", "VISA"]
    only = layout.restricted(only=("BI", "EINB"), exclude=("EU",))
    assert only.universe(codes) == ["BI"]
    assert layout.codes() == {"EINB", "BI"}


def test_csv_cells_are_never_formulas_and_numbers_stay_numbers():
    for evil in ("=1+2", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx", "＝1"):
        assert neutralise(evil).startswith("'")
    assert neutralise("Müller") == "Müller"
    data = csv_bytes([["=cmd|' /C calc'!A0", -3, Decimal("12.5"), 1.25, None, "a;b"]])
    assert data == "\ufeff'=cmd|' /C calc'!A0;-3;12,5;1,3;;\"a;b\"\r\n".encode("utf-8")
    text = data.decode("utf-8-sig")
    assert text.startswith("'=cmd") and ";-3;12,5;" in text and '"a;b"' in text
    assert german_number(Decimal("12")) == "12" and german_number(3) == "3"
