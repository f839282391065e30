"""The print-queue panel: this station's print jobs with their status. A failed or stuck
job shows at once (red/orange row and a banner with the reason); the clerk can retry it
or redirect it to another printer.

    panel = PrintQueuePanel(print_desk, printers=available_printers, parent=window)
    window.addDockWidget(Qt.RightDockWidgetArea, panel)
    # optional: feed it the change feed's print_job changes
    panel.on_changes(changes)          # schedules a refresh when a print_job changed

The panel polls the spooler through PrintDesk.poll() every ``poll_interval_ms`` while some
job of this station is still on its way (QUEUED, SENT or STUCK), and re-reads the job list.
Once none is, the timer stops; start(), a print_job change (on_changes) and a retry or
redirect start it again. It holds no state the database lacks.

Every visible text goes through tr() (context "PrintQueuePanel"); the status and document
names are German literals here so that lupdate finds them (desk_app.printing.jobs stays
Qt-free).
"""

from __future__ import annotations

from typing import Callable, Iterable, Sequence

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDockWidget, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from desk_app.printing.jobs import ACTIVE, JobStatus, can_redirect, can_retry

from .locale_text import time_text
from .operation import Operations

__all__ = ["PrintQueuePanel", "DOC_LABELS_DE", "STATUS_COLOURS", "POLLED_STATUSES"]

# The German document names (untranslated; the panel shows PrintQueuePanel.doc_label()).
DOC_LABELS_DE = {
    "wait_ticket": "Wartemarke",
    "pickup_slip": "Abholschein",
    "appointment_confirmation": "Terminbestätigung",
    "handover_confirmation": "Empfangsbestätigung",
    "fee_receipt": "Quittung",
}
STATUS_COLOURS = {
    JobStatus.FAILED: QColor("#f4b6b6"),
    JobStatus.STUCK: QColor("#f8d48a"),
    JobStatus.PRINTED: QColor("#d6efd6"),
}
# statuses a job can still leave by itself (the spooler finishing it): worth polling for
POLLED_STATUSES = frozenset({JobStatus.QUEUED}) | ACTIVE


class PrintQueuePanel(QDockWidget):
    """Dock widget over a desk_app.services.printing_desk.PrintDesk.

    ``printers``: a callable returning the printer names to offer for redirecting
    (default: desk_app.ui.printing_qt.available_printers).
    """

    jobs_changed = Signal()          # after every refresh
    action_failed = Signal(str)      # a retry/redirect raised: the message

    def __init__(self, print_desk, *, printers: Callable[[], Sequence[str]] | None = None,
                 poll_interval_ms: int = 1000, limit: int = 50,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Druckaufträge"))
        self.setObjectName("PrintQueuePanel")
        self.print_desk = print_desk
        self.limit = limit
        if printers is None:
            from .printing_qt import available_printers
            printers = available_printers
        self._printers = printers
        self.jobs: list = []
        self._refreshing = False
        self._again = False
        self._closed = False
        self.ops = Operations(parent=self)   # its messages: the status line
        self._started = False

        body = QWidget()
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setStyleSheet("background:#c62828; color:white; font-weight:bold; padding:6px;")
        columns = self.column_titles()
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        self.retry_button = QPushButton(self.tr("Erneut senden"))
        self.redirect_combo = QComboBox()
        self.redirect_combo.setMinimumContentsLength(10)
        self.redirect_button = QPushButton(self.tr("Umleiten"))
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(self.redirect_combo)
        buttons.addWidget(self.redirect_button)
        layout = QVBoxLayout(body)
        layout.addWidget(self.banner)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.setWidget(body)

        self.retry_button.clicked.connect(self._on_retry)
        self.redirect_button.clicked.connect(self._on_redirect)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(poll_interval_ms)
        self.timer.timeout.connect(self.refresh)
        self.reload_printers()
        self._update_buttons()

    # -- texts ------------------------------------------------------------------------------
    def column_titles(self) -> list[str]:
        return [self.tr("Zeit"), self.tr("Dokument"), self.tr("Drucker"), self.tr("Status"),
                self.tr("Hinweis")]

    def status_name(self, status: JobStatus) -> str:
        labels = {JobStatus.QUEUED: self.tr("Wartet"), JobStatus.SENT: self.tr("Gesendet"),
                  JobStatus.PRINTED: self.tr("Gedruckt"),
                  JobStatus.FAILED: self.tr("Fehlgeschlagen"), JobStatus.STUCK: self.tr("Hängt")}
        return labels.get(status, str(status))

    def doc_label(self, doc_type: str) -> str:
        labels = {"wait_ticket": self.tr("Wartemarke"), "pickup_slip": self.tr("Abholschein"),
                  "appointment_confirmation": self.tr("Terminbestätigung"),
                  "handover_confirmation": self.tr("Empfangsbestätigung"),
                  "fee_receipt": self.tr("Quittung")}
        return labels.get(doc_type, doc_type)

    # -- public -----------------------------------------------------------------------------
    def start(self) -> None:
        """Starts polling (and refreshes once now); polling stops by itself when no job
        is on its way any more."""
        self._closed = False
        self._started = True
        self.timer.start()
        self.refresh()

    def stop(self) -> None:
        """Stops polling; a refresh in flight ends without touching the widgets. Safe to
        call when Qt has already deleted the panel (window closing, test teardown)."""
        self._started = False
        self._closed = True
        if shiboken6.isValid(self.timer):
            self.timer.stop()

    def _resume_polling(self) -> None:
        """Something may have changed: poll again (the next refresh decides for how long)."""
        if (self._started and not self._closed and shiboken6.isValid(self.timer)
                and not self.timer.isActive()):
            self.timer.start()

    def _follow_jobs(self) -> None:
        """Keeps the timer running only while a job may still change by itself."""
        if any(j.status in POLLED_STATUSES for j in self.jobs):
            self._resume_polling()
        elif shiboken6.isValid(self.timer):
            self.timer.stop()

    async def shutdown(self) -> None:
        """Stops polling and waits for a refresh in flight (call before closing)."""
        import asyncio
        self.stop()
        for _ in range(300):           # a refresh in flight gets up to 3 s to finish
            if not self._refreshing:
                break
            await asyncio.sleep(0.01)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.stop()
        super().closeEvent(event)

    def reload_printers(self) -> None:
        current = self.redirect_combo.currentText()
        self.redirect_combo.clear()
        self.redirect_combo.addItems(list(self._printers()))
        if current:
            self.redirect_combo.setCurrentText(current)

    def on_changes(self, changes: Iterable) -> None:
        """Change-feed hook: refresh when a print job changed."""
        if any(getattr(c, "entity", None) == "print_job" for c in changes):
            self._resume_polling()
            self.refresh()

    def selected_job(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.jobs[row] if 0 <= row < len(self.jobs) else None

    def select_job(self, job_id: int) -> None:
        for row, job in enumerate(self.jobs):
            if job.id == job_id:
                self.table.selectRow(row)
                return

    @property
    def attention_jobs(self) -> list:
        return [j for j in self.jobs if j.needs_attention]

    # -- refresh ----------------------------------------------------------------------------
    @asyncSlot()
    async def refresh(self) -> None:
        if self._closed:
            return
        if self._refreshing:          # one refresh at a time; coalesce the rest
            self._again = True
            return
        self._refreshing = True
        try:
            while True:
                self._again = False
                read = await self.ops.read(      # shown, not raised into the event loop
                    self._poll_jobs, what="print queue refresh",
                    current=lambda: not self._closed and shiboken6.isValid(self.status_label),
                    message_for=lambda exc: self.tr(
                        "Aktualisieren nicht möglich: {error}").format(error=exc),
                    tell=lambda text, _error: self.status_label.setText(text))
                if not read:
                    return
                jobs = read.value
                if self._closed or not shiboken6.isValid(self.table):
                    return
                self._show(jobs)
                self._follow_jobs()
                if not self._again:
                    break
        finally:
            self._refreshing = False

    def _show(self, jobs: list) -> None:
        selected = self.selected_job()
        self.jobs = list(jobs)
        self.table.setRowCount(len(self.jobs))
        for row, job in enumerate(self.jobs):
            doc = self.doc_label(job.doc_type) + (self.tr(" (Kopie)") if job.is_copy else "")
            status = self.status_name(job.status)
            if job.attempts > 1:
                status += self.tr(" ({n}. Versuch)").format(n=job.attempts)
            cells = (time_text(job.created_at, seconds=True), doc, job.printer or "–",
                     status, job.error or "")
            colour = STATUS_COLOURS.get(job.status)
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, job.id)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                if job.needs_attention and col == 3:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        if selected is not None:
            self.select_job(selected.id)
        bad = self.attention_jobs
        if bad:
            first = bad[0]
            more = (self.tr(" (und {n} weitere)").format(n=len(bad) - 1) if len(bad) > 1
                    else "")
            self.banner.setText(self.tr("{status}: {what} auf {printer}{more}. {error}").format(
                status=self.status_name(first.status), what=self.doc_label(first.doc_type),
                printer=first.printer or "–", more=more, error=first.error or "").strip())
        self.banner.setVisible(bool(bad))
        self._update_buttons()
        self.jobs_changed.emit()

    def _update_buttons(self) -> None:
        job = self.selected_job()
        self.retry_button.setEnabled(job is not None and can_retry(job.status))
        self.redirect_button.setEnabled(job is not None and can_redirect(job.status)
                                        and bool(self.redirect_combo.currentText()))

    # -- actions ----------------------------------------------------------------------------
    @asyncSlot()
    async def _on_retry(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        await self._act(self.print_desk.retry(job.id), self.tr("Erneut gesendet"))

    @asyncSlot()
    async def _on_redirect(self) -> None:
        job = self.selected_job()
        target = self.redirect_combo.currentText()
        if job is None or not target:
            return
        await self._act(self.print_desk.redirect(job.id, target),
                        self.tr("Umgeleitet auf {printer}").format(printer=target))

    async def _poll_jobs(self) -> list:
        await self.print_desk.poll()
        return await self.print_desk.jobs(limit=self.limit)

    def _action_failed(self, text: str, _error: bool) -> None:
        self.status_label.setText(text)
        self.action_failed.emit(text)

    async def _act(self, coro, done_text: str) -> None:
        self.retry_button.setEnabled(False)
        self.redirect_button.setEnabled(False)
        done = await self.ops.read(lambda: coro, what="print job action", message_for=str,
                                   current=lambda: not self._closed, tell=self._action_failed)
        if self._closed:
            return
        if not done:
            self._update_buttons()
            return
        job = done.value
        self.status_label.setText(f"{done_text}: {self.status_name(job.status)}")
        self._resume_polling()
        await self.refresh()
