"""Where a printed document goes (Qt-free; the window's part, the messages and the
printer dialog, is desk_app.ui.output): the printer chosen for its type, through PrintDesk (a
print job that is followed, never doubled), or, when no printer is set up, a PDF saved
under the data directory (the window says where).

The printer for a document type is, in this order: the choice made in this session
("Drucker …" menu; "" there means "save as PDF"), the settings (``printers.wait_ticket``,
``printers.slips``, ``printers.receipts``), the system's default printer (on CUPS the
default destination). Without any of these the document is saved as a PDF.

Keys (desk_app.services.printing_desk): the first print of a document for an entity has
a natural key, so a double press finds the same job and prints once; a deliberate
reprint is a new job, marked "KOPIE".
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk_app.domain.clock import to_local
from desk_app.private_files import write_private

from .entry_documents import appointment_confirmation_data, ticket_data

#: the document data the UI hands to ``DocumentOutput``, so that ui/ needs this facade only
__all__ = ["DocumentOutput", "Output", "PRINTER_SETTING", "appointment_confirmation_data",
           "ticket_data"]

#: The document types a user can route to a printer, with the settings attribute.
PRINTER_SETTING = {"wait_ticket": "wait_ticket", "pickup_slip": "slips",
                   "appointment_confirmation": "slips", "handover_confirmation": "slips",
                   "fee_receipt": "receipts"}


@dataclass(frozen=True)
class Output:
    """What happened to one document."""

    doc_type: str
    label: str                      # e.g. the ticket number or the receipt number
    printer: str | None = None      # the printer it was sent to
    job: Any = None                 # the PrintJobView (status, error)
    path: Path | None = None        # the saved PDF (no printer)

    @property
    def ticket(self) -> str:        # compatibility with TicketOutput
        return self.label

    @property
    def failed(self) -> bool:
        return self.job is not None and self.job.needs_attention


def _doc_type(data) -> str:
    from .printing_desk import doc_type_of
    return doc_type_of(data)


def _day_folder(data) -> str:
    """The document's own day (issued, appointment, handed out, or the pickup slip's order
    date) as YYYY-MM-DD; "undatiert" only for a document that carries no date."""
    for name in ("issued_at", "appointment_at", "handed_out_at"):
        when = getattr(data, name, None)
        if when is not None:
            return to_local(when).strftime("%Y-%m-%d")
    day = getattr(data, "order_date", None)
    return day.isoformat() if day is not None else "undatiert"


def _save(data, directory: Path, label: str) -> Path:
    from .printing_desk import render_document

    pdf = render_document(data)
    folder = directory / _day_folder(data)
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", label) or "dokument"
    prefix = "" if _doc_type(data) == "wait_ticket" else f"{_doc_type(data)}-"
    path = folder / f"{prefix}{safe}{'-kopie' if getattr(data, 'copy', False) else ''}.pdf"
    return write_private(path, pdf)   # 0600: it holds names


class DocumentOutput:
    """Routes documents to printers (PrintDesk) or, without a printer, to PDF files.

    ``print_desk``: a desk_app.services.printing_desk.PrintDesk, or None (PDF only).
    ``pdf_dir``: where PDFs are saved when there is no printer.
    """

    def __init__(self, print_desk, pdf_dir: Path) -> None:
        self.print_desk = print_desk
        self.pdf_dir = Path(pdf_dir)
        self.overrides: dict[str, str] = {}     # this session's choice per setting name

    # -- choosing --------------------------------------------------------------------
    def configured(self, setting: str) -> str:
        """The printer from the settings for ``setting`` (wait_ticket, slips, receipts)."""
        printers = getattr(self.print_desk, "printers", None)
        return getattr(printers, setting, "") if printers is not None else ""

    @property
    def default_printer(self) -> str:
        return getattr(self.print_desk, "default_printer", "") if self.print_desk else ""

    def printer_for(self, doc_type: str) -> str:
        """The printer for ``doc_type``; "" means: save as PDF."""
        if self.print_desk is None:
            return ""
        setting = PRINTER_SETTING.get(doc_type, "slips")
        if setting in self.overrides:
            return self.overrides[setting]
        return self.configured(setting) or self.default_printer

    def choose(self, setting: str, printer: str | None) -> None:
        """Sets the printer for this session ("" = save as PDF, None = back to the
        settings or the system default)."""
        if printer is None:
            self.overrides.pop(setting, None)
        else:
            self.overrides[setting] = printer

    # -- output ----------------------------------------------------------------------
    async def output(self, data, *, label: str, entity: str = "", entity_id: int | None = None,
                     copy: bool = False, key: str | None = None) -> Output:
        """Prints ``data`` (a desk_app.printing *Data) or saves it as a PDF.

        ``copy``: a deliberate reprint (a new job, "KOPIE"). Raises only for errors
        that are not the printer's (a failed print is a FAILED job, shown in the panel).
        """
        doc_type = _doc_type(data)
        printer = self.printer_for(doc_type)
        if not printer:
            if copy:
                data = dataclasses.replace(data, copy=True)
            loop = asyncio.get_running_loop()
            path = await loop.run_in_executor(None, _save, data, self.pdf_dir, label)
            return Output(doc_type, label, path=path)
        if copy:
            job = await self.print_desk.reprint(data, entity=entity, entity_id=entity_id,
                                                printer=printer, key=key)
        else:
            job = await self.print_desk.print_document(data, entity=entity,
                                                       entity_id=entity_id, printer=printer,
                                                       key=key)
        return Output(doc_type, label, printer=job.printer, job=job)
