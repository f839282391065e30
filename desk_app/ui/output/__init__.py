"""The window's side of document output: print (or save) a document and tell the clerk
what happened, show the print-queue panel when a job fails, and the "Drucker …" dialog.
Which printer a document goes to is desk_app.services.document_output's business."""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject

from desk_app.services.document_output import DocumentOutput, Output

from ..dialogs.printer_dialog import PrinterDialog
from ..error_messages import reason_for

log = logging.getLogger(__name__)


class DocumentPrinter(QObject):
    """``host``: the main window (show_message, open_dialog, active_dialog, print_panel)."""

    def __init__(self, host, output: DocumentOutput, printers: Callable[[], list[str]],
                 *, receipts: bool) -> None:
        super().__init__(host)
        self.host = host
        self.output = output
        self.printers = printers
        self.receipts = receipts
        self.last_output: Output | None = None
        self._attention_seen: set[int] = set()

    async def print(self, data, *, label: str, entity_id: int | None, what: str,
                    copy: bool = False, entity: str = "entry") -> Output | None:
        """Prints (or saves) one document and tells the clerk what happened."""
        show = self.host.show_message
        printed = await self.host.ops.read(
            lambda: self.output.output(data, label=label, entity=entity, entity_id=entity_id,
                                       copy=copy),
            what="document output",
            message_for=lambda exc: self.tr("{what} konnte nicht gedruckt werden: {why}").format(
                what=what, why=reason_for(exc)),
            tell=lambda text, error: show(text, error=error))
        if not printed:
            return None
        out = self.last_output = printed.value
        copy_text = self.tr(" (Kopie)") if copy else ""
        if out.path is not None:
            show(self.tr("{what}{copy} wurde als PDF gespeichert, weil kein Drucker eingerichtet "
                    "ist (Menü Drucken → Drucker …): {path}").format(
                what=what, copy=copy_text, path=out.path))
        elif out.failed:
            show(self.tr("{what}{copy} wurde nicht gedruckt ({printer}): {why} Siehe "
                    "Druckaufträge.").format(what=what, copy=copy_text, printer=out.printer,
                                              why=out.job.error or ""), error=True)
            panel = self.host.print_panel
            if panel is not None:
                panel.show()
                panel.refresh()
        else:
            show(self.tr("{what}{copy} geht an den Drucker {printer}.").format(
                what=what, copy=copy_text, printer=out.printer))
        return out

    def jobs_changed(self) -> None:
        """The print-queue panel shows itself when a job newly fails or sticks."""
        panel = self.host.print_panel
        bad = {j.id for j in panel.attention_jobs}
        if bad - self._attention_seen:
            panel.show()
        self._attention_seen = bad

    # -- "Drucker …" ----------------------------------------------------------------------
    def open_printers(self) -> None:
        host = self.host
        if host.active_dialog is not None:
            return
        rows = [("wait_ticket", self.tr("Wartenummern:")),
                ("slips", self.tr("Bestätigungen und Abholscheine:"))]
        if self.receipts:
            rows.append(("receipts", self.tr("Quittungen:")))
        out = self.output
        fallback = {setting: out.configured(setting) or out.default_printer
                    for setting, _label in rows}
        current = {setting: out.overrides.get(setting) for setting, _label in rows}
        try:
            names = list(self.printers())
        except Exception:  # the printer list is a convenience, never a crash
            log.exception("listing printers failed")
            names = []
        dialog = PrinterDialog(host, names, rows=rows, current=current, fallback=fallback)
        dialog.accepted.connect(lambda: self._chosen(dialog.choices()))
        host.open_dialog(dialog)

    def _chosen(self, choices: dict) -> None:
        for setting, printer in choices.items():
            self.output.choose(setting, printer)
        if self.host.print_panel is not None:
            self.host.print_panel.reload_printers()
        names = {"wait_ticket": self.tr("Wartenummern"), "slips": self.tr("Bestätigungen"),
                 "receipts": self.tr("Quittungen")}
        doc = {"wait_ticket": "wait_ticket", "slips": "appointment_confirmation",
               "receipts": "fee_receipt"}
        self.host.show_message("; ".join(
            self.tr("{what}: {printer}").format(
                what=names[setting],
                printer=self.output.printer_for(doc[setting]) or self.tr("als PDF speichern"))
            for setting in choices))
