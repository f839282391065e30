"""Issue 17: the booking import with real exports, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import func, select

from desk_app.domain.states import Action, State
from desk_app.models import Applicant, AuditEvent, ChangeLog, QueueEntry
from desk_app.services.booking_import import ImportRejected, import_bookings
from tests.support import at, desk_for

# an export as the office's booking system writes it: its own headers, full names,
# a quoted field with the delimiter and doubled quotes, adjectives, partial dates, 8:30
REAL = (
    "Buchungsnummer;Datum;Uhrzeit;Dienstleistungszentrum;Anliegen;Nachname;Vorname;"
    "Geburtsdatum;Staatsangehörigkeit;E-Mail;Telefon;Aktenzeichen;Sprache\n"
    "R1;25.11.2026;8:30;DLZ Bürgerdienste International;Ausgabe eAT;Yılmaz;Ayşe;"
    "00.00.1990;türkisch;ayse@example.org;0151 2345678;;Türkisch\n"
    "R1;25.11.2026;8:30;DLZ Bürgerdienste International;Ausgabe eAT;Yılmaz;Emir;"
    "03.04.2015;TUR;;;;tr\n"
    'R2;2026-11-25;09:15;  eu-angelegenheiten ;erteilung/verlängerung  aufenthaltstitel;'
    '"Müller; geb. ""Schmidt""";Anna;12.08.1985;Polen;anna@;+49 30 1234567;;\n'
    "R3;25.11.2026;10:00;VISA;EAT;Haddad;Omar;01.01.1980;syrisch;;;;ar\n"
)
HEADER = REAL.split("\n", 1)[0]


async def _count(db, model, *where) -> int:
    async with db.read() as s:
        return await s.scalar(select(func.count()).select_from(model).where(*where))


async def _people(db, reference):
    async with db.read() as s:
        entry = (await s.execute(select(QueueEntry).where(
            QueueEntry.booking_reference == reference))).scalar_one()
        rows = (await s.execute(select(Applicant).join_from(
            Applicant, QueueEntry.members.property.mapper.class_,
            Applicant.id == QueueEntry.members.property.mapper.class_.applicant_id)
            .where(QueueEntry.members.property.mapper.class_.entry_id == entry.id))).scalars().all()
        return entry, rows


async def test_a_real_export_is_read_as_it_is(db):
    desk = await desk_for(db, "info1")
    report = await desk.write(import_bookings, desk.ctx, REAL.encode("utf-8"))
    assert report.rejected == () and report.committed
    assert (report.new, report.people) == (("R1", "R2", "R3"), 4)
    entry, people = await _people(db, "R1")
    assert entry.scheduled_at == at(8, 30) and entry.state == State.BOOKED.value
    assert {(p.given_name, p.nationality, p.birth_date, p.preferred_language) for p in people} == {
        ("Ayşe", "TUR", "1990-00-00", "tr"), ("Emir", "TUR", "2015-04-03", "tr")}
    entry, people = await _people(db, "R2")
    assert [p.family_name for p in people] == ['Müller; geb. "Schmidt"']
    assert people[0].nationality == "POL" and entry.scheduled_at == at(9, 15)
    assert set(people[0].quality.split(",")) >= {"invalid_email"}
    _, people = await _people(db, "R3")
    assert people[0].nationality == "SYR"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
async def test_encoding_and_delimiter_come_from_the_header_line(db, encoding, delimiter):
    desk = await desk_for(db, "info1")
    rows = [["Buchungsnummer", "Datum", "Uhrzeit", "Dienststelle", "Familienname", "Vorname"],
            ["E1", "25.11.2026", "9:00", "BI", "Groß, Müller", "Jürgen"],
            ["E2", "25.11.2026", "9:30", "BI", 'O"Brien', "Zoë"]]
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    report = await desk.write(import_bookings, desk.ctx, out.getvalue().encode(encoding))
    assert report.rejected == () and report.new == ("E1", "E2")
    _, people = await _people(db, "E1")
    assert (people[0].family_name, people[0].given_name) == ("Groß, Müller", "Jürgen")
    _, people = await _people(db, "E2")
    assert (people[0].family_name, people[0].given_name) == ('O"Brien', "Zoë")


async def test_every_problem_of_every_line_in_one_run(db):
    desk = await desk_for(db, "info1")
    bad = REAL + (
        "R4;31.11.2026;25:00;XX;YY;;Max;;;;;;\n"                    # 5 reasons at once
        "R5;25.11.2026;14:00;BI;;Spät;Paul;;;;;;\n"                  # Wednesday afternoon: closed
        'R6;25.11.2026;9:00;BI;;"Quote"d;Eva;;;;;;\n'                # stray quote
        "R1;25.11.2026;9:45;BI;;Yılmaz;Can;;;;;;\n"                  # R1 again, other time
        ";25.11.2026;9:00;BI;;Ohne;Nummer;;;;;;\n"
        "R7;25.11.2026;9:00;BI;;Gut;Gerda;;;;;;\n"
    )
    before = await _count(db, QueueEntry)
    report = await desk.write(import_bookings, desk.ctx, bad.encode())
    by_line = {r.line: " ".join(r.reasons) for r in report.rejected}
    assert sorted(by_line) == [2, 3, 6, 7, 8, 9, 10]
    for reason in ("Datum unmöglich", "Uhrzeit unmöglich", "Dienststelle 'XX' unbekannt",
                   "Dienstleistung 'YY' unbekannt", "Familienname fehlt"):
        assert reason in by_line[6]
    assert "Außerhalb der Öffnungszeiten" in by_line[7]
    assert "Anführungszeichen" in by_line[8]
    assert "Buchungsnummer R1 doppelt" in by_line[9]
    assert "Gehört zur Buchung R1" in by_line[2] and "Gehört zur Buchung R1" in by_line[3]
    assert "Buchungsnummer fehlt" in by_line[10]
    # the valid bookings are in, the invalid ones are not, and the summary says so
    assert report.new == ("R2", "R3", "R7") and report.committed
    assert await _count(db, QueueEntry) == before + 3
    assert report.summary().startswith("3 neu, 0 geändert, 0 unverändert, 5 abgelehnt")
    # the reject file: the lines as they were, with every reason, readable as CSV again
    rejected = list(csv.reader(io.StringIO(report.reject_file().decode("utf-8-sig")),
                               delimiter=";"))
    assert rejected[0][-1] == "Fehler" and rejected[0][:-1] == HEADER.split(";")
    assert len(rejected) == 1 + 7
    assert rejected[1][0] == "R1" and rejected[1][-1].startswith("Zeile 2: ")


async def test_strict_imports_all_or_nothing_and_dry_run_writes_nothing(db):
    desk = await desk_for(db, "info1")
    bad = REAL + "R4;31.11.2026;9:00;BI;;X;Y;;;;;;\n"
    before = (await _count(db, QueueEntry), await _count(db, Applicant),
              await _count(db, AuditEvent), await _count(db, ChangeLog))
    strict = await desk.write(import_bookings, desk.ctx, bad.encode(), strict=True)
    assert not strict.committed and strict.new == ("R1", "R2", "R3") and len(strict.rejected) == 1
    dry = await desk.read(import_bookings, desk.ctx, REAL.encode(), dry_run=True)
    assert not dry.committed and dry.new == ("R1", "R2", "R3") and dry.rejected == ()
    after = (await _count(db, QueueEntry), await _count(db, Applicant),
             await _count(db, AuditEvent), await _count(db, ChangeLog))
    assert after == before


async def test_reimport_new_updated_unchanged_not_updated_and_missing(db):
    desk = await desk_for(db, "admin")
    await desk.write(import_bookings, desk.ctx, REAL.encode())
    again = await desk.write(import_bookings, desk.ctx, REAL.encode())
    assert (again.new, again.updated, again.missing) == ((), (), ())
    assert again.unchanged == ("R1", "R2", "R3")
    changes = await _count(db, ChangeLog)
    # R1 checked in meanwhile; R2 moves to 9:45; R3 is no longer in the export
    r1, _ = await _people(db, "R1")
    await desk.act(r1.id, Action.CHECK_IN)
    changed = (REAL.replace("8:30;DLZ", "8:45;DLZ").replace("09:15", "09:45")
               .replace("Anna;12.08.1985", "Anna;12.08.1986").split("\n"))
    changed = "\n".join(line for line in changed if not line.startswith("R3"))
    changed += "R8;25.11.2026;11:00;BI;;Neu;Nina;;;;;;\n"
    report = await desk.write(import_bookings, desk.ctx, changed.encode())
    assert report.new == ("R8",) and report.updated == ("R2",) and report.unchanged == ()
    assert [(n.reference, n.line, n.state) for n in report.not_updated] == [("R1", 2, "WAITING")]
    assert [(m.reference, m.time, m.service_point) for m in report.missing] == [("R3", "10:00", "VISA")]
    r2, people = await _people(db, "R2")
    assert r2.scheduled_at == at(9, 45) and r2.version == 2 and people[0].birth_date == "1986-08-12"
    r1, _ = await _people(db, "R1")
    assert r1.scheduled_at == at(8, 30) and r1.state == State.WAITING.value
    assert await _count(db, QueueEntry, QueueEntry.booking_reference == "R3") == 1
    # one change row per new and per updated entry, none for the rest
    assert await _count(db, ChangeLog) == changes + 1 + 1 + 1  # check-in, R8, R2
    # every change row numbered at commit, gapless, in every transaction (PostgreSQL:
    # the deferred trigger numbers a transaction's rows once, migration 0009)
    async with db.read() as s:
        ids = sorted((await s.execute(select(ChangeLog.id))).scalars())
    assert ids == list(range(ids[0], ids[0] + len(ids))) and ids[0] > 0


async def test_a_family_grows_and_shrinks_on_reimport(db):
    desk = await desk_for(db, "admin")
    base = HEADER + "\nF1;25.11.2026;9:00;BI;;Kaya;Ali;;;;;;\n"
    await desk.write(import_bookings, desk.ctx, base.encode())
    grown = base + "F1;25.11.2026;9:00;BI;;Kaya;Elif;;;;;;\n"
    report = await desk.write(import_bookings, desk.ctx, grown.encode())
    assert report.updated == ("F1",)
    _, people = await _people(db, "F1")
    assert sorted(p.given_name for p in people) == ["Ali", "Elif"]
    report = await desk.write(import_bookings, desk.ctx, base.encode())
    assert report.updated == ("F1",)
    _, people = await _people(db, "F1")
    assert [p.given_name for p in people] == ["Ali"]


async def test_a_mapping_file_names_other_headers_and_values(db):
    desk = await desk_for(db, "info1")
    mapping = """
[columns]
reference = ["Ticket"]
service_point = ["Ort"]
[values.service_point]
"Zentrale Ausländerbehörde, Raum 1" = "BI"
[options]
delimiter = "|"
"""
    text = ("Ticket|Datum|Uhrzeit|Ort|Nachname\n"
            "M1|25.11.2026|9:00|Zentrale Ausländerbehörde, Raum 1|Weber\n")
    report = await desk.write(import_bookings, desk.ctx, text.encode(), mapping=mapping)
    assert report.new == ("M1",) and report.rejected == ()
    with pytest.raises(ImportRejected, match="Spalten fehlen: Buchungsnummer, Dienststelle"):
        await desk.write(import_bookings, desk.ctx, text.replace("|", ";").encode())


async def test_an_ics_export(db):
    desk = await desk_for(db, "info1")
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Termine//DE\r\n"
        "BEGIN:VEVENT\r\nUID:C1@termine.example\r\nDTSTAMP:20261120T100000Z\r\n"
        "DTSTART:20261125T081500Z\r\nLOCATION:DLZ Bürgerdienste International\r\n"
        "SUMMARY:Ausgabe eAT\r\n"
        "ATTENDEE;CN=\"Nowak, Jan\":mailto:jan@example.org\r\n"
        "ATTENDEE;CN=Ola Nowak:mailto:ola@example.org\r\n"
        "DESCRIPTION:Geburtsdatum: 00.05.1979\\nStaatsangehörigkeit: polnisch\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:C2\r\nDTSTAMP:20261120T100000Z\r\n"
        "DTSTART;TZID=Europe/Berlin:20261125T180000\r\nLOCATION:BI\r\n"
        "ATTENDEE;CN=Spät\\, Susi:mailto:s@example.org\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n")
    report = await desk.write(import_bookings, desk.ctx, ics.encode(), filename="t.ics")
    assert report.new == ("C1",)
    assert [(r.line, r.reference) for r in report.rejected] == [(14, "C2")]
    assert "Außerhalb der Öffnungszeiten" in report.rejected[0].reasons[0]
    entry, people = await _people(db, "C1")
    assert entry.scheduled_at == at(9, 15)
    assert sorted((p.family_name, p.given_name, p.email) for p in people) == [
        ("Nowak", "Jan", "jan@example.org"), ("Nowak", "Ola", "ola@example.org")]
    jan = next(p for p in people if p.given_name == "Jan")
    assert (jan.birth_date, jan.nationality) == ("1979-05-00", "POL")


async def test_formula_injection_is_stored_literally_and_neutralised_in_the_reject_file(db):
    desk = await desk_for(db, "info1")
    text = (HEADER + "\n"
            'X1;25.11.2026;9:00;BI;;"=HYPERLINK(""http://evil.example"",""klick"")";@Max;;;;;;\n'
            'X2;31.11.2026;9:00;BI;;=1+1;-Eva;;;;+49 30 1234;;\n')
    report = await desk.write(import_bookings, desk.ctx, text.encode())
    _, people = await _people(db, "X1")
    assert people[0].family_name == '=HYPERLINK("http://evil.example","klick")'
    assert people[0].given_name == "@Max"
    reject_file = report.reject_file()
    rejected = list(csv.reader(io.StringIO(reject_file.decode("utf-8-sig")), delimiter=";"))
    assert rejected[1][5:7] == ["'=1+1", "'-Eva"] and rejected[1][10] == "'+49 30 1234"
    # corrected and imported again, the values are the booking system's, not the prefixed
    fixed = reject_file.decode("utf-8-sig").replace("31.11.2026", "25.11.2026")
    again = await desk.write(import_bookings, desk.ctx, fixed.encode())
    assert again.new == ("X2",) and again.rejected == ()
    _, people = await _people(db, "X2")
    assert (people[0].family_name, people[0].given_name, people[0].phone) == (
        "=1+1", "-Eva", "+49 30 1234")


async def test_a_check_in_during_the_import_is_reported_not_overwritten(db, monkeypatch):
    """The import read R2 as BOOKED; a clerk checked it in before the update: PostgreSQL
    locks and re-reads the bookings to update (SQLite's write transaction excludes it)."""
    from desk_app.services.booking_import import importing

    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite serialises the import against every other writer")
    desk = await desk_for(db, "admin")
    await desk.write(import_bookings, desk.ctx, REAL.encode())
    r2, _ = await _people(db, "R2")
    real_stored = importing._stored

    async def stale(session, references):
        found = await real_stored(session, references)
        await desk.act(r2.id, Action.CHECK_IN)    # another workstation, committed
        return found

    monkeypatch.setattr(importing, "_stored", stale)
    report = await desk.write(import_bookings, desk.ctx, REAL.replace("09:15", "09:45").encode())
    assert report.updated == () and [(n.reference, n.state) for n in report.not_updated] == [
        ("R2", "WAITING")]
    r2, _ = await _people(db, "R2")
    assert r2.scheduled_at == at(9, 15) and r2.state == State.WAITING.value
