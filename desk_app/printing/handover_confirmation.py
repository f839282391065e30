"""Handover confirmation (Empfangsbestätigung), A5: the document handed out, to whom,
and lines for the recipient's and the clerk's signatures."""

from __future__ import annotations

from .barcode import format_reference
from .common import check_reference, document_type_msg, header
from .data import HandoverConfirmationData
from .i18n import tr
from .layout import A5, Flow, fmt_date, fmt_time, mm

__all__ = ["render_handover_confirmation"]


def render_handover_confirmation(data: HandoverConfirmationData) -> bytes:
    ref = check_reference(data.reference)
    margin = 12 * mm
    flow = Flow(A5[0] - 2 * margin, data.language, base_size=9.5, bilingual_scale=0.92)
    header(flow, data.office_name, "ho.title")
    flow.message("ho.statement", 10)
    flow.space(2 * mm)
    doc_id = document_type_msg(data.document_type)
    flow.field("label.document", tr(doc_id), bold=True, value_second=flow.second(doc_id))
    if data.serial_number:
        flow.field("label.serial_number", data.serial_number, bold=True)
    flow.field("label.reference", format_reference(ref))
    flow.field("label.family_name", data.family_name, bold=True, max_lines=3)
    flow.field("label.given_name", data.given_name, bold=True, max_lines=3)
    flow.field("label.date_of_birth", data.date_of_birth.format_de() if data.date_of_birth else "")
    if data.file_number:
        flow.field("label.file_number", data.file_number)
    if data.collected_by:
        flow.field("label.collected_by", data.collected_by, bold=True, max_lines=3)
    when = f"{fmt_date(data.handed_out_at)}, {tr('time.clock', time=fmt_time(data.handed_out_at))}"
    flow.field("label.handed_out_at", when)
    flow.field("label.service_point", data.service_point, max_lines=3)
    flow.space(4 * mm)
    gap = 8 * mm
    left = flow.column((flow.width - gap) / 2)
    right = flow.column((flow.width - gap) / 2)
    recipient = data.collected_by or ", ".join(p for p in (data.family_name, data.given_name) if p)
    left.signature("ho.sign_applicant", width=left.width, name=recipient)
    right.signature("ho.sign_clerk", width=right.width, name=name_without_role(data.clerk_name))
    flow.side_by_side(left, right, gap)
    return flow.render_sheet(A5, title=tr("ho.title"), copy=data.copy, margin=margin,
                             footer=f"{tr('ho.title')} · {tr('label.reference')} {format_reference(ref)}")


#: German role labels a staff member's display name may carry ("Frau Becker (Schichtleitung)")
_ROLES = ("Sachbearbeitung", "Infotheke", "Schichtleitung", "Administration",
          "IT-Administration")


def name_without_role(name: str) -> str:
    """The clerk's name under the signature line: "Frau Becker", not "Frau Becker
    (Schichtleitung)"; a role in brackets at the end is not part of the name."""
    name = (name or "").strip()
    if name.endswith(")") and "(" in name:
        head, _, role = name[:-1].rpartition("(")
        if role.strip() in _ROLES and head.strip():
            return head.strip()
    return name
