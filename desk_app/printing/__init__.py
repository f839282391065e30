"""Printed documents: pure functions from plain dataclasses to PDF bytes (reportlab).

Nothing here imports Qt or SQLAlchemy.  Importing this package is cheap: reportlab and
the fonts are loaded on first use of a renderer.

    render_wait_ticket(WaitTicketData) -> bytes              80 mm roll
    render_pickup_slip(PickupSlipData) -> bytes              A5, Code 128 + QR
    render_appointment_confirmation(AppointmentConfirmationData) -> bytes   A5
    render_handover_confirmation(HandoverConfirmationData) -> bytes         A5
    render_fee_receipt(FeeReceiptData) -> bytes              A5 or 80 mm roll
    render_fee_receipts(Sequence[FeeReceiptData]) -> bytes   many receipts, one PDF
    render_weekly_statistics(WeeklyReport | StatisticsReport) -> bytes   A4 landscape, German only
"""

from __future__ import annotations

from importlib import import_module

__all__ = [
    "AppointmentConfirmationData",
    "DocumentType",
    "FeeItem",
    "FeeReceiptData",
    "HandoverConfirmationData",
    "PaperFormat",
    "PaymentMethod",
    "PickupSlipData",
    "WaitTicketData",
    "FontMissingError",
    "amount_in_words_de",
    "make_reference",
    "validate_reference",
    "render_appointment_confirmation",
    "render_fee_receipt",
    "render_fee_receipts",
    "render_handover_confirmation",
    "render_pickup_slip",
    "render_wait_ticket",
    "render_weekly_statistics",
]

_WHERE = {
    "AppointmentConfirmationData": "data",
    "DocumentType": "data",
    "FeeItem": "data",
    "FeeReceiptData": "data",
    "HandoverConfirmationData": "data",
    "PaperFormat": "data",
    "PaymentMethod": "data",
    "PickupSlipData": "data",
    "WaitTicketData": "data",
    "FontMissingError": "fonts",
    "amount_in_words_de": "money",
    "make_reference": "barcode",
    "validate_reference": "barcode",
    "render_appointment_confirmation": "appointment_confirmation",
    "render_fee_receipt": "fee_receipt",
    "render_fee_receipts": "fee_receipt",
    "render_handover_confirmation": "handover_confirmation",
    "render_pickup_slip": "pickup_slip",
    "render_wait_ticket": "wait_ticket",
    "render_weekly_statistics": "weekly_statistics",
}


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
