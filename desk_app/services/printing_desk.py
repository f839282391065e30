"""Facades for printing and receipts, used by the UI (print-queue panel, print actions).

``PrintDesk`` renders a document, makes its job (idempotency key), hands it to the
spooler outside any transaction, follows it, and retries or redirects it without ever
printing twice (rules: desk_app.printing.jobs). ``ReceiptDesk`` issues and cancels
receipts when the office has them switched on.

Keys: the first print of a document for an entity has the natural key
``"{doc_type}:{entity}:{entity_id}"``, so a double click (two clicks, two calls) finds
the same job and prints once. A deliberate reprint is a new job with a fresh key,
rendered with ``copy=True`` ("KOPIE") and marked ``is_copy``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
from typing import Any, Sequence

from desk_app.printing.jobs import (
    JobStatus, RetryPlan, SpoolerError, SpoolJob, SpoolState, can_retry, retry_plan,
    status_after_poll,
)

from . import print_jobs, receipts
from .context import Context
from .database import Database
from .desk import Desk
from .fees import FeeRequest
from .idempotency import new_key
from .print_jobs import PrintJobView
from .receipts import ReceiptView
from .workplace import Workplace

log = logging.getLogger(__name__)

__all__ = ["PrintDesk", "ReceiptDesk", "doc_type_of", "render_document", "render_batch",
           "render_receipts_batch", "DOC_TYPES"]

DOC_TYPES = ("wait_ticket", "pickup_slip", "appointment_confirmation", "handover_confirmation",
             "fee_receipt")
_PRINTER_SETTING = {"wait_ticket": "wait_ticket", "fee_receipt": "receipts"}


def doc_type_of(data: Any) -> str:
    from desk_app.printing import data as d
    return {d.WaitTicketData: "wait_ticket", d.PickupSlipData: "pickup_slip",
            d.AppointmentConfirmationData: "appointment_confirmation",
            d.HandoverConfirmationData: "handover_confirmation",
            d.FeeReceiptData: "fee_receipt"}[type(data)]


def job_title(job) -> str:
    """The spooler's title of a print job: the same on every attempt and unique to the
    job (made at random with it, migration 0007), so two databases printing to one CUPS
    never share one. A retry looks for it before sending again. Jobs older than 0007
    get one from their id, key and creation time."""
    if getattr(job, "title", None):
        return job.title
    stamp = f"{job.key}|{job.created_at.isoformat()}".encode()
    return f"desk-{job.doc_type}-{job.id}-{hashlib.sha256(stamp).hexdigest()[:12]}"


def render_document(data: Any) -> bytes:
    import desk_app.printing as p
    return getattr(p, f"render_{doc_type_of(data)}")(data)


class _ContextDesk:
    """``ctx`` is the Context the desk acts with. A window shares one Workplace among its
    facades (``Workplace.share``), so later jobs, receipts and audit rows carry the counter
    and the person of the moment. The inner Desk follows."""

    def __init__(self, db: Database, ctx: Context) -> None:
        self.db = db
        self._desk = Desk(db, ctx)

    @property
    def workplace(self) -> Workplace:
        return self._desk.workplace

    @workplace.setter
    def workplace(self, workplace: Workplace) -> None:
        self._desk.workplace = workplace

    @property
    def ctx(self) -> Context:
        return self._desk.ctx

    @ctx.setter
    def ctx(self, ctx: Context) -> None:
        self._desk.ctx = ctx


class PrintDesk(_ContextDesk):
    """Print actions of one workstation.

    ``printers``: a desk_app.settings.PrinterSettings (or anything with the attributes
    wait_ticket, slips, receipts, stuck_after_s); ``default_printer`` when none is set.
    ``ctx``: replaceable, see _ContextDesk.
    """

    def __init__(self, db: Database, ctx: Context, spooler, *, printers: Any = None,
                 default_printer: str = "", stuck_after_s: float | None = None) -> None:
        super().__init__(db, ctx)
        self.spooler = spooler
        self.printers = printers
        self.default_printer = default_printer
        if stuck_after_s is None:
            stuck_after_s = getattr(printers, "stuck_after_s", 60) if printers else 60
        self.stuck_after = dt.timedelta(seconds=stuck_after_s)

    @property
    def station(self) -> str:
        return self.ctx.actor.station

    def printer_for(self, doc_type: str) -> str:
        attr = _PRINTER_SETTING.get(doc_type, "slips")
        return (getattr(self.printers, attr, "") if self.printers else "") or self.default_printer

    # -- printing -------------------------------------------------------------------------
    async def print_document(self, data: Any, *, entity: str = "", entity_id: int | None = None,
                             printer: str | None = None, key: str | None = None) -> PrintJobView:
        """Prints the original of a document (``copy`` forced off)."""
        doc_type = doc_type_of(data)
        if key is None:
            key = f"{doc_type}:{entity}:{entity_id}" if entity and entity_id is not None else new_key()
        if getattr(data, "copy", False):
            data = dataclasses.replace(data, copy=False)
        return await self.print_pdf(doc_type, render_document(data), key=key, entity=entity,
                                    entity_id=entity_id, printer=printer)

    async def reprint(self, data: Any, *, entity: str = "", entity_id: int | None = None,
                      printer: str | None = None, key: str | None = None) -> PrintJobView:
        """A deliberate reprint: a new job, the document marked "KOPIE"."""
        data = dataclasses.replace(data, copy=True)
        return await self.print_pdf(doc_type_of(data), render_document(data),
                                    key=key or new_key(), entity=entity, entity_id=entity_id,
                                    printer=printer, is_copy=True)

    async def print_pdf(self, doc_type: str, pdf: bytes, *, key: str, entity: str = "",
                        entity_id: int | None = None, printer: str | None = None,
                        is_copy: bool = False) -> PrintJobView:
        printer = printer or self.printer_for(doc_type)
        job, created = await self._desk.write(
            print_jobs.create_job, self.ctx, key=key, doc_type=doc_type, pdf=pdf,
            printer=printer, entity=entity, entity_id=entity_id, is_copy=is_copy)
        if not created:
            return job
        return await self._send(job.id, from_statuses=(JobStatus.QUEUED,),
                                expected_version=job.version)

    async def _send(self, job_id: int, *, from_statuses: Sequence[JobStatus],
                    printer: str | None = None, expected_version: int | None = None) -> PrintJobView:
        claim = await self._desk.write(print_jobs.claim, self.ctx, job_id,
                                       from_statuses=from_statuses, printer=printer,
                                       expected_version=expected_version)
        if claim is None:  # someone else is sending it, or it moved on
            return await self.job(job_id)
        job = claim.job
        error = spool_id = None
        title = job_title(job)
        if not job.printer:
            error = "Kein Drucker gewählt."
        else:
            if job.attempts > 1:   # handed over before: maybe the spooler has it already
                try:
                    found = await self._find_earlier(job, claim.previous_printer, title)
                except SpoolerError as exc:
                    return await self._desk.write(
                        print_jobs.record_submit, self.ctx, job.id, version=job.version,
                        spooler_job_id=None,
                        error=f"Nicht erneut gesendet: {exc.message}")
                if found is not None:
                    status = (JobStatus.PRINTED if found.state is SpoolState.COMPLETED
                              else JobStatus.SENT)
                    log.info("print job %s was in the spooler already (%s): not sent again",
                             job.id, found.state.value)
                    return await self._desk.write(
                        print_jobs.record_submit, self.ctx, job.id, version=job.version,
                        spooler_job_id=found.job_id, error=None, status=status)
            try:
                spool_id = await self.spooler.submit(job.printer, claim.pdf, title=title)
            except SpoolerError as exc:
                error = exc.message
        return await self._desk.write(print_jobs.record_submit, self.ctx, job.id,
                                      version=job.version, spooler_job_id=spool_id, error=error)

    async def _find_earlier(self, job, previous_printer: str, title: str):
        """An earlier hand-over of ``job`` the database never heard of (``lp`` succeeded,
        then the write of its outcome was lost): looked up by the job's unique title.
        Returns the spooler job on ``job.printer`` that is still to print or has
        printed (nothing is sent again), or None. One held on the previous printer of a
        redirect is cancelled first; if it printed meanwhile, that counts. A spooler
        that cannot look titles up (the Qt painter) returns None."""
        find = getattr(self.spooler, "find_by_title", None)
        if find is None:
            return None
        if previous_printer and previous_printer != job.printer:
            old = await find(previous_printer, title)
            if old is not None and old.state is SpoolState.COMPLETED:
                return old
            if old is not None and not old.state.finished:
                if await self.spooler.cancel(old.job_id) is SpoolState.COMPLETED:
                    return SpoolJob(old.job_id, SpoolState.COMPLETED)
        here = await find(job.printer, title)
        if here is None or here.state in (SpoolState.CANCELED, SpoolState.ABORTED,
                                          SpoolState.UNKNOWN):
            return None
        return here

    # -- following ------------------------------------------------------------------------
    async def jobs(self, *, limit: int = 50, all_stations: bool = False) -> list[PrintJobView]:
        return await self._desk.read(print_jobs.list_jobs,
                                      station=None if all_stations else self.station, limit=limit)

    async def job(self, job_id: int) -> PrintJobView:
        return await self._desk.read(print_jobs.get_job, job_id)

    async def pdf(self, job_id: int) -> bytes:
        return await self._desk.read(print_jobs.get_job_pdf, job_id)

    async def poll(self, job_ids: Sequence[int] | None = None) -> list[PrintJobView]:
        """Asks the spooler about this station's SENT and STUCK jobs; returns those that
        changed."""
        active = await self._desk.read(print_jobs.active_jobs, station=self.station, ids=job_ids)
        if not active:
            return []
        now = self.ctx.now()
        outcomes = []
        by_printer: dict[str, list[PrintJobView]] = {}
        for j in active:
            by_printer.setdefault(j.printer, []).append(j)
        for printer, jobs in by_printer.items():
            ids = [j.spooler_job_id for j in jobs if j.spooler_job_id]
            try:
                spool = await self.spooler.jobs(printer, ids)
                unfinished = any(not spool.get(i) or not spool[i].state.finished for i in ids)
                enabled = (await self.spooler.queue_state(printer)).enabled if unfinished else None
            except SpoolerError:
                spool, enabled = {}, None
            for j in jobs:
                verdict = status_after_poll(j.status, spool.get(j.spooler_job_id or ""),
                                            printer_enabled=enabled, sent_at=j.updated_at,
                                            now=now, stuck_after=self.stuck_after)
                if verdict is not None and (verdict[0] != j.status or verdict[1] != j.error):
                    outcomes.append((j.id, j.version, verdict[0], verdict[1]))
        if not outcomes:
            return []
        return await self._desk.write(print_jobs.record_poll, self.ctx, outcomes)

    # -- retry and redirect ---------------------------------------------------------------
    async def retry(self, job_id: int) -> PrintJobView:
        return await self._resend(job_id, None)

    async def redirect(self, job_id: int, printer: str) -> PrintJobView:
        return await self._resend(job_id, printer)

    async def _resend(self, job_id: int, printer: str | None) -> PrintJobView:
        job = await self.job(job_id)
        if not can_retry(job.status):
            raise print_jobs.not_retryable(job)
        same = printer is None or printer == job.printer
        spool = enabled = None
        if job.spooler_job_id:
            try:
                spool = (await self.spooler.jobs(job.printer, [job.spooler_job_id])).get(job.spooler_job_id)
                if same:
                    enabled = (await self.spooler.queue_state(job.printer)).enabled
            except SpoolerError:
                spool = None
        plan = retry_plan(job.status, job.spooler_job_id, spool, printer_enabled=enabled,
                          same_printer=same)
        if plan is RetryPlan.ALREADY_PRINTED:
            return await self._mark(job, JobStatus.PRINTED, None)
        if plan is RetryPlan.KEEP_WAITING:
            return await self._mark(job, JobStatus.STUCK,
                                    "Drucker angehalten: der Auftrag wartet in der Warteschlange "
                                    "und wird gedruckt, sobald der Drucker wieder läuft.")
        if plan is RetryPlan.CANCEL_AND_RESEND:
            try:
                state = await self.spooler.cancel(job.spooler_job_id)
            except SpoolerError as exc:
                return await self._mark(job, job.status, f"Abbrechen nicht möglich: {exc.message}")
            if state is SpoolState.COMPLETED:
                return await self._mark(job, JobStatus.PRINTED, None)
        return await self._send(job.id, from_statuses=(JobStatus.FAILED, JobStatus.STUCK,
                                                       JobStatus.QUEUED),
                                printer=printer, expected_version=job.version)

    async def _mark(self, job: PrintJobView, status: JobStatus, error: str | None) -> PrintJobView:
        views = await self._desk.write(print_jobs.record_poll, self.ctx,
                                       [(job.id, job.version, status, error)])
        return views[0] if views else await self.job(job.id)


class ReceiptDesk(_ContextDesk):
    """Receipts of one workstation; every call refuses when receipts are switched off.
    ``ctx``: replaceable, see _ContextDesk."""

    def __init__(self, db: Database, ctx: Context, *, enabled: bool, office_name: str = "",
                 office_address: str = "", place: str = "") -> None:
        super().__init__(db, ctx)
        self.enabled = enabled
        self.office_name = office_name
        self.office_address = office_address
        self.place = place

    def _check(self) -> None:
        if not self.enabled:
            raise receipts.ReceiptsDisabled()

    async def fee_catalogue(self, day: dt.date) -> list:
        """The fees valid on ``day`` (fees.FeeDefinition), for the receipt dialog."""
        from . import fees

        async def body(session):
            async with session.begin():
                return await fees.catalogue(session, day)
        return await self._desk.read(body)

    async def issue(self, *, payer_name: str, payment_method: str, fees: Sequence[FeeRequest],
                    entry_id: int | None = None, key: str | None = None) -> ReceiptView:
        self._check()
        return await self._desk.write(receipts.issue_receipt, self.ctx, key=key or new_key(),
                                      payer_name=payer_name, payment_method=payment_method,
                                      fees=fees, entry_id=entry_id)

    async def issue_batch(self, requests: Sequence[receipts.ReceiptRequest], *,
                          key: str | None = None) -> list[ReceiptView]:
        """Many receipts in ONE transaction, numbered in order; all or nothing
        (receipts.issue_batch). Pass a ``key`` to make a retry return the same receipts."""
        self._check()
        return await self._desk.write(receipts.issue_batch, self.ctx, list(requests),
                                      key=key or new_key())

    async def cancel(self, receipt_id: int, *, key: str | None = None) -> ReceiptView:
        self._check()
        return await self._desk.write(receipts.cancel_receipt, self.ctx, receipt_id,
                                      key=key or new_key())

    async def get(self, receipt_id: int) -> ReceiptView:
        return await self._desk.write(receipts.get_receipt, receipt_id)

    async def of_entry(self, entry_id: int) -> list[receipts.EntryReceipt]:
        """The entry's receipts, newest first, each with whether it is cancelled."""
        return await self._desk.read(receipts.entry_receipts, entry_id)

    def document(self, view: ReceiptView, *, language: str | None = None, paper: str = "a5",
                 copy: bool = False):
        return receipts.receipt_document(view, office_name=self.office_name,
                                         office_address=self.office_address, place=self.place,
                                         language=language, paper=paper, copy=copy)


def _render_chunk(datas: list) -> list[bytes]:
    return [render_document(d) for d in datas]


def render_batch(datas: Sequence[Any], *, workers: int | None = None) -> list[bytes]:
    """Renders many documents (e.g. a day's receipts for the cash office), in order.

    Large batches are spread over worker processes (one per core, forked where the
    platform allows so fonts loaded here are inherited); small ones, one-core machines
    and any pool failure fall back to rendering here.
    """
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    datas = list(datas)
    workers = workers or min(os.cpu_count() or 1, 8)
    if workers < 2 or len(datas) < 40:
        return _render_chunk(datas)
    size = -(-len(datas) // (workers * 4))
    chunks = [datas[i:i + size] for i in range(0, len(datas), size)]
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
            return [pdf for chunk in pool.map(_render_chunk, chunks) for pdf in chunk]
    except (OSError, RuntimeError):
        return _render_chunk(datas)


def render_receipts_batch(datas: Sequence[Any]) -> bytes:
    """Many receipts (FeeReceiptData) in ONE PDF, each on its own page(s) of its own paper,
    fonts embedded once (desk_app.printing.render_fee_receipts): for printing a batch as
    one job, far faster and smaller than ``render_batch``'s separate PDFs."""
    from desk_app.printing import render_fee_receipts
    return render_fee_receipts(list(datas))
