"""The Qt side of printing: the printers Qt knows (QPrinterInfo), and the fallback back end
for systems whose spooler cannot take PDF (Windows): pages rendered with pypdfium2 and
painted onto a QPrinter with QPainter. (The printer per document type is chosen in
ui/dialogs/printer_dialog.py.)"""

from __future__ import annotations

import itertools
import sys
from typing import Sequence

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desk_app.printing.jobs import QueueState, SpoolerError, SpoolJob, SpoolState

__all__ = [
    "available_printers", "default_printer", "render_pdf_pages", "paint_pdf", "QtPainterSpooler",
    "make_spooler",
]


# -- printers ---------------------------------------------------------------------------------
def available_printers() -> list[str]:
    """Printer (queue) names Qt knows: on CUPS the CUPS queues."""
    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str:
    return QPrinterInfo.defaultPrinterName()


# -- rendering ----------------------------------------------------------------------------------
def render_pdf_pages(pdf: bytes, dpi: float = 150) -> list[QImage]:
    """Each page as a QImage (pypdfium2), e.g. for the preview or a QPrinter."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        images = []
        for page in doc:
            bitmap = page.render(scale=dpi / 72, draw_annots=True)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            img = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
            images.append(img.copy())  # own the pixels
            page.close()
        return images
    finally:
        doc.close()


def _page_sizes_pt(pdf: bytes) -> list[tuple[float, float]]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return [tuple(doc[i].get_size()) for i in range(len(doc))]
    finally:
        doc.close()


def paint_pdf(pdf: bytes, printer: QPrinter, dpi: float = 300) -> int:
    """Paints every page of ``pdf`` onto ``printer`` (the fallback where the spooler
    cannot take PDF). The page size follows the PDF's (80 mm roll, A5, ...). Returns the
    number of pages."""
    sizes = _page_sizes_pt(pdf)
    images = render_pdf_pages(pdf, dpi)
    painter: QPainter | None = None
    try:
        for n, (img, (w, h)) in enumerate(zip(images, sizes)):
            layout = QPageLayout(QPageSize(QSizeF(w, h), QPageSize.Unit.Point),
                                 QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
            printer.setPageLayout(layout)
            if painter is None:
                painter = QPainter()
                if not painter.begin(printer):
                    raise SpoolerError("submit_failed",
                                       f"Drucker {printer.printerName()} lässt sich nicht öffnen.")
            elif not printer.newPage():
                raise SpoolerError("submit_failed", "Neue Seite nicht möglich.")
            target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            painter.drawImage(QRectF(0, 0, target.width(), target.height()), img)
        return len(images)
    finally:
        if painter is not None:
            painter.end()


class QtPainterSpooler:
    """``Spooler`` for systems without a PDF-capable spooler: paints the pages onto a
    QPrinter in the GUI thread. The OS spooler gives no job to follow, so a job painted
    without error counts as completed."""

    def __init__(self, dpi: float = 300) -> None:
        self.dpi = dpi
        self._ids = itertools.count(1)
        self._states: dict[str, SpoolState] = {}

    async def submit(self, queue: str, pdf: bytes, *, title: str) -> str:
        if queue not in available_printers():
            raise SpoolerError("queue_missing", f"Drucker {queue} ist nicht eingerichtet.")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(queue)
        printer.setDocName(title)
        paint_pdf(pdf, printer, self.dpi)
        job_id = f"qt-{next(self._ids)}"
        self._states[job_id] = SpoolState.COMPLETED
        return job_id

    async def jobs(self, queue: str, job_ids: Sequence[str]) -> dict[str, SpoolJob]:
        return {j: SpoolJob(j, self._states.get(j, SpoolState.UNKNOWN)) for j in job_ids}

    async def queue_state(self, queue: str) -> QueueState:
        exists = queue in available_printers()
        return QueueState(queue, exists, enabled=exists, accepting=exists)

    async def cancel(self, job_id: str) -> SpoolState:
        return self._states.get(job_id, SpoolState.CANCELED)


def make_spooler():
    """CUPS (lp/lpstat) where a scheduler answers, else the Qt painter."""
    if sys.platform != "win32":
        from desk_app.printing.spooler_cups import CupsSpooler, cups_available

        if cups_available():
            return CupsSpooler()
    return QtPainterSpooler()
