"""Sample documents for every document type and language (``write_samples``).

Used by the CLI to produce specimen PDFs for checking layouts and translations by eye,
and by the tests and the benchmark as realistic input.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from desk_app.domain.partial_date import PartialDate

from .barcode import make_reference
from .data import (
    AppointmentConfirmationData,
    DocumentType,
    FeeItem,
    FeeReceiptData,
    HandoverConfirmationData,
    PaperFormat,
    PaymentMethod,
    PickupSlipData,
    WaitTicketData,
)

__all__ = ["SAMPLE_LANGUAGES", "sample_documents", "write_samples"]

SAMPLE_LANGUAGES = ("de", "en", "tr", "ar", "uk", "ru", "fa")

OFFICE = "Landeshauptstadt München – Kreisverwaltungsreferat, Ausländerbehörde"
ADDRESS = "Ruppertstraße 19\n80337 München"
SERVICE_POINT = "DLZ Bürgerdienste International"
HOURS = "Mo, Di, Fr 7:30–12:00 · Do 8:30–15:00\nMi geschlossen"
UTC = dt.timezone.utc

# A name per language, in the script the applicant's documents use (or its Latin
# transliteration, as German files record it).
_NAMES = {
    "de": ("Nguyễn", "Thị Ánh Tuyết"),
    "en": ("O'Connor-Smith", "Mary Jane"),
    "tr": ("Yılmaz", "Ayşe Gül"),
    "ar": ("الحسن", "محمد علي"),
    "uk": ("Шевченко", "Олена"),
    "ru": ("Кузнецова", "Анна-Мария"),
    "fa": ("Rezaei", "Zahra"),
}


def sample_documents(lang: str, *, copy: bool = False) -> dict[str, object]:
    """Sample data for each document, keyed by a file stem."""
    family, given = _NAMES.get(lang, _NAMES["de"])
    ref = make_reference(4213)
    order = dt.date(2026, 3, 2)
    return {
        "wait_ticket": WaitTicketData(
            ticket_number="I-042", service_point=SERVICE_POINT,
            issued_at=dt.datetime(2026, 3, 2, 8, 5, tzinfo=UTC), waiting_ahead=7,
            estimated_wait_minutes=35, office_name="Ausländerbehörde München",
            language=lang, copy=copy),
        "pickup_slip": PickupSlipData(
            family_name=family, given_name=given, date_of_birth=PartialDate(2012, 5),
            file_number="AZ 3-1234/26", document_type=DocumentType.EAT, reference=ref,
            order_date=order, service_point=SERVICE_POINT, address=ADDRESS,
            opening_hours=HOURS, office_name=OFFICE, language=lang, copy=copy),
        "appointment_confirmation": AppointmentConfirmationData(
            family_name=family, given_name=given,
            appointment_at=dt.datetime(2026, 3, 16, 8, 30, tzinfo=UTC),
            service="Erteilung/Verlängerung Aufenthaltstitel", service_point=SERVICE_POINT,
            address=ADDRESS, booking_reference="T-2026-031600042",
            what_to_bring=("Reisepass", "aktuelles biometrisches Passfoto (35 × 45 mm)",
                           "Mietvertrag oder Wohnungsgeberbestätigung",
                           "Arbeitsvertrag und die letzten drei Gehaltsnachweise"),
            office_name=OFFICE, persons=2, language=lang, copy=copy),
        "handover_confirmation": HandoverConfirmationData(
            family_name=family, given_name=given, date_of_birth=PartialDate(1990),
            document_type=DocumentType.TRAVEL_DOCUMENT, reference=ref,
            handed_out_at=dt.datetime(2026, 4, 14, 9, 12, tzinfo=UTC), clerk_name="M. Huber",
            service_point=SERVICE_POINT, serial_number="P0123456", file_number="AZ 3-1234/26",
            office_name=OFFICE, language=lang, copy=copy),
        "fee_receipt": FeeReceiptData(
            receipt_number="2026-000123", office_name=OFFICE, office_address=ADDRESS,
            payer_name=f"{family}, {given}",
            items=(FeeItem("Aufenthaltserlaubnis bis 1 Jahr", Decimal("100.00"), person=f"{given} {family}"),
                   FeeItem("Aufenthaltserlaubnis, Kind", Decimal("50.00"), person="Kind 1"),
                   FeeItem("Bescheinigung", Decimal("18.00"), quantity=2),
                   FeeItem("Überbrückung Fiktionsbescheinigung", Decimal("13.00"))),
            payment_method=PaymentMethod.CARD, clerk_name="M. Huber", place="München",
            issued_at=dt.datetime(2026, 3, 2, 9, 41, tzinfo=UTC), language=lang, copy=copy),
        "fee_receipt_80mm_storno": FeeReceiptData(
            receipt_number="2026-000124", office_name=OFFICE, office_address=ADDRESS,
            payer_name=f"{family}, {given}",
            items=(FeeItem("Aufenthaltserlaubnis bis 1 Jahr", Decimal("100.00")),
                   FeeItem("Bescheinigung", Decimal("18.00"), quantity=2)),
            payment_method=PaymentMethod.CASH, clerk_name="M. Huber", place="München",
            issued_at=dt.datetime(2026, 3, 2, 10, 2, tzinfo=UTC),
            cancels_receipt_number="2026-000123", paper=PaperFormat.ROLL_80MM,
            language=lang, copy=copy),
    }


def _renderers():
    from .appointment_confirmation import render_appointment_confirmation
    from .fee_receipt import render_fee_receipt
    from .handover_confirmation import render_handover_confirmation
    from .pickup_slip import render_pickup_slip
    from .wait_ticket import render_wait_ticket

    return {
        WaitTicketData: render_wait_ticket,
        PickupSlipData: render_pickup_slip,
        AppointmentConfirmationData: render_appointment_confirmation,
        HandoverConfirmationData: render_handover_confirmation,
        FeeReceiptData: render_fee_receipt,
    }


def render(data) -> bytes:
    """Render any document data object."""
    return _renderers()[type(data)](data)


def write_samples(out_dir, languages=SAMPLE_LANGUAGES) -> list[Path]:
    """Write ``<document>_<lang>.pdf`` for every document and language; returns the paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in languages:
        for stem, data in sample_documents(lang).items():
            path = out / f"{stem}_{lang}.pdf"
            path.write_bytes(render(data))
            written.append(path)
    return written
