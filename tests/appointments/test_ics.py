"""The .ics beside every confirmation: parsed back with icalendar."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from desk_app.printing import AppointmentConfirmationData
from desk_app.printing.ics import appointment_ics, ics_file_name


def test_the_ics_file_holds_the_appointment_in_utc():
    at = dt.datetime(2026, 12, 1, 7, 20, tzinfo=dt.timezone.utc)
    data = AppointmentConfirmationData(
        family_name="Yılmaz", given_name="Ayşe", appointment_at=at, service="Ausgabe eAT",
        service_point="DLZ Bürgerdienste International", address="Ludwigstraße 3\nErdgeschoss",
        booking_reference="TABC1234", what_to_bring=("Gültiger Reisepass", "PIN-Brief"),
        office_name="Ausländerbehörde", persons=2, language="tr")
    cal = Calendar.from_ical(appointment_ics(data, minutes=10))
    (event,) = cal.walk("VEVENT")
    assert event.decoded("dtstart") == at
    assert event.decoded("dtend") == at + dt.timedelta(minutes=10)
    assert str(event["summary"]) == "Termin: Ausgabe eAT"
    assert str(event["location"]) == "DLZ Bürgerdienste International, Ludwigstraße 3, Erdgeschoss"
    assert "TABC1234" in str(event["description"]) and "PIN-Brief" in str(event["description"])
    assert str(event["uid"]).startswith("TABC1234@")
    # no personal data in the calendar entry: the phone's calendar may sync it anywhere
    assert "Yılmaz" not in appointment_ics(data).decode()
    assert ics_file_name(data) == "termin-TABC1234.ics"
