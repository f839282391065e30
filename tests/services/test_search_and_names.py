"""Search (accent- and case-insensitive, restricted service points), names of any length
and script stored and found exactly, and invalid input refused with nothing stored."""

from __future__ import annotations

import unicodedata

import pytest

from desk_app.domain import errors
from desk_app.models import Applicant, AuditEvent, QueueEntry
from desk_app.services.applicant_input import ApplicantInput
from tests.services.helpers import count, office
from tests.support import DAY, at, desk_for, person


async def test_search_by_name_file_number_ticket_and_reference(db):
    o = await office(db, now=at(8))
    mueller = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(9),
                                     applicants=[person("Mueller", "Hans", file_number="AZ-77/2026")])
    celik = await o.reception.book(service_point_id=o.sp["EU"], scheduled_at=at(9),
                                   applicants=[person("Çelik", "Ayşe")], booking_reference="TKX4711")
    walk_in = await o.reception.register_walk_in(service_point_id=o.sp["VISA"],
                                                 applicants=[person("Иванов", "Пётр")])
    await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(9),
                           applicants=[person("Schmidt", "Anna")])

    async def found(query):
        return [e.id for e in await o.clerk.search(query, own_service_point_id=o.sp["BI"])]

    for query in ("Müller", "MÜLLER", "mueller", "Mueller", "müll", "  Müller  ", "Mueller Hans"):
        assert await found(query) == [mueller.id], query
    for query in ("Celik", "çelik", "ÇELIK", "celik ayse"):
        assert await found(query) == [celik.id], query
    assert await found("иванов") == [walk_in.id]
    assert await found("AZ-77/2026") == [mueller.id]
    assert await found("az-77") == [mueller.id]
    assert await found("V-001") == [walk_in.id]
    assert await found("v1") == [walk_in.id]
    assert await found("tkx4711") == [celik.id]
    assert await found(mueller.booking_reference) == [mueller.id]
    assert await found("Meier") == []
    assert await found("") == [] and await found("   ") == []
    assert await found("%") == [] and await found("_") == []  # LIKE wildcards are text
    assert [e.id for e in await o.clerk.search("Müller", day=DAY)] == [mueller.id]
    assert await o.clerk.search("Müller", day=DAY.replace(day=26)) == []


async def test_restricted_service_points_are_not_found_from_elsewhere(db):
    o = await office(db, now=at(8))
    asyl = await o.reception.book(service_point_id=o.sp["ASYL"], scheduled_at=at(9),
                                  applicants=[person("Geheim", "Rahel", file_number="ASY-1")])
    asyl_clerk = await desk_for(db, "sbasyl1", counter="Schalter A1", clock=o.clock)
    for query in ("Geheim", "ASY-1", asyl.booking_reference):
        assert await o.clerk.search(query, own_service_point_id=o.sp["BI"]) == []
        assert await o.clerk.search(query) == []
        assert await o.reception.search(query) == []
        assert [e.id for e in await asyl_clerk.search(query, own_service_point_id=o.sp["ASYL"])] == [asyl.id]
    # another restricted service point does not see it either
    ab_clerk = await desk_for(db, "sbab1", counter="Schalter B1", clock=o.clock)
    assert await ab_clerk.search("Geheim", own_service_point_id=o.sp["AB"]) == []
    assert [e.id for e in await o.admin.search("Geheim")] == [asyl.id]


NAMES = [
    ("A" * 150 + "ä" * 150, "B" * 300),
    ("الحسيني", "محمد علي"),
    (unicodedata.normalize("NFD", "Nguyễn Thị"), unicodedata.normalize("NFD", "Minh Khai")),
    ("Nguyễn", "Thị Minh Khai"),
    ("Smile 😀👨‍👩‍👧", "Family 🇩🇪"),
    ("<b>Ali & Co</b>", "<script>alert('x')</script>"),
    ("O'Brien", "D’Angelo"),
    ("Sukarno", ""),
    ("Ма-Ли́н", "Ёжик"),
    ("  Leerzeichen  ", " am Rand "),
    ("Tab\tName", "x"),
    ("김", "민준"),
]


async def test_names_are_stored_and_found_exactly(db):
    o = await office(db, now=at(8))
    booked = []
    for family, given in NAMES:
        e = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(9),
                                   applicants=[ApplicantInput(family_name=family, given_name=given)])
        booked.append((e.id, family, given))
    for entry_id, family, given in booked:
        stored = (await o.clerk.entry(entry_id)).members[0]
        assert (stored.family_name, stored.given_name) == (family, given)
        async with db.read() as s:
            row = await s.get(Applicant, stored.applicant_id)
            assert (row.family_name, row.given_name) == (family, given)
        for query in (family, family.upper(), unicodedata.normalize("NFC", family),
                      unicodedata.normalize("NFD", family)):
            hits = {h.id: h for h in await o.clerk.search(query, own_service_point_id=o.sp["BI"])}
            assert entry_id in hits, query
            assert hits[entry_id].members[0].family_name == family
            if "Nguy" not in family:  # the NFC and NFD Nguyễn find each other
                assert list(hits) == [entry_id], query


BAD = [
    (ApplicantInput(family_name="Mül\x00ler"), "Familienname enthält Steuerzeichen"),
    (ApplicantInput(family_name="Müller", given_name="Hans\x00"), "Vorname enthält Steuerzeichen"),
    (ApplicantInput(family_name="Zeilen\numbruch"), "Familienname enthält Steuerzeichen"),
    (ApplicantInput(family_name=""), "Der Familienname fehlt."),
    (ApplicantInput(family_name="   "), "Der Familienname fehlt."),
    (ApplicantInput(family_name="X" * 10_001), "Familienname ist zu lang."),
    (ApplicantInput(family_name="Müller", birth_date="31.02.1990"), "Geburtsdatum nicht lesbar"),
    (ApplicantInput(family_name="Müller", birth_date="gestern"), "Geburtsdatum nicht lesbar"),
    (ApplicantInput(family_name="Müller", nationality="Deutsch"), "Staatsangehörigkeit als dreistelliger Code"),
    (ApplicantInput(family_name="Müller", nationality="D1"), "Staatsangehörigkeit als dreistelliger Code"),
    (ApplicantInput(family_name="Müller", file_number="AZ\x00"), "Aktenzeichen"),
    (ApplicantInput(family_name="Müller", file_number="A" * 65), "Aktenzeichen"),
    (ApplicantInput(family_name="Müller", email="a@b.de\x00"), "E-Mail"),
    (ApplicantInput(family_name="Müller", phone="0" * 65), "Telefon"),
    (ApplicantInput(family_name="Müller", preferred_language="deutsch-sprache"), "Sprache"),
]


async def test_invalid_input_is_refused_and_nothing_stored(db):
    o = await office(db, now=at(8))
    before = [await count(db, m) for m in (Applicant, QueueEntry, AuditEvent)]
    for bad, message in BAD:
        with pytest.raises(errors.ValidationFailed) as info:
            # a valid person first: the whole family is refused together
            await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                               applicants=[person("Gültig"), bad])
        assert message in str(info.value), (bad, str(info.value))
        with pytest.raises(errors.ValidationFailed):
            await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(9),
                                   applicants=[bad])
    assert [await count(db, m) for m in (Applicant, QueueEntry, AuditEvent)] == before
    nxt = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person()])
    assert nxt.ticket == "I-001"  # no ticket number was used up


async def test_search_with_a_nul_character_does_not_fail(db):
    o = await office(db, now=at(8))
    e = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(9),
                               applicants=[person("Müller")])
    assert [h.id for h in await o.clerk.search("Mül\x00ler")] == [e.id]
    assert await o.clerk.search("\x00") == []
