"""Issue 17, bad input: the importer never crashes and never half-writes.

Reading and checking run without a database on generated input (many examples); the
whole import runs on SQLite for a smaller number, and once with 40,000 lines.
"""

from __future__ import annotations

import asyncio
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from desk_app.domain.opening_hours import parse_opening_hours
from desk_app.models import Applicant, AuditEvent, CapacityRule, ChangeLog, QueueEntry
from desk_app.services.booking_import import ImportRejected, default_mapping, import_bookings
from desk_app.services.booking_import.checking import ReferenceData, ServicePointRef, check
from desk_app.services.booking_import.importing import read_source
from tests.support import desk_for, ids

HEADER = "Buchungsnummer;Datum;Uhrzeit;Dienststelle;Dienstleistung;Nachname;Vorname;Geburtsdatum"
HOURS = parse_opening_hours("Mo, Di, Do 7:30–12:00 und 13:00–15:30 · Mi, Fr 7:30–12:00")
REF = ReferenceData({"bi": ServicePointRef(1, "BI", "DLZ", HOURS)}, {"eat": 1})

cell = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", '"', '""', ";", '";"', "\r", "25.11.2026", "9:00", "BI", "EAT",
                     "00.00.1990", "=HYPERLINK(\"http://x\")", "+49 30 1", "ü", "\ufeff"]),
)
line = st.lists(cell, min_size=0, max_size=10).map(lambda cells: ";".join(cells))


def _read_and_check(data: bytes):
    mapping = default_mapping()
    try:
        source = read_source(data, mapping)
    except ImportRejected as exc:
        assert exc.problems and all(str(p) for p in exc.problems)
        return None
    checked = check(source, REF, mapping)
    numbers = {r.line for r in checked.rejected} | {n for b in checked.bookings for n in b.lines}
    assert numbers == {raw.line for raw in source.lines}  # every line is accounted for
    for r in checked.rejected:
        assert r.reasons
    return checked


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_random_bytes(data):
    _read_and_check(data)


@settings(max_examples=300, deadline=None)
@given(st.lists(line, max_size=12), st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
def test_stray_quotes_delimiters_and_wrong_encodings(lines, encoding):
    text = "\n".join([HEADER, *lines])
    data = text.encode(encoding, errors="replace")
    _read_and_check(data)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=40).filter(lambda s: s.strip()
                                               and not any(c in s for c in "\r\n\x00\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")))
def test_a_quoted_name_survives_any_text(name):
    quoted = '"' + name.replace('"', '""') + '"'
    data = f"{HEADER}\nT1;25.11.2026;9:00;BI;EAT;{quoted};Eva;\n".encode()
    checked = _read_and_check(data)
    if checked.bookings:
        assert checked.bookings[0].people[0].family_name == name.strip()


async def _counts(db):
    async with db.read() as s:
        return tuple([await s.scalar(select(func.count()).select_from(m))
                      for m in (QueueEntry, Applicant, AuditEvent, ChangeLog)])


def test_whole_imports_never_half_write(sqlite_database_url):
    """Each generated file: either it is rejected whole and nothing changes, or exactly
    its valid bookings (and their people, audit and change rows) are added."""
    from desk_app.services.database import open_database

    good = st.builds(lambda ref, hh, name: f"F{ref};25.11.2026;{hh}:00;BI;EAT;{name};Eva;",
                     st.integers(0, 40), st.integers(6, 16),
                     st.text(min_size=1, max_size=8).filter(
                         lambda s: not any(c in s for c in ';"\r\n\x00\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029')))
    files = st.lists(st.one_of(good, line), max_size=15).map(lambda ls: "\n".join([HEADER, *ls]))

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(files, st.booleans())
    def run(text, strict):
        async def body():
            db = open_database(sqlite_database_url)
            try:
                desk = await desk_for(db, "admin")
                before = await _counts(db)
                try:
                    report = await desk.write(import_bookings, desk.ctx, text.encode(), strict=strict)
                except ImportRejected:
                    assert await _counts(db) == before
                    return
                after = await _counts(db)
                if not report.committed:
                    assert after == before and strict and report.rejected
                    return
                entries = len(report.new)
                assert after[0] - before[0] == entries
                if not report.updated:  # an update may add or drop people of a family
                    assert after[1] - before[1] == report.people
                assert after[2] - before[2] == entries + len(report.updated)
            finally:
                await db.dispose()
        asyncio.run(body())

    run()


async def test_forty_thousand_lines_with_bad_ones_and_formula_injection(db):
    rnd = random.Random(17)
    lines = [HEADER]
    bad = set(rnd.sample(range(40_000), 400))
    for i in range(40_000):
        hour = 8 + i % 4
        name = '"=HYPERLINK(""http://evil.example/' + str(i) + '"")"' if i % 1000 == 0 else f"Name{i}"
        date = "31.11.2026" if i in bad else "25.11.2026"
        lines.append(f"B{i:06d};{date};{hour}:{i % 60:02d};BI;EAT;{name};Vorname;00.00.1990")
    data = "\n".join(lines).encode()
    # 40,000 bookings in one morning fit no appointment book: BI has none here, so its
    # bookings take no slot (tests/intake/test_import_slots.py: those that do)
    bi = (await ids(db))["sp"]["BI"]
    async with db.write_session() as s, s.begin():
        await s.execute(delete(CapacityRule).where(
            CapacityRule.service_point_id == bi))
    desk = await desk_for(db, "admin")
    before = await _counts(db)
    strict = await desk.write(import_bookings, desk.ctx, data, strict=True)
    assert not strict.committed and len(strict.rejected) == 400
    assert await _counts(db) == before
    report = await desk.write(import_bookings, desk.ctx, data)
    assert report.committed and len(report.new) == 39_600 and len(report.rejected) == 400
    assert sorted(r.line - 2 for r in report.rejected) == sorted(bad)
    after = await _counts(db)
    assert after[0] - before[0] == 39_600 and after[1] - before[1] == 39_600
    async with db.read() as s:
        names = (await s.execute(select(Applicant.family_name).where(
            Applicant.family_name.like("=HYPERLINK%")))).scalars().all()
    assert len(names) == 40 - sum(1 for i in bad if i % 1000 == 0)
    assert all(n.startswith('=HYPERLINK("http://evil.example/') for n in names)
