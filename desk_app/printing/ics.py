"""The appointment as an iCalendar file (.ics, RFC 5545) beside every confirmation, so the
applicant's phone keeps the date. Made with the icalendar library; Qt-free."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from desk_app.domain.clock import ensure_utc

from .data import AppointmentConfirmationData

__all__ = ["IcsAttachment", "appointment_ics", "ics_attachment", "ics_file_name"]

#: the MIME type of an .ics attachment in an e-mail (RFC 5545, section 8.1)
ICS_MIME_TYPE = "text/calendar"


class IcsAttachment(NamedTuple):
    """What an e-mail needs to attach a confirmation's .ics (issue 20 sends it):
    ``content`` bytes, a safe ``filename`` and the ``mime_type``/``params`` for the
    attachment's Content-Type (``text/calendar; method=PUBLISH; charset=UTF-8``)."""

    content: bytes
    filename: str
    mime_type: str = ICS_MIME_TYPE
    params: tuple[tuple[str, str], ...] = (("method", "PUBLISH"), ("charset", "UTF-8"))


def ics_attachment(data: AppointmentConfirmationData, *, minutes: int = 20,
                   now: dt.datetime | None = None) -> IcsAttachment:
    """The confirmation's .ics as bytes with its file name, Qt-free: the same file is
    saved beside the printed confirmation (ui/booking/confirmation.save_ics) and can be
    attached to an e-mail, e.g. ``msg.add_attachment(a.content, maintype="text",
    subtype="calendar", filename=a.filename, params=dict(a.params))``."""
    return IcsAttachment(appointment_ics(data, minutes=minutes, now=now), ics_file_name(data))


def appointment_ics(data: AppointmentConfirmationData, *, minutes: int = 20,
                    now: dt.datetime | None = None, domain: str = "desk-app.invalid") -> bytes:
    """One VEVENT in UTC: summary "Termin: <service>", the service point and address as
    location, the booking reference in the description and as the UID (stable, so a
    rescheduled appointment's new file replaces the old entry in a calendar app; the
    SEQUENCE grows with each new file)."""
    from icalendar import Calendar, Event

    start = ensure_utc(data.appointment_at)
    cal = Calendar()
    cal.add("prodid", "-//desk_app//Terminbestaetigung//DE")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"{data.booking_reference}@{domain}")
    event.add("dtstamp", ensure_utc(now or dt.datetime.now(dt.timezone.utc)))
    event.add("sequence", int((now or dt.datetime.now(dt.timezone.utc)).timestamp()) // 60)
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=max(5, minutes)))
    event.add("summary", f"Termin: {data.service}" if data.service else "Termin")
    location = ", ".join(x for x in (data.service_point, (data.address or "").replace("\n", ", ")) if x)
    event.add("location", location)
    lines = [f"Buchungsnummer: {data.booking_reference}"]
    if data.office_name:
        lines.insert(0, data.office_name)
    items = [str(i).strip() for i in data.what_to_bring if str(i).strip()]
    if items:
        lines.append("Bitte mitbringen: " + "; ".join(items))
    event.add("description", "\n".join(lines))
    cal.add_component(event)
    return cal.to_ical()


def ics_file_name(data: AppointmentConfirmationData) -> str:
    safe = "".join(ch for ch in data.booking_reference
                   if ch.isascii() and ch.isalnum()) or "termin"
    return f"termin-{safe}.ics"
