"""Retention: anonymise personal data after the office's period; statistics survive.

An applicant is anonymised once every queue entry they belong to lies more than
``days`` business days back and none of their documents is still waiting to be
collected: names, birth date, nationality, file number, e-mail and phone go, and so do
their document orders' collector name and card number. Entries keep their states and
times (the statistics), and lose free text (notes and reasons).

Print jobs keep the rendered PDF for a retry; those PDFs hold names, birth dates, file
numbers and collectors (pickup slip, confirmations, receipts). Every job made on or
before the cutoff day is deleted, and so is every job for an anonymised person's entry
or document order, whenever it was made.

Receipts are accounting records with a retention of their own (``receipt_days``,
Settings.receipt_retention_days): the payer's name and the items' person labels stay
until then and become "—" after it (migration 0002's triggers allow exactly that
update and nothing else).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain.clock import business_day, local_to_utc
from desk_app.domain.roles import Permission
from desk_app.domain.transitions import require
from desk_app.models import (Applicant, DocumentOrder, EntryApplicant, PrintJob, QueueEntry,
                             Receipt, ReceiptItem)

from .backend import backend_of
from .changes import audit
from .context import Context
from .database import Database

ANONYMISED = "—"

#: ten years, the longest German accounting retention (§ 147 AO); each office sets its own
DEFAULT_RECEIPT_RETENTION_DAYS = 3653


@dataclass(frozen=True)
class PurgeResult:
    applicants: int
    entries: int
    cutoff: dt.date
    print_jobs: int = 0
    receipts: int = 0
    receipt_cutoff: dt.date | None = None


async def purge(session: AsyncSession, ctx: Context, *, days: int,
                receipt_days: int = DEFAULT_RECEIPT_RETENTION_DAYS) -> PurgeResult:
    require(ctx.policy, ctx.actor, Permission.ADMINISTER)
    if days < 1 or receipt_days < 1:
        raise ValueError("the retention period must be at least one day")
    async with session.begin():
        now = ctx.now()
        today = business_day(now)
        cutoff = today - dt.timedelta(days=days)
        recent = (select(EntryApplicant.applicant_id)
                  .join(QueueEntry, QueueEntry.id == EntryApplicant.entry_id)
                  .where(QueueEntry.business_day > cutoff))
        pending_docs = select(DocumentOrder.applicant_id).where(
            DocumentOrder.state.in_(("ORDERED", "ARRIVED")))
        targets = (await session.execute(
            select(Applicant.id).where(Applicant.anonymized_at.is_(None),
                                       Applicant.id.not_in(recent),
                                       Applicant.id.not_in(pending_docs)))).scalars().all()
        jobs = 0
        if targets:
            await session.execute(update(Applicant).where(Applicant.id.in_(targets)).values(
                family_name=ANONYMISED, given_name="", name_key="", birth_date=None,
                nationality=None, file_number=None, email=None, phone=None, quality=None,
                anonymized_at=now))
            await session.execute(update(DocumentOrder).where(
                DocumentOrder.applicant_id.in_(targets)).values(collected_by=None,
                                                                card_number=None))
            their_entries = select(EntryApplicant.entry_id).where(
                EntryApplicant.applicant_id.in_(targets))
            their_orders = select(DocumentOrder.id).where(
                DocumentOrder.applicant_id.in_(targets))
            jobs += (await session.execute(delete(PrintJob).where(or_(
                (PrintJob.entity == "entry") & PrintJob.entity_id.in_(their_entries),
                (PrintJob.entity == "document_order") & PrintJob.entity_id.in_(their_orders),
            )))).rowcount or 0
        # every stored document made on or before the cutoff day (Berlin days)
        day_after = local_to_utc(cutoff + dt.timedelta(days=1), dt.time(0, 0))
        jobs += (await session.execute(delete(PrintJob).where(
            PrintJob.created_at < day_after))).rowcount or 0
        old_entries = await session.execute(
            update(QueueEntry).where(QueueEntry.business_day <= cutoff,
                                     QueueEntry.notes != "").values(
                notes="", late_reason=None, park_reason=None, forward_reason=None))
        await session.execute(update(QueueEntry).where(QueueEntry.business_day <= cutoff).values(
            late_reason=None, park_reason=None, forward_reason=None, reassign_reason=None,
            reschedule_reason=None))
        receipt_cutoff = today - dt.timedelta(days=receipt_days)
        receipts = await _anonymise_receipts(session, receipt_cutoff)
        await audit(session, ctx.actor, now, action="purge", entity="applicant", entity_id=None,
                    detail=f"n={len(targets)};days={days};r={receipt_days}"[:64])
        return PurgeResult(applicants=len(targets), entries=old_entries.rowcount or 0,
                           cutoff=cutoff, print_jobs=jobs, receipts=receipts,
                           receipt_cutoff=receipt_cutoff)


async def _anonymise_receipts(session: AsyncSession, cutoff: dt.date) -> int:
    """Payer and person labels of receipts issued on or before ``cutoff`` become "—".
    On PostgreSQL through ``desk_anonymise_receipt`` (migration 0010): no workstation role
    may UPDATE receipts, and the function is the admin group's only (``db roles``)."""
    from sqlalchemy import text

    day_after = local_to_utc(cutoff + dt.timedelta(days=1), dt.time(0, 0))
    conn = await session.connection()
    if backend_of(conn).has_roles:
        ids = (await session.execute(select(Receipt.id).where(
            Receipt.issued_at < day_after, Receipt.payer_name != ANONYMISED))).scalars().all()
        for receipt_id in ids:
            await session.execute(text("SELECT desk_anonymise_receipt(:r)"), {"r": receipt_id})
        return len(ids)
    old = select(Receipt.id).where(Receipt.issued_at < day_after)
    done = await session.execute(update(Receipt).where(
        Receipt.issued_at < day_after, Receipt.payer_name != ANONYMISED).values(
        payer_name=ANONYMISED))
    await session.execute(update(ReceiptItem).where(
        ReceiptItem.receipt_id.in_(old), ReceiptItem.person_label != ANONYMISED,
        ReceiptItem.person_label != "").values(person_label=ANONYMISED))
    return done.rowcount or 0


async def settle_after_purge(db: Database) -> None:
    """SQLite: moves the purged pages out of the write-ahead log into the file (where
    secure_delete has zeroed the old content) and empties the log. PostgreSQL keeps old
    row versions until VACUUM (see docs/security.md); nothing to do from here."""
    await db.backend.settle_after_purge(db.engine)


@dataclass(frozen=True)
class ReceiptPurgeResult:
    receipts: int
    cutoff: dt.date


async def anonymise_receipts(session: AsyncSession, ctx: Context, *,
                             days: int) -> ReceiptPurgeResult:
    """Only the receipts' own retention (``days``, e.g. ten years): their payer's name
    and the items' person labels become the fixed anonymous value; amounts, numbers and
    dates stay. ``purge`` does the same as part of the whole purge."""
    require(ctx.policy, ctx.actor, Permission.ADMINISTER)
    if days < 1:
        raise ValueError("the retention period must be at least one day")
    async with session.begin():
        now = ctx.now()
        cutoff = business_day(now) - dt.timedelta(days=days)
        count = await _anonymise_receipts(session, cutoff)
        await audit(session, ctx.actor, now, action="purge_receipts", entity="receipt",
                    entity_id=None, detail=f"n={count};days={days}")
        return ReceiptPurgeResult(receipts=count, cutoff=cutoff)
