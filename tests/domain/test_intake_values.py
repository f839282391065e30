"""Issue 17's pure rules: formula neutralising, nationality from CLDR, opening hours,
dates and times of exports."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.csv_safe import neutralise
from desk_app.domain.import_values import parse_day, parse_time
from desk_app.domain.nationality import resolve_nationality, territory_name
from desk_app.domain.opening_hours import parse_opening_hours

@pytest.mark.parametrize("value, expected", [
    ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
    ("@SUM(A1)", "'@SUM(A1)"), ("-Eva", "'-Eva"), ("Müller", "Müller"), ("", ""),
])
def test_the_reject_file_neutralises_with_the_shared_helper(value, expected):
    assert neutralise(value) == expected


@pytest.mark.parametrize("text, code", [
    ("türkisch", "TUR"), ("Türkisch", "TUR"), ("TUR", "TUR"), ("tr", "TUR"), ("Türkei", "TUR"),
    ("syrisch", "SYR"), ("Syrien", "SYR"), ("Syria", "SYR"), ("afghanisch", "AFG"),
    ("irakisch", "IRQ"), ("eritreisch", "ERI"), ("ukrainisch", "UKR"), ("deutsch", "DEU"),
    ("Deutschland", "DEU"), ("polnisch", "POL"), ("französisch", "FRA"),
    ("nigerianisch", "NGA"), ("nigrisch", "NER"), ("saudi-arabisch", "SAU"),
    ("vietnamesisch", "VNM"), ("staatenlos", "XXA"), ("ungeklärt", "XXX"),
    ("arabisch", None), ("englisch", None), ("XYZ", None), ("", None), ("=1+1", None),
])
def test_nationality_from_cldr(text, code):
    assert resolve_nationality(text) == code


def test_territory_names():
    assert territory_name("TUR") == "Türkei" and territory_name("SYR", "en") == "Syria"


def test_opening_hours_in_the_offices_words():
    hours = parse_opening_hours("Mo, Di, Do 7:30–12:00 und 13:00–15:30 · Mi, Fr 7:30–12:00")
    wed, mon, sat = dt.date(2026, 11, 25), dt.date(2026, 11, 23), dt.date(2026, 11, 28)
    assert hours.is_open(wed, dt.time(7, 30)) and not hours.is_open(wed, dt.time(12, 0))
    assert not hours.is_open(wed, dt.time(14, 0)) and hours.is_open(mon, dt.time(14, 0))
    assert not hours.is_open(sat, dt.time(9, 0))
    assert parse_opening_hours("Mo–Fr 8:00-12:00").is_open(dt.date(2026, 11, 27), dt.time(9))
    assert parse_opening_hours("nach Vereinbarung") is None
    assert parse_opening_hours("") is None


@pytest.mark.parametrize("text, day", [
    ("25.11.2026", dt.date(2026, 11, 25)), ("5.1.2026", dt.date(2026, 1, 5)),
    ("05.01.26", dt.date(2026, 1, 5)), ("2026-11-25", dt.date(2026, 11, 25)),
    ("2026-11-25T09:00:00", dt.date(2026, 11, 25)), ("25/11/2026", dt.date(2026, 11, 25)),
    ("31.11.2026", None), ("29.02.2027", None), ("morgen", None), ("", None),
])
def test_export_dates(text, day):
    assert parse_day(text) == day


@pytest.mark.parametrize("text, time", [
    ("8:30", dt.time(8, 30)), ("08:30", dt.time(8, 30)), ("8.30", dt.time(8, 30)),
    ("08:30:00", dt.time(8, 30)), ("9 Uhr", dt.time(9)), ("9", dt.time(9)),
    ("25:00", None), ("8:61", None), ("halb zehn", None),
])
def test_export_times(text, time):
    assert parse_time(text) == time
