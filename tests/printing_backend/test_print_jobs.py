"""Print jobs through the services with a fake spooler, on SQLite and PostgreSQL:
double-print protection, copies, failure and retry, stuck jobs, late success, redirect."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest

from desk_app.printing.jobs import JobStatus, SpoolState
from desk_app.printing.samples import sample_documents
from desk_app.services import print_jobs
from desk_app.services.printing_desk import PrintDesk
from desk_app.services.print_jobs import JobNotRetryable
from tests.support import Clock, desk_for

from .conftest import tiny_pdf


async def _print_desk(db, spooler, clock=None, station="ws-1", **kw) -> PrintDesk:
    desk = await desk_for(db, "sbbi1", clock=clock or Clock(), station=station)
    kw.setdefault("default_printer", "Thermo1")
    return PrintDesk(db, desk.ctx, spooler, stuck_after_s=60, **kw)


async def test_print_sends_once_and_completes(db, fake_spooler):
    pd = await _print_desk(db, fake_spooler)
    job = await pd.print_pdf("wait_ticket", tiny_pdf(), key="k1", entity="entry", entity_id=7)
    assert job.status is JobStatus.SENT and job.spooler_job_id == "Thermo1-1"
    assert job.attempts == 1 and not job.is_copy
    fake_spooler.complete("Thermo1-1")
    changed = await pd.poll()
    assert [j.status for j in changed] == [JobStatus.PRINTED]
    assert await pd.poll() == []  # nothing active any more


async def test_same_key_twice_prints_once(db, fake_spooler):
    pd = await _print_desk(db, fake_spooler)
    data = sample_documents("de")["wait_ticket"]
    first = await pd.print_document(data, entity="entry", entity_id=42)
    second = await pd.print_document(data, entity="entry", entity_id=42)  # the double click
    assert first.id == second.id and first.key == "wait_ticket:entry:42"
    assert len(fake_spooler.submitted) == 1


async def test_concurrent_double_click_prints_once(db, fake_spooler):
    pd = await _print_desk(db, fake_spooler)
    pdf = tiny_pdf()
    results = await asyncio.gather(*(pd.print_pdf("pickup_slip", pdf, key="dbl", entity="order",
                                                  entity_id=1) for _ in range(5)))
    assert len({j.id for j in results}) == 1
    assert len(fake_spooler.submitted) == 1


async def test_reprint_is_a_new_job_marked_copy(db, fake_spooler):
    from desk_app.printing import samples
    pd = await _print_desk(db, fake_spooler)
    data = samples.sample_documents("de")["pickup_slip"]
    original = await pd.print_document(data, entity="order", entity_id=3)
    copy = await pd.reprint(data, entity="order", entity_id=3)
    assert copy.id != original.id and copy.is_copy and not original.is_copy
    assert len(fake_spooler.submitted) == 2
    from tests.printing.conftest import pdf_text
    assert "KOPIE" in pdf_text(fake_spooler.submitted[1][2])
    assert "KOPIE" not in pdf_text(fake_spooler.submitted[0][2])


async def test_missing_queue_fails_and_retry_completes_once_back(db, fake_spooler):
    pd = await _print_desk(db, fake_spooler, default_printer="Gone")
    job = await pd.print_pdf("wait_ticket", tiny_pdf(), key="m1")
    assert job.status is JobStatus.FAILED and "nicht eingerichtet" in job.error
    assert job.needs_attention
    fake_spooler.add("Gone")
    job = await pd.retry(job.id)
    assert job.status is JobStatus.SENT and job.attempts == 2 and job.error is None
    fake_spooler.complete(job.spooler_job_id)
    assert (await pd.poll())[0].status is JobStatus.PRINTED
    assert len(fake_spooler.submitted) == 1
    with pytest.raises(JobNotRetryable):
        await pd.retry(job.id)  # printed: a further print is a reprint (copy)


async def test_stuck_after_timeout_then_late_success_is_not_printed_again(db, fake_spooler):
    clock = Clock()
    pd = await _print_desk(db, fake_spooler, clock=clock)
    job = await pd.print_pdf("wait_ticket", tiny_pdf(), key="s1")
    clock.advance(seconds=30)
    assert await pd.poll() == []                      # still within the timeout
    clock.advance(seconds=31)
    (stuck,) = await pd.poll()
    assert stuck.status is JobStatus.STUCK and "60 s" in stuck.error
    fake_spooler.complete(job.spooler_job_id)         # the printer woke up late
    retried = await pd.retry(job.id)
    assert retried.status is JobStatus.PRINTED
    assert len(fake_spooler.submitted) == 1           # never a second print


async def test_stuck_job_becomes_printed_by_polling(db, fake_spooler):
    clock = Clock()
    pd = await _print_desk(db, fake_spooler, clock=clock)
    job = await pd.print_pdf("wait_ticket", tiny_pdf(), key="s2")
    clock.advance(minutes=2)
    assert (await pd.poll())[0].status is JobStatus.STUCK
    fake_spooler.complete(job.spooler_job_id)
    assert (await pd.poll())[0].status is JobStatus.PRINTED


async def test_paused_printer_makes_job_stuck_at_once_and_retry_waits(db, fake_spooler):
    fake_spooler.add("Thermo1", enabled=False)
    pd = await _print_desk(db, fake_spooler)
    job = await pd.print_pdf("wait_ticket", tiny_pdf(), key="p1")
    (stuck,) = await pd.poll()
    assert stuck.status is JobStatus.STUCK and "angehalten" in stuck.error
    again = await pd.retry(job.id)                    # still paused: the held job waits
    assert again.status is JobStatus.STUCK and len(fake_spooler.submitted) == 1
    fake_spooler.add("Thermo1")
    fake_spooler.complete(job.spooler_job_id)         # enabled: the held job prints
    assert (await pd.retry(job.id)).status is JobStatus.PRINTED
    assert len(fake_spooler.submitted) == 1


async def test_redirect_cancels_the_held_job_and_prints_elsewhere(db, fake_spooler):
    fake_spooler.add("Thermo1", enabled=False)
    pd = await _print_desk(db, fake_spooler)
    job = await pd.print_pdf("wait_ticket", tiny_pdf(), key="r1")
    await pd.poll()
    moved = await pd.redirect(job.id, "Laser2")
    assert moved.printer == "Laser2" and moved.status is JobStatus.SENT
    assert fake_spooler.states[job.spooler_job_id].state is SpoolState.CANCELED
    assert [q for q, _, _ in fake_spooler.submitted] == ["Thermo1", "Laser2"]


async def test_redirect_after_late_success_does_not_print_twice(db, fake_spooler):
    clock = Clock()
    pd = await _print_desk(db, fake_spooler, clock=clock)
    job = await pd.print_pdf("wait_ticket", tiny_pdf(), key="r2")
    clock.advance(minutes=5)
    await pd.poll()
    fake_spooler.complete(job.spooler_job_id)
    moved = await pd.redirect(job.id, "Laser2")
    assert moved.status is JobStatus.PRINTED and moved.printer == "Thermo1"
    assert len(fake_spooler.submitted) == 1


async def test_job_canceled_in_the_spooler_fails_and_can_be_retried(db, fake_spooler):
    pd = await _print_desk(db, fake_spooler)
    job = await pd.print_pdf("wait_ticket", tiny_pdf(), key="c1")
    fake_spooler.complete(job.spooler_job_id, SpoolState.CANCELED)
    (failed,) = await pd.poll()
    assert failed.status is JobStatus.FAILED and "abgebrochen" in failed.error
    assert (await pd.retry(job.id)).status is JobStatus.SENT
    assert len(fake_spooler.submitted) == 2


async def test_jobs_lists_this_station_only_without_pdf(db, fake_spooler):
    a = await _print_desk(db, fake_spooler, station="ws-a")
    b = await _print_desk(db, fake_spooler, station="ws-b")
    await a.print_pdf("wait_ticket", tiny_pdf(), key="a1")
    await b.print_pdf("wait_ticket", tiny_pdf(), key="b1")
    assert [j.key for j in await a.jobs()] == ["a1"]
    assert len(await a.jobs(all_stations=True)) == 2
    assert (await a.pdf((await a.jobs())[0].id)).startswith(b"%PDF")


async def test_print_job_changes_reach_the_change_log(db, fake_spooler):
    from desk_app.services.changes import changes_after
    pd = await _print_desk(db, fake_spooler)
    job = await pd.print_pdf("wait_ticket", tiny_pdf(), key="cl1")
    async with db.read() as s:
        ops = [(c.entity, c.entity_id, c.op) for c in await changes_after(s, 0)]
    assert ("print_job", job.id, "print_queued") in ops and ("print_job", job.id, "print_sent") in ops


# -- printing once, even when lp succeeded and the write after it was lost ----------------
async def _lost_after_lp(pd: PrintDesk, spooler, key: str):
    """What a lost write after ``lp`` leaves: the job claimed (attempts 1) and in the
    spooler under its title, but QUEUED in the database without a spooler id."""
    from desk_app.services.printing_desk import job_title

    job, created = await pd._desk.write(print_jobs.create_job, pd.ctx, key=key,
                                        doc_type="pickup_slip", pdf=tiny_pdf(),
                                        printer="Laser2")
    assert created and job.title and job.title.startswith(f"desk-pickup_slip-{job.id}-")
    claim = await pd._desk.write(print_jobs.claim, pd.ctx, job.id,
                                 from_statuses=(JobStatus.QUEUED,))
    spool_id = await spooler.submit("Laser2", claim.pdf, title=job_title(claim.job))
    stored = await pd.job(job.id)
    assert stored.status is JobStatus.QUEUED and stored.spooler_job_id is None
    assert stored.attempts == 1
    return stored, spool_id


async def test_retry_after_a_lost_write_finds_the_job_in_the_spooler(db, fake_spooler):
    pd = await _print_desk(db, fake_spooler)
    job, spool_id = await _lost_after_lp(pd, fake_spooler, "lost-1")
    again = await pd.retry(job.id)
    assert len(fake_spooler.submitted) == 1                   # not sent a second time
    assert again.status is JobStatus.SENT and again.spooler_job_id == spool_id
    fake_spooler.complete(spool_id)
    assert [j.status for j in await pd.poll()] == [JobStatus.PRINTED]


async def test_retry_after_a_lost_write_of_a_printed_job_marks_it_printed(db, fake_spooler):
    pd = await _print_desk(db, fake_spooler)
    job, spool_id = await _lost_after_lp(pd, fake_spooler, "lost-2")
    fake_spooler.complete(spool_id)
    again = await pd.retry(job.id)
    assert again.status is JobStatus.PRINTED and len(fake_spooler.submitted) == 1


async def test_retry_sends_again_when_the_earlier_job_was_cancelled(db, fake_spooler):
    pd = await _print_desk(db, fake_spooler)
    job, spool_id = await _lost_after_lp(pd, fake_spooler, "lost-3")
    fake_spooler.complete(spool_id, SpoolState.CANCELED)
    again = await pd.retry(job.id)
    assert len(fake_spooler.submitted) == 2 and again.status is JobStatus.SENT
    assert fake_spooler.submitted[0][1] == fake_spooler.submitted[1][1] == job.title


async def test_retry_does_not_resend_blindly_when_the_spooler_cannot_be_asked(db, fake_spooler):
    pd = await _print_desk(db, fake_spooler)
    job, _ = await _lost_after_lp(pd, fake_spooler, "lost-4")
    fake_spooler.find_fails = True
    again = await pd.retry(job.id)
    assert len(fake_spooler.submitted) == 1
    assert again.status is JobStatus.FAILED and "Nicht erneut gesendet" in again.error


async def test_redirect_after_a_lost_write_cancels_the_held_job_first(db, fake_spooler):
    pd = await _print_desk(db, fake_spooler)
    job, spool_id = await _lost_after_lp(pd, fake_spooler, "lost-5")
    moved = await pd.redirect(job.id, "Thermo1")
    assert fake_spooler.states[spool_id].state is SpoolState.CANCELED
    assert [q for q, _t, _p in fake_spooler.submitted] == ["Laser2", "Thermo1"]
    assert moved.status is JobStatus.SENT and moved.printer == "Thermo1"


async def test_titles_are_unique_and_the_same_on_every_attempt(db, fake_spooler):
    fake_spooler.queues.pop("Laser2")
    pd = await _print_desk(db, fake_spooler, default_printer="Laser2")
    a = await pd.print_pdf("wait_ticket", tiny_pdf(), key="t-a")
    b = await pd.print_pdf("wait_ticket", tiny_pdf(), key="t-b")
    assert a.status is JobStatus.FAILED and a.title != b.title
    fake_spooler.add("Laser2")
    again = await pd.retry(a.id)
    assert again.status is JobStatus.SENT and fake_spooler.submitted[-1][1] == a.title
    assert a.title.startswith(f"desk-wait_ticket-{a.id}-")
