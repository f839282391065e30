"""The Qt side of printing: choosing a printer (QPrinterInfo, QPrintDialog), a preview of
the PDF (pages rendered with pypdfium2), "save as PDF", and the fallback back end for
systems whose spooler cannot take PDF (Windows): pages rendered with pypdfium2 and
painted onto a QPrinter with QPainter.

No modal ``exec()``: dialogs are opened with ``open()`` and report through callbacks, so
they can be used from asyncSlots without nesting event loops.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QScrollArea, QVBoxLayout,
    QWidget,
)

from desk_app.private_files import write_private
from desk_app.printing.jobs import QueueState, SpoolerError, SpoolJob, SpoolState

from .dialogs.parts import keys_as_promised

__all__ = [
    "available_printers", "default_printer", "render_pdf_pages", "paint_pdf", "QtPainterSpooler",
    "make_spooler", "choose_printer", "save_pdf_as", "PdfPreviewDialog",
]


# -- printers ---------------------------------------------------------------------------------
def available_printers() -> list[str]:
    """Printer (queue) names Qt knows: on CUPS the CUPS queues."""
    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str:
    return QPrinterInfo.defaultPrinterName()


def choose_printer(parent: QWidget | None, current: str,
                   on_chosen: Callable[[str], None]) -> QPrintDialog:
    """Opens the print dialog (non-modal for the caller) and calls ``on_chosen(name)``
    when the user accepts it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if current:
        printer.setPrinterName(current)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Drucker wählen")
    dialog._printer = printer  # keep it alive with the dialog

    def done(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            on_chosen(printer.printerName())
        dialog.deleteLater()

    dialog.finished.connect(done)
    dialog.open()
    return dialog


def save_pdf_as(parent: QWidget | None, pdf: bytes, suggested_name: str,
                on_saved: Callable[[str], None] | None = None) -> QFileDialog:
    """"Speichern als PDF": a file dialog (opened, not exec'd) that writes the bytes."""
    dialog = QFileDialog(parent, "Als PDF speichern", suggested_name, "PDF (*.pdf)")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("pdf")

    def chosen(path: str) -> None:
        write_private(Path(path), pdf, make_dirs=False)   # 0600: it holds names
        if on_saved:
            on_saved(path)

    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog


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


# -- preview --------------------------------------------------------------------------------------
class PdfPreviewDialog(QDialog):
    """Shows the pages of a PDF; "Drucken" and "Als PDF speichern" report through the
    ``on_print`` callback and a save dialog. Open it with ``open()`` or ``show()``."""

    def __init__(self, pdf: bytes, *, title: str = "Vorschau", suggested_name: str = "dokument.pdf",
                 on_print: Callable[[], None] | None = None, dpi: float = 110,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self._on_print = on_print
        pages = QWidget()
        col = QVBoxLayout(pages)
        self.page_labels: list[QLabel] = []
        for img in render_pdf_pages(pdf, dpi):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(img))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setStyleSheet("background: white; border: 1px solid #999;")
            col.addWidget(label)
            self.page_labels.append(label)
        scroll = self.scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Drucken"))
        self.save_button = QPushButton(self.tr("Als PDF speichern …"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(lambda: save_pdf_as(self, self.pdf, self.suggested_name))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        keys_as_promised(self, self.print_button, scroll)   # nothing to fill: the pages scroll
        self.resize(520, 720)

    def _print(self) -> None:
        if self._on_print:
            self._on_print()
        self.accept()
