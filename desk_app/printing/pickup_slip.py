"""Pickup slip (Abholschein), A5: the order reference as Code 128 and QR code, what to
bring and where to collect the document from the federal printer."""

from __future__ import annotations

import datetime as dt

from .common import check_reference, document_type_msg, header, reference_block
from .data import DocumentType, PickupSlipData
from .i18n import tr
from .layout import A5, Flow, fmt_date, mm

__all__ = ["render_pickup_slip", "ready_range", "needs_parent"]


def ready_range(data: PickupSlipData) -> tuple[dt.date, dt.date]:
    start = data.ready_from or data.order_date + dt.timedelta(weeks=4)
    end = data.ready_until or data.order_date + dt.timedelta(weeks=6)
    return start, max(start, end)


def needs_parent(data: PickupSlipData) -> bool:
    """Under 16 on the order date (youngest possible age for partial dates)."""
    return data.date_of_birth is not None and data.date_of_birth.age_on(data.order_date) < 16


def render_pickup_slip(data: PickupSlipData) -> bytes:
    check_reference(data.reference)
    margin = 10 * mm
    flow = Flow(A5[0] - 2 * margin, data.language, base_size=9, bilingual_scale=0.86)
    header(flow, data.office_name, "ps.title")
    flow.message("ps.intro", 8.5)
    flow.space(2 * mm)
    gap = 4 * mm
    left = flow.column(flow.width * 0.62)
    right = flow.column(flow.width - left.width - gap)
    left.field("label.family_name", data.family_name, bold=True, max_lines=3, label_ratio=0.4)
    left.field("label.given_name", data.given_name, bold=True, max_lines=3, label_ratio=0.4)
    left.field("label.date_of_birth", data.date_of_birth.format_de() if data.date_of_birth else "",
               label_ratio=0.4)
    left.field("label.file_number", data.file_number, label_ratio=0.4, max_lines=2)
    doc_id = document_type_msg(data.document_type)
    left.field("label.document", tr(doc_id), value_second=left.second(doc_id), label_ratio=0.4)
    left.field("label.order_date", fmt_date(data.order_date), label_ratio=0.4)
    reference_block(right, data.reference)
    flow.side_by_side(left, right, gap)
    flow.space(1.5 * mm)
    start, end = ready_range(data)
    flow.message("ps.ready", 10, bold=True, start=fmt_date(start), end=fmt_date(end))
    flow.space(2 * mm)
    flow.message("ps.bring_title", 9.5, bold=True, keep_with_next=True)
    bring = ["ps.bring_slip", "ps.bring_passport", "ps.bring_current"]
    if DocumentType(data.document_type) is DocumentType.EAT:
        bring.append("ps.bring_pin")
    bring.append("ps.bring_proxy")
    flow.bullets([(tr(m), flow.second(m)) for m in bring], 8.5)
    if needs_parent(data):
        flow.space(1 * mm)
        flow.message("ps.child", 9, bold=True)
    flow.space(2 * mm)
    flow.message("ps.where", 9.5, bold=True, keep_with_next=True)
    flow.rule(weight=0.4, gap=1.5 * mm)
    flow.field("label.service_point", data.service_point, max_lines=3)
    flow.field("label.address", data.address, max_lines=3)
    flow.field("label.opening_hours", data.opening_hours, value_size=8.5, max_lines=4)
    return flow.render_sheet(A5, title=tr("ps.title"), copy=data.copy, margin=margin,
                             footer=f"{tr('ps.title')} · {tr('label.file_number')} {data.file_number}")
