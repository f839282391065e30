"""Fee receipts (Quittungen): numbered per office and year, gapless, never edited.

- The number comes from the named counter ``receipt:{year}`` (desk_app.services.changes.
  next_sequence_values), taken in the receipt's own transaction under a row lock: a
  rolled-back receipt gives its number back, concurrent workstations queue on the lock,
  and the unique (year, number) constraint is the last guard. One database is one office.
- The year is the Europe/Berlin business day's year of the moment of issue.
- Items are priced from the dated fee catalogue, one line per fee and family member.
- A wrong receipt is reversed by a cancellation receipt (Stornobeleg): its own number,
  the original's items negated, a reference to the original. An original can be
  cancelled once (unique ``cancels_receipt_id``), a cancellation never.
- Receipts and items are never updated or deleted: migration 0002 puts triggers on both
  tables.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from desk_app.domain import errors
from desk_app.domain.clock import business_day
from desk_app.models import Receipt, ReceiptItem, StaffMember

from . import idempotency
from .changes import Change, audit, next_sequence_values, record_changes
from .context import Context
from .fees import FeeRequest, PricedItem, price

__all__ = [
    "PAYMENT_METHODS", "ReceiptItemView", "ReceiptView", "ReceiptsDisabled", "AlreadyCancelled",
    "CannotCancelCancellation", "format_number", "issue_receipt", "cancel_receipt",
    "get_receipt", "list_receipts", "receipt_document", "EntryReceipt", "entry_receipts",
]

PAYMENT_METHODS = ("cash", "card")


class ReceiptsDisabled(errors.DomainError):
    code = "receipts_disabled"
    template = "Quittungen sind in dieser Dienststelle ausgeschaltet."


class AlreadyCancelled(errors.DomainError):
    code = "receipt_already_cancelled"
    template = "Quittung {number} ist bereits storniert (Storno {by})."


class CannotCancelCancellation(errors.DomainError):
    code = "cannot_cancel_cancellation"
    template = "Quittung {number} ist selbst ein Storno und kann nicht storniert werden."


def format_number(year: int, number: int) -> str:
    return f"{year}-{number:06d}"


@dataclass(frozen=True)
class ReceiptItemView:
    position: int
    fee_code: str
    description: str
    amount: Decimal
    person_label: str
    applicant_id: int | None
    exemption_reason: str | None


@dataclass(frozen=True)
class ReceiptView:
    id: int
    year: int
    number: int
    entry_id: int | None
    payer_name: str
    payment_method: str
    total: Decimal
    clerk_id: int | None
    clerk_name: str
    issued_at: dt.datetime
    items: tuple[ReceiptItemView, ...]
    cancels_receipt_id: int | None = None
    cancels_number: str | None = None

    @property
    def display_number(self) -> str:
        return format_number(self.year, self.number)

    @property
    def is_cancellation(self) -> bool:
        return self.cancels_receipt_id is not None


@dataclass(frozen=True)
class EntryReceipt:
    """A receipt of an entry, and whether it has been cancelled (``cancelled_by``: the
    number of its cancellation receipt). A cancellation receipt is never cancelled."""

    receipt: ReceiptView
    cancelled: bool
    cancelled_by: str | None = None

    @property
    def cancellable(self) -> bool:
        return not self.cancelled and not self.receipt.is_cancellation


async def _view(session: AsyncSession, r: Receipt) -> ReceiptView:
    clerk_name = ""
    if r.clerk_id is not None:
        clerk = await session.get(StaffMember, r.clerk_id)
        clerk_name = clerk.display_name if clerk else ""
    cancels_number = None
    if r.cancels_receipt_id is not None:
        orig = await session.get(Receipt, r.cancels_receipt_id)
        cancels_number = format_number(orig.year, orig.number) if orig else None
    items = tuple(ReceiptItemView(position=i.position, fee_code=i.fee_code,
                                  description=i.description, amount=Decimal(i.amount),
                                  person_label=i.person_label, applicant_id=i.applicant_id,
                                  exemption_reason=i.exemption_reason)
                  for i in sorted(r.items, key=lambda i: i.position))
    return ReceiptView(id=r.id, year=r.year, number=r.number, entry_id=r.entry_id,
                       payer_name=r.payer_name, payment_method=r.payment_method,
                       total=Decimal(r.total), clerk_id=r.clerk_id, clerk_name=clerk_name,
                       issued_at=r.issued_at, items=items,
                       cancels_receipt_id=r.cancels_receipt_id, cancels_number=cancels_number)


async def _load(session: AsyncSession, receipt_id: int) -> Receipt:
    r = (await session.execute(select(Receipt).options(selectinload(Receipt.items))
                               .where(Receipt.id == receipt_id))).scalar_one_or_none()
    if r is None:
        raise errors.NotFound(what=f"Quittung {receipt_id}")
    return r


async def _insert(session: AsyncSession, ctx: Context, *, now: dt.datetime, payer_name: str,
                  payment_method: str, entry_id: int | None, items: Sequence[PricedItem],
                  cancels: Receipt | None) -> Receipt:
    year = business_day(now).year
    # Everything else first; the numbered counter last, so its lock is held briefly.
    sign = -1 if cancels is not None else 1
    total = sum((sign * i.amount for i in items), Decimal("0.00"))
    number = await next_sequence_values(session, f"receipt:{year}")
    receipt = Receipt(year=year, number=number, entry_id=entry_id, payer_name=payer_name,
                      payment_method=payment_method, total=total, clerk_id=ctx.actor.staff_id,
                      issued_at=now, cancels_receipt_id=cancels.id if cancels else None)
    receipt.items = [ReceiptItem(position=i.position, applicant_id=i.applicant_id,
                                 person_label=i.person_label, fee_code=i.fee_code,
                                 description=i.description, amount=sign * i.amount,
                                 exemption_reason=i.exemption_reason) for i in items]
    session.add(receipt)
    await session.flush()
    return receipt


async def issue_receipt(session: AsyncSession, ctx: Context, *, key: str, payer_name: str,
                        payment_method: str, fees: Sequence[FeeRequest],
                        entry_id: int | None = None) -> ReceiptView:
    """Prices ``fees`` with the catalogue of today's business day and issues a numbered
    receipt. The same ``key`` again returns the receipt made the first time."""
    if payment_method not in PAYMENT_METHODS:
        raise errors.ValidationFailed(message=f"Unbekannte Zahlungsart {payment_method!r}.")
    if not fees:
        raise errors.ValidationFailed(message="Eine Quittung braucht mindestens eine Gebühr.")
    if not (payer_name or "").strip():
        raise errors.ValidationFailed(message="Bitte den Namen des Zahlenden angeben.")
    async with session.begin():
        done = await idempotency.previous_result(session, key)
        if done is not None:
            return await _view(session, await _load(session, done["receipt_id"]))
        now = ctx.now()
        items = await price(session, business_day(now), fees)
        receipt = await _insert(session, ctx, now=now, payer_name=payer_name.strip(),
                                payment_method=payment_method, entry_id=entry_id,
                                items=items, cancels=None)
        await idempotency.remember(session, key, "issue_receipt", now, {"receipt_id": receipt.id})
        await audit(session, ctx.actor, now, action="issue_receipt", entity="receipt",
                    entity_id=receipt.id, detail=format_number(receipt.year, receipt.number))
        await record_changes(session, [Change("receipt", receipt.id, "issue_receipt")], now)
        return await _view(session, receipt)


async def cancel_receipt(session: AsyncSession, ctx: Context, receipt_id: int, *,
                         key: str) -> ReceiptView:
    """Issues the cancellation receipt of ``receipt_id`` (same payer, method and items,
    negated). The same ``key`` again returns it; a second cancellation is refused."""
    async with session.begin():
        done = await idempotency.previous_result(session, key)
        if done is not None:
            return await _view(session, await _load(session, done["receipt_id"]))
        orig = await _load(session, receipt_id)
        if orig.cancels_receipt_id is not None:
            raise CannotCancelCancellation(number=format_number(orig.year, orig.number))
        prior = (await session.execute(select(Receipt).where(
            Receipt.cancels_receipt_id == orig.id))).scalar_one_or_none()
        if prior is not None:
            raise AlreadyCancelled(number=format_number(orig.year, orig.number),
                                   by=format_number(prior.year, prior.number))
        now = ctx.now()
        items = [PricedItem(position=i.position, fee_code=i.fee_code, description=i.description,
                            amount=Decimal(i.amount), person_label=i.person_label,
                            applicant_id=i.applicant_id, exemption_reason=i.exemption_reason)
                 for i in sorted(orig.items, key=lambda i: i.position)]
        receipt = await _insert(session, ctx, now=now, payer_name=orig.payer_name,
                                payment_method=orig.payment_method, entry_id=orig.entry_id,
                                items=items, cancels=orig)
        await idempotency.remember(session, key, "cancel_receipt", now, {"receipt_id": receipt.id})
        await audit(session, ctx.actor, now, action="cancel_receipt", entity="receipt",
                    entity_id=receipt.id, detail=format_number(orig.year, orig.number))
        await record_changes(session, [Change("receipt", receipt.id, "cancel_receipt"),
                                       Change("receipt", orig.id, "cancelled")], now)
        return await _view(session, receipt)


async def get_receipt(session: AsyncSession, receipt_id: int) -> ReceiptView:
    async with session.begin():
        return await _view(session, await _load(session, receipt_id))


async def list_receipts(session: AsyncSession, year: int) -> list[ReceiptView]:
    async with session.begin():
        rows = (await session.execute(select(Receipt).options(selectinload(Receipt.items))
                                      .where(Receipt.year == year).order_by(Receipt.number))).scalars().all()
        return [await _view(session, r) for r in rows]


async def entry_receipts(session: AsyncSession, entry_id: int) -> list[EntryReceipt]:
    """The receipts issued for ``entry_id`` (cancellation receipts included), newest
    first, each with whether it has been cancelled."""
    async with session.begin():
        rows = (await session.execute(
            select(Receipt).options(selectinload(Receipt.items))
            .where(Receipt.entry_id == entry_id)
            .order_by(Receipt.issued_at.desc(), Receipt.id.desc()))).scalars().all()
        # a cancellation carries its original's entry (cancel_receipt), so it is among rows
        by_original = {r.cancels_receipt_id: r for r in rows if r.cancels_receipt_id is not None}
        result = []
        for r in rows:
            c = by_original.get(r.id)
            result.append(EntryReceipt(
                receipt=await _view(session, r), cancelled=c is not None,
                cancelled_by=format_number(c.year, c.number) if c is not None else None))
        return result


def receipt_document(view: ReceiptView, *, office_name: str, office_address: str, place: str,
                     language: str | None = None, paper: str = "a5", copy: bool = False):
    """The printable FeeReceiptData of a receipt (desk_app.printing renders it).

    Exempt items print their reason in the description and 0,00 €; a cancellation
    receipt passes the original's amounts, which the layout prints negated.
    """
    from desk_app.printing.data import FeeItem, FeeReceiptData, PaperFormat, PaymentMethod

    items = tuple(FeeItem(description=i.description, amount=abs(i.amount),
                          person=i.person_label or None) for i in view.items)
    return FeeReceiptData(
        receipt_number=view.display_number, office_name=office_name,
        office_address=office_address, payer_name=view.payer_name, items=items,
        payment_method=PaymentMethod(view.payment_method), clerk_name=view.clerk_name,
        place=place, issued_at=view.issued_at, cancels_receipt_number=view.cancels_number,
        paper=PaperFormat(paper), language=language, copy=copy)


def with_copy(data, copy: bool = True):
    """The same document data marked (or not) as a copy."""
    return replace(data, copy=copy)
