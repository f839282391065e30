"""iCalendar (.ics) exports: one VEVENT per booking.

- DTSTART: date and time (a time with a zone is converted to Berlin time);
- X-BOOKING-REFERENCE, else UID (the part before "@"): the booking reference;
- LOCATION: the service point; SUMMARY (or CATEGORIES): the service;
- ATTENDEE with CN="Nachname, Vorname" (or "Vorname Nachname"): one person each, with
  the attendee's e-mail address;
- DESCRIPTION lines "Header: value" (the same headers as a CSV, e.g. "Geburtsdatum:
  00.00.1990") fill the other fields; with several attendees they apply to the first.
The line number of a booking is the line of its BEGIN:VEVENT.
"""

from __future__ import annotations

import datetime as dt

from desk_app.domain.clock import BERLIN

from .mapping import Mapping, header_key
from .problems import ImportProblem, ImportRejected
from .reading import RawLine, Source, check_size, detect_encoding, empty_fields

HEADER = ("Buchungsnummer", "Datum", "Uhrzeit", "Dienststelle", "Dienstleistung",
          "Familienname", "Vorname", "Geburtsdatum", "Staatsangehörigkeit", "E-Mail",
          "Telefon", "Aktenzeichen", "Sprache")
_ORDER = ("reference", "date", "time", "service_point", "service", "family_name",
          "given_name", "birth_date", "nationality", "email", "phone", "file_number",
          "language")


def looks_like_ics(data: bytes, filename: str = "") -> bool:
    return filename.lower().endswith(".ics") or data.lstrip(b"\xef\xbb\xbf \r\n\t")[:15].upper() \
        .startswith(b"BEGIN:VCALENDAR")


def read_ics(data: bytes, mapping: Mapping) -> Source:
    import icalendar

    check_size(data)
    encoding = detect_encoding(data, mapping.encoding)
    text = data.decode(encoding, errors="replace")
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception as exc:  # icalendar raises ValueError and others on broken input
        raise ImportRejected([ImportProblem(0, f"Die Kalenderdatei ist nicht lesbar "
                                               f"({type(exc).__name__}).")]) from None
    starts = [i + 1 for i, line in enumerate(text.splitlines())
              if line.strip().upper() == "BEGIN:VEVENT"]
    lines: list[RawLine] = []
    for n, event in enumerate(calendar.walk("VEVENT")):
        number = starts[n] if n < len(starts) else 0
        try:
            lines.extend(_event_lines(event, number, mapping))
        except Exception as exc:  # a malformed property of this event only
            lines.append(RawLine(number, {}, (f"VEVENT {n + 1}",),
                                 (f"Termin nicht lesbar ({type(exc).__name__}).",)))
    return Source(header=HEADER, delimiter=";", encoding=encoding, lines=lines)


def _text(value) -> str:
    return str(value).strip() if value is not None else ""


def _event_lines(event, number: int, mapping: Mapping) -> list[RawLine]:
    base = empty_fields()
    problems: list[str] = []
    start = event.get("DTSTART")
    if start is None:
        problems.append("DTSTART (Beginn) fehlt.")
    else:
        value = start.dt
        if isinstance(value, dt.datetime):
            if value.tzinfo is not None:
                value = value.astimezone(BERLIN)
            base["date"] = value.date().isoformat()
            base["time"] = value.strftime("%H:%M")
        else:
            base["date"] = value.isoformat()
    reference = _text(event.get("X-BOOKING-REFERENCE")) or _text(event.get("UID")).split("@")[0]
    base["reference"] = reference
    base["service_point"] = _text(event.get("LOCATION"))
    service = _text(event.get("SUMMARY"))
    if not service and event.get("CATEGORIES") is not None:
        cats = event.get("CATEGORIES")
        cats = cats[0] if isinstance(cats, list) else cats
        service = ",".join(str(c) for c in getattr(cats, "cats", [])) or _text(cats)
    base["service"] = service
    for raw in _text(event.get("DESCRIPTION")).splitlines():
        key, sep, value = raw.partition(":")
        if sep:
            name = mapping.header_index.get(header_key(key))
            if name is not None and name not in ("reference", "date", "time"):
                base[name] = value.strip()
    attendees = event.get("ATTENDEE")
    if attendees is None:
        attendees = []
    elif not isinstance(attendees, list):
        attendees = [attendees]
    people = []
    for i, att in enumerate(attendees):
        person = dict(base) if i == 0 else {**{k: base[k] for k in (
            "reference", "date", "time", "service_point", "service")}}
        person.setdefault("given_name", "")
        cn = _text(att.params.get("CN")) if hasattr(att, "params") else ""
        if "," in cn:
            family, _, given = cn.partition(",")
        else:
            given, _, family = cn.rpartition(" ")
        person["family_name"] = family.strip() or person.get("family_name", "")
        person["given_name"] = given.strip() or person.get("given_name", "")
        address = _text(att)
        if address.lower().startswith("mailto:") and len(address) > 7:
            person["email"] = address[7:]
        people.append({**empty_fields(), **person})
    if not people:
        people.append(base)
    return [RawLine(number, p, tuple(p.get(k, "") for k in _ORDER), tuple(problems))
            for p in people]
