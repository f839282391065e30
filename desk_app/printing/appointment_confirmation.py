"""Appointment confirmation (Terminbestätigung), A5."""

from __future__ import annotations

from .common import header
from .data import AppointmentConfirmationData
from .i18n import tr
from .barcode import draw_qr
from .layout import A5, Flow, fmt_date, fmt_time, mm

__all__ = ["render_appointment_confirmation"]


def render_appointment_confirmation(data: AppointmentConfirmationData) -> bytes:
    margin = 12 * mm
    flow = Flow(A5[0] - 2 * margin, data.language, base_size=9.5, bilingual_scale=0.92)
    header(flow, data.office_name, "ac.title")
    flow.message("ac.intro", 10)
    flow.space(2 * mm)
    flow.field("label.family_name", data.family_name, bold=True, max_lines=3)
    flow.field("label.given_name", data.given_name, bold=True, max_lines=3)
    flow.field("label.date", fmt_date(data.appointment_at), bold=True, value_size=12)
    flow.field("label.time", tr("time.clock", time=fmt_time(data.appointment_at)), bold=True,
               value_size=12)
    flow.field("label.service", data.service, max_lines=3)
    if data.persons and data.persons > 1:
        flow.field("label.persons", str(int(data.persons)))
    flow.field("label.service_point", data.service_point, max_lines=3)
    flow.field("label.address", data.address, max_lines=3)
    flow.field("label.booking_reference", data.booking_reference, bold=True)
    if data.booking_reference:
        _booking_qr(flow, data.booking_reference)
    items = [str(i) for i in data.what_to_bring if str(i).strip()]
    if items:
        flow.space(3 * mm)
        flow.message("ac.bring_title", 10, bold=True, keep_with_next=True)
        flow.bullets([(item, None) for item in items], 9)
    flow.space(3 * mm)
    flow.message("ac.on_time", 9)
    return flow.render_sheet(A5, title=tr("ac.title"), copy=data.copy, margin=margin,
                             footer=f"{tr('ac.title')} · {tr('label.booking_reference')} {data.booking_reference}")


def _booking_qr(flow: Flow, reference: str, size: float = 24 * mm) -> None:
    """The booking reference as a QR code: the kiosk's scanner checks the person in."""
    def draw(c, x, y):
        draw_qr(c, x + flow.width - size, y - size, reference, size=size)

    flow.space(1 * mm)
    flow.add(size, draw)
