"""Checking every line of a source against the reference data, all reasons at once.

A booking (one reference) is imported only whole: when one of its lines is wrong, every
line of it goes to the reject file, so that the family stays together for correction.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

from desk_app.domain import errors
from desk_app.domain.clock import local_to_utc
from desk_app.domain.import_values import parse_day, parse_time
from desk_app.domain.nationality import resolve_nationality
from desk_app.domain.opening_hours import OpeningHours
from desk_app.domain.partial_date import InvalidPartialDate, PartialDate

from ..applicant_input import ApplicantInput
from .mapping import LABELS, REQUIRED, Mapping, header_key, value_key
from .problems import ImportProblem
from .reading import RawLine, Source

MAX_REFERENCE = 32


@dataclass(frozen=True)
class ServicePointRef:
    id: int
    code: str
    name: str
    opening: OpeningHours | None


@dataclass(frozen=True)
class ReferenceData:
    service_points: dict[str, ServicePointRef]   # code key and name key → service point
    services: dict[str, int]                     # code key and name key → id

    def service_point(self, text: str, mapping: Mapping) -> ServicePointRef | None:
        mapped = mapping.value("service_point", text)
        for candidate in (mapped, text):
            if candidate:
                found = (self.service_points.get(header_key(candidate))
                         or self.service_points.get(value_key(candidate)))
                if found:
                    return found
        return None

    def service(self, text: str, mapping: Mapping) -> int | None:
        mapped = mapping.value("service", text)
        for candidate in (mapped, text):
            if candidate:
                found = self.services.get(header_key(candidate)) or self.services.get(
                    value_key(candidate))
                if found:
                    return found
        return None


@dataclass
class Booking:
    reference: str
    lines: list[int]
    scheduled_at: dt.datetime
    business_day: dt.date
    service_point_id: int
    service_id: int | None
    people: list[ApplicantInput] = field(default_factory=list)
    raw: list[RawLine] = field(default_factory=list)
    keys: dict[tuple, int] = field(default_factory=dict)   # person key → line


@dataclass(frozen=True)
class Rejected:
    line: int
    reference: str
    reasons: tuple[str, ...]
    raw: tuple[str, ...]


@dataclass
class Checked:
    bookings: list[Booking]
    rejected: list[Rejected]
    warnings: list[ImportProblem]


@functools.cache
def _language_codes() -> dict[str, str]:
    from babel import Locale

    codes: dict[str, str] = {}
    for loc in (Locale("de"), Locale("en")):
        for code, name in loc.languages.items():
            if "_" not in code and len(code) <= 8:
                codes.setdefault(value_key(name), code)
    return codes


def language_code(text: str, mapping: Mapping) -> str | None:
    mapped = mapping.value("language", text)
    if mapped:
        return mapped.lower()[:8]
    key = value_key(text)
    if 2 <= len(key) <= 3 and key.isalpha() and key.isascii():
        return key
    return _language_codes().get(key)


def _partial_or_text(text: str):
    try:
        return PartialDate.parse(text)
    except InvalidPartialDate:
        return text     # ApplicantInput.validated says what is wrong with it


def _person(fields: dict[str, str], languages: dict, births: dict, line: int,
            reasons: list[str], warnings: list[ImportProblem]) -> ApplicantInput | None:
    nationality_text = fields.get("nationality", "")
    nationality = resolve_nationality(nationality_text) if nationality_text else None
    if nationality_text and nationality is None:
        warnings.append(ImportProblem(line, f"Staatsangehörigkeit {nationality_text!r} nicht "
                                            f"erkannt; ohne Staatsangehörigkeit importiert."))
    language_text = fields.get("language", "")
    language = languages[language_text] if language_text else None
    if language_text and language is None:
        warnings.append(ImportProblem(line, f"Sprache {language_text!r} nicht erkannt; "
                                            f"ohne Sprache importiert."))
    person = ApplicantInput(
        # a missing family name is reported once, as a missing field
        family_name=fields.get("family_name") or "?", given_name=fields.get("given_name", ""),
        birth_date=births[fields["birth_date"]] if fields.get("birth_date") else None,
        nationality=nationality,
        file_number=fields.get("file_number") or None, email=fields.get("email") or None,
        phone=fields.get("phone") or None, preferred_language=language)
    try:
        return person.validated()
    except errors.ValidationFailed as exc:
        reasons.append(str(exc))
        return None


class _Memo(dict):
    """Exports repeat their dates, times, service points and services: each distinct
    text is parsed once per file."""

    def __init__(self, fn) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key):
        value = self[key] = self.fn(key)
        return value


def check(source: Source, ref: ReferenceData, mapping: Mapping) -> Checked:
    days, times = _Memo(parse_day), _Memo(parse_time)
    points = _Memo(lambda text: ref.service_point(text, mapping))
    services = _Memo(lambda text: ref.service(text, mapping))
    languages = _Memo(lambda text: language_code(text, mapping))
    births = _Memo(_partial_or_text)
    warnings: list[ImportProblem] = []
    by_ref: dict[str, Booking] = {}
    bad_refs: dict[str, list[tuple[RawLine, list[str]]]] = {}
    good_lines: dict[str, list[RawLine]] = {}
    loose: list[Rejected] = []   # bad lines without a reference
    for raw in source.lines:
        f = raw.fields
        reasons = list(raw.problems)
        if not f and reasons:
            loose.append(Rejected(raw.line, "", tuple(reasons), raw.raw))
            continue
        for name in REQUIRED:
            if not f.get(name):
                reasons.append(f"{LABELS[name]} fehlt.")
        reference = f.get("reference", "").strip().upper()
        if len(reference) > MAX_REFERENCE:
            reasons.append(f"Buchungsnummer ist zu lang (höchstens {MAX_REFERENCE} Zeichen).")
        day = time = None
        if f.get("date"):
            day = days[f["date"]]
            if day is None:
                reasons.append(f"Datum unmöglich oder nicht lesbar: {f['date']!r} "
                               f"(TT.MM.JJJJ oder JJJJ-MM-TT).")
        if f.get("time"):
            time = times[f["time"]]
            if time is None:
                reasons.append(f"Uhrzeit unmöglich oder nicht lesbar: {f['time']!r} (HH:MM).")
        sp = None
        if f.get("service_point"):
            sp = points[f["service_point"]]
            if sp is None:
                reasons.append(f"Dienststelle {f['service_point']!r} unbekannt.")
        service_id = None
        if f.get("service"):
            service_id = services[f["service"]]
            if service_id is None:
                reasons.append(f"Dienstleistung {f['service']!r} unbekannt.")
        if sp is not None and day is not None and time is not None and sp.opening is not None \
                and not sp.opening.is_open(day, time):
            reasons.append(f"Außerhalb der Öffnungszeiten von {sp.code} "
                           f"({day:%d.%m.%Y} {time:%H:%M}).")
        person = _person(f, languages, births, raw.line, reasons, warnings)
        if reasons or not reference:
            if reference:
                bad_refs.setdefault(reference, []).append((raw, reasons))
            else:
                loose.append(Rejected(raw.line, "", tuple(reasons), raw.raw))
            continue
        at = local_to_utc(day, time)
        booking = by_ref.get(reference)
        if booking is None:
            by_ref[reference] = Booking(reference, [raw.line], at, day, sp.id, service_id,
                                        [person], [raw], {_person_key(person): raw.line})
            good_lines[reference] = [raw]
            continue
        if (booking.scheduled_at, booking.service_point_id, booking.service_id) != (
                at, sp.id, service_id):
            bad_refs.setdefault(reference, []).append((raw, [
                f"Buchungsnummer {reference} doppelt: in Zeile {booking.lines[0]} mit anderer "
                f"Zeit, Dienststelle oder Dienstleistung."]))
            continue
        key = _person_key(person)
        same = booking.keys.get(key)
        if same is not None:
            bad_refs.setdefault(reference, []).append((raw, [
                f"Buchungsnummer {reference} doppelt: dieselbe Person wie in Zeile {same}."]))
            continue
        booking.keys[key] = raw.line
        booking.lines.append(raw.line)
        booking.people.append(person)
        booking.raw.append(raw)
    rejected = list(loose)
    for reference, bad in bad_refs.items():
        booking = by_ref.pop(reference, None)
        first_bad = bad[0][0].line
        if booking is not None:
            for raw in booking.raw:
                rejected.append(Rejected(raw.line, reference, (
                    f"Gehört zur Buchung {reference}, die in Zeile {first_bad} einen Fehler "
                    f"hat.",), raw.raw))
        for raw, reasons in bad:
            rejected.append(Rejected(raw.line, reference, tuple(reasons), raw.raw))
    rejected.sort(key=lambda r: r.line)
    return Checked(bookings=list(by_ref.values()), rejected=rejected, warnings=warnings)


def _person_key(p: ApplicantInput) -> tuple:
    return (p.family_name.casefold(), p.given_name.casefold(), p.birth_storage)
