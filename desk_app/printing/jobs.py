"""Print-job rules: pure, Qt-free and database-free.

A job's life:

    QUEUED ──handed to the spooler──▶ SENT ──spooler completed──▶ PRINTED
      │                                 │ not completed within the timeout, or the
      │ spooler refused (queue missing,  │ printer is paused with the job held
      │ not accepting, lp failed)        ▼
      └──────────────▶ FAILED         STUCK ──completed late──▶ PRINTED
                          ▲             │
                          └─canceled/aborted in the spooler─┘

Retry and redirect take a FAILED or STUCK job (or a QUEUED one whose hand-over was
interrupted) and hand the *same* PDF to the spooler again. Neither may ever print twice:

- a job the spooler has completed in the meantime ("late success") becomes PRINTED and
  nothing is sent again;
- a job still held by the spooler is cancelled there before it is sent again (and if the
  cancel finds it completed, that is a late success);
- a retry onto a paused queue that still holds the job just keeps waiting: the held job
  prints by itself once the queue is enabled again.

A deliberate reprint is never a retry: it is a new job marked as a copy ("KOPIE").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, Sequence

__all__ = [
    "JobStatus", "SpoolState", "QueueState", "SpoolJob", "Spooler", "SpoolerError",
    "RetryPlan", "ACTIVE", "can_retry", "can_redirect", "status_after_submit",
    "status_after_poll", "retry_plan", "queue_problem", "STATUS_LABELS_DE",
]


class JobStatus(StrEnum):
    QUEUED = "QUEUED"
    SENT = "SENT"
    PRINTED = "PRINTED"
    FAILED = "FAILED"
    STUCK = "STUCK"


STATUS_LABELS_DE = {
    JobStatus.QUEUED: "Wartet",
    JobStatus.SENT: "Gesendet",
    JobStatus.PRINTED: "Gedruckt",
    JobStatus.FAILED: "Fehlgeschlagen",
    JobStatus.STUCK: "Hängt",
}

#: statuses whose spooler job is still followed
ACTIVE = frozenset({JobStatus.SENT, JobStatus.STUCK})


class SpoolState(StrEnum):
    """What the spooler says about one of its jobs."""

    PENDING = "pending"
    HELD = "held"
    PROCESSING = "processing"
    COMPLETED = "completed"
    CANCELED = "canceled"
    ABORTED = "aborted"
    UNKNOWN = "unknown"        # the spooler does not know the job (any more)

    @property
    def finished(self) -> bool:
        return self in (SpoolState.COMPLETED, SpoolState.CANCELED, SpoolState.ABORTED)


@dataclass(frozen=True, slots=True)
class QueueState:
    name: str
    exists: bool
    enabled: bool = False
    accepting: bool = False
    message: str = ""


@dataclass(frozen=True, slots=True)
class SpoolJob:
    job_id: str
    state: SpoolState
    message: str = ""


class SpoolerError(Exception):
    """The spooler refused or could not be asked. ``code`` is stable for the UI:
    queue_missing, queue_rejecting, no_scheduler, submit_failed, timeout."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class Spooler(Protocol):
    """A print back end: CUPS (desk_app.printing.spooler_cups) or, where the spooler
    cannot take PDF, the Qt painter in desk_app.ui.printing_qt."""

    async def submit(self, queue: str, pdf: bytes, *, title: str) -> str: ...
    async def jobs(self, queue: str, job_ids: Sequence[str]) -> dict[str, SpoolJob]: ...
    async def queue_state(self, queue: str) -> QueueState: ...
    async def cancel(self, job_id: str) -> SpoolState: ...


class RetryPlan(StrEnum):
    ALREADY_PRINTED = "already_printed"          # late success: mark PRINTED, send nothing
    KEEP_WAITING = "keep_waiting"                # held in a paused queue: it prints by itself
    CANCEL_AND_RESEND = "cancel_and_resend"      # cancel the held spooler job, then send
    SEND = "send"                                # nothing in the spooler: send


def can_retry(status: JobStatus | str) -> bool:
    return JobStatus(status) in (JobStatus.FAILED, JobStatus.STUCK, JobStatus.QUEUED)


def can_redirect(status: JobStatus | str) -> bool:
    return JobStatus(status) in (JobStatus.FAILED, JobStatus.STUCK, JobStatus.QUEUED)


def queue_problem(queue: QueueState) -> str | None:
    """Why a queue cannot take a job now (German, for the clerk), or None."""
    if not queue.exists:
        return f"Drucker {queue.name} ist nicht eingerichtet."
    if not queue.accepting:
        return f"Drucker {queue.name} nimmt keine Aufträge an."
    return None


def status_after_submit(error: str | None) -> JobStatus:
    return JobStatus.FAILED if error else JobStatus.SENT


def status_after_poll(current: JobStatus | str, spool: SpoolJob | None, *,
                      printer_enabled: bool | None, sent_at: dt.datetime,
                      now: dt.datetime, stuck_after: dt.timedelta) -> tuple[JobStatus, str | None] | None:
    """The job's new (status, error) after asking the spooler, or None for no change.

    ``sent_at``: when the job was handed over. ``spool`` None or UNKNOWN: the spooler has
    no record (yet); the job keeps waiting and becomes STUCK after the timeout. A paused
    printer holding the job makes it STUCK at once: the clerk should know now, not in a
    minute. A STUCK job stays STUCK until the spooler finishes it (late success: PRINTED).
    """
    current = JobStatus(current)
    if current not in ACTIVE:
        return None
    state = spool.state if spool is not None else SpoolState.UNKNOWN
    if state is SpoolState.COMPLETED:
        return JobStatus.PRINTED, None
    if state is SpoolState.CANCELED:
        return JobStatus.FAILED, "Druckauftrag wurde im Drucksystem abgebrochen."
    if state is SpoolState.ABORTED:
        detail = f": {spool.message}" if spool and spool.message else "."
        return JobStatus.FAILED, f"Drucksystem hat den Auftrag verworfen{detail}"
    if current is JobStatus.STUCK:
        return None
    if printer_enabled is False and state is not SpoolState.UNKNOWN:
        return JobStatus.STUCK, "Drucker angehalten: der Auftrag wartet in der Warteschlange."
    if now - sent_at >= stuck_after:
        seconds = int(stuck_after.total_seconds())
        why = spool.message if spool and spool.message else ""
        text = f"Nach {seconds} s noch nicht gedruckt" + (f" ({why})" if why else "") + "."
        return JobStatus.STUCK, text
    return None


def retry_plan(status: JobStatus | str, spooler_job_id: str | None, spool: SpoolJob | None,
               *, printer_enabled: bool | None, same_printer: bool) -> RetryPlan:
    """What a retry (same printer) or redirect (another printer) must do.

    ``spool`` is the spooler's current view of the job's previous hand-over, if any.
    """
    status = JobStatus(status)
    if not can_retry(status):
        raise ValueError(f"a {status} job cannot be retried")
    if spooler_job_id is None or spool is None:
        return RetryPlan.SEND
    if spool.state is SpoolState.COMPLETED:
        return RetryPlan.ALREADY_PRINTED
    if spool.state in (SpoolState.CANCELED, SpoolState.ABORTED, SpoolState.UNKNOWN):
        return RetryPlan.SEND
    # still in the spooler: pending, held or processing
    if same_printer and printer_enabled is False:
        return RetryPlan.KEEP_WAITING
    return RetryPlan.CANCEL_AND_RESEND
