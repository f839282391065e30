"""The real print path: PrintDesk → lp → CUPS → cups-pdf, read back with pypdf.

cups-pdf runs the job through Ghostscript, which drops the fonts' Unicode maps: letters
outside ASCII come back as control characters in the extracted text. So these tests
assert the ASCII parts of each document (numbers, references, amounts, Latin words);
the documents' own tests check the full text on the original PDFs.
"""

from __future__ import annotations

import asyncio
import subprocess
import time

import pytest

from desk_app.printing.jobs import JobStatus, SpoolState
from desk_app.printing.samples import sample_documents
from desk_app.printing.spooler_cups import CupsSpooler, parse_job_ids, parse_request_id
from desk_app.services.printing_desk import PrintDesk, doc_type_of
from tests.support import Clock, desk_for

from .conftest import printed_files, tiny_pdf, wait_for_pdf

pytestmark = pytest.mark.cups


def _text(path) -> str:
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


async def _print_desk(db, queue, clock=None, stuck_after_s=60) -> PrintDesk:
    desk = await desk_for(db, "sbbi1", clock=clock or Clock(), station="cups-ws")
    return PrintDesk(db, desk.ctx, CupsSpooler(), default_printer=queue,
                     stuck_after_s=stuck_after_s)


async def _until(pd: PrintDesk, job_id: int, status: JobStatus, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        await pd.poll([job_id])
        job = await pd.job(job_id)
        if job.status is status:
            return job
        await asyncio.sleep(0.2)
    raise AssertionError(f"job {job_id} is {job.status} ({job.error}), not {status}")


EXPECTED = {   # ASCII fields of the sample documents, as they survive cups-pdf
    "wait_ticket": ["I-042", "02.03.2026", "35"],
    "pickup_slip": ["AZ 3-1234/26", "Ruppertstra"],
    "appointment_confirmation": ["T-2026-031600042", "Reisepass"],
    "handover_confirmation": ["P0123456", "AZ 3-1234/26"],
    "fee_receipt": ["2026-000123", "Quittung", "100,00", "36,00", "199,00"],
    "fee_receipt_80mm_storno": ["2026-000124", "2026-000123", "-136,00"],
}


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_every_document_type_prints_through_cups(db, cups):
    pd = await _print_desk(db, cups.queue)
    jobs = {}
    for stem, data in sample_documents("en").items():
        job = await pd.print_document(data, entity="sample", entity_id=len(jobs) + 1)
        assert job.status is JobStatus.SENT, job.error
        jobs[stem] = job
    for stem, job in jobs.items():
        path = wait_for_pdf(cups.out_dir, job.spooler_job_id)
        text = _text(path)
        for expected in EXPECTED[stem]:
            assert expected in text, (stem, expected, text[:500])
        assert (await _until(pd, job.id, JobStatus.PRINTED)).status is JobStatus.PRINTED
    assert {doc_type_of(d) for d in sample_documents("en").values()} == {
        "wait_ticket", "pickup_slip", "appointment_confirmation", "handover_confirmation",
        "fee_receipt"}


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_same_key_twice_is_one_cups_job(db, cups):
    pd = await _print_desk(db, cups.queue)
    before = set(cups.out_dir.glob("*.pdf"))
    data = sample_documents("de")["wait_ticket"]
    a, b = await asyncio.gather(pd.print_document(data, entity="entry", entity_id=99001),
                                pd.print_document(data, entity="entry", entity_id=99001))
    job = await _until(pd, a.id, JobStatus.PRINTED)
    assert a.id == b.id and job.attempts == 1
    title = job.title     # unique (migration 0007): other runs on this CUPS never match
    assert title.startswith(f"desk-wait_ticket-{job.id}-")
    assert len(printed_files(cups.out_dir, title, before)) == 1
    c = await pd.print_document(data, entity="entry", entity_id=99001)   # a late third click
    assert c.id == a.id and c.status is JobStatus.PRINTED
    time.sleep(1.0)
    assert len(printed_files(cups.out_dir, title, before)) == 1


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_disabled_queue_job_is_stuck_then_prints_once_when_enabled(db, cups):
    queue = cups.temp_queue_name()
    cups.add_queue(queue)
    cups.made.append(queue)
    subprocess.run(["cupsdisable", queue], check=True)
    pd = await _print_desk(db, queue)
    before = set(cups.out_dir.glob("*.pdf"))
    job = await pd.print_pdf("wait_ticket", tiny_pdf("held job"), key="held-1")
    assert job.status is JobStatus.SENT
    job = await _until(pd, job.id, JobStatus.STUCK)
    assert "angehalten" in job.error
    again = await pd.retry(job.id)                 # still disabled: nothing sent again
    assert again.status is JobStatus.STUCK and again.spooler_job_id == job.spooler_job_id
    subprocess.run(["cupsenable", queue], check=True)
    path = wait_for_pdf(cups.out_dir, job.spooler_job_id)
    assert "held job" in _text(path)
    deadline = time.monotonic() + 20
    while (done := await pd.retry(job.id)).status is not JobStatus.PRINTED:
        assert time.monotonic() < deadline, done
        await asyncio.sleep(0.2)
    assert done.attempts == 1                      # the retry found the late success
    time.sleep(1.0)
    assert len(printed_files(cups.out_dir, job.title, before)) == 1


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_missing_queue_fails_and_retry_completes_once_it_is_back(db, cups):
    queue = cups.temp_queue_name()
    pd = await _print_desk(db, queue)
    job = await pd.print_pdf("pickup_slip", tiny_pdf("missing queue"), key="missing-1")
    assert job.status is JobStatus.FAILED and queue in job.error
    cups.add_queue(queue)
    cups.made.append(queue)
    job = await pd.retry(job.id)
    assert job.status is JobStatus.SENT and job.attempts == 2
    assert "missing queue" in _text(wait_for_pdf(cups.out_dir, job.spooler_job_id))
    assert (await _until(pd, job.id, JobStatus.PRINTED)).status is JobStatus.PRINTED


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_rejecting_queue_fails_and_redirect_prints_elsewhere(db, cups):
    queue = cups.temp_queue_name()
    cups.add_queue(queue)
    cups.made.append(queue)
    subprocess.run(["cupsreject", queue], check=True)
    pd = await _print_desk(db, queue)
    job = await pd.print_pdf("wait_ticket", tiny_pdf("rejected"), key="reject-1")
    assert job.status is JobStatus.FAILED and "nimmt keine" in job.error
    moved = await pd.redirect(job.id, cups.queue)
    assert moved.status is JobStatus.SENT and moved.printer == cups.queue
    assert (await _until(pd, job.id, JobStatus.PRINTED)).status is JobStatus.PRINTED


def test_spooler_job_state_tells_cancelled_from_completed(cups):
    spooler = CupsSpooler()
    queue = cups.temp_queue_name()
    cups.add_queue(queue)
    cups.made.append(queue)
    subprocess.run(["cupsdisable", queue], check=True)
    held = spooler.submit_sync(queue, tiny_pdf("to cancel"), title="desk-cancel-test")
    assert spooler.jobs_sync(queue, [held])[held].state is SpoolState.PENDING
    assert spooler.queue_state_sync(queue).enabled is False
    assert spooler.cancel_sync(held) is SpoolState.CANCELED
    assert spooler.jobs_sync(queue, [held])[held].state is SpoolState.CANCELED
    done = spooler.submit_sync(cups.queue, tiny_pdf("to complete"), title="desk-complete-test")
    wait_for_pdf(cups.out_dir, done)
    deadline = time.monotonic() + 20
    while spooler.jobs_sync(cups.queue, [done])[done].state is not SpoolState.COMPLETED:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    assert spooler.cancel_sync(done) is SpoolState.COMPLETED
    assert spooler.queue_state_sync("DeskNoSuchQueue").exists is False


def test_parsers():
    assert parse_request_id("request id is DeskPDF-12 (1 file(s))\n") == "DeskPDF-12"
    out = ("DeskPDF-3               root             45056   Wed Nov 25 01:40:46 2026\n"
           "\tAlerts: none\nDeskPDF-14 root 1 Wed\n")
    assert parse_job_ids(out) == ["DeskPDF-3", "DeskPDF-14"]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_lp_succeeded_write_lost_retry_prints_once(db, cups):
    """lp took the job, then the database never heard of it: the retry finds the job's
    title in CUPS (completed, or still to print) and sends nothing again."""
    from desk_app.services import print_jobs
    from desk_app.services.printing_desk import job_title

    pd = await _print_desk(db, cups.queue)
    before = set(cups.out_dir.glob("*.pdf"))
    job, _ = await pd._desk.write(print_jobs.create_job, pd.ctx, key="lost-write-cups",
                                  doc_type="wait_ticket", pdf=tiny_pdf("printed once"),
                                  printer=cups.queue)
    claim = await pd._desk.write(print_jobs.claim, pd.ctx, job.id,
                                 from_statuses=(JobStatus.QUEUED,))
    spool_id = await pd.spooler.submit(cups.queue, claim.pdf, title=job_title(claim.job))
    found = await pd.spooler.find_by_title(cups.queue, job.title)
    assert found is not None and found.job_id == spool_id
    assert await pd.spooler.find_by_title(cups.queue, job.title + "-other") is None
    wait_for_pdf(cups.out_dir, spool_id)

    again = await pd.retry(job.id)                 # the clerk presses "Erneut senden"
    assert again.spooler_job_id == spool_id and again.status in (JobStatus.SENT,
                                                                 JobStatus.PRINTED)
    await _until(pd, job.id, JobStatus.PRINTED)
    time.sleep(1.0)
    assert len(printed_files(cups.out_dir, job.title, before)) == 1
