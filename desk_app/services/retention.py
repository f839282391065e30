"""Retention: anonymise personal data after the office's period; statistics survive.

An applicant is anonymised once every queue entry they belong to lies more than
``days`` business days back and none of their documents is still waiting to be
collected. Entries keep their states and times (the statistics), and lose free text.
Receipts are accounting records with their own retention and are left alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain.clock import business_day
from desk_app.domain.roles import Permission
from desk_app.domain.transitions import require
from desk_app.models import Applicant, DocumentOrder, EntryApplicant, QueueEntry

from .changes import audit
from .context import Context

ANONYMISED = "—"


@dataclass(frozen=True)
class PurgeResult:
    applicants: int
    entries: int
    cutoff: dt.date


async def purge(session: AsyncSession, ctx: Context, *, days: int) -> PurgeResult:
    require(ctx.policy, ctx.actor, Permission.ADMINISTER)
    if days < 1:
        raise ValueError("the retention period must be at least one day")
    async with session.begin():
        now = ctx.now()
        cutoff = business_day(now) - dt.timedelta(days=days)
        recent = (select(EntryApplicant.applicant_id)
                  .join(QueueEntry, QueueEntry.id == EntryApplicant.entry_id)
                  .where(QueueEntry.business_day > cutoff))
        pending_docs = select(DocumentOrder.applicant_id).where(
            DocumentOrder.state.in_(("ORDERED", "ARRIVED")))
        targets = (await session.execute(
            select(Applicant.id).where(Applicant.anonymized_at.is_(None),
                                       Applicant.id.not_in(recent),
                                       Applicant.id.not_in(pending_docs)))).scalars().all()
        if targets:
            await session.execute(update(Applicant).where(Applicant.id.in_(targets)).values(
                family_name=ANONYMISED, given_name="", name_key="", birth_date=None,
                file_number=None, email=None, phone=None, anonymized_at=now))
            await session.execute(update(DocumentOrder).where(
                DocumentOrder.applicant_id.in_(targets)).values(collected_by=None))
        old_entries = await session.execute(
            update(QueueEntry).where(QueueEntry.business_day <= cutoff,
                                     QueueEntry.notes != "").values(
                notes="", late_reason=None, park_reason=None, forward_reason=None))
        await session.execute(update(QueueEntry).where(QueueEntry.business_day <= cutoff).values(
            late_reason=None, park_reason=None, forward_reason=None, reassign_reason=None))
        await audit(session, ctx.actor, now, action="purge", entity="applicant", entity_id=None,
                    detail=f"n={len(targets)};days={days}")
        return PurgeResult(applicants=len(targets), entries=old_entries.rowcount or 0,
                           cutoff=cutoff)
