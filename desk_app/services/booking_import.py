"""Importing booked appointments from the booking system's CSV export.

The whole file is read and checked first; if any line is wrong, nothing is imported and
every problem is reported with its line number. A file imported twice imports nothing
the second time (the booking reference identifies an appointment). All bookings of one
file go in in one transaction.

Columns (German headers; English aliases accepted), one line per person; lines with the
same Buchungsnummer form one entry (a family):

    Buchungsnummer;Datum;Uhrzeit;Dienststelle;Dienstleistung;Familienname;Vorname;
    Geburtsdatum;Staatsangehörigkeit;Aktenzeichen;E-Mail;Telefon;Sprache
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.domain.clock import local_to_utc
from desk_app.domain.roles import Permission
from desk_app.domain.states import EntryKind
from desk_app.domain.transitions import require
from desk_app.models import QueueEntry, Service, ServicePoint

from .applicant_input import ApplicantInput
from .changes import Change, record_changes
from .context import Context
from .registration import insert_entry

COLUMNS = {
    "reference": ("buchungsnummer", "booking_reference", "reference"),
    "date": ("datum", "date"),
    "time": ("uhrzeit", "zeit", "time"),
    "service_point": ("dienststelle", "service_point"),
    "service": ("dienstleistung", "service"),
    "family_name": ("familienname", "nachname", "family_name"),
    "given_name": ("vorname", "vornamen", "given_name"),
    "birth_date": ("geburtsdatum", "birth_date"),
    "nationality": ("staatsangehörigkeit", "staatsangehoerigkeit", "nationality"),
    "file_number": ("aktenzeichen", "file_number"),
    "email": ("e-mail", "email"),
    "phone": ("telefon", "phone"),
    "language": ("sprache", "language"),
}
REQUIRED = ("reference", "date", "time", "service_point", "family_name")
MAX_BYTES = 20_000_000


@dataclass
class ImportProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"Zeile {self.line}: {self.message}" if self.line else self.message


class ImportRejected(errors.DomainError):
    code = "import_rejected"
    template = "Die Datei wurde nicht importiert: {count} Fehler."

    def __init__(self, problems: list[ImportProblem]) -> None:
        super().__init__(count=len(problems))
        self.problems = problems

    def __str__(self) -> str:
        shown = "\n".join(f"  {p}" for p in self.problems[:50])
        more = f"\n  … und {len(self.problems) - 50} weitere" if len(self.problems) > 50 else ""
        return f"{super().__str__()}\n{shown}{more}"


@dataclass
class _Booking:
    reference: str
    line: int
    scheduled_at: dt.datetime
    service_point_code: str
    service_code: str | None
    people: list[ApplicantInput] = field(default_factory=list)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    people: int
    already_present: tuple[str, ...]


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM); Windows-1252 as the booking tools' other export."""
    if len(data) > MAX_BYTES:
        raise ImportRejected([ImportProblem(0, "Die Datei ist zu groß (über 20 MB).")])
    if b"\x00" in data:
        raise ImportRejected([ImportProblem(0, "Das ist keine Textdatei (CSV).")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="strict") if _cp1252_ok(data) else _undecodable()


def _cp1252_ok(data: bytes) -> bool:
    try:
        data.decode("cp1252")
        return True
    except UnicodeDecodeError:
        return False


def _undecodable() -> str:
    raise ImportRejected([ImportProblem(0, "Zeichenkodierung unbekannt (erwartet UTF-8).")])


def parse(text: str) -> list[_Booking]:
    """Reads and checks the whole file; raises ImportRejected listing every problem."""
    problems: list[ImportProblem] = []
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
        dialect.delimiter = ";"
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportRejected([ImportProblem(0, "Die Datei ist leer.")]) from None
    index: dict[str, int] = {}
    normalised = [h.strip().lower() for h in header]
    for key, names in COLUMNS.items():
        for i, h in enumerate(normalised):
            if h in names:
                index[key] = i
    missing = [COLUMNS[k][0].capitalize() for k in REQUIRED if k not in index]
    if missing:
        raise ImportRejected([ImportProblem(1, "Spalten fehlen: " + ", ".join(missing))])
    bookings: dict[str, _Booking] = {}
    for line_no, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header):
            row = row + [""] * (len(header) - len(row))

        def cell(key: str) -> str:
            return row[index[key]].strip() if key in index else ""

        ref = cell("reference").upper()
        if not ref:
            problems.append(ImportProblem(line_no, "Buchungsnummer fehlt."))
            continue
        try:
            day = dt.datetime.strptime(cell("date"), "%d.%m.%Y").date() if "." in cell("date") \
                else dt.date.fromisoformat(cell("date"))
        except ValueError:
            problems.append(ImportProblem(line_no, f"Datum nicht lesbar: {cell('date')!r} (TT.MM.JJJJ)."))
            continue
        try:
            time = dt.time.fromisoformat(cell("time").zfill(5))
        except ValueError:
            problems.append(ImportProblem(line_no, f"Uhrzeit nicht lesbar: {cell('time')!r} (HH:MM)."))
            continue
        person = ApplicantInput(
            family_name=cell("family_name"), given_name=cell("given_name"),
            birth_date=cell("birth_date") or None, nationality=cell("nationality") or None,
            file_number=cell("file_number") or None, email=cell("email") or None,
            phone=cell("phone") or None, preferred_language=cell("language") or None)
        try:
            person = person.validated()
        except errors.DomainError as exc:
            problems.append(ImportProblem(line_no, str(exc)))
            continue
        at = local_to_utc(day, time)
        booking = bookings.get(ref)
        if booking is None:
            booking = bookings[ref] = _Booking(
                reference=ref, line=line_no, scheduled_at=at,
                service_point_code=cell("service_point").upper(),
                service_code=cell("service").upper() or None)
        elif (booking.scheduled_at, booking.service_point_code) != (at, cell("service_point").upper()):
            problems.append(ImportProblem(
                line_no, f"Buchung {ref} hat hier eine andere Zeit oder Dienststelle als in Zeile {booking.line}."))
            continue
        booking.people.append(person)
    if problems:
        raise ImportRejected(problems)
    return list(bookings.values())


async def import_bookings(session: AsyncSession, ctx: Context, data: bytes) -> ImportResult:
    require(ctx.policy, ctx.actor, Permission.BOOK)
    bookings = parse(decode(data))
    async with session.begin():
        sps = {code: sp_id for sp_id, code in (await session.execute(
            select(ServicePoint.id, ServicePoint.code))).all()}
        services = {code: sid for sid, code in (await session.execute(
            select(Service.id, Service.code))).all()}
        problems = []
        for b in bookings:
            if b.service_point_code not in sps:
                problems.append(ImportProblem(b.line, f"Dienststelle {b.service_point_code!r} unbekannt."))
            if b.service_code and b.service_code not in services:
                problems.append(ImportProblem(b.line, f"Dienstleistung {b.service_code!r} unbekannt."))
        if problems:
            raise ImportRejected(problems)
        present = set((await session.execute(select(QueueEntry.booking_reference).where(
            QueueEntry.booking_reference.in_([b.reference for b in bookings])))).scalars())
        now = ctx.now()
        changes = []
        people = 0
        for b in bookings:
            if b.reference in present:
                continue
            entry = await insert_entry(
                session, ctx, now, kind=EntryKind.APPOINTMENT,
                service_point_id=sps[b.service_point_code],
                service_id=services.get(b.service_code) if b.service_code else None,
                applicants=b.people, scheduled_at=b.scheduled_at, booking_reference=b.reference,
                notes="", op="import")
            people += len(b.people)
            changes.append(Change("entry", entry.id, "import", entry.service_point_id,
                                  entry.business_day))
        await session.flush()
        await record_changes(session, changes, now)
        return ImportResult(imported=len(changes), people=people,
                            already_present=tuple(sorted(present)))
