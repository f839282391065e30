"""The data of the documents printed for an entry: the wait ticket and the appointment
confirmation (desk_app.printing renders them). Where they go, a printer or a PDF file,
is document_output's business.
"""

from __future__ import annotations

import datetime as dt

from .views import EntryView


def ticket_data(entry: EntryView, *, waiting_ahead: int, issued_at: dt.datetime,
                office_name: str = "", estimated_wait_minutes: int | None = None):
    from desk_app.printing import WaitTicketData

    language = entry.members[0].preferred_language if entry.members else None
    return WaitTicketData(ticket_number=entry.ticket or "", service_point=entry.service_point_name,
                          issued_at=issued_at, waiting_ahead=waiting_ahead,
                          estimated_wait_minutes=estimated_wait_minutes,
                          office_name=office_name, language=language)


def appointment_confirmation_data(entry: EntryView, service, service_point, *,
                                  office_name: str = ""):
    """The Terminbestätigung of a booked entry, in the first member's language.

    ``service``/``service_point``: the ServiceView and ServicePointView of the entry
    (None when unknown: the entry's names are used, without address or checklist)."""
    from desk_app.printing import AppointmentConfirmationData

    first = entry.members[0]
    return AppointmentConfirmationData(
        family_name=first.family_name, given_name=first.given_name,
        appointment_at=entry.scheduled_at,
        service=(service.name if service else entry.service_name) or "",
        service_point=entry.service_point_name,
        address=service_point.address if service_point else "",
        booking_reference=entry.booking_reference or "",
        what_to_bring=tuple(service.what_to_bring) if service else (),
        office_name=office_name, persons=len(entry.members),
        language=first.preferred_language)
