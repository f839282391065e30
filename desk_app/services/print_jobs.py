"""Print jobs in the database: one transaction per step, plain dataclasses out.

The spooler is never called inside a transaction. A print is three short steps:

1. ``create_job``: the job row with its idempotency key and the PDF (QUEUED). The same
   key again returns the existing job: a double click prints once.
2. ``claim``: a conditional update (status and version as read) that only one caller
   wins; the winner hands the PDF to the spooler, everyone else just shows the job.
3. ``record_submit`` / ``record_poll``: the spooler's answer (SENT with its job id, or
   FAILED with the reason; later PRINTED, STUCK or FAILED).

The orchestration with a spooler lives in desk_app.services.printing_desk.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Sequence

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.models import PrintJob
from desk_app.printing.jobs import ACTIVE, JobStatus

from .changes import Change, audit, record_changes
from .context import Context
from .idempotency import hold_key

__all__ = [
    "PrintJobView", "Claim", "JobNotRetryable", "create_job", "get_job", "get_job_pdf",
    "list_jobs", "claim", "record_submit", "record_poll", "active_jobs",
]


@dataclass(frozen=True)
class PrintJobView:
    id: int
    key: str
    doc_type: str
    entity: str
    entity_id: int | None
    station: str
    printer: str
    status: JobStatus
    is_copy: bool
    attempts: int
    spooler_job_id: str | None
    error: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int
    title: str | None = None     # the spooler's title, the same on every attempt

    @property
    def needs_attention(self) -> bool:
        return self.status in (JobStatus.FAILED, JobStatus.STUCK)


@dataclass(frozen=True)
class Claim:
    """The right to hand the job's PDF to the spooler, won by exactly one caller."""

    job: PrintJobView
    pdf: bytes
    previous_printer: str
    previous_spooler_job_id: str | None


class JobNotRetryable(errors.DomainError):
    code = "print_job_not_retryable"
    template = "Druckauftrag {job_id} ist {status_de}; erneut drucken nur als Kopie."


def _view(j: PrintJob) -> PrintJobView:
    return PrintJobView(id=j.id, key=j.key, doc_type=j.doc_type, entity=j.entity,
                        entity_id=j.entity_id, station=j.station, printer=j.printer,
                        status=JobStatus(j.status), is_copy=j.is_copy, attempts=j.attempts,
                        spooler_job_id=j.spooler_job_id, error=j.error, created_at=j.created_at,
                        updated_at=j.updated_at, version=j.version, title=j.title)


async def _load(session: AsyncSession, job_id: int) -> PrintJob:
    job = await session.get(PrintJob, job_id)
    if job is None:
        raise errors.NotFound(what=f"Druckauftrag {job_id}")
    return job


async def create_job(session: AsyncSession, ctx: Context, *, key: str, doc_type: str,
                     pdf: bytes, printer: str, entity: str = "", entity_id: int | None = None,
                     is_copy: bool = False) -> tuple[PrintJobView, bool]:
    """The job for ``key``; (view, True) if made now, (existing view, False) if the key was
    used before. A concurrent duplicate fails on the unique key; the caller retries."""
    async with session.begin():
        await hold_key(session, key)
        existing = (await session.execute(select(PrintJob).where(PrintJob.key == key))).scalar_one_or_none()
        if existing is not None:
            return _view(existing), False
        now = ctx.now()
        job = PrintJob(key=key, doc_type=doc_type, entity=entity, entity_id=entity_id,
                       station=ctx.actor.station, printer=printer, status=JobStatus.QUEUED.value,
                       is_copy=is_copy, attempts=0, pdf=pdf, created_at=now, updated_at=now,
                       version=1)
        session.add(job)
        await session.flush()
        # unique in every spooler this job may reach; no name, no personal data
        job.title = f"desk-{doc_type[:32]}-{job.id}-{uuid.uuid4().hex[:16]}"
        await session.flush()
        await audit(session, ctx.actor, now, action="reprint" if is_copy else "print",
                    entity="print_job", entity_id=job.id, to_state=JobStatus.QUEUED.value,
                    detail=doc_type[:64])
        await record_changes(session, [Change("print_job", job.id, "print_queued")], now)
        return _view(job), True


async def get_job(session: AsyncSession, job_id: int) -> PrintJobView:
    async with session.begin():
        return _view(await _load(session, job_id))


async def get_job_pdf(session: AsyncSession, job_id: int) -> bytes:
    async with session.begin():
        return bytes((await _load(session, job_id)).pdf)


async def list_jobs(session: AsyncSession, *, station: str | None = None,
                    since: dt.datetime | None = None, limit: int = 100) -> list[PrintJobView]:
    """Newest first. Without the PDF column (it can be large)."""
    async with session.begin():
        q = select(PrintJob).order_by(PrintJob.id.desc()).limit(limit)
        if station is not None:
            q = q.where(PrintJob.station == station)
        if since is not None:
            q = q.where(PrintJob.created_at >= since)
        from sqlalchemy.orm import defer
        rows = (await session.execute(q.options(defer(PrintJob.pdf)))).scalars().all()
        return [_view(j) for j in rows]


async def active_jobs(session: AsyncSession, *, station: str | None = None,
                      ids: Sequence[int] | None = None) -> list[PrintJobView]:
    """SENT and STUCK jobs (the ones whose spooler job is followed)."""
    async with session.begin():
        from sqlalchemy.orm import defer
        q = select(PrintJob).where(PrintJob.status.in_([s.value for s in ACTIVE])) \
            .options(defer(PrintJob.pdf)).order_by(PrintJob.id)
        if station is not None:
            q = q.where(PrintJob.station == station)
        if ids is not None:
            q = q.where(PrintJob.id.in_(list(ids)))
        return [_view(j) for j in (await session.execute(q)).scalars()]


async def claim(session: AsyncSession, ctx: Context, job_id: int, *,
                from_statuses: Sequence[JobStatus], printer: str | None = None,
                expected_version: int | None = None) -> Claim | None:
    """Takes the job for a hand-over to the spooler: attempts+1, version+1, optionally a
    new printer. None when another caller took it first or its status is not one of
    ``from_statuses`` any more."""
    async with session.begin():
        job = await _load(session, job_id)
        if JobStatus(job.status) not in from_statuses:
            return None
        if expected_version is not None and job.version != expected_version:
            return None
        previous_printer, previous_spooler = job.printer, job.spooler_job_id
        now = ctx.now()
        values = {"attempts": PrintJob.attempts + 1, "version": PrintJob.version + 1,
                  "updated_at": now}
        if printer is not None:
            values["printer"] = printer
        won = await session.execute(
            update(PrintJob).where(PrintJob.id == job_id, PrintJob.version == job.version)
            .values(**values).execution_options(synchronize_session=False))
        if won.rowcount != 1:
            return None
        await session.refresh(job)
        if printer is not None and printer != previous_printer:
            await audit(session, ctx.actor, now, action="print_redirect", entity="print_job",
                        entity_id=job.id, from_state=job.status, to_state=job.status)
        return Claim(job=_view(job), pdf=bytes(job.pdf), previous_printer=previous_printer,
                     previous_spooler_job_id=previous_spooler)


async def record_submit(session: AsyncSession, ctx: Context, job_id: int, *, version: int,
                        spooler_job_id: str | None, error: str | None,
                        status: JobStatus | None = None) -> PrintJobView:
    """The hand-over's outcome for the claim of ``version``: SENT (or the given status)
    with the spooler's job id, or FAILED with the reason."""
    async with session.begin():
        job = await _load(session, job_id)
        if job.version != version:  # a newer claim exists: do not overwrite its outcome
            return _view(job)
        now = ctx.now()
        old = job.status
        job.status = (status or (JobStatus.FAILED if error else JobStatus.SENT)).value
        job.spooler_job_id = spooler_job_id if spooler_job_id is not None else job.spooler_job_id
        job.error = error
        job.updated_at = now
        job.version += 1
        await session.flush()
        if old != job.status:
            await audit(session, ctx.actor, now, action="print_status", entity="print_job",
                        entity_id=job.id, from_state=old, to_state=job.status)
        await record_changes(session, [Change("print_job", job.id, f"print_{job.status.lower()}")], now)
        return _view(job)


async def record_poll(session: AsyncSession, ctx: Context,
                      outcomes: Sequence[tuple[int, int, JobStatus, str | None]]) -> list[PrintJobView]:
    """Stores polled statuses: (job id, version read, new status, error). A job changed
    meanwhile (version differs) keeps its newer state."""
    async with session.begin():
        now = ctx.now()
        changed, views = [], []
        for job_id, version, status, error in outcomes:
            job = await session.get(PrintJob, job_id)
            if job is None:
                continue
            if job.version == version and (job.status != status.value or job.error != error):
                old = job.status
                job.status, job.error, job.updated_at = status.value, error, now
                job.version += 1
                if old != job.status:
                    await audit(session, ctx.actor, now, action="print_status",
                                entity="print_job", entity_id=job.id, from_state=old,
                                to_state=job.status)
                    changed.append(Change("print_job", job.id, f"print_{job.status.lower()}"))
            views.append(_view(job))
        await session.flush()
        await record_changes(session, changed, now)
        return views


def not_retryable(job: PrintJobView) -> JobNotRetryable:
    from desk_app.printing.jobs import STATUS_LABELS_DE
    return JobNotRetryable(job_id=job.id, status_de=STATUS_LABELS_DE[job.status])
