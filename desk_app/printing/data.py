"""Input data of the printed documents: plain frozen dataclasses, no ORM, no Qt.

Conventions:
- ``language``: the applicant's preferred language as an ISO 639-1 code ("en", "tr",
  "ar", "uk", "ru", "fa", ...). German is always printed; a second language is added
  when translations for it exist, otherwise the document is German only.
- Date-times are timezone-aware (stored in UTC); documents print them in Europe/Berlin.
  A naive datetime is taken as UTC.
- Money is ``decimal.Decimal`` euros.
- ``copy=True`` prints a visible "KOPIE / COPY" mark (deliberate reprints).
- Text fields are printed literally: never interpreted as markup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from desk_app.domain.partial_date import PartialDate

__all__ = [
    "DocumentType",
    "PaymentMethod",
    "PaperFormat",
    "WaitTicketData",
    "PickupSlipData",
    "AppointmentConfirmationData",
    "HandoverConfirmationData",
    "FeeItem",
    "FeeReceiptData",
]


class DocumentType(str, Enum):
    """Documents produced by the federal printer."""

    EAT = "eat"  # elektronischer Aufenthaltstitel (card)
    TRAVEL_DOCUMENT = "travel_document"  # Reiseausweis


class PaymentMethod(str, Enum):
    CASH = "cash"  # bar
    CARD = "card"  # EC-Karte (girocard)


class PaperFormat(str, Enum):
    A5 = "a5"
    ROLL_80MM = "80mm"


@dataclass(frozen=True, slots=True)
class WaitTicketData:
    ticket_number: str  # e.g. "I-042"
    service_point: str
    issued_at: dt.datetime
    waiting_ahead: int
    estimated_wait_minutes: int | None = None
    office_name: str = ""
    language: str | None = None
    copy: bool = False


@dataclass(frozen=True, slots=True)
class PickupSlipData:
    family_name: str
    given_name: str
    date_of_birth: PartialDate | None
    file_number: str  # Aktenzeichen
    document_type: DocumentType
    reference: str  # make_reference(...): 12 digits with check digit
    order_date: dt.date
    service_point: str
    address: str  # may contain line breaks
    opening_hours: str  # free text from the data, may contain line breaks
    office_name: str = ""
    ready_from: dt.date | None = None  # default: order_date + 4 weeks
    ready_until: dt.date | None = None  # default: order_date + 6 weeks
    language: str | None = None
    copy: bool = False


@dataclass(frozen=True, slots=True)
class AppointmentConfirmationData:
    family_name: str
    given_name: str
    appointment_at: dt.datetime
    service: str  # e.g. "Erteilung/Verlängerung Aufenthaltstitel"
    service_point: str
    address: str
    booking_reference: str
    what_to_bring: tuple[str, ...] = ()
    office_name: str = ""
    persons: int = 1  # family members on the booking
    language: str | None = None
    copy: bool = False


@dataclass(frozen=True, slots=True)
class HandoverConfirmationData:
    family_name: str
    given_name: str
    date_of_birth: PartialDate | None
    document_type: DocumentType
    reference: str
    handed_out_at: dt.datetime
    clerk_name: str
    service_point: str
    serial_number: str | None = None  # card or document number, if recorded
    file_number: str = ""
    collected_by: str | None = None  # name of an authorised representative (Vollmacht)
    office_name: str = ""
    language: str | None = None
    copy: bool = False


@dataclass(frozen=True, slots=True)
class FeeItem:
    description: str
    amount: Decimal  # per unit, in euros
    quantity: int = 1
    person: str | None = None  # family member the fee is for


@dataclass(frozen=True, slots=True)
class FeeReceiptData:
    receipt_number: str  # sequential per office and year, e.g. "2026-000123"
    office_name: str
    office_address: str
    payer_name: str
    items: tuple[FeeItem, ...]
    payment_method: PaymentMethod
    clerk_name: str
    place: str  # e.g. "München"
    issued_at: dt.datetime
    # Set on a cancellation receipt (Stornobeleg): the number of the receipt it reverses.
    # Items are given as on the original; the receipt prints them negated.
    cancels_receipt_number: str | None = None
    paper: PaperFormat = PaperFormat.A5
    language: str | None = None
    copy: bool = False

    @property
    def is_cancellation(self) -> bool:
        return self.cancels_receipt_number is not None
