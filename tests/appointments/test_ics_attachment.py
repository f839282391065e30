"""The .ics as an e-mail attachment (issue 20 sends it): bytes and a file name, Qt-free,
the same file that is saved beside the printed confirmation."""

from __future__ import annotations

import datetime as dt
import email
from email.message import EmailMessage

from icalendar import Calendar

from desk_app.printing import AppointmentConfirmationData
from desk_app.printing.ics import ics_attachment


def data(reference: str = "TABC1234") -> AppointmentConfirmationData:
    return AppointmentConfirmationData(
        family_name="Yılmaz", given_name="Ayşe",
        appointment_at=dt.datetime(2026, 12, 1, 7, 20, tzinfo=dt.timezone.utc),
        service="Ausgabe eAT", service_point="DLZ Bürgerdienste International",
        address="Ludwigstraße 3", booking_reference=reference, what_to_bring=(),
        office_name="Ausländerbehörde", persons=1, language="tr")


def test_the_attachment_goes_into_an_email_and_back():
    a = ics_attachment(data(), minutes=15)
    assert isinstance(a.content, bytes) and a.filename == "termin-TABC1234.ics"
    msg = EmailMessage()
    msg["Subject"] = "Terminbestätigung"
    msg.set_content("Ihr Termin")
    maintype, subtype = a.mime_type.split("/")
    msg.add_attachment(a.content, maintype=maintype, subtype=subtype, filename=a.filename,
                       params=dict(a.params))
    parsed = email.message_from_bytes(msg.as_bytes())
    (part,) = [p for p in parsed.walk() if p.get_filename()]
    assert part.get_content_type() == "text/calendar"
    assert part.get_param("method") == "PUBLISH"
    (event,) = Calendar.from_ical(part.get_payload(decode=True)).walk("VEVENT")
    assert event.decoded("dtstart") == dt.datetime(2026, 12, 1, 7, 20, tzinfo=dt.timezone.utc)
    assert event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(minutes=15)


def test_the_file_name_is_safe_for_any_reference():
    assert ics_attachment(data("T/../ü?X")).filename == "termin-TX.ics"
    assert ics_attachment(data("")).filename == "termin-termin.ics"
