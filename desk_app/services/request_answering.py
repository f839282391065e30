"""Answering a request with a slot (issue 20, Must 5): the next free slot of the routed
service point through the appointment book, the booking, and the confirmation e-mail
(German + the applicant's language) with the PDF Terminbestätigung and the .ics."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.domain.clock import to_local
from desk_app.domain.mail_requests import Concern
from desk_app.domain.roles import Permission

from . import mail_transport as mt
from .appointment_book import AppointmentBook
from .applicant_input import ApplicantInput
from .mail_polling import PollReport, account_from_settings, poll_once
from .mail_requests import RequestDesk, RequestRow
from .mail_transport import MailAccount

#: the mailbox's account and poll the running app uses beside the worklist, so that ui/
#: needs this facade only
__all__ = ["MailAccount", "PollReport", "RequestAnswering", "SlotOffer", "Worklist",
           "account_from_settings", "poll_once", "when_text"]

# the service a concern is booked as (the seeded services' codes)
SERVICE_OF = {
    Concern.EXTENSION: "AT", Concern.FIRST_PERMIT: "AT", Concern.EAT_PICKUP: "EAT",
    Concern.TRAVEL_DOC: "RA", Concern.DECLARATION: "VE", Concern.WORK_PERMIT: "BE",
    Concern.TOLERATION: "DU", Concern.ENTRY: "EV", Concern.EU: "AT",
}

_WEEKDAYS = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")


def when_text(at: dt.datetime) -> str:
    local = to_local(at)
    return f"{_WEEKDAYS[local.weekday()]} {local:%d.%m.%Y, %H:%M} Uhr"


@dataclass(frozen=True)
class SlotOffer:
    service_point_id: int
    service_id: int | None
    starts_at: dt.datetime
    service_point_name: str
    address: str


class RequestAnswering:
    def __init__(self, requests: RequestDesk, book: AppointmentBook, account: mt.MailAccount,
                 *, password: str | None = None, office_name: str = "") -> None:
        self.requests = requests
        self.book = book
        self.account = account
        self.password = password
        self.office_name = office_name

    async def next_slot(self, request: RequestRow) -> SlotOffer | None:
        self.requests.require(Permission.BOOK)
        points = {sp.code: sp for sp in await self.book.desk.service_points()}
        sp = points.get(request.service_point)
        if sp is None:
            return None
        services = {s.code: s for s in await self.book.desk.services()}
        service = services.get(SERVICE_OF.get(Concern(request.concern), ""))
        free = await self.book.next_free(service_point_id=sp.id,
                                         service_id=service.id if service else None, count=1)
        if not free.slots:
            return None
        return SlotOffer(sp.id, free.service_id, free.slots[0].starts_at, sp.name, sp.address)

    async def answer_with_slot(self, request: RequestRow, offer: SlotOffer) -> RequestRow:
        from desk_app.printing import AppointmentConfirmationData, render_appointment_confirmation
        from desk_app.printing.ics import ics_attachment

        self.requests.require(Permission.BOOK)   # before anything is booked or sent
        applicant = ApplicantInput(
            family_name=request.family_name or request.email, given_name=request.given_name,
            birth_date=request.birth_date or None, nationality=request.nationality or None,
            file_number=request.file_number or None, email=request.email or None,
            phone=request.phone or None, preferred_language=request.language)
        entry = await self.book.book(service_point_id=offer.service_point_id,
                                     service_id=offer.service_id, starts_at=offer.starts_at,
                                     applicants=[applicant],
                                     notes=f"Terminanfrage #{request.id}")
        first = entry.members[0]
        data = AppointmentConfirmationData(
            family_name=first.family_name, given_name=first.given_name,
            appointment_at=entry.scheduled_at, service=entry.service_name or "",
            service_point=entry.service_point_name, address=offer.address,
            booking_reference=entry.booking_reference or "", what_to_bring=(),
            office_name=self.office_name, persons=len(entry.members),
            language=request.language)
        pdf = render_appointment_confirmation(data)
        ics = ics_attachment(data, now=self.requests.clock())
        return await mt.send_confirmation(
            self.requests, self.account, request, when=when_text(entry.scheduled_at),
            where=", ".join(x for x in (offer.service_point_name, offer.address) if x),
            pdf=pdf, ics=ics.content, ics_name=ics.filename, entry_id=entry.id,
            password=self.password)



class Worklist:
    """The facade the worklist screen calls (issue 20): reading, the route, asking for
    what is missing, answering with a slot. Each call is one use case and checks the
    actor's permission (BOOK) before it reads, books or sends anything."""

    def __init__(self, requests: RequestDesk, answering: RequestAnswering) -> None:
        self.requests = requests
        self.answering = answering

    async def rows(self, service_point: str | None = None) -> list[RequestRow]:
        return await self.requests.worklist(service_point=service_point)

    async def request(self, request_id: int) -> RequestRow:
        return await self.requests.request(request_id)

    async def service_point_codes(self) -> list[str]:
        self.requests.require(Permission.BOOK)
        return [sp.code for sp in await self.answering.book.desk.service_points()
                if not sp.is_reception]

    async def confirm_route(self, request_id: int, service_point: str | None = None):
        return await self.requests.confirm_route(request_id, service_point)

    async def ask_missing(self, request: RequestRow) -> RequestRow:
        return await mt.ask_missing(self.requests, self.answering.account, request,
                                    password=self.answering.password)

    async def next_slot(self, request: RequestRow) -> SlotOffer | None:
        return await self.answering.next_slot(request)

    async def answer_with_slot(self, request: RequestRow, offer: SlotOffer) -> RequestRow:
        return await self.answering.answer_with_slot(request, offer)
