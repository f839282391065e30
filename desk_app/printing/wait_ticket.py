"""Wait ticket (Wartenummer) for an 80 mm thermal roll. No applicant name (privacy)."""

from __future__ import annotations

from . import text as T
from .data import WaitTicketData
from .i18n import tr
from .layout import Flow, ROLL_WIDTH, fmt_date, fmt_time, mm

__all__ = ["render_wait_ticket"]


def render_wait_ticket(data: WaitTicketData) -> bytes:
    margin = 4 * mm
    flow = Flow(ROLL_WIDTH - 2 * margin, data.language, base_size=9.5)
    if data.office_name:
        flow.text(data.office_name, 8, align="center", max_lines=2)
    flow.text(data.service_point, 11, bold=True, align="center", max_lines=3)
    flow.space(2 * mm)
    flow.message("wt.title", 10, align="center")
    number = T.fit(data.ticket_number, 54, flow.width, max_lines=1, min_size=16, bold=True, rtl=False)
    flow.space(1 * mm)
    flow.lines(number, align="center", leading=1.1)
    flow.rule(gap=3 * mm)
    flow.space(1 * mm)
    date, time = fmt_date(data.issued_at), fmt_time(data.issued_at)
    flow.message("wt.issued", 9, align="center", date=date, time=time)
    flow.space(1.5 * mm)
    flow.message("wt.ahead", 10, bold=True, align="center", count=max(0, int(data.waiting_ahead)))
    if data.estimated_wait_minutes is not None:
        flow.space(1 * mm)
        flow.message("wt.estimate", 9.5, align="center", minutes=max(0, int(data.estimated_wait_minutes)))
    flow.space(2 * mm)
    flow.message("wt.watch", 8.5, align="center")
    return flow.render_roll(title=f"{tr('wt.title')} {data.ticket_number}", copy=data.copy)
