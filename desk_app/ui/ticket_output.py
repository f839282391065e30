"""Where a wait ticket goes once it is made.

The printing work package supplies ``desk_app.printing.render_wait_ticket`` (reportlab,
Qt-free) and, later, the printer back end. Until the window is wired to a printer, the
ticket PDF is saved under the data directory and the window says where. Switch
``output_wait_ticket`` to the printer path when it exists; callers stay the same.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from desk_app.domain.clock import to_local
from desk_app.services.views import EntryView


@dataclass(frozen=True)
class TicketOutput:
    ticket: str
    path: Path | None       # the saved PDF
    printer: str | None     # the printer it went to (not yet)


def ticket_data(entry: EntryView, *, waiting_ahead: int, issued_at: dt.datetime,
                office_name: str = ""):
    from desk_app.printing import WaitTicketData

    language = entry.members[0].preferred_language if entry.members else None
    return WaitTicketData(ticket_number=entry.ticket or "", service_point=entry.service_point_name,
                          issued_at=issued_at, waiting_ahead=waiting_ahead,
                          office_name=office_name, language=language)


def _render_and_save(data, directory: Path) -> Path:
    from desk_app.printing import render_wait_ticket

    pdf = render_wait_ticket(data)
    day = to_local(data.issued_at).strftime("%Y-%m-%d")
    folder = directory / day
    folder.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", data.ticket_number) or "ticket"
    path = folder / f"{safe}{'-kopie' if data.copy else ''}.pdf"
    tmp = path.with_suffix(".pdf.part")
    tmp.write_bytes(pdf)
    tmp.replace(path)
    return path


async def output_wait_ticket(data, directory: Path) -> TicketOutput:
    """Renders the ticket off the GUI thread and saves it as a PDF."""
    loop = asyncio.get_running_loop()
    path = await loop.run_in_executor(None, _render_and_save, data, directory)
    return TicketOutput(ticket=data.ticket_number, path=path, printer=None)
